// Package i18n holds Heskem's Hebrew and English interface texts and the
// rules for showing dates, money and direction in each language. A
// Localizer is bound to one request, so two users in different languages
// never see each other's texts (the race Miniflux once fixed).
package i18n

import (
	"embed"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/heskem/heskem/internal/heskem"
)

//go:embed catalog/*.json
var catalogFiles embed.FS

// Languages lists the supported languages, Hebrew first.
var Languages = []string{"he", "en"}

// Catalog holds every message in every language. It is immutable after New.
type Catalog struct {
	msgs map[string]map[string]string // lang → key → text
}

// New loads the embedded catalogs and checks that every key exists in every
// language, so a missing translation fails at start, not in front of a user.
func New() (*Catalog, error) {
	c := &Catalog{msgs: map[string]map[string]string{}}
	for _, lang := range Languages {
		b, err := catalogFiles.ReadFile("catalog/" + lang + ".json")
		if err != nil {
			return nil, fmt.Errorf("catalog %s: %w", lang, err)
		}
		m := map[string]string{}
		if err := json.Unmarshal(b, &m); err != nil {
			return nil, fmt.Errorf("catalog %s: %w", lang, err)
		}
		c.msgs[lang] = m
	}
	for key := range c.msgs["he"] {
		if _, ok := c.msgs["en"][key]; !ok {
			return nil, fmt.Errorf("catalog: key %q has no English text", key)
		}
	}
	for key := range c.msgs["en"] {
		if _, ok := c.msgs["he"][key]; !ok {
			return nil, fmt.Errorf("catalog: key %q has no Hebrew text", key)
		}
	}
	return c, nil
}

// Has reports whether key exists.
func (c *Catalog) Has(key string) bool { _, ok := c.msgs["en"][key]; return ok }

// Localizer gives one language's texts and formats.
type Localizer struct {
	Lang string
	c    *Catalog
}

// For returns the Localizer for lang, falling back to Hebrew.
func (c *Catalog) For(lang string) Localizer {
	if _, ok := c.msgs[lang]; !ok {
		lang = "he"
	}
	return Localizer{Lang: lang, c: c}
}

// T returns the text for key, formatted with args when given. An unknown
// key is returned as is, visibly, rather than as an empty string.
func (l Localizer) T(key string, args ...any) string {
	s, ok := l.c.msgs[l.Lang][key]
	if !ok {
		return key
	}
	if len(args) > 0 {
		return fmt.Sprintf(s, args...)
	}
	return s
}

// Dir returns the text direction, "rtl" or "ltr".
func (l Localizer) Dir() string { return Dir(l.Lang) }

// Dir returns the text direction of lang.
func Dir(lang string) string {
	if lang == "he" {
		return "rtl"
	}
	return "ltr"
}

// Date formats a calendar day: Israeli day-first in both languages
// (1.3.2026 is 1 March), because the parties read the same agreement.
func (l Localizer) Date(d heskem.Date) string {
	if d.IsZero() {
		return "—"
	}
	if l.Lang == "he" {
		return fmt.Sprintf("%d.%d.%d", d.Day, int(d.Month), d.Year)
	}
	return fmt.Sprintf("%d %s %d", d.Day, d.Month.String()[:3], d.Year)
}

// currencySymbols are shown before (English) or after (Hebrew) the amount.
var currencySymbols = map[string]string{"ILS": "₪", "USD": "$", "EUR": "€", "GBP": "£"}

// Money formats an amount with thousands separators and the currency's
// symbol: "120,000.00 ₪" in Hebrew, "₪120,000.00" in English.
func (l Localizer) Money(m heskem.Money) string {
	s := heskem.GroupThousands(m.Decimal())
	sym, ok := currencySymbols[m.Currency]
	if !ok {
		return s + " " + m.Currency
	}
	if l.Lang == "he" {
		return s + " " + sym
	}
	if strings.HasPrefix(s, "-") {
		return "-" + sym + s[1:]
	}
	return sym + s
}

// Int formats an integer with thousands separators.
func (l Localizer) Int(n int) string { return heskem.GroupThousands(strconv.Itoa(n)) }
