package store

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/heskem/heskem/internal/heskem"
)

var _ heskem.Tx = (*Tx)(nil)

// CreateOrganization implements heskem.OrgStore.
func (t *Tx) CreateOrganization(ctx context.Context, o *heskem.Organization) error {
	if err := o.Validate(); err != nil {
		return err
	}
	o.CreatedAt = t.now
	id, err := t.insert(ctx, `INSERT INTO organizations (name, time_zone, created_at) VALUES ($1, $2, $3) RETURNING id`,
		o.Name, o.TimeZone, o.CreatedAt)
	if err != nil {
		return fmt.Errorf("create organization: %w", err)
	}
	o.ID = id
	return nil
}

const orgColumns = `id, name, time_zone, created_at`

func scanOrg(r interface{ Scan(...any) error }, o *heskem.Organization) error {
	return r.Scan(&o.ID, &o.Name, &o.TimeZone, utcScanner{&o.CreatedAt})
}

// Organization implements heskem.OrgStore.
func (t *Tx) Organization(ctx context.Context, id int64) (*heskem.Organization, error) {
	var o heskem.Organization
	err := scanOrg(t.queryRow(ctx, `SELECT `+orgColumns+` FROM organizations WHERE id = $1`, id), &o)
	if err != nil {
		return nil, notFound(err, "organization", id)
	}
	return &o, nil
}

// Organizations implements heskem.OrgStore.
func (t *Tx) Organizations(ctx context.Context) ([]heskem.Organization, error) {
	return list(ctx, t, "organizations", func(r *sql.Rows, o *heskem.Organization) error { return scanOrg(r, o) },
		`SELECT `+orgColumns+` FROM organizations ORDER BY id`)
}

// CreateUser implements heskem.OrgStore.
func (t *Tx) CreateUser(ctx context.Context, u *heskem.User) error {
	if err := u.Validate(); err != nil {
		return err
	}
	u.CreatedAt = t.now
	id, err := t.insert(ctx, `INSERT INTO users (org_id, email, name, role, lang, created_at)
		VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
		u.OrgID, u.Email, u.Name, string(u.Role), u.Lang, u.CreatedAt)
	if err != nil {
		return fmt.Errorf("create user %s: %w", u.Email, err)
	}
	u.ID = id
	return nil
}

const userColumns = `id, org_id, email, name, role, lang, created_at`

func scanUser(r interface{ Scan(...any) error }, u *heskem.User) error {
	return r.Scan(&u.ID, &u.OrgID, &u.Email, &u.Name, &u.Role, &u.Lang, utcScanner{&u.CreatedAt})
}

// UserByEmail implements heskem.OrgStore.
func (t *Tx) UserByEmail(ctx context.Context, email string) (*heskem.User, error) {
	var u heskem.User
	if err := scanUser(t.queryRow(ctx, `SELECT `+userColumns+` FROM users WHERE email = lower($1)`, email), &u); err != nil {
		return nil, notFound(err, "user", email)
	}
	return &u, nil
}

// Users implements heskem.OrgStore.
func (t *Tx) Users(ctx context.Context, orgID int64) ([]heskem.User, error) {
	return list(ctx, t, "users", func(r *sql.Rows, u *heskem.User) error { return scanUser(r, u) },
		`SELECT `+userColumns+` FROM users WHERE org_id = $1 ORDER BY id`, orgID)
}

// CreateParty implements heskem.PartyStore.
func (t *Tx) CreateParty(ctx context.Context, p *heskem.Party) error {
	if err := p.Validate(); err != nil {
		return err
	}
	p.CreatedAt = t.now
	id, err := t.insert(ctx, `INSERT INTO parties (org_id, legal_name, id_kind, id_number, address, created_at)
		VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
		p.OrgID, p.LegalName, string(p.IDKind), p.IDNumber, p.Address, p.CreatedAt)
	if err != nil {
		return fmt.Errorf("create party %q: %w", p.LegalName, err)
	}
	p.ID = id
	return nil
}

const partyColumns = `id, org_id, legal_name, id_kind, id_number, address, created_at`

func scanParty(r interface{ Scan(...any) error }, p *heskem.Party) error {
	return r.Scan(&p.ID, &p.OrgID, &p.LegalName, &p.IDKind, &p.IDNumber, &p.Address, utcScanner{&p.CreatedAt})
}

// Party implements heskem.PartyStore.
func (t *Tx) Party(ctx context.Context, orgID, id int64) (*heskem.Party, error) {
	var p heskem.Party
	err := scanParty(t.queryRow(ctx, `SELECT `+partyColumns+` FROM parties WHERE org_id = $1 AND id = $2`, orgID, id), &p)
	if err != nil {
		return nil, notFound(err, "party", id)
	}
	return &p, nil
}

// Parties implements heskem.PartyStore.
func (t *Tx) Parties(ctx context.Context, orgID int64) ([]heskem.Party, error) {
	return list(ctx, t, "parties", func(r *sql.Rows, p *heskem.Party) error { return scanParty(r, p) },
		`SELECT `+partyColumns+` FROM parties WHERE org_id = $1 ORDER BY legal_name, id`, orgID)
}
