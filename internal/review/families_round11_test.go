package review

import "testing"

// TestRound11GivingVerbs pins the input duty of round 11: a client's duty
// to provide, supply or make available counts whatever it gives, unless it
// is negated or gives a notice or a payment.
func TestRound11GivingVerbs(t *testing.T) {
	e := newTestEngine(t)
	checkDealt(t, e, []dealtCase{
		{"the client provides an ice machine and strapping tape", "collaboration",
			"4.1 The Club shall provide an ice machine and strapping tape at every home game.\n", Partial},
		{"Hebrew: the client makes scaffolding available", "collaboration",
			"7.1 המזמין יעמיד פיגומים ומנוף במהלך ימי העבודה.\n", Partial},
		{"a negated giving verb states no duty", "collaboration",
			"2.2 The Customer must not copy, modify or sub-license the Software, or use it to provide services to third parties.\n", Missing},
		{"'as expressly provided in Exhibit A' is a reference, not a duty", "collaboration",
			"This Agreement is made between Acme Inc. (the \"Company\") and Jo Smith (\"Consultant\").\n9.1 The Company shall bear its own costs, except as expressly provided in Exhibit A.\n", Missing},
		{"'will be notified by email' is a means, not a duty to give", "collaboration",
			"7.1 The Customer will be notified by email when Equipment is ready for collection.\n", Missing},
		{"giving a notice is no input", "collaboration",
			"9.1 The Customer shall provide written notice of any defect within 7 days.\n", Missing},
		{"Hebrew: making the service available is the service, not an input", "collaboration",
			"1.3 החברה תעמיד את השירות בזמינות של 99.5% בכל חודש קלנדרי.\n", Missing},
		{"Hebrew: 'לספק' is also 'to the supplier'", "collaboration",
			"6.2 תרגום שנמצא בו ליקוי, והמזמין הודיע על כך לספק תוך 14 ימים ממועד המסירה, יתוקן על ידי הספק.\n", Missing},
		{"the supplier's giving is the service itself", "collaboration",
			"3.1 The Supplier shall provide uniforms and equipment for all guards.\n", Missing},
	})
}

// TestRound11Anaphora pins sentence openers that point back: "אם יהיה
// משהו כזה נדבר" answers the event named in the sentence before it.
func TestRound11Anaphora(t *testing.T) {
	e := newTestEngine(t)
	checkDealt(t, e, []dealtCase{
		{"Hebrew: reserve duty, then 'if something like that happens we'll talk'", "unforeseen",
			"14/04/2025, 11:24 - מאיה לוינסון: ורק שתדע, בן הזוג שלי במילואים ויכול להיות שגם אותי יקפיצו. אם יהיה משהו כזה נדבר\n", Partial},
		{"English: a strike, then 'if anything like that happens'", "unforeseen",
			"[12/03/2025, 10:02] Priya: There may be a transport strike next week. If anything like that happens we'll talk and move the session.\n", Partial},
		{"no event before the opener", "unforeseen",
			"14/04/2025, 11:24 - מאיה לוינסון: הטקסטים מוכנים. אם יהיה משהו כזה נדבר\n", Missing},
	})
}

// TestRound11ContactUs pins "contact us" headings in Hebrew terms of
// service: a section "קשר איתנו" with a support mailbox names no one.
func TestRound11ContactUs(t *testing.T) {
	e := newTestEngine(t)
	checkDealt(t, e, []dealtCase{
		{"Hebrew: 'קשר איתנו' over a support mailbox", "contacts",
			"5. קשר איתנו\n5.1 שירות הלקוחות זמין בצ'אט באפליקציה בימים א'–ה' בין השעות 09:00–18:00, ובדוא\"ל support@lomdim.co.il.\n", Missing},
		{"Hebrew: a contacts section with a named person stays", "contacts",
			"5. אנשי קשר\n5.1 איש הקשר מטעם הספק: יואב כהן, 050-1234567, yoav@lomdim.co.il.\n", Present},
	})
}

