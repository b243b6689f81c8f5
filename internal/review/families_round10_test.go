package review

import "testing"

// TestRound10Structure pins the structural rules of round 10: a chat
// message's text starts a line for field labels, and a list of topics sent
// to the framework agreement deals with none of them.
func TestRound10Structure(t *testing.T) {
	e := newTestEngine(t)
	checkDealt(t, e, []dealtCase{
		{"Hebrew chat: 'כולל:' at the start of a message lists the offer", "scope",
			"12/08/2025, 20:37 - עדי פרץ הפקות: הנה ההצעה\n" +
				"12/08/2025, 20:39 - עדי פרץ הפקות: כולל: 3 אוטובוסים הלוך חזור מהרצליה, ארוחת בוקר ארוזה באוטובוס, סיור ג'יפים מודרך שעתיים, סדנת בישול עם שף מקומי\n" +
				"12/08/2025, 20:40 - עדי פרץ הפקות: לא כולל: אלכוהול ומתנות לעובדים\n", Present},
		{"English chat: 'Includes:' at the start of a message", "scope",
			"[03/07/2025, 09:12:40] Rachel Tan: Includes: two-day workshop for 16 supervisors, pre-workshop survey, printed workbooks and a written evaluation report\n", Present},
		{"a sentence that merely mentions what a package includes is no field label", "scope",
			"[03/07/2025, 09:12:40] Rachel Tan: Hi! Tell me what it includes: I'm curious\n", Missing},
		{"Hebrew: topics sent to the framework agreement", "dispute_resolution",
			"הזמנת עבודה מס' 7 מכוח הסכם המסגרת\n12. כל יתר התנאים, לרבות סודיות, אחריות וביטוח, יישוב סכסוכים וסיום ההתקשרות, יהיו כקבוע בהסכם המסגרת.\n", Missing},
		{"Hebrew: the framework's provisions apply, including damages and liability", "sanctions",
			"14. הוראות הסכם המסגרת\nעל הזמנה זו יחולו הוראות הסכם המסגרת, לרבות לעניין פיצויים מוסכמים, ביטוח ואחריות.\n", Missing},
		{"Hebrew: all the framework's other provisions, including four topics", "termination",
			"הזמנת עבודה מס' 3\n16. כל יתר הוראות הסכם המסגרת, לרבות לעניין סודיות, אחריות, סיום ההתקשרות ויישוב מחלוקות, יחולו על הזמנה זו.\n", Missing},
		{"an NDA signed elsewhere is a bare reference", "confidentiality",
			"5. NDA – רציתי לבקש שתחתמו, אבל בדקתי ויש לנו כבר NDA חתום מ-03/2025. אז זה מכוסה.\n", Missing},
		{"an NDA with a duty in the text deals with confidentiality", "confidentiality",
			"7.2 The mutual NDA signed on 10/01/2025 continues to apply, and neither party shall disclose the other's confidential information to any third party.\n", Present},
		{"Hebrew: a court named beside the pointer stays", "dispute_resolution",
			"13.4 סמכות השיפוט בכל עניין הנוגע להזמנה זו נתונה לבתי המשפט המוסמכים בבאר שבע, כקבוע בהסכם המסגרת.\n", Partial},
		{"a list of referenced clauses with their titles", "dispute_resolution",
			"ADDENDUM No. 1\n13.2 Clauses 15 (Termination), 19 (Governing Law and Jurisdiction) and 20 (Arbitration) of the Agreement shall apply to this Addendum mutatis mutandis.\n", Missing},
		{"English: topics sent to the Framework", "liability",
			"STATEMENT OF WORK No. 4\n9. Confidentiality, liability, termination and dispute resolution are as set out in the Framework.\n", Missing},
	})
}

// TestRound10Layout pins two structure rules of round 10: a row of a
// tab-separated table is no heading for the rows below it, and a numbered
// clause whose title only starts with a recital word is operative.
func TestRound10Layout(t *testing.T) {
	e := newTestEngine(t)
	checkDealt(t, e, []dealtCase{
		{"a table row is no heading", "termination",
			"PRICE\nItem\tDescription\tPrice\n1\tTermination assistance\tIncluded\n1a\tData export of all tickets in CSV format at any time\t$325.00 / yr\n2\tMonthly support, 20 tickets\t$129.00 / month\n", Missing},
		{"a heading line stays a heading", "termination",
			"1. Termination\n1.1 Either party may end this agreement on 30 days' written notice.\n", Present},
		{"'Background Screening Services' is an operative clause", "termination",
			"SECOND AMENDMENT\n4. Background Screening Services. The following is added to the Agreement as Exhibit C-1:\nC-1.1 Brightwater shall obtain a background report for each Associate before the first assignment.\nC-1.8 Client may terminate the screening services on thirty (30) days' written notice; after termination Brightwater shall complete pending screens and invoice them.\n", Present},
	})
}

