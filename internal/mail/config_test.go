package mail

import (
	"strings"
	"testing"
	"time"
)

func TestParseURL(t *testing.T) {
	tests := []struct {
		url  string
		want SMTPConfig
		err  string // substring of the error; "" for success
	}{
		{"smtp://heskem:pw@mail.example.com?from=heskem@example.com",
			SMTPConfig{Host: "mail.example.com", Port: 587, Username: "heskem", Password: "pw", From: "heskem@example.com",
				FromName: "Heskem", TLS: TLSStartTLS, Auth: "auto", Timeout: DefaultTimeout}, ""},
		{"smtps://u%40example.com:p%2Fw@mail.example.com?from=heskem@example.com&from_name=%D7%94%D7%A1%D7%9B%D7%9D",
			SMTPConfig{Host: "mail.example.com", Port: 465, Username: "u@example.com", Password: "p/w", From: "heskem@example.com",
				FromName: "הסכם", TLS: TLSImplicit, Auth: "auto", Timeout: DefaultTimeout}, ""},
		{"smtp://relay.internal?tls=none&from=heskem@example.com&helo=app1&timeout=5s",
			SMTPConfig{Host: "relay.internal", Port: 25, From: "heskem@example.com", FromName: "Heskem", TLS: TLSNone, Auth: "auto",
				HELO: "app1", Timeout: 5 * time.Second}, ""},
		{"smtp://u@[::1]:2525?from=heskem@example.com&auth=LOGIN",
			SMTPConfig{Host: "::1", Port: 2525, Username: "u", From: "heskem@example.com", FromName: "Heskem", TLS: TLSStartTLS,
				Auth: "login", Timeout: DefaultTimeout}, ""},
		{"smtp://mail.example.com", SMTPConfig{}, "from="},
		{"smtp://mail.example.com?from=Heskem <heskem@example.com>", SMTPConfig{}, "from="},
		{"http://mail.example.com?from=heskem@example.com", SMTPConfig{}, "scheme"},
		{"smtp://u:pw@relay?tls=none&from=heskem@example.com", SMTPConfig{}, "without TLS"},
		{"smtp://mail.example.com?from=heskem@example.com&tls=ssl", SMTPConfig{}, "tls=ssl"},
		{"smtp://mail.example.com?from=heskem@example.com&tsl=none", SMTPConfig{}, `"tsl" is unknown`},
		{"smtp://mail.example.com:99999?from=heskem@example.com", SMTPConfig{}, "out of range"},
		{"smtp://mail.example.com:port?from=heskem@example.com", SMTPConfig{}, "not a"},
		{"smtp://?from=heskem@example.com", SMTPConfig{}, "host is required"},
		{"smtp://mail.example.com/path?from=heskem@example.com", SMTPConfig{}, "path"},
		{"smtp://mail.example.com?from=heskem@example.com&timeout=soon", SMTPConfig{}, "timeout"},
		{"smtp://:secret@mail.example.com?from=heskem@example.com", SMTPConfig{}, "password without a user name"},
	}
	for _, tc := range tests {
		got, err := ParseURL(tc.url)
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("ParseURL(%q) error = %v, want one containing %q", tc.url, err, tc.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("ParseURL(%q): %v", tc.url, err)
			continue
		}
		if got.String() != tc.want.String() || got.Password != tc.want.Password || got.FromName != tc.want.FromName ||
			got.Auth != tc.want.Auth || got.HELO != tc.want.HELO || got.Timeout != tc.want.Timeout {
			t.Errorf("ParseURL(%q) = %+v, want %+v", tc.url, got, tc.want)
		}
	}
}

// TestConfigStringHidesPassword: configurations are logged at start.
func TestConfigStringHidesPassword(t *testing.T) {
	c, err := ParseURL("smtp://heskem:Sup3rS3cret@mail.example.com?from=heskem@example.com")
	if err != nil {
		t.Fatal(err)
	}
	if s := c.String(); strings.Contains(s, "Sup3rS3cret") || !strings.Contains(s, "heskem:***@mail.example.com:587") {
		t.Errorf("String() = %q", s)
	}
	if _, err := ParseURL("smtp://heskem:Sup3rS3cret@mail.example.com:bad?from=x"); err == nil || strings.Contains(err.Error(), "Sup3rS3cret") {
		t.Errorf("error leaks the password or is missing: %v", err)
	}
}

// FuzzParseURL: any input either fails with an error or yields a valid
// configuration, and the password never shows in String.
func FuzzParseURL(f *testing.F) {
	for _, s := range []string{
		"smtp://heskem:pw@mail.example.com?from=heskem@example.com",
		"smtps://u%40x:p@h:465?from=a@b.co&from_name=x",
		"smtp://relay?tls=none&from=a@b.co&timeout=1s",
		"smtp://[::1]:25?from=a@b.co&auth=plain",
		"smtp://%zz@h?from=a@b.co",
		"",
		"smtp:opaque",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		c, err := ParseURL(raw)
		if err != nil {
			return
		}
		if err := c.Validate(); err != nil {
			t.Fatalf("ParseURL(%q) returned an invalid configuration: %v", raw, err)
		}
		if c.Port <= 0 || c.Timeout <= 0 {
			t.Fatalf("ParseURL(%q): defaults not filled: %+v", raw, c)
		}
		if len(c.Password) >= 4 && strings.Contains(c.String(), c.Password) {
			t.Fatalf("String() shows the password: %q", c.String())
		}
	})
}
