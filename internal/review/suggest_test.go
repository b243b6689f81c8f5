package review

import (
	"strings"
	"testing"
)

// TestSuggestionsEvaluatePresent runs every model clause, in both languages,
// through the engine on its own: a suggestion that does not itself satisfy
// its item would send the reader in a circle.
func TestSuggestionsEvaluatePresent(t *testing.T) {
	e := newTestEngine(t)
	for _, lang := range []string{"he", "en"} {
		for _, d := range catalog {
			t.Run(lang+"/"+d.id, func(t *testing.T) {
				// A document where everything is missing gets every
				// suggestion, filled with the defaults.
				doc := &document{lang: lang}
				text := e.suggestion(doc, d.id)
				if strings.Contains(text, "{{") {
					t.Fatalf("unfilled placeholder in %q", text)
				}
				rep := review(t, e, text)
				if rep.Document.Language != lang {
					t.Fatalf("suggestion detected as %s, want %s", rep.Document.Language, lang)
				}
				it := itemOf(rep, d.id)
				if it.Status != Present {
					t.Errorf("suggestion for %s evaluates %s (missing %v):\n%s", d.id, it.Status, it.Missing, text)
				}
			})
		}
	}
}

// TestSuggestionFilledFromTerms checks that model clauses use the
// document's own party terms and payment days.
func TestSuggestionFilledFromTerms(t *testing.T) {
	e := newTestEngine(t)
	text := "הסכם שירותים\n" +
		"בין: אלפא בע\"מ, ח.פ. 51-234567-3 (להלן: \"המזמין\")\n" +
		"לבין: בטא פתרונות בע\"מ, ח.פ. 51-555555-2 (להלן: \"היועץ\")\n" +
		"1. השירותים\n1.1 היועץ יבצע עבור המזמין אפיון ופיתוח של מערכת הזמנות מקוונת, כמפורט להלן.\n" +
		"2. התמורה\n2.1 המזמין ישלם ליועץ 40,000 ₪ בתוספת מע\"מ בתנאי שוטף + 45.\n"
	rep := review(t, e, text)
	lp := itemOf(rep, "late_payment")
	if lp.Status != Missing {
		t.Fatalf("late_payment = %s, want missing", lp.Status)
	}
	for _, want := range []string{"היועץ"} {
		if !strings.Contains(lp.Suggestion, want) {
			t.Errorf("late_payment suggestion lacks %q: %s", want, lp.Suggestion)
		}
	}
	term := itemOf(rep, "termination")
	if !strings.Contains(term.Suggestion, "המזמין") {
		t.Errorf("termination suggestion lacks the client term: %s", term.Suggestion)
	}
}
