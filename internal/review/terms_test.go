package review

import (
	"testing"
)

func TestTermsDates(t *testing.T) {
	e := newTestEngine(t)
	tests := []struct {
		name, text string
		want       []string
		note       bool // an ambiguous numeric date carries a note
	}{
		{"hebrew numeric day-first", "העבודה תחל ביום 1.3.2026.", []string{"2026-03-01"}, true},
		{"hebrew slashes", "תאריך: 01/03/2026", []string{"2026-03-01"}, true},
		{"hebrew month name", "ביום 1 במרץ 2026 ייחתם ההסכם.", []string{"2026-03-01"}, false},
		{"english day month", "Signed on 1 March 2026.", []string{"2026-03-01"}, false},
		{"english month day", "Signed on March 1, 2026.", []string{"2026-03-01"}, false},
		{"iso", "Effective 2026-03-01.", []string{"2026-03-01"}, false},
		{"unambiguous day above 12", "From 25/03/2026 to 03/04/2026.", []string{"2026-03-25", "2026-04-03"}, false},
		{"us month-first by context", "This Agreement between Acme Inc., a Delaware corporation, and Beta LLC is dated 03/04/2026 and paid in USD.", []string{"2026-03-04"}, true},
		{"us month-first by evidence", "Dated 12/25/2026; the work starts 01/02/2027.", []string{"2026-12-25", "2027-01-02"}, false},
		{"invalid date ignored", "On 31.2.2026 nothing happens.", nil, false},
		{"version number is not a date", "גרסה 3.2 בתוקף.", nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rep := review(t, e, tt.text)
			var got []string
			for _, d := range rep.Terms.Dates {
				got = append(got, d.Value)
				if tt.note && d.Note == "" {
					t.Errorf("date %q has no note on its reading", d.Text)
				}
			}
			if len(got) != len(tt.want) {
				t.Fatalf("dates = %v, want %v", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("date %d = %s, want %s", i, got[i], tt.want[i])
				}
			}
		})
	}
}

func TestTermsAmounts(t *testing.T) {
	e := newTestEngine(t)
	tests := []struct {
		text, value, currency, vat string
	}{
		{"הלקוח ישלם 12,500 ₪ בתוספת מע\"מ.", "12500", "ILS", "plus"},
		{"הלקוח ישלם ₪12,500 לחודש.", "12500", "ILS", "unstated"},
		{"התמורה: 12,500 ש\"ח כולל מע\"מ.", "12500", "ILS", "including"},
		{"התמורה: 12,500 ש״ח לא כולל מע״מ.", "12500", "ILS", "plus"},
		{"התמורה: 12,500 ש''ח.", "12500", "ILS", "unstated"},
		{"התמורה היא 50 אלף ש\"ח.", "50000", "ILS", "unstated"},
		{"The fee is NIS 184,000 plus VAT.", "184000", "ILS", "plus"},
		{"The fee is $4,000.50 per month.", "4000.50", "USD", "unstated"},
		{"The fee is EUR 12.500,00 including VAT.", "12500", "EUR", "including"},
		{"The fee is €642,500.", "642500", "EUR", "unstated"},
		{"The fee is 1.5 million dollars.", "1500000", "USD", "unstated"},
		{"The fee is £7,850 exclusive of VAT.", "7850", "GBP", "plus"},
		{"Payment of ILS 3,000.", "3000", "ILS", "unstated"},
		{"Price: $210 + gst per hive.", "210", "USD", "plus"},
		{"The fee is $1,450 inc GST.", "1450", "USD", "including"},
		{"The fee is $980 ex GST.", "980", "USD", "plus"},
		{"Ad hoc work is billed at R 650 per hour, excluding VAT.", "650", "ZAR", "plus"},
		{"Garden waste on request KES 2,500 per trip.", "2500", "KES", "unstated"},
		{"The fee is ₹45,000 per month.", "45000", "INR", "unstated"},
		{"The fee is 300 rupees per page.", "300", "INR", "unstated"},
		{"The fee is NZD 1,200 plus GST.", "1200", "NZD", "plus"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			rep := review(t, e, tt.text)
			if len(rep.Terms.Amounts) != 1 {
				t.Fatalf("amounts = %+v, want one", rep.Terms.Amounts)
			}
			a := rep.Terms.Amounts[0]
			if a.Value != tt.value || a.Currency != tt.currency || a.VAT != tt.vat {
				t.Errorf("amount = %s %s vat %s, want %s %s vat %s", a.Value, a.Currency, a.VAT, tt.value, tt.currency, tt.vat)
			}
		})
	}
}

