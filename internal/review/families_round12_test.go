package review

import "testing"

// TestRound12Senses pins the senses of round 12: words of an item used for
// something else in formal agreements and templates. Each case is a
// family, and each has a look-alike that must keep its decision.
func TestRound12Senses(t *testing.T) {
	e := newTestEngine(t)
	checkDealt(t, e, []dealtCase{
		// A bank of hours is how support is priced, not a way to re-plan.
		{"Hebrew: a bank of hours in an order line is no re-planning", "flexibility",
			"הזמנת רכש – שירותים\n10 | שירותי טכנאי מחשוב – בנק שעות לתמיכה בחדרי המחשבים, לפי קריאות יחידת המחשוב | 60 | שעה | 185.00\n", Missing},
		{"Hebrew: unused hours carried to next month still are", "flexibility",
			"4.2 שעות שלא נוצלו מתוך בנק השעות יועברו לחודש הבא.\n", Partial},
		// "לשנות לימודים נוספות" is "for further school years".
		{"Hebrew: extending 'לשנות לימודים נוספות' is no change procedure", "changes",
			"3.2 הרשת רשאית להאריך את ההסכם לשנות לימודים נוספות, ובלבד שסך תקופת ההסכם לא יעלה על ארבע שנות לימודים.\n", Missing},
		// A contractor's duty to pay its guards is no late payment.
		{"Hebrew: unpaid wages are a breach by the contractor, not late payment", "late_payment",
			"28. הקבלן ישלם למאבטחים שכר ותנאים סוציאליים כדין. אי-תשלום שכר כדין יהווה הפרה יסודית של החוזה.\n", Missing},
		{"Hebrew: the client's non-payment still is", "late_payment",
			"9.4 אי-תשלום במועד יזכה את הספק בריבית פיגורים בשיעור של 1% לחודש.\n", Partial},
		{"English: failure to pay wages is no late payment", "late_payment",
			"12.1 Failure to pay wages at the award rate is a material breach.\n", Missing},
		// Penalties charged by a tax authority are not sanctions between
		// the parties.
		{"penalties charged by Revenue", "sanctions",
			"4.4 The company remains liable for any interest, surcharges or penalties charged by Revenue on late returns.\n", Missing},
		{"a penalty for breach still is", "sanctions",
			"7.3 If the Supplier fails to meet the deadline, the Client may deduct a penalty of 2% of the fee per week of delay.\n", Partial},
		// A written progress update is reporting, not re-planning; an
		// annex called the Schedule of Services is no timeline to revise.
		{"a written update before the planned date is communication", "flexibility",
			"3.1 We will send you a written update on the progress of the Transaction at least once every two weeks and in the ten working days before the planned completion date.\n", Missing},
		{"a revised Schedule of Services is an annex", "flexibility",
			"12.1 If you wish to change the services, please tell us. We will set out the change and the revised monthly fee in a revised Schedule of Services, which takes effect when signed by both of us.\n", Missing},
		// "an employee of equivalent standing" defines the word partner.
		{"the word partner is no employment status", "independent_contractor",
			"1.2 The word \"partner\" refers to a member of Harcourt Lyle LLP or an employee of equivalent standing.\n", Missing},
		{"not an employee of the client still is", "independent_contractor",
			"2 The Consultant is engaged as an independent contractor and not as an employee of the Client.\n", Partial},
		// Retention of title to materials until paid is no IP clause.
		{"ownership of materials supplied until paid for", "intellectual_property",
			"2. Ownership of any materials supplied remains with Coastline Painting Services until they are paid for in full.\n", Missing},
		{"copyright in the designs still is", "intellectual_property",
			"9.1 Copyright in the final designs passes to the Client on payment in full.\n", Partial},
		// Workers who sign confidentiality undertakings say nothing of
		// their employment status.
		{"Hebrew: supplier's workers sign confidentiality undertakings", "independent_contractor",
			"9.1 כל עובדי הספק המועסקים בביצוע הזמנה זו יחתמו, לפני תחילת עבודתם, על התחייבות לשמירת סודיות בנוסח נספח ג'.\n", Missing},
		{"Hebrew: the supplier's workers employed by it alone still are", "independent_contractor",
			"9.2 עובדי הספק יועסקו על ידי הספק בלבד, והוא יישא בשכרם ובכל התשלומים הסוציאליים.\n", Partial},
		// A catch-all at the end of the services is scope, not a route to
		// order extra work.
		{"Hebrew: 'וכן כל עבודה נוספת שתידרש' in the services", "additional_services",
			"1.1 נותן השירותים יספק לחברה שירותי פיתוח תוכנה, ובכלל זה פיתוח רכיבי צד לקוח וצד שרת, וכן כל עבודה נוספת שתידרש לצורך הפרויקט.\n", Missing},
		{"Hebrew: extra work ordered in writing at an hourly rate still is", "additional_services",
			"6.2 עבודה נוספת תבוצע לאחר אישור בכתב של הלקוח, בתעריף של 250 ש\"ח לשעה בתוספת מע\"מ.\n", Present},
		// A quote's validity is no timeline.
		{"an estimate valid for 30 days", "schedule",
			"Estimate valid for 30 days.\n", Missing},
	})
}

