// Package store implements heskem.Tx once, over database/sql, for both
// database engines.
//
// The engines differ in how they connect, in their schema (DDL) and in
// their error codes; those live in the sqlite and postgres subpackages,
// each with its own embedded migrations. The queries themselves are
// portable SQL (both engines support RETURNING, ON CONFLICT and the same
// types once the schema maps them), written once here with PostgreSQL's
// $1 placeholders and rebound for SQLite. Writing each query twice would
// double the places a bug can hide; the conformance suite in storetest runs
// every query on both engines, so neither goes untested.
package store
