package main

import (
	"fmt"
	"os"

	"github.com/heskem/heskem/internal/bizday"
)

// loadCalendar returns the Israeli calendar with the operator's extra rest
// days (election days and other ad-hoc days of rest, in the format of
// internal/bizday/restdays.json) read from path, when it is set.
func loadCalendar(path string) (*bizday.Calendar, error) {
	if path == "" {
		return bizday.New(), nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, badInputf("--rest-days: %w", err)
	}
	extra, err := bizday.ParseRestDays(data)
	if err != nil {
		return nil, badInput(fmt.Errorf("--rest-days %s: %w", path, err))
	}
	return bizday.New(extra...), nil
}
