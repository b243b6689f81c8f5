package review

import (
	"testing"

	"github.com/heskem/heskem/internal/hebrew"
)

// TestDatesWithoutYear checks the scanner's dates written without a year:
// a day and a month name in English and Hebrew ("from 2 June to 22 August
// 2025", "June 2", "ב-15 באוגוסט"), and a Hebrew day.month after a date word
// or the prefix ב/מ ("ביום 15.8", "עד ה-11/9"). A clause number, a decimal
// with its unit and an English modal verb ("the Client may 2 …") are no
// dates.
func TestDatesWithoutYear(t *testing.T) {
	e := newTestEngine(t)
	for _, tt := range []struct {
		text string
		want []string // the dates' text, in order
	}{
		{"for 12 weeks from 2 June to 22 August 2025.", []string{"2 june", "22 august 2025"}},
		{"the event on June 14 at the hall", []string{"june 14"}},
		{"the Client may 2 weeks later", nil},
		{"in March 3 sessions are held", nil},
		{"העבודות יבוצעו עד 20 באוגוסט", []string{"20 באוגוסט"}},
		{"האירוע יתקיים ביום 15.8 בשעה 19:00", []string{"15.8"}},
		{"המסירה עד ה-11/9, ללא דחייה", []string{"11/9"}},
		{"פגישת התנעה ב-5.1 במשרדי הלקוח", []string{"5.1"}},
		{"החל מה-1.9 ועד ה-30.6", []string{"1.9", "30.6"}},
		{"כאמור בסעיף 5.1 לעיל", nil},
		{"מועד האירוע: 14.6, בערב", []string{"14.6"}},
		{"סעיף: 14.6 לעיל", nil},
		{"5.1 הספק יספק את השירותים", nil},
		{"הייעוץ יינתן עד 2.5 שעות בחודש", nil},
		{"הריבית תעלה ב-1.5% לשנה", nil},
		{"הסכום יעמוד על 1.5 מיליון ₪", nil},
		{"ביום 31.2 לא קיים", nil},
		{"ביום 1.3.2026", []string{"1.3.2026"}},
	} {
		rs := hebrew.Normalize(tt.text).Runes
		sc := e.scan(rs)
		var got []string
		for _, d := range sc.dates {
			got = append(got, string(rs[d.start:d.end]))
		}
		if len(got) != len(tt.want) {
			t.Errorf("%q: dates %q, want %q", tt.text, got, tt.want)
			continue
		}
		for k := range got {
			if got[k] != string(hebrew.Normalize(tt.want[k]).Runes) {
				t.Errorf("%q: date %d is %q, want %q", tt.text, k, got[k], tt.want[k])
			}
		}
	}
}

// TestDateBlank checks which blanks stand for a date: those that name one
// and those after a date word; a blank for a name or an amount does not.
func TestDateBlank(t *testing.T) {
	e := newTestEngine(t)
	for _, tt := range []struct {
		text, blank string
		want        bool
	}{
		{"ההפלגה תצא בתאריך ________ בשעה", "________", true},
		{"מועד האירוע: ______", "______", true},
		{"The event will take place on [DATE].", "[DATE]", true},
		{"Date: ________", "________", true},
		{"Approved by: ________", "________", false},
		{"שם הלקוח: [שם]", "[שם]", false},
		{"The fee is ______ per month.", "______", false},
	} {
		rs := hebrew.Normalize(tt.text).Runes
		b := []rune(string(hebrew.Normalize(tt.blank).Runes))
		s := -1
		for i := 0; i+len(b) <= len(rs); i++ {
			if string(rs[i:i+len(b)]) == string(b) {
				s = i
				break
			}
		}
		if s < 0 {
			t.Fatalf("%q: blank %q not found", tt.text, tt.blank)
		}
		if got := e.dateBlank(rs, s, s+len(b)); got != tt.want {
			t.Errorf("%q: dateBlank(%q) = %v, want %v", tt.text, tt.blank, got, tt.want)
		}
	}
}

