package notify

// texts are the sentences of the emails in one language. Placeholders are
// fmt verbs in the order the comment gives. Hebrew sentences are written to
// read naturally in either gender, or use the conventional slash form.
type texts struct {
	hello     string // name
	viaBackup string // away contact's name, their email
	// subjects: [kind][occasion] → item title, amount (payments only), date, days late (escalation), agreement title
	subject map[ItemKind]map[Occasion]string
	// opening sentence: [kind][occasion] → item title, amount (payments), agreement title, date, days
	opening       map[ItemKind]map[Occasion]string
	escalationWhy string // party name
	inDays        string // n
	today         string
	tomorrow      string
	factAgreement string
	factParties   string
	factSupplier  string
	factClient    string
	factDue       string
	factAmount    string
	factOwed      string
	penalty       string // clause, amount
	penaltyCapped string
	penaltyFinal  string
	terminate     string // date
	interest      string // clause, amount
	link          string
	footer        string
	// digest
	digestSubject  string // date, overdue count, due-soon count
	digestHello    string // name
	digestIntro    string // date
	digestOverdue  string
	digestDueSoon  string // days
	digestLate     string // days late
	digestDueIn    string // days
	digestDueToday string
	milestoneWord  string
	noticeWord     string
	paymentWord    string
}

var hebrew = texts{
	hello:     "שלום %s,",
	viaBackup: "הודעה זו נשלחת אליך כגיבוי של %s (%s), המסומן/ת כלא זמין/ה כרגע.",
	subject: map[ItemKind]map[Occasion]string{
		MilestoneItem: {
			DueSoon:    "תזכורת: מסירת „%[1]s” עד %[3]s — %[5]s",
			DueNext:    "תזכורת אחרונה: מסירת „%[1]s” עד %[3]s — %[5]s",
			Overdue:    "באיחור: מסירת „%[1]s” הייתה עד %[3]s — %[5]s",
			Escalation: "הסלמה: מסירת „%[1]s” באיחור של %[4]d ימים — %[5]s",
		},
		PaymentItem: {
			DueSoon:    "תזכורת תשלום: „%[1]s” (%[2]s) עד %[3]s — %[5]s",
			DueNext:    "תזכורת אחרונה לתשלום: „%[1]s” (%[2]s) עד %[3]s — %[5]s",
			Overdue:    "תשלום באיחור: „%[1]s” (%[2]s) היה לתשלום עד %[3]s — %[5]s",
			Escalation: "הסלמה: התשלום „%[1]s” (%[2]s) באיחור של %[4]d ימים — %[5]s",
		},
		NoticeItem: {
			DueSoon: "תזכורת: הודעה על אי-חידוש ההסכם „%[1]s” – עד %[3]s",
			DueNext: "תזכורת אחרונה: הודעה על אי-חידוש ההסכם „%[1]s” – עד %[3]s",
		},
	},
	opening: map[ItemKind]map[Occasion]string{
		MilestoneItem: {
			DueSoon:    "אבן הדרך „%[1]s” בהסכם „%[3]s” צריכה להימסר עד %[4]s (%[5]s).",
			DueNext:    "אבן הדרך „%[1]s” בהסכם „%[3]s” צריכה להימסר עד %[4]s (%[5]s). זו התזכורת האחרונה לפני המועד.",
			Overdue:    "אבן הדרך „%[1]s” בהסכם „%[3]s” הייתה צריכה להימסר עד %[4]s, והיא באיחור של %[5]s ימים.",
			Escalation: "אבן הדרך „%[1]s” בהסכם „%[3]s” הייתה צריכה להימסר עד %[4]s, והיא באיחור של %[5]s ימים.",
		},
		PaymentItem: {
			DueSoon:    "התשלום „%[1]s” בסך %[2]s בהסכם „%[3]s” מועדו עד %[4]s (%[5]s).",
			DueNext:    "התשלום „%[1]s” בסך %[2]s בהסכם „%[3]s” מועדו עד %[4]s (%[5]s). זו התזכורת האחרונה לפני המועד.",
			Overdue:    "התשלום „%[1]s” בסך %[2]s בהסכם „%[3]s” היה לתשלום עד %[4]s, והוא באיחור של %[5]s ימים.",
			Escalation: "התשלום „%[1]s” בסך %[2]s בהסכם „%[3]s” היה לתשלום עד %[4]s, והוא באיחור של %[5]s ימים.",
		},
		NoticeItem: {
			DueSoon: "ההסכם „%[1]s” מתחדש אוטומטית. מי שאינו/אינה רוצה בחידוש צריך/ה למסור הודעה בכתב עד %[4]s (%[5]s); אחרת ההסכם יימשך לתקופה נוספת.",
			DueNext: "ההסכם „%[1]s” מתחדש אוטומטית. מי שאינו/אינה רוצה בחידוש צריך/ה למסור הודעה בכתב עד %[4]s (%[5]s); אחרת ההסכם יימשך לתקופה נוספת. זו התזכורת האחרונה לפני המועד.",
		},
	},
	escalationWhy:  "ההודעה נשלחת אליך כאיש/אשת הקשר להסלמה מטעם %s, כי האיחור עולה על 7 ימים.",
	inDays:         "בעוד %d ימים",
	today:          "היום",
	tomorrow:       "מחר",
	factAgreement:  "הסכם",
	factParties:    "צדדים",
	factSupplier:   "ספק",
	factClient:     "לקוח",
	factDue:        "מועד",
	factAmount:     "שווי",
	factOwed:       "יתרה לתשלום",
	penalty:        "סנקציה שנצברה עד היום לפי סעיף %s: %s",
	penaltyCapped:  "הסנקציה הגיעה לתקרה שנקבעה בהסכם.",
	penaltyFinal:   "העבודה נמסרה; הסכום סופי.",
	terminate:      "ההסכם מאפשר לבטלו בשל האיחור החל מ-%s.",
	interest:       "ריבית פיגורים שנצברה עד היום לפי סעיף %s: %s",
	link:           "לצפייה בהסכם",
	footer:         "הודעה זו נשלחה אוטומטית מהסכם (Heskem).",
	digestSubject:  "סיכום יומי ל-%s: %d באיחור, %d בקרוב",
	digestHello:    "שלום %s,",
	digestIntro:    "זה המצב בהסכמים שלך נכון ל-%s.",
	digestOverdue:  "באיחור",
	digestDueSoon:  "מועדים ב-%d הימים הקרובים",
	digestLate:     "באיחור של %d ימים",
	digestDueIn:    "בעוד %d ימים",
	digestDueToday: "היום",
	milestoneWord:  "אבן דרך",
	noticeWord:     "מועד אחרון להודעה על אי-חידוש",
	paymentWord:    "תשלום",
}

