package review

import "testing"

// itemCase is one short agreement fragment and the status one item must get.
type itemCase struct {
	name string
	item string
	text string
	want Status
}

// TestItemsHebrew covers each item in Hebrew: present, partial, missing,
// negated or excluded, a look-alike word in another sense, no heading, and a
// heading without substance.
func TestItemsHebrew(t *testing.T) {
	runItemCases(t, []itemCase{
		// scope
		{"scope present", "scope", "1. השירותים\n1.1 הספק יבצע עבור הלקוח: (א) אפיון מערכת הזמנות; (ב) פיתוח האתר; (ג) הדרכת שני עובדים.", Present},
		{"scope no heading", "scope", "הספק מתחייב לספק ללקוח שירותי ניקיון יומיים במשרדי הלקוח ברחוב הרצל 1, לרבות ניקוי רצפות וחלונות.", Present},
		{"scope party names only", "scope", "הסכם בין אלפא בע\"מ לבין בטא בע\"מ.\n1. כללי\n1.1 ההסכם ייחתם בשני עותקים.", Missing},
		{"scope with placeholders", "scope", "1. השירותים\n1.1 הספק יבצע עבור הלקוח את השירותים הבאים: ________.", Partial},
		// schedule
		{"schedule present", "schedule", "2. לוח זמנים\n2.1 העבודה תחל ביום 1.3.2026 ותושלם לא יאוחר מיום 30.6.2026.", Present},
		{"schedule start only", "schedule", "2. לוח זמנים\n2.1 העבודה תחל ביום 1.3.2026, וההתקשרות היא ללא הגבלת זמן.", Partial},
		{"schedule only in recitals", "schedule", "הואיל והספק מתחייב לעמוד בלוחות זמנים קפדניים;\n1. כללי\n1.1 הספק יספק ללקוח שירותי ייעוץ.", Missing},
		{"schedule heading without substance", "schedule", "5. לוח זמנים\n6. סודיות\n6.1 הספק ישמור בסוד כל מידע.", Missing},
		{"schedule construct and article forms", "schedule", "3.1 תקופת ההתקשרות תהיה מיום 1.1.2026 ועד יום 31.12.2026.", Present},
		// payment
		{"payment present", "payment", "3. התמורה\n3.1 הלקוח ישלם לספק 12,500 ₪ בתוספת מע\"מ, בתנאי שוטף + 30.", Present},
		{"payment without due time", "payment", "3. התמורה\n3.1 הלקוח ישלם לספק 12,500 ₪ לחודש בתוספת מע\"מ, כנגד חשבונית.", Partial},
		{"payment with prefixes", "payment", "ובהתאם לכך, והתשלום יבוצע בהעברה בנקאית תוך 30 יום, כשהתמורה היא 4,000 ש\"ח.", Present},
		{"payment missing", "payment", "1. השירותים\n1.1 הספק יעצב לוגו לעסק.", Missing},
		// late payment
		{"late payment present", "late_payment", "4.1 סכום שלא ישולם במועד יישא ריבית בשיעור 1.5% לחודש.", Present},
		{"late payment blank rate", "late_payment", "4.1 תשלום שלא שולם במועדו יישא ריבית בשיעור ___% לחודש.", Partial},
		{"late payment excluded", "late_payment", "4.1 איחור בתשלום של עד 30 ימים לא יזכה את הקבלן בריבית. לא תחול ריבית על איחור בתשלום.", Partial},
		{"late payment missing", "late_payment", "3.1 הלקוח ישלם לספק 5,000 ₪ בשוטף + 30.", Missing},
		// additional services
		{"additional present", "additional_services", "8. שירותים נוספים יבוצעו לפי הזמנה בכתב של הלקוח ויתומחרו לפי תעריף של 250 ₪ לשעה.", Present},
		{"additional priced separately", "additional_services", "4.2 קמפיינים ממומנים וצילומים מקצועיים יתומחרו בנפרד.", Partial},
		// unforeseen
		{"force majeure present", "unforeseen", "9. כוח עליון\n9.1 צד לא יישא באחריות לאיחור שנגרם עקב מלחמה או מגפה, והמועדים יידחו בהתאם.", Present},
		{"force majeure heading without substance", "unforeseen", "9. כוח עליון\n10. סודיות\n10.1 הספק ישמור בסוד כל מידע.", Missing},
		{"force majeure acknowledgement only", "unforeseen", "29. במקרה של כוח עליון יפעלו הצדדים בהתאם להוראות הדין.", Partial},
		{"force majeure in a gym", "unforeseen", "5. המאמן יעביר אימון כוח עליון לקבוצת המתאמנים פעמיים בשבוע.", Missing},
		// communication
		{"communication present", "communication", "5.1 הספק ישלח דוח סטטוס שבועי בדוא\"ל ויענה לפניות תוך יום עסקים.", Present},
		{"communication channel only", "communication", "12. התקשורת בינינו תהיה בוואטסאפ ובמייל.", Partial},
		// meeting summaries
		{"summaries present", "meeting_summaries", "5.4 לאחר כל פגישה ישלח הספק סיכום פגישה בכתב לכל המשתתפים תוך יומיים.", Present},
		{"summaries optional", "meeting_summaries", "4.4 ככל הניתן, יופץ סיכום לאחר כל פגישה.", Partial},
		// flexibility
		{"flexibility present", "flexibility", "3.1 אחת לחודש יבחנו הצדדים את ההתקדמות ויוכלו לעדכן את תכנית העבודה ואת סדרי העדיפויות.", Present},
		// changes
		{"changes present", "changes", "7. שינויים\n7.1 בקשת שינוי תוגש בכתב; הספק ימסור הערכה של השפעת השינוי על התמורה ולוח הזמנים, והשינוי ייכנס לתוקף לאחר אישורו בכתב ובחתימת שני הצדדים.", Present},
		{"changes writing only", "changes", "13.1 כל שינוי בהוראות הסכם זה ייעשה בכתב ובחתימת שני הצדדים.", Partial},
		{"change of control is not a change procedure", "changes", "11.1 שינוי שליטה בספק יחייב הודעה ללקוח.", Missing},
		// sanctions
		{"liquidated damages", "sanctions", "7.1 איחור במסירה יזכה את הלקוח בפיצוי מוסכם של 500 ₪ לכל יום איחור.", Present},
		{"termination for breach with cure", "sanctions", "7.2 הפר צד הוראה של ההסכם ולא תיקן את ההפרה תוך 7 ימים מקבלת התראה בכתב, רשאי הצד השני לבטל את ההסכם.", Present},
		{"liquidated damages excluded", "sanctions", "6.3 לא יחולו פיצויים מוסכמים בגין איחור.", Partial},
		{"insurer compensation is not a sanction", "sanctions", "11.2 הספק יחזיק פוליסת ביטוח, וחברת הביטוח תשלם פיצוי לצד שלישי שניזוק.", Missing},
		// dispute resolution
		{"disputes present", "dispute_resolution", "13.1 על ההסכם יחולו דיני מדינת ישראל, וסמכות השיפוט הייחודית תהיה לבתי המשפט בתל אביב.", Present},
		{"disputes forum only", "dispute_resolution", "35. סמכות השיפוט הייחודית תהיה לבתי המשפט המוסמכים בבאר שבע.", Partial},
		// termination
		{"termination present", "termination", "8.1 כל צד רשאי לסיים את ההסכם בהודעה בכתב של 14 ימים מראש.\n8.2 עם סיום ההסכם ישלם הלקוח בגין השירותים שניתנו.", Present},
		{"termination without effects", "termination", "2. כל צד רשאי להביא הסכם זה לידי סיום בהודעה בכתב לצד השני, 60 ימים מראש.", Partial},
		{"termination excluded", "termination", "8.1 הלקוח לא יהיה רשאי לבטל את ההסכם לפני תום 12 חודשים.", Partial},
		// collaboration, shared activities, contacts
		{"collaboration present", "collaboration", "4.1 הצדדים ישתפו פעולה להשגת יעד משותף של הפחתת העלויות ב-10%.", Present},
		{"shared activities present", "shared_activities", "11. הצדדים יקיימו ישיבת פתיחה ולאחריה סקירה רבעונית משותפת של הפרויקט.", Present},
		{"contacts present", "contacts", "12.1 נציג הלקוח: מר שמעון כהן, 050-6623311, shimon@example.co.il; בהיעדרו: גב' לימור לוי, 052-8812045.", Present},
		{"contacts without substitute", "contacts", "6. אנשי קשר\n6.1 מטעם המלון: רונית גפני, מנהלת המלון, 054-7781230, ronit@example.co.il.", Partial},
		{"contact us is not a contact person", "contacts", "10.1 לשאלות ניתן לפנות בטופס צור קשר באתר.", Missing},
		// protections
		{"confidentiality", "confidentiality", "7.1 הספק ישמור בסודיות את כל המידע של הלקוח ולא יעבירו לצד שלישי.", Present},
		{"independent contractor", "independent_contractor", "9.1 הספק נותן את השירותים כקבלן עצמאי, ולא יתקיימו בינו לבין הלקוח יחסי עובד-מעביד.", Present},
		{"liability limited without amount", "liability", "7.3 אחריות היועץ לכל נזק תהיה מוגבלת.", Partial},
		{"ip ownership", "intellectual_property", "9. עם התשלום המלא יעברו ללקוחה כל הזכויות בלוגו, לרבות זכויות היוצרים.", Present},
		{"niqqud does not hide a cue", "independent_contractor", "הַיּוֹעֵץ נותן את השירותים כְּקַבְּלָן עַצְמָאִי, ואין בינו לבין החברה יחסי עובד ומעביד.", Present},
	})
}

