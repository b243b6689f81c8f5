package terms

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"time"
)

// PayerType is who pays, in the categories of the Payment to Suppliers Law
// (חוק מוסר תשלומים לספקים), which sets a different longest payment period for
// each.
type PayerType string

// Payer types with their own limits in the law.
const (
	PayerState                      PayerType = "state"
	PayerStateConstruction          PayerType = "state_construction"
	PayerPublicBody                 PayerType = "public_body"
	PayerPublicBodyConstruction     PayerType = "public_body_construction"
	PayerLocalAuthority             PayerType = "local_authority"
	PayerLocalAuthorityConstruction PayerType = "local_authority_construction"
	PayerBusiness                   PayerType = "business"
	PayerConsumer                   PayerType = "consumer"
)

// Verdict is the outcome of checking a payment term against the law.
type Verdict string

// Verdicts of CheckPaymentTerm.
const (
	// VerdictWithin: no invoice under the term can fall due after the limit.
	VerdictWithin Verdict = "within"
	// VerdictExceeds: some invoice can fall due after a limit the parties
	// cannot contract out of (s.7).
	VerdictExceeds Verdict = "exceeds"
	// VerdictNeedsJustification: the term can be later than the default limit,
	// which the law allows only if expressly agreed and justified.
	VerdictNeedsJustification Verdict = "needs_justification"
	// VerdictNotCovered: the law sets no period for this payer.
	VerdictNotCovered Verdict = "not_covered"
	// VerdictCannotCheck: the term gives no period to compare (a fixed date,
	// or acceptance without a number of days); check each invoice instead.
	VerdictCannotCheck Verdict = "cannot_check"
)

// paymentRule is one dated limit of the law, loaded from payment_law.json.
type paymentRule struct {
	PayerType             PayerType `json:"payer_type"`
	From                  string    `json:"from"`
	Section               string    `json:"section"`
	MaxDaysFromSubmission *int      `json:"max_days_from_submission"`
	MaxDaysAfterMonthEnd  *int      `json:"max_days_after_month_end"`
	OnExcess              Verdict   `json:"on_excess"`
	PayerEN               string    `json:"payer_en"`
	PayerHE               string    `json:"payer_he"`
	ExceptionEN           string    `json:"exception_en"`
	ExceptionHE           string    `json:"exception_he"`
	Source                string    `json:"source"`
	from                  time.Time
}

type paymentLaw struct {
	// current holds, per payer type, the rule with the latest From.
	current map[PayerType]paymentRule
}

func parsePaymentLaw(data []byte) (paymentLaw, error) {
	var f struct {
		Description string        `json:"description"`
		Rules       []paymentRule `json:"rules"`
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		return paymentLaw{}, fmt.Errorf("payment law table: %w", err)
	}
	law := paymentLaw{current: make(map[PayerType]paymentRule)}
	for i, r := range f.Rules {
		from, err := ParseDate(fmt.Sprintf("rules[%d].from", i), r.From)
		if err != nil {
			return paymentLaw{}, fmt.Errorf("payment law table: %w", err)
		}
		r.from = from
		if r.PayerType == "" || r.Section == "" || r.Source == "" || r.PayerEN == "" || r.PayerHE == "" {
			return paymentLaw{}, fmt.Errorf("payment law table: rules[%d] needs payer_type, section, source, payer_en and payer_he", i)
		}
		switch r.OnExcess {
		case VerdictExceeds, VerdictNeedsJustification:
			if r.MaxDaysFromSubmission == nil && r.MaxDaysAfterMonthEnd == nil {
				return paymentLaw{}, fmt.Errorf("payment law table: rules[%d] (%s) has no limit", i, r.PayerType)
			}
		case VerdictNotCovered:
		default:
			return paymentLaw{}, fmt.Errorf("payment law table: rules[%d].on_excess %q is not exceeds, needs_justification or not_covered", i, r.OnExcess)
		}
		if prev, ok := law.current[r.PayerType]; !ok || r.from.After(prev.from) {
			law.current[r.PayerType] = r
		}
	}
	return law, nil
}

