package terms

import (
	"fmt"
	"math/big"
	"strings"

	"github.com/shopspring/decimal"
)

// explainPenalty writes the English and Hebrew explanations of a computed
// penalty: the clause, the delay, the periods, the arithmetic, the cap and the
// termination date. exact is the uncapped amount before rounding.
func explainPenalty(p LatePenalty, d Delay, r PenaltyResult, exact *big.Rat) (en, he string) {
	var e, h strings.Builder
	if p.Clause != "" {
		fmt.Fprintf(&e, "Clause %s: ", p.Clause)
		fmt.Fprintf(&h, "סעיף %s: ", p.Clause)
	} else {
		e.WriteString("Late-delivery penalty: ")
		h.WriteString("פיצוי בגין איחור: ")
	}
	due, delivered := Day(d.Due), Day(d.Delivered)
	if !delivered.After(due) {
		fmt.Fprintf(&e, "delivered %s, on or before the due date %s: no delay, no penalty.", englishDate(delivered), englishDate(due))
		fmt.Fprintf(&h, "נמסר ב־%s, לא יאוחר מהמועד %s: אין איחור ואין פיצוי.", dayFirst(delivered), dayFirst(due))
		explainTermination(&e, &h, p, r, d.Outstanding)
		return e.String(), h.String()
	}
	if d.Outstanding {
		fmt.Fprintf(&e, "due %s, not delivered as of %s: %s late so far, counted from the day after the due date to %s inclusive",
			englishDate(due), englishDate(delivered), countEN(r.DaysLate, r.DayKind), englishDate(delivered))
		fmt.Fprintf(&h, "מועד המסירה %s, טרם נמסר נכון ל־%s: איחור של %s עד כה, מהיום שלאחר המועד עד %s ועד בכלל",
			dayFirst(due), dayFirst(delivered), countHE(r.DaysLate, r.DayKind), dayFirst(delivered))
	} else {
		fmt.Fprintf(&e, "due %s, delivered %s: %s late, counted from the day after the due date to the delivery date inclusive",
			englishDate(due), englishDate(delivered), countEN(r.DaysLate, r.DayKind))
		fmt.Fprintf(&h, "מועד המסירה %s, נמסר ב־%s: איחור של %s, מהיום שלאחר המועד עד יום המסירה ועד בכלל",
			dayFirst(due), dayFirst(delivered), countHE(r.DaysLate, r.DayKind))
	}
	if r.PausedDays > 0 {
		fmt.Fprintf(&e, "; %s of force majeure not counted", countEN(r.PausedDays, UnitCalendarDays))
		if r.PausedDays == 1 {
			h.WriteString("; יום כוח עליון אחד לא נספר")
		} else {
			fmt.Fprintf(&h, "; %d ימי כוח עליון לא נספרו", r.PausedDays)
		}
	}
	e.WriteString(". ")
	h.WriteString(". ")

	cur := p.Value.Currency
	var rateEN, rateHE string
	if p.Fixed != nil {
		rateEN, rateHE = p.Fixed.String(), p.Fixed.hebrew()
		fmt.Fprintf(&e, "The penalty is %s per %s. ", rateEN, periodEN(p.Period))
		fmt.Fprintf(&h, "הפיצוי הוא %s לכל תקופה של %s. ", rateHE, periodHE(p.Period))
	} else {
		rateEN = fmt.Sprintf("%s%% × %s", p.RatePercent.String(), p.Value.String())
		rateHE = fmt.Sprintf("%s%% × %s", p.RatePercent.String(), p.Value.hebrew())
		fmt.Fprintf(&e, "The penalty is %s%% of %s per %s. ", p.RatePercent.String(), p.Value.String(), periodEN(p.Period))
		fmt.Fprintf(&h, "הפיצוי הוא %s%% מ־%s לכל תקופה של %s. ", p.RatePercent.String(), p.Value.hebrew(), periodHE(p.Period))
	}

	ratio := fmt.Sprintf("%d ÷ %d", r.DaysLate, r.DaysPerPeriod)
	exactPeriods := big.NewRat(int64(r.DaysLate), int64(r.DaysPerPeriod))
	eq := "="
	if exactPeriods.Cmp(r.Periods.Rat()) != 0 && p.Partial == PartialProrate {
		eq = "≈"
	}
	periodsEN, periodsHE := r.Periods.String()+" periods", r.Periods.String()+" תקופות"
	if r.Periods.Equal(decimal.NewFromInt(1)) {
		periodsEN, periodsHE = "1 period", "תקופה אחת"
	}
	if p.Partial == PartialFull {
		fmt.Fprintf(&e, "A started period counts as a full one: ⌈%s⌉ = %s. ", ratio, periodsEN)
		fmt.Fprintf(&h, "חלק מתקופה נספר כתקופה מלאה: ⌈%s⌉ = %s. ", ratio, periodsHE)
	} else {
		fmt.Fprintf(&e, "Partial periods are prorated: %s %s %s. ", ratio, eq, periodsEN)
		fmt.Fprintf(&h, "חלק מתקופה מחושב באופן יחסי: %s %s %s. ", ratio, eq, periodsHE)
	}

	periodsText := r.Periods.String()
	if eq == "≈" {
		periodsText = "(" + ratio + ")"
	}
	fmt.Fprintf(&e, "Penalty: %s × %s = %s", periodsText, rateEN, r.Uncapped.String())
	fmt.Fprintf(&h, "פיצוי: %s × %s = %s", periodsText, rateHE, r.Uncapped.hebrew())
	if !exact.IsInt() {
		e.WriteString(roundingNoteEN(cur))
		h.WriteString(roundingNoteHE(cur))
	}
	e.WriteString(".")
	h.WriteString(".")

	if r.Cap != nil {
		fmt.Fprintf(&e, " Cap: %s%% of %s = %s", p.CapPercent.String(), p.Value.String(), r.Cap.String())
		fmt.Fprintf(&h, " תקרה: %s%% מ־%s = %s", p.CapPercent.String(), p.Value.hebrew(), r.Cap.hebrew())
		if r.Capped {
			fmt.Fprintf(&e, "; the penalty is capped at %s.", r.Amount.String())
			fmt.Fprintf(&h, "; הפיצוי מוגבל לתקרה, %s.", r.Amount.hebrew())
		} else {
			e.WriteString("; not reached.")
			h.WriteString("; התקרה לא הושגה.")
		}
	}
	explainTermination(&e, &h, p, r, d.Outstanding)
	return e.String(), h.String()
}

