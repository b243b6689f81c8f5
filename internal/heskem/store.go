package heskem

import "context"

// Store is a database engine holding Heskem's data. There are two, SQLite
// (the embedded default) and PostgreSQL, and one conformance suite proves
// they behave the same.
//
// All access goes through transactions: Update for changes (committed only
// when fn returns nil, so a multi-row change is all or nothing) and View for
// reads (a consistent snapshot).
type Store interface {
	Update(ctx context.Context, fn func(Tx) error) error
	View(ctx context.Context, fn func(Tx) error) error
	Ping(ctx context.Context) error
	Engine() string // "sqlite" or "postgres"
	Close() error
}

// Tx is one transaction's view of the data. Create methods validate the
// value (its Validate method), assign its ID and timestamps, and fill them
// into the value they were given. Lookups of something that does not exist,
// or exists in another organization, return ENOTFOUND.
type Tx interface {
	OrgStore
	PartyStore
	AgreementStore
	EngagementStore
	ReviewStore
	AuditStore
	NotificationStore
	FeedStore
	DraftStore
}

// OrgStore holds organizations and users.
type OrgStore interface {
	CreateOrganization(ctx context.Context, o *Organization) error
	Organization(ctx context.Context, id int64) (*Organization, error)
	Organizations(ctx context.Context) ([]Organization, error)
	CreateUser(ctx context.Context, u *User) error
	UserByEmail(ctx context.Context, email string) (*User, error)
	Users(ctx context.Context, orgID int64) ([]User, error)
}

// PartyStore holds parties.
type PartyStore interface {
	CreateParty(ctx context.Context, p *Party) error
	Party(ctx context.Context, orgID, id int64) (*Party, error)
	Parties(ctx context.Context, orgID int64) ([]Party, error)
}

// AgreementStore holds agreements and their versions.
type AgreementStore interface {
	CreateAgreement(ctx context.Context, a *Agreement) error
	Agreement(ctx context.Context, orgID, id int64) (*Agreement, error)
	// Agreements returns one page of the filter's agreements, newest first,
	// and the total number that match.
	Agreements(ctx context.Context, f AgreementFilter) ([]Agreement, int, error)
	// Dashboard loads the agreements matching f that have a milestone not
	// yet accepted and due by f.Horizon (or due after an event), or an
	// unpaid installment that is or may soon be due, with what the
	// dashboard computes from.
	Dashboard(ctx context.Context, f DashboardFilter) (*DashboardData, error)
	// UpdateAgreement saves a, which must carry the Revision it was read
	// at. It fails with ECONFLICT when the stored revision differs, and on
	// success a.Revision is the new revision.
	UpdateAgreement(ctx context.Context, a *Agreement) error
	CreateVersion(ctx context.Context, v *Version) error
	Versions(ctx context.Context, agreementID int64) ([]Version, error)
}

// EngagementStore holds what runs an agreement after signing.
type EngagementStore interface {
	CreateDeliverable(ctx context.Context, d *Deliverable) error
	Deliverables(ctx context.Context, agreementID int64) ([]Deliverable, error)
	CreateMilestone(ctx context.Context, m *Milestone) error
	Milestones(ctx context.Context, agreementID int64) ([]Milestone, error)
	UpdateMilestone(ctx context.Context, m *Milestone) error
	CreateInstallment(ctx context.Context, i *Installment) error
	Installments(ctx context.Context, agreementID int64) ([]Installment, error)
	UpdateInstallment(ctx context.Context, i *Installment) error
	CreateSanctionRule(ctx context.Context, s *SanctionRule) error
	SanctionRules(ctx context.Context, agreementID int64) ([]SanctionRule, error)
	CreateMeeting(ctx context.Context, m *Meeting) error
	Meetings(ctx context.Context, agreementID int64) ([]Meeting, error)
	CreateActionItem(ctx context.Context, a *ActionItem) error
	ActionItems(ctx context.Context, meetingID int64) ([]ActionItem, error)
	CreateChangeRequest(ctx context.Context, c *ChangeRequest) error
	ChangeRequests(ctx context.Context, agreementID int64) ([]ChangeRequest, error)
	UpdateChangeRequest(ctx context.Context, c *ChangeRequest) error
	CreateMessage(ctx context.Context, m *Message) error
	Messages(ctx context.Context, agreementID int64) ([]Message, error)
	CreateContact(ctx context.Context, c *Contact) error
	Contacts(ctx context.Context, agreementID int64) ([]Contact, error)
	UpdateContact(ctx context.Context, c *Contact) error
}

// ReviewStore holds stored evaluation reports.
type ReviewStore interface {
	CreateReview(ctx context.Context, r *Review) error
	Review(ctx context.Context, orgID, id int64) (*Review, error)
	// Reviews lists an organization's reviews, newest first; agreementID
	// > 0 limits them to one agreement. Reports are not loaded.
	Reviews(ctx context.Context, orgID, agreementID int64) ([]Review, error)
}

// FeedStore holds calendar feeds.
type FeedStore interface {
	CreateFeed(ctx context.Context, f *CalendarFeed) error
	// FeedByTokenHash returns the feed with that token hash, revoked or not.
	FeedByTokenHash(ctx context.Context, hash string) (*CalendarFeed, error)
	Feeds(ctx context.Context, orgID int64) ([]CalendarFeed, error)
	// RevokeFeed marks the feed revoked at the transaction's time; revoking
	// twice is not an error.
	RevokeFeed(ctx context.Context, orgID, id int64) error
}

// DraftStore holds wizard drafts.
type DraftStore interface {
	CreateDraft(ctx context.Context, d *Draft) error
	Draft(ctx context.Context, orgID, id int64) (*Draft, error)
	Drafts(ctx context.Context, orgID int64) ([]Draft, error)
	// UpdateDraft saves d, which must carry the revision it was read at
	// (ECONFLICT otherwise); on success d.Revision is the new revision.
	UpdateDraft(ctx context.Context, d *Draft) error
}

// AuditStore holds the append-only audit log.
type AuditStore interface {
	// AppendAudit assigns the event's Seq, PrevHash and Hash from the
	// organization's previous event and stores it.
	AppendAudit(ctx context.Context, e *AuditEvent) error
	AuditEvents(ctx context.Context, orgID int64) ([]AuditEvent, error)
	// AuditHead returns the organization's latest audit sequence number and
	// hash. Every change is audited, so the sequence is also a change
	// counter: caches of derived views key on it.
	AuditHead(ctx context.Context, orgID int64) (seq int64, hash string, err error)
	// AuditAgreementsSince returns the agreements touched by the
	// organization's audit events after seq, with 0 standing for events
	// about no single agreement (a party, the workspace).
	AuditAgreementsSince(ctx context.Context, orgID, seq int64) ([]int64, error)
}
