package review

import (
	"strings"
	"testing"

	"github.com/heskem/heskem/internal/hebrew"
)

// TestListItemsAndFields checks lines that are short and have no final
// period but are content, not headings: items of a bulleted list and
// "label: value" fields, as published agreements converted from Word or
// Markdown are full of them. A bulleted list of schedules names annexes
// without opening one.
func TestListItemsAndFields(t *testing.T) {
	e := newTestEngine(t)
	doc := debugDoc(t, e, "Client Responsibilities\n"+
		"Services provided per Schedules:\n"+
		"- Schedule A: Site Scope\n"+
		"- Schedule B: Add-On Pricing\n"+
		"4. Communicate:\n"+
		"- Designate primary contact for Company\n"+
		"• Respond within 2 business days\n"+
		"Contact Person: [Name]\n"+
		"**Fees**\n"+
		"Payment\n")
	// Lines 0 (the title), 1 (a lead-in ending with a colon), 4 and the
	// last two are headings; the bullets and the field are not, and the
	// list items under "4. Communicate:" belong to section 4.
	headings := map[int]bool{1: true, 4: true, 8: true, 9: true}
	if len(doc.clauses) != 10 {
		t.Fatalf("%d clauses, want 10", len(doc.clauses))
	}
	for i := 1; i < len(doc.clauses); i++ {
		c := &doc.clauses[i]
		text, _, _ := doc.quote(c.start, c.end)
		if c.heading != headings[i] {
			t.Errorf("%q: heading %v, want %v", text, c.heading, headings[i])
		}
		if i >= 5 && i <= 7 && c.section != "4" {
			t.Errorf("%q: section %q, want 4", text, c.section)
		}
		if c.lbl.kind == labelAnnex {
			t.Errorf("%q: read as the start of an annex", text)
		}
	}
	// The bulleted duty under "4. Communicate:" is evidence for contacts.
	rep := review(t, e, "1. Services\nThe Company will clean the offices every weekday.\n4. Communicate:\n- Designate primary contact for Company\n")
	if got := itemOf(rep, "contacts").Status; got == Missing {
		t.Errorf("contacts: %s, want dealt with by the bulleted designation", got)
	}
}

// TestAddressFieldIsNotAnItem checks that a street's name in an address
// field does not count as the item it happens to spell ("הסדנאות" is
// workshops).
func TestAddressFieldIsNotAnItem(t *testing.T) {
	e := newTestEngine(t)
	for _, text := range []string{
		"1. השירותים\nהספק יפתח אתר אינטרנט ללקוח.\nלשאלות:\nכתובת: הסדנאות 4, הרצליה\n",
		"1. Services\nThe Supplier shall build a website.\nRegistered office: 12 Workshop Lane, Leeds\n",
	} {
		if got := itemOf(review(t, e, text), "shared_activities").Status; got != Missing {
			t.Errorf("%q: shared_activities %s, want missing", text, got)
		}
	}
	// A sentence that mentions the workshops still counts.
	rep := review(t, e, "1. השירותים\nהספק יקיים שלוש סדנאות משותפות עם צוות הלקוח במהלך הפרויקט.\n")
	if got := itemOf(rep, "shared_activities").Status; got == Missing {
		t.Errorf("workshops in a sentence: shared_activities missing")
	}
}

func TestPersonalEmail(t *testing.T) {
	for addr, want := range map[string]bool{
		"dana.levi@example.co.il":  true,
		"kobi@xsheva.com":          true,
		"dlevi2@example.com":       true,
		"info@example.com":         false,
		"acme@acme.co.il":          false,
		"iconairisrael@gmail.com":  false,
		"office@lawfirm.co.il":     false,
		"j_smith@contractor.co.uk": true,
		"ל-hello@torit.co.il":      false,
		"ל-dana@torit.co.il":       true,
	} {
		if got := personalEmail(addr); got != want {
			t.Errorf("personalEmail(%q) = %v, want %v", addr, got, want)
		}
	}
}

// TestBoilerplateIsNotAnItem reviews the general clauses that close almost
// every real agreement (waiver, entire agreement, assignment, severability,
// counterparts, further assurance, audit, non-solicitation…), in both
// languages: their words ("מניעות" is estoppel, not an event that prevents
// performance; "further documents" are not further services) must not
// deal with any item a reader would look for elsewhere. Scope, schedule,
// payment and dispute resolution are left out: every agreement has them.
func TestBoilerplateIsNotAnItem(t *testing.T) {
	e := newTestEngine(t)
	for _, f := range []string{"testdata/boilerplate/he.txt", "testdata/boilerplate/en.txt"} {
		rep := review(t, e, readFile(t, f))
		for _, id := range []string{"late_payment", "additional_services", "unforeseen", "communication", "meeting_summaries",
			"flexibility", "changes", "sanctions", "termination", "collaboration", "shared_activities", "contacts",
			"confidentiality", "intellectual_property", "liability", "independent_contractor", "data_protection"} {
			if it := itemOf(rep, id); it.Status != Missing {
				t.Errorf("%s: %s is %s, want missing (evidence %+v)", f, id, it.Status, it.Evidence)
			}
		}
	}
}

