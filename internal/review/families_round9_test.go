package review

import "testing"

// TestRound9Inferences pins the rules of round 9 that read one item from
// another, each with the cases that must stay as they are.
func TestRound9Inferences(t *testing.T) {
	e := newTestEngine(t)
	for _, tt := range []struct {
		name, item, text string
		want             Status
	}{
		{"chat: an agreed price is the price of agreed work", "scope",
			"[15/02/2026, 17:26:40] Noa: Thanks for today! Summary so we're on the same page:\n" +
				"[15/02/2026, 17:27:02] Noa: Price 14,500 ₪ + VAT, including materials and the scaffold tower. 40% when you approve the sketch, 60% on the day I finish.\n" +
				"[15/02/2026, 17:31:02] Yoni: Perfect that's it 👌\n", Partial},
		{"Hebrew e-mail: a price for the job", "scope",
			"שלום רונית,\nהמחיר להובלה הוא 3,800 ש\"ח כולל מע\"מ, תשלום בהעברה בנקאית ביום ההובלה.\nבברכה,\nאבי\n", Partial},
		{"no price, no inferred scope", "scope",
			"[15/02/2026, 17:26:40] Noa: Thanks for today!\n[15/02/2026, 17:31:02] Yoni: Perfect 👌\n", Missing},
		{"an amendment's new price leaves the services to the main agreement", "scope",
			"AMENDMENT No. 2 to the Maintenance Agreement dated 1 March 2025\n1. From 1 January 2027 the monthly fee shall be NIS 6,200 plus VAT, payable within 30 days of invoice.\n2. All other terms of the Agreement remain unchanged.\n", Missing},
		{"Hebrew: services only as in the quote sent by e-mail", "scope",
			"הנדון: סיכום תנאי ההתקשרות\n1. השירותים - כמפורט בהצעת המחיר הנ\"ל.\n2. התמורה - ריטיינר חודשי בסך 4,200 ש\"ח בתוספת מע\"מ, כנגד חשבונית מס שאוציא בתחילת כל חודש.\n", Missing},
	} {
		t.Run(tt.name, func(t *testing.T) {
			rep := review(t, e, tt.text)
			if got := itemOf(rep, tt.item).Status; (got == Missing) != (tt.want == Missing) {
				t.Errorf("%s = %s, want %s", tt.item, got, tt.want)
			}
		})
	}
}