// TestRound12Words pins items written in plain words in round 12.
func TestRound12Words(t *testing.T) {
	e := newTestEngine(t)
	checkDealt(t, e, []dealtCase{
		{"Hebrew: a vague promise to heed changed priorities", "flexibility",
			"8.3 החברה תשתדל להתחשב בשינויים בסדרי העדיפויות של הלקוח במהלך הפרויקט.\n", Partial},
		{"Hebrew: user counts updated once a quarter", "flexibility",
			"5.1 הלקוח רשאי, פעם ברבעון, לעדכן בפורטל את מספר המשתמשים והתחנות.\n", Partial},
		{"walking away after the roughs", "termination",
			"If you decide not to go ahead after seeing the roughs, just let me know. You won't owe anything more, but the deposit isn't refundable.\n", Partial},
		{"'I'll do my best to move your booking'", "flexibility",
			"11. If you need to change your wedding date, I'll do my best to move your booking to the new date if I'm free.\n", Partial},
		{"'please keep the areas clear' asks the client", "collaboration",
			"7. Please keep the areas we service clear of toys, hoses, pet waste and debris.\n", Partial},
		{"Hebrew: 'נא לדאוג' asks the client", "collaboration",
			"נא לדאוג לגישה לשטח ולקשירת הכלב ביום המדידה.\n", Partial},
		{"withdrawing workers for a breach", "sanctions",
			"7.6 If you breach this clause 7, we may withdraw any Temporary Worker immediately without liability to you.\n", Partial},
		{"staff engaged by the provider under its control", "independent_contractor",
			"7.1 Translators and revisers engaged by the Service Provider for an order work under the Service Provider's supervision and control.\n", Partial},
		{"a second photographer contracted and paid by me", "independent_contractor",
			"18. The second photographer is contracted and paid by me, not by you.\n", Partial},
	})
}

// TestRound12Letterhead pins a subsidiary document whose title stands
// under a two-line letterhead: its services are the main agreement's.
func TestRound12Letterhead(t *testing.T) {
	e := newTestEngine(t)
	checkDealt(t, e, []dealtCase{
		{"Hebrew: an extension under a ministry's letterhead", "scope",
			"מדינת ישראל\nמשרד הבינוי והשיכון – מחוז דרום\nתוספת מס' 1 להסכם מיום 15/03/2023\nהארכת תקופת ההתקשרות – מכרז פומבי מס' 12/2022 למתן שירותי ניקיון במשרדי המחוז\n1. תקופת ההתקשרות מוארכת עד יום 31/03/2026.\n2. יתר הוראות ההסכם יעמדו בתוקפן.\n", Missing},
	})
}

