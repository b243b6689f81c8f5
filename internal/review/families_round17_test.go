package review

import "testing"

// TestBarePointers checks that a clause that names an item and only points
// elsewhere for it ("Force Majeure: see clause 24", "הוראות בדבר פיצויים
// מוסכמים מפורטות בהסכם המסגרת") deals with nothing, while a clause that
// says something of its own beside the pointer still counts: a duty, a
// party acting, a period, a pointer to the law or to the text below, and
// the two items whose pointers the guide counts (a price and a change
// procedure held elsewhere).
func TestBarePointers(t *testing.T) {
	e := newTestEngine(t)
	for _, tt := range []struct {
		text, id string
		dealt    bool
	}{
		{"Agreement\n\nForce Majeure: see clause 24 of the Framework Agreement.", "unforeseen", false},
		{"Agreement\n\nData protection provisions are contained in Schedule 11.", "data_protection", false},
		{"Agreement\n\nThe points of contact between the parties will be set out in the Project Initiation Document.", "contacts", false},
		{"Agreement\n\nFlexibility arrangements: as set out in Schedule 7.", "flexibility", false},
		{"Agreement\n\nContact details: refer to Annex 4.", "contacts", false},
		{"הסכם\n\nהוראות בדבר פיצויים מוסכמים מפורטות בהסכם המסגרת שבין הצדדים.", "sanctions", false},
		{"הסכם\n\nהגבלת אחריות – ראו סעיף 12 לתנאים הכלליים של החברה.", "liability", false},
		{"הסכם\n\nסיום ההתקשרות – כמפורט בתנאי המכרז.", "termination", false},
		// Something of its own beside the pointer.
		{"Agreement\n\nThe Supplier shall keep the Client's information confidential as set out in Schedule 3.", "confidentiality", true},
		{"Agreement\n\nDisputes under this Agreement shall be referred to arbitration.", "dispute_resolution", true},
		{"Agreement\n\nPersonal data shall be processed as set out in the Data Protection Act 2018.", "data_protection", true},
		{"הסכם\n\nעל אירועי כוח עליון יחולו הוראות הדין.", "unforeseen", true},
		{"הסכם\n\nהחברה תשמור בסוד את המידע שהמשכיר מסר לה, כמפורט במדיניות הפרטיות.", "confidentiality", true},
		{"Agreement\n\nLiquidated damages of USD 500 per day of delay, as set out in Schedule 2.", "sanctions", true},
		// The guide counts these pointers as partial answers.
		{"Agreement\n\nChange requests: see the change control procedure in clause 9 of the Framework Agreement.", "changes", true},
		{"הסכם\n\nשינויים ותוספות – כמפורט בתנאים הכלליים.", "changes", true},
	} {
		if got := itemOf(review(t, e, tt.text), tt.id).Status; (got != Missing) != tt.dealt {
			t.Errorf("%q: %s is %s, want dealt=%v", tt.text, tt.id, got, tt.dealt)
		}
	}
}

// TestRelativeClauseNegation checks that a negation inside a Hebrew
// relative clause opened by ש with a preposition ("בגין כל יום שבו … ולא
// הוצב מחליף") negates its own verb, not the consequence after the comma.
func TestRelativeClauseNegation(t *testing.T) {
	e := newTestEngine(t)
	checkTextsDealt(t, e, "sanctions", []textDealt{
		{"הסכם\n\nבגין כל יום שבו נעדר עובד ניקיון מהמשמרת ולא הוצב במקומו עובד מחליף, ינוכה מהתמורה החודשית סך של 350 ש\"ח.", true},
		{"הסכם\n\nבגין כל יום שבו לא נמסר הדוח, ינוכה מהתמורה החודשית סך של 200 ש\"ח.", true},
	})
}

// TestGivenNames checks that a person named by a given name beside a phone
// number is a contact ("לפרטים ותיאום: מוטי 052-…"), and that a service
// centre's number, which names no one, is not; a given name is matched as
// written, never inflected ("שירה" has no plural "שירות", a service).
func TestGivenNames(t *testing.T) {
	e := newTestEngine(t)
	checkTextsDealt(t, e, "contacts", []textDealt{
		{"הסכם\n\nלפרטים ותיאום: מוטי 052-6677123.", true},
		{"הסכם\n\nלתיאום הגעה יש לפנות לשירן בטלפון 050-1234567.", true},
		{"Agreement\n\nSite access: Jenna Moretti, 0412 555 019.", true},
		{"הסכם\n\nשירות הלקוחות זמין בוואטסאפ 053-7784120 בימים א'–ה'.", false},
		{"Agreement\n\nThe service desk is open on 0800 046 1234, 24 hours a day.", false},
	})
}

// TestQuestionAndAnswer checks that a question and the sentence that
// answers it are read as one sentence, as terms written as questions and
// answers put them: the question names the change, the answer prices it.
func TestQuestionAndAnswer(t *testing.T) {
	e := newTestEngine(t)
	checkTextsDealt(t, e, "changes", []textDealt{
		{"הסכם\n\nרוצים לשנות משהו אחרי שהתחלנו? תכתבו לנו, נבדוק את ההשפעה על המחיר והזמנים ונחזור אליכם לאישור.", true},
		{"הסכם\n\nרוצים לשנות משהו אחרי שהתחלנו. תכתבו לנו, נבדוק את ההשפעה על המחיר והזמנים ונחזור אליכם לאישור.", false},
	})
}

// TestIncludedWork checks that a clause saying the offer or the work
// includes an action ("ההצעה כוללת ניקיון יסודי", "The service includes
// cleaning of") describes the work, and that a Hebrew list of lines of
// work may join its last item with ו and a single comma; a past
// "included" and an inclusion of another item's word do not count.
func TestIncludedWork(t *testing.T) {
	e := newTestEngine(t)
	checkTextsDealt(t, e, "scope", []textDealt{
		{"הסכם\n\nההצעה כוללת ניקיון יסודי של הדירה לאחר שיפוץ, כולל חלונות ותריסים.", true},
		{"הסכם\n\nיבוצעו העבודות הבאות: פירוק המטבח הישן, התקנת ארונות חדשים והרכבת משטח שיש.", true},
		{"Agreement\n\nThe monthly service includes cleaning of all common windows and the lobby floor.", true},
		{"Agreement\n\nThe application included providing information about the applicant's finances.", false},
		{"הסכם\n\nהמחיר כולל ביטול ללא עלות עד 7 ימים לפני המועד.", false},
	})
}