// TestTermsNoAmount pins look-alikes of the currencies added in round 10:
// a requirement or section letter R, PHP the language, 30 rooms.
func TestTermsNoAmount(t *testing.T) {
	e := newTestEngine(t)
	for _, text := range []string{
		"Requirement R1 and section R 12 apply.",
		"The site runs on PHP 7.4; try 3 times before calling.",
		"The hotel has 30 rooms and 12 rest areas.",
	} {
		t.Run(text, func(t *testing.T) {
			if rep := review(t, e, text); len(rep.Terms.Amounts) != 0 {
				t.Errorf("amounts = %+v, want none", rep.Terms.Amounts)
			}
		})
	}
}

func TestTermsDurationsRatesPaymentTerms(t *testing.T) {
	e := newTestEngine(t)
	rep := review(t, e, "3.1 התשלום יבוצע בתנאי שוטף + 30.\n"+
		"3.2 הודעה מוקדמת של 30 יום מיום החתימה.\n"+
		"3.3 ריבית בשיעור 1.5% לחודש; פיצוי מוסכם של 0.5% לכל יום איחור.\n"+
		"3.4 The invoice is payable net 45, and within thirty (30) days of receipt of the invoice.\n"+
		"3.5 תוך 5 ימי עסקים ותוך שבועיים.\n")
	type dur struct {
		count int
		unit  string
	}
	var durs []dur
	anchor := ""
	for _, d := range rep.Terms.Durations {
		durs = append(durs, dur{d.Count, d.Unit})
		if d.Count == 30 && d.Unit == "days" && anchor == "" {
			anchor = d.Anchor
		}
	}
	for _, want := range []dur{{30, "days"}, {5, "business_days"}, {2, "weeks"}} {
		found := false
		for _, d := range durs {
			if d == want {
				found = true
			}
		}
		if !found {
			t.Errorf("duration %v not in %v", want, durs)
		}
	}
	if anchor != "מיום החתימה" {
		t.Errorf("anchor = %q, want מיום החתימה", anchor)
	}
	wantRates := map[string]string{"1.5": "month", "0.5": "day"}
	for _, r := range rep.Terms.Rates {
		if per, ok := wantRates[r.Percent]; ok {
			if r.Per != per {
				t.Errorf("rate %s per %q, want %q", r.Percent, r.Per, per)
			}
			delete(wantRates, r.Percent)
		}
	}
	if len(wantRates) > 0 {
		t.Errorf("rates not found: %v (got %+v)", wantRates, rep.Terms.Rates)
	}
	kinds := map[string]int{}
	for _, p := range rep.Terms.PaymentTerms {
		kinds[p.Kind+":"+itoa(p.Days)]++
	}
	for _, want := range []string{"eom_plus:30", "net:45"} {
		if kinds[want] == 0 {
			t.Errorf("payment term %s not in %v", want, kinds)
		}
	}
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	s := ""
	for n > 0 {
		s = string(rune('0'+n%10)) + s
		n /= 10
	}
	return s
}

