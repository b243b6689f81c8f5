package review

// familyCasesSchedule: when the engagement starts and ends, and dates or
// durations for its stages. Families: the term of the agreement
// ("commences on the Effective Date and continues for 12 months",
// "תקופת ההסכם: 12 חודשים מיום חתימתו"), renewal; a date range ("from 1
// March to 31 December", "החל מיום … ועד ליום …"); completion within a
// duration from a start event ("within 90 days of the commencement date",
// "תוך 90 יום ממועד קבלת צו התחלת עבודה"); go-live and delivery dates;
// phases with durations; start on signature, end on acceptance.
// Look-alikes: a schedule that is an annex of prices, a payment period
// ("payable within 30 days"), a timeline only in the recitals.
func familyCasesSchedule() []familyCase {
	const sc = "schedule"
	return []familyCase{
		{sc, "en term", "2. Term. This Agreement commences on the Effective Date and continues for twelve (12) months.", dealt},
		{sc, "en renewal", "2.1 This Agreement shall remain in force for an initial period of two years and renew automatically for successive one-year periods.", dealt},
		{sc, "en date range", "2.2 The Services will be provided from 1 March 2026 to 31 December 2026.", dealt},
		{sc, "en within days of", "2.3 The Contractor shall complete the Works within 90 days of the date of the notice to proceed.", dealt},
		{sc, "en go-live", "2.4 Go-live is planned for 15 June 2026, after two weeks of user testing.", dealt},
		{sc, "en phases", "2.5 Phase 1 (discovery) will take four weeks from kick-off; Phase 2 (build) will take eight weeks thereafter.", dealt},
		{sc, "en drafts", "2.6 The first draft will be delivered within 14 days of receiving the brief, and the final version within 7 days of receiving comments.", dealt},
		{sc, "en start and end events", "2.7 The project will start on signature of this Agreement and end on acceptance of the final deliverable.", dealt},
		{sc, "en duration heading", "2. Duration\n2.1 The engagement will last six months from the start date.", dealt},
		{sc, "en subscription term", "3.1 The subscription term is one year from the order date.", dealt},
		{sc, "en fee annex", "4.1 The fees are set out in Schedule 2 (Pricing).", Missing},
		{sc, "en payment period", "4.2 Invoices are payable within 30 days of receipt.", Missing},
		{sc, "en recital only", "WHEREAS the Client wishes to complete its rebranding on a tight timeline;\n1. Services\n1.1 The Designer shall design a logo for the Client.", Missing},
		{sc, "he term", "2. תקופת ההסכם: 12 חודשים מיום חתימתו.", dealt},
		{sc, "he renewal", "2.1 ההסכם יעמוד בתוקפו לתקופה של שנה ויתחדש מאליו לתקופות נוספות של שנה.", dealt},
		{sc, "he date range", "2.2 השירותים יינתנו החל מיום 1.3.2026 ועד ליום 31.12.2026.", dealt},
		{sc, "he within days of", "2.3 הקבלן יסיים את העבודות תוך 90 יום ממועד קבלת צו התחלת עבודה.", dealt},
		{sc, "he go-live", "2.4 מועד העלייה לאוויר: 15.6.2026.", dealt},
		{sc, "he phases", "2.5 שלב א' (אפיון) יימשך ארבעה שבועות ממועד ישיבת הפתיחה; שלב ב' (פיתוח) יימשך שמונה שבועות לאחר מכן.", dealt},
		{sc, "he drafts", "2.6 הטיוטה הראשונה תימסר תוך 14 יום מקבלת הבריף, והגרסה הסופית תוך 7 ימים מקבלת ההערות.", dealt},
		{sc, "he start and end events", "2.7 העבודה תחל עם חתימת ההסכם ותסתיים עם אישור התוצר הסופי.", dealt},
		{sc, "he construction duration", "2.8 משך ביצוע העבודות: 4 חודשים מיום מסירת האתר לקבלן.", dealt},
		{sc, "he period heading", "2. תקופת ההתקשרות\n2.1 ההתקשרות היא לשישה חודשים מיום תחילת העבודה.", dealt},
		{sc, "he fee annex", "4.1 המחירים מפורטים בנספח ב' (מחירון).", Missing},
		{sc, "he payment period", "4.2 החשבונית תשולם תוך 30 יום מיום קבלתה.", Missing},
		{sc, "he recital only", "הואיל והלקוח מעוניין להשלים את המיתוג בלוח זמנים קצר;\n1. השירותים\n1.1 המעצבת תעצב לוגו ללקוח.", Missing},
	}
}

