package bizday

import (
	"fmt"
	"strings"
)

// Hebrew punctuation for numerals: geresh after a single letter (ה׳),
// gershayim before the last of several (תשפ״ו). These are the proper Hebrew
// characters U+05F3 and U+05F4, not ASCII quotes.
const (
	geresh    = "\u05F3"
	gershayim = "\u05F4"
)

var (
	monthNamesHe = [...]string{
		Nisan: "ניסן", Iyyar: "אייר", Sivan: "סיוון", Tammuz: "תמוז", Av: "אב", Elul: "אלול",
		Tishrei: "תשרי", Heshvan: "חשוון", Kislev: "כסלו", Tevet: "טבת", Shevat: "שבט",
		Adar: "אדר", AdarII: "אדר ב" + geresh,
	}
	monthNamesEn = [...]string{
		Nisan: "Nisan", Iyyar: "Iyyar", Sivan: "Sivan", Tammuz: "Tammuz", Av: "Av", Elul: "Elul",
		Tishrei: "Tishrei", Heshvan: "Cheshvan", Kislev: "Kislev", Tevet: "Tevet", Shevat: "Shevat",
		Adar: "Adar", AdarII: "Adar II",
	}
	numeralUnits    = [...]string{"", "א", "ב", "ג", "ד", "ה", "ו", "ז", "ח", "ט"}
	numeralTens     = [...]string{"", "י", "כ", "ל", "מ", "נ", "ס", "ע", "פ", "צ"}
	numeralHundreds = [...]string{"", "ק", "ר", "ש", "ת"}
)

// MonthNameHe is the month's Hebrew name; in a leap year Adar is "אדר א׳".
func (h HebrewDate) MonthNameHe() string {
	if h.Month < Nisan || h.Month > AdarII {
		return fmt.Sprintf("חודש %d", int(h.Month))
	}
	if h.Month == Adar && IsHebrewLeapYear(h.Year) {
		return "אדר א" + geresh
	}
	return monthNamesHe[h.Month]
}

// MonthNameEn is the month's English transliteration; in a leap year Adar
// is "Adar I".
func (h HebrewDate) MonthNameEn() string {
	if h.Month < Nisan || h.Month > AdarII {
		return fmt.Sprintf("month %d", int(h.Month))
	}
	if h.Month == Adar && IsHebrewLeapYear(h.Year) {
		return "Adar I"
	}
	return monthNamesEn[h.Month]
}

// String is the date as written in Hebrew: day and year in Hebrew numerals
// with gershayim, the month with the prefix ב, thousands omitted as is
// customary: "ט״ו בניסן תשפ״ו".
func (h HebrewDate) String() string {
	return HebrewNumeral(h.Day) + " ב" + h.MonthNameHe() + " " + HebrewNumeral(h.Year)
}

// English is the date in English word order: "15 Nisan 5786".
func (h HebrewDate) English() string {
	return fmt.Sprintf("%d %s %d", h.Day, h.MonthNameEn(), h.Year)
}

// HebrewNumeral writes n (1 or more) in Hebrew letters the way dates are
// written: thousands are dropped unless nothing else is left (5786 → תשפ״ו,
// 5000 → ה׳), 15 and 16 are ט״ו and ט״ז rather than spelling a divine name,
// hundreds past 400 repeat ת, and the result is punctuated with geresh or
// gershayim. Zero and negative numbers are written in digits, since they
// have no Hebrew form.
func HebrewNumeral(n int) string {
	if n <= 0 {
		return fmt.Sprint(n)
	}
	if n%1000 == 0 {
		return punctuate(HebrewNumeralLetters(n / 1000))
	}
	return punctuate(HebrewNumeralLetters(n % 1000))
}

// HebrewNumeralLetters is the bare letters of n mod 1000, without geresh or
// gershayim (for sorting or matching text that omits them).
func HebrewNumeralLetters(n int) string {
	n %= 1000
	if n <= 0 {
		return ""
	}
	var b strings.Builder
	for h := n / 100; h > 0; h -= 4 {
		b.WriteString(numeralHundreds[min(h, 4)])
	}
	switch rest := n % 100; rest {
	case 15:
		b.WriteString("טו")
	case 16:
		b.WriteString("טז")
	default:
		b.WriteString(numeralTens[rest/10])
		b.WriteString(numeralUnits[rest%10])
	}
	return b.String()
}

// punctuate adds geresh after a single letter, gershayim before the last
// letter of several.
func punctuate(letters string) string {
	r := []rune(letters)
	switch len(r) {
	case 0:
		return ""
	case 1:
		return letters + geresh
	}
	return string(r[:len(r)-1]) + gershayim + string(r[len(r)-1])
}
