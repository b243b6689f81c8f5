package review

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestLexiconFamiliesDocumented checks that every item of every lexicon
// says which families of expression its lists cover, so that a lawyer
// extending them knows what is there and what is a look-alike.
func TestLexiconFamiliesDocumented(t *testing.T) {
	for _, lang := range []string{"he", "en"} {
		raw, err := dataFS.ReadFile("lexicon/" + lang + ".json")
		if err != nil {
			t.Fatal(err)
		}
		var f lexiconFile
		if err := json.Unmarshal(raw, &f); err != nil {
			t.Fatalf("%s: %v", lang, err)
		}
		for _, d := range catalog {
			if d.id == "clarity" {
				continue
			}
			if len(f.Items[d.id].Families) == 0 {
				t.Errorf("%s lexicon: item %s has no families", lang, d.id)
			}
		}
	}
}

// TestPartyReference checks that a lexicon pair that names the supplier
// by role ("@supplier") matches the supplier's defined term, whatever the
// agreement calls it, and nothing when the term is absent.
func TestPartyReference(t *testing.T) {
	e := newTestEngine(t)
	cases := []struct {
		name, text string
		want       Status
	}{
		{"defined term as subject", "הסכם הפקה\nבין: אורות הפקות בע\"מ (להלן: \"ההפקה\")\nלבין: סייבר בע\"מ (להלן: \"הלקוח\")\n1. כללי\n1.1 ההפקה תפיק עבור הלקוח אירוע קיץ לכ-300 משתתפים.", dealt},
		{"English defined term", "Engagement letter\nBetween Keshet Partners Ltd. (\"Keshet\") and Orbit Ltd. (the \"Client\").\n1. General\n1.1 Keshet will design a target operating model for the Client.", dealt},
		{"term not defined", "הסכם\n1. כללי\n1.1 ההפקה תתקיים בקיץ.", Missing},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			it := itemOf(review(t, e, tc.text), "scope")
			if ok := it.Status == tc.want || (tc.want == dealt && it.Status != Missing); !ok {
				t.Errorf("scope = %s, want %s", it.Status, tc.want)
			}
		})
	}
}

// TestPartyReferenceOnlyInPairs checks that the lexicon refuses a party
// reference outside a together list or for an unknown role.
func TestPartyReferenceOnlyInPairs(t *testing.T) {
	for _, tc := range []struct{ group, phrase string }{
		{itemGroup("scope", "strong"), "@supplier"},
		{pairGroup("scope", 0, "a"), "@landlord"},
	} {
		b := &lexiconBuilder{lx: &lexicon{groupID: map[string]int{}, partyRefs: map[string][]int{}}, byText: map[string]int{}}
		b.addAll(tc.group, []string{tc.phrase}, true)
		if b.err == nil {
			t.Errorf("%s in %s: no error", tc.phrase, tc.group)
		}
	}
	b := &lexiconBuilder{lx: &lexicon{groupID: map[string]int{}, partyRefs: map[string][]int{}}, byText: map[string]int{}}
	b.addAll(pairGroup("scope", 0, "a"), []string{"@supplier"}, true)
	if b.err != nil || len(b.lx.partyRefs["supplier"]) != 1 {
		t.Errorf("pair reference: err %v, refs %v", b.err, b.lx.partyRefs)
	}
}

// TestPairsWithinSentence checks that both sides of a pair must share a
// sentence.
func TestPairsWithinSentence(t *testing.T) {
	e := newTestEngine(t)
	one := "9.1 All final design files shall belong to the Client."
	two := "9.1 The Designer will prepare final design files. Invoices belong to the accounts department."
	if it := itemOf(review(t, e, one), "intellectual_property"); it.Status == Missing {
		t.Errorf("one sentence: %s, want dealt with", it.Status)
	}
	if it := itemOf(review(t, e, two), "intellectual_property"); it.Status != Missing {
		t.Errorf("two sentences: %s, want missing", it.Status)
	}
}

// TestCombinedHeading checks that a heading naming two items shares its
// clauses by their words: the law clause under "Duration and Law" is not a
// timeline.
func TestCombinedHeading(t *testing.T) {
	e := newTestEngine(t)
	text := "Undertaking\n1. Confidentiality\n1.1 I will keep all information confidential.\n6. Duration and Law\n6.1 This undertaking is governed by the law of England and Wales, and its courts have exclusive jurisdiction."
	rep := review(t, e, text)
	if it := itemOf(rep, "schedule"); it.Status != Missing {
		t.Errorf("schedule = %s (%v), want missing", it.Status, it.Evidence)
	}
	if it := itemOf(rep, "dispute_resolution"); it.Status == Missing {
		t.Errorf("dispute_resolution = missing, want dealt with")
	}
	single := "Agreement\n6. Duration\n6.1 The parties will settle this in good faith at a later stage."
	if it := itemOf(review(t, e, single), "schedule"); it.Status == Missing {
		t.Errorf("under a single heading: schedule missing, want dealt with")
	}
}

// TestLetterhead checks that the sender's block above "Dear …" is not a
// heading: "Okafor Advisory Services" does not make the letter a statement
// of services.
func TestLetterhead(t *testing.T) {
	e := newTestEngine(t)
	text := "NORTHSTAR TRANSIT INC.\nMs. Chioma Okafor\nOkafor Advisory Services\n47 Sparks Street, Ottawa, Ontario K1P 5A5\nDear Ms. Okafor:\nRe: Extension of the Agreement dated March 3, 2025\n1. Extension. The term of the Agreement is extended to and including June 30, 2026.\n2. All other terms remain unchanged."
	doc := debugDoc(t, e, text)
	for i := 0; i < 4; i++ {
		c := &doc.clauses[i]
		if c.heading {
			q, _, _ := doc.quote(c.start, c.end)
			t.Errorf("letterhead line %q is a heading", q)
		}
	}
	if it := itemOf(review(t, e, text), "scope"); it.Status != Missing {
		t.Errorf("scope = %s (%v), want missing", it.Status, it.Evidence)
	}
}

// TestDottedTitle checks that a numbered title with a final period is a
// heading when its sub-clauses follow, and that a short list item is not.
func TestDottedTitle(t *testing.T) {
	e := newTestEngine(t)
	doc := debugDoc(t, e, "הסכם\n7. מועדים.\n7.1 העבודה תחל ביום 1.3.2026.\nנספח א'\n1. פיתוח אתר.\n2. הדרכה.")
	want := map[string]bool{"7. מועדים.": true, "1. פיתוח אתר.": false, "2. הדרכה.": false}
	for i := range doc.clauses {
		c := &doc.clauses[i]
		q, _, _ := doc.quote(c.start, c.end)
		if w, ok := want[q]; ok && c.heading != w {
			t.Errorf("%q heading = %v, want %v", q, c.heading, w)
		}
	}
}

// TestWordDurations checks durations written in words: their value in the
// terms, and that a shorter one inside a longer one is not reported twice.
func TestWordDurations(t *testing.T) {
	e := newTestEngine(t)
	rep := review(t, e, "1.1 The engagement lasts six months, with reviews every forty-five days.\n1.2 ההסכם בתוקף לתקופה של שנה ויוארך בשלושה חודשים.")
	var got []string
	for _, d := range rep.Terms.Durations {
		got = append(got, d.Text+"="+strings.Join([]string{itoa(d.Count), d.Unit}, " "))
	}
	want := []string{"six months=6 months", "forty-five days=45 days", "לתקופה של שנה=1 years", "שלושה חודשים=3 months"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("durations = %v, want %v", got, want)
	}
}
