package heskem

import "strings"

// ValidIsraeliID reports whether s is a valid Israeli identity number
// (מספר זהות) or corporate number (ח.פ., ע.מ., עמותה): nine digits, shorter
// numbers padded with leading zeros, whose last digit is a check digit.
//
// The check is the Population Registry's: multiply the digits alternately by
// 1 and 2, add the digits of each product, and the total must be divisible by
// 10. The Registrar of Companies issues company numbers (51-…) with the same
// check digit, so one function serves both.
func ValidIsraeliID(s string) bool {
	d := NormalizeIsraeliID(s)
	if len(d) != 9 || d == "000000000" {
		return false
	}
	sum := 0
	for i, r := range d {
		v := int(r-'0') * (i%2 + 1)
		sum += v/10 + v%10
	}
	return sum%10 == 0
}

// NormalizeIsraeliID strips spaces and dashes and pads to nine digits. It
// returns "" when s holds anything but digits, or more than nine of them.
func NormalizeIsraeliID(s string) string {
	s = strings.NewReplacer(" ", "", "-", "").Replace(strings.TrimSpace(s))
	if s == "" || len(s) > 9 {
		return ""
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return ""
		}
	}
	return strings.Repeat("0", 9-len(s)) + s
}