// familyCasesUnforeseen: a rule for events outside the parties' control.
// Families: force majeure by name; "beyond (its reasonable) control",
// "שאינן בשליטת"; a list of events (war, pandemic, strike, מלחמה, מגפה)
// with an effect (suspension, extension, no liability, termination);
// excusable delay and extension of time in construction; outages of third
// parties in online services; emergencies. Look-alikes: strength
// training, a guard's duties in an emergency are still an emergency rule,
// so the look-alikes here are fitness and the word "war room".
func familyCasesUnforeseen() []familyCase {
	const uf = "unforeseen"
	return []familyCase{
		{uf, "en beyond control", "12.1 Neither party shall be liable for any failure caused by circumstances beyond its reasonable control.", dealt},
		{uf, "en events suspend", "12.2 If performance is prevented by war, pandemic, fire or government order, the affected party's obligations are suspended for as long as the event lasts.", dealt},
		{uf, "en force majeure", "12.3 Force Majeure. Neither party is liable for delays caused by an event of force majeure.", dealt},
		{uf, "en extension of time", "12.4 The Contractor is entitled to an extension of time for delays caused by exceptionally adverse weather.", dealt},
		{uf, "en excusable delay", "12.5 Delays caused by acts of God, strikes or shortages of materials not caused by the Contractor shall extend the completion date accordingly.", dealt},
		{uf, "en outages", "12.6 We are not responsible for interruptions caused by power failures, internet outages or failures of third-party hosting providers.", dealt},
		{uf, "en fitness", "3.1 The trainer will run upper-body strength training twice a week.", Missing},
		{uf, "he beyond control", "12.1 צד לא יישא באחריות לכל איחור שנגרם בשל נסיבות שאינן בשליטתו.", dealt},
		{uf, "he events suspend", "12.2 נמנע מצד לקיים התחייבות עקב מלחמה, מגפה, שריפה או צו של רשות מוסמכת, יושהו התחייבויותיו כל עוד האירוע נמשך.", dealt},
		{uf, "he force majeure", "12.3 כוח עליון. צד לא יהיה אחראי לאיחור שנגרם עקב כוח עליון.", dealt},
		{uf, "he extension", "12.4 הקבלן יהיה זכאי להארכת מועד ההשלמה בגין עיכובים שנגרמו עקב תנאי מזג אוויר חריגים.", dealt},
		{uf, "he outages", "12.5 החברה לא תהיה אחראית להפסקות שירות שנגרמו עקב הפסקות חשמל, תקלות באינטרנט או תקלות אצל ספקי אחסון.", dealt},
		{uf, "he fitness", "3.1 המאמן יעביר אימוני כוח עליון פעמיים בשבוע.", Missing},
	}
}

