package review

import "testing"

// TestRound5Families pins the families of language read in round 5, each
// with its look-alike: every case states the item's status that a reader
// applying the labelling guide gives it.
func TestRound5Families(t *testing.T) {
	e := newTestEngine(t)
	const en = "1. Services\nThe Contractor will inspect and service the fire extinguishers at the Site.\n"
	const he = "1. השירותים\nהספק יבצע ביקורת ותחזוקה של מטפי הכיבוי באתר.\n"
	for _, tt := range []struct {
		name, item, text string
		want             Status
	}{
		{"cross-reference title is no dispute clause", "dispute_resolution",
			en + "6.3 Sections 12 (Dispute Resolution) and 13 (Governing Law) of the Agreement apply to this Amendment.\n", Missing},
		{"dispute clause in its own words", "dispute_resolution",
			en + "6.3 Any dispute shall be decided by the courts of Austin, Texas.\n", Partial},
		{"Hebrew cross-reference title", "dispute_resolution",
			he + "6. סעיף 12 (יישוב מחלוקות) להסכם העיקרי יחול על תוספת זו.\n", Missing},
		{"VAT in parentheses after an amount still counts", "payment",
			he + "2. התמורה: 1,400 ש\"ח (בתוספת מע\"מ) לכל ביקורת, בתנאי שוטף + 30.\n", Present},
		{"registration details are not an input duty", "collaboration",
			en + "2.1 You must provide accurate information when you register and keep your login details secure.\n", Missing},
		{"deduction per day is a sanction with an amount", "sanctions",
			en + "11.1 If a Site operates below the staffing ratio, the District may deduct $500.00 from the Service Fee for each Program Day on which this occurs.\n", Present},
		{"a failure not remedied within a period is a cure period", "sanctions",
			en + "11.2 If the Contractor fails to perform and the failure is not remedied within 15 Business Days after notice, the Customer may terminate this Agreement.\n", Present},
		{"a notices clause with named people and alternates is contacts", "contacts",
			en + "15. Notices and Contacts. Notices under this Agreement shall be in writing. Contractor: primary contact Ray Castillo, (512) 555-0187, rcastillo@lonestarfire.com; alternate Jenna Ruiz, jruiz@lonestarfire.com. Customer: primary contact Maria Delgado, mdelgado@brazoscp.com; alternate Kevin Osei, kosei@brazoscp.com. Each party's primary contact is its representative for day-to-day matters, and its alternate acts whenever the primary contact is unavailable.\n", Present},
		{"a Slack channel is a channel", "communication",
			en + "3. We'll add you to our Slack workspace, channel #fire-ops, which is where reports and questions will go.\n", Partial},
		{"notifying by e-mail is a channel", "communication",
			en + "8. The Contractor shall notify the Customer by email of any extinguisher that fails inspection.\n", Partial},
		{"notifying a force majeure event within days is not", "communication",
			en + "8. Neither party is liable for delay caused by events beyond its control, provided it notifies the other within 5 days.\n", Missing},
		{"Hebrew: updating by WhatsApp is a channel", "communication",
			he + "8. הספק יעדכן את המזמין בוואטסאפ על כל מטף שנפסל בביקורת.\n", Partial},
		{"a site diary is kept, not sent", "meeting_summaries",
			he + "9. הספק ינהל באתר יומן עבודה, שבו יירשמו מדי יום העבודות שבוצעו. נציג המזמין רשאי לעיין ביומן.\n", Partial},
		{"a testing protocol is no minutes", "meeting_summaries",
			he + "6. בדיקת חיי מדף לפי פרוטוקול שיוסכם עם מנהל האיכות של הלקוח.\n", Missing},
		{"staff under the supplier's control and pay", "independent_contractor",
			he + "6. עובדי המכבסה כפופים למכבסה בלבד, והיא האחראית לתשלום שכרם.\n", Partial},
		{"payslips for the client's employees are the service", "independent_contractor",
			he + "1.3 הפקת תלושי שכר לשבעה עובדי הלקוח.\n", Missing},
		{"English: staff under our supervision, paid by us", "independent_contractor",
			en + "3.5 Our technician remains under our supervision and direction while on your premises, and we are responsible for his or her pay.\n", Partial},
		{"a staff heading is no contacts heading", "contacts",
			en + "5. SUPPLIER'S PERSONNEL\n5.1 The Supplier is solely responsible for the salaries and work passes of its personnel.\n", Missing},
		{"first-person promise not to pass information on", "confidentiality",
			he + "10. מידע שתמסרו לנו לגבי תכניות הגיוס של החברה ישמש אותנו לתכנון בלבד, ולא נמסור אותו לאחרים.\n", Present},
		{"delays outside our control, then we talk", "unforeseen",
			he + "3. אם יהיו עיכובים שאינם בשליטתנו, נעדכן אתכם ונתאם מחדש את המועדים.\n", Partial},
		{"a unilateral price update on notice", "changes",
			he + "3.4 הספק רשאי לעדכן את המחירים בהודעה למזמין 30 יום מראש.\n", Partial},
		{"English: a unilateral fee change on notice", "changes",
			en + "3.4 The Contractor may change its fees on 30 days' written notice.\n", Partial},
		{"estimates that are not guaranteed are a narrow disclaimer", "liability",
			en + "6. The savings figures in this proposal are estimates only and are not guaranteed.\n", Partial},
		{"payment by reference alone is not dealt with here", "payment",
			he + "8.2 התמורה ותנאי התשלום לפי ההסכם העיקרי יישארו ללא שינוי.\n", Missing},
		{"English: fees only in another schedule", "payment",
			en + "5. Fees, expenses and invoicing are set out in the Purchase Order; this Statement of Work contains no pricing.\n", Missing},
		{"a reference with a due time is partial", "payment",
			he + "4. התמורה תהיה כמפורט בהצעת המחיר, ותשולם בתנאי שוטף + 30.\n", Partial},
		{"an amount without a due time is partial", "payment",
			en + "4. The fee is EUR 420 per visit plus VAT, invoiced monthly.\n", Partial},
		{"an amendment's 'all other terms unchanged' deals with none of them", "confidentiality",
			he + "7.1 יתר הוראות ההסכם, לרבות התעריפים, הוראות הסודיות והקניין הרוחני, יעמדו בתוקפן ללא שינוי.\n", Missing},
		{"English: all other terms remain unchanged", "intellectual_property",
			en + "7. All other terms of the Agreement, including confidentiality and intellectual property, remain unchanged.\n", Missing},
		{"a survival clause is not an amendment's carry-over", "confidentiality",
			he + "6.1 הספק ישמור בסודיות את המידע של המזמין. התחייבות זו תעמוד בתוקפה גם לאחר סיום ההסכם.\n", Present},
		{"swapping dishes within the quarter is flexibility", "flexibility",
			he + "3.3 במהלך הרבעון רשאית הרשת להחליף מנה בתפריט במנה אחרת, בהודעה של 5 ימי עסקים מראש.\n", Partial},
		{"ממנה is 'of it', not a dish", "flexibility",
			he + "6. החברה רשאית לבטל חלק ממנה בהודעה בכתב לספק.\n", Missing},
		{"extra work named in one sentence and priced in the next", "additional_services",
			en + "8. Anything not listed above is extra. We'll give you a price before we do it.\n", Partial},
		{"an additional insured is no additional service", "additional_services",
			en + "9. The Contractor shall maintain liability insurance of $2,000,000 naming the Customer as an additional insured.\n", Missing},
		{"a backup kept 30 days after the service ends is no timeline", "schedule",
			he + "9.3 עם סיום השירות, גיבוי מלא של האתר יהיה זמין להורדה במשך 30 יום, ולאחר מכן יימחק.\n", Missing},
		{"a warranty from handover is no timeline", "schedule",
			he + "5. אחריות על האיטום – 7 שנים מיום המסירה.\n", Missing},
		{"quote validity is no timeline", "schedule",
			en + "9. This quote is valid for 30 days from its date.\n", Missing},
		{"a timeline still is one", "schedule",
			he + "2. העבודות יחלו ביום 1.3.2026 ויסתיימו עד יום 30.4.2026.\n", Present},
		{"a letterhead identifies, it designates no contact", "contacts",
			"א.ש. שיפוצים – אלי שטרית\nעוסק מורשה 032819457 | רח' הנשיא 14, כפר סבא | 050-4418273 | eli.shitrit.reno@gmail.com\nהצעת מחיר\n1. העבודות\nפירוק ריצוף והתקנת ריצוף חדש בחדר הרחצה.\n", Missing},
		{"one planning meeting is a one-off joint activity", "shared_activities",
			en + "6.1 About six weeks before the event we will meet you at our studio to go through the plan for the day.\n", Partial},
		{"out of our control, then we talk", "unforeseen",
			en + "4. Rain and supplier hold-ups are out of our control; if they happen we'll talk to you about the best way forward.\n", Partial},
		{"our writers on our payroll", "independent_contractor",
			en + "4. Our writers are full-time employees on our payroll, so their salaries are our responsibility.\n", Partial},
		{"a right to use and share certificates", "intellectual_property",
			en + "8.2 You may use, copy and share our certificates with your customers as you wish.\n", Partial},
	} {
		if got := itemOf(review(t, e, tt.text), tt.item).Status; got != tt.want {
			t.Errorf("%s: %s %s, want %s", tt.name, tt.item, got, tt.want)
		}
	}
}