// TestLeadInAndSoftHeading checks that a lead-in line ("The Client agrees
// to:") keeps its list inside the numbered section it belongs to, and that
// under a "Client Responsibilities" section a duty to provide or give
// access is a one-way cooperation duty (collaboration, partial), while
// the client's own compliance there is not.
func TestLeadInAndSoftHeading(t *testing.T) {
	e := newTestEngine(t)
	for _, tt := range []struct {
		text string
		want Status
	}{
		{"1. Services\nThe Developer will build a website.\n4. CLIENT RESPONSIBILITIES\nThe Client agrees to:\n- Provide all necessary text and images in a timely manner.\n- Provide access to the hosting account.\n", Partial},
		{"1. השירותים\nהספק יפתח אתר.\n4. התחייבויות הלקוח\nהלקוח מתחייב כדלקמן:\n(א) להעמיד לרשות הספק את כל החומרים הדרושים.\n", Partial},
		{"1. Services\nWe provide a fleet-tracking platform.\n7. Customer Obligations\n7.1 Customer is responsible for its users' compliance with these Terms.\n", Missing},
		{"1. השירותים\nהובלת המשרדים ביום 14.5.2026.\n4. התחייבויות הלקוח\n- הזמנת מעלית משא בשני הבניינים.\n- ריקון מגירות עד 13.5.2026.\n", Partial},
	} {
		rep := review(t, e, tt.text)
		it := itemOf(rep, "collaboration")
		if it.Status != tt.want {
			t.Errorf("%q: collaboration %s, want %s", tt.text, it.Status, tt.want)
		}
		for _, ev := range it.Evidence {
			if !strings.HasPrefix(ev.Section, "4") {
				t.Errorf("%q: evidence in section %q, want one of section 4", tt.text, ev.Section)
			}
		}
	}
}

// TestNoticesByEmailAreAChannel: a notices clause that names e-mail names a
// channel between the parties (communication, partial: no rhythm); so does
// one by registered mail (round 14: the labellers of real agreements read
// every named channel of notice as a channel, and the written sets agree
// more often than not). A notices clause that names no channel does not.
func TestNoticesByEmailAreAChannel(t *testing.T) {
	e := newTestEngine(t)
	for _, tt := range []struct {
		text string
		want Status
	}{
		{"1. Services\nThe Supplier shall clean the offices.\n12. Notices\nAll notices under this Agreement shall be sent by email to the addresses above.\n", Partial},
		{"1. Services\nThe Supplier shall clean the offices.\n12. Notices\nAll notices under this Agreement shall be sent by registered mail to the addresses above.\n", Partial},
		{"1. Services\nThe Supplier shall clean the offices.\n12. Notices\nAll notices under this Agreement shall be in writing.\n", Missing},
		{"1. השירותים\nהספק ינקה את המשרדים.\n12. הודעות\nכל הודעה לפי הסכם זה תישלח בדואר אלקטרוני לכתובות הצדדים במבוא.\n", Partial},
	} {
		if got := itemOf(review(t, e, tt.text), "communication").Status; got != tt.want {
			t.Errorf("%q: communication %s, want %s", tt.text, got, tt.want)
		}
	}
}

// TestPrefixLookalikes: common words whose first letters look like a
// prefix chain before a lexicon word must not carry that word's cue.
func TestPrefixLookalikes(t *testing.T) {
	e := newTestEngine(t)
	for word, group := range map[string]string{
		"מידע":   "item/intellectual_property/",
		"מרכז":   "item/contacts/",
		"מתחייב": "item/",
		"כדין":   "item/dispute_resolution/",
	} {
		doc := debugDoc(t, e, "1. כללי\nזה "+word+" כאן.\n")
		for _, h := range doc.hits {
			name := e.lex.groups[h.group]
			if strings.HasPrefix(name, group) && string(doc.norm.Runes[h.start:h.stop()]) != hebrew.Fold(word) {
				t.Errorf("%s: hit %s on %q inside the word", word, name, string(doc.norm.Runes[h.start:h.stop()]))
			}
		}
	}
	// A real prefix chain still works: "והמידע" is ו + ה + "מידע".
	doc := debugDoc(t, e, "1. כללי\nוהמידע האישי יישמר.\n")
	found := false
	for _, h := range doc.hits {
		if strings.HasPrefix(e.lex.groups[h.group], "item/data_protection/") {
			found = true
		}
	}
	if !found {
		t.Error("והמידע האישי: no data-protection cue")
	}
}
