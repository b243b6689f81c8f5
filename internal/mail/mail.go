// Package mail delivers Heskem's emails. A Sender takes a Message — one
// email to one recipient, in Hebrew or English — and either hands it to an
// SMTP server (SMTP) or, when none is configured, keeps it in the local
// outbox table the workspace shows (Outbox), so reminders are never lost
// just because mail is not set up yet.
//
// A Message carries a stable ID naming its occasion. The ID becomes the
// Message-ID header, so a mail system that sees the same message twice can
// tell, and the outbox's dedupe key, so the database refuses a second copy.
//
// Hebrew is right-to-left: the HTML part of a Hebrew message is a document
// with dir="rtl" and lang="he" (HTMLDocument), and its subject is encoded
// per RFC 2047 like any non-ASCII header.
package mail

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/mail"
	"strings"

	"github.com/heskem/heskem/internal/heskem"
)

// Message is one email to one recipient.
type Message struct {
	// ID is the stable key of the message's occasion, e.g.
	// "o1.r.overdue.m12.20260301.c4". It makes the Message-ID header and
	// the outbox's dedupe key, so the same occasion always yields the
	// same identity.
	ID      string
	To      string
	Cc      []string
	Subject string // one line, in the recipient's language
	Text    string // the plain-text part; required
	HTML    string // the HTML body (a fragment; HTMLDocument wraps it); optional
	Lang    string // "he" or "en"
	Ref     Ref
}

// Ref ties a message to what it is about, so the outbox and the
// notification log can link it to the agreement page.
type Ref struct {
	OrgID         int64
	AgreementID   int64
	MilestoneID   int64
	InstallmentID int64
	Kind          string // e.g. "reminder.overdue", "digest"
}

// Sender delivers messages. Send returns nil only when the message reached
// its destination (the SMTP server accepted it, or the outbox stored it).
// Errors from SMTP are *DeliveryError, which says whether a retry is safe.
type Sender interface {
	Send(ctx context.Context, m Message) error
}

// TxSender is a Sender that can deliver inside the caller's database
// transaction. The outbox is one: storing the message and recording it as
// delivered are then one atomic step, so it is delivered exactly once.
type TxSender interface {
	Sender
	SendTx(ctx context.Context, tx heskem.NotificationStore, m Message) error
}

// Validate checks that the message can be sent.
func (m Message) Validate() error {
	var errs []string
	if strings.TrimSpace(m.ID) == "" {
		errs = append(errs, "message ID is required")
	}
	if _, err := mail.ParseAddress(m.To); err != nil {
		errs = append(errs, fmt.Sprintf("recipient %q is not an email address", m.To))
	}
	for _, c := range m.Cc {
		if _, err := mail.ParseAddress(c); err != nil {
			errs = append(errs, fmt.Sprintf("cc %q is not an email address", c))
		}
	}
	if strings.TrimSpace(m.Subject) == "" || strings.ContainsAny(m.Subject, "\r\n") {
		errs = append(errs, "subject must be one non-empty line")
	}
	if strings.TrimSpace(m.Text) == "" {
		errs = append(errs, "text body is required")
	}
	if !heskem.ValidLanguage(m.Lang) {
		errs = append(errs, fmt.Sprintf("language %q: want he or en", m.Lang))
	}
	if len(errs) > 0 {
		return fmt.Errorf("message %s: %s", m.ID, strings.Join(errs, "; "))
	}
	return nil
}

// Notification returns the record of m in status s, as the notification
// log and the outbox store it; the HTML is the complete document.
func (m Message) Notification(s heskem.NotificationStatus) heskem.Notification {
	html := ""
	if m.HTML != "" {
		html = HTMLDocument(m)
	}
	return heskem.Notification{
		OrgID: m.Ref.OrgID, DedupeKey: m.ID, Kind: m.Ref.Kind, Recipient: m.To, Cc: append([]string(nil), m.Cc...),
		Subject: m.Subject, BodyText: m.Text, BodyHTML: html, Lang: m.Lang, Status: s,
		AgreementID: m.Ref.AgreementID, MilestoneID: m.Ref.MilestoneID, InstallmentID: m.Ref.InstallmentID,
	}
}

// MessageID returns the Message-ID (without angle brackets) for a message
// with the given ID sent from an address in domain. It is a hash of the
// ID, so it is stable across retries and restarts and never carries
// characters a Message-ID may not hold (IDs can contain email addresses).
func MessageID(id, domain string) string {
	sum := sha256.Sum256([]byte(id))
	if domain == "" {
		domain = "heskem.invalid"
	}
	return "heskem." + hex.EncodeToString(sum[:16]) + "@" + domain
}

// domainOf returns the domain part of an address, or "".
func domainOf(addr string) string {
	if i := strings.LastIndexByte(addr, '@'); i >= 0 {
		return strings.ToLower(addr[i+1:])
	}
	return ""
}
