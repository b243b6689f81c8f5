package review

import (
	"strings"
	"unicode/utf8"

	"github.com/heskem/heskem/internal/hebrew"
)

// wordTables are the closed vocabularies the scanner needs around numbers
// (currencies, units, month names, VAT phrases). They are folded once at
// New, so English entries meet the stemmed text.
type wordTables struct {
	currency    map[string]string // word or symbol → ISO 4217
	multiplier  map[string]int    // אלף → 3 (powers of ten)
	unit        map[string]string // ימים → days
	dualUnit    map[string]string // יומיים → days (count 2)
	percentWord map[string]bool
	month       map[string]int
	vat         []phraseValue // ordered: exclusions before inclusions
	per         []phraseValue
	perBefore   []phraseValue
	anchorIntro map[string]bool
	honorific   map[string]bool
	eventNoun   map[string]bool
	determiner  map[string]bool
	phoneWord   map[string]bool
	dateWord    map[string]bool // ביום, בתאריך: a day.month after them is a date
	measureWord map[string]bool // שעות, מטר: a decimal before them is no day.month
	// dateNoun is "date", "תאריך" and "מועד" as the normalized text
	// writes them, and dateBefore the English words after which a blank
	// is a date ("on ____", "until ____"): see Engine.dateBlank.
	dateNoun   map[string]bool
	dateBefore map[string]bool
	idWords    []phraseValue // ח.פ. → company
	// known holds every word the scanner compares a token with, so that
	// wordAt can return a shared string instead of allocating one per
	// token.
	known map[string]string
}

type phraseValue struct {
	phrase []rune
	value  string
}

func foldMap[V any](m map[string]V) map[string]V {
	out := make(map[string]V, len(m))
	for k, v := range m {
		out[hebrew.Fold(k)] = v
	}
	return out
}

func foldSet(ws ...string) map[string]bool {
	out := make(map[string]bool, len(ws))
	for _, w := range ws {
		out[hebrew.Fold(w)] = true
	}
	return out
}

func foldPhrases(pairs ...string) []phraseValue {
	out := make([]phraseValue, 0, len(pairs)/2)
	for i := 0; i+1 < len(pairs); i += 2 {
		out = append(out, phraseValue{phrase: []rune(hebrew.Fold(pairs[i])), value: pairs[i+1]})
	}
	return out
}