var english = texts{
	hello:     "Hello %s,",
	viaBackup: "You are receiving this as the backup of %s (%s), who is marked as away.",
	subject: map[ItemKind]map[Occasion]string{
		MilestoneItem: {
			DueSoon:    "Reminder: “%[1]s” is due on %[3]s — %[5]s",
			DueNext:    "Final reminder: “%[1]s” is due on %[3]s — %[5]s",
			Overdue:    "Overdue: “%[1]s” was due on %[3]s — %[5]s",
			Escalation: "Escalation: “%[1]s” is %[4]d days overdue — %[5]s",
		},
		PaymentItem: {
			DueSoon:    "Payment reminder: “%[1]s” (%[2]s) is due on %[3]s — %[5]s",
			DueNext:    "Final payment reminder: “%[1]s” (%[2]s) is due on %[3]s — %[5]s",
			Overdue:    "Payment overdue: “%[1]s” (%[2]s) was due on %[3]s — %[5]s",
			Escalation: "Escalation: payment “%[1]s” (%[2]s) is %[4]d days overdue — %[5]s",
		},
		NoticeItem: {
			DueSoon: "Reminder: notice of non-renewal of “%[1]s” is due by %[3]s",
			DueNext: "Last reminder: notice of non-renewal of “%[1]s” is due by %[3]s",
		},
	},
	opening: map[ItemKind]map[Occasion]string{
		MilestoneItem: {
			DueSoon:    "The milestone “%[1]s” under “%[3]s” is due on %[4]s (%[5]s).",
			DueNext:    "The milestone “%[1]s” under “%[3]s” is due on %[4]s (%[5]s). This is the last reminder before the deadline.",
			Overdue:    "The milestone “%[1]s” under “%[3]s” was due on %[4]s and is %[5]s days late.",
			Escalation: "The milestone “%[1]s” under “%[3]s” was due on %[4]s and is %[5]s days late.",
		},
		PaymentItem: {
			DueSoon:    "The payment “%[1]s” of %[2]s under “%[3]s” is due on %[4]s (%[5]s).",
			DueNext:    "The payment “%[1]s” of %[2]s under “%[3]s” is due on %[4]s (%[5]s). This is the last reminder before the deadline.",
			Overdue:    "The payment “%[1]s” of %[2]s under “%[3]s” was due on %[4]s and is %[5]s days late.",
			Escalation: "The payment “%[1]s” of %[2]s under “%[3]s” was due on %[4]s and is %[5]s days late.",
		},
		NoticeItem: {
			DueSoon: "The agreement “%[1]s” renews automatically. A party that does not want it to renew must give written notice by %[4]s (%[5]s); otherwise it runs for another period.",
			DueNext: "The agreement “%[1]s” renews automatically. A party that does not want it to renew must give written notice by %[4]s (%[5]s); otherwise it runs for another period. This is the last reminder before the deadline.",
		},
	},
	escalationWhy:  "You are receiving this as the escalation contact of %s, because the delay is longer than 7 days.",
	inDays:         "in %d days",
	today:          "today",
	tomorrow:       "tomorrow",
	factAgreement:  "Agreement",
	factParties:    "Parties",
	factSupplier:   "supplier",
	factClient:     "client",
	factDue:        "Due",
	factAmount:     "Value",
	factOwed:       "Outstanding",
	penalty:        "Sanction accrued to date under clause %s: %s",
	penaltyCapped:  "The sanction has reached the cap the agreement sets.",
	penaltyFinal:   "The work has been delivered; the amount is final.",
	terminate:      "The agreement allows termination for this delay from %s.",
	interest:       "Late-payment interest accrued to date under clause %s: %s",
	link:           "Open the agreement",
	footer:         "This message was sent automatically by Heskem.",
	digestSubject:  "Daily digest for %s: %d overdue, %d due soon",
	digestHello:    "Hello %s,",
	digestIntro:    "This is where your agreements stand on %s.",
	digestOverdue:  "Overdue",
	digestDueSoon:  "Due in the next %d days",
	digestLate:     "%d days late",
	digestDueIn:    "in %d days",
	digestDueToday: "today",
	milestoneWord:  "Milestone",
	noticeWord:     "Last day for notice of non-renewal",
	paymentWord:    "Payment",
}

// textsFor returns the texts of lang, Hebrew by default.
func textsFor(lang string) *texts {
	if lang == "en" {
		return &english
	}
	return &hebrew
}