// TestRound10ClientInputs pins the heading that asks the client for
// something: the list under it is the client's inputs, whatever its words.
func TestRound10ClientInputs(t *testing.T) {
	e := newTestEngine(t)
	checkDealt(t, e, []dealtCase{
		{"Hebrew: 'מה נצטרך מכם' over a list of nouns", "collaboration",
			"הצעת מחיר – מערכת סולארית\n8. מה נצטרך מכם\n- גישה לגג ולארון החשמל בימי ההתקנה\n- צילום תעודת זהות וחשבון חשמל אחרון, לצורך הבקשה לחברת החשמל\n- חתימה על ייפוי כוח לצורך הגשת הבקשות בשמכם\n", Partial},
		{"English: 'What we need you to do' over a list", "collaboration",
			"TERMITE TREATMENT QUOTE\nWHAT WE NEED YOU TO DO\n- Clear 18 inches along the garage walls before we arrive.\n- Keep pets and children off treated soil until it is dry.\n", Partial},
		{"an e-mail that asks the client for feedback within a deadline", "collaboration",
			"From: Aoife Byrne <aoife@summit-search.ie>\nTo keep things moving we'd ask you to give us feedback on CVs within 3 working days of receiving them.\n", Partial},
		{"a quote that asks the client to nominate a champion", "collaboration",
			"EAP QUOTATION\nPlease nominate an EAP champion in HR, who will promote the service internally.\n", Partial},
		{"Hebrew: 'נבקש' feedback on each candidate", "collaboration",
			"שלום דנה,\nנבקש משוב על כל מועמד שהצגנו תוך 3 ימי עבודה, כדי שנוכל להתקדם.\n", Partial},
		{"asking the client to confirm numbers gives nothing", "collaboration",
			"BEFORE THE WEDDING\nFinal numbers: please confirm the final number of bridesmaids, buttonholes and tables by Saturday 21 February 2026.\n", Missing},
		{"a heading of the supplier's own work is no client input", "collaboration",
			"TERMITE TREATMENT QUOTE\nWHAT WE WILL DO\n- Trench and treat the exterior foundation perimeter.\n- Patch drill holes with gray cement.\n", Missing},
	})
}

// TestRound10OnRequest pins the price of something offered on request as
// additional services, in both languages, with its look-alikes.
func TestRound10OnRequest(t *testing.T) {
	e := newTestEngine(t)
	checkDealt(t, e, []dealtCase{
		{"English chat: garden waste on request with a price", "additional_services",
			"19/02/2025, 08:15 - Wanjiru Kamau: Confirmed terms:\n- Weekly collection every Tuesday, KES 18,000 per month\n- Garden waste on request KES 2,500 per trip, order on this group at least 1 day before\n", Present},
		{"Hebrew chat: a separate call-out with its price", "additional_services",
			"12/05/2025, 10:02 - אבי הדברה: ריסוס חדר מדרגות ומחסנים כל 3 חודשים, 900 ש\"ח לביקור\n12/05/2025, 10:04 - אבי הדברה: דירה שרוצה טיפול – קריאה נפרדת, 200 ש\"ח כולל מע\"מ, כותבים לי פה\n", Present},
		{"a report available on request has no price", "additional_services",
			"The annual report is available on request.\n", Missing},
	})
}

