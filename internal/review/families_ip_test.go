package review

// familyCasesIP: who owns or may use what the work produces. Families:
// ownership vesting or passing ("shall vest in", "תעבור ל…", "מוקנות"),
// assignment of "all right, title and interest", property of a party
// ("the property of", "רכושו הבלעדי", "הבעלים"), copyright and moral
// rights, licences to use, use rights and portfolio rights, pre-existing
// or background materials retained by a party. Look-alikes: a licence
// that is a permit (contractor's licence, רישיון עסק), physical property
// (damage to property, נזק לרכוש), assignment of the agreement, "at its
// own cost", and בעלות read as "at a cost of" (ב+עלות).
func familyCasesIP() []familyCase {
	const ip = "intellectual_property"
	return []familyCase{
		// English, dealt with.
		{ip, "en vest", "9.1 All intellectual property rights in the Deliverables shall vest in the Client upon full payment.", dealt},
		{ip, "en right title interest", "9.2 The Contractor hereby assigns to the Company all right, title and interest in and to the Work Product.", dealt},
		{ip, "en property of", "9.3 All deliverables shall be the sole and exclusive property of the Customer.", dealt},
		{ip, "en background licence", "9.4 The Supplier retains ownership of its pre-existing materials and grants the Client a non-exclusive, royalty-free licence to use them as part of the deliverables.", dealt},
		{ip, "en copyright stays", "9.5 Copyright in all photographs remains with the Photographer; the Client may use them for its own marketing.", dealt},
		{ip, "en will own files", "9.6 Upon payment in full, the Client will own the final design files and the source code.", dealt},
		{ip, "en belong inventions", "9.7 Any inventions, improvements or works created by the Consultant in performing the Services shall belong to the Company.", dealt},
		{ip, "en title passes", "9.8 Title to all reports and documents prepared by the Consultant shall pass to the Client on delivery.", dealt},
		{ip, "en use modify", "9.9 The Client shall have a perpetual right to use, copy and modify the deliverables for any purpose.", dealt},
		{ip, "en moral rights", "9.10 The Writer waives all moral rights in the articles.", dealt},
		{ip, "en proprietary heading", "8. Proprietary Rights\n8.1 The Platform and all related software remain ours. You receive a non-exclusive, non-transferable right to use the Platform during the subscription term.", dealt},
		{ip, "en portfolio", "11. The Designer may show the finished website in its portfolio.", dealt},
		{ip, "en use internal", "6.2 You may use the deliverables for your internal purposes.", dealt},
		// English, look-alikes.
		{ip, "en permit licence", "5.1 The Contractor holds a valid contractor's license and carries liability insurance of $1,000,000.", Missing},
		{ip, "en physical property", "5.2 The Contractor shall protect the Owner's property, furniture and floors from damage during the works.", Missing},
		{ip, "en assignment of agreement", "14.1 Neither party may assign this Agreement without the other party's prior written consent.", Missing},
		{ip, "en own cost", "4.1 The Supplier shall perform the Services at its own cost, using its own equipment and its own staff.", Missing},
		{ip, "en removal of property", "6.1 Cleaning staff shall not remove any property of the Client from the premises.", Missing},
		// Hebrew, dealt with.
		{ip, "he ip of client", "9.1 כל זכויות הקניין הרוחני בתוצרים יהיו של הלקוח.", dealt},
		{ip, "he ownership passes", "9.2 הבעלות בתוצרי העבודה תעבור למזמין עם התשלום המלא.", dealt},
		{ip, "he exclusive property", "9.3 התוצרים יהיו רכושו הבלעדי של המזמין.", dealt},
		{ip, "he copyright and licence", "9.4 זכויות היוצרים בצילומים יישארו בידי הצלם, והלקוח יקבל רישיון שימוש בהם לצורכי שיווק.", dealt},
		{ip, "he licence to use software", "9.5 הספק מעניק ללקוח רישיון לא בלעדי להשתמש בתוכנה במשך תקופת המנוי.", dealt},
		{ip, "he vested", "9.6 כל הזכויות בקוד המקור מוקנות לחברה.", dealt},
		{ip, "he owner of plans", "9.7 המזמין יהיה הבעלים הבלעדי של כל התוכניות, השרטוטים והמסמכים שיוכנו במסגרת ההסכם.", dealt},
		{ip, "he moral right", "9.8 הספק מוותר על כל זכות מוסרית בתוצרים.", dealt},
		{ip, "he use for any purpose", "9.9 הלקוח רשאי לעשות שימוש בתוצרים לכל מטרה, ללא תמורה נוספת.", dealt},
		{ip, "he inventions belong", "9.10 כל המצאה, פיתוח או שיפור שיפותחו על ידי היועץ במסגרת השירותים יהיו שייכים לחברה.", dealt},
		{ip, "he rights heading", "8. זכויות בתוצרים\n8.1 עם תשלום מלוא התמורה יועברו ללקוח העיצובים הסופיים.", dealt},
		{ip, "he portfolio", "11. המעצבת רשאית להציג את העבודה בתיק העבודות שלה.", dealt},
		// Hebrew, look-alikes.
		{ip, "he permit licence", "5.1 הקבלן מחזיק ברישיון קבלן רשום בתוקף ובביטוח אחריות מקצועית.", Missing},
		{ip, "he property damage", "5.2 הספק יפצה את הלקוח על כל נזק לרכוש הלקוח שייגרם במהלך העבודה.", Missing},
		{ip, "he assignment of agreement", "14.1 הספק לא יסב את ההסכם לאחר ללא הסכמת הלקוח בכתב.", Missing},
		{ip, "he at a cost of", "4.1 הספק יספק ללקוח את הציוד הנדרש בעלות של 5,000 ₪.", Missing},
		{ip, "he at own expense", "4.2 העבודה תבוצע על חשבון הספק ובאחריותו, בכלים שבבעלותו.", Missing},
	}
}
