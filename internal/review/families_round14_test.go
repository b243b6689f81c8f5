package review

import "testing"

// TestRound14Generalizations pins round 14's changes: ending the agreement
// for non-payment is a sanction (in part) although the clause speaks of
// overdue invoices, and a lead-in that ends in a condition ("may terminate
// this agreement if:") reads as one sentence with each item of its list.
// The sentences are written for the test, not taken from any corpus; each
// family has look-alikes that must keep their decision.
func TestRound14Generalizations(t *testing.T) {
	e := newTestEngine(t)
	checkDealt(t, e, []dealtCase{
		// Ending the agreement for non-payment is termination for breach
		// without a cure period.
		{"English: the retainer ends if an invoice is overdue", "sanctions",
			"6. We may terminate the retainer if any invoice is more than 21 days overdue.\n", Partial},
		{"English: the contract may be determined for non-payment", "sanctions",
			"4.2 If the Customer fails to pay any invoice when due, the Contractor may forthwith determine this agreement.\n", Partial},
		{"Hebrew: the order is cancelled when a payment is not made", "sanctions",
			"5. אם הלקוח לא ישלם תשלום כלשהו במועדו, תהא החברה רשאית לבטל את ההזמנה.\n", Partial},
		// Suspension for non-payment stays a late-payment consequence,
		// and paying what is unpaid on ending is no sanction.
		{"English: work suspended for an overdue invoice is no sanction", "sanctions",
			"7. If an invoice is overdue we may suspend work until it is paid.\n", Missing},
		{"English: fees owed on the client's termination are no sanction", "sanctions",
			"9. If you terminate this agreement, you will pay any overdue invoices and the fees for work done.\n", Missing},
		{"Hebrew: suspension of the service for late payment is no sanction", "sanctions",
			"6. במקרה של איחור בתשלום רשאית החברה להשהות את מתן השירות עד לתשלום.\n", Missing},
		{"English: interest on overdue amounts is no sanction", "sanctions",
			"8. Overdue amounts bear interest at 1.5% per month.\n", Missing},
		// A conditional lead-in and the items of its list.
		{"English: terminate if: a breach in the list", "sanctions",
			"11.2 The Consultant may terminate this agreement if:\n(a) the Client breaches any term of this agreement;\n(b) the Client becomes insolvent.\n", Partial},
		{"Hebrew: termination in any of the following cases: a breach in the list", "sanctions",
			"12.1 החברה תהא רשאית לבטל הסכם זה בכל אחד מהמקרים הבאים:\n12.1.1 הלקוח הפר הוראה מהוראות ההסכם.\n12.1.2 הלקוח פשט את הרגל.\n", Partial},
		{"English: a replacement clause under 'replaced with the following:' stands alone", "sanctions",
			"3. Section 12 of the Agreement is deleted and replaced with the following:\n12.1 Either party may terminate this Agreement on 60 days' written notice.\n12.2 The Supplier shall deliver the reports on time.\n", Missing},
		{"English: a plain list under a lead-in is no sanction", "sanctions",
			"5. On termination the Supplier will:\n(a) return the Client's documents;\n(b) stop using the Client's systems.\n", Missing},
		// A statement of work named in a sentence points to another
		// document; under its own heading it is the scope.
		{"English: work described in a statement of work not in the text", "scope",
			"You will do the work described in the statement of work. The company will pay the fees described in the statement of work.\n", Missing},
		{"English: a specification heading over a task list", "scope",
			"3. Cleaning Specification\nOffices and meeting rooms: empty the bins, dust the desks, vacuum all carpeted areas.\nWashrooms: clean and sanitise toilets and basins, refill soap and paper towels.\n", Present},
		{"Hebrew: a technical specification heading over the works", "scope",
			"4. מפרט טכני\nהחלפת 12 גופי תאורה בלובי ובחדר המדרגות, כולל פירוק הישנים ופינויים.\n", Present},
		// The supplier must be the one who provides.
		{"English: the client provides the contractor with a desk", "scope",
			"4. The Client will provide the Contractor with a desk and internet access free of charge.\n", Missing},
		// Support through a named channel is a channel of communication.
		{"English: support by e-mail and phone", "communication",
			"Support is available by email and by phone.\n", Partial},
		{"Hebrew: support through WhatsApp", "communication",
			"2. הלקוח יקבל תמיכה בוואטסאפ.\n", Partial},
		{"English: support of the software is no channel", "communication",
			"The licence includes support for the current version of the software.\n", Missing},
		// An agreement that comes into force on an event has a start.
		{"Hebrew: the agreement comes into force on its digital approval", "schedule",
			"9.1 ההסכם נכנס לתוקפו במועד אישורו הדיגיטלי על ידי הקבלן, ונמשך עד לסיום על ידי אחד הצדדים.\n", Partial},
		{"English: the agreement takes effect on signature", "schedule",
			"12. This Agreement takes effect on the date of the last signature below.\n", Partial},
		{"English: an amendment taking effect is no timetable of the work", "schedule",
			"1.2 This Amendment takes effect on 1 March 2026.\n", Missing},
		{"Hebrew: a quote's validity is no start", "schedule",
			"הצעת מחיר זו בתוקף ל-30 יום.\n", Missing},
		// A client's own duties under a "what is required" heading.
		{"Hebrew: what is required from the production", "collaboration",
			"הצעת מחיר להופעה\n\nמה נדרש מההפקה:\n• במה בגודל 5 על 3 מטרים לפחות.\n• חנייה לרכב ההגברה סמוך לבמה.\n", Partial},
		// Fragments of personal-data handling.
		{"Hebrew: card details are not kept", "data_protection",
			"13. התשלום יבוצע באמצעות מערכת סליקה. החברה אינה שומרת פרטי כרטיס אשראי של המזמין.\n", Partial},
		{"English: card details are not stored", "data_protection",
			"Payments are processed by Stripe; we do not store your card details.\n", Partial},
		{"Hebrew: calls recorded with the client's consent", "data_protection",
			"12.1 הלקוח מודע לכך שהיועץ עשוי להקליט את שיחותיו לצורך תיעוד, והוא נותן את הסכמתו לכך.\n", Partial},
		{"English: a child photographed for internal use only", "data_protection",
			"We may photograph your child during activities for internal use only.\n", Partial},
		{"English: a card payment without storage words is no data clause", "data_protection",
			"Payment by card carries a 2% surcharge.\n", Missing},
		// Ending the agreement for non-payment is also what late payment
		// leads to; so is a debt passed on for collection.
		{"Hebrew: termination when the payment terms are not met", "late_payment",
			"11.3 האגודה תהא רשאית להביא הסכם זה לידי סיום בכל אחד מהמקרים הבאים:\n11.3.1 ההורים לא עמדו בתנאי התשלום על פי הסכם זה.\n", Partial},
		{"English: a claim passed to a collections agency", "late_payment",
			"In the event of default we reserve the right to transfer our claim to a collections agency. You will bear any resulting costs.\n", Present},
		{"English: a collection agency's own licence is no late payment", "late_payment",
			"The Client may terminate this Agreement if the Agency's collection agency license is revoked.\n", Missing},
		{"Hebrew: collection proceedings against a debtor", "late_payment",
			"לא שולם החשבון במועדו, תהא החברה רשאית לנקוט בהליכי גבייה והלקוח יישא בהוצאות הגבייה.\n", Present},
		// A price the supplier may alter alone is a unilateral change.
		{"English: the price is subject to alteration without notice", "changes",
			"3. The price for the Services is subject to alteration without notice.\n", Partial},
		{"Hebrew: the hosting cost may change with third-party costs", "changes",
			"14. אחסון אתר: עלות שנתית. העלות עשויה להשתנות בהתאם לעלויות צד שלישי.\n", Partial},
		{"Hebrew: a price that includes VAT is no change", "changes",
			"המחיר כולל מע\"מ ומשולם ביום האירוע.\n", Missing},
		{"English: a fixed price is no change", "changes",
			"The price is fixed for the term of this agreement.\n", Missing},
		// Notices by a named channel (see TestNoticesByEmailAreAChannel).
		{"Hebrew: notices by registered mail", "communication",
			"17. כל הודעה לפי הסכם זה תישלח בדואר רשום לכתובות הצדדים.\n", Partial},
		// Using someone's personal data or photographs of people is
		// privacy, not intellectual property.
		{"English: using personal data to send updates is no IP", "intellectual_property",
			"We may use your personal data to send you updates about legal developments and exclusive offers.\n", Missing},
		{"Hebrew: consent to use photos of the child is no IP", "intellectual_property",
			"אני מאשר לצלם את הילד/ה בבית הילדים ולהשתמש בתמונות לצרכים פנימיים.\n", Missing},
		{"English: the supplier keeps the rights in its materials", "intellectual_property",
			"The Supplier retains all intellectual property rights in its pre-existing materials.\n", Partial},
		// An account suspended or closed, and a team withdrawn for
		// misconduct, are sanctions without a cure period.
		{"Hebrew: the platform may suspend or cancel the contractor's account", "sanctions",
			"6.3. הפלטפורמה שומרת לעצמה את הזכות להשעות או לבטל את חשבון הקבלן.\n", Partial},
		{"English: the team withdrawn for inappropriate behaviour", "sanctions",
			"8. In case of inappropriate behaviour towards our staff we may stop the service and payment remains due.\n", Partial},
		{"Hebrew: suspending an account for late payment stays a late-payment consequence", "sanctions",
			"במקרה של איחור בתשלום רשאית החברה להשעות את חשבון הלקוח עד להסדרת החוב.\n", Missing},
		{"Hebrew: cooperation between the parties is no sanction", "sanctions",
			"הצדדים ישתפו פעולה ויעדכנו זה את זה בכל שינוי בחשבון הבנק.\n", Missing},
		// A second negation opens its own scope: "no addition without
		// approval" requires the approval.
		{"Hebrew: no price addition without prior written approval (additions)", "additional_services",
			"2. המחיר המוסכם הינו סופי וכולל את כל החומרים. אין תוספת מחיר ללא אישור מראש ובכתב.\n", Partial},
		{"Hebrew: no price addition without prior written approval (changes)", "changes",
			"2. המחיר המוסכם הינו סופי וכולל את כל החומרים. אין תוספת מחיר ללא אישור מראש ובכתב.\n", Partial},
		{"Hebrew: each guest above the minimum at a price", "additional_services",
			"כל אורח מעל 150 אורחים בעלות של 180 ש\"ח לא כולל מע\"מ.\n", Partial},
		{"English: no penalties apply stays an exclusion", "sanctions",
			"No penalties shall apply to late delivery.\n", Partial},
	})
}