func newWordTables() *wordTables {
	w := &wordTables{
		currency: foldMap(map[string]string{
			"₪": "ILS", `ש"ח`: "ILS", "שח": "ILS", "שקל": "ILS", "שקלים": "ILS", "nis": "ILS", "ils": "ILS",
			"shekel": "ILS", "shekels": "ILS", `ש"ח.`: "ILS",
			"$": "USD", "usd": "USD", "dollar": "USD", "dollars": "USD", "דולר": "USD", "דולרים": "USD", "us$": "USD",
			"€": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR", "אירו": "EUR", "יורו": "EUR",
			"£": "GBP", "gbp": "GBP", "pound": "GBP", "pounds": "GBP", "ליש\"ט": "GBP",
			// The currencies of the other countries whose agreements
			// Heskem reads: an amount in rand, rupees or shillings is a
			// price as one in shekels is. Codes that are also common
			// words or file types (PHP, TRY, RM) are left out.
			"aud": "AUD", "a$": "AUD", "au$": "AUD", "cad": "CAD", "c$": "CAD", "ca$": "CAD",
			"nzd": "NZD", "nz$": "NZD", "sgd": "SGD", "s$": "SGD", "hkd": "HKD", "hk$": "HKD",
			"zar": "ZAR", "rand": "ZAR", "inr": "INR", "₹": "INR", "rs": "INR", "rupee": "INR",
			"rupees": "INR", "rupe": "INR", "kes": "KES", "ksh": "KES", "kshs": "KES", "ngn": "NGN", "₦": "NGN", "naira": "NGN",
			"₱": "PHP", "chf": "CHF", "jpy": "JPY", "¥": "JPY", "yen": "JPY", "sek": "SEK", "nok": "NOK",
			"dkk": "DKK", "pln": "PLN", "zł": "PLN", "czk": "CZK", "mxn": "MXN", "brl": "BRL", "r$": "BRL",
			"ars": "ARS", "ugx": "UGX", "tzs": "TZS", "ghs": "GHS", "₵": "GHS", "aed": "AED", "cny": "CNY",
			"rmb": "CNY", "vnd": "VND", "₫": "VND", "thb": "THB", "฿": "THB", "myr": "MYR",
		}),
		multiplier: foldMap(map[string]int{
			"אלף": 3, "אלפים": 3, "אלפי": 3, "thousand": 3,
			"מיליון": 6, "מליון": 6, "million": 6, "מיליוני": 6,
		}),
		unit: foldMap(map[string]string{
			"יום": "days", "ימים": "days", "ימי": "days", "day": "days", "days": "days", "calendar days": "days",
			"ימי עסקים": "business_days", "ימי עבודה": "business_days", "business days": "business_days",
			"working days": "business_days", "work days": "business_days", "business day": "business_days",
			"שבוע": "weeks", "שבועות": "weeks", "week": "weeks", "weeks": "weeks", "wks": "weeks", "wk": "weeks",
			"חודש": "months", "חודשים": "months", "חודשי": "months", "month": "months", "months": "months", "mths": "months", "mos": "months",
			"שנה": "years", "שנים": "years", "שנות": "years", "year": "years", "years": "years", "yrs": "years", "yr": "years",
		}),
		dualUnit: foldMap(map[string]string{
			"יומיים": "days", "שבועיים": "weeks", "חודשיים": "months", "שנתיים": "years",
		}),
		percentWord: foldSet("אחוז", "אחוזים", "percent", "per cent", "pct"),
		dateWord: foldSet("ביום", "יום", "מיום", "ליום", "וביום", "עד", "ועד", "בתאריך", "תאריך", "מתאריך",
			"לתאריך", "ובתאריך", "החל", "מה", "התאריך", "המועד", "במועד", "תאריכים", "התאריכים", "בתאריכים",
			"תאריכי", "בין", "האירוע", "הפעילות", "הטיול", "הנסיעה", "ההופעה", "הסדנה", "הכנס"),
		measureWord: foldSet("שעות", "שעה", "דקות", "דקה", "שניות", `ק"מ`, "קילומטר", "מטר", "מטרים", `מ"ר`,
			`מ"ק`, `ס"מ`, `מ"מ`, "ליטר", "ליטרים", "טון", `ק"ג`, "קילו", "גרם", "נקודות", "נקודה", "כוכבים",
			"קומות", "חדרים", "ציון", "גרסה", "גרסת"),
		month: foldMap(map[string]int{
			"ינואר": 1, "פברואר": 2, "מרץ": 3, "מרס": 3, "אפריל": 4, "מאי": 5, "יוני": 6, "יולי": 7,
			"אוגוסט": 8, "ספטמבר": 9, "אוקטובר": 10, "נובמבר": 11, "דצמבר": 12,
			"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
			"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
			"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
			"oct": 10, "nov": 11, "dec": 12,
		}),
		vat: foldPhrases(
			`לא כולל מע"מ`, "plus", `אינו כולל מע"מ`, "plus", `אינם כוללים מע"מ`, "plus", `בתוספת מע"מ`, "plus",
			`+ מע"מ`, "plus", `+מע"מ`, "plus", `ומע"מ`, "plus", `בצירוף מע"מ`, "plus", `לפני מע"מ`, "plus",
			`כולל מע"מ`, "including", `כוללים מע"מ`, "including", `מע"מ כלול`, "including", `כולל מס ערך מוסף`, "including",
			"plus vat", "plus", "+ vat", "plus", "+vat", "plus", "excluding vat", "plus", "exclusive of vat", "plus",
			"excl. vat", "plus", "before vat", "plus", "net of vat", "plus", "plus applicable vat", "plus", "plus value added tax", "plus",
			"including vat", "including", "inclusive of vat", "including", "vat included", "including", "incl. vat", "including",
			// Goods and services tax (Australia, New Zealand, Canada,
			// India, Singapore) and Canada's harmonized sales tax.
			"plus gst", "plus", "+ gst", "plus", "+gst", "plus", "excluding gst", "plus", "excl. gst", "plus", "excl gst", "plus",
			"ex gst", "plus", "ex. gst", "plus", "exclusive of gst", "plus", "plus applicable gst", "plus", "plus hst", "plus", "+ hst", "plus",
			"+hst", "plus", "plus gst/hst", "plus", "+ gst/hst", "plus",
			"including gst", "including", "inclusive of gst", "including", "incl. gst", "including", "incl gst", "including",
			"inc gst", "including", "inc. gst", "including", "gst inclusive", "including", "gst included", "including", "including hst", "including",
		),
		per: foldPhrases(
			"ליום", "day", "לכל יום", "day", "בגין כל יום", "day", "לשבוע", "week", "לכל שבוע", "week",
			"לחודש", "month", "לכל חודש", "month", "בחודש", "month", "לשנה", "year", "בשנה", "year", "שנתית", "year", "שנתי", "year",
			"חודשית", "month", "חודשי", "month", "יומית", "day", "שבועית", "week",
			"per day", "day", "a day", "day", "for each day", "day", "for every day", "day", "per diem", "day", "daily", "day",
			"per week", "week", "a week", "week", "weekly", "week", "per month", "month", "a month", "month", "monthly", "month",
			"per annum", "year", "per year", "year", "a year", "year", "annually", "year", "annual", "year", "p.a.", "year",
		),
		perBefore: foldPhrases(
			"annual", "year", "yearly", "year", "monthly", "month", "daily", "day", "weekly", "week",
			"שנתית", "year", "שנתי", "year", "חודשית", "month", "יומית", "day",
		),
		anchorIntro: foldSet("מיום", "ממועד", "מתום", "מקבלת", "מהמועד", "מקבלתה", "לאחר", "אחרי", "לפני", "מיום", "מעת", "ממתן",
			"מחתימת", "ממסירת", "מהגשת", "from", "after", "following", "of", "before", "prior", "upon"),
		eventNoun: foldSet("receipt", "signature", "signing", "delivery", "invoice", "invoices", "notice", "date", "execution",
			"acceptance", "completion", "termination", "expiry", "expiration", "request", "written", "submission", "award",
			"commencement", "start", "approval", "order", "payment", "learning", "becoming", "discovery"),
		determiner: foldSet("the", "its", "such", "each", "any", "a", "written", "their", "this"),
		honorific:  foldSet("מר", "גב'", "גברת", `עו"ד`, `רו"ח`, `ד"ר`, "mr", "ms", "mrs", "dr", "adv"),
		phoneWord:  foldSet("טל'", "טלפון", "נייד", "טל", "פקס", "tel", "phone", "mobile", "fax", "cell", "telephone"),
		idWords: foldPhrases(
			"ח.פ.", "company", "ח.פ", "company", `ח"פ`, "company", "חפ", "company", "ח. פ.", "company",
			"ע.מ.", "dealer", "ע.מ", "dealer", `ע"מ`, "dealer", "עוסק מורשה", "dealer", "עוסק פטור", "dealer",
			"ת.ז.", "person", "ת.ז", "person", `ת"ז`, "person", "תעודת זהות", "person", "מספר זהות", "person",
			"מס' חברה", "company", "מספר חברה", "company", "מספר תאגיד", "company", "ע\"ר", "company", "מלכ\"ר", "company",
			"company number", "registration", "company no.", "registration", "company no", "registration",
			"registration number", "registration", "registration no.", "registration", "reg. no.", "registration",
			"ein", "registration", "i.d.", "person", "id no.", "person", "id number", "person", "crn", "registration",
		),
	}
	w.known = map[string]string{}
	add := func(k string) {
		for _, word := range strings.Fields(k) {
			w.known[word] = word
		}
	}
	for _, k := range []string{"st", "nd", "rd", "th", "per", "cent", "of"} {
		add(k)
	}
	for _, m := range []map[string]string{w.currency, w.unit, w.dualUnit} {
		for k := range m {
			add(k)
		}
	}
	w.dateNoun = foldSet("date", "תאריך", "מועד")
	w.dateBefore = foldSet("on", "dated", "until")
	for _, m := range []map[string]bool{w.percentWord, w.anchorIntro, w.eventNoun, w.determiner, w.dateWord, w.measureWord, w.dateNoun, w.dateBefore} {
		for k := range m {
			add(k)
		}
	}
	for k := range w.multiplier {
		add(k)
	}
	for k := range w.month {
		add(k)
	}
	return w
}