// TestRound12Pointers pins what a document says of itself or of another
// document: a document's date, its own title, the amendment it makes.
func TestRound12Pointers(t *testing.T) {
	e := newTestEngine(t)
	checkDealt(t, e, []dealtCase{
		{"a price only in a quotation 'dated' some day", "payment",
			"4. CONTRACT PRICE\n4.1 The Client shall pay the Contractor the Contract Price set out in the Contractor's Quotation No. Q-1187 dated January 20, 2025, which forms part of this Agreement.\n", Missing},
		{"a version date is no timeline", "schedule",
			"STANDARD TERMS OF SERVICE\n1. Term\n1.1 These terms were last updated 1 March 2026.\n", Missing},
		{"Hebrew: 'עדכון אחרון' dates the terms, not the work", "schedule",
			"תנאי שימוש\n1. תקופה\n1.1 עדכון אחרון: 12.1.2026\n", Missing},
		{"a price with a due date still is", "payment",
			"4.1 The Client shall pay the Contract Price of $1,200 per month within 30 days of each invoice.\n", Partial},
		{"the title names the agreement, not the services", "scope",
			"AMENDING AGREEMENT NO. 2\nTO THE CUSTOMER CONTACT CENTRE SERVICES AGREEMENT\nTHIS AMENDING AGREEMENT NO. 2 is dated June 16, 2025.\n1. Section 9 of the Agreement is deleted.\n", Missing},
		{"an amendment that amends is no change procedure", "changes",
			"AMENDING AGREEMENT NO. 2\nTO THE SERVICES AGREEMENT dated March 1, 2023\n3.1 The Agreement is amended by adding the following as Section 9A:\n6.1 Except as amended by this Amending Agreement, the Agreement remains unchanged.\n", Missing},
		{"'may only be varied in writing' still is", "changes",
			"12.2 This Agreement may only be varied in writing signed by both parties.\n", Partial},
		{"services only checked off on a schedule not in the text", "scope",
			"1. SERVICES. GreenEdge agrees to provide the services checked off on Schedule A for the property above (the \"Services\").\n", Missing},
		{"a heading on how the services are performed is not their description", "scope",
			"3. PERFORMANCE OF THE SERVICES\n3.1 The Consultant must perform the Services with the skill, care and diligence expected of a competent professional consultant.\n", Missing},
		{"a party over its place to sign heads no insurance clause", "liability",
			"1. Section 9 of the Agreement is deleted.\n2. This Amending Agreement may be executed in counterparts.\n3. This Amending Agreement is governed by the laws of Alberta.\nPRAIRIE NORTH MUTUAL INSURANCE COMPANY\nPer: ____________________ Name: Colleen Reimer Title: Senior Vice-President\nWESTCOAST CONTACT SOLUTIONS INC.\nPer: ____________________ Name: Trevor Lam Title: President\n", Missing},
	})
}

// TestRound12MoreSenses pins the senses found in the round's second wave.
func TestRound12MoreSenses(t *testing.T) {
	e := newTestEngine(t)
	checkDealt(t, e, []dealtCase{
		{"a guard holding a valid SIA licence is no IP", "intellectual_property",
			"KPI 5 Licensing and screening: 100% of Security Officers holding a valid SIA licence and screened to BS 7858.\n", Missing},
		{"cycle counts reviewed quarterly are no re-planning", "flexibility",
			"7.5 At each quarterly business review the parties shall jointly review performance against the KPIs, the results of the cycle counts, claims and volumes.\n", Missing},
		{"Hebrew: unused visits do not carry over", "flexibility",
			"3א.2 ביקורים ושעות שלא נוצלו בחודש מסוים אינם עוברים לחודש הבא ואינם מזכים בהחזר.\n", Missing},
		{"final files held until payment is received", "late_payment",
			"Final files will not be released until payment is received in full.\n", Present},
		{"business information held in confidence is no data handling", "data_protection",
			"11.1 Each party shall hold in confidence all non-public information disclosed to it by the other party, including product information, sales volumes and customer lists.\n", Missing},
		{"Hebrew: the other side's business information is no data handling", "data_protection",
			"9.1 כל צד ישמור בסודיות את המידע העסקי של הצד השני, לרבות נתוני לקוחות, מחירים ונתונים טכניים.\n", Missing},
		{"English: unused hours do not roll over", "flexibility",
			"3.2 Unused hours do not roll over to the next month.\n", Missing},
		{"Hebrew: results not guaranteed is no force majeure", "unforeseen",
			"8.1 המשרד יפעל במיטב מקצועיותו, אך אינו מתחייב לכמות לידים, שכן אלה תלויים בגורמים רבים שאינם בשליטתו.\n", Missing},
		{"Hebrew: launch and closing events are no termination", "termination",
			"5.3 עלויות ההסעה והכיבוד באירועי ההשקה והסיום יחולו על החברה.\n", Missing},
		{"Hebrew: payroll data of the client's employees is no employment status", "independent_contractor",
			"8.2 מידע אישי של עובדי החברה שיועבר למשרד לצורך הכנת השכר ישמש אך ורק לצורך זה.\n", Missing},
		{"Hebrew: a reference line names no services", "scope",
			"סימוכין: הסכם שירותי אחזקה מיום 01.07.2023 (להלן: \"ההסכם\")\n", Missing},
		{"Hebrew: no photographs of the youths is data handling", "data_protection",
			"8.2 אין לצלם את בני הנוער ללא אישור בכתב של רכזת המתנדבים, ואין לפרסם תמונות שבהן ניתן לזהות אותם.\n", Partial},
		{"Hebrew: no photographs of the offices' interior is not", "data_protection",
			"6.3 עובדינו מונחים שלא לצלם את פנים המשרדים.\n", Missing},
	})
}

