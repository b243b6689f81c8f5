package draft

import (
	"fmt"

	"github.com/heskem/heskem/internal/terms"
)

// InstallmentAmount is the amount of installment i of a fixed price: its
// amount, or its percent of the total. When every installment is a
// percentage and they add up to 100, the last one absorbs the rounding, so
// they always add up to the total.
func (p *Payment) InstallmentAmount(i int) Money {
	in := p.Installments[i]
	if in.Amount != 0 || in.Percent == 0 {
		return in.Amount
	}
	var pct Percent
	for _, o := range p.Installments {
		if o.Amount != 0 || o.Percent == 0 {
			return in.Percent.Of(p.Total)
		}
		pct += o.Percent
	}
	if i == len(p.Installments)-1 && pct == 100*10000 {
		rest := p.Total
		for _, o := range p.Installments[:i] {
			rest -= o.Percent.Of(p.Total)
		}
		return rest
	}
	return in.Percent.Of(p.Total)
}

// payerTypes maps the file's payer_type to the Payment to Suppliers Law's
// categories in internal/terms.
var payerTypes = map[string]terms.PayerType{
	"business": terms.PayerBusiness, "state": terms.PayerState, "public_body": terms.PayerPublicBody,
	"local_authority": terms.PayerLocalAuthority, "consumer": terms.PayerConsumer,
}

func (c *checker) payment() {
	p := c.a.Payment
	const base = "payment"
	switch p.Model {
	case "fixed":
		if p.Total == 0 {
			c.errorf(base+".total", "add `total: \"180000\"` (before VAT)", "a fixed price needs total")
		}
		c.notFor(p.MonthlyFee != 0, "monthly_fee", "fixed", "retainer")
		c.notFor(p.IncludedHours != 0, "included_hours", "fixed", "retainer")
		c.notFor(p.Cap != 0, "cap", "fixed", "time_and_materials")
	case "time_and_materials":
		if len(p.Rates) == 0 {
			c.errorf(base+".rates", "add rates, e.g. `- {role: Senior developer, amount: \"350\", per: hour}`", "a time-and-materials price needs rates")
		}
		c.notFor(p.Total != 0, "total", "time_and_materials", "fixed; use cap for a ceiling")
		c.notFor(p.MonthlyFee != 0, "monthly_fee", "time_and_materials", "retainer")
		c.notFor(len(p.Installments) > 0, "installments", "time_and_materials", "fixed; time is invoiced monthly")
	case "retainer":
		if p.MonthlyFee == 0 {
			c.errorf(base+".monthly_fee", "add `monthly_fee: \"12000\"`", "a retainer needs monthly_fee")
		}
		c.notFor(p.Total != 0, "total", "retainer", "fixed")
		c.notFor(len(p.Installments) > 0, "installments", "retainer", "fixed; the fee is invoiced monthly")
		c.notFor(p.Cap != 0, "cap", "retainer", "time_and_materials")
	}
	if p.UnusedHours != "" && p.Model != "retainer" {
		c.errorf(base+".unused_hours", "remove unused_hours", "unused_hours applies to a retainer")
	}
	for i, r := range p.Rates {
		if r.Amount == 0 && !r.Role.IsZero() {
			c.errorf(fmt.Sprintf("%s.rates[%d].amount", base, i), "give the rate, e.g. \"350\"", "rate %d has no amount", i+1)
		}
	}
	if p.Model == "fixed" {
		c.installments()
	}
	c.paymentTerms()
	if cpi := p.CPILinkage; cpi != nil && !cpi.BaseMonth.IsZero() && !c.a.Date.IsZero() {
		d := c.a.Date.Time()
		if cpi.BaseMonth.Year > d.Year() || (cpi.BaseMonth.Year == d.Year() && cpi.BaseMonth.Month >= d.Month()) {
			c.errorf(base+".cpi_linkage.base_month", "use a month before the signing date, whose index is already published",
				"the base index month %s is not before the signing date %s", cpi.BaseMonth, c.a.Date)
		}
	}
}