// hasPrefixRunes reports whether rs[i:] starts with p.
func hasPrefixRunes(rs []rune, i int, p []rune) bool {
	if i < 0 || i+len(p) > len(rs) {
		return false
	}
	for j, r := range p {
		if rs[i+j] != r {
			return false
		}
	}
	return true
}

// wordAt returns the word starting at i (letters, digits and in-word
// quotes) and its end. A word of the tables comes back as the tables'
// own string, without an allocation; another word is encoded once, in a
// buffer on the stack, to be looked up and then copied out.
func (w *wordTables) wordAt(rs []rune, i int) (string, int) {
	j := i
	for j < len(rs) {
		r := rs[j]
		if isWordRune(r) || ((r == '"' || r == '\'') && j > i && j+1 < len(rs) && isWordRune(rs[j+1])) {
			j++
			continue
		}
		if r == '\'' && j > i && hebrew.IsLetter(rs[j-1]) { // גב'
			j++
		}
		break
	}
	var buf [64]byte
	b := buf[:0]
	for _, r := range rs[i:j] {
		b = utf8.AppendRune(b, r)
	}
	if k, ok := w.known[string(b)]; ok {
		return k, j
	}
	return string(b), j
}

// nextWordStart skips spaces (and, with paren, one parenthesized group)
// from i.
func nextWordStart(rs []rune, i int) int {
	for i < len(rs) && rs[i] == ' ' {
		i++
	}
	return i
}

// stripHebrewPrefix removes a one-letter prefix (ב, ל, ה, ו, מ) used before
// a month or unit word ("במרץ", "לינואר").
func stripHebrewPrefix(w string) string {
	for _, p := range []string{"וב", "ב", "ל", "ה", "ו", "מ"} {
		if strings.HasPrefix(w, p) && len([]rune(w)) > len([]rune(p))+1 {
			return strings.TrimPrefix(w, p)
		}
	}
	return w
}
