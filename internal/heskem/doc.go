// Package heskem holds Heskem's domain: organizations, users, parties,
// agreements and their immutable versions, services, milestones, payment
// installments, sanction rules, meetings, change requests, messages, contacts
// and audit events, with the invariants that make them valid.
//
// It imports only the standard library. Every other package imports it: the
// stores implement its interfaces, the service layer orchestrates them, and
// the web, API and CLI present them. Invariants live here (Validate methods
// and constructors), not in handlers or SQL, so that a second storage engine
// or a new entry point cannot bypass them.
package heskem