// TestRound10Families pins the families of language read in round 10
// (sets en38, en39, he38, he39), each with a look-alike where one exists.
func TestRound10Families(t *testing.T) {
	e := newTestEngine(t)
	checkDealt(t, e, []dealtCase{
		{"termination in the passive, by either party", "termination",
			"TERMS\nc) Quarterly service may be canceled by either party with 30 days' written notice (email is fine). Prepaid services not yet performed will be refunded.\n", Present},
		{"chat: either side gives notice", "termination",
			"19/02/2025, 08:20 - Otieno: Either side gives one month notice. Same for us\n", Partial},
		{"a cure period before ending the contract", "sanctions",
			"4.9 Deficiencies: if deficiencies listed in writing by the Strata Manager are not corrected within 14 days, council may terminate the contract on 30 days' written notice.\n", Present},
		{"Hebrew: 'לשפות' is to languages in a translator's exclusions", "liability",
			"2.4 לא כלול: עיצוב גרפי, העלאה למערכת ניהול התוכן, תרגום לשפות אחרות, ניהול רשתות חברתיות.\n", Missing},
		{"Hebrew: 'לשפות' is to indemnify beside damage", "liability",
			"הספק מתחייב לשפות את הלקוח בגין כל נזק שייגרם לו עקב הפרת זכויות צד שלישי.\n", Present},
		{"Hebrew: written closing briefs for the courts are no meeting summaries", "meeting_summaries",
			"3.1 השירותים כוללים: (ב) תרגום סיכומים בכתב ובקשות המוגשים לערכאות, לרבות נספחיהם.\n", Missing},
		{"an inspection's deficiency list is no sanction", "sanctions",
			"5.2 Close-out meeting within 5 business days after the draft report is issued, to go through the deficiency list and agree on correction priorities with the owner.\n", Missing},
		{"Hebrew: the platform may cancel the account", "termination",
			"6.3. הפלטפורמה שומרת לעצמה את הזכות להשעות או לבטל את חשבון הקבלן.\n", Partial},
		{"Hebrew: rates the platform may change ('לשנותם')", "changes",
			"2.1. הפלטפורמה תקבע באופן בלעדי את התעריפים לכל משימה, ותוכל לשנותם לפי שיקול דעתה הבלעדי.\n", Partial},
		{"Hebrew chat: don't pass the tenants' list on", "confidentiality",
			"18/05/2025, 09:10 - רונית (ועד הבית): את הרשימה עם הטלפונים של הדיירים אני שולחת לך, אל תעביר אותה הלאה\n", Partial},
		{"Hebrew chat: nothing about the company on the social networks", "confidentiality",
			"17/08/2025, 13:10 - שירן: בבקשה לא להעלות שום דבר על החברה לרשתות (שם, לוגו, תמונות) בלי אישור בכתב ממני\n", Partial},
		{"Hebrew: passing a file on to the accountant is no secrecy", "confidentiality",
			"17/08/2025, 13:26 - שירן: אני מעבירה את הקובץ הלאה להנהלת החשבונות\n", Missing},
		{"Hebrew: missed visits let the committee stop the engagement", "sanctions",
			"2.10 אם אלון לא יגיע לביקורי העבודה הקבועים יותר מפעמיים בחודש, הוועד רשאי להפסיק את ההתקשרות.\n", Partial},
	})
}

// TestHoursRange pins the ranges of hours the timeline reads beside a
// date, and the numbers that are not hours.
func TestHoursRange(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"14 & 15 aug 2025 (thu-fri), 9am-5pm, at your training room", true},
		{"on 11/9 from 10:00 - 14:00", true},
		{"ביום חמישי 11/9, 08:00 עד 16:00", true},
		{"ביום 11/9 בין השעות 10:00 ל-14:00", true},
		{"on 3 march 2026 from 9 am to 1 pm", true},
		{"12/08/2025, 20:39 - עדי פרץ: נשמע מעולה", false},
		{"delivery within 10-12 days of 3 march 2026", false},
		{"invoice no. 2025-118 dated 3 march 2026", false},
	} {
		if got := hoursRange([]rune(tt.line)); got != tt.want {
			t.Errorf("hoursRange(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

// TestRound10EventHours pins a date with its hours as a one-day timeline.
func TestRound10EventHours(t *testing.T) {
	e := newTestEngine(t)
	checkDealt(t, e, []dealtCase{
		{"a workshop's dates and hours", "schedule",
			"03/07/2025, 09:40 - Rachel Tan: Proposal:\n1) 2-day workshop, 14 & 15 Aug 2025 (Thu–Fri), 9am–5pm, at your Tuas training room\n", Partial},
		{"Hebrew: an event's date and hours", "schedule",
			"הזמנת סדנה\nהסדנה תתקיים ביום חמישי 11/9/2025 בין השעות 10:00 ל-14:00 במשרדי החברה.\n", Partial},
		{"support hours without a date are no timeline", "schedule",
			"Support: Monday to Friday, 9am–5pm, by phone or e-mail.\n", Missing},
	})
}
