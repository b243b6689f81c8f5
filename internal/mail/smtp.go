package mail

import (
	"context"
	"crypto/tls"
	"fmt"
	"time"

	gomail "github.com/wneessen/go-mail"
)

// SMTP sends messages through an SMTP server, one connection per message.
// A connection per message costs a handshake, but reminders are few and a
// long-lived connection would need keep-alive and reconnect logic for no
// gain. It is safe for concurrent use.
type SMTP struct {
	cfg    SMTPConfig
	client *gomail.Client
	now    func() time.Time
}

var _ Sender = (*SMTP)(nil)

// NewSMTP returns a sender for the configured server. It does not connect:
// a server that is down at start is a retry later, not a failed start.
func NewSMTP(cfg SMTPConfig) (*SMTP, error) {
	cfg = cfg.withDefaults()
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	tlsConfig := cfg.TLSConfig
	if tlsConfig == nil {
		tlsConfig = &tls.Config{ServerName: cfg.Host, MinVersion: tls.VersionTLS12}
	}
	opts := []gomail.Option{
		gomail.WithPort(cfg.Port),
		gomail.WithTimeout(cfg.Timeout),
		gomail.WithTLSConfig(tlsConfig),
	}
	switch cfg.TLS {
	case TLSImplicit:
		opts = append(opts, gomail.WithSSL(), gomail.WithTLSPolicy(gomail.NoTLS))
	case TLSNone:
		opts = append(opts, gomail.WithTLSPolicy(gomail.NoTLS))
	default:
		opts = append(opts, gomail.WithTLSPolicy(gomail.TLSMandatory))
	}
	if cfg.HELO != "" {
		opts = append(opts, gomail.WithHELO(cfg.HELO))
	}
	if cfg.Username != "" {
		mech := map[string]gomail.SMTPAuthType{"auto": gomail.SMTPAuthAutoDiscover, "plain": gomail.SMTPAuthPlain,
			"login": gomail.SMTPAuthLogin}[cfg.Auth]
		opts = append(opts, gomail.WithSMTPAuth(mech), gomail.WithUsername(cfg.Username), gomail.WithPassword(cfg.Password))
	}
	c, err := gomail.NewClient(cfg.Host, opts...)
	if err != nil {
		return nil, fmt.Errorf("SMTP client for %s: %w", cfg, err)
	}
	return &SMTP{cfg: cfg, client: c, now: time.Now}, nil
}

// Config returns the configuration in use (print it with %s: the password
// is masked).
func (s *SMTP) Config() SMTPConfig { return s.cfg }

// Send implements Sender. ctx bounds connecting; once connected, the
// conversation is bounded by the configured timeout, so a cancelled job
// does not cut a message off half-way through its data — the one moment
// where cutting it would leave its fate unknown.
func (s *SMTP) Send(ctx context.Context, m Message) error {
	msg, err := s.build(m)
	if err != nil {
		return &DeliveryError{Err: err, Permanent: true}
	}
	err = s.client.DialAndSendWithContext(ctx, msg)
	if msg.IsDelivered() {
		// The server accepted the data. A failure after that (RSET, QUIT)
		// does not undo the delivery and must not cause a second one.
		return nil
	}
	if err != nil {
		return classify(fmt.Errorf("send %s to %s via %s:%d: %w", m.ID, m.To, s.cfg.Host, s.cfg.Port, err))
	}
	return nil
}

// build turns m into a MIME message: a text part and, when m has HTML, an
// HTML alternative in m's language and direction.
func (s *SMTP) build(m Message) (*gomail.Msg, error) {
	if err := m.Validate(); err != nil {
		return nil, err
	}
	msg := gomail.NewMsg(gomail.WithCharset(gomail.CharsetUTF8), gomail.WithEncoding(gomail.EncodingQP))
	if err := msg.FromFormat(s.cfg.FromName, s.cfg.From); err != nil {
		return nil, fmt.Errorf("from %q: %w", s.cfg.From, err)
	}
	if err := msg.To(m.To); err != nil {
		return nil, fmt.Errorf("to %q: %w", m.To, err)
	}
	if len(m.Cc) > 0 {
		if err := msg.Cc(m.Cc...); err != nil {
			return nil, fmt.Errorf("cc %q: %w", m.Cc, err)
		}
	}
	msg.Subject(m.Subject)
	msg.SetMessageIDWithValue(MessageID(m.ID, domainOf(s.cfg.From)))
	msg.SetDateWithValue(s.now())
	msg.SetGenHeader(gomail.HeaderContentLang, m.Lang)
	// RFC 3834: an automatic message; out-of-office replies should not answer it.
	msg.SetGenHeader(gomail.Header("Auto-Submitted"), "auto-generated")
	msg.SetGenHeader(gomail.HeaderXAutoResponseSuppress, "All")
	msg.SetBodyString(gomail.TypeTextPlain, m.Text)
	if m.HTML != "" {
		msg.AddAlternativeString(gomail.TypeTextHTML, HTMLDocument(m))
	}
	return msg, nil
}