func explainTermination(e, h *strings.Builder, p LatePenalty, r PenaltyResult, outstanding bool) {
	if p.TerminateAfter == nil {
		return
	}
	if r.TerminateFrom.IsZero() {
		fmt.Fprintf(e, " Termination is allowed once the delay exceeds %s, which does not happen before the end of %d.", periodEN(*p.TerminateAfter), maxYear)
		fmt.Fprintf(h, " ביטול ההסכם מותר כשהאיחור עולה על %s, ודבר זה אינו קורה עד סוף %d.", periodHE(*p.TerminateAfter), maxYear)
		return
	}
	fmt.Fprintf(e, " Termination is allowed once the delay exceeds %s, that is from %s",
		periodEN(*p.TerminateAfter), englishDate(r.TerminateFrom))
	fmt.Fprintf(h, " ביטול ההסכם מותר כשהאיחור עולה על %s, כלומר החל מ־%s",
		periodHE(*p.TerminateAfter), dayFirst(r.TerminateFrom))
	switch {
	case r.MayTerminate:
		e.WriteString("; delivery was not made before that day, so the client may terminate.")
		h.WriteString("; המסירה לא בוצעה לפני יום זה, ולכן הלקוח רשאי לבטל.")
	case outstanding:
		e.WriteString("; if the work is still not delivered then, the client may terminate.")
		h.WriteString("; אם העבודה לא תימסר עד אז, הלקוח יהיה רשאי לבטל.")
	default:
		e.WriteString("; delivery was made before that day, so this delay gives no right to terminate.")
		h.WriteString("; המסירה בוצעה לפני יום זה, ולכן איחור זה אינו מקנה זכות ביטול.")
	}
}
