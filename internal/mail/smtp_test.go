package mail

import (
	"bufio"
	"context"
	"crypto/tls"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-smtp"

	"github.com/heskem/heskem/internal/mail/mailtest"
)

var fixedNow = time.Date(2026, 3, 1, 7, 30, 0, 0, time.UTC)

func newSender(t *testing.T, cfg SMTPConfig) *SMTP {
	t.Helper()
	s, err := NewSMTP(cfg)
	if err != nil {
		t.Fatal(err)
	}
	s.now = func() time.Time { return fixedNow }
	return s
}

func hebrewMessage() Message {
	return Message{
		ID: "o1.r.overdue.m12.20260301.c4", To: "dana@example.co.il", Cc: []string{"avi@example.co.il"},
		Subject: "באיחור: אבן הדרך „אפיון” הייתה אמורה להימסר ב-1.3.2026",
		Text:    "שלום דנה,\nאבן הדרך „אפיון” באיחור של 3 ימים.\nסנקציה שנצברה: 837.00 ₪ (סעיף 11.2).",
		HTML:    `<p>שלום דנה,</p><p>אבן הדרך <strong>„אפיון”</strong> באיחור של 3 ימים.</p>`,
		Lang:    "he",
	}
}

// TestSendHebrew sends a Hebrew message through a real SMTP server over
// TCP and checks what the server received: envelope, headers, the RFC 2047
// subject, the text part and the right-to-left HTML part.
func TestSendHebrew(t *testing.T) {
	srv := mailtest.Start(t, mailtest.Options{})
	s := newSender(t, SMTPConfig{Host: srv.Host, Port: srv.Port, TLS: TLSNone, From: "heskem@example.com", FromName: "הסכם"})
	m := hebrewMessage()
	if err := s.Send(context.Background(), m); err != nil {
		t.Fatal(err)
	}
	got := srv.Messages()
	if len(got) != 1 {
		t.Fatalf("server received %d messages, want 1", len(got))
	}
	r := got[0]
	if r.From != "heskem@example.com" || strings.Join(r.To, ",") != "dana@example.co.il,avi@example.co.il" || r.TLS || r.AuthUser != "" {
		t.Errorf("envelope = from %q to %v tls %v user %q", r.From, r.To, r.TLS, r.AuthUser)
	}
	p, err := mailtest.Parse(r)
	if err != nil {
		t.Fatal(err)
	}
	raw := p.Header.Get("Subject")
	if !strings.HasPrefix(raw, "=?UTF-8?") || strings.ContainsAny(raw, "אבג") {
		t.Errorf("raw Subject %q is not RFC 2047 encoded", raw)
	}
	if p.Subject != m.Subject {
		t.Errorf("Subject = %q, want %q", p.Subject, m.Subject)
	}
	for name, want := range map[string]string{
		"Message-Id":               "<" + MessageID(m.ID, "example.com") + ">",
		"Content-Language":         "he",
		"Auto-Submitted":           "auto-generated",
		"X-Auto-Response-Suppress": "All",
		"To":                       "<dana@example.co.il>",
		"Cc":                       "<avi@example.co.il>",
		"Date":                     fixedNow.Format(time.RFC1123Z),
	} {
		if g := p.Header.Get(name); g != want {
			t.Errorf("%s = %q, want %q", name, g, want)
		}
	}
	from, err := p.Header.AddressList("From")
	if err != nil || len(from) != 1 || from[0].Name != "הסכם" || from[0].Address != "heskem@example.com" {
		t.Errorf("From = %v (%v), want הסכם <heskem@example.com>", from, err)
	}
	if strings.TrimSpace(p.Text) != m.Text {
		t.Errorf("text part = %q, want %q", p.Text, m.Text)
	}
	for _, want := range []string{`<html lang="he" dir="rtl">`, `<body dir="rtl" lang="he"`, "direction: rtl", m.HTML, "<title>" + m.Subject + "</title>"} {
		if !strings.Contains(p.HTML, want) {
			t.Errorf("HTML part lacks %q:\n%s", want, p.HTML)
		}
	}
}

