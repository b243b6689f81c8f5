// Package mailtest runs a real SMTP server (github.com/emersion/go-smtp) on
// 127.0.0.1 inside a test, so the mail and job tests talk SMTP over TCP to
// something that parses it, instead of to a fake Sender. The server records
// every message it accepts, can require a login and TLS, can refuse or hold
// messages, and parses what it received for assertions.
package mailtest

import (
	"bytes"
	"crypto/tls"
	"errors"
	"io"
	"net"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
)

// Options configure a test server.
type Options struct {
	// Username and Password, when set, are required (AUTH PLAIN) before
	// MAIL FROM is accepted.
	Username, Password string
	// TLS, when set, offers STARTTLS with this certificate (see
	// SelfSigned); with Implicit the listener speaks TLS from the start.
	TLS      *tls.Config
	Implicit bool
	// Hold, when set, makes every DATA wait for a value on the channel
	// (or its closing) before reading the message, so a test can stop a
	// client while a message is in flight. Held, when set, receives a value
	// each time a DATA starts waiting.
	Hold chan struct{}
	Held chan struct{}
	// Refuse, when set, is called for every message before it is accepted;
	// a non-nil error is returned to the client (an *smtp.SMTPError sets
	// the reply code) and the message is not recorded.
	Refuse func(Received) error
}

// Received is one message the server accepted.
type Received struct {
	From     string
	To       []string
	Data     []byte // the message as transmitted (headers and body)
	TLS      bool   // the conversation was encrypted when DATA was sent
	AuthUser string // the user that logged in, "" for none
}

// Server is a running test SMTP server.
type Server struct {
	Addr string // host:port
	Host string
	Port int

	opts Options
	srv  *smtp.Server
	mu   sync.Mutex
	msgs []Received
	got  chan struct{} // signalled after each accepted message
}

// Start runs a server on 127.0.0.1 on a free port until t ends.
func Start(t testing.TB, opts Options) *Server {
	t.Helper()
	s := &Server{opts: opts, got: make(chan struct{}, 1)}
	srv := smtp.NewServer(smtp.BackendFunc(s.newSession))
	srv.Domain = "mail.test"
	srv.ReadTimeout = 30 * time.Second
	srv.WriteTimeout = 30 * time.Second
	srv.MaxMessageBytes = 4 << 20
	srv.MaxRecipients = 20
	srv.TLSConfig = opts.TLS
	s.srv = srv
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatalf("mailtest: listen: %v", err)
	}
	if opts.Implicit {
		if opts.TLS == nil {
			t.Fatal("mailtest: Implicit needs TLS")
		}
		ln = tls.NewListener(ln, opts.TLS)
	}
	addr := ln.Addr().(*net.TCPAddr)
	s.Addr, s.Host, s.Port = addr.String(), addr.IP.String(), addr.Port
	done := make(chan struct{})
	go func() {
		defer close(done)
		if err := srv.Serve(ln); err != nil && !errors.Is(err, smtp.ErrServerClosed) {
			t.Logf("mailtest: serve: %v", err)
		}
	}()
	t.Cleanup(func() {
		// Close the listener too: Close only knows listeners Serve has
		// registered, and a short test can end before Serve has started.
		srv.Close()
		ln.Close()
		<-done
	})
	return s
}

// Messages returns a copy of what the server accepted so far, in order.
func (s *Server) Messages() []Received {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Received(nil), s.msgs...)
}

// WaitFor waits until the server has accepted at least n messages or the
// timeout passes, and returns what it has.
func (s *Server) WaitFor(n int, timeout time.Duration) []Received {
	deadline := time.NewTimer(timeout)
	defer deadline.Stop()
	for {
		if m := s.Messages(); len(m) >= n {
			return m
		}
		select {
		case <-s.got:
		case <-deadline.C:
			return s.Messages()
		}
	}
}

func (s *Server) newSession(c *smtp.Conn) (smtp.Session, error) {
	return &session{srv: s, conn: c}, nil
}

// session is one SMTP conversation.
type session struct {
	srv  *Server
	conn *smtp.Conn
	user string
	msg  Received
}

var _ smtp.AuthSession = (*session)(nil)

func (s *session) AuthMechanisms() []string {
	if s.srv.opts.Username == "" {
		return nil
	}
	return []string{sasl.Plain}
}

func (s *session) Auth(mech string) (sasl.Server, error) {
	if mech != sasl.Plain {
		return nil, smtp.ErrAuthUnknownMechanism
	}
	return sasl.NewPlainServer(func(identity, username, password string) error {
		if username != s.srv.opts.Username || password != s.srv.opts.Password {
			return smtp.ErrAuthFailed
		}
		s.user = username
		return nil
	}), nil
}

func (s *session) Mail(from string, _ *smtp.MailOptions) error {
	if s.srv.opts.Username != "" && s.user == "" {
		return smtp.ErrAuthRequired
	}
	s.msg = Received{From: from, AuthUser: s.user}
	return nil
}

func (s *session) Rcpt(to string, _ *smtp.RcptOptions) error {
	s.msg.To = append(s.msg.To, to)
	return nil
}

func (s *session) Data(r io.Reader) error {
	if s.srv.opts.Hold != nil {
		if s.srv.opts.Held != nil {
			s.srv.opts.Held <- struct{}{}
		}
		<-s.srv.opts.Hold
	}
	var b bytes.Buffer
	if _, err := io.Copy(&b, r); err != nil {
		return err
	}
	s.msg.Data = b.Bytes()
	_, s.msg.TLS = s.conn.TLSConnectionState()
	if f := s.srv.opts.Refuse; f != nil {
		if err := f(s.msg); err != nil {
			return err
		}
	}
	s.srv.mu.Lock()
	s.srv.msgs = append(s.srv.msgs, s.msg)
	s.srv.mu.Unlock()
	select {
	case s.srv.got <- struct{}{}:
	default:
	}
	return nil
}

func (s *session) Reset() { s.msg = Received{AuthUser: s.user} }

func (s *session) Logout() error { return nil }