// TestRound9Families pins the families of language read in round 9 (sets
// he30, en30, he31, en31 and en33), each with a look-alike where one
// exists.
func TestRound9Families(t *testing.T) {
	e := newTestEngine(t)
	for _, tt := range []struct {
		name, item, text string
		want             Status
	}{
		{"Hebrew: a heading with a qualifier in brackets and an acronym", "termination",
			"תנאי תשלום\n• 30% מקדמה במעמד אישור ההזמנה.\nתנאי ביטול (ע\"י המזמין, בהודעה במייל)\n• עד 30 יום לפני האירוע – ללא חיוב.\n• 7 ימים ופחות – חיוב של 70% מסכום ההזמנה.\n", Partial},
		{"chat: a price with its GST answers 'what are you charging?'", "payment",
			"[14/08/24, 8:06:40\u202fPM] Priya Lal: What are you charging this season?\n[14/08/24, 8:11:02\u202fPM] Dean Whitcombe: $210 + gst per hive. That covers delivery, sugar syrup feeding while they're in, moving them out after, all of it\n", Partial},
		{"an insurance limit is no price", "payment",
			"[14/08/24, 8:40:10\u202fPM] Dean Whitcombe: I've got $2m public liability if anything goes sideways with the truck or forklift\n", Missing},
		{"rugby's 'last penalty' is no sanction", "sanctions",
			"04/08/2025, 21:14 - Carla van Wyk: Got it thanks. Sorry late reply, was watching the Boks. That last penalty 😩\n", Missing},
		{"a farm scheme's cross-compliance penalties are no sanction", "sanctions",
			"We're also not responsible for any stewardship or cross-compliance penalties arising from the timing of cuts you ask for.\n", Missing},
		{"service credits are still a sanction", "sanctions",
			"6.2 If OTIF falls below 95% in a month, the Packer shall credit 3% of that month's packing fees.\n", Partial},
		{"Hebrew: traffic and parking fines are no sanction", "sanctions",
			"15. קנסות ודוחות תנועה וחניה שיוטלו בשל נהיגת הנהג – יחולו על החברה.\n", Missing},
		{"Hebrew: a licence to use the beach is no IP licence", "intellectual_property",
			"2.1 העירייה מעניקה למפעיל רשות שימוש בשטח ההרשאה לצורך הפעלת מזנון וממכר מזון ומשקאות קלים.\n", Missing},
		{"an electrical installation licence is no IP licence", "intellectual_property",
			"1. We will submit the change of LEW particulars on the EMA licensing portal so that the electrical installation licence reflects our appointment.\n", Missing},
		{"Hebrew: a workshop on offer at a price is no joint activity", "shared_activities",
			"אם תרצו בהמשך סדנת נשימה/מיינדפולנס לצוות – 900 ₪ + מע\"מ לסדנה של שעתיים.\n", Missing},
		{"a joint quarterly review with no price still is", "shared_activities",
			"7.2 The parties will hold a joint review workshop every quarter to go through results and plan the next quarter.\n", Partial},
		{"chat: a price list's tax rate is payment", "payment",
			"[12/07/25, 3:55:30 PM] Sandeep: Madam quotation attached. Summary for quick ref:\nPressure gauge – ₹350/-\nMicrometer – ₹350/-\nGST 18% extra. All certs under our NABL scope.\n", Partial},
		{"'1.5% per month on anything past 30 days'", "late_payment",
			"Price - $10.75/ac application, flat. We invoice after each farm is done, net 30. 1.5% per month on anything past 30 days, it's on the invoice.\n", Partial},
		{"a meeting's plan and actions written up and sent", "meeting_summaries",
			"After each meeting Tamsin will write up the plan and the actions agreed and send you a copy within 7 days.\n", Partial},
		{"hives under standard swapped out or knocked off the price", "sanctions",
			"If any come up under standard I swap them out within 24 hrs or knock $50 + gst off each one that's under, your choice\n", Partial},
		{"contact-free delivery names no contact", "contacts",
			"3.3 Contact-free delivery: if you're not in, our driver will leave your box in the safe place you've chosen in your account.\n", Missing},
		{"the date terms were last updated is no timeline", "schedule",
			"Terms & Conditions\nLast updated: 3 March 2025\n1. These terms apply to every order.\n", Missing},
		{"a credit for each missed patrol visit", "sanctions",
			"7. Missed visits. If a visit shown on the Daily Activity Report is missed, or lasts less than 15 minutes, we will credit $55.00 for each such visit on the next invoice.\n", Partial},
		{"chat: a deduction per missed visit", "sanctions",
			"[2/24/25, 12:15:48 PM] Jun: If hindi makapasok and walang reliever, we deduct ₱1,200 per missed visit sa monthly bill po.\n", Partial},
		{"a visit missed for the client's own reasons is rebooked, not credited", "sanctions",
			"If you need to skip a visit, just let us know the day before.\n", Missing},
		{"'As per the MSA.' under a liability heading deals with nothing", "liability",
			"18. INSURANCE AND LIABILITY\n18.1 As per the MSA.\n", Missing},
		{"a principal agreement's dispute clause applied by number", "dispute_resolution",
			"12.1 Clause 19 (Dispute Resolution) of the Principal Agreement applies to any dispute arising from this Addendum.\n", Missing},
		{"Hebrew: a report sent only once the whole fee is in", "late_payment",
			"התשלום בהעברה בנקאית או בביט.\nהדו\"ח הכתוב יישלח לאחר שהתקבל מלוא שכר הטרחה.\n", Partial},
		{"Hebrew: 'what is seen and heard at home stays at home'", "confidentiality",
			"14. מה שרואים ושומעים בבית – נשאר בבית. זה נכון גם אחרי שתסיימי לעבוד אצלנו.\n", Partial},
		{"a deposit that 'stays with me' is no secret", "confidentiality",
			"And if you change your mind after you approve the sketch, the 40% stays with me. No hard feelings\n", Missing},
		{"chat: 'if I'm not answering, phone Sipho' with his number", "contacts",
			"05/08/2025, 09:24 - Thabo Mokoena: Me 082 555 6130. If I'm not answering I'm probably up a ladder, phone Sipho 082 555 0194\n", Partial},
		{"Hebrew chat: 'אם אני בצילום ולא עונה תכתבי לשירן' with her number", "contacts",
			"04/07/2025, 13:06 - עומר צילום: סגרנו! אם אני בצילום ולא עונה תכתבי לשירן העוזרת שלי 052-6619043\n", Partial},
		{"a named vet and who covers her leave, with mobiles", "contacts",
			"Tamsin Rowe MRCVS is your named vet (mobile 07700 913 482). When Tamsin is on leave, Will Ashworth MRCVS (mobile 07700 915 127) will do your routine visits.\n", Partial},
		{"an office number alone is no contact", "contacts",
			"Our office is open 9 to 5, phone 01584 770 218.\n", Missing},
		{"Hebrew: an account suspended or blocked for breach", "sanctions",
			"6.2 הפרת תנאים אלה עלולה להביא להשעיית החשבון או לחסימתו, באופן מיידי ובלא הודעה מוקדמת, לפי שיקול דעתנו.\n", Partial},
		{"'either of us can end it immediately if the other breaches it'", "sanctions",
			"Either of us can end it immediately if the other breaches it.\n", Partial},
		{"a 'Dates:' field is the timeline, not a letter's 'Date:' line", "schedule",
			"Hi Joann,\nDates: Tuesdays, Wednesdays and Thursdays from Tue 04/03/2025 to Thu 10/04/2025 (6 weeks, 36 sessions)\n", Present},
		{"'Late payments remain subject to Section 5.3 of the Agreement' deals with nothing here", "late_payment",
			"AMENDMENT No. 1\n2. Fees. From March 1, 2026 the monthly fee is $1,450 per location. Late payments remain subject to Section 5.3 of the Agreement.\n", Missing},
		{"chat: 'pls arrange from your side' access and power", "collaboration",
			"[14/03/24, 11:12:44 AM] Suresh NetSpan: 👍 Also pls arrange from your side - false ceiling access from building, one power point near rack\n", Partial},
		{"'we'll need someone to show us where the shed power is'", "collaboration",
			"On the day we'll need someone to show us where the shed power is and to keep the dogs tied up while we're on the roof.\n", Partial},
		{"Hebrew: 250 ₪ off the price for each extra day of work", "sanctions",
			"אם לא אסיים עד יום חמישי 13.03.2025, אני מוריד 250 ₪ מהמחיר על כל יום עבודה נוסף, עד 1,000 ₪ בסך הכול.\n", Partial},
		{"Hebrew chat: 'אני מסכם לך מה דיברנו'", "meeting_summaries",
			"16.10.2024, 19:46 - שלומי שיפוצים: אני מסכם לך מה דיברנו שיהיה לך פה מסודר\n", Partial},
		{"Hebrew chat: surprises in the pipes decided together", "unforeseen",
			"16.10.2024, 20:26 - שלומי שיפוצים: יש הפתעות לפעמים בבניינים האלה. אם נפתח ויש משהו בצנרת של הבניין אני מצלם לך ונחליט ביחד\n", Partial},
		{"chat: the guards employed and paid by the company, with NSSF", "independent_contractor",
			"[16/03/2026, 17:03:39] Peter Kiprono Ngome: No madam, the guards are employed by Ngome. We pay their salaries as per the regulations, NSSF, SHA and housing levy. School does not deal with their pay.\n", Partial},
		{"Hebrew chat: 'הפועלים שלי, אני משלם להם'", "independent_contractor",
			"31.10.2024, 21:17 - שלומי שיפוצים: לא לא, אל תתעסקי בזה. הפועלים שלי, אני משלם להם ואני דואג להם, זה לא עלייך\n", Partial},
		{"Hebrew: the client's drivers told about tracking are no contractor status", "independent_contractor",
			"10.2 הלקוח אחראי ליידע את הנהגים מראש ובכתב על איסוף נתוני המיקום.\n", Missing},
		{"Hebrew: 'ללא הגבלת זמן, וכל צד יכול להפסיק' negates only the time limit", "termination",
			"נתחיל ב-01/03/2025. ההתקשרות ללא הגבלת זמן, וכל צד יכול להפסיק את השירות בהודעה של 30 יום מראש.\n", Partial},
		{"Hebrew: a list after 'ללא' stays negated", "shared_activities",
			"השירות ניתן מרחוק ללא פגישות, סדנאות והדרכות.\n", Missing},
		{"Hebrew chat: a cancellation scale before the event", "termination",
			"15/07/2025, 14:12 - שף תומר: עוד כמה דברים:\n- ביטול עד שבוע לפני – המקדמה חוזרת. פחות משבוע לפני – המקדמה לא חוזרת כי כבר קניתי סחורה\n", Partial},
	} {
		t.Run(tt.name, func(t *testing.T) {
			rep := review(t, e, tt.text)
			if got := itemOf(rep, tt.item).Status; (got == Missing) != (tt.want == Missing) {
				t.Errorf("%s = %s, want %s", tt.item, got, tt.want)
			}
		})
	}
}