// TestItemsEnglish covers the items in English, including inflection,
// negation and distractors.
func TestItemsEnglish(t *testing.T) {
	runItemCases(t, []itemCase{
		{"scope present", "scope", "1. Services\n1.1 The Supplier shall provide the following services: (a) design of a logo; (b) a two-page website; (c) two rounds of revisions.", Present},
		{"scope reference only", "scope", "1.1 These Terms apply to every appointment of the Consultant by the Client.", Missing},
		{"schedule present", "schedule", "2.1 The work shall commence on March 1, 2026 and shall be completed no later than June 30, 2026.", Present},
		{"schedule of fees is not a timeline", "schedule", "3.1 Additional work is charged at the hourly rates in our Schedule of Fees.", Missing},
		{"payment present", "payment", "3. Fees\n3.1 The Client shall pay the Supplier $4,000 per month; invoices are payable net 30.", Present},
		{"payment invoiced monthly only", "payment", "3.1 The Client will pay a fixed fee of NIS 184,000 plus VAT in three monthly instalments.", Partial},
		{"late payment present", "late_payment", "Any amount not paid when due shall bear interest at 1.5% per month.", Present},
		{"late payment excluded", "late_payment", "No interest, late fees or penalties shall be payable by the City on late payments.", Partial},
		{"additional services present", "additional_services", "Additional work outside the scope shall be performed only on a written change order and charged at USD 120 per hour.", Present},
		{"force majeure present", "unforeseen", "Neither party shall be liable for delay caused by events beyond its reasonable control, such as war or epidemic; the time for performance shall be extended accordingly.", Present},
		{"communication present", "communication", "The Supplier shall send a weekly status report by e-mail and respond to inquiries within one business day.", Present},
		{"meeting summaries present", "meeting_summaries", "After each meeting the Supplier shall circulate written minutes to all participants within two business days.", Present},
		{"meeting the specification is not a meeting", "meeting_summaries", "We are not responsible for meeting the specification of any product selected by others.", Missing},
		{"changes present", "changes", "Either party may submit a change request in writing; the Supplier shall estimate its impact on cost and schedule, and the change takes effect once approved in writing by both parties.", Present},
		{"changes writing only", "changes", "This Agreement may be amended only in writing signed by both parties.", Partial},
		{"change of address is not a change procedure", "changes", "Each party shall give notice of any change of address.", Missing},
		{"service credits", "sanctions", "Service Levels: for each point below 99% availability the Customer receives a service credit of 5% of the monthly fee.", Present},
		{"penalties excluded", "sanctions", "No service credits or penalties shall apply to the Supplier for late delivery.", Partial},
		{"disputes present", "dispute_resolution", "This Agreement is governed by the laws of England and Wales, and the courts of London have exclusive jurisdiction.", Present},
		{"termination present", "termination", "Either party may terminate this Agreement on 30 days' written notice. Upon termination the Client shall pay for services rendered up to the termination date.", Present},
		{"contacts present", "contacts", "Client: Alyssa Chen, Content Marketing Manager, alyssa@example.com. Writer: Jordan Ellis, jordan@example.com; in her absence, her deputy Sam Lee.", Present},
		{"independent contractor", "independent_contractor", "The Writer is an independent contractor and not an employee of the Client.", Present},
		{"shall not disclose is confidentiality", "confidentiality", "The Supplier shall not disclose the Client's confidential information to any third party.", Present},
		{"shall not be liable is a liability clause", "liability", "The Supplier shall not be liable for indirect or consequential damages.", Present},
	})
}

func runItemCases(t *testing.T, cases []itemCase) {
	t.Helper()
	e := newTestEngine(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			rep := review(t, e, tc.text)
			it := itemOf(rep, tc.item)
			if it.ID == "" {
				t.Fatalf("item %s not in report", tc.item)
			}
			if it.Status != tc.want {
				t.Errorf("%s = %s (missing %v, evidence %v), want %s", tc.item, it.Status, it.Missing, it.Evidence, tc.want)
			}
			if it.Status != Missing && len(it.Evidence) == 0 {
				t.Errorf("%s is %s without evidence", tc.item, it.Status)
			}
			if it.Status == Missing && len(it.Evidence) != 0 {
				t.Errorf("%s is missing but has evidence %v", tc.item, it.Evidence)
			}
		})
	}
}