// TestRound12HebrewWords pins Hebrew items written in plain words in the
// round's second wave.
func TestRound12HebrewWords(t *testing.T) {
	e := newTestEngine(t)
	checkDealt(t, e, []dealtCase{
		{"crediting the client for a missing component", "sanctions",
			"25.1 לא סופק רכיב מהותי כמוסכם, מסיבה התלויה במפיקה, תזכה המפיקה את הלקוח בעלות הרכיב בתוספת 20%.\n", Present},
		{"'ולא תשלם כל פיצוי' excludes compensation", "sanctions",
			"10.3 החברה אינה אחראית ולא תשלם כל פיצוי בגין איחור של המטפל.\n", Partial},
		{"summaries distributed as far as possible", "meeting_summaries",
			"21.2 פגישות הפקה עם נציגי הלקוח יתקיימו לפי הצורך, וסיכומיהן יופצו ככל הניתן.\n", Partial},
		{"technicians do not read the client's documents", "confidentiality",
			"10.1 טכנאי החברה לא יעיינו במסמכי הלקוח ובתיבות הדואר שלו מעבר לנדרש לטיפול בקריאה.\n", Partial},
		{"priorities set at the monthly status meeting", "flexibility",
			"4.4 בפגישת הסטטוס החודשית ייקבעו יחד עם הלקוח סדרי העדיפויות לחודש הבא.\n", Partial},
		{"changes coordinated with the training coordinator", "changes",
			"4. שינויים בתכנים או במועדים יתואמו מול רכזת ההדרכה שלנו.\n", Partial},
		{"a discount for each working day of late delivery", "sanctions",
			"4.4 על כל יום עבודה של איחור במסירת הגרסה הסופית יקבל הלקוח הנחה של 500 ש\"ח מהתשלום השני, ועד 10% ממחיר ההזמנה.\n", Present},
		{"crew acting for the studio, which pays their wages", "independent_contractor",
			"6.1 כל אנשי הצוות (במאי, צלם, עורך) פועלים מטעם הסטודיו, והסטודיו אחראי לתשלום שכרם.\n", Partial},
		{"ending the agreement when the campaigns miss every target", "sanctions",
			"3.3 אם במשך 3 חודשים רצופים לא יעמדו הקמפיינים באף אחד מהיעדים, רשאי הלקוח לסיים את ההסכם לאלתר, בהודעה בכתב.\n", Partial},
		{"'ולא יחולו עליה כל פיצוי' excludes compensation", "sanctions",
			"4.1 הכותבת אינה מתחייבת לדירוג, ולא יחולו עליה כל פיצוי או הפחתה בתמורה בגין אי-השגתו.\n", Partial},
		{"rankings that depend on many factors are no force majeure", "unforeseen",
			"4.1 הדירוג במנועי החיפוש תלוי בגורמים רבים שאינם בשליטת הכותבת, לרבות שינויים באלגוריתם של Google.\n", Missing},
		{"granting view access is a one-way input", "collaboration",
			"בין: פלואו HR בע\"מ, ח.פ. 516112859 (להלן: \"החברה\")\nלבין: מיכל אברהם, עוסק מורשה 203948571 (להלן: \"הכותבת\")\n5.3 החברה תעניק לכותבת גישה ל-Google Search Console בהרשאת צפייה בלבד.\n", Partial},
		{"shared success metrics", "collaboration",
			"5. מדדי ההצלחה המשותפים שלנו לתקופה: Activation rate של 35% לפחות. שני הצדדים יפעלו יחד להשגתם.\n", Present},
		{"decisions documented in Notion when possible", "meeting_summaries",
			"6. נקיים פגישות עבודה לפי הצורך. החלטות מהותיות אתעד ב-Notion ככל הניתן.\n", Partial},
		{"answers kept with limited access and deleted", "data_protection",
			"10. תשובות השאלון המקדים ישמשו את המנחה להתאמת הסדנה בלבד. הן יישמרו במערכת השאלונים של החברה, בגישה למנחה ולרכזת ההדרכה בלבד, וימחקו 30 יום לאחר המפגש האחרון.\n", Partial},
	})
}

// TestDocumentDate pins which words before a date make it a document's
// date rather than a date of the work.
func TestDocumentDate(t *testing.T) {
	for _, tt := range []struct {
		before string
		want   bool
	}{
		{"Contractor's Quotation No. Q-1187 dated ", true},
		{"Rates last revised ", true},
		{"Last updated: ", true},
		{"These terms were last updated ", true},
		{"The Services start on ", false},
		{"Start date: ", false},
		{"בין הצדדים נחתם ההסכם מיום ", true},
		{"הצעת המחיר מתאריך ", true},
		{"השירותים יינתנו החל מיום ", false},
		{"עדכון אחרון: ", true},
		{"התנאים עודכנו לאחרונה ", true},
	} {
		if got := documentDate(tt.before); got != tt.want {
			t.Errorf("documentDate(%q) = %v, want %v", tt.before, got, tt.want)
		}
	}
}

