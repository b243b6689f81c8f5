package main

// The content of the two sample agreements, as data. The hand-written
// .txt, .md and .html fixtures carry the same agreements; keep them in step
// when you change the wording here.

// kind is the role of a paragraph in the sample agreement.
type kind int

const (
	kTitle   kind = iota // document title (style Title)
	kPlain               // body paragraph without numbering
	kSection             // numbered heading, level 1 of the clause list ("1.")
	kClause              // numbered clause, level 2 ("1.1")
	kSub                 // numbered sub-clause, level 3 ("(א)" / "(a)")
	kAnnex               // unnumbered heading from a custom style with an outline level
	kItem                // item of a second, simple list ("1)")
	kTable               // a table; rows in para.rows
)

// span is a piece of a paragraph with one formatting: plain text, a tab, a
// line break, deleted or inserted text (tracked changes) or a footnote
// reference.
type span struct {
	text     string
	tab, br  bool
	del, ins bool
	footnote string // footnote text; the reference goes where the run is
}

type para struct {
	kind kind
	runs []span
	rows [][]string
}

type agreement struct {
	name   string // file name without extension
	rtl    bool   // Hebrew: right-to-left paragraphs and runs
	lang   string // w:lang value
	subFmt string // numFmt of the sub-clause level
	paras  []para
}

func t(s string) []span { return []span{{text: s}} }

func agreements() []agreement {
	return []agreement{english(), hebrew()}
}

func english() agreement {
	return agreement{
		name: "agreement-en", lang: "en-US", subFmt: "lowerLetter",
		paras: []para{
			{kind: kTitle, runs: t("Software as a Service Agreement")},
			{kind: kPlain, runs: t("This Agreement is made in Tel Aviv on 1.3.2026 between:")},
			{kind: kPlain, runs: t(`Dafna Systems Ltd., company no. 514567890 (the "Supplier"); and`)},
			{kind: kPlain, runs: t(`Gilboa Logistics Ltd., company no. 515123456 (the "Client").`)},
			{kind: kSection, runs: t("Definitions")},
			{kind: kClause, runs: t(`"Service" means the cloud inventory management service (SaaS) described in Annex A.`)},
			{kind: kClause, runs: t(`"Business Day" means Sunday to Thursday, excluding Israeli holidays and holiday eves.`)},
			{kind: kSection, runs: t("Fees and Payment")},
			{kind: kClause, runs: []span{
				{text: "The Client shall pay the Supplier a monthly subscription fee of ₪12,500 plus VAT at the lawful rate."},
				{footnote: "VAT is 18% as of 1.1.2025."},
			}},
			{kind: kClause, runs: t("Invoices are payable on terms of current month + 30 days (שוטף + 30).")},
			{kind: kSub, runs: t("Late payments bear interest of 1% per month.")},
			{kind: kSub, runs: t("The Supplier may suspend the Service after 14 days' written notice of non-payment.")},
			{kind: kSection, runs: t("Schedule")},
			{kind: kClause, runs: t("The Supplier shall deliver the milestones below:")},
			{kind: kTable, rows: [][]string{
				{"Milestone", "Date", "Payment"},
				{"System setup", "15.3.2026", "₪5,000"},
				{"User training", "1.4.2026", "₪2,500"},
			}},
			{kind: kSection, runs: t("Service Levels")},
			{kind: kClause, runs: []span{
				{text: "Monthly availability shall be at least "},
				{text: "99%", del: true},
				{text: "99.5%", ins: true},
				{text: "."},
			}},
			{kind: kClause, runs: t("For each full hour of downtime beyond that, the Client is entitled to a credit of ₪200, up to 10% of the monthly fee.")},
			{kind: kSection, runs: t("Term and Termination")},
			{kind: kClause, runs: t("Either party may terminate this Agreement with 60 days' prior written notice.")},
			{kind: kSection, runs: t("Contacts")},
			{kind: kClause, runs: t("Supplier: Yael Cohen, Account Manager, yael@dafna.co.il, 03-5551234.")},
			{kind: kClause, runs: t("Client: Moshe Levi, Operations Manager, moshe@gilboa.co.il, 04-6667890.")},
			{kind: kAnnex, runs: t("Annex A – Service Description")},
			{kind: kItem, runs: t("Hosting in an Israeli data center.")},
			{kind: kItem, runs: t("Daily backups kept for 30 days.")},
			{kind: kPlain, runs: []span{
				{text: "Supplier: ____________"}, {tab: true}, {text: "Client: ____________"},
				{br: true}, {text: "Date: 1.3.2026"},
			}},
		},
	}
}

