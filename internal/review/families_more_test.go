package review

// familyCasesMore covers the families of the other items, added while
// validating on dev2: each a way an unseen agreement expresses the item, and
// the look-alike it must not be confused with.
func familyCasesMore() []familyCase {
	return []familyCase{
		// payment: price with a due time, in several forms.
		{"payment", "en milestone payments", "4.1 The fee of EUR 24,000 is payable in three instalments: 30% on signature, 40% on delivery of the beta and 30% on acceptance.", dealt},
		{"payment", "he installments", "4.1 התמורה הכוללת בסך 36,000 ₪ בתוספת מע\"מ תשולם בשלושה תשלומים שווים, בתחילת כל חודש.", dealt},
		{"payment", "he colloquial", "כמה זה עולה: 2,500 ₪ לחודש, משולם בביט עד ה-5 לכל חודש.", dealt},
		// late payment: interest, suspension, lien, cancellation, grace.
		{"late_payment", "en suspension", "5.3 If any invoice remains unpaid 15 days after its due date, the Provider may suspend the services until payment is received.", dealt},
		{"late_payment", "en lien", "5.4 The workshop has a lien on the vehicle until paid in full.", dealt},
		{"late_payment", "en delayed interest", "5.5 Any delayed payment shall carry interest at 1% per month.", dealt},
		{"late_payment", "he lien", "5.1 המעבדה רשאית לעכב את המכשיר עד לתשלום מלא של החוב.", dealt},
		{"late_payment", "he grace", "5.2 איחור של עד שבעה ימים בתשלום לא ייחשב הפרה של ההסכם.", dealt},
		{"late_payment", "he supplier delay is not late payment", "7.1 איחור במסירה יזכה את הלקוח בתשלום פיצוי מוסכם של 200 ₪ לכל יום.", Missing},
		// additional services: ordering and pricing of extra work.
		{"additional_services", "en excess hours", "3.2 Hours in excess of 40 in any week must be approved in advance and are billed at USD 95 per hour.", dealt},
		{"additional_services", "en extras heading", "Extras\nMore pages or a third round of revisions cost $85/hour, after you approve my estimate.", dealt},
		{"additional_services", "he special orders", "4.1 המועצה רשאית להזמין מהקבלן נסיעות מיוחדות, והמחיר ייקבע בהסכמה לפני כל נסיעה.", dealt},
		{"additional_services", "he not part of spec", "6.4 פיתוחים שאינם חלק מהאפיון יוזמנו בהזמנת עבודה נפרדת ויתומחרו לפי התעריף השעתי.", dealt},
		{"additional_services", "he late payment beyond days", "5.1 איחור בתשלום מעבר ל-30 יום יחויב בריבית של 1% לחודש.", Missing},
		// communication: channels and rhythm.
		{"communication", "he whatsapp group", "6.2 התיאום השוטף יתנהל בקבוצת וואטסאפ ייעודית ובדוא\"ל.", dealt},
		{"communication", "en preferred channel", "Email is best for anything related to the project, though I'm happy to jump on a quick call.", dealt},
		{"communication", "en incident report is data protection", "2.2 I will report any suspected unauthorised access to personal data to the security team within 24 hours.", Missing},
		// meeting summaries and their look-alikes.
		{"meeting_summaries", "en minutes circulated", "5.2 The Supplier shall take minutes of each progress meeting and circulate them within two days.", dealt},
		{"meeting_summaries", "he summary after meeting", "אחרי כל פגישה אשלח לכם סיכום קצר במייל של מה שהחלטנו.", dealt},
		{"meeting_summaries", "en minute-long call", "We'll kick things off with a 30-minute video call on Monday.", Missing},
		{"meeting_summaries", "en visit records", "10.1 The Supplier shall keep visit records for each site.", Missing},
		{"meeting_summaries", "he https protocol", "6.2 המידע מוצפן בעת העברה בפרוטוקול HTTPS.", Missing},
		// changes.
		{"changes", "en variation quote", "4.1 The Client may direct a variation by written notice; the Consultant must give a written quote of the change to the fees and milestone dates, and the variation takes effect only when accepted in writing.", dealt},
		{"changes", "he change of direction", "אם תרצו לשנות כיוון לגמרי – זה נחשב עבודה חדשה, ואשלח הערכה ומחיר לפני שממשיכים.", dealt},
		// sanctions.
		{"sanctions", "en termination for breach with cure", "13.1 Either party may terminate this agreement if the other party breaches it and does not remedy the breach within ten business days of notice.", dealt},
		{"sanctions", "en credit for errors", "6.1 Errors in a translation will be corrected free of charge, failing which the Client receives a credit of the order fee.", dealt},
		{"sanctions", "he defect correction", "9.1 ליקויים שיתגלו יתוקנו על ידי הקבלן על חשבונו בתוך 14 ימים.", dealt},
		{"sanctions", "he tax fines", "7.1 המשרד לא יהיה אחראי לקנסות, לריבית או לנזק שנגרמו עקב חומר שהועבר באיחור על ידי הלקוח.", Missing},
		// contacts.
		{"contacts", "en will name a person", "5.1 The Client will name a person to answer the translators' questions.", dealt},
		{"contacts", "he appoint representative", "12.1 כל צד ימנה נציג מטעמו לצורך ניהול ההתקשרות.", dealt},
		// confidentiality fragments.
		{"confidentiality", "he do not read files", "14א. הספק ינחה את עובדיו שלא לעיין במסמכים, שלא לצלם אותם ושלא להוציא אותם מהחדרים.", dealt},
		// data protection: purpose limitation of personal lists.
		{"data_protection", "he participant list", "13.2 רשימת המשתתפים שימסור הלקוח תשמש את ההפקה לצורכי האירוע בלבד.", dealt},
		{"data_protection", "en guest list", "9.1 The guest list will be used only for sending invitations and will be deleted after the event.", dealt},
		// collaboration: client inputs.
		{"collaboration", "en your responsibilities", "Letter of engagement\nYour responsibilities\nYou will give us access to your brand guidelines and one person to give consolidated feedback.", dealt},
		{"collaboration", "he client materials not inputs", "1.2 החומרים יסופקו על ידי הקבלן, למעט כלים סניטריים שיסופקו על ידי המזמין.", Missing},
		// independent contractor.
		{"independent_contractor", "he freelancer self", "אני פרילנסרית ומטפלת בעצמי במס ובביטוח הלאומי שלי.", dealt},
		{"independent_contractor", "he crew employed by producer", "12.1 צוות ההפקה והספקים מועסקים על ידי ההפקה ועל אחריותה.", dealt},
		{"independent_contractor", "he team is not staff", "3.3 שירותים נוספים, כגון הדרכה לצוות, עשויים להיות מוצעים בתשלום נוסף.", Missing},
		{"independent_contractor", "en workers insurance", "11.1 The Contractor shall maintain work injury insurance for its workers.", Missing},
		// More phrasings of the weak items, one line each.
		{"intellectual_property", "phrasing 1", "5.1 הקוד שייכתב במסגרת הפרויקט יהיה בבעלות הלקוח.", dealt},
		{"intellectual_property", "phrasing 2", "5.2 הלקוח יהיה בעל כל הזכויות בתוצרים.", dealt},
		{"intellectual_property", "phrasing 3", "5.3 Client grants Agency permission to use its logo in campaigns.", dealt},
		{"intellectual_property", "phrasing 4", "5.4 The Customer owns all Customer Data.", dealt},
		{"intellectual_property", "phrasing 5", "5.5 We retain all rights in the Service and the Software.", dealt},
		{"intellectual_property", "phrasing 6", "5.6 כל הזכויות בפלטפורמה שמורות לחברה.", dealt},
		{"intellectual_property", "phrasing 7", "5.7 All rights in the Platform are reserved to us.", dealt},
		{"intellectual_property", "phrasing 8", "5.8 הצילומים ישמשו את הלקוח לפרסום ללא הגבלה.", dealt},
		{"schedule", "phrasing 9", "2.1 The Works shall be substantially completed within twelve weeks after the Commencement Date.", dealt},
		{"schedule", "phrasing 10", "2.2 Delivery: 4 weeks after receipt of the purchase order.", dealt},
		{"schedule", "phrasing 11", "2.3 ההתקשרות תחל ב-1.1.2026 ותימשך עד 31.12.2026.", dealt},
		{"schedule", "phrasing 12", "2.4 מועד סיום העבודות המשוער: סוף מרץ 2026.", dealt},
		{"schedule", "phrasing 13", "2.5 The services will run month to month from 1 February 2026.", dealt},
		{"schedule", "phrasing 14", "2.6 The event will take place on 18 June 2026; set-up on 17 June.", dealt},
		{"termination", "phrasing 15", "8.1 This Agreement may be cancelled by the Customer on 30 days' notice.", dealt},
		{"termination", "phrasing 16", "8.2 כל אחד מהצדדים יהיה רשאי להודיע על סיום ההסכם בהודעה של 30 יום.", dealt},
		{"termination", "phrasing 17", "8.3 Either party may withdraw from this Agreement by giving 14 days' written notice.", dealt},
		{"termination", "phrasing 18", "8.4 ניתן לבטל את המנוי בכל עת דרך החשבון.", dealt},
		{"flexibility", "phrasing 19", "6.1 The Client may change the number of guards on 7 days' notice.", dealt},
		{"flexibility", "phrasing 20", "6.2 אחת לרבעון יעדכנו הצדדים את מפת הדרכים לפי צורכי העסק.", dealt},
		{"flexibility", "phrasing 21", "6.3 The content calendar will be agreed monthly and may be changed by the Client with 5 days' notice.", dealt},
		{"unforeseen", "phrasing 22", "10.1 Neither party will be held responsible for delays resulting from circumstances outside its control.", dealt},
		{"unforeseen", "phrasing 23", "10.2 עיכובים שנגרמו בשל גיוס למילואים לא ייחשבו הפרה.", dealt},
		{"shared_activities", "phrasing 24", "7.1 Once a quarter the parties will hold a joint planning workshop.", dealt},
		{"shared_activities", "phrasing 25", "7.2 הצדדים יקיימו פגישת עבודה משותפת בסוף כל חודש.", dealt},
		{"independent_contractor", "phrasing 26", "9.1 Nothing in this Agreement makes the Contractor an employee of the Company.", dealt},
		{"independent_contractor", "phrasing 27", "9.2 מובהר כי הספק אינו עובד של החברה.", dealt},
		{"scope", "phrasing 28", "1.1 The Contractor will supply and install two split air-conditioning units in the Client's office.", dealt},
		{"scope", "phrasing 29", "1.1 הקבלן יספק ויתקין שני מזגנים במשרד הלקוח.", dealt},
		{"scope", "phrasing 30", "1.1 Our cleaners will clean the offices every weekday evening.", dealt},
		{"intellectual_property", "phrasing 31", "5.1 All deliverables become the Client's property upon payment.", dealt},
		{"intellectual_property", "phrasing 32", "5.2 Copyright in our drawings remains with us; you may use them for this project once paid.", dealt},
		{"intellectual_property", "phrasing 33", "5.3 הלקוח יהיה רשאי לעשות שימוש בתוכניות לצורך הפרויקט בלבד.", dealt},
		{"intellectual_property", "phrasing 34", "5.4 The Client will own everything we create for it under this Agreement.", dealt},
		{"intellectual_property", "phrasing 35", "5.5 The source code will be handed over to the Client, who may modify and reuse it freely.", dealt},
		{"intellectual_property", "phrasing 36", "5.6 הספק ימסור ללקוח את קבצי המקור, והלקוח רשאי לשנותם ולהשתמש בהם ללא הגבלה.", dealt},
		{"intellectual_property", "phrasing 37", "5.7 Each party keeps the rights in what it brought to the project.", dealt},
		{"flexibility", "phrasing 38", "6.1 Each month the Client may move up to 10 hours between the maintenance and development streams.", dealt},
		{"flexibility", "phrasing 39", "6.2 The scope of each sprint is fixed at sprint planning and may change between sprints.", dealt},
		{"flexibility", "phrasing 40", "6.3 הלקוח רשאי להוסיף או להוריד סניפים מהשירות בהודעה של 30 יום.", dealt},
		{"flexibility", "phrasing 41", "6.4 בכל רבעון ייקבעו מחדש סדרי העדיפויות לפי צורכי הלקוח.", dealt},
		{"schedule", "phrasing 42", "2.1 The Subscription Term begins on the Start Date and lasts 12 months.", dealt},
		{"schedule", "phrasing 43", "2.2 Works to start within two weeks of deposit and finish within six weeks of starting.", dealt},
		{"schedule", "phrasing 44", "2.3 ההסכם יחול מיום חתימתו ולמשך 24 חודשים.", dealt},
		{"schedule", "phrasing 45", "2.4 העבודה תושלם בתוך שלושה שבועות ממועד קבלת המקדמה.", dealt},
		{"unforeseen", "phrasing 46", "10.1 If a lockdown or storm prevents work, the dates move by the length of the disruption.", dealt},
		{"unforeseen", "phrasing 47", "10.2 בזמן מלחמה או מבצע צבאי יושהו ההתחייבויות עד לחזרה לשגרה.", dealt},
		{"shared_activities", "phrasing 48", "7.1 Every six weeks we will run a joint planning session with your team.", dealt},
		{"independent_contractor", "phrasing 49", "9.1 The Agency engages its own staff, who are not employees of the Client.", dealt},
		{"termination", "phrasing 50", "8.1 The Client may end the subscription at the end of any month.", dealt},
		{"termination", "phrasing 51", "8.2 כל צד רשאי לסיים את ההתקשרות בכל עת, בהודעה מראש של חודש.", dealt},
	}
}
