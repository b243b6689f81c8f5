package review

import (
	"slices"
	"testing"
)

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
		if got := itemOf(review(t, e, tt.text), tt.id).Status; (got != Missing) != tt.dealt {
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
	checkTextsDealt(t, e, "schedule", []textDealt{
		{"הסכם\n\nההזמנה תסופק ללקוח תוך 5 ימי עסקים ממועד אישור התשלום.", true},
		{"Agreement\n\nThe order will be delivered within 5 business days of receipt of payment.", true},
		{"הסכם\n\nהתשלום יבוצע תוך 30 יום ממועד מסירת החשבונית.", false},
		{"Agreement\n\nPayment shall be made within 30 days of receipt of a valid invoice.", false},
	})
}

// TestMonthYearDates checks that a month and a year without a day ("from
// January 2026 to June 2026", "עד סוף מאי 2025") date a timeline, but stay
// out of the key terms and out of the comparison of dates.
func TestMonthYearDates(t *testing.T) {
	e := newTestEngine(t)
	checkTextsDealt(t, e, "schedule", []textDealt{
		{"Agreement\n\nThe project runs from January 2026 to June 2026.", true},
		{"הסכם\n\nהעבודות יבוצעו בין ינואר 2026 ליוני 2026.", true},
		{"Agreement\n\nThe Works shall be completed by March 2026.", true},
		{"Agreement\n\nThe Works will be performed as agreed in 2026.", false}, // a year alone
	})
	rep := review(t, e, "Services Agreement\n\n1. The services start in March 2026.\n\n2. The services start on 1 April 2026.\n")
	if len(rep.Terms.Dates) != 1 || rep.Terms.Dates[0].Value != "2026-04-01" {
		t.Errorf("key-term dates = %+v, want only 2026-04-01", rep.Terms.Dates)
	}
	for _, f := range rep.Findings {
		if f.Kind == KindInconsistentDate {
			t.Errorf("a month without its day was compared: %+v", f)
		}
	}
}

// TestNegatedPairSide checks a pair whose verb counts only inside a
// negation: keeping information back ("shall not, without the Client's
// consent, publish … any report") is confidentiality, publishing a report
// is not.
func TestNegatedPairSide(t *testing.T) {
	e := newTestEngine(t)
	checkTextsDealt(t, e, "confidentiality", []textDealt{
		{"Agreement\n\nThe Consultant shall not, without the prior written consent of the Client, publish or communicate to any person any report, data or information prepared in the course of this assignment.", true},
		{"Agreement\n\nThe Contractor shall not release, publish or disclose any information obtained in the performance of this contract without approval.", true},
		{"Agreement\n\nThe Consultant shall publish the final report and the survey data on the project website.", false},
		{"Agreement\n\nWe will share the monthly report with your team by e-mail.", false},
	})
}

// TestContentHeading checks that a short line of a package's list, read
// as a heading because it is short and has no period, still counts for
// the pair it completes ("תמיכה בוואטסאפ" is a channel of communication),
// while a lead-in that ends with a colon only opens what follows.
func TestContentHeading(t *testing.T) {
	e := newTestEngine(t)
	checkTextsDealt(t, e, "communication", []textDealt{
		{"הסכם שירותי בניית אתר\n\n2. השירות הניתן: מסלול בסיס\nעיצוב מותאם אישית לעסק\nקישור לרשתות חברתיות\nתמיכה בוואטסאפ\nעד 3 תיקונים בחודש\n", true},
		{"הסכם שירותי בניית אתר\n\n2. השירות הניתן: מסלול בסיס\nעיצוב מותאם אישית לעסק\nקישור לרשתות חברתיות\nעד 3 תיקונים בחודש\n", false},
	})
}

// TestContractedWill checks that a phrase written with "will" matches its
// contracted forms ("we'll design", "I'll shoot"), as a freelancer writes.
func TestContractedWill(t *testing.T) {
	e := newTestEngine(t)
	checkTextsDealt(t, e, "scope", []textDealt{
		{"Agreement\n\nWe'll design your new website and build it in Webflow.", true},
		{"Agreement\n\nI'll shoot three product videos and edit them with captions.", true},
	})
	if got := contractedForms("will design"); len(got) != 7 || got[1] != "we'll design" {
		t.Errorf("contractedForms(will design) = %q", got)
	}
	if got := contractedForms("willing"); got != nil {
		t.Errorf("contractedForms(willing) = %q, want none", got)
	}
}

