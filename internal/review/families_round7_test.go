package review

import "testing"

// TestRound7Families pins the families of language read in round 7, each
// with its look-alike: every case states the item's status that a reader
// applying the labelling guide gives it.
func TestRound7Families(t *testing.T) {
	e := newTestEngine(t)
	for _, tt := range []struct {
		name, item, text string
		want             Status
	}{
		{"a Hebrew heading in the plural names its item (ביטולים)", "termination",
			"טופס הזמנת הרצאה\nחלק ד' – תמורה\nשכר הרצאה: 14,000 ₪ + מע\"מ\nחלק ו' – ביטולים\nו.1 ביטול על ידי המרצה: בהודעה בכתב 21 ימים לפני הכנס לפחות. המרצה תציע מרצה חלופי ברמה דומה.\n", Present},
		{"the same clause under an unrelated heading is not termination", "termination",
			"טופס הזמנת הרצאה\nחלק ד' – תמורה\nשכר הרצאה: 14,000 ₪ + מע\"מ\nחלק ו' – הערות\nו.1 המרצה תציע מרצה חלופי ברמה דומה, בכפוף לאישור המפיקה.\n", Missing},
		{"bad weather with an agreed new timetable", "unforeseen",
			"If the weather does not allow a safe inspection of the roof, we will agree a revised timetable with you.\n", Partial},
		{"something unexpected cropping up, with new dates worked out", "unforeseen",
			"If something bigger crops up on either side, we'll work out new dates together.\n", Partial},
		{"a revised timetable for the client's own reasons is no force majeure", "unforeseen",
			"If you would like to move the inspection, we will agree a revised timetable with you.\n", Missing},
		{"Hebrew: what I need from the committee, as a list of inputs", "collaboration",
			"5. מחיר\n5.1 המחיר 400 ש\"ח לחודש.\n6. מה אני צריך מהוועד\n6.1 עותק מפתח לחדר החשמל, לחדר המונים ולשער החניון.\n7. שונות\n", Present},
		{"a company form names no liability", "liability",
			"SHUTTERLEAF STUDIOS LLP, a limited liability partnership (LLPIN AAK-4471), having its office at No. 88, 5th Cross, Bengaluru.\n", Missing},
		{"a liability cap is liability", "liability",
			"9. Our total liability under this agreement is limited to the fees paid in the 12 months before the claim.\n", Present},
		{"Hebrew: a letter's opening refers to a past visit", "shared_activities",
			"בהמשך לסיור שערכתי בבניין ביום 5.11.2025 ולשיחתנו, להלן הצעתי לאחזקה שוטפת של מערכת החשמל המשותפת.\n", Missing},
		{"further to our site visit plans no joint activity", "shared_activities",
			"Further to our site visit on 3 March and our call last week, here is our proposal for the condition survey.\n", Missing},
		{"a planned joint site visit is one", "shared_activities",
			"We will hold a joint site visit with the Committee on 3 March 2026 to agree the inspection plan.\n", Partial},
		{"Hebrew: exceeding response times is lateness, not extra work", "additional_services",
			"5.1 בגין כל חריגה מזמני התגובה שבסעיף 3.2 יזכה הספק את החברה ב-150 ₪.\n", Missing},
		{"Hebrew: 'יסוכם' means agreed, not summarised", "meeting_summaries",
			"הרצאה או סדנה נוספת באותו יום: ☐ כן ☐ לא – המחיר יסוכם בנפרד\n", Missing},
		{"Hebrew: an extra workshop priced later is additional work", "additional_services",
			"הרצאה או סדנה נוספת באותו יום: ☐ כן ☐ לא – המחיר יסוכם בנפרד\n", Partial},
		{"Hebrew: services not listed, by a separate agreement at an agreed cost", "additional_services",
			"2.3 שירותים שאינם מפורטים בסעיף 1, כגון סקר מורחב של מהנדס בטיחות אש, יינתנו לפי הסכם נפרד ובעלות שתסוכם מראש.\n", Partial},
		{"an offer to quote separately for other work", "additional_services",
			"Not included: buying or installing equipment and home-office assessments (happy to quote for those separately).\n", Partial},
		{"an e-mail's 'Here's what I can do:' heads the list below it", "scope",
			"From: Dean Maitland\nSent: Wednesday, 19 February 2025 8:15 PM\nSubject: RE: Home delivery runs\nHi Priya,\nGreat to chat today. Here's what I can do:\n- Pickup from your back door at 1:30pm weekdays, all drops done by 5:30pm.\n- Everything within your 10 km radius. Recipient signs on my phone app.\nCheers,\nDean\n", Present},
		{"the same list under a greeting alone is no scope", "scope",
			"From: Dean Maitland\nSent: Wednesday, 19 February 2025 8:15 PM\nSubject: RE: Home delivery runs\nHi Priya,\n- Pickup from your back door at 1:30pm weekdays, all drops done by 5:30pm.\n- Everything within your 10 km radius. Recipient signs on my phone app.\nCheers,\nDean\n", Missing},
		{"a greeting's 'you' does not make the supplier's list the client's duties", "collaboration",
			"Hi Cian,\nThanks for getting in touch, and great to meet you at the meetup. Here's what I'd propose, per episode:\n- Multicam edit of the full episode for YouTube\n- Captions delivered as an SRT file\n- Two rounds of revisions\n", Missing},
		{"a lead-in's last sentence binds the client to the list", "collaboration",
			"4. Client duties\nThanks for the quote, which we accept. The Client shall:\n- provide the delivery list by 1pm each weekday;\n- give the courier access to the back door.\n", Partial},
		{"chat: a weekly update on a named weekday", "communication",
			"03/01/2025, 20:09 - Donal Furlong: 3. Injury updates. Can u send me an update every Sun night, who's fit who's not\n03/01/2025, 20:10 - Ciara Nolan Physio: Yep will do\n", Partial},
		{"a management team made available is no channel", "communication",
			"6. You agree to give us timely instructions and to make your management team available to us.\n", Missing},
		{"a stand-in named with a phone number is a contact", "contacts",
			"If I'm away, Aoife Brennan covers for me, she's chartered too: 087 555 0143.\n", Partial},
		{"a phone number with no person or role is no contact", "contacts",
			"Bookings are taken on 087 555 0143 between 9am and 5pm.\n", Missing},
		{"a letter of appointment's 'Your role' states the services", "scope",
			"Dear Freya,\nLetter of appointment – Locum Veterinarian\n1. Your role\nYou will work as a locum veterinarian in our small animal hospital, consulting, performing routine surgery and looking after hospitalised patients.\n2. Fees\nThe Practice will pay you A$105 per hour plus GST.\n", Present},
		{"chat: work stops while invoices sit unpaid", "late_payment",
			"Only thing, if your invoices sit for 2 months like last Dec I have to stop coming out til we're caught up, I got payroll\n", Partial},
		{"chat: invoices and a stop for the holidays are no late payment", "late_payment",
			"Send the invoices to accounts. We stop coming out over the holidays.\n", Missing},
		{"chat: a no-show replaced at the supplier's cost", "sanctions",
			"If your guys don't show for a storm we'll get someone else in and back charge you the difference.\n", Partial},
		{"chat: a blizzard that closes the roads", "unforeseen",
			"But if its a real blizzard & MnDOT closes 169 we'll get there when we can, I can't control that.\n", Partial},
		{"chat: hauling is extra", "additional_services",
			"What about hauling the piles off site? Thats extra, we'd figure it out at the time depending on how many loads.\n", Partial},
		{"chat: not on the hook for damage", "liability",
			"Same as always, we're not on the hook for curbs, sprinkler heads or anything under the snow that isnt staked.\n", Partial},
		{"chat: a crew on the supplier's own payroll", "independent_contractor",
			"Yep all on my payroll & my workers comp. I'll email you the new COI this week.\n", Partial},
		{"chat: a season from the first snow through spring", "schedule",
			"Season runs from the first real snow thru spring, same as always.\n", Partial},
		{"chat: cancellation on two weeks' notice either side", "termination",
			"10/14/25, 9:13 AM - Janelle Voss: Cancellation still 2 wks notice either side like before?\n10/14/25, 9:14 AM - Rick Haugen: Yep 2 wks either side\n", Partial},
		{"a sentence opening 'If that happens again' continues the one before", "late_payment",
			"Only thing, last yr your invoices sat for like 2 months in Dec. If that happens again I have to stop coming out til we're caught up, I got payroll\n", Partial},
		{"without the pointer back, the two sentences stay apart", "late_payment",
			"Only thing, last yr your invoices sat for like 2 months in Dec. In spring I have to stop coming out for a week, I got a wedding\n", Missing},
		{"Hebrew: 'במקרה כזה' continues the sentence before", "unforeseen",
			"שיעור יכול להתבטל בגלל אזעקות. במקרה כזה נתאם מועד חלופי.\n", Partial},
		{"falling ill, with a mutually convenient new date", "unforeseen",
			"Should I fall ill or something unexpected happen, we'll move to a mutually convenient date.\n", Partial},
		{"the slides are our IP", "intellectual_property",
			"4. The slides and workbooks are our IP; you may use the handouts internally.\n", Partial},
		{"guest names and e-mails used only for the show notes", "data_protection",
			"Guest names and emails you send me are used only to write the show notes and aren't passed on to anyone.\n", Partial},
		{"master files held back until the balance is paid", "late_payment",
			"Master files (4K ProRes) are released only after the balance is paid in full.\n", Partial},
		{"settled amicably", "dispute_resolution",
			"Any misunderstanding will be settled amicably between the parties.\n", Partial},
		{"a booking form's 'What you're booking' states the service", "scope",
			"PODCAST EDITING BOOKING FORM\nYOUR DETAILS\nName: Mei Lin Foster\nWHAT YOU'RE BOOKING\n[x] Full edit – NZ$120 per episode: removing ums, false starts and long pauses, intro/outro music, export as MP3 + WAV\nMONEY STUFF\nInvoices are due within 7 days.\n", Present},
		{"we keep adjusting as we go", "flexibility",
			"Nothing is final final, we keep adjusting as we go.\n", Partial},
		{"approvals and feedback through WhatsApp", "communication",
			"Approvals and feedback should come through WhatsApp or email to the producer.\n", Partial},
		{"we can't take responsibility for vendors", "liability",
			"We can't take responsibility for vendors, they are contracted by the family directly.\n", Partial},
	} {
		t.Run(tt.name, func(t *testing.T) {
			rep := review(t, e, tt.text)
			if got := itemOf(rep, tt.item).Status; (got == Missing) != (tt.want == Missing) {
				t.Errorf("%s = %s, want %s", tt.item, got, tt.want)
			}
		})
	}
}