// PayerTypes lists the payer types the loaded table knows, sorted.
func (r *Rules) PayerTypes() []PayerType {
	out := make([]PayerType, 0, len(r.law.current))
	for p := range r.law.current {
		out = append(out, p)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

// TermCheck is the outcome of checking a payment term against the Payment to
// Suppliers Law for one payer type.
type TermCheck struct {
	PayerType PayerType
	Verdict   Verdict
	// Section cites the law's section the limit comes from, e.g. "3(ז)".
	Section string
	// LimitEN and LimitHE state the limit ("שוטף + 45").
	LimitEN, LimitHE string
	// Message and MessageHe explain the verdict.
	Message, MessageHe string
	Source             string
}

// CheckPaymentTerm says whether an invoice under term can fall due later than
// the Payment to Suppliers Law allows payer, using the rule now in force for
// that payer type. A term is judged by its latest case: net N meets שוטף + M
// only if N ≤ M (an invoice on the last day of a month), and שוטף + N meets
// "M days from submission" only if N + 30 ≤ M (an invoice on the 1st of a
// 31-day month). An acceptance term is compared as if the invoice were
// submitted on acceptance, since the law counts from submission.
func (r *Rules) CheckPaymentTerm(term PaymentTerm, payer PayerType) (TermCheck, error) {
	if err := term.Validate(); err != nil {
		return TermCheck{}, err
	}
	rule, ok := r.law.current[payer]
	if !ok {
		return TermCheck{}, fieldErrorf("payer_type", "unknown payer type %q", string(payer))
	}
	c := TermCheck{PayerType: payer, Section: rule.Section, Source: rule.Source}
	c.LimitEN, c.LimitHE = rule.limits()
	cite := fmt.Sprintf("s.%s of the Payment to Suppliers Law", rule.Section)
	citeHE := fmt.Sprintf("סעיף %s לחוק מוסר תשלומים לספקים", rule.Section)

	if rule.OnExcess == VerdictNotCovered {
		c.Verdict = VerdictNotCovered
		c.Message = fmt.Sprintf("The Payment to Suppliers Law sets no payment period when the payer is %s. %s", rule.PayerEN, rule.ExceptionEN)
		c.MessageHe = fmt.Sprintf("חוק מוסר תשלומים לספקים אינו קובע מועד תשלום כשהמשלם הוא %s. %s", rule.PayerHE, rule.ExceptionHE)
		return c, nil
	}
	if term.Kind == TermOnDate {
		c.Verdict = VerdictCannotCheck
		c.Message = fmt.Sprintf("Payment %s cannot be compared with %s (%s) without the invoice's submission date; check each invoice with LatestPaymentDate.", term.English(), cite, c.LimitEN)
		c.MessageHe = fmt.Sprintf("לא ניתן להשוות תשלום %s למגבלת %s (%s) בלי מועד הגשת החשבון; יש לבדוק כל חשבון בנפרד.", term.Hebrew(), citeHE, c.LimitHE)
		return c, nil
	}

	within := false
	latestFromSubmission, latestAfterMonthEnd := term.Days, term.Days
	if term.Kind == TermEndOfMonth {
		latestFromSubmission = term.Days + 30
	}
	if m := rule.MaxDaysFromSubmission; m != nil && latestFromSubmission <= *m {
		within = true
	}
	if m := rule.MaxDaysAfterMonthEnd; m != nil && latestAfterMonthEnd <= *m {
		within = true
	}
	var acceptNote, acceptNoteHE string
	if term.Kind == TermOnAcceptance {
		acceptNote = " The law counts from the invoice's submission, so this holds only if the invoice is submitted on or after acceptance."
		acceptNoteHE = " החוק מונה מהגשת החשבון, ולכן הדבר נכון רק אם החשבון מוגש במועד אישור הקבלה או אחריו."
	}
	if within {
		c.Verdict = VerdictWithin
		c.Message = fmt.Sprintf("Payment %s is within the limit %s sets when the payer is %s: %s.%s", term.English(), cite, rule.PayerEN, c.LimitEN, acceptNote)
		c.MessageHe = fmt.Sprintf("תשלום %s עומד במגבלה שקובע %s כשהמשלם הוא %s: %s.%s", term.Hebrew(), citeHE, rule.PayerHE, c.LimitHE, acceptNoteHE)
		return c, nil
	}
	c.Verdict = rule.OnExcess
	c.Message = fmt.Sprintf("Payment %s can fall due after the latest date %s allows when the payer is %s: %s.%s", term.English(), cite, rule.PayerEN, c.LimitEN, acceptNote)
	c.MessageHe = fmt.Sprintf("תשלום %s עלול לחול אחרי המועד המאוחר ביותר שמתיר %s כשהמשלם הוא %s: %s.%s", term.Hebrew(), citeHE, rule.PayerHE, c.LimitHE, acceptNoteHE)
	if c.Verdict == VerdictExceeds {
		c.Message += " The law cannot be contracted out of except in the supplier's favour (s.7)."
		c.MessageHe += " אין להתנות על החוק אלא לטובת הספק (סעיף 7)."
	}
	if rule.ExceptionEN != "" {
		c.Message += " " + rule.ExceptionEN
		c.MessageHe += " " + rule.ExceptionHE
	}
	return c, nil
}

// limits states the rule's limits in English and Hebrew.
func (p paymentRule) limits() (en, he string) {
	var e, h []string
	if m := p.MaxDaysFromSubmission; m != nil {
		e = append(e, fmt.Sprintf("%d days after the invoice is submitted", *m))
		h = append(h, fmt.Sprintf("%d ימים מהגשת החשבון", *m))
	}
	if m := p.MaxDaysAfterMonthEnd; m != nil {
		e = append(e, fmt.Sprintf("%d days after the end of the month of submission (שוטף + %d)", *m, *m))
		h = append(h, fmt.Sprintf("שוטף + %d", *m))
	}
	return strings.Join(e, " or "), strings.Join(h, " או ")
}

// LatestPaymentDate is the last day the law allows payer to pay an invoice
// submitted on submitted: the later of the limits that apply. ok is false when
// the law sets no period for the payer.
func (r *Rules) LatestPaymentDate(payer PayerType, submitted time.Time) (due time.Time, ok bool, err error) {
	rule, found := r.law.current[payer]
	if !found {
		return time.Time{}, false, fieldErrorf("payer_type", "unknown payer type %q", string(payer))
	}
	if err := checkDate("submitted", submitted); err != nil {
		return time.Time{}, false, err
	}
	if rule.OnExcess == VerdictNotCovered {
		return time.Time{}, false, nil
	}
	submitted = Day(submitted)
	if m := rule.MaxDaysFromSubmission; m != nil {
		due = addDays(submitted, *m)
	}
	if m := rule.MaxDaysAfterMonthEnd; m != nil {
		if d := addDays(endOfMonth(submitted), *m); d.After(due) {
			due = d
		}
	}
	return due, true, nil
}