// TestRound11Words pins the words and senses of round 11: items written in
// plain words (re-performance, a waived month, meetings in addition to
// those included, client inputs, faults reported, joint forums, plan
// switches, extras ordered by e-mail, payments that freeze the service…)
// and look-alikes in formal text (title to goods, beneficial ownership,
// directors' minutes, clinical summaries, overdue cases, adjusting
// entries…), each beside a case that must keep its decision.
func TestRound11Words(t *testing.T) {
	e := newTestEngine(t)
	checkDealt(t, e, []dealtCase{
		{"Hebrew: the supplier repairs at its own cost and repeats the work", "sanctions",
			"12.1 עבודה שנמצא בה ליקוי – הספק יתקן אותה על חשבונו ויחזור על העבודה.\n", Partial},
		{"Hebrew: if we did not arrive in 24 hours, you will not be charged for the month", "sanctions",
			"[12:31] רוני קפה: אם לא הגענו תוך 24 שעות – החודש הזה עליי, לא תחויבו עליו בכלל\n", Present},
		{"meetings in addition to those included, charged by the hour", "additional_services",
			"4.3 Attendance by the Manager at council meetings in addition to those included in Schedule A will be provided when requested in writing by the council president, and will be charged at $175.00 per hour plus GST.\n", Present},
		{"Hebrew: 'מה הלקוח צריך לספק' over a list", "collaboration",
			"10. מה הלקוח צריך לספק\n10.1 גישה לחדרי הישיבות בתיאום, וגישה מרחוק למחשבי החדרים.\n10.2 איש קשר זמין בזמן הביקור.\n", Partial},
		{"Hebrew: faults reported by message or to the call centre", "communication",
			"[11.3.2026, 12:31] אבי | בריו-טק: תקלה – שולחים הודעה כאן או מתקשרים למוקד 03-5569010. טכנאי מגיע תוך 24 שעות בימי עבודה.\n", Present},
		{"English: faults logged through the portal", "communication",
			"6.2 Faults must be logged through the portal or by phone to the helpdesk on 0800 123 456; we respond within 4 business hours.\n", Present},
		{"a joint committee with words between", "collaboration",
			"9.1 A Joint Quality Review Committee is constituted with two members from each party; it will meet once a quarter to review turnaround and to agree corrective actions on both sides.\n", Present},
		{"a workplace health and safety committee is no joint forum of the parties", "collaboration",
			"8.3 The Contractor shall comply with the directions of the site's joint health and safety committee.\n", Missing},
		{"Hebrew: users added or removed and plans switched at any time", "flexibility",
			"5. שינוי היקף המנוי\n5.1 מנהל החשבון רשאי בכל עת להוסיף או להסיר משתמשים ולעבור בין מסלולים דרך ממשק הניהול.\n", Present},
		{"a deed of variation of a lease is no change procedure", "changes",
			"1.2 I will check the charges against the service charge provisions of your lease dated 3 May 2019 and any deed of variation.\n", Missing},
		{"Hebrew: a protocol of the hand-over walk-through", "meeting_summaries",
			"4.2 מנהל הצוות ירשום בפרוטוקול סיור המסירה את הליקויים שנמצאו.\n", Partial},
		{"Hebrew: call recordings kept 90 days, according to law", "data_protection",
			"הקלטות שיחות נשמרות 90 יום בשרתי החברה, בהתאם לדין.\n", Partial},
		{"Hebrew: the construct 'מחירי השירות' updated by notice", "changes",
			"1. קולנט רשאית לעדכן את מחירי השירות החודשי בהודעה מראש של 30 יום.\n", Partial},
		{"Hebrew: call recording is a telephony feature, not minutes", "meeting_summaries",
			"1.1 השירות מאפשר הקלטה אוטומטית של שיחות נכנסות ויוצאות בשלוחות הלקוח, וההקלטות נשמרות בענן.\n", Missing},
		{"the Council may vary the sampling program", "flexibility",
			"9.4 The Council may vary the sampling program from time to time and will endeavour to give the Contractor advance notice.\n", Partial},
		{"no interest on delayed payment is an exclusion", "late_payment",
			"6.4 We do not charge interest on delayed payment of our fees.\n", Partial},
		{"working papers that are the auditor's property", "intellectual_property",
			"7.2 Our audit working papers are our property and will be retained by us for seven years.\n", Partial},
		{"bins that are the supplier's property are no IP", "intellectual_property",
			"4.1 The bins supplied remain our property and must not be moved from the collection point.\n", Missing},
		{"added users through the admin console, per user per month", "additional_services",
			"Additional users may be added by the Customer's administrator through the admin console at any time; added users are billed at $9.00 per user per month, prorated.\n", Partial},
		{"key decisions of the meetings confirmed by e-mail", "meeting_summaries",
			"6.4 Where practical, Broker may confirm key decisions made at these meetings by email.\n", Partial},
		{"a declared catastrophe suspends the targets", "unforeseen",
			"5.2 During a declared catastrophe and for 14 days after it is closed, the targets in 3.1 and the service credit in item 4 do not apply to catastrophe files.\n", Partial},
		{"a register of beneficial ownership is no IP", "intellectual_property",
			"What I will do: keep the statutory registers (members, directors, charges and the register of beneficial ownership) and file the annual return.\n", Missing},
		{"minutes of the client's own directors' meetings are a deliverable, not minutes between the parties", "meeting_summaries",
			"What I will do: prepare minutes of directors' meetings and of the annual general meeting, and file them with the CRO.\n", Missing},
		{"title to rental linen is ownership of goods, not IP", "intellectual_property",
			"3.6 Title to all rental linen remains with the Supplier at all times.\n", Missing},
		{"Hebrew: the supplier late in delivering is no late payment", "late_payment",
			"7.1 איחר הספק במסירת אצווה ביותר מ-3 ימי עסקים, תופחת התמורה בגין אותה אצווה ב-1.5% לכל יום עסקים של איחור.\n", Missing},
		{"Hebrew: non-payment for hours not worked is no late payment", "late_payment",
			"9.1 בגין הפרות אלה ישלם קבלן המשנה לקבלן קנס כמפורט להלן, בנוסף לאי-תשלום בעד השעות שלא בוצעו.\n", Missing},
		{"Hebrew: a monthly coordination forum of both sides", "collaboration",
			"5.1 יוקם פורום תיאום חודשי בהשתתפות נציגי האגף, הספק והקב\"ט. הפורום יתכנס ביום שני הראשון בכל חודש.\n", Present},
		{"Hebrew: the quota updated up or down once a quarter", "flexibility",
			"3.1 רשאית העמותה, פעם ברבעון, לעדכן את מכסת המתנדבים הפעילים בחשבונה במדרגות של 100, כלפי מעלה או כלפי מטה, בהודעה 14 ימים מראש.\n", Present},
		{"Hebrew: changes only by an orderly e-mail, approved by e-mail", "changes",
			"[13.1.2026, 11:30] דנה: שינויים – רק במייל מסודר אליי, ואנחנו מאשרים במייל חוזר\n", Partial},
		{"'unless terminated earlier in accordance with the MSA' is a bare reference", "termination",
			"STATEMENT OF WORK No. 3\n4.1 This SOW takes effect on 2 March 2026 and remains in effect until 28 February 2028 unless terminated earlier in accordance with the MSA.\n", Missing},
		{"a termination right with notice in the same words stays", "termination",
			"4.1 This SOW remains in effect until 28 February 2028. Either party may terminate this SOW on 60 days' written notice.\n", Partial},
		{"overdue cases are pharmacovigilance work, not late payment", "late_payment",
			"5.1 The parties shall hold an operational call every Tuesday to review case volumes and overdue cases.\n", Missing},
		{"Hebrew: the arrangements you write remain yours", "intellectual_property",
			"7. העיבודים שתכתבי למקהלה יישארו שלך. המקהלה תוכל להמשיך לבצע אותם גם אחרי שתסיימי את תפקידך.\n", Present},
		{"Hebrew: a clinical visit summary is no summary of the parties' meetings", "meeting_summaries",
			"2.5 בסיום כל ביקור יישלח למטופל סיכום ביקור, המהווה חלק מהרשומה הרפואית.\n", Missing},
		{"Hebrew: a reconnaissance trip together before the trip", "shared_activities",
			"6. סיור מקדים: מה דעתך על יום א', 22.2.2026? ניסע יחד, את ואני, על המסלול של יום ב'.\n", Partial},
		{"Hebrew: end-of-course events are no termination", "termination",
			"5.2 לקראת אירועי סיום קורסים יבוצע גיזום נוסף בחצר המכללה.\n", Missing},
		{"Hebrew: findings recorded in the site's safety diary", "meeting_summaries",
			"1.3 ממצאי כל ביקור יירשמו ביומן הבטיחות של האתר.\n", Partial},
		{"Hebrew: data kept in the company's databases according to law", "data_protection",
			"13. פרטי הדיירים יישמרו במאגרי החברה וישמשו אותה בהתאם להוראות כל דין.\n", Partial},
		{"Hebrew: the subcontractor coordinates its work with the other trades", "collaboration",
			"5.1 קבלן המשנה יתאם את עבודתו עם קבלני המקצועות האחרים באתר.\n", Partial},
		{"Hebrew: the contractor's supervisor, his contact details given in writing", "contacts",
			"7.1 מפקח העבודה מטעם הקבלן יהיה זמין בטלפון נייד בכל יום עבודה. פרטי ההתקשרות שלו יימסרו בכתב למנהל לפני מועד תחילת השירותים.\n", Partial},
		{"a landlord who owns the property owns no IP", "intellectual_property",
			"2.2 You confirm that you own the property or are legally entitled to let it.\n", Missing},
		{"'I cannot be responsible' is a narrow disclaimer", "liability",
			"Late filing: I cannot be responsible for late filing penalties where the signed financial statements reach me less than 14 days before the return is due.\n", Partial},
		{"photos sent in the chat after each clean", "communication",
			"[12/09/2025, 8:33:50 pm] Mere: I send photos of every room in here after each clean, usually within half an hour of finishing\n", Partial},
		{"Hebrew: construct 'פרטי עובדי המסעדה' used for that purpose only", "data_protection",
			"16.1 פרטי עובדי המסעדה שיועברו ליועצת לצורך ההדרכות ישמשו אותה לצורך זה בלבד.\n", Partial},
		{"a worker who meets the hospital's requirements and has completed training is no meeting", "shared_activities",
			"3.2 The Agency must ensure that each Agency Worker (d) meets the Hospital's immunisation requirements set out in Schedule 3 and (e) has completed the mandatory training set out in Schedule 3.\n", Missing},
		{"joint workshops and a monthly project meeting are still meetings", "shared_activities",
			"7.1 The parties will hold joint training workshops each quarter and a project meeting every month to review progress.\n", Present},
		{"no interest for delay in payment is an exclusion", "late_payment",
			"5.4 The Supplier shall not be entitled to interest or any compensation for delay in payment by the Authority.\n", Partial},
		{"a written event sheet sent after the planning meeting", "meeting_summaries",
			"Planning: your coordinator will invite you to a planning meeting. After the meeting we will send you a written Event Sheet summarising everything we have agreed.\n", Partial},
		{"the hotel credits the client per room per night", "sanctions",
			"5.1 If the Hotel is unable to provide any confirmed room on the New Dates, the Hotel shall, at its own cost: (a) accommodate the guest at a hotel of equal category; and (c) credit the Client €100.00 per room per night affected.\n", Present},
		{"a balance adjusted to the final number of guests is pricing, not re-planning", "flexibility",
			"Balance: ₪11,130, to be paid no later than 12.05.2026. The balance will be adjusted according to the final number of guests.\n", Missing},
		{"year-end adjusting entries are bookkeeping", "flexibility",
			"4. Year-end: adjusting entries, compiled financial statements and the T2 return, including the Ontario schedule.\n", Missing},
		{"Hebrew: response times are a target without compensation", "sanctions",
			"זמני התגובה הם יעד שאני עומד בו כמעט תמיד, אבל אין עליהם פיצוי.\n", Partial},
		{"Hebrew: a payment delayed over 30 days freezes the service", "late_payment",
			"4. אם תשלום מתעכב ביותר מ-30 יום, אני מקפיא את השירות השוטף עד להסדרה.\n", Present},
		{"Hebrew: 'נעבוד מולך במייל' names a channel", "communication",
			"נעבוד מולך במייל, ואת הקבצים אחזיר בתיקייה המשותפת.\n", Partial},
		{"a transition period after expiry or termination is no timeline", "schedule",
			"9.5 Transition. Upon expiration or any termination of this Agreement, at Client's written request Provider shall continue to provide the Services for up to ninety (90) days at the rates then in effect.\n", Missing},
		{"a copy of a notice by e-mail is no channel", "communication",
			"If to Provider: 120 Front Street, Worcester, Massachusetts 01608, Attention: Chief Executive Officer, with a copy (which shall not constitute notice) by email to legal@quill.example.com.\n", Missing},
		{"a priced retest ordered by e-mail is extra work", "additional_services",
			"Retests are $95.00 per location. Just email me the unit numbers.\n", Present},
		{"Hebrew: an afternoon extension ordered on the form", "additional_services",
			"4. הארכת צהריים: 690 ₪ למחזור. ניתן להזמין בטופס ההרשמה או באתר עד 7 ימים לפני תחילת המחזור.\n", Present},
		{"each Friday the client tells which folders to prioritise", "flexibility",
			"Each Friday you can tell us which orchard folders to prioritise for the next week, and we plan the annotators accordingly.\n", Present},
		{"Hebrew: every Sunday the focus of the week, which may change", "flexibility",
			"[3.2.2026, 10:14] עמית: כל יום ראשון בבוקר אני כותב לך ב-Slack מה הפוקוס לשבוע. זה יכול להשתנות באמצע\n", Present},
		{"previews watermarked until the payment comes through", "late_payment",
			"The gallery shows watermarked previews until the payment comes through, then the full-resolution downloads unlock.\n", Present},
		{"Hebrew: work stops while a payment is late", "late_payment",
			"[4.2.2026, 09:12] נועה: אם יש איחור של יותר מ-15 יום מעבר לזה אני עוצרת עבודה עד שמסדרים\n", Present},
		{"stored on an encrypted device and deleted within 30 days", "data_protection",
			"Per IRB protocol #2021-0457 the editor stores it only on an encrypted device, doesn't share it, and deletes it within 30 days.\n", Partial},
		{"Hebrew: an encrypted secure folder, deleted 90 days after delivery", "data_protection",
			"המסמכים יישמרו בתיקייה מאובטחת ומוצפנת ויימחקו 90 יום לאחר מסירת האישורים.\n", Partial},
		{"Hebrew: an exit fee before the end of the commitment", "termination",
			"ביטול לפני תום תקופת ההתחייבות יחויב בדמי יציאה בגובה 50% מיתרת התשלומים.\n", Partial},
	})
}

