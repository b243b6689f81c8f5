package review

// familyCasesRound2 covers the families added when the engine was measured
// on agreements it had never seen: headings that name an item over a clause
// with substance, single strong phrases, and the look-alikes that made
// items look dealt with (a sanction paid, the term's own expiry, a notices
// clause, "המזמין" read as מ + "זמין"). The clauses are written for this
// test.
func familyCasesRound2() []familyCase {
	return []familyCase{
		// Intellectual property: ownership, retained materials, use rights.
		{"intellectual_property", "en heading with substance", "AGREEMENT\n7. Rights in the Deliverables\nUpon payment, everything listed in Annex A is the Client's to keep and exploit.", dealt},
		{"intellectual_property", "en client materials", "10.1 Materials supplied by the Client remain the Client's.", dealt},
		{"intellectual_property", "en retained methods", "10.1 The Consultant keeps its methods and templates; the Client gets the final report.", dealt},
		{"intellectual_property", "en you own", "10.1 You own the website once you have paid all invoices.", dealt},
		{"intellectual_property", "en right title interest", "10.1 The Supplier assigns to the Customer all right, title and interest in the reports.", dealt},
		{"intellectual_property", "en rights and obligations heading", "AGREEMENT\n10. Rights and Obligations of the Parties\n10.1 The Supplier shall perform the work with due care and skill.", Missing},
		{"intellectual_property", "he rights heading", "הסכם\n10. זכויות\n10.1 התוצרים ישמשו את הלקוח בלבד, והספק לא יעשה בהם שימוש ללא אישורו.", dealt},
		{"intellectual_property", "he client materials", "10.1 החומרים שמסר הלקוח יישארו שלו.", dealt},
		{"intellectual_property", "he retained methods", "10.1 היועץ שומר לעצמו את השיטות והתבניות שלו; הלקוח יקבל את הדוח הסופי.", dealt},
		{"intellectual_property", "he site is yours", "10.1 האתר יהיה שלך אחרי שתשלם את כל החשבוניות.", dealt},
		{"intellectual_property", "he publish right", "10.1 הצלם מעניק ללקוח זכות בלתי מוגבלת בזמן לפרסם את התמונות.", dealt},
		{"intellectual_property", "he rights and duties heading", "הסכם\n10. זכויות וחובות הצדדים\n10.1 הספק יבצע את העבודה במקצועיות ובמיומנות.", Missing},
		// Unforeseen: headings naming events outside control, hardship.
		{"unforeseen", "en heading outside control", "AGREEMENT\n12. Events Outside the Parties' Control\n12.1 A party affected shall notify the other promptly and performance shall be suspended for the duration of the event.", dealt},
		{"unforeseen", "en hardship", "AGREEMENT\n11. Hardship\n11.1 If circumstances change so fundamentally that performance becomes excessively onerous, the parties shall renegotiate the affected terms in good faith.", dealt},
		{"unforeseen", "en heading without substance", "AGREEMENT\n12. Force Majeure\n12.1 [TBD]", Missing},
		{"unforeseen", "he changed circumstances", "הסכם\n11. שינוי נסיבות\n11.1 חל שינוי מהותי בנסיבות שבעטיו נעשה ביצוע ההסכם מכביד במיוחד, ינהלו הצדדים משא ומתן בתום לב להתאמת תנאיו.", dealt},
		// Meeting summaries: written records of what meetings decided.
		{"meeting_summaries", "en written record", "8.1 Following each progress meeting, the Contractor will issue a written record of the matters agreed to all attendees.", dealt},
		{"meeting_summaries", "en decisions confirmed", "9.1 Decisions taken at project meetings shall be confirmed by e-mail within two working days.", dealt},
		{"meeting_summaries", "he decisions confirmed", "9.1 החלטות שהתקבלו בישיבות הפרויקט יאושרו בדוא\"ל תוך שני ימי עבודה.", dealt},
		{"meeting_summaries", "he protocol per meeting", "הסכם\n8. ישיבות\n8.1 נציגי הצדדים ייפגשו אחת לחודש. הספק יערוך פרוטוקול לכל ישיבה ויעבירו לנציג המזמין.", dealt},
		{"meeting_summaries", "he maintenance log", "3.5 לאחר כל ביקור ירשום הטכנאי ביומן את הטיפול שבוצע.", Missing},
		// Collaboration and communication.
		{"collaboration", "en assist each other", "9.1 The Parties undertake to assist each other and to exchange all information necessary for the performance of this Agreement.", dealt},
		{"collaboration", "he assist each other", "9.1 הצדדים מתחייבים לסייע זה לזה ולהעביר זה לזה כל מידע הנדרש לביצוע ההסכם.", dealt},
		{"communication", "en channel and rhythm", "6.1 The Consultant shall answer client e-mails within one business day and hold a weekly video call with the Client.", dealt},
		{"communication", "en communications through managers", "7.1 All communications between the parties concerning day-to-day delivery shall be conducted through the project managers by e-mail.", dealt},
		{"communication", "he correspondence by e-mail", "7.1 כל ההתכתבויות בין הצדדים בנוגע לביצוע השוטף יתנהלו באמצעות מנהלי הפרויקט בדואר אלקטרוני.", dealt},
		{"communication", "he client is not availability", "2.1 בגין כל יום איחור ישלם הספק למזמין 500 ₪ כפיצוי מוסכם, תוך 30 יום מדרישה.", Missing},
		// Schedule: the length of the whole work.
		{"schedule", "en expected to take", "4.1 The project is expected to take approximately three months.", dealt},
		{"schedule", "en runs until", "4.1 The engagement runs until the Client's product launch in Q3 2026.", dealt},
		{"schedule", "he ends by", "4.1 הפרויקט יסתיים עד סוף חודש יוני 2026.", dealt},
		// Look-alikes that made items look dealt with.
		{"payment", "en liquidated damages paid", "2.1 For each day of delay the Supplier shall pay the Client USD 500 as liquidated damages, payable within 30 days of demand.", Missing},
		{"payment", "he deposit returned", "4.1 הפיקדון בסך 2,000 ₪ יוחזר לספק תוך 14 יום.", Missing},
		{"payment", "en price and interest", "4.1 The Client shall pay the fee of $5,000 within 30 days of invoice; overdue amounts bear interest at 1% per month.", dealt},
		{"termination", "en term expires", "3.1 The term of the Agreement is extended and shall terminate on 31 December 2026.", Missing},
		{"termination", "he term ends", "3.1 תקופת ההסכם מוארכת ותסתיים ביום 31.12.2026.", Missing},
		{"termination", "en expiry then right", "3.1 This Agreement shall terminate on 31 December 2026. Either party may terminate it earlier on 30 days' written notice.", dealt},
		{"contacts", "he notices clause", "12.1 הודעות יישלחו ללקוח לכתובת רח' הראשי 5, לידי מנהל הכספים, בדוא\"ל cfo@client.co.il.", Missing},
		{"contacts", "en notices clause", "12.1 Notices shall be sent to the Client at 5 Main Street, attention: Chief Financial Officer, email cfo@client.com.", Missing},
		{"contacts", "he project manager", "12.1 מנהל הפרויקט מטעם הלקוח: דנה לוי, טל' 050-1234567, dana@client.co.il.", dealt},
	}
}

