package main

import (
	"errors"
	"fmt"
)

// Exit codes shared by every subcommand. Scripts and CI depend on them.
const (
	exitOK        = 0
	exitFailure   = 1 // a check failed (e.g. review score under --fail-under) or a runtime error
	exitBadInput  = 2 // unreadable or invalid input, bad usage or bad configuration
	exitInterrupt = 130
)

// exitError carries the process exit code with the error that caused it, so
// that subcommands return errors like any Go function and main alone decides
// how the process ends.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string { return e.err.Error() }
func (e *exitError) Unwrap() error { return e.err }

// badInput marks err as the user's input or configuration being wrong (exit 2).
func badInput(err error) error { return &exitError{code: exitBadInput, err: err} }

// badInputf is badInput with formatting.
func badInputf(format string, args ...any) error { return badInput(fmt.Errorf(format, args...)) }

// exitCode maps an error returned by a command to the process exit code.
func exitCode(err error) int {
	if err == nil {
		return exitOK
	}
	var ee *exitError
	if errors.As(err, &ee) {
		return ee.code
	}
	return exitFailure
}
