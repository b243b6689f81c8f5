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
		{"an amendment's new duties do not describe the services", "scope",
			"AMENDMENT NO. 2 TO THE CLEANING SERVICES AGREEMENT\nThis Amendment is made on 20 February 2026 between Harbour Hospital (the \"Hospital\") and Brightway Ltd (the \"Vendor\").\n1. The Vendor shall maintain ISO 9001 certification and shall give the Hospital a copy of its certificate by 31 March of each year.\n2. All other terms of the Agreement remain unchanged.\n", Missing},
		{"the same duties in a main agreement are its scope", "scope",
			"CLEANING SERVICES AGREEMENT\nThis Agreement is made on 20 February 2026 between Harbour Hospital (the \"Hospital\") and Brightway Ltd (the \"Vendor\").\n1. The Vendor shall clean the wards, corridors and washrooms of the Hospital every day between 06:00 and 09:00.\n", Present},
		{"an amendment that states the services keeps them", "scope",
			"AMENDMENT NO. 2 TO THE CLEANING SERVICES AGREEMENT\nThis Amendment is made on 20 February 2026 between Harbour Hospital (the \"Hospital\") and Brightway Ltd (the \"Vendor\").\n1. Scope of Services. From 1 March 2026 the Services include the cleaning of the new oncology wing (floors 3 and 4), every day between 06:00 and 09:00.\n", Present},
		{"a Hebrew annex names the main agreement, not the services", "scope",
			"נספח ד' – נוהל עבודה ותקשורת\nלהסכם למתן שירותי הדרכה ואבטחת מידע (מכרז פומבי מס' 41/2025)\n1. הספק ימסור למנהל אבטחת המידע דוח חודשי עד ה-5 בכל חודש.\n", Missing},
		{"a longer inline title heads its line", "collaboration",
			"Quote – corporate video\nWhat we need from you: your brand guidelines, logo files and fonts by 9 March, and site access for our crew on the shoot day.\n", Partial},
		{"a short inline title still needs its item's words", "collaboration",
			"Quote – corporate video\nWhat you get: a 90-second film, two cut-downs and subtitles.\n", Missing},
		{"the client makes bench space and power available", "collaboration",
			"6. Access. The Buyer shall decontaminate all instruments before the first site day and make bench space and 230 V power available in the laboratory.\n", Partial},
		{"Hebrew: the client gives the data the payroll needs", "collaboration",
			"5.1 הלקוח יעביר למשרד עד ה-3 בכל חודש את דיווחי הנוכחות של העובדים.\n", Partial},
		{"compliance and consents are no input of the work", "collaboration",
			"7.1 Customer is responsible for its users' compliance with these Terms, and for obtaining any consents from drivers that applicable law requires.\n", Missing},
		{"the login a user keeps secure is no input", "collaboration",
			"12.1 To enrol you must create an account on the student portal. You are responsible for keeping the login details secure.\n", Missing},
		{"a free remake is re-performance", "sanctions",
			"6.1 Where a device fails because of a fault in manufacture within 90 days of fitting, the Laboratory will remake it free of charge.\n", Partial},
		{"Hebrew: a substitute or make-up class at no cost is re-performance", "sanctions",
			"6. אם אני לא יכולה להגיע – אדאג למדריכה מחליפה מוסמכת או לשיעור השלמה באותו שבוע, בלי עלות נוספת.\n", Partial},
		{"a credit per unstaffed hour is a sanction with an amount", "sanctions",
			"5.1 עמדת מציל שלא אוישה במועד – הקאנטרי יהיה זכאי לזיכוי של 400 ₪ בגין כל שעה שבה העמדה לא אוישה.\n", Present},
		{"a free product sample is no sanction", "sanctions",
			"4. We send every new customer a sample pack free of charge.\n", Missing},
		{"Hebrew: either side may stop on notice", "termination",
			"10. כל צד יכול להפסיק בהודעה של 60 יום מראש. בסיום, הספק מעביר לקיבוץ את כל הקודים והסיסמאות לבקרים.\n", Present},
		{"Hebrew: stopping at any stage by e-mail", "termination",
			"1. כן, אפשר לעצור בכל שלב בהודעה במייל.\n", Partial},
		{"Hebrew: the work stops for rain is no termination", "termination",
			"4. אם יורד גשם – העבודה נעצרת וממשיכים למחרת.\n", Missing},
		{"English: either of us can stop and the code is handed over", "termination",
			"If it's not working out, either of us can stop – you'd just pay for the work done so far and I'll hand over the code.\n", Partial},
		{"English: bring this arrangement to an end on a term's notice", "termination",
			"Either of us can bring this arrangement to an end by giving one term's notice in writing.\n", Partial},
		{"teachers employed and paid by the centre", "independent_contractor",
			"2. המורים מועסקים על ידי המרכז, והמרכז אחראי לתשלום שכרם.\n", Partial},
		{"a subcontractor's own worker and his wages", "independent_contractor",
			"8. עמית אחראי על העובד שלו (מוחמד) ועל השכר שלו.\n", Partial},
		{"the company's own staff in a force majeure list say nothing of status", "independent_contractor",
			"8.1 החברה לא תהיה אחראית לעיכוב שנגרם בשל גיוס מילואים של עובדיה, מגפה או שביתה.\n", Missing},
		{"English: counters remain the provider's employees and it pays them", "independent_contractor",
			"13.1 All counters supplied by the Provider remain employees of the Provider, and the Provider remains responsible for their remuneration.\n", Partial},
		{"English: my staff, salary paid by me", "independent_contractor",
			"Drivers are my staff, salary and PF paid by me, min 5 yrs experience.\n", Partial},
		{"moving a session up to a day before at no charge is re-planning", "flexibility",
			"3. ביטול או הזזה של שיעור על ידי החברה: עד 24 שעות לפני השיעור – בלי חיוב, ואפשר לקבוע שיעור חלופי באותו שבוע.\n", Present},
		{"English: moving a pickup up to two hours before", "flexibility",
			"Pickup time or place change free of charge up to 2 hrs before reporting time, just message here.\n", Present},
		{"features as updated from time to time are no re-planning", "flexibility",
			"2.2 תכונות הפלטפורמה הן כפי שהן מתוארות באתר החברה, כפי שיעודכנו מעת לעת.\n", Missing},
		{"English: terms updated from time to time are no re-planning", "flexibility",
			"13. We may update these Terms from time to time by posting a revised version on this page.\n", Missing},
		{"a move re-dated after an event beyond our control is no re-planning", "flexibility",
			"9. We are not responsible for delay caused by severe weather or other events beyond our control. If such an event prevents your move, we will move it to the next available date at no extra charge.\n", Missing},
		{"a purchase order's line table states the works", "scope",
			"הזמנת רכש\nשורה | תיאור | כמות | יח' | מחיר ליח' (₪) | סה\"כ (₪)\n10 | שלט הכוונה תלוי דו-צדדי, קופסת אלומיניום 120×40 ס\"מ | 14 | יח' | 2,350.00 | 32,900\n20 | פירוק ופינוי השלטים הקיימים | 1 | קומפלט | 3,500.00 | 3,500.00\n", Present},
		{"English: an order's Description | Qty table", "scope",
			"PURCHASE ORDER\nLine | Description | Qty | Unit price | Total\n10 | Calibration of 12 micropipettes, ISO 8655 | 12 | 85.00 | 1,020.00\n", Present},
		{"'what the research includes' heads the scope", "scope",
			"הצעה למחקר שורשים\nמה כולל המחקר\n1. שלב א' – איסוף: שיחת היכרות בזום, סריקה ותרגום של המסמכים שיש לכם.\n2. שלב ב' – חיפוש במאגרי יד ושם ובארכיון בלבוב.\n", Present},
	} {
		if got := itemOf(review(t, e, tt.text), tt.item).Status; got != tt.want {
			t.Errorf("%s: %s %s, want %s", tt.name, tt.item, got, tt.want)
		}
	}
}