// familyCasesBoilerplate: general clauses whose words look like items but
// decide none of them.
func familyCasesBoilerplate() []familyCase {
	en := "AGREEMENT\n20. General\n20.1 This Agreement constitutes the entire agreement between the parties and supersedes all prior communications between the parties, whether written or oral.\n20.2 Sections 8, 9 and 12 shall survive termination or expiry of this Agreement.\n"
	he := "הסכם\n20. כללי\n20.1 הסכם זה ממצה את ההסכמות בין הצדדים ומבטל כל הסכם, מצג, התכתבות או הבנה קודמים בין הצדדים.\n20.2 הוראות סעיפים 8, 9 ו-12 יעמדו בתוקפן גם לאחר סיום ההסכם.\n"
	letter := "Dear Ms. Levi,\nThis letter confirms that we will audit your 2025 accounts.\nIf you have any questions, please contact me at john@cpa.com or 555-0101.\nSincerely,\nJohn Smith\n"
	return []familyCase{
		{"communication", "en entire agreement", en, Missing},
		{"termination", "en survival", en, Missing},
		{"communication", "he entire agreement", he, Missing},
		{"termination", "he survival", he, Missing},
		{"contacts", "en letter closing", letter, Missing},
		{"termination", "en survival next to a right", "15.1 Either party may terminate this Agreement on 60 days' written notice. Sections 8 and 9 survive termination.", dealt},
	}
}