// TestRound11Amendments pins the amendment rules of round 11: an
// "Amending Agreement" is subsidiary whatever its first lines say, and a
// clause that says the services go on unchanged restates none of them.
func TestRound11Amendments(t *testing.T) {
	e := newTestEngine(t)
	amending := "AMENDING AGREEMENT NO. 2\n(Strata Management Agreement – Harbourview Mews)\n\nTHIS AMENDING AGREEMENT is dated for reference January 12, 2026.\n\nBETWEEN:\nTHE OWNERS, STRATA PLAN EPS4412\n(the \"Strata Corporation\")\nAND:\nCOASTLINE STRATA MANAGEMENT LTD.\n(the \"Manager\")\n\n"
	checkDealt(t, e, []dealtCase{
		{"services that continue as the Agreement describes them", "scope",
			amending + "2. Services and Management Fee\n2.1 During the Renewal Term the Manager will continue to provide the Services described in Schedule A of the Agreement, for the Management Fee set out in section 5.1 of the Agreement. This Amending Agreement does not change the Services or the Management Fee.\n", Missing},
		{"new services described in the amendment count", "scope",
			amending + "2. Services\n2.1 From February 1, 2026 the Services include administering the building's EV charging bays: monthly meter readings, billing of each owner's use and liaison with the charging network.\n", Present},
		{"a SECOND AMENDMENT keeps the services of the Agreement", "scope",
			"SECOND AMENDMENT TO MEDICAL TRANSCRIPTION SERVICES AGREEMENT\n\nThis Second Amendment (this \"Amendment\") is entered into as of 03/01/2026 by and between Quill & Ledger Transcription Services, LLC (\"Provider\") and Harbor Point Medical Group (\"Client\").\n9.5 Provider shall continue to provide the Services during any transition period at the rates then in effect.\n", Missing},
		{"Hebrew: an addendum's new services under 'שירותי השכר'", "scope",
			"תוספת מס' 1\nלהסכם למתן שירותי הנהלת חשבונות מיום 22.2.2026\n\n2. שירותי השכר\n2.1 בנוסף על השירותים לפי סעיף 3.1 להסכם, תספק מנהלת החשבונות לחברה את השירותים הבאים:\n(א) חישוב שכר חודשי והפקת תלושי שכר לעובדי החברה;\n(ב) הפקת קובץ תשלומי שכר לבנק (מס\"ב);\n", Present},
		{"Hebrew: 'בשיעור של עד 15%' is a rate, not a lesson", "scope",
			"תוספת מס' 2\nלהסכם לאספקת שירותי תקשורת סלולרית מיום 1.9.2024\n\n5. הגדלה והקטנה של מספר הקווים\n5.1 החברה רשאית, פעם אחת בכל רבעון קלנדרי, להגדיל או להקטין את מספר הקווים בשיעור של עד 15% ממספר הקווים.\n", Missing},
	})
}

// TestRound11PartyLines pins two lines that are not headings: a party's
// name after "BETWEEN:" and a tagline of details separated by dots.
func TestRound11PartyLines(t *testing.T) {
	e := newTestEngine(t)
	checkDealt(t, e, []dealtCase{
		{"a party's name after BETWEEN: heads nothing", "flexibility",
			"AMENDING AGREEMENT NO. 2\n\nBETWEEN:\nTHE OWNERS, STRATA PLAN EPS4412\n1280 Esplanade Lane, North Vancouver, British Columbia V7L 1B3\n(the \"Strata Corporation\")\n\nAND:\nCOASTLINE STRATA MANAGEMENT LTD.\n(the \"Manager\")\n", Missing},
		{"a tagline with dots heads nothing", "flexibility",
			"Thanks, see you Saturday!\nMarco Pacheco\nReal estate photography · Drone · Floor plans\n416-555-0190 | pachecovisual.ca\nHST # 78234 5519 RT0001\n", Missing},
		{"a real planning heading still heads its clause", "flexibility",
			"6. Re-planning\n6.1 At each monthly review the Client may re-order the backlog and move up to 20% of the hours between workstreams, by e-mail, effective the following Monday.\n", Present},
	})
}
