package i18n

import (
	"testing"
	"time"

	"github.com/heskem/heskem/internal/heskem"
)

func TestCatalogsComplete(t *testing.T) {
	c, err := New()
	if err != nil {
		t.Fatal(err)
	}
	he, en := c.For("he"), c.For("en")
	if he.T("nav.agreements") != "הסכמים" || en.T("nav.agreements") != "Agreements" {
		t.Errorf("texts: %q %q", he.T("nav.agreements"), en.T("nav.agreements"))
	}
	if c.For("fr").Lang != "he" {
		t.Error("unknown language should fall back to Hebrew")
	}
	if he.T("term.eom_plus", 30) != "שוטף + 30" {
		t.Errorf("formatted = %q", he.T("term.eom_plus", 30))
	}
	if he.T("no.such.key") != "no.such.key" {
		t.Error("unknown key should show itself")
	}
}

func TestFormats(t *testing.T) {
	c, _ := New()
	he, en := c.For("he"), c.For("en")
	d := heskem.NewDate(2026, time.March, 1)
	for _, tc := range []struct{ got, want string }{
		{he.Date(d), "1.3.2026"},
		{en.Date(d), "1 Mar 2026"},
		{he.Money(heskem.Shekels(1234567, 5)), "1,234,567.05 ₪"},
		{en.Money(heskem.Shekels(1234567, 5)), "₪1,234,567.05"},
		{en.Money(heskem.Money{Amount: -150, Currency: "USD"}), "-$1.50"},
		{he.Money(heskem.Money{Amount: 100, Currency: "CHF"}), "1.00 CHF"},
		{he.Dir(), "rtl"}, {en.Dir(), "ltr"},
		{en.Int(1000), "1,000"}, {en.Int(999), "999"},
	} {
		if tc.got != tc.want {
			t.Errorf("got %q, want %q", tc.got, tc.want)
		}
	}
}
