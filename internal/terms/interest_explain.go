package terms

import (
	"fmt"
	"strings"
)

// maxExplainedLines bounds how many statement lines an explanation spells
// out; the statement itself always has them all.
const maxExplainedLines = 12

// explainInterest writes the English and Hebrew explanations of an interest
// statement: the clause, the delay, the rate and method, each line's
// arithmetic and the totals.
func explainInterest(t InterestTerms, p LatePayment, r InterestResult) (en, he string) {
	var e, h strings.Builder
	if t.Clause != "" {
		fmt.Fprintf(&e, "Clause %s: ", t.Clause)
		fmt.Fprintf(&h, "סעיף %s: ", t.Clause)
	} else {
		e.WriteString("Late-payment interest: ")
		h.WriteString("ריבית בגין איחור בתשלום: ")
	}
	due, paid := Day(p.Due), Day(p.Paid)
	fmt.Fprintf(&e, "payment of %s was due %s and made %s", p.Principal.String(), englishDate(due), englishDate(paid))
	fmt.Fprintf(&h, "תשלום של %s היה אמור להתבצע ב־%s ובוצע ב־%s", p.Principal.hebrew(), dayFirst(due), dayFirst(paid))
	if r.DaysLate == 0 {
		e.WriteString(", on or before the due date: no interest.")
		h.WriteString(", לא יאוחר מהמועד: אין ריבית.")
		return e.String(), h.String()
	}
	fmt.Fprintf(&e, ": %s late, counted from the day after the due date to the payment date inclusive. ", countEN(r.DaysLate, UnitCalendarDays))
	fmt.Fprintf(&h, ": איחור של %s, מהיום שלאחר המועד עד יום התשלום ועד בכלל. ", countHE(r.DaysLate, UnitCalendarDays))

	switch {
	case t.Source == SourceStatutory:
		e.WriteString("Rate: the statutory arrears rate (ריבית פיגורים) from the published table")
		h.WriteString("שיעור: ריבית הפיגורים לפי טבלת השיעורים שפורסמו")
	case t.Per == PerMonth:
		annual := yearlyFromMonthly(t.RatePercent)
		fmt.Fprintf(&e, "Rate: %s%% per month, that is %s%% a year", t.RatePercent, annual)
		fmt.Fprintf(&h, "שיעור: %s%% לחודש, כלומר %s%% לשנה", t.RatePercent, annual)
	default:
		fmt.Fprintf(&e, "Rate: %s%% a year", t.RatePercent)
		fmt.Fprintf(&h, "שיעור: %s%% לשנה", t.RatePercent)
	}
	switch {
	case t.Method == MethodSimple:
		e.WriteString(", simple interest")
		h.WriteString(", ריבית פשוטה")
	case t.Per == PerMonth:
		e.WriteString(", compounded monthly from the due date")
		h.WriteString(", ריבית דריבית המצטרפת לקרן מדי חודש מהמועד")
	case t.Source == SourceStatutory:
		e.WriteString(", compounded once a year from the due date (Interest and Linkage Law s.7)")
		h.WriteString(", ריבית דריבית המצטרפת לקרן פעם בשנה מהמועד (סעיף 7 לחוק פסיקת ריבית והצמדה)")
	default:
		e.WriteString(", compounded yearly from the due date")
		h.WriteString(", ריבית דריבית המצטרפת לקרן מדי שנה מהמועד")
	}
	e.WriteString(", actual/365 (each day 1/365 of the yearly rate).")
	h.WriteString(", לפי ימים בפועל/365 (כל יום 1/365 מהשיעור השנתי).")

	for i, l := range r.Lines {
		if i == maxExplainedLines {
			fmt.Fprintf(&e, " And %d more lines; see the statement.", len(r.Lines)-i)
			fmt.Fprintf(&h, " ועוד %d שורות; ראו את הפירוט.", len(r.Lines)-i)
			break
		}
		fmt.Fprintf(&e, " %s–%s: %s × %s%% × %d/365 = %s.", englishDate(l.From), englishDate(l.To), l.Base.String(), l.AnnualRatePercent, l.Days, l.Amount.String())
		fmt.Fprintf(&h, " %s–%s: %s × %s%% × %d/365 = %s.", dayFirst(l.From), dayFirst(l.To), l.Base.hebrew(), l.AnnualRatePercent, l.Days, l.Amount.hebrew())
	}
	fmt.Fprintf(&e, " Each line is rounded half away from zero to the minor unit. Interest %s; total due %s.", r.Interest.String(), r.Total.String())
	fmt.Fprintf(&h, " כל שורה מעוגלת ליחידה הקטנה של המטבע. ריבית %s; סך הכול לתשלום %s.", r.Interest.hebrew(), r.Total.hebrew())
	return e.String(), h.String()
}
