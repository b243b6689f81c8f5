package review

import "testing"

// TestRound8Families pins the families of language read in round 8 (sets
// en24, en25, he24 and what came after them), each with a look-alike where
// one exists: every case states whether a reader applying the labelling
// guide finds the item dealt with.
func TestRound8Families(t *testing.T) {
	e := newTestEngine(t)
	for _, tt := range []struct {
		name, item, text string
		want             Status
	}{
		{"service-level credits for missed availability", "sanctions",
			"SCHEDULE 3 – SERVICE LEVELS\n(b) If availability in a month is below 99.5%, Provider shall credit Promoter with 5% of the booking fees earned in that month.\n", Present},
		{"availability with no credit is no sanction", "sanctions",
			"SCHEDULE 3 – SERVICE LEVELS\n(a) Provider shall ensure that the Platform is available to ticket buyers at least 99.5% of the time in each calendar month.\n", Missing},
		{"a golf course's penalty areas are no penalty", "sanctions",
			"1.8 Course marking – re-marking of penalty areas (red and yellow stakes and lines) before each major competition weekend.\n", Missing},
		{"'Works included' heads the scope of a quote", "scope",
			"QUOTATION\n1. WORKS INCLUDED\n1.1 Fairway cutting – all 18 fairways plus practice ground, cut to 12–14mm.\n1.2 Semi-rough – 1 x weekly, 38mm.\n", Present},
		{"a cancellation scale is the client's way out", "termination",
			"TERMS\n– Cancellation by you: more than 60 days before arrival – deposit retained; 59 to 22 days – 50% of total; 21 days or less – 100%.\n", Partial},
		{"an agent's 'cannot be held responsible'", "liability",
			"– We act only as agents for the coach companies and cannot be held responsible for their acts, omissions or delays.\n", Partial},
		{"notes kept of each quarterly review", "meeting_summaries",
			"9.5 The Supplier's Account Representative shall keep notes of each quarterly review.\n", Partial},
		{"an IR35 determination speaks to status", "independent_contractor",
			"Off-payroll working (IR35) determination: ☐ Applies  ☒ Does not apply – contract is with a limited company.\n", Partial},
		{"'any dispute shall be resolved under' a named procedure", "dispute_resolution",
			"15.4 Any dispute relating to this SOW shall be resolved under Section 18 of the MSA.\n", Partial},
		{"a number and whom to ring on it", "contacts",
			"9. GENERAL\nFor anything on the day, ring Declan on 087 214 6630.\n", Partial},
		{"a number with no one to ring is no contact", "contacts",
			"9. GENERAL\nOur office number is 087 214 6630.\n", Missing},
		{"the agency's fee waived when no replacement is found", "sanctions",
			"6.2 If a replacement is not provided within 48 hours and a charter has to be cancelled, the Agency will not charge its 12% fee for that month.\n", Partial},
		{"photos 'yours to use'", "intellectual_property",
			"We usually grab a few pics, I'll send them through after – they're yours to use for the newsletter etc.\n", Partial},
		{"'You send me the data by 3/16' is the client's duty", "collaboration",
			"Here's the plan:\n- You send me program data, last year's outcomes report and budget draft by 3/16\n- I send the first draft by 3/30\n", Partial},
		{"'the data you submit' names no duty", "collaboration",
			"8.1 You own the data you submit to the Service. You grant us a licence to host it.\n", Missing},
		{"documents held until everything is paid", "late_payment",
			"Notarial fee is paid on the day by card. We don't release the documents until everything is paid.\n", Partial},
		{"'nobody can guarantee' a result", "liability",
			"Just so it's said up front – nobody can guarantee a grant gets funded. I can guarantee a strong, on-time application.\n", Partial},
		{"a W-9 with the first invoice", "independent_contractor",
			"I'll send my W-9 over with the first invoice.\n", Partial},
		{"a tax authority's late-filing penalty is no sanction", "sanctions",
			"3.2 HG reported that HMRC had issued a £400 late-filing penalty on the October duty return. An appeal has been lodged.\n", Missing},
		{"Hebrew: 'אני לא גובה ריבית' excludes interest", "late_payment",
			"1. לא נורא, אני לא גובה ריבית או קנסות. רק שיגיע עד ה-10 לחודש שאחרי.\n", Partial},
		{"Hebrew: extra lessons at the same price", "additional_services",
			"• לפני המתכונת ולפני הבגרות אפשר להוסיף שיעורים, באותו מחיר.\n", Partial},
		{"Hebrew: a diagnosis kept by the tutor alone and deleted", "data_protection",
			"ראיתי את האבחון, זה עוזר לי מאוד. הוא נשאר רק אצלי, אני לא מעבירה אותו לאף אחד, ואמחק אותו כשנסיים.\n", Partial},
		{"Hebrew: worksheets for the pupil only", "intellectual_property",
			"• דפי העבודה והסיכומים שלי הם בשביל יונתן בלבד – בבקשה לא להעביר לחברים מהכיתה.\n", Partial},
		{"Hebrew: a shared goal under 'רקע ומטרות'", "collaboration",
			"סיכום פגישה\n1. רקע ומטרות\n• מטרה משותפת: כניסה לדירה לפני ראש השנה (ספטמבר 2026). זה היעד שכולנו עובדים לפיו.\n", Present},
		{"Hebrew: a recital that speaks of goals stays a recital", "collaboration",
			"הואיל והמזמין מעוניין לקדם את מטרותיו ולהשיג מטרה משותפת עם קהילת העסקים;\n", Missing},
		{"Hebrew: nothing unloaded before the balance is paid", "late_payment",
			"הערות ותנאים\n7. לא תבוצע פריקה לפני תשלום מלוא היתרה.\n", Partial},
		{"Hebrew: unpaid monitoring fees suspend the service", "late_payment",
			"6. לא נפרע חיוב של דמי המוקד, תישלח ללקוח הודעה. לא הוסדר החוב בתוך 14 יום מההודעה, יושהה שירות המוקד עד להסדרתו.\n", Partial},
		{"Hebrew: a one-day move on a set date", "schedule",
			"הצעת מחיר\nמועד ההובלה: יום חמישי 26.3.2026, הגעת הצוות בין 07:00 ל-07:30. ההובלה מתבצעת ומסתיימת באותו יום.\n", Present},
		{"Hebrew: 'כלול בהזמנה:' lists the work", "scope",
			"הזמנת עבודה\nכלול בהזמנה: תכנון הנדסי ואישור קונסטרוקטור, לוח חשמל סולארי חדש ליד הלוח הראשי, פינוי אריזות.\n", Present},
		{"minutes in the conditional: days that flex, reviewed monthly", "flexibility",
			"4.3 Time and fee. FM would work 2 days a week at £850 per day. The number of days could flex between 1.5 and 3 a week depending on the refinancing workload.\n", Partial},
		{"minutes: days above three approved first, at the same rate", "additional_services",
			"4.3 Any days above 3 in a week would need KD's prior approval by email and would be charged at the same day rate.\n", Partial},
		{"minutes: changes agreed between the two and reported", "changes",
			"4.10 Any changes to the arrangements would be agreed between KD and FM and reported to the Board.\n", Partial},
		{"penalties that 'would be yours' are no ownership", "intellectual_property",
			"Heads-up: while you're on hold we can't file your HST, and any CRA late-filing penalties would be yours.\n", Missing},
		{"files that will be yours are", "intellectual_property",
			"Once the balance is paid, the final files will be yours.\n", Partial},
		{"an officer or employee asked for information is no status clause", "independent_contractor",
			"2.3 Under section 499 of the Act, we may require any officer or employee of the Company to provide us with information and explanations.\n", Missing},
		{"Hebrew: changes written to the contractor", "changes",
			"כל שינוי שאתם רוצים תכתבו לי, שלא יהיה אחר כך \"אמרתי לך\".\n", Partial},
		{"Hebrew: anything extra priced before it is done", "additional_services",
			"וכל דבר נוסף מעבר למה שכתבתי – נדבר ונסגור מחיר לפני.\n", Partial},
		{"Hebrew: a site meeting before work starts", "shared_activities",
			"לפני שמתחילים נפגש פעם בדירה עם הנגר שלכם לסמן נקודות חשמל ומים, נתאם.\n", Partial},
		{"Hebrew: a worker to talk to when the contractor does not answer", "contacts",
			"יש לי פועל, סשה, הוא יהיה רוב הזמן בדירה. אם אני באתר אחר ולא עונה תדברי איתו.\n", Partial},
		{"Hebrew: 'אתה מעדכן אותי פה?'", "communication",
			"[4.2.2026, 18:10:50] קובי שיפוצים: סשה יהיה רוב הזמן בדירה.\n[4.2.2026, 18:11:30] רונית: אין בעיה. אתה מעדכן אותי פה מה קורה?\n[4.2.2026, 18:12:02] קובי שיפוצים: ברור 👍\n", Partial},
		{"Hebrew: a price updated is no communication", "communication",
			"כן אותו דבר. רק שמבחינת מחיר אני מעדכן ל-4,200 לחודש.\n", Missing},
		{"Hebrew: what is found when the walls are opened", "unforeseen",
			"אם פותחים ומוצאים צנרת ברזל רקובה בתוך הקיר – זה לא בפנים. אני מצלם לך, מסביר, ואת מחליטה אם עושים.\n", Partial},
		{"concealed rot found on opening up", "unforeseen",
			"If we open up the floor and find rot or asbestos, it is not included: we'll show you and you decide before we go ahead.\n", Partial},
		{"chat: a message ending with a colon heads its own list", "collaboration",
			"12/08/25, 8:40 pm - Sophie Tait: Hi Matt, can you play at our wedding on 21/03/2026?\n12/08/25, 8:51 pm - Matt - Kowhai Collective: Sure. Total $4,800 incl GST.\n12/08/25, 8:52 pm - Matt - Kowhai Collective: What we need from you/the venue: covered stage area min 5m x 3m, 2 x 10A power points within 10m of the stage.\n12/08/25, 9:30 pm - Sophie Tait: This all sounds amazing.\n", Partial},
	} {
		t.Run(tt.name, func(t *testing.T) {
			rep := review(t, e, tt.text)
			if got := itemOf(rep, tt.item).Status; (got == Missing) != (tt.want == Missing) {
				t.Errorf("%s = %s, want %s", tt.item, got, tt.want)
			}
		})
	}
}
