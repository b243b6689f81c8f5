package review

import (
	"context"
	"os"
	"sync"
	"testing"
)

// testEngine builds the engine once for all the package's tests: an Engine
// is read-only after New and safe for concurrent use, and building it is
// the slowest step of a test (about half a second, many seconds under the
// race detector, where a hundred builds ran the package past its timeout).
// BenchmarkNew still builds its own.
var testEngine = sync.OnceValues(New)

func newTestEngine(t testing.TB) *Engine {
	t.Helper()
	e, err := testEngine()
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

func readFile(t testing.TB, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// debugDoc returns the working state of an analysis, for tests that look
// inside the engine (structure, hits, negation).
func debugDoc(t testing.TB, e *Engine, text string) *document {
	t.Helper()
	doc, err := e.analyze(context.Background(), Input{Name: "debug.txt", Text: text})
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// dealtCase is one case of a round's families of language (rounds 7 on):
// whether a reader applying the labelling guide finds the item dealt with
// in text. It differs from familyCase, whose want may be an exact status.
type dealtCase struct {
	name, item, text string
	want             Status
}

// checkDealt reviews each case's text and compares dealt-with versus
// missing, the decision the corpus is scored on; present and partial
// count alike.
func checkDealt(t *testing.T, e *Engine, cases []dealtCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			rep := review(t, e, tt.text)
			if got := itemOf(rep, tt.item).Status; (got == Missing) != (tt.want == Missing) {
				t.Errorf("%s = %s, want %s", tt.item, got, tt.want)
			}
		})
	}
}
