package review

// familyCasesRound3 covers phrasings written from how lawyers draft the
// items that generalized worst on unseen agreements (ownership and use of
// work results, events outside the parties' control, records of meetings),
// each with a look-alike that uses the same words in another sense. The
// sentences were written for this test, not taken from any corpus.
func familyCasesRound3() []familyCase {
	const ip, uf, ms = "intellectual_property", "unforeseen", "meeting_summaries"
	return []familyCase{
		// Ownership and use, English.
		{ip, "en shall belong to", "7. All designs, sketches and final artwork shall belong to the Client.", dealt},
		{ip, "en sole property", "7. The reports shall be the sole property of the Company.", dealt},
		{ip, "en waives any claim", "7. The Consultant waives any claim to the materials it prepares under this Agreement.", dealt},
		{ip, "en retains all rights", "7. The Agency retains all rights in its proprietary tools and templates.", dealt},
		{ip, "en licence granted", "7. Upon payment, the Client is granted a licence to reproduce the photographs for marketing.", dealt},
		{ip, "en assigns", "7. The Developer assigns to the Customer all copyright in the software it writes for the Customer.", dealt},
		{ip, "en moral rights waiver", "7. To the extent permitted by law, the Author waives its moral rights in the texts.", dealt},
		{ip, "en trade secrets inventions", "7. All trade secrets and inventions conceived in the course of the Services belong to the Company.", dealt},
		{ip, "en patent", "7. The Client may file a patent application in its own name for any invention arising from the Services.", dealt},
		{ip, "en owned by", "7. Everything the Contractor produces for the project is owned by the Client once paid for.", dealt},
		{ip, "en ownership transfers", "7. Ownership of the deliverables transfers to the Customer on final payment.", dealt},
		{ip, "en exclusive owner", "7. The Company shall be the exclusive owner of all work results.", dealt},
		{ip, "en all rights reserved", "7. The Supplier reserves all rights in the platform not expressly granted to the Customer.", dealt},
		{ip, "en rights in results", "7. The rights in the results of the Services pass to the Client.", dealt},
		{ip, "en no rights", "7. Nothing in this Agreement transfers to the Client any right in the Supplier's software.", dealt},
		{ip, "en may reuse", "7. The Consultant may reuse general know-how gained while performing the Services.", dealt},
		{ip, "en look-alike property damage", "7. The Contractor shall make good any damage to the Client's property.", Missing},
		{ip, "en look-alike rights", "7. The rights and remedies of this Agreement are cumulative.", Missing},
		// Ownership and use, Hebrew.
		{ip, "he outputs of client", "7. התוצרים יהיו של המזמין.", dealt},
		{ip, "he owned by orderer", "7. כל התכניות והמסמכים שיכין היועץ יהיו בבעלות המזמין.", dealt},
		{ip, "he rights in will be", "7. הזכויות בעיצובים יהיו של הלקוח עם תשלום התמורה המלאה.", dealt},
		{ip, "he copyright alone", "7. זכויות יוצרים בטקסטים שייכות ללקוח.", dealt},
		{ip, "he trade secrets inventions", "7. סודות מסחריים והמצאות שיפותחו במסגרת השירותים יהיו של החברה.", dealt},
		{ip, "he patent", "7. החברה תהיה רשאית לרשום פטנט על כל המצאה שתפותח במסגרת השירותים.", dealt},
		{ip, "he waives claim", "7. הספק מוותר על כל טענה לבעלות בתוצרי העבודה.", dealt},
		{ip, "he retains rights", "7. הספק שומר לעצמו את כל הזכויות בתוכנה ובכלים שפיתח קודם לכן.", dealt},
		{ip, "he transfer ownership", "7. עם התשלום תועבר הבעלות בקבצים ללקוח.", dealt},
		{ip, "he licence grant", "7. הספק מעניק ללקוח רישיון להשתמש במערכת לתקופת ההסכם.", dealt},
		{ip, "he belongs exclusively", "7. כל חומר שיוכן על ידי הספק עבור הלקוח שייך ללקוח באופן בלעדי.", dealt},
		{ip, "he look-alike ownership of equipment", "7. הציוד בבעלות הספק והוא אחראי לתחזוקתו.", Missing},
		// Events outside control, English.
		{uf, "en could not foresee", "12. Neither party is liable for a delay caused by circumstances that could not reasonably have been foreseen.", dealt},
		{uf, "en beyond reasonable control", "12. A party delayed by events beyond the reasonable control of that party shall be given a reasonable extension.", dealt},
		{uf, "en act of god", "12. Delay caused by an act of God shall not be a breach.", dealt},
		{uf, "en epidemic", "12. If an epidemic, war or strike prevents the Supplier from performing, the dates shall be postponed.", dealt},
		{uf, "en list then effect", "12. Events such as war, strikes, epidemics and natural disasters excuse the affected party's performance for as long as they last.", dealt},
		{uf, "en unforeseeable", "12. If performance becomes impossible due to unforeseeable events, either party may terminate this Agreement.", dealt},
		{uf, "en cannot perform", "12. If a party cannot perform because of circumstances outside its control, it shall notify the other party without delay.", dealt},
		{uf, "en look-alike strike", "12. The Contractor shall strike a balance between cost and quality.", Missing},
		// Events outside control, Hebrew.
		{uf, "he emergency event", "12. במקרה של אירוע חירום יידחו המועדים בהתאם.", dealt},
		{uf, "he not dependent", "12. עיכוב שנגרם בשל נסיבות שאינן תלויות בספק לא ייחשב הפרה.", dealt},
		{uf, "he state of war", "12. במצב מלחמה יוארכו לוחות הזמנים.", dealt},
		{uf, "he strike", "12. שביתה או מגפה ידחו את מועדי הביצוע, והספק יודיע על כך ללקוח.", dealt},
		{uf, "he natural disaster", "12. אסון טבע שימנע את ביצוע העבודות יזכה את הקבלן בארכה.", dealt},
		{uf, "he not foreseeable", "12. אם ייגרם עיכוב מסיבות שלא היה ניתן לצפות מראש, יתואם מועד חדש.", dealt},
		{uf, "he beyond control", "12. הספק לא יהיה אחראי לעיכוב הנובע מגורמים שאינם בשליטתו.", dealt},
		{uf, "he look-alike war room", "12. הספק יקים חדר מלחמה שיווקי לקראת ההשקה.", Missing},
		// Meeting records, English.
		{ms, "en note of decisions", "6. After each meeting the Supplier shall send a note of the decisions taken.", dealt},
		{ms, "en circulate minutes", "6. The Project Manager will circulate minutes within two days.", dealt},
		{ms, "en record of the meeting", "6. A record of the meeting shall be sent to both parties.", dealt},
		{ms, "en action items", "6. Following each review, the Consultant will email a list of action items to the Client.", dealt},
		{ms, "en summary after call", "6. Each weekly call shall be followed by a short written summary.", dealt},
		{ms, "en minutes kept", "6. Minutes shall be kept of all steering committee meetings.", dealt},
		{ms, "en recap", "6. The Agency will send a recap email after each meeting.", dealt},
		{ms, "en look-alike minutes of time", "6. The Supplier shall respond within 30 minutes of a call.", Missing},
		// Meeting records, Hebrew.
		{ms, "he document in writing", "6. הצדדים יתעדו בכתב את ההחלטות שיתקבלו בכל פגישה.", dealt},
		{ms, "he protocol", "6. לכל ישיבה ייערך פרוטוקול.", dealt},
		{ms, "he meeting summary", "6. סיכום ישיבה יופץ לכל המשתתפים.", dealt},
		{ms, "he distributed", "6. לאחר כל פגישה ישלח מנהל הפרויקט סיכום לכל המשתתפים.", dealt},
		{ms, "he record decisions", "6. ההחלטות שיתקבלו בישיבות ירשמו ויועברו לצדדים.", dealt},
		{ms, "he look-alike summary", "6. סיכום התמורה מופיע בנספח ב.", Missing},
	}
}
