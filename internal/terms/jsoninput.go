package terms

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
)

// MaxCaseBytes bounds a JSON case read by DecodePenaltyCase and
// DecodeInterestCase; a real case is a few hundred bytes.
const MaxCaseBytes = 1 << 20

// maxPauses bounds the force-majeure list of one case.
const maxPauses = 1000

// decodeStrict reads exactly one JSON object from r into v, refusing unknown
// fields, trailing data and more than MaxCaseBytes, and turns the decoder's
// errors into *InputError values that name the field.
func decodeStrict(r io.Reader, v any) error {
	data, err := io.ReadAll(io.LimitReader(r, MaxCaseBytes+1))
	if err != nil {
		return fmt.Errorf("read input: %w", err)
	}
	if len(data) > MaxCaseBytes {
		return fieldErrorf("input", "is larger than %d bytes", MaxCaseBytes)
	}
	if strings.TrimSpace(string(data)) == "" {
		return fieldErrorf("input", "is empty; expected a JSON object")
	}
	dec := json.NewDecoder(strings.NewReader(string(data)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return jsonInputError(data, err)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return fieldErrorf("input", "has more after the JSON object (at byte %d)", dec.InputOffset())
	}
	return nil
}

// jsonInputError words an encoding/json error for a person: which field, or
// where in the text.
func jsonInputError(data []byte, err error) error {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		line, col := lineCol(data, syn.Offset)
		return fieldErrorf("input", "malformed JSON at line %d, column %d: %v", line, col, syn)
	case errors.Is(err, io.ErrUnexpectedEOF):
		return fieldErrorf("input", "malformed JSON: the text ends before the object does")
	case errors.As(err, &typ):
		if typ.Field == "" {
			return fieldErrorf("input", "must be a JSON object, got %s", typ.Value)
		}
		return fieldErrorf(typ.Field, "must be %s, got %s", jsonKind(typ.Type.Kind().String()), typ.Value)
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		name, _ := strconv.Unquote(strings.TrimPrefix(err.Error(), "json: unknown field "))
		return fieldErrorf(name, "unknown field (check its spelling)")
	}
	return fieldErrorf("input", "malformed JSON: %v", err)
}

func jsonKind(goKind string) string {
	switch goKind {
	case "int", "int64":
		return "a whole number"
	case "string":
		return "a string"
	case "bool":
		return "true or false"
	case "slice":
		return "an array"
	case "struct", "ptr":
		return "an object"
	}
	return "a " + goKind
}

func lineCol(data []byte, offset int64) (line, col int) {
	line, col = 1, 1
	for i := int64(0); i < offset && i < int64(len(data)); i++ {
		if data[i] == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
	}
	return line, col
}

// decimalText reads a decimal field given as a JSON string ("12.5") or number
// (12.5). present is false when the field is absent or null.
func decimalText(field string, raw json.RawMessage) (text string, present bool, err error) {
	s := strings.TrimSpace(string(raw))
	switch {
	case s == "" || s == "null":
		return "", false, nil
	case strings.HasPrefix(s, `"`):
		var str string
		if err := json.Unmarshal(raw, &str); err != nil {
			return "", false, fieldErrorf(field, "must be a decimal string such as \"12.5\"")
		}
		return str, true, nil
	case s[0] == '-' || (s[0] >= '0' && s[0] <= '9'):
		return s, true, nil
	}
	return "", false, fieldErrorf(field, "must be a decimal string such as \"12.5\", got %s", clipText(s))
}

// clipText shortens echoed input so that an error message stays readable.
func clipText(s string) string {
	const max = 40
	if r := []rune(s); len(r) > max {
		return string(r[:max]) + "…"
	}
	return s
}

// periodJSON is a period on the wire: {"count": 2, "unit": "weeks"}.
type periodJSON struct {
	Count int    `json:"count"`
	Unit  string `json:"unit"`
}

func (p *periodJSON) period() *Period {
	if p == nil {
		return nil
	}
	return &Period{Count: p.Count, Unit: Unit(p.Unit)}
}

// dateField parses a required date field.
func dateField(field, s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, fieldErrorf(field, "is required (YYYY-MM-DD)")
	}
	return ParseDate(field, s)
}

// dateText writes a day for JSON output; nil for the zero time.
func dateText(t time.Time) *string {
	if t.IsZero() {
		return nil
	}
	s := t.Format(DateLayout)
	return &s
}
