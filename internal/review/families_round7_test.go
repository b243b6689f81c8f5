package review

import "testing"

// TestRound7Families pins the families of language read in round 7, each
// with its look-alike: every case states the item's status that a reader
// applying the labelling guide gives it.
func TestRound7Families(t *testing.T) {
	e := newTestEngine(t)
	for _, tt := range []struct {
		name, item, text string
		want             Status
	}{
		{"a Hebrew heading in the plural names its item (ביטולים)", "termination",
			"טופס הזמנת הרצאה\nחלק ד' – תמורה\nשכר הרצאה: 14,000 ₪ + מע\"מ\nחלק ו' – ביטולים\nו.1 ביטול על ידי המרצה: בהודעה בכתב 21 ימים לפני הכנס לפחות. המרצה תציע מרצה חלופי ברמה דומה.\n", Present},
		{"the same clause under an unrelated heading is not termination", "termination",
			"טופס הזמנת הרצאה\nחלק ד' – תמורה\nשכר הרצאה: 14,000 ₪ + מע\"מ\nחלק ו' – הערות\nו.1 המרצה תציע מרצה חלופי ברמה דומה, בכפוף לאישור המפיקה.\n", Missing},
		{"bad weather with an agreed new timetable", "unforeseen",
			"If the weather does not allow a safe inspection of the roof, we will agree a revised timetable with you.\n", Partial},
		{"something unexpected cropping up, with new dates worked out", "unforeseen",
			"If something bigger crops up on either side, we'll work out new dates together.\n", Partial},
		{"a revised timetable for the client's own reasons is no force majeure", "unforeseen",
			"If you would like to move the inspection, we will agree a revised timetable with you.\n", Missing},
		{"Hebrew: what I need from the committee, as a list of inputs", "collaboration",
			"5. מחיר\n5.1 המחיר 400 ש\"ח לחודש.\n6. מה אני צריך מהוועד\n6.1 עותק מפתח לחדר החשמל, לחדר המונים ולשער החניון.\n7. שונות\n", Present},
	} {
		t.Run(tt.name, func(t *testing.T) {
			rep := review(t, e, tt.text)
			if got := itemOf(rep, tt.item).Status; (got == Missing) != (tt.want == Missing) {
				t.Errorf("%s = %s, want %s", tt.item, got, tt.want)
			}
		})
	}
}