// TestSendEnglishIsLeftToRight checks the direction follows the language.
func TestSendEnglishIsLeftToRight(t *testing.T) {
	srv := mailtest.Start(t, mailtest.Options{})
	s := newSender(t, SMTPConfig{Host: srv.Host, Port: srv.Port, TLS: TLSNone, From: "heskem@example.com"})
	m := Message{ID: "o1.digest.20260301.x", To: "sam@example.com", Subject: "Daily digest: 2 items", Text: "Hello Sam", HTML: "<p>Hello Sam</p>", Lang: "en"}
	if err := s.Send(context.Background(), m); err != nil {
		t.Fatal(err)
	}
	p, err := mailtest.Parse(srv.WaitFor(1, 5*time.Second)[0])
	if err != nil {
		t.Fatal(err)
	}
	if p.Header.Get("Subject") != m.Subject || p.Subject != m.Subject {
		t.Errorf("ASCII subject = %q / %q", p.Header.Get("Subject"), p.Subject)
	}
	if !strings.Contains(p.HTML, `<html lang="en" dir="ltr">`) || strings.Contains(p.HTML, "rtl") {
		t.Errorf("English HTML is not left-to-right:\n%s", p.HTML)
	}
	if from, _ := p.Header.AddressList("From"); len(from) != 1 || from[0].Name != "Heskem" {
		t.Errorf("default sender name = %v, want Heskem", from)
	}
}

// TestTLSAndAuth checks that the TLS mode and credentials are honoured:
// STARTTLS with a login, implicit TLS, and the failures that must not fall
// back to something weaker.
func TestTLSAndAuth(t *testing.T) {
	serverTLS, roots := mailtest.SelfSigned(t)
	trust := &tls.Config{RootCAs: roots, ServerName: "127.0.0.1", MinVersion: tls.VersionTLS12}
	tests := []struct {
		name     string
		server   mailtest.Options
		cfg      SMTPConfig
		wantErr  bool
		wantTLS  bool
		wantUser string
	}{
		{"starttls with login", mailtest.Options{TLS: serverTLS, Username: "heskem", Password: "s3cret"},
			SMTPConfig{TLS: TLSStartTLS, Username: "heskem", Password: "s3cret", TLSConfig: trust}, false, true, "heskem"},
		{"starttls with plain auth named", mailtest.Options{TLS: serverTLS, Username: "heskem", Password: "s3cret"},
			SMTPConfig{TLS: TLSStartTLS, Username: "heskem", Password: "s3cret", Auth: "plain", TLSConfig: trust}, false, true, "heskem"},
		{"implicit tls", mailtest.Options{TLS: serverTLS, Implicit: true},
			SMTPConfig{TLS: TLSImplicit, TLSConfig: trust}, false, true, ""},
		{"wrong password", mailtest.Options{TLS: serverTLS, Username: "heskem", Password: "s3cret"},
			SMTPConfig{TLS: TLSStartTLS, Username: "heskem", Password: "guess", TLSConfig: trust}, true, false, ""},
		{"login required but none given", mailtest.Options{TLS: serverTLS, Username: "heskem", Password: "s3cret"},
			SMTPConfig{TLS: TLSStartTLS, TLSConfig: trust}, true, false, ""},
		{"starttls required, server lacks it", mailtest.Options{},
			SMTPConfig{TLS: TLSStartTLS, TLSConfig: trust}, true, false, ""},
		{"untrusted certificate", mailtest.Options{TLS: serverTLS},
			SMTPConfig{TLS: TLSStartTLS, TLSConfig: &tls.Config{ServerName: "127.0.0.1", MinVersion: tls.VersionTLS12}}, true, false, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			srv := mailtest.Start(t, tc.server)
			tc.cfg.Host, tc.cfg.Port, tc.cfg.From = srv.Host, srv.Port, "heskem@example.com"
			err := newSender(t, tc.cfg).Send(context.Background(), hebrewMessage())
			got := srv.Messages()
			if tc.wantErr {
				if err == nil || len(got) != 0 {
					t.Fatalf("err = %v, %d messages accepted; want a failure and nothing accepted", err, len(got))
				}
				if Uncertain(err) || Permanent(err) {
					t.Errorf("connection failure %v classified uncertain=%v permanent=%v; want a plain retryable failure", err, Uncertain(err), Permanent(err))
				}
				return
			}
			if err != nil || len(got) != 1 {
				t.Fatalf("err = %v, %d messages", err, len(got))
			}
			if got[0].TLS != tc.wantTLS || got[0].AuthUser != tc.wantUser {
				t.Errorf("received over tls=%v as %q; want tls=%v as %q", got[0].TLS, got[0].AuthUser, tc.wantTLS, tc.wantUser)
			}
		})
	}
}

