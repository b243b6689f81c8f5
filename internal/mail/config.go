package mail

import (
	"crypto/tls"
	"errors"
	"fmt"
	"net/mail"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// TLSMode is how the connection to the SMTP server is protected.
type TLSMode string

// TLS modes.
const (
	// TLSStartTLS connects in clear text and upgrades with STARTTLS, which
	// is required: a server that does not offer it is an error, never a
	// silent fall-back to clear text. The default; port 587.
	TLSStartTLS TLSMode = "starttls"
	// TLSImplicit speaks TLS from the first byte ("SMTPS"); port 465.
	TLSImplicit TLSMode = "tls"
	// TLSNone sends in clear text, for a relay on the same machine or
	// network; port 25. Credentials are refused in this mode.
	TLSNone TLSMode = "none"
)

// SMTPConfig is how to reach the SMTP server.
type SMTPConfig struct {
	Host     string
	Port     int // 0 for the TLS mode's default
	Username string
	Password string
	From     string // the address reminders come from
	FromName string // shown beside it; "Heskem" when empty
	TLS      TLSMode
	// Auth is the SASL mechanism: "auto" (the strongest the server offers,
	// the default), "plain" or "login". Used only with a Username.
	Auth    string
	HELO    string        // name sent in EHLO; the local host name when empty
	Timeout time.Duration // per connection; 30 seconds when zero
	// TLSConfig replaces the default TLS settings (system roots, server
	// name = Host), e.g. to trust a private CA. Not settable by URL.
	TLSConfig *tls.Config
}

// DefaultTimeout bounds one SMTP conversation.
const DefaultTimeout = 30 * time.Second

// ParseURL reads an SMTP configuration from a URL:
//
//	smtp://user:password@host:587?from=heskem@example.com      STARTTLS (required), port 587
//	smtps://user:password@host?from=heskem@example.com         implicit TLS, port 465
//	smtp://relay.internal:25?tls=none&from=heskem@example.com  clear text, no credentials
//
// Query parameters: from (required), from_name, tls (starttls|tls|none),
// auth (auto|plain|login), helo, timeout (a Go duration such as 30s).
// Characters special in URLs (an @ in the user name, a / in the password)
// are percent-encoded; the password can also be left out of the URL and
// set separately, which keeps it out of process listings.
func ParseURL(raw string) (SMTPConfig, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return SMTPConfig{}, fmt.Errorf("SMTP URL is not a URL (want smtp://user:password@host:587?from=address): %w", redactErr(err))
	}
	var c SMTPConfig
	switch u.Scheme {
	case "smtp":
		c.TLS = TLSStartTLS
	case "smtps":
		c.TLS = TLSImplicit
	default:
		return SMTPConfig{}, fmt.Errorf("SMTP URL scheme %q: want smtp:// or smtps://", u.Scheme)
	}
	if u.Opaque != "" || u.Path != "" && u.Path != "/" {
		return SMTPConfig{}, errors.New("SMTP URL has a path; want smtp://user:password@host:port?from=address")
	}
	c.Host = u.Hostname()
	if p := u.Port(); p != "" {
		if c.Port, err = strconv.Atoi(p); err != nil {
			return SMTPConfig{}, fmt.Errorf("SMTP URL port %q is not a number", p)
		}
	}
	if u.User != nil {
		c.Username = u.User.Username()
		c.Password, _ = u.User.Password()
	}
	q := u.Query()
	for key := range q {
		switch key {
		case "from", "from_name", "tls", "auth", "helo", "timeout":
		default:
			return SMTPConfig{}, fmt.Errorf("SMTP URL parameter %q is unknown (known: from, from_name, tls, auth, helo, timeout)", key)
		}
	}
	c.From = q.Get("from")
	c.FromName = q.Get("from_name")
	if t := q.Get("tls"); t != "" {
		c.TLS = TLSMode(strings.ToLower(t))
	}
	c.Auth = strings.ToLower(q.Get("auth"))
	c.HELO = q.Get("helo")
	if t := q.Get("timeout"); t != "" {
		if c.Timeout, err = time.ParseDuration(t); err != nil {
			return SMTPConfig{}, fmt.Errorf("SMTP URL timeout %q: want a duration such as 30s", t)
		}
	}
	if err := c.withDefaults().Validate(); err != nil {
		return SMTPConfig{}, err
	}
	return c.withDefaults(), nil
}

// withDefaults fills the port, auth and timeout left unset.
func (c SMTPConfig) withDefaults() SMTPConfig {
	if c.TLS == "" {
		c.TLS = TLSStartTLS
	}
	if c.Port == 0 {
		c.Port = map[TLSMode]int{TLSStartTLS: 587, TLSImplicit: 465, TLSNone: 25}[c.TLS]
	}
	if c.Auth == "" {
		c.Auth = "auto"
	}
	if c.Timeout == 0 {
		c.Timeout = DefaultTimeout
	}
	if c.FromName == "" {
		c.FromName = "Heskem"
	}
	return c
}

// Validate checks the configuration and says what to fix.
func (c SMTPConfig) Validate() error {
	var errs []string
	if strings.TrimSpace(c.Host) == "" {
		errs = append(errs, "host is required")
	}
	if c.Port < 0 || c.Port > 65535 {
		errs = append(errs, fmt.Sprintf("port %d is out of range", c.Port))
	}
	switch c.TLS {
	case TLSStartTLS, TLSImplicit, TLSNone, "":
	default:
		errs = append(errs, fmt.Sprintf("tls=%s: want starttls, tls or none", c.TLS))
	}
	if a, err := mail.ParseAddress(c.From); err != nil || a.Name != "" || !strings.Contains(domainOf(a.Address), ".") {
		errs = append(errs, fmt.Sprintf("from=%q must be the sender's email address (e.g. from=heskem@example.com)", c.From))
	}
	if strings.ContainsAny(c.FromName, "\r\n") {
		errs = append(errs, "from_name must be one line")
	}
	switch c.Auth {
	case "", "auto", "plain", "login":
	default:
		errs = append(errs, fmt.Sprintf("auth=%s: want auto, plain or login", c.Auth))
	}
	if c.Password != "" && c.Username == "" {
		errs = append(errs, "a password without a user name")
	}
	if c.Username != "" && c.TLS == TLSNone {
		errs = append(errs, "refusing to send a user name and password without TLS: use tls=starttls or tls=tls, or a relay that needs no login")
	}
	if c.Timeout < 0 {
		errs = append(errs, "timeout must be positive")
	}
	if len(errs) > 0 {
		return fmt.Errorf("SMTP configuration: %s", strings.Join(errs, "; "))
	}
	return nil
}

// String describes the configuration for logs, without the password.
func (c SMTPConfig) String() string {
	user := ""
	if c.Username != "" {
		user = c.Username
		if c.Password != "" {
			user += ":***"
		}
		user += "@"
	}
	return fmt.Sprintf("smtp://%s%s:%d (tls=%s, from=%s)", user, c.Host, c.Port, c.TLS, c.From)
}

// redactErr drops the URL from url.Parse's error, which would repeat the
// password.
func redactErr(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}
