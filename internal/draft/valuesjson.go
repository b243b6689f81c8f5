package draft

import "encoding/json"

// The value types marshal as the text a file holds, so an agreement
// serialized to JSON (by the API, or for its fingerprint) reads like its
// YAML.

// MarshalText writes the amount as a decimal string.
func (m Money) MarshalText() ([]byte, error) { return []byte(m.Decimal()), nil }

// UnmarshalText reads a decimal string.
func (m *Money) UnmarshalText(b []byte) error {
	v, err := ParseMoney(string(b))
	*m = v
	return err
}

// MarshalText writes the percentage as a decimal string.
func (p Percent) MarshalText() ([]byte, error) { return []byte(p.String()), nil }

// UnmarshalText reads a decimal string.
func (p *Percent) UnmarshalText(b []byte) error {
	v, err := ParsePercent(string(b))
	*p = v
	return err
}

// MarshalText writes YYYY-MM-DD, or "" for no date.
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText reads YYYY-MM-DD; "" is no date.
func (d *Date) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = Date{}
		return nil
	}
	v, err := ParseDate(string(b))
	*d = v
	return err
}

// MarshalText writes YYYY-MM.
func (m Month) MarshalText() ([]byte, error) { return []byte(m.String()), nil }

// UnmarshalText reads YYYY-MM; "" is no month.
func (m *Month) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*m = Month{}
		return nil
	}
	v, err := ParseMonth(string(b))
	*m = v
	return err
}

// MarshalText writes "10 business_days".
func (d Duration) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText reads "10 business_days"; "" is no duration.
func (d *Duration) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = Duration{}
		return nil
	}
	v, err := ParseDuration(string(b))
	*d = v
	return err
}

// MarshalJSON writes a plain text as a string and a bilingual one as
// {"he": …, "en": …}.
func (t Text) MarshalJSON() ([]byte, error) {
	if t.He == "" && t.En == "" {
		return json.Marshal(t.Plain)
	}
	m := map[string]string{}
	if t.He != "" {
		m["he"] = t.He
	}
	if t.En != "" {
		m["en"] = t.En
	}
	return json.Marshal(m)
}

// UnmarshalJSON reads either form.
func (t *Text) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err == nil {
		*t = Text{Plain: s}
		return nil
	}
	var m struct {
		He string `json:"he"`
		En string `json:"en"`
	}
	if err := json.Unmarshal(b, &m); err != nil {
		return err
	}
	*t = Text{He: m.He, En: m.En}
	return nil
}
