package terms

import (
	"encoding/json"
	"io"
)

// interestWire is the JSON input of an interest case (published format, see
// docs/cli-penalty-interest.md).
type interestWire struct {
	Principal            json.RawMessage `json:"principal"`
	Currency             string          `json:"currency"`
	Due                  string          `json:"due"`
	Paid                 string          `json:"paid"`
	RateSource           string          `json:"rate_source"`
	RatePercent          json.RawMessage `json:"rate_percent"`
	Per                  string          `json:"per"`
	Method               string          `json:"method"`
	Clause               string          `json:"clause"`
	AllowUnverifiedRates bool            `json:"allow_unverified_rates"`
}

// InterestCase is a decoded interest request.
type InterestCase struct {
	Terms   InterestTerms
	Payment LatePayment
}

// DecodeInterestCase reads and validates an interest case in the published
// JSON format. Every problem is an *InputError naming the field.
func DecodeInterestCase(r io.Reader) (InterestCase, error) {
	var w interestWire
	if err := decodeStrict(r, &w); err != nil {
		return InterestCase{}, err
	}
	if w.Currency == "" {
		return InterestCase{}, fieldErrorf("currency", "is required, e.g. \"ILS\"")
	}
	if err := ValidateCurrency("currency", w.Currency); err != nil {
		return InterestCase{}, err
	}
	var c InterestCase
	text, ok, err := decimalText("principal", w.Principal)
	if err != nil {
		return InterestCase{}, err
	}
	if !ok {
		return InterestCase{}, fieldErrorf("principal", "is required: the late amount, e.g. \"10000.00\"")
	}
	if c.Payment.Principal, err = ParseAmount("principal", text, w.Currency); err != nil {
		return InterestCase{}, err
	}
	if c.Payment.Due, err = dateField("due", w.Due); err != nil {
		return InterestCase{}, err
	}
	if c.Payment.Paid, err = dateField("paid", w.Paid); err != nil {
		return InterestCase{}, err
	}
	c.Terms = InterestTerms{
		Clause:          w.Clause,
		Source:          RateSource(w.RateSource),
		Per:             RatePer(w.Per),
		Method:          Method(w.Method),
		AllowUnverified: w.AllowUnverifiedRates,
	}
	rateText, hasRate, err := decimalText("rate_percent", w.RatePercent)
	if err != nil {
		return InterestCase{}, err
	}
	if hasRate {
		if c.Terms.RatePercent, err = ParseRate("rate_percent", rateText); err != nil {
			return InterestCase{}, err
		}
	} else if c.Terms.Source == SourceAgreement {
		return InterestCase{}, fieldErrorf("rate_percent", "is required when rate_source is agreement")
	}
	if _, err := c.Terms.normalized(); err != nil {
		return InterestCase{}, err
	}
	if err := c.Payment.validate(); err != nil {
		return InterestCase{}, err
	}
	return c, nil
}

// InterestLineReport is one statement line in JSON.
type InterestLineReport struct {
	From              string `json:"from"`
	To                string `json:"to"`
	Days              int    `json:"days"`
	AnnualRatePercent string `json:"annual_rate_percent"`
	Base              string `json:"base"`
	Amount            string `json:"amount"`
	RateSource        string `json:"rate_source"`
	RateStatus        string `json:"rate_status"`
}

// InterestReport is the JSON output of an interest computation (published
// format). Amounts are decimal strings in major units.
type InterestReport struct {
	Clause        string               `json:"clause,omitempty"`
	Principal     string               `json:"principal"`
	Currency      string               `json:"currency"`
	Due           string               `json:"due"`
	Paid          string               `json:"paid"`
	DaysLate      int                  `json:"days_late"`
	RateSource    RateSource           `json:"rate_source"`
	Per           RatePer              `json:"per"`
	Method        Method               `json:"method"`
	DayCount      string               `json:"day_count"`
	Statement     []InterestLineReport `json:"statement"`
	Interest      string               `json:"interest"`
	Total         string               `json:"total"`
	Warnings      []string             `json:"warnings"`
	Explanation   string               `json:"explanation"`
	ExplanationHe string               `json:"explanation_he"`
}

// NewInterestReport shapes a result for JSON output.
func NewInterestReport(c InterestCase, r InterestResult) InterestReport {
	rep := InterestReport{
		Clause:        r.Clause,
		Principal:     c.Payment.Principal.Text(),
		Currency:      c.Payment.Principal.Currency,
		Due:           Day(c.Payment.Due).Format(DateLayout),
		Paid:          Day(c.Payment.Paid).Format(DateLayout),
		DaysLate:      r.DaysLate,
		RateSource:    r.Source,
		Per:           r.Per,
		Method:        r.Method,
		DayCount:      r.DayCount,
		Statement:     make([]InterestLineReport, 0, len(r.Lines)),
		Interest:      r.Interest.Text(),
		Total:         r.Total.Text(),
		Warnings:      append([]string{}, r.Warnings...),
		Explanation:   r.Explanation,
		ExplanationHe: r.ExplanationHe,
	}
	for _, l := range r.Lines {
		rep.Statement = append(rep.Statement, InterestLineReport{
			From:              l.From.Format(DateLayout),
			To:                l.To.Format(DateLayout),
			Days:              l.Days,
			AnnualRatePercent: l.AnnualRatePercent.String(),
			Base:              l.Base.Text(),
			Amount:            l.Amount.Text(),
			RateSource:        l.RateSource,
			RateStatus:        l.RateStatus,
		})
	}
	return rep
}
