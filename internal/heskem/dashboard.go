package heskem

// DashboardFilter selects the agreements the dashboard looks at.
type DashboardFilter struct {
	OrgID   int64
	Status  Status // "" for active and agreed agreements
	PartyID int64  // supplier or client; 0 for any
	OwnerID int64  // 0 for any
	// Today is the day lateness is judged on, and Horizon the last day "due
	// soon" looks at; anything due after it and not late is left out.
	Today, Horizon Date
	// Only, when set, restricts the load to these agreements: the
	// dashboard refreshes just the agreements that changed.
	Only []int64
}

// DashboardData is what the dashboard needs, loaded in one snapshot for
// only the agreements that have something late or due by the horizon.
type DashboardData struct {
	Agreements   []Agreement
	Parties      []Party
	Milestones   []Milestone // of those agreements, all of them (chains need their predecessors)
	Installments []Installment
	Sanctions    []SanctionRule
	Changes      []ChangeRequest // open change requests of every selected agreement
}
