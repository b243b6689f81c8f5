package review

// familyCasesRound3b covers the rhythm-and-people items (timeline,
// channels, cooperation) and look-alikes that made documents lacking an
// item read as dealing with it: the scope, price, contacts, ending and
// extra work named only in passing. Written for this test.
func familyCasesRound3b() []familyCase {
	const (
		sc, sch, pay = "scope", "schedule", "payment"
		com, col     = "communication", "collaboration"
		con, term    = "contacts", "termination"
		add          = "additional_services"
	)
	return []familyCase{
		// Timeline.
		{sch, "en commence complete", "3. The Contractor shall commence the works on 1 March 2026 and complete them within 90 days.", dealt},
		{sch, "en term of months", "3. This Agreement shall remain in force for twelve months from the Effective Date.", dealt},
		{sch, "en milestones", "3. Milestone 1 (design) is due two weeks after kick-off; Milestone 2 (launch) four weeks later.", dealt},
		{sch, "en delivery date", "3. The Supplier shall deliver the final report no later than 30 June 2026.", dealt},
		{sch, "he start end", "3. העבודות יחלו ביום 1.3.2026 ויסתיימו תוך 60 יום.", dealt},
		{sch, "he period", "3. תקופת ההתקשרות היא שנה אחת מיום החתימה.", dealt},
		{sch, "he deliver by", "3. הספק ימסור את התוצר הסופי עד ליום 30.6.2026.", dealt},
		{sch, "he stages weeks", "3. שלב האפיון יימשך שבועיים ושלב הפיתוח שישה שבועות.", dealt},
		// Channels.
		{com, "en by email weekly", "5. The parties will communicate by email, and the Supplier will send a weekly status update.", dealt},
		{com, "en respond within", "5. Each party shall respond to the other's emails within two business days.", dealt},
		{com, "en slack", "5. Day-to-day questions will be handled in a shared Slack channel.", dealt},
		{com, "en monthly report", "5. The Consultant shall submit a monthly progress report to the Client.", dealt},
		{com, "he whatsapp", "5. התקשורת השוטפת בין הצדדים תתנהל בקבוצת וואטסאפ ובדואר אלקטרוני.", dealt},
		{com, "he reply", "5. הספק יענה לפניות הלקוח תוך יום עסקים אחד.", dealt},
		{com, "he report", "5. הספק ימסור ללקוח דו\"ח התקדמות חודשי.", dealt},
		{com, "he update", "5. הספק יעדכן את הלקוח אחת לשבוע בסטטוס העבודה.", dealt},
		// Cooperation.
		{col, "en cooperate", "8. The parties shall cooperate in good faith to achieve the project goals.", dealt},
		{col, "en client provide", "8. The Client shall provide timely access to its systems, information and staff as reasonably required.", dealt},
		{col, "en steering committee", "8. A steering committee of two members from each party will oversee the project.", dealt},
		{col, "en kpis", "8. The parties agree on the following shared KPIs: conversion rate and cost per lead.", dealt},
		{col, "he cooperation", "8. הצדדים ישתפו פעולה ביניהם לשם השגת מטרות הפרויקט.", dealt},
		{col, "he client assist", "8. הלקוח יעמיד לרשות הספק את המידע והגישה הנדרשים לביצוע השירותים.", dealt},
		{col, "he steering", "8. תוקם ועדת היגוי משותפת שתתכנס אחת לחודש.", dealt},
		// Look-alikes for documents that lack the item.
		{pay, "en look-alike insurer pays", "10. The Contractor's insurer shall pay any claim for bodily injury.", Missing},
		{pay, "he look-alike insurer pays", "10. המבטח ישלם כל תביעה בגין נזקי גוף.", Missing},
		{con, "en look-alike notices address", "15. Notices shall be sent to the addresses of the parties set out above.", Missing},
		{con, "he look-alike notices address", "15. הודעות יישלחו לכתובות הצדדים שבמבוא להסכם.", Missing},
		{term, "en look-alike term ends warranty", "11. The warranty shall survive the end of the project for twelve months.", Missing},
		{term, "he look-alike confidentiality survives", "11. חובת הסודיות תחול גם לאחר סיום ההסכם.", Missing},
		{add, "en look-alike services include", "2. The services include additional copies of the report at no charge.", Missing},
		{sc, "en look-alike recital", "WHEREAS the Client wishes to receive services.", Missing},
	}
}