// TestServiceLines checks a quote's lines of work: a Hebrew action noun,
// a colon and what the work holds, or a colon followed by a list of action
// nouns, is scope; a line of cancellation or payment terms in the same
// shape is not.
func TestServiceLines(t *testing.T) {
	e := newTestEngine(t)
	checkTextsDealt(t, e, "scope", []textDealt{
		{"הצעת מחיר\n\nצביעת דירת 4 חדרים (כ-95 מ\"ר): 2 שכבות סופרקריל לבן בקירות ובתקרות, שפכטל ותיקון סדקים, כיסוי רצפות בניילון.", true},
		{"הצעת מחיר\n\nהתקנת מערכת מצלמות: 4 מצלמות IP חיצוניות, מקליט NVR עם דיסק 2TB, כבילה עד 60 מטר.", true},
		{"הצעת מחיר\n\nיבוצעו: החלפת לוח החשמל הדירתי, התקנת ממסר פחת חדש, הוספת 6 נקודות חשמל במטבח.", true},
		{"הצעת מחיר\n\nאחזקת הגינה המשותפת – ביקור אחת לשבועיים: כיסוח דשא, גיזום שיחים, ניכוש עשבים.", true},
		{"הסכם\n\nביטול: עד 14 יום לפני האירוע ללא עלות, עד 7 ימים – 50%, לאחר מכן – 100%.", false},
		{"הסכם\n\nביטוח: הספק יבטח את עובדיו, את הציוד שלו, את רכביו ואת האתר.", false},
		{"Quote\n\nPainting of a 4-bedroom apartment: 2 coats of white acrylic on walls and ceilings, filler and crack repair, floors covered.", true},
		{"Quote\n\nInstallation of CCTV: 4 outdoor IP cameras, NVR recorder with 2TB disk, cabling up to 60 m.", true},
		{"Agreement\n\nRe: extension of the consulting services agreement dated 3 March 2025", false},
		{"Agreement\n\nCancellation: up to 14 days before the event free of charge, up to 7 days 50%, after that 100%.", false},
	})
	for _, w := range []string{"התקנת", "צביעת", "ניקוי", "תרגומ", "אחזקת", "ניקיונ", "הכנת"} {
		if !actionNoun([]rune(w)) {
			t.Errorf("actionNoun(%s) = false", w)
		}
	}
	for _, w := range []string{"Painting", "Installation", "Replacement", "Maintenance", "Removal"} {
		if !englishActionNoun(w) {
			t.Errorf("englishActionNoun(%s) = false", w)
		}
	}
	for _, w := range []string{"Client", "Price", "Re", "Notes"} {
		if englishActionNoun(w) {
			t.Errorf("englishActionNoun(%s) = true", w)
		}
	}
	for _, w := range []string{"הסכמ", "לקוח", "מחיר", "ספק"} {
		if actionNoun([]rune(w)) {
			t.Errorf("actionNoun(%s) = true", w)
		}
	}
}

// textDealt is a text and whether it deals with the item under test.
type textDealt struct {
	text  string
	dealt bool
}

// checkTextsDealt reviews each text and checks whether it deals with item.
func checkTextsDealt(t *testing.T, e *Engine, item string, cases []textDealt) {
	t.Helper()
	for _, tt := range cases {
		if got := itemOf(review(t, e, tt.text), item).Status; (got != Missing) != tt.dealt {
			t.Errorf("%q: %s is %s, want dealt=%v", tt.text, item, got, tt.dealt)
		}
	}
}

// TestDayRangesAndCourseLength checks that a range of days before a named
// date is two dates ("12-19 באוקטובר", "3-7 March 2026"), and that the
// length of a course or a subscription is the length of the work.
func TestDayRangesAndCourseLength(t *testing.T) {
	e := newTestEngine(t)
	checkTextsDealt(t, e, "schedule", []textDealt{
		{"הסכם\n\nתאריכי הטיול: 12-19 באוקטובר.", true},
		{"Agreement\n\nThe course runs 3-7 March 2026.", true},
		{"הסכם\n\nמשך הקורס הוא שלושה חודשים, 12 מפגשים שבועיים.", true},
		{"הסכם\n\nההנחה בשיעור 12-19 אחוזים.", false},
	})
	rep := review(t, e, "Agreement\n\nThe workshop runs 3-7 March 2026 at the venue.\n")
	var got []string
	for _, d := range rep.Terms.Dates {
		got = append(got, d.Value)
	}
	if !slices.Equal(got, []string{"2026-03-03", "2026-03-07"}) {
		t.Errorf("key-term dates = %q, want the range's two days", got)
	}
}