// TestRound12ThirdWave pins the families of the round's third wave:
// Israeli small businesses and maintenance plans sold to businesses.
func TestRound12ThirdWave(t *testing.T) {
	e := newTestEngine(t)
	checkDealt(t, e, []dealtCase{
		{"Hebrew: no work at height in rain or strong wind, postponed", "unforeseen",
			"4. בימי גשם או רוח חזקה לא תבוצע עבודה בגובה מטעמי בטיחות, והעבודה תידחה למועד הפנוי הקרוב.\n", Present},
		{"Hebrew: rainwater in the gutters is no weather rule", "unforeseen",
			"2. ניקוי המרזבים ממי גשם ועלים פעמיים בשנה.\n", Missing},
		{"Hebrew: a refund when the caterer cannot hold the event", "sanctions",
			"אם מסיבה כלשהי שתלויה בנו לא נוכל לקיים את האירוע, נודיע על כך מיד ונחזיר את כל הסכומים ששולמו.\n", Partial},
		{"Hebrew: a one-year subscription is a term", "schedule",
			"• המנוי הוא לשנה. אם לא תגידי אחרת הוא ממשיך לשנה הבאה.\n", Partial},
		{"Hebrew: the client obtains the employees' consent to be filmed", "data_protection",
			"8.1 הלקוח אחראי לקבל את הסכמת העובדים להצטלם.\n", Partial},
		{"Hebrew: a quote's number and date are no timeline", "schedule",
			"בהמשך להצעת המחיר מס' 1184 מיום 02/11/2025, להלן תנאי העבודה:\n1. הניקיון יבוצע אחת לחודשיים.\n", Missing},
		{"interest excluded: 'not liable to pay interest'", "late_payment",
			"12.6 The Principal is not liable to pay interest on any amount payable under the Contract, including an amount paid after the date on which it was due.\n", Partial},
		{"a missed collection reported by phone, collected within a day", "communication",
			"3.1 If we miss a scheduled collection, please tell us by phone on 0800 229 278 or through the Bay Waste app by 12 noon on the next working day. We will collect the missed bin within one working day of being told.\n", Partial},
		{"the customer may pause collections on notice", "flexibility",
			"4.2 You may suspend collections for up to four consecutive weeks in any 12-month period by requesting it through the app at least 7 days before the suspension starts.\n", Partial},
		{"the supplier suspending for non-payment is no re-planning", "flexibility",
			"8.2 We may suspend collections on 7 days' notice if any invoice is overdue.\n", Missing},
		{"Hebrew: CCTV recordings erased on a loop are no IP", "intellectual_property",
			"7.3 ההקלטות נשמרות במקליט שבחנות בלבד, ונמחקות אוטומטית בהקלטה מעגלית לאחר 14 ימים.\n", Missing},
		{"the client's property manager is no property right", "intellectual_property",
			"5.1 Each Site shall have a communication log in which the Client's Property Manager and tenants may record requests.\n", Missing},
		{"pest control is no control over staff", "independent_contractor",
			"2.2 At each visit our technician will inspect the Premises for evidence of target pests and record the pest control measures taken.\n", Missing},
		{"unused minutes that don't roll over", "flexibility",
			"2.2 Content edits cover small changes to existing pages. Unused minutes don't roll over to the next month.\n", Missing},
		{"adjusting and lubricating equipment is maintenance", "flexibility",
			"We will examine the Equipment monthly, and we will adjust, lubricate and repair it as needed.\n", Missing},
		{"an initial survey accompanied by the client's representative", "shared_activities",
			"2.1 Before the first routine visit our surveyor will carry out an initial survey of the Premises, accompanied by your nominated representative.\n", Partial},
	})
}

// TestNamesAgreement pins the titles that name an agreement, in
// normalized text.
func TestNamesAgreement(t *testing.T) {
	for _, tt := range []struct {
		title string
		want  bool
	}{
		{"to the customer contact centre services agreement", true},
		{"master services contract", true},
		{"הסכמ למתנ שירותי ניקיונ", true},
		{"performance of the services", false},
		{"השירותימ", false},
		{"agreement", false},
	} {
		if got := namesAgreement([]rune(tt.title)); got != tt.want {
			t.Errorf("namesAgreement(%q) = %v, want %v", tt.title, got, tt.want)
		}
	}
}