// notFor reports a field that does not belong to the price model.
func (c *checker) notFor(present bool, field, model, belongs string) {
	if present {
		c.errorf("payment."+field, "remove "+field+" (it belongs to "+belongs+")", "%s does not apply to the %s model", field, model)
	}
}

func (c *checker) installments() {
	p := c.a.Payment
	milestones := map[string]bool{}
	for _, m := range c.a.Schedule.Milestones {
		milestones[m.ID] = true
	}
	end := c.d.endDate(c.cal)
	var sum Money
	for i, in := range p.Installments {
		path := fmt.Sprintf("payment.installments[%d]", i)
		triggers := 0
		if in.Milestone != "" {
			triggers++
			if !milestones[in.Milestone] {
				fix := "use the id of a milestone under schedule.milestones"
				if near := nearest(in.Milestone, keys(milestones)); near != "" {
					fix = fmt.Sprintf("did you mean %q?", near)
				}
				c.errorf(path+".milestone", fix, "no milestone has the id %q", in.Milestone)
			}
		}
		if !in.Date.IsZero() {
			triggers++
			if !end.IsZero() && in.Date.After(end) {
				c.add(path+".date", SeverityWarning, "move the installment to "+end.String()+" or earlier",
					"installment %d is due %s, after the end date %s", i+1, in.Date, end)
			}
		}
		if in.AtSigning {
			triggers++
		}
		if triggers != 1 {
			c.errorf(path, "give exactly one of milestone, date or at_signing: true", "installment %d needs exactly one trigger (found %d)", i+1, triggers)
		}
		switch {
		case in.Amount == 0 && in.Percent == 0:
			c.errorf(path, "add `amount: \"54000\"` or `percent: \"30\"`", "installment %d has no amount", i+1)
		case in.Amount != 0 && in.Percent != 0:
			c.errorf(path+".percent", "keep amount or percent, not both", "installment %d has both an amount and a percent", i+1)
		}
		sum += p.InstallmentAmount(i)
	}
	if len(p.Installments) > 0 && p.Total != 0 && sum != p.Total {
		last := len(p.Installments) - 1
		want := p.Total - (sum - p.InstallmentAmount(last))
		fix := fmt.Sprintf("make the installments add up to %s", p.Total.Decimal())
		if want > 0 {
			fix = fmt.Sprintf("change the last installment to %q, or the total to %q", want.Decimal(), sum.Decimal())
		}
		c.errorf("payment.installments", fix, "the installments add up to %s but the total is %s", sum.Decimal(), p.Total.Decimal())
	}
}

func (c *checker) paymentTerms() {
	t := c.a.Payment.Terms
	if t.Kind == "" {
		return
	}
	if t.Days < 0 || t.Days > 365 {
		c.errorf("payment.terms.days", "give a number of days from 0 to 365", "%d days", t.Days)
		return
	}
	kind := map[string]terms.TermKind{"eom_plus": terms.TermEndOfMonth, "net": terms.TermNet, "on_acceptance": terms.TermOnAcceptance}[t.Kind]
	if kind == "" {
		return // the enum check reported it
	}
	rules, err := terms.New()
	if err != nil {
		c.add("payment.terms", SeverityWarning, "", "the Payment to Suppliers Law table could not be read: %v", err)
		return
	}
	payer := payerTypes[c.d.Parties.Client.PayerType]
	if payer == "" {
		return
	}
	chk, err := rules.CheckPaymentTerm(terms.PaymentTerm{Kind: kind, Days: t.Days}, payer)
	if err != nil {
		return
	}
	cite := fmt.Sprintf(" (Payment to Suppliers Law, 2017, s.%s)", chk.Section)
	switch chk.Verdict {
	case terms.VerdictExceeds:
		c.errorf("payment.terms.days", "shorten the term to "+chk.LimitEN, "%s%s", chk.Message, cite)
	case terms.VerdictNeedsJustification:
		c.add("payment.terms.days", SeverityWarning, "shorten the term to "+chk.LimitEN+", or state in the agreement why the engagement's special nature requires a later date",
			"%s%s", chk.Message, cite)
	}
}