func TestTermsParties(t *testing.T) {
	e := newTestEngine(t)
	rep := review(t, e, "הסכם שירותים\n"+
		"בין: אלפא מערכות בע\"מ, ח.פ. 000000018, תל אביב (להלן: \"הספק\")\n"+
		"לבין: בטא בע\"מ, ח.פ. 514765120 (להלן: \"הלקוח\")\n"+
		"1. השירותים\n")
	if len(rep.Terms.Parties) != 2 {
		t.Fatalf("parties = %+v", rep.Terms.Parties)
	}
	p0, p1 := rep.Terms.Parties[0], rep.Terms.Parties[1]
	if p0.Name != "אלפא מערכות בע\"מ" || p0.Role != "supplier" || p0.IDNumber != "000000018" || p0.IDKind != "company" {
		t.Errorf("first party = %+v", p0)
	}
	if p0.IDValid == nil || !*p0.IDValid {
		t.Errorf("000000018 has a valid check digit, got %v", p0.IDValid)
	}
	if p1.Role != "client" || p1.IDValid == nil || *p1.IDValid {
		t.Errorf("second party = %+v, want client with an invalid check digit", p1)
	}

	rep = review(t, e, "This Services Agreement is made between Harborview Logistics, Inc., a Delaware corporation (\"Client\"), and Meridian Data Partners LLC (\"Supplier\").\n1. Services\n")
	if len(rep.Terms.Parties) != 2 || rep.Terms.Parties[0].Role != "client" || rep.Terms.Parties[1].Role != "supplier" {
		t.Fatalf("english parties = %+v", rep.Terms.Parties)
	}
	if rep.Terms.Parties[1].Name != "Meridian Data Partners LLC" {
		t.Errorf("name = %q", rep.Terms.Parties[1].Name)
	}
}

// TestTermsPartiesCommonwealthForm covers the Indian and Commonwealth
// preamble: a long "(hereinafter the "School", which expression shall
// include its successors …)", a trust with no company form, and roles read
// from the defined terms (a photographer performs, a school is served).
func TestTermsPartiesCommonwealthForm(t *testing.T) {
	e := newTestEngine(t)
	rep := review(t, e, "SERVICES AGREEMENT\nThis Agreement is made at Bengaluru on 20 March 2026\nBETWEEN\n"+
		"LAKEVIEW EDUCATION TRUST, a public charitable trust, represented by its Principal (hereinafter the \"School\", which expression shall include its successors and permitted assigns) of the ONE PART;\n"+
		"AND\nSHUTTERLEAF STUDIOS LLP, a limited liability partnership, represented by its Designated Partner (hereinafter the \"Photographer\", which expression shall include its successors) of the OTHER PART.\n"+
		"1. The School shall provide class-wise lists of students and a room with power supply.\n")
	ps := rep.Terms.Parties
	if len(ps) != 2 {
		t.Fatalf("parties = %+v, want the trust and the studio", ps)
	}
	if ps[0].Name != "LAKEVIEW EDUCATION TRUST" || ps[0].Role != "client" || ps[0].Term != "School" {
		t.Errorf("first party = %+v, want the trust as client", ps[0])
	}
	if ps[1].Name != "SHUTTERLEAF STUDIOS LLP" || ps[1].Role != "supplier" {
		t.Errorf("second party = %+v, want the studio as supplier", ps[1])
	}
	if got := itemOf(rep, "collaboration").Status; got != "partial" {
		t.Errorf("the school's duty to provide lists and a room: collaboration = %s, want partial", got)
	}
}

func TestValidIsraeliID(t *testing.T) {
	tests := []struct {
		id   string
		want bool
	}{
		{"000000018", true},
		{"18", true}, // left-padded with zeros
		{"123456782", true},
		{"123456789", false},
		{"51-234567-3", false},
		{"", false},
		{"1234567890", false},
	}
	for _, tt := range tests {
		if got := validIsraeliID(tt.id); got != tt.want {
			t.Errorf("validIsraeliID(%q) = %v, want %v", tt.id, got, tt.want)
		}
	}
}