// familyCasesShared: planned joint activities. Families: kick-off and
// opening meetings, workshops and trainings, periodic joint reviews
// (quarterly business review, סקירה רבעונית), demos, retrospectives,
// joint site tours and inspections, joint tests and exercises, a launch
// event. Look-alikes: a one-way training of the supplier's own staff,
// the word "review" of a document.
func familyCasesShared() []familyCase {
	const sa = "shared_activities"
	return []familyCase{
		{sa, "en kickoff", "7.1 The parties will hold a kick-off meeting within five days of signature.", dealt},
		{sa, "en workshops", "7.2 The Consultant will run two design workshops with the Client's management team.", dealt},
		{sa, "en qbr", "7.3 The parties will meet for a quarterly business review of performance and plans.", dealt},
		{sa, "en demo", "7.4 At the end of each sprint the Supplier will demonstrate the completed work to the Client's product owner.", dealt},
		{sa, "en joint inspection", "7.5 The Contractor and the Owner will walk through the site together before handover to prepare a punch list.", dealt},
		{sa, "en dr test", "7.6 Once a year the parties will run a joint disaster-recovery test.", dealt},
		{sa, "en status meetings", "7.7 Status meetings will be held from time to time as needed.", dealt},
		{sa, "en own staff training", "5.1 The Supplier shall train its own staff in the Client's safety rules at its own cost.", Missing},
		{sa, "he kickoff", "7.1 הצדדים יקיימו ישיבת התנעה בתוך חמישה ימים ממועד החתימה.", dealt},
		{sa, "he workshops", "7.2 היועץ יעביר שתי סדנאות עבודה עם הנהלת החברה.", dealt},
		{sa, "he quarterly", "7.3 אחת לרבעון ייפגשו הצדדים לסקירת הביצועים והתוכניות.", dealt},
		{sa, "he demo", "7.4 בסוף כל ספרינט יציג הספק ללקוח את העבודה שהושלמה.", dealt},
		{sa, "he joint tour", "7.5 לפני המסירה יערכו הקבלן והמזמין סיור משותף בדירה ויכינו רשימת תיקונים.", dealt},
		{sa, "he status meetings", "7.6 פגישות סטטוס יתקיימו מעת לעת לפי הצורך.", dealt},
		{sa, "he own staff training", "5.1 הספק ידריך את עובדיו בכללי הבטיחות של הלקוח על חשבונו.", Missing},
	}
}

// familyCasesContractor: the supplier's status. Families: independent
// contractor by name; no employer–employee relationship (יחסי עובד
// ומעביד, employment relationship); the supplier's staff are its own
// employees, under its control, paid by it (wages, social benefits, מס
// הכנסה וביטוח לאומי); no partnership, agency or joint venture.
// Look-alike: an independent audit, an independent expert.
func familyCasesContractor() []familyCase {
	const ic = "independent_contractor"
	return []familyCase{
		{ic, "en independent contractor", "16.1 The Consultant acts as an independent contractor.", dealt},
		{ic, "en no employment", "16.2 Nothing in this Agreement creates an employment relationship between the Client and the Supplier's personnel.", dealt},
		{ic, "en staff control", "16.3 The Supplier's personnel remain under the Supplier's sole direction and control, and the Supplier pays their wages and benefits.", dealt},
		{ic, "en no partnership", "16.4 Nothing in this Agreement creates a partnership, agency or joint venture between the parties.", dealt},
		{ic, "en independent audit", "8.1 The Client may appoint an independent auditor to verify the Supplier's invoices.", Missing},
		{ic, "he independent", "16.1 היועץ נותן את השירותים כעוסק עצמאי.", dealt},
		{ic, "he no employment", "16.2 אין בהסכם זה כדי ליצור יחסי עובד ומעביד בין הלקוח לבין עובדי הספק.", dealt},
		{ic, "he staff paid", "16.3 עובדי הקבלן יהיו כפופים להוראותיו בלבד, והקבלן ישלם את שכרם ואת כל התשלומים הסוציאליים בגינם.", dealt},
		{ic, "he independent expert", "8.1 מחלוקת מקצועית תוכרע על ידי מומחה בלתי תלוי שימנו הצדדים.", Missing},
	}
}