func hebrew() agreement {
	return agreement{
		name: "agreement-he", rtl: true, lang: "he-IL", subFmt: "hebrew1",
		paras: []para{
			{kind: kTitle, runs: t("הסכם למתן שירותי תוכנה כשירות (SaaS)")},
			{kind: kPlain, runs: t("שנערך ונחתם בתל אביב ביום 1.3.2026 בין:")},
			{kind: kPlain, runs: t(`דפנה מערכות בע"מ, ח.פ. 514567890 (להלן: "הספק"); לבין`)},
			{kind: kPlain, runs: t(`גלבוע לוגיסטיקה בע"מ, ח.פ. 515123456 (להלן: "הלקוח").`)},
			{kind: kSection, runs: t("הגדרות")},
			{kind: kClause, runs: t(`"השירות" – שירות ניהול מלאי בענן במודל SaaS, כמפורט בנספח א'.`)},
			{kind: kClause, runs: t(`"יום עסקים" – ימים א' עד ה', למעט חגי ישראל וערבי חג.`)},
			{kind: kSection, runs: t("התמורה ותנאי התשלום")},
			{kind: kClause, runs: []span{
				{text: `הלקוח ישלם לספק דמי מנוי חודשיים בסך ₪12,500 בתוספת מע"מ כדין.`},
				{footnote: `שיעור המע"מ הוא 18% החל מיום 1.1.2025.`},
			}},
			{kind: kClause, runs: t("החשבוניות ישולמו בתנאי שוטף + 30 ממועד קבלתן.")},
			{kind: kSub, runs: t("איחור בתשלום יישא ריבית פיגורים בשיעור 1% לחודש.")},
			{kind: kSub, runs: t("הספק רשאי להשעות את השירות לאחר הודעה בכתב של 14 יום על אי-תשלום.")},
			{kind: kSection, runs: t("לוח זמנים")},
			{kind: kClause, runs: t("הספק יספק את אבני הדרך שלהלן:")},
			{kind: kTable, rows: [][]string{
				{"אבן דרך", "מועד", "תשלום"},
				{"הקמת המערכת", "15.3.2026", "₪5,000"},
				{"הדרכת משתמשים", "1.4.2026", "₪2,500"},
			}},
			{kind: kSection, runs: t("רמת שירות")},
			{kind: kClause, runs: []span{
				{text: "זמינות השירות תעמוד על "},
				{text: "99%", del: true},
				{text: "99.5%", ins: true},
				{text: " לפחות בכל חודש קָלֶנְדָּרִי."},
			}},
			{kind: kClause, runs: t("על כל שעה מלאה של השבתה מעבר לכך יזוכה הלקוח ב-₪200, עד 10% מדמי המנוי החודשיים.")},
			{kind: kSection, runs: t("תקופה וסיום")},
			{kind: kClause, runs: t("כל צד רשאי לסיים הסכם זה בהודעה מוקדמת בכתב של 60 יום.")},
			{kind: kSection, runs: t("אנשי קשר")},
			{kind: kClause, runs: t("מטעם הספק: יעל כהן, מנהלת לקוחות, yael@dafna.co.il, 03-5551234.")},
			{kind: kClause, runs: t("מטעם הלקוח: משה לוי, מנהל תפעול, moshe@gilboa.co.il, 04-6667890.")},
			{kind: kAnnex, runs: t("נספח א' – תיאור השירות")},
			{kind: kItem, runs: t("אחסון בחוות שרתים בישראל.")},
			{kind: kItem, runs: t("גיבוי יומי שנשמר 30 יום.")},
			{kind: kPlain, runs: []span{
				{text: "הספק: ____________"}, {tab: true}, {text: "הלקוח: ____________"},
				{br: true}, {text: "תאריך: 1.3.2026"},
			}},
		},
	}
}
