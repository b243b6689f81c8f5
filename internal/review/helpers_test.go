package review

import (
	"context"
	"testing"
)

func newTestEngine(t testing.TB) *Engine {
	t.Helper()
	e, err := New()
	if err != nil {
		t.Fatal(err)
	}
	return e
}

func review(t testing.TB, e *Engine, text string) *Report {
	t.Helper()
	rep, err := e.Review(context.Background(), Input{Name: "test.txt", Text: text})
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

// itemOf returns an item of the report by id (steps and protections).
func itemOf(rep *Report, id string) Item {
	for _, s := range rep.Steps {
		for _, it := range s.Items {
			if it.ID == id {
				return it
			}
		}
	}
	for _, it := range rep.Protections {
		if it.ID == id {
			return it
		}
	}
	return Item{}
}
