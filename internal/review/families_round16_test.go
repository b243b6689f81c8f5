package review

import (
	"context"
	"slices"
	"testing"
)

// round16Status reviews one text and returns the status of an item.
func round16Status(t *testing.T, e *Engine, text, id string) Status {
	t.Helper()
	rep, err := e.Review(context.Background(), Input{Name: "t.txt", Text: text})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range rep.Steps {
		for _, it := range s.Items {
			if it.ID == id {
				return it.Status
			}
		}
	}
	for _, it := range rep.Protections {
		if it.ID == id {
			return it.Status
		}
	}
	t.Fatalf("no item %s", id)
	return ""
}

// TestPairVerbPersons checks that a verb written once as the side of a
// pair ("יתעד") matches its other persons ("נתעד", "אתעד"), and that a
// generated person the lexicon lists as a word of its own ("נציג", a
// representative, from "יציג") does not complete a pair as the verb.
func TestPairVerbPersons(t *testing.T) {
	e := newTestEngine(t)
	for _, tt := range []struct {
		text, id string
		dealt    bool
	}{
		{"הסכם\n\nנתעד כל פגישה בקובץ משותף.", "meeting_summaries", true},
		{"הסכם\n\nאתעד כל פגישה בקובץ משותף שלנו.", "meeting_summaries", true},
		{"הסכם\n\nהספק יתעד כל פגישה בקובץ משותף.", "meeting_summaries", true},
		{"הסכם\n\nבכל פגישה נאכל ארוחת צהריים בקובץ משותף.", "meeting_summaries", false},
	} {
		if got := round16Status(t, e, tt.text, tt.id); (got != Missing) != tt.dealt {
			t.Errorf("%q: %s is %s, want dealt=%v", tt.text, tt.id, got, tt.dealt)
		}
	}
	b := &lexiconBuilder{words: lexiconWords(&lexiconFile{Signals: map[string][]string{"role": {"נציג"}, "start": {"לאחר קבלת"}}})}
	got := b.pairSideForms("יציג")
	if !slices.Contains(got, "תציג") || !slices.Contains(got, "יציגו") || slices.Contains(got, "נציג") {
		t.Errorf("pairSideForms(יציג) = %q, want the persons without the lexicon's word נציג", got)
	}
	if got := b.pairSideForms("יאחר"); !slices.Contains(got, "נאחר") || slices.Contains(got, "לאחר") {
		t.Errorf("pairSideForms(יאחר) = %q, want the persons without the preposition לאחר", got)
	}
}

// TestPaymentAsAnchor checks that a payment word that is only the event a
// period runs from ("within 5 business days of receipt of payment") does
// not keep a delivery period from being a timeline, while a payment term
// with the same words ("payment within 30 days of the invoice") is still
// no timeline.
func TestPaymentAsAnchor(t *testing.T) {
	e := newTestEngine(t)
	for _, tt := range []struct {
		text  string
		dealt bool
	}{
		{"הסכם\n\nההזמנה תסופק ללקוח תוך 5 ימי עסקים ממועד אישור התשלום.", true},
		{"Agreement\n\nThe order will be delivered within 5 business days of receipt of payment.", true},
		{"הסכם\n\nהתשלום יבוצע תוך 30 יום ממועד מסירת החשבונית.", false},
		{"Agreement\n\nPayment shall be made within 30 days of receipt of a valid invoice.", false},
	} {
		if got := round16Status(t, e, tt.text, "schedule"); (got != Missing) != tt.dealt {
			t.Errorf("%q: schedule is %s, want dealt=%v", tt.text, got, tt.dealt)
		}
	}
}
