package review

import "testing"

// TestRound6Families pins the families of language read in round 6, each
// with its look-alike: every case states the item's status that a reader
// applying the labelling guide gives it.
func TestRound6Families(t *testing.T) {
	e := newTestEngine(t)
	for _, tt := range []struct {
		name, item, text string
		want             Status
	}{
		{"a quote's inclusion and exclusion lines state the scope", "scope",
			"הצעת מחיר – קייטרינג לאירוע\n*כולל:* שף ו-2 טבחים במקום, כלים חד פעמיים, ניקיון המטבח בסוף\n*לא כולל:* שתייה, שולחנות, מלצרים\n*מחיר:* 185 ₪ לסועד כולל מע\"מ\n", Present},
		{"English: Includes / Not included lines", "scope",
			"Quote – event catering\nIncludes: chef and 2 cooks on site, disposable tableware, kitchen cleaning at the end\nNot included: drinks, tables, waiters\nPrice: $85 per guest\n", Present},
		{"a report that includes a list is no scope", "scope",
			"3.3 עד ה-10 בכל חודש ישלח הספק, בדוא\"ל, דו\"ח חודשי הכולל: רשימת הקריאות, זמני התגובה וזמינות כל מכשיר.\n", Missing},
		{"English: a report that includes a list is no scope", "scope",
			"3.3 By the 10th of each month we send a monthly report that includes: the calls opened, response times and availability.\n", Missing},
		{"'as long as' is not 'more'", "additional_services",
			"13.2 השמאי יחזיק, כל עוד הוא ברשימת השמאים של הבנק, ביטוח אחריות מקצועית בגבול של 1,000,000 ש\"ח.\n", Missing},
		{"more work priced separately is extra work", "additional_services",
			"4. אם תרצו עוד סרטונים – נתמחר בנפרד לפי מחירון.\n", Partial},
		{"a complaints mailbox is a functional address, not a contact", "contacts",
			"15.1 If you have a complaint, please email complaints@fleetloop.com.au. We will acknowledge it within 2 business days.\n", Missing},
		{"a person's address is a contact detail", "contacts",
			"15.1 If you have a complaint, please email dana.reid@fleetloop.com.au. We will acknowledge it within 2 business days.\n", Partial},
	} {
		if got := itemOf(review(t, e, tt.text), tt.item).Status; got != tt.want {
			t.Errorf("%s: %s %s, want %s", tt.name, tt.item, got, tt.want)
		}
	}
}