// TestRefusals checks how a server's refusal is classified: 5xx is
// permanent, 4xx is retried, and neither is mistaken for "maybe delivered".
func TestRefusals(t *testing.T) {
	for _, tc := range []struct {
		code      int
		permanent bool
	}{{550, true}, {552, true}, {451, false}, {421, false}} {
		srv := mailtest.Start(t, mailtest.Options{Refuse: func(mailtest.Received) error {
			return &smtp.SMTPError{Code: tc.code, EnhancedCode: smtp.EnhancedCode{tc.code / 100, 0, 0}, Message: "refused by test"}
		}})
		s := newSender(t, SMTPConfig{Host: srv.Host, Port: srv.Port, TLS: TLSNone, From: "heskem@example.com"})
		err := s.Send(context.Background(), hebrewMessage())
		if err == nil {
			t.Fatalf("%d: no error", tc.code)
		}
		if Permanent(err) != tc.permanent || Uncertain(err) {
			t.Errorf("%d: permanent=%v uncertain=%v (%v); want permanent=%v, not uncertain", tc.code, Permanent(err), Uncertain(err), err, tc.permanent)
		}
	}
}

// TestLostAnswerIsUncertain uses a scripted SMTP peer over TCP that reads
// the whole message and then drops the connection instead of answering:
// the message may have been accepted, and the error must say so.
func TestLostAnswerIsUncertain(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	go func() {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		defer c.Close()
		rw := bufio.NewReadWriter(bufio.NewReader(c), bufio.NewWriter(c))
		say := func(s string) { rw.WriteString(s + "\r\n"); rw.Flush() }
		say("220 scripted")
		for {
			line, err := rw.ReadString('\n')
			if err != nil {
				return
			}
			switch cmd := strings.ToUpper(strings.TrimSpace(line)); {
			case strings.HasPrefix(cmd, "EHLO"), strings.HasPrefix(cmd, "HELO"):
				say("250 scripted")
			case strings.HasPrefix(cmd, "DATA"):
				say("354 go ahead")
				for {
					l, err := rw.ReadString('\n')
					if err != nil || l == ".\r\n" {
						return // the whole message arrived; hang up without an answer
					}
				}
			default:
				say("250 ok")
			}
		}
	}()
	addr := ln.Addr().(*net.TCPAddr)
	s := newSender(t, SMTPConfig{Host: "127.0.0.1", Port: addr.Port, TLS: TLSNone, From: "heskem@example.com", Timeout: 5 * time.Second})
	err = s.Send(context.Background(), hebrewMessage())
	if err == nil || !Uncertain(err) || Permanent(err) {
		t.Fatalf("err = %v (uncertain=%v); want an uncertain delivery", err, Uncertain(err))
	}
}

// TestInvalidMessage checks that a malformed message is refused before any
// connection is made, permanently.
func TestInvalidMessage(t *testing.T) {
	srv := mailtest.Start(t, mailtest.Options{})
	s := newSender(t, SMTPConfig{Host: srv.Host, Port: srv.Port, TLS: TLSNone, From: "heskem@example.com"})
	for name, m := range map[string]Message{
		"no recipient":  {ID: "x", Subject: "s", Text: "t", Lang: "he"},
		"header inject": {ID: "x", To: "a@example.com", Subject: "s\r\nBcc: evil@example.com", Text: "t", Lang: "he"},
		"no text":       {ID: "x", To: "a@example.com", Subject: "s", Lang: "en"},
		"no id":         {To: "a@example.com", Subject: "s", Text: "t", Lang: "en"},
		"unknown lang":  {ID: "x", To: "a@example.com", Subject: "s", Text: "t", Lang: "fr"},
	} {
		if err := s.Send(context.Background(), m); err == nil || !Permanent(err) {
			t.Errorf("%s: err = %v, want a permanent refusal", name, err)
		}
	}
	if n := len(srv.Messages()); n != 0 {
		t.Errorf("server received %d messages", n)
	}
}

func TestMessageID(t *testing.T) {
	a := MessageID("o1.digest.20260301.dana@example.com", "example.com")
	if a != MessageID("o1.digest.20260301.dana@example.com", "example.com") {
		t.Error("MessageID is not stable")
	}
	if a == MessageID("o2.digest.20260301.dana@example.com", "example.com") {
		t.Error("different IDs share a Message-ID")
	}
	local, domain, ok := strings.Cut(a, "@")
	if !ok || domain != "example.com" || strings.Trim(local, "abcdefghijklmnopqrstuvwxyz0123456789.") != "" {
		t.Errorf("MessageID = %q: want a dot-atom local part at the sender's domain", a)
	}
}