// TestYearlessDatesStayOutOfTerms checks that a date without its year
// counts for the timeline but is neither a key-term date nor compared
// with another statement of the same date: "from 2 June" and "from 1
// June 2026" are not inconsistent, since the first has no year to compare.
func TestYearlessDatesStayOutOfTerms(t *testing.T) {
	e := newTestEngine(t)
	rep := review(t, e, "Services Agreement\n\n1. The services start on 2 June and end on 22 August 2026.\n\n2. The services start on 1 June 2026.\n")
	if got := itemOf(rep, "schedule").Status; got == Missing {
		t.Errorf("schedule = %s, want dealt with", got)
	}
	for _, d := range rep.Terms.Dates {
		if d.Value == "0000-06-02" || d.Text == "2 June" {
			t.Errorf("key terms list the date without a year: %+v", d)
		}
	}
	if len(rep.Terms.Dates) != 2 {
		t.Errorf("key-term dates = %d, want 2 (22 August 2026 and 1 June 2026)", len(rep.Terms.Dates))
	}
	for _, f := range rep.Findings {
		if f.Kind == KindInconsistentDate {
			t.Errorf("a date without a year was compared: %+v", f)
		}
	}
}

// TestRound15Generalizations pins round 15's lexicon classes, found by
// probe clauses written from language knowledge (not from any corpus):
// a fee reduced or deducted for each failure is a sanction; Hebrew
// non-payment in the past tense and the conditional inversion ("לא שילם
// המזמין …, רשאי …") has its consequence; a dispute heard in a named court
// is a forum; a plural or feminine disclaimer of liability is liability.
// Each family has look-alikes that keep their decision.
func TestRound15Generalizations(t *testing.T) {
	e := newTestEngine(t)
	checkDealt(t, e, []dealtCase{
		{"English: the fee reduced for each day late", "sanctions",
			"7. For each business day that the Report is delivered late, the Consultant's fee shall be reduced by $200.\n", Partial},
		{"English: a deduction for each missed KPI", "sanctions",
			"9. The Authority may make a deduction of €250 for each occasion on which a Key Performance Indicator is missed.\n", Partial},
		{"English: each failure reduces the monthly fee", "sanctions",
			"4. Each failure to meet the response times in Annex 2 will reduce the monthly fee by 2%.\n", Partial},
		{"English: the bid security forfeited", "sanctions",
			"12. The Bidder's bid security will be forfeited if the Bidder refuses to sign the Contract.\n", Partial},
		{"English: a fee reduced by agreement is no sanction", "sanctions",
			"3. The monthly fee will be reduced by 10% from the second year of the agreement.\n", Missing},
		{"English: inspection deficiencies to be corrected are the work itself", "sanctions",
			"5. The inspector will list each deficiency found in the lifts and agree the order of correction with the owner.\n", Missing},
		{"Hebrew: the client did not pay, delivery withheld", "late_payment",
			"6. לא שילם המזמין את התמורה בתוך 30 יום מהמועד הנקוב בחשבונית, רשאי נותן השירות לעכב את מסירת התוצרים.\n", Present},
		{"Hebrew: access blocked until the balance is paid", "late_payment",
			"4. לא שולמו דמי המנוי במועדם, נהיה רשאים לחסום את הגישה לחשבונך.\n", Present},
		{"Hebrew: held until the full payment is received", "late_payment",
			"8. הקבצים הפתוחים יימסרו עד לקבלת התשלום המלא.\n", Present},
		{"Hebrew: changes in the prime rate are no late payment", "late_payment",
			"3. היועץ אינו אחראי לשינויים בריבית הפריים או במדד.\n", Missing},
		{"Hebrew: disputes heard in the magistrate's court", "dispute_resolution",
			"11. סכסוכים בין הצדדים יתבררו בבית משפט השלום ברחובות.\n", Partial},
		{"Hebrew: claims heard in the courts of Ireland", "dispute_resolution",
			"9. התביעות הנוגעות לשירות יידונו בבתי המשפט של אירלנד.\n", Partial},
		{"Hebrew: an apostille from the court's office is no forum", "dispute_resolution",
			"לא כלול: אפוסטיל. את האפוסטיל מנפיקה מזכירות בית משפט השלום, בתוספת 150 ₪ לכל מסמך.\n", Missing},
		{"Hebrew: representation before the labour court is a service, no forum", "dispute_resolution",
			"2.2 השירותים אינם כוללים ייצוג בבית הדין לעבודה או חישוב זכויות לצורך תביעה.\n", Missing},
		{"Hebrew: the organisers are not liable for lost property", "liability",
			"7. המארגנים אינם אחראים לאובדן או לגניבה של חפצים אישיים במהלך האירוע.\n", Partial},
		{"Hebrew: the company's liability shall not exceed", "liability",
			"12. בכל מקרה לא תעלה חבות החברה על הסכום ששולם בפועל.\n", Present},
		{"Hebrew: cleaning not included, ordered separately at a price", "additional_services",
			"4. ניקיון לאחר שיפוץ אינו כלול במחיר, וניתן להזמינו בנפרד בעלות של 15 ₪ למ\"ר.\n", Present},
		{"Hebrew: work outside the services against an approved quote", "additional_services",
			"7. נדרש הספק לבצע עבודה שאינה בגדר השירותים, יגיש הצעת מחיר, והעבודה תבוצע רק לאחר אישור ההצעה בכתב.\n", Present},
		{"Hebrew: VAT not included is no extra service", "additional_services",
			"3. המחיר לחודש הוא 900 ₪. מע\"מ אינו כלול במחיר ויחויב בנפרד.\n", Missing},
		{"Hebrew: the parties develop the curriculum together", "collaboration",
			"3. הצדדים יפתחו יחד את תכנית הלימודים, וכל צד יהיה אחראי לפרקים שהוקצו לו.\n", Partial},
		{"Hebrew: the parties keep each other informed", "collaboration",
			"5. הצדדים יפעלו בשקיפות ויעדכנו זה את זה בכל עניין העלול להשפיע על הצלחת המיזם.\n", Partial},
		{"Hebrew: the user supplies accurate information", "collaboration",
			"4. המשתמש יספק לנו מידע מדויק הנדרש למתן השירות.\n", Partial},
		{"Hebrew: comments on a delivery within days are acceptance, no collaboration", "collaboration",
			"2.8 קבלה: מנהלת המותג תמסור את הערותיה על כל מסירה בתוך 3 ימי עסקים.\n", Missing},
		{"Hebrew: the parties' representatives meet monthly", "communication",
			"6. נציגי הצדדים ייפגשו אחת לחודש במשרדי המזמין לסקירת התקדמות העבודה.\n", Partial},
		{"Hebrew: a status update every two hours", "communication",
			"9. בתקלה קריטית הספק ימסור עדכון סטטוס כל שעתיים עד לפתרונה.\n", Partial},
		{"English: a video call every Monday", "communication",
			"4. The project teams will hold a 30-minute video call every Monday at 10:00 to review progress.\n", Partial},
		{"English: progress photographs by email each week", "communication",
			"7. The Client will receive progress photographs of the Works by email at the end of each week.\n", Partial},
		{"English: acceleration on default in payment", "late_payment",
			"9. Should the Purchaser default in payment of any instalment, the entire unpaid balance shall immediately become due and payable.\n", Present},
		{"English: membership lapses when not paid", "late_payment",
			"3. Membership lapses automatically if the annual subscription is not paid within 30 days of the renewal date.\n", Present},
		{"English: invoicing monthly in arrears is no late payment", "late_payment",
			"5.3 The Supplier will invoice the Charges monthly in arrears; extra work is charged at the same rates.\n", Missing},
		{"Hebrew: a copula agrees with its adjective: we do not promise results", "liability",
			"7. איננו מתחייבים לתוצאות הקמפיין.\n", Partial},
		{"Hebrew: the site goes live within days of the content", "schedule",
			"5. האתר יעלה לאוויר בתוך 60 יום ממועד קבלת התכנים.\n", Present},
		{"Hebrew: the camp runs between two dates without a year", "schedule",
			"2. הקייטנה תפעל בין התאריכים 1.7 ל-31.7, בימים א'-ה'.\n", Present},
		{"Hebrew: an emergency that lasts beyond days is no timeline", "schedule",
			"8.3 נמשך מצב החירום יותר מ-30 ימים, יעודכנו מועדי התוכנית לפי סעיף 6.2.\n", Missing},
		{"English: a class action waiver", "dispute_resolution",
			"14. You and the Company agree that each may bring claims against the other only in an individual capacity, and not as a plaintiff or class member in any purported class or representative proceeding.\n", Partial},
		{"English: a complaint referred to the ombudsman", "dispute_resolution",
			"If you are unhappy with how we have handled your complaint, you can refer it to the Financial Ombudsman Service free of charge.\n", Partial},
		{"English: adjudication notes of image readers are no dispute resolution", "dispute_resolution",
			"9.4 All annotations, labels and adjudication notes created under the project shall vest in the Client upon their creation.\n", Missing},
		{"Hebrew: breach of a non-compete costs a fixed sum", "sanctions",
			"9. הפרת ההתחייבות לאי-תחרות תחייב את היועץ בתשלום סך של 100,000 ₪ לחברה.\n", Partial},
		{"Hebrew: payment withheld while a breach is not cured", "sanctions",
			"6. המזמין רשאי לעכב כל תשלום המגיע לספק כל עוד לא תוקנה ההפרה.\n", Partial},
		{"Hebrew: a consumer cancels a transaction within 14 days", "termination",
			"8. ביטול עסקה יתאפשר בתוך 14 יום ממועד ביצועה, בהתאם לחוק הגנת הצרכן, בניכוי דמי ביטול בשיעור 5%.\n", Partial},
		{"Hebrew: a student who cancels gets the unused part back", "termination",
			"6. ביטל התלמיד את השתתפותו בקורס לאחר תחילתו, יוחזר לו החלק היחסי של שכר הלימוד.\n", Partial},
		{"Hebrew: a course's structure with participation is no termination", "termination",
			"2. מפגש עיוני של 4 שעות בחדר ההדרכה, ובסיום תעודת השתתפות לכל נהג.\n", Missing},
		{"Hebrew: a trip cancelled for a travel warning is refunded", "unforeseen",
			"7. בוטל הטיול בשל מצב ביטחוני או אזהרת מסע, יוחזרו למשתתפים מלוא הכספים ששולמו.\n", Partial},
		{"Hebrew: work may be delayed by outside factors", "unforeseen",
			"5. המזמין מכיר בכך שעבודות בשטח עלולות להתעכב בשל גורמים חיצוניים.\n", Partial},
		{"Hebrew: results passed to the health ministry are no unforeseen event", "unforeseen",
			"4.2 התוצאות יימסרו ללקוח בלבד ולא יועברו לצד שלישי, למעט דיווח למשרד הבריאות כנדרש על פי דין.\n", Missing},
		{"Hebrew: cookies and how to block them", "data_protection",
			"9. האתר משתמש בקובצי עוגיות (Cookies) לצורך תפעולו; ניתן לחסום אותם בהגדרות הדפדפן.\n", Partial},
		{"Hebrew: your personal details are not passed on", "data_protection",
			"6. לא נעביר את פרטיך האישיים לצדדים שלישיים, למעט לספקים המסייעים לנו בתפעול האתר.\n", Partial},
		{"Hebrew: a booking cancelled when the card company declines it", "late_payment",
			"3. עסקה שלא תאושר על ידי חברת האשראי תבוטל, וההזמנה לא תיכנס לתוקף.\n", Present},
		{"Hebrew: the balance not paid before departure, the booking cancelled", "late_payment",
			"5. לא שולמה יתרת התשלום עד 21 יום לפני מועד היציאה, רשאית החברה לבטל את ההזמנה.\n", Present},
		{"Hebrew: a subscription valid for twelve months from purchase", "schedule",
			"2. המנוי תקף ל-12 חודשים ממועד הרכישה.\n", Partial},
		{"Hebrew: an offer valid for thirty days is no timeline", "schedule",
			"9. הצעה זו תקפה ל-30 יום ממועד הוצאתה.\n", Missing},
		{"Hebrew: no change to the specification without written approval", "changes",
			"3. הספק לא יבצע כל שינוי במפרט ללא אישור מוקדם ובכתב של המזמין.\n", Partial},
		{"Hebrew: a purchase order changed only by a change-order document", "changes",
			"7. הזמנת רכש זו לא תשונה אלא במסמך שינוי הזמנה חתום בידי מורשה החתימה של הקונה.\n", Partial},
		{"English: a subscription paused for up to three months", "flexibility",
			"6. You can pause your subscription for up to three months in any year.\n", Partial},
		{"English: the agency shifts up to 20% of the budget between channels", "flexibility",
			"4. The Agency may shift up to 20% of the media budget between channels according to campaign performance.\n", Partial},
		{"English: work outside the monthly plan is quoted first, no flexibility", "flexibility",
			"Project work. Anything outside your monthly plan, such as moving premises, we'll quote in writing first.\n", Missing},
		{"English: staff work in shifts, no flexibility", "flexibility",
			"3. Guards work in 12-hour shifts; each shift starts at 07:00 or 19:00.\n", Missing},
		{"English: works completed by a date", "schedule",
			"4. The Contractor shall complete the Works by 31 March 2026.\n", Partial},
		{"Hebrew: the report delivered by a date", "schedule",
			"5. הדוח הסופי יימסר לא יאוחר מיום 30.6.2026.\n", Partial},
		{"English: a warranty that ends on a date is no timeline", "schedule",
			"9. The warranty on the installed equipment ends on 31 March 2027.\n", Missing},
		{"Hebrew: a bounced cheque costs a handling fee", "late_payment",
			"4. שיק שיחולל יחויב בדמי טיפול בסך 35 ₪, והמזמין יידרש להחליפו במזומן.\n", Present},
		{"Hebrew: a shuttle leaves and returns on dates without a year", "schedule",
			"2. ההסעה לפסטיבל תצא ביום חמישי, 3 בספטמבר, בשעה 16:00, והחזרה תצא מהאתר ביום שבת בשעה 12:00.\n", Present},
		{"Hebrew: an activity on a day without a year, with its hours", "schedule",
			"3. מועד הפעילות: 14.6, בין השעות 10:00–13:00.\n", Present},
		{"Hebrew: duties that survive without a time limit are no timeline", "schedule",
			"6.1 התחייבויותיי לפי כתב זה יעמדו בתוקפן גם לאחר סיום מתן השירותים, ללא הגבלת זמן.\n", Missing},
		{"Hebrew: a traveller who endangers others is removed without a refund", "sanctions",
			"7. נוסע שיתנהג באופן המסכן את עצמו או אחרים יורחק מהטיול על חשבונו ולא יהיה זכאי להחזר כספי.\n", Partial},
		{"Hebrew: the college may change the timetable and the lecturers", "changes",
			"4. המכללה שומרת לעצמה את הזכות לשנות את מערכת השעות ואת זהות המרצים, ותודיע על כך לסטודנטים מראש.\n", Partial},
		{"Hebrew: a reminder sent through the app before the lesson", "communication",
			"3. תזכורת על השיעור תישלח אליכם באפליקציה 24 שעות לפני מועדו.\n", Partial},
		{"Hebrew: a student who stops studying gives written notice", "termination",
			"8. סטודנט המבקש להפסיק את לימודיו יגיש הודעה על הפסקת לימודים בכתב למזכירות.\n", Partial},
		{"Hebrew: a deposit at booking and the balance before departure", "payment",
			"3. בעת ההזמנה תשולם מקדמה בסך 25% מהמחיר הכולל; היתרה תשולם עד 30 יום לפני מועד היציאה.\n", Present},
		{"Hebrew: extra content packs bought in the app", "additional_services",
			"5. מנויי הפרימיום יכולים לרכוש חבילות תוכן נוספות מתוך האפליקציה; המחיר יוצג לפני אישור הרכישה.\n", Partial},
		{"Hebrew: no partnership between the consultant and the company is no collaboration", "collaboration",
			"9. אין בהסכם זה כדי ליצור כל יחסי שותפות בין היועץ לבין החברה.\n", Missing},
		{"Hebrew: departure and return dates left blank", "schedule",
			"3. ההפלגה תצא בתאריך ________ בשעה ______ ותחזור בתאריך ________.\n", Partial},
		{"English: an event on a date left as [DATE]", "schedule",
			"3. The event will take place on [DATE] from [TIME] to [TIME].\n", Partial},
		{"Hebrew: a product warranty is no liability", "liability",
			"5. למוצר אחריות יצרן לשנה מיום הרכישה.\n", Missing},
	})
}