// familyCasesDev3 covers the families read from the misses of the third
// corpus (written here in other words): informal one-line items, personal
// contact details outside a contacts section, and look-alikes in the same
// sentence.
func familyCasesDev3() []familyCase {
	return []familyCase{
		{"contacts", "en e-mail header", "From: Maya Green <maya@greenstudio.com>\nTo: Tom Reed <tom@reedbakery.com>\nHi Tom, as discussed, I will write the copy for your new site for $900.\n", dealt},
		{"contacts", "he party line with e-mail", "סיכום עבודה\nהמעצב: יואב לוי, טל' 050-1112233, yoav@levi-design.co.il\nהלקוחה: רונית בר, טל' 052-4445566\nאעצב לוגו לעסק תמורת 3,000 ₪.\n", dealt},
		{"contacts", "en support mailbox only", "6.1 Support requests may be sent to support@vendor.com.", Missing},
		{"contacts", "en representatives as recipients", "8.1 The Recipient may disclose Confidential Information to its employees, officers and representatives who need to know it.", Missing},
		{"contacts", "he escalation contacts", "הסכם\n8. מדרג הסלמה\nמטעם הלקוח: מנהל מערכות המידע – אורי טל, 054-1234567; ממלא מקומו: שי רון, 054-7654321.\n", dealt},
		{"confidentiality", "en informal", "Anything you tell me about your business stays between us.", dealt},
		{"confidentiality", "he informal", "כל מה שתשלחו לי נשאר אצלי ולא עובר לאף אחד.", dealt},
		{"flexibility", "en informal", "If your priorities shift along the way, I can be flexible within reason.", dealt},
		{"flexibility", "he may change", "תכנית ההשקה עשויה להשתנות בהתאם לצרכי הלקוח, בתיאום עם הסוכנות.", dealt},
		{"flexibility", "en change order is not", "3. CHANGES. The Buyer may at any time, by a written change order, increase or decrease the quantities.", Missing},
		{"communication", "he update the client", "2.4 היועצת תעדכן את העמותה באופן שוטף בהתקדמות העבודה.", dealt},
		{"communication", "en remedy available is not", "10.2 Without affecting any other right or remedy available to it, either party may terminate this Agreement within 14 days.", Missing},
		{"communication", "he to order is not", "6. החברה רשאית לבטל את ההזמנה ולהזמין את השירותים מספק אחר.", Missing},
		{"unforeseen", "en rain rescheduled", "The outdoor scenes depend on the weather; if it rains on the day, we will reschedule them at no charge.", dealt},
		{"meeting_summaries", "en decisions confirmed", "6.3 Plan changes agreed on a call will be confirmed by e-mail the same day.", dealt},
		{"meeting_summaries", "he service visit report", "3.3 לאחר כל ביקור אחזקה ישלח הטכנאי לנציגות דוח שירות בדואר אלקטרוני.", Missing},
		{"shared_activities", "en joint walk", "5.2 Upon request, the parties will hold a joint walk of the premises.", dealt},
		{"collaboration", "he successor contractor is not", "9.2 עם סיום החוזה ישתף הקבלן פעולה עם הקבלן הנכנס בחפיפה של 7 ימים.", Missing},
		{"dispute_resolution", "en venue only", "10.2 The exclusive venue for any action under this Agreement shall be the courts of Travis County.", dealt},
		{"dispute_resolution", "he support escalation is not", "הלקוח ידווח על תקלות למוקד. הסלמה לדרג 2 תיעשה אם התקלה לא נפתרה בתוך שעתיים.", Missing},
		{"additional_services", "en special services", "4.1 Special services not included in Section 1 are performed only on a written work order and charged at the rates in Exhibit B.", dealt},
		{"changes", "en additions in writing", "4.1 Extra work is done only after the Client approves a written estimate, and is billed at $80 per hour.", dealt},
		{"changes", "he amendment only in writing", "13.1 אין לשנות חוזה זה אלא במסמך בכתב, חתום על ידי שני הצדדים.", dealt},
		{"independent_contractor", "he external consultants", "8.1 אנו פועלים כיועצים חיצוניים ואיננו עובדי העמותה.", dealt},
		{"independent_contractor", "he damage by employees is not", "6.2 הלקוח אחראי לנזק שייגרם לציוד על ידי עובדיו ואורחיו.", Missing},
		{"liability", "he sole remedy", "5.3 זיכויי השירות הם הסעד היחיד בגין אי-עמידה ברמות השירות.", dealt},
		{"data_protection", "he purpose limit", "7.2 רשימת המוזמנים שיעביר הלקוח תשמש לצורך האירוע בלבד.", dealt},
		{"scope", "en services defined elsewhere", "3.1 The Supplier shall supply the Services to the Customer in accordance with the Specification.", Missing},
		{"scope", "he first person phases", "1.1 במסגרת הליווי נבצע 12 ראיונות עומק, סקר עובדים ושלוש סדנאות עם ההנהלה.", dealt},
		{"payment", "en termination payment is not", "21.3 Either party may terminate this Agreement for convenience on 90 days' notice, and the Customer shall pay the Charges for that period.", Missing},
		{"payment", "en card payment", "4.2 The fee of $500 is payable within 14 days by credit card.", dealt},
	}
}
