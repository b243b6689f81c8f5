package draft

// The defaults below are the documented choices (docs/agreement-format.md)
// for sections a file leaves out. They are concrete — a number of days, a
// named forum — so that a minimal file still produces an agreement with no
// vague commitment and nothing missing.

func dur(n int, u Unit) Duration { return Duration{n, u} }

func orDur(d *Duration, def Duration) {
	if d.IsZero() {
		*d = def
	}
}

func orStr(s *string, def string) {
	if *s == "" {
		*s = def
	}
}

func yes() *bool { t := true; return &t }

// WithDefaults returns a copy of a with every omitted optional value set to
// its default. The copy shares no slices that the defaults change.
func (a *Agreement) WithDefaults() *Agreement {
	c := *a
	orStr(&c.BusinessDays, "israel")
	for _, p := range []*Party{&c.Parties.Supplier, &c.Parties.Client} {
		if p.IDNumber != "" {
			orStr(&p.IDKind, "company")
		}
	}
	orStr(&c.Parties.Client.PayerType, "business")

	acc := &c.Scope.Acceptance
	orDur(&acc.TestPeriod, dur(10, BusinessDays))
	orDur(&acc.FixPeriod, dur(10, BusinessDays))
	if acc.DeemedAcceptance == nil {
		acc.DeemedAcceptance = yes()
	}

	p := &c.Payment
	orStr(&p.Currency, "ILS")
	orStr(&p.VAT, "plus")
	if p.Model == "retainer" {
		orStr(&p.UnusedHours, "expire")
	}
	if p.CPILinkage != nil {
		cpi := *p.CPILinkage
		if p.Model == "fixed" {
			orStr(&cpi.Adjust, "each_payment")
		}
		orStr(&cpi.Adjust, "yearly")
		p.CPILinkage = &cpi
	}

	lp := &c.LatePayment
	if lp.Interest == nil && lp.Suspension == nil {
		lp.Suspension = &Suspension{}
	}
	if lp.Interest != nil {
		in := *lp.Interest
		orStr(&in.Method, "simple")
		lp.Interest = &in
	}
	if lp.Suspension != nil {
		s := *lp.Suspension
		orDur(&s.After, dur(30, Days))
		orDur(&s.Notice, dur(5, BusinessDays))
		lp.Suspension = &s
	}

	orDur(&c.AdditionalServices.QuoteWithin, dur(5, BusinessDays))
	if len(c.AdditionalServices.Rates) == 0 {
		c.AdditionalServices.Rates = p.Rates
	}
	orDur(&c.Unforeseen.NoticeWithin, dur(3, BusinessDays))
	orDur(&c.Unforeseen.TerminateAfter, dur(60, Days))

	cm := &c.Communication
	if len(cm.Channels) == 0 {
		cm.Channels = []string{"email", "phone", "video"}
	}
	orStr(&cm.StatusReports.Every, "weekly")
	if cm.StatusReports.Every == "weekly" {
		orStr(&cm.StatusReports.Day, "thursday")
	}
	orDur(&cm.ResponseWithin, dur(1, BusinessDays))

	ms := &c.MeetingSummaries
	orStr(&ms.WrittenBy, "supplier")
	orDur(&ms.Within, dur(2, BusinessDays))
	orDur(&ms.ObjectionWindow, dur(3, BusinessDays))

	orStr(&c.Flexibility.ReviewEvery, "monthly")
	orDur(&c.Flexibility.ReplanNotice, dur(5, BusinessDays))
	orDur(&c.Changes.EstimateWithin, dur(5, BusinessDays))
	orDur(&c.Changes.DecisionWithin, dur(5, BusinessDays))

	orDur(&c.Sanctions.CurePeriod, dur(14, Days))
	if ld := c.Sanctions.LateDelivery; ld != nil {
		l := *ld
		if l.RatePercent != 0 {
			switch p.Model {
			case "fixed":
				if everyMilestonePaid(&c) {
					orStr(&l.Of, "milestone")
				}
				orStr(&l.Of, "total")
			case "retainer":
				orStr(&l.Of, "monthly_fee")
			}
		}
		orStr(&l.PartialPeriods, "full")
		c.Sanctions.LateDelivery = &l
	}

	dr := &c.DisputeResolution
	if len(dr.Escalation) == 0 {
		dr.Escalation = []Escalation{{"representatives", dur(5, BusinessDays)}, {"executives", dur(10, BusinessDays)}}
	}
	if dr.Mediation != nil {
		m := *dr.Mediation
		orDur(&m.Within, dur(30, Days))
		dr.Mediation = &m
	}
	if dr.Arbitration != nil {
		ar := *dr.Arbitration
		if ar.Arbitrators == 0 {
			ar.Arbitrators = 1
		}
		dr.Arbitration = &ar
	}
	if dr.Courts.IsZero() {
		dr.Courts = Text{He: "תל אביב-יפו", En: "Tel Aviv-Jaffa"}
	}
	orStr(&dr.GoverningLaw, "israel")

	t := &c.Termination
	orStr(&t.ForConvenience.By, "either")
	orDur(&t.ForConvenience.Notice, dur(30, Days))
	orDur(&t.OnEnd.Handover, dur(10, BusinessDays))

	if c.Collaboration.SteeringCommittee == nil {
		c.Collaboration.SteeringCommittee = &SteeringCommittee{}
	}
	sc := *c.Collaboration.SteeringCommittee
	if sc.MembersPerParty == 0 {
		sc.MembersPerParty = 2
	}
	orStr(&sc.Meets, "monthly")
	c.Collaboration.SteeringCommittee = &sc
	orDur(&c.Collaboration.InputsWithin, dur(5, BusinessDays))

	sa := &c.SharedActivities
	orDur(&sa.KickoffWithin, dur(5, BusinessDays))
	orStr(&sa.ReviewsEvery, "quarterly")
	if sa.ClosingReview == nil {
		sa.ClosingReview = yes()
	}

	pr := &c.Protections
	orDur(&pr.Confidentiality.Survives, dur(3, Years))
	orStr(&pr.IntellectualProperty.Owner, "client")
	orStr(&pr.Liability.Cap, "fees_12_months")
	orStr(&pr.IndependentContractor.Subcontractors, "prior_written_consent")
	orDur(&pr.DataProtection.BreachNotice, dur(24, Hours))
	return &c
}

// everyMilestonePaid reports whether every milestone has an installment
// tied to it, so that damages can be a percentage of the late milestone's
// installments.
func everyMilestonePaid(a *Agreement) bool {
	if len(a.Schedule.Milestones) == 0 {
		return false
	}
	paid := map[string]bool{}
	for _, in := range a.Payment.Installments {
		paid[in.Milestone] = true
	}
	for _, m := range a.Schedule.Milestones {
		if !paid[m.ID] {
			return false
		}
	}
	return true
}