func TestTermsGoverningLaw(t *testing.T) {
	e := newTestEngine(t)
	tests := []struct{ text, want string }{
		{"על הסכם זה יחולו דיני מדינת ישראל.", "Israel"},
		{"This Agreement is governed by the laws of the State of New York, without regard to conflicts rules.", "New York"},
		{"This Agreement shall be governed by the laws of England and Wales.", "England and Wales"},
		{"This Agreement is governed by the laws of the State of Israel.", "Israel"},
	}
	for _, tt := range tests {
		rep := review(t, e, tt.text)
		if len(rep.Terms.GoverningLaw) != 1 || rep.Terms.GoverningLaw[0].Jurisdiction != tt.want {
			t.Errorf("%q: governing law = %+v, want %s", tt.text, rep.Terms.GoverningLaw, tt.want)
		}
	}
}

// TestTermsPartiesBlock reads parties written as a block of lines, the
// defined term on a line of its own, as Israeli law firms lay them out.
func TestTermsPartiesBlock(t *testing.T) {
	e := newTestEngine(t)
	rep := review(t, e, "הסכם למתן שירותים משפטיים שוטפים\n"+
		"בין:\nבר-דיין, אלמוג ושות' – עורכי דין\nשותפות רשומה מס' 550298417\nמרחוב הברזל 31, תל אביב-יפו\n(להלן: \"המשרד\")\nמצד אחד;\n"+
		"לבין:\nאריזות עמק החולה (2011) בע\"מ\nח.פ. 515847263\nמאזור התעשייה הצפוני, קריית שמונה\n(להלן: \"החברה\")\nמצד שני;\n"+
		"1. השירותים\n")
	if len(rep.Terms.Parties) != 2 {
		t.Fatalf("parties = %+v", rep.Terms.Parties)
	}
	p0, p1 := rep.Terms.Parties[0], rep.Terms.Parties[1]
	if p0.Name != "בר-דיין" || p0.Term != "המשרד" {
		t.Errorf("first party = %+v", p0)
	}
	if p1.Name != "אריזות עמק החולה (2011) בע\"מ" || p1.IDNumber != "515847263" || p1.Term != "החברה" {
		t.Errorf("second party = %+v", p1)
	}
}

// TestTermsPartiesInFirstClause pins a letter of engagement that names
// its parties in its first numbered clause, after a letterhead and a
// heading; a numbered clause with no opener names none.
func TestTermsPartiesInFirstClause(t *testing.T) {
	e := newTestEngine(t)
	rep := review(t, e, "קרמר, מזרחי ושות' – רואי חשבון\nלכבוד\nהדס מערכות מיזוג בע\"מ\n1. כללי\n"+
		"1.1 מכתב זה מסדיר את תנאי ההתקשרות בין משרדנו (להלן: \"המשרד\") לבין הדס מערכות מיזוג בע\"מ (להלן: \"החברה\") למתן השירותים.\n"+
		"6.1 החברה תעביר למשרד את כל חומר הנהלת החשבונות עד ה-5 בכל חודש.\n")
	if len(rep.Terms.Parties) != 2 {
		t.Fatalf("parties = %+v", rep.Terms.Parties)
	}
	if p := rep.Terms.Parties[1]; p.Name != "הדס מערכות מיזוג בע\"מ" || p.Role != "client" || p.Term != "החברה" {
		t.Errorf("second party = %+v", p)
	}
	if got := itemOf(rep, "collaboration").Status; got == Missing {
		t.Errorf("the client's duty to hand over the books: collaboration = %s, want partial", got)
	}
	rep = review(t, e, "1. כללי\n1.1 האתר מופעל על ידי נ.ב. פלטפורמות בע\"מ (להלן: \"החברה\").\n")
	if len(rep.Terms.Parties) != 0 {
		t.Errorf("terms of use with no opener: parties = %+v", rep.Terms.Parties)
	}
}
