package terms

import (
	"fmt"
	"time"
)

// TermKind is how a payment term fixes the due date.
type TermKind string

// The payment terms used in Israeli agreements.
const (
	// TermEndOfMonth is שוטף + N: N days after the end of the calendar month in
	// which the invoice was submitted, the wording of the Payment to Suppliers
	// Law s.3(ה)–(ז) ("מתום החודש שבו הומצא החשבון").
	TermEndOfMonth TermKind = "eom"
	// TermNet is net N: N days after the invoice was submitted.
	TermNet TermKind = "net"
	// TermOnAcceptance is N days (possibly 0) after the client accepted the
	// work.
	TermOnAcceptance TermKind = "on_acceptance"
	// TermOnDate is payment on a fixed date.
	TermOnDate TermKind = "on_date"
)

// MaxTermDays bounds N in a payment term: ten years of days.
const MaxTermDays = 3660

// PaymentTerm is an agreement's payment term.
type PaymentTerm struct {
	Kind TermKind
	// Days is N for eom, net and on_acceptance.
	Days int
	// Date is the payment date for on_date.
	Date time.Time
	// Accepted is the acceptance date for on_acceptance; zero until the client
	// accepts, when no due date exists yet.
	Accepted time.Time
}

// Validate checks the term's fields as an *InputError. An on_acceptance term
// without an acceptance date is valid: the work is simply not accepted yet.
func (t PaymentTerm) Validate() error {
	switch t.Kind {
	case TermEndOfMonth, TermNet, TermOnAcceptance:
		if t.Days < 0 || t.Days > MaxTermDays {
			return fieldErrorf("days", "must be between 0 and %d, got %d", MaxTermDays, t.Days)
		}
		if t.Kind == TermOnAcceptance && !t.Accepted.IsZero() {
			return checkDate("accepted", t.Accepted)
		}
		return nil
	case TermOnDate:
		return checkDate("date", t.Date)
	case "":
		return fieldErrorf("kind", "is required: eom, net, on_acceptance or on_date")
	default:
		return fieldErrorf("kind", "unknown payment term %q: use eom, net, on_acceptance or on_date", string(t.Kind))
	}
}

// DueDate is the last day for paying an invoice submitted on invoiceSubmitted
// under term. It counts days as Interpretation Law s.10(א) does (the event day
// is not counted): שוטף + 30 on an invoice of 31 January 2026 is due 2 March
// 2026 (31 Jan + 30 days). It returns the zero time when the term has no date
// yet (on acceptance, not yet accepted) or is invalid.
//
// The date is not moved off rest days: s.10(ג) moves a deadline that ends on
// a rest day, and which days those are is the agreement's calendar policy;
// apply NextBusinessDay with it where the agreement says so.
func DueDate(term PaymentTerm, invoiceSubmitted time.Time) time.Time {
	if term.Validate() != nil {
		return time.Time{}
	}
	switch term.Kind {
	case TermEndOfMonth:
		return addDays(endOfMonth(Day(invoiceSubmitted)), term.Days)
	case TermNet:
		return addDays(Day(invoiceSubmitted), term.Days)
	case TermOnAcceptance:
		if term.Accepted.IsZero() {
			return time.Time{}
		}
		return addDays(Day(term.Accepted), term.Days)
	case TermOnDate:
		return Day(term.Date)
	}
	return time.Time{}
}

// English describes the term for English text: "net 30", "end of month + 45
// (שוטף + 45)".
func (t PaymentTerm) English() string {
	switch t.Kind {
	case TermEndOfMonth:
		return fmt.Sprintf("end of month + %d (שוטף + %d)", t.Days, t.Days)
	case TermNet:
		return fmt.Sprintf("net %d", t.Days)
	case TermOnAcceptance:
		return fmt.Sprintf("%d days after acceptance", t.Days)
	case TermOnDate:
		return "on " + englishDate(Day(t.Date))
	}
	return string(t.Kind)
}

// Hebrew describes the term in Hebrew: "שוטף + 45", "30 ימים מהגשת החשבון".
func (t PaymentTerm) Hebrew() string {
	switch t.Kind {
	case TermEndOfMonth:
		return fmt.Sprintf("שוטף + %d", t.Days)
	case TermNet:
		return fmt.Sprintf("%d ימים מהגשת החשבון", t.Days)
	case TermOnAcceptance:
		return fmt.Sprintf("%d ימים מאישור הקבלה", t.Days)
	case TermOnDate:
		return "ב־" + dayFirst(Day(t.Date))
	}
	return string(t.Kind)
}
