package review

import "testing"

// TestHeadingFormats checks that a heading is recognized in the forms
// agreements write it — article words, roman numerals, a trailing colon or
// period, markdown marks, Hebrew סעיף/פרק and letter labels — so that a
// clause under it counts for the item the heading names even when the
// clause itself has none of the item's words.
func TestHeadingFormats(t *testing.T) {
	e := newTestEngine(t)
	body := "The parties will settle this matter in good faith at a later stage."
	hbody := "הצדדים יסכמו עניין זה בתום לב בשלב מאוחר יותר."
	cases := []struct{ heading, clause string }{
		{"ARTICLE 7 – DURATION", "7.1 " + body},
		{"ARTICLE VII – DURATION", "7.1 " + body},
		{"7. DURATION.", "7.1 " + body},
		{"Section 7: Duration", "7.1 " + body},
		{"7) Duration", "(a) " + body},
		{"VII. Duration", body},
		{"Duration:", body},
		{"## Duration", body},
		{"**Duration**", body},
		{"סעיף 7 – מועדים", "7.1 " + hbody},
		{"פרק ז' – מועדים", hbody},
		{"ז. מועדים", hbody},
		{"7. מועדים:", "7.1 " + hbody},
		{"7. מועדים.", "7.1 " + hbody},
		{"**מועדים**", hbody},
	}
	for _, tc := range cases {
		t.Run(tc.heading, func(t *testing.T) {
			text := "1. General\n1.1 This agreement is made between two parties.\n" + tc.heading + "\n" + tc.clause
			if it := itemOf(review(t, e, text), "schedule"); it.Status == Missing {
				t.Errorf("schedule missing under heading %q", tc.heading)
			}
			bare := "1. General\n1.1 This agreement is made between two parties.\n" + tc.clause
			if it := itemOf(review(t, e, bare), "schedule"); it.Status != Missing {
				t.Errorf("schedule %s without the heading", it.Status)
			}
		})
	}
}
