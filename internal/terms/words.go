package terms

import "fmt"

// countEN writes "1 week", "3 business days".
func countEN(n int, u Unit) string {
	one, many := "calendar day", "calendar days"
	switch u {
	case UnitBusinessDays:
		one, many = "business day", "business days"
	case UnitWeeks:
		one, many = "week", "weeks"
	}
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// countHE writes the Hebrew count with the noun's number and the numeral
// after the noun for one ("שבוע אחד"), before it otherwise ("3 ימי עסקים").
func countHE(n int, u Unit) string {
	one, many := "יום קלנדרי", "ימים קלנדריים"
	switch u {
	case UnitBusinessDays:
		one, many = "יום עסקים", "ימי עסקים"
	case UnitWeeks:
		one, many = "שבוע", "שבועות"
	}
	if n == 1 {
		return one + " אחד"
	}
	return fmt.Sprintf("%d %s", n, many)
}

// periodEN describes a period with its length in days where that helps:
// "2 weeks (14 calendar days)".
func periodEN(p Period) string {
	if p.Unit == UnitWeeks {
		return fmt.Sprintf("%s (%s)", countEN(p.Count, UnitWeeks), countEN(p.days(), UnitCalendarDays))
	}
	return countEN(p.Count, p.Unit)
}

func periodHE(p Period) string {
	if p.Unit == UnitWeeks {
		return fmt.Sprintf("%s (%s)", countHE(p.Count, UnitWeeks), countHE(p.days(), UnitCalendarDays))
	}
	return countHE(p.Count, p.Unit)
}

// roundingNoteEN and roundingNoteHE say how an inexact amount was rounded.
func roundingNoteEN(cur string) string {
	if cur == "ILS" {
		return " (rounded half away from zero to the agora)"
	}
	return " (rounded half away from zero to the minor unit)"
}

func roundingNoteHE(cur string) string {
	if cur == "ILS" {
		return " (מעוגל לאגורה הקרובה, מחצי ומעלה כלפי מעלה)"
	}
	return " (מעוגל ליחידה הקטנה של המטבע, מחצי ומעלה כלפי מעלה)"
}