// familyCasesTermination: when and how the agreement may end. Families: a
// right to terminate or cancel ("may terminate", "רשאי לבטל/לסיים");
// notice periods; termination for breach or insolvency; expiry without
// renewal by notice; cooling-off cancellation; effects on ending (pay for
// work done, hand over, return materials). Exclusion: "may not terminate".
// Look-alikes: the end of a phase, termination of an employee.
func familyCasesTermination() []familyCase {
	const tm = "termination"
	return []familyCase{
		{tm, "en convenience", "11.1 Either party may end this Agreement by giving the other 30 days' written notice.", dealt},
		{tm, "en breach", "11.2 The Client may terminate immediately if the Supplier commits a material breach and fails to remedy it within 14 days.", dealt},
		{tm, "en insolvency", "11.3 This Agreement may be terminated forthwith by either party if the other becomes insolvent or enters liquidation.", dealt},
		{tm, "en effects", "11.4 On expiry or earlier termination, the Supplier shall return all Client materials and the Client shall pay for services rendered.", dealt},
		{tm, "en non-renewal", "11.5 Either party may elect not to renew by written notice at least 60 days before the end of the then-current term.", dealt},
		{tm, "en written notice only", "11.6 Either party may terminate this Agreement on written notice.", dealt},
		{tm, "en excluded", "11.7 The Client may not terminate this Agreement before the end of the initial term.", Partial},
		{tm, "en end of phase", "3.1 At the end of each phase the Supplier shall present the deliverables.", Missing},
		{tm, "he convenience", "11.1 כל צד רשאי להביא את ההתקשרות לסיומה בהודעה מוקדמת בכתב של 30 יום.", dealt},
		{tm, "he breach", "11.2 הפר הספק את ההסכם הפרה יסודית, רשאי הלקוח לבטלו לאלתר.", dealt},
		{tm, "he insolvency", "11.3 הלקוח רשאי לסיים את ההסכם מיד אם יוגשה נגד הספק בקשה לפירוק או למינוי כונס נכסים.", dealt},
		{tm, "he effects", "11.4 עם סיום ההסכם מכל סיבה שהיא ימסור הספק ללקוח את כל החומרים שבידיו.", dealt},
		{tm, "he excluded", "11.5 הלקוח לא יהיה רשאי לבטל את ההסכם לפני תום 12 חודשים.", Partial},
		{tm, "he end of phase", "3.1 בסיום כל שלב יציג הספק את התוצרים ללקוח.", Missing},
	}
}

// familyCasesScope: the services are stated concretely. Families: the
// supplier will do named work (verb + object), a list of deliverables, a
// services heading with a list, a statement of work or specification
// annex with content. Look-alikes: an amendment that names the services
// only by reference, general terms that point to an external quote.
func familyCasesScope() []familyCase {
	const sp = "scope"
	return []familyCase{
		{sp, "en verb object", "1.1 The Agency will manage the Client's Instagram and Facebook accounts, publishing twelve posts a month.", dealt},
		{sp, "en deliverables list", "1. Deliverables\n1.1 A brand strategy document.\n1.2 A logo in three colour variants.\n1.3 A 20-page brand book.", dealt},
		{sp, "en engaged to", "1.1 The Client engages the Consultant to carry out a review of its procurement processes and to recommend improvements.", dealt},
		{sp, "en by reference only", "1.1 These terms apply to all services described in our fee proposal.", Missing},
		{sp, "he verb object", "1.1 הסוכנות תנהל את חשבונות האינסטגרם והפייסבוק של הלקוח ותפרסם שנים עשר פוסטים בחודש.", dealt},
		{sp, "he deliverables list", "1. התוצרים\n1.1 מסמך אסטרטגיית מותג.\n1.2 לוגו בשלוש גרסאות צבע.\n1.3 ספר מותג בן 20 עמודים.", dealt},
		{sp, "he engaged to", "1.1 החברה מתקשרת עם היועץ לביצוע סקירה של תהליכי הרכש שלה ולגיבוש המלצות לשיפורם.", dealt},
		{sp, "he by reference only", "1.1 תנאים אלה חלים על כל הזמנה לפי הצעת המחיר שנחתמה.", Missing},
	}
}
