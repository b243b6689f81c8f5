package review

// familyCasesFlexibility: a way to adapt plans, priorities or volume during
// the engagement without a formal amendment. Families: review points where
// the plan is revisited (end of phase, quarterly roadmap review); changing
// priorities (re-prioritise, סדרי עדיפויות); scaling volume up or down
// (increase or decrease hours, להגדיל או להקטין); moving or carrying over
// unused capacity (roll over, יועברו לחודש הבא); swapping, postponing or
// rescheduling planned items; upgrading or downgrading a plan; varying a
// frequency. Look-alikes: the formal amendment clause (that is changes),
// price indexation ("prices will be adjusted by CPI", "יעודכנו לפי המדד"),
// and reviewing documents.
func familyCasesFlexibility() []familyCase {
	const fx = "flexibility"
	return []familyCase{
		{fx, "en phase review", "6.1 The parties will review the project plan at the end of each phase and may adjust priorities and timelines by mutual agreement.", dealt},
		{fx, "en reprioritise backlog", "6.2 The Client may re-prioritise the backlog at each sprint planning session.", dealt},
		{fx, "en increase decrease hours", "6.3 The Client may increase or decrease the number of monthly support hours by giving 30 days' notice.", dealt},
		{fx, "en roll over", "6.4 Unused hours in any month roll over to the following month, and the Client may reallocate them between tasks.", dealt},
		{fx, "en roadmap review", "6.5 The roadmap will be reviewed quarterly and updated to reflect the Client's changing needs.", dealt},
		{fx, "en upgrade downgrade", "6.6 The Customer may upgrade or downgrade its subscription plan at any time.", dealt},
		{fx, "en reschedule", "6.7 The Client may postpone or reschedule a planned visit by giving 48 hours' notice.", dealt},
		{fx, "en living plan", "6.8 The work plan is a living document and will be updated monthly in consultation with the Client.", dealt},
		{fx, "en swap", "6.9 The Client may swap deliverables of equal value without a formal change order.", dealt},
		{fx, "en vary frequency", "6.10 The Authority may vary the frequency of cleaning at any site on 14 days' notice.", dealt},
		{fx, "en amendment only", "15.1 Any amendment to this Agreement must be in writing and signed by both parties.", Missing},
		{fx, "en indexation", "4.3 Prices will be adjusted annually in line with the consumer price index.", Missing},
		{fx, "en document review", "3.2 The Supplier shall review the Client's documents and provide written comments within five days.", Missing},
		{fx, "he phase review", "6.1 בסוף כל שלב יבחנו הצדדים את תוכנית העבודה ויעדכנו אותה לפי הצורך.", dealt},
		{fx, "he priorities", "6.2 הלקוח רשאי לשנות את סדר העדיפויות בין המשימות בכל ישיבת תכנון.", dealt},
		{fx, "he increase decrease", "6.3 הלקוח רשאי להגדיל או להקטין את מספר שעות השירות החודשיות בהודעה של 30 יום מראש.", dealt},
		{fx, "he carry over", "6.4 שעות שלא נוצלו בחודש מסוים יועברו לחודש הבא.", dealt},
		{fx, "he roadmap", "6.5 מפת הדרכים תיבחן מדי רבעון ותעודכן בהתאם לצורכי הלקוח.", dealt},
		{fx, "he upgrade", "6.6 הלקוח רשאי לשדרג או לשנמך את החבילה בכל עת.", dealt},
		{fx, "he reschedule", "6.7 הלקוח רשאי לדחות או להקדים ביקור מתוכנן בהודעה של 48 שעות מראש.", dealt},
		{fx, "he monthly plan adapts", "6.8 תכנית העבודה החודשית תיקבע בפגישת התכנון החודשית ותותאם לצרכים המשתנים של העסק.", dealt},
		{fx, "he vary frequency", "6.9 המועצה רשאית לשנות את תדירות הניקיון באתר מסוים בהודעה של 14 יום.", dealt},
		{fx, "he swap posts", "6.10 הלקוח רשאי להחליף פוסטים מתוכננים בפוסטים אחרים, עד שלושה בחודש.", dealt},
		{fx, "he amendment only", "15.1 כל שינוי בהסכם זה ייעשה בכתב ובחתימת שני הצדדים.", Missing},
		{fx, "he indexation", "4.3 המחירים יעודכנו אחת לשנה בהתאם לשינויים במדד המחירים לצרכן.", Missing},
		{fx, "he document review", "3.2 הספק יבדוק את המסמכים שיועברו אליו וימסור את הערותיו בכתב.", Missing},
	}
}
