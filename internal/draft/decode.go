package draft

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"reflect"
	"regexp"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Limits on an agreement file. A real agreement is a few hundred lines; the
// limits stop a hostile or broken file from using unbounded memory or time.
const (
	MaxFileSize = 1 << 20 // bytes
	maxNodes    = 50_000
	maxListLen  = 500
)

var (
	textType     = reflect.TypeOf(Text{})
	moneyType    = reflect.TypeOf(Money(0))
	percentType  = reflect.TypeOf(Percent(0))
	dateType     = reflect.TypeOf(Date{})
	monthType    = reflect.TypeOf(Month{})
	durationType = reflect.TypeOf(Duration{})
)

// decoder reads YAML nodes into the agreement types, collecting every
// problem instead of stopping at the first, and recording where each field
// is.
type decoder struct {
	pos   map[string]position
	bad   map[string]bool
	probs Problems
	nodes int
}

// decodeFile parses data into an Agreement. The Agreement is nil only when
// the YAML itself cannot be read.
func decodeFile(data []byte) (*Agreement, Problems) {
	if len(data) > MaxFileSize {
		return nil, Problems{{Severity: SeverityError, Message: fmt.Sprintf("the file is %d bytes; the limit is %d", len(data), MaxFileSize),
			Fix: "an agreement file is a few hundred lines; check that this is the right file"}}
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var root yaml.Node
	if err := dec.Decode(&root); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, Problems{{Severity: SeverityError, Message: "the file is empty", Fix: "start from `heskem draft --example he` or `--example en`"}}
		}
		return nil, Problems{syntaxProblem(err)}
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); err == nil {
		return nil, Problems{{Line: extra.Line, Column: extra.Column, Severity: SeverityError,
			Message: "the file holds more than one YAML document", Fix: "keep one agreement per file and remove the `---` separator"}}
	} else if !errors.Is(err, io.EOF) {
		return nil, Problems{syntaxProblem(err)}
	}
	d := &decoder{pos: map[string]position{}, bad: map[string]bool{}}
	a := &Agreement{}
	doc := &root
	if doc.Kind == yaml.DocumentNode && len(doc.Content) == 1 {
		doc = doc.Content[0]
	}
	if doc.Kind != yaml.MappingNode {
		return nil, Problems{{Line: doc.Line, Column: doc.Column, Severity: SeverityError,
			Message: "the file must be a mapping of fields (format:, language:, parties: …)", Fix: "start from `heskem draft --example he`"}}
	}
	d.pos[""] = position{doc.Line, doc.Column}
	d.decode(doc, reflect.ValueOf(a).Elem(), "")
	a.pos, a.bad = d.pos, d.bad
	return a, d.probs
}

var (
	yamlLineRe = regexp.MustCompile(`line (\d+)`)
	dayFirstRe = regexp.MustCompile(`this is ([0-9-]{10})`)
)

// syntaxProblem turns a YAML syntax error into a problem with its line.
func syntaxProblem(err error) Problem {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	p := Problem{Severity: SeverityError, Message: "YAML syntax: " + msg,
		Fix: "check the indentation (spaces, not tabs) and that text with a colon is in quotes"}
	if m := yamlLineRe.FindStringSubmatch(msg); m != nil {
		p.Line, _ = strconv.Atoi(m[1])
	}
	return p
}

func (d *decoder) add(n *yaml.Node, path string, sev Severity, fix, format string, args ...any) {
	d.bad[path] = true
	p := Problem{Path: path, Severity: sev, Message: fmt.Sprintf(format, args...), Fix: fix}
	if n != nil {
		p.Line, p.Column = n.Line, n.Column
	}
	d.probs = append(d.probs, p)
}

// kindName names a node kind for messages.
func kindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		if n.ShortTag() == "!!null" {
			return "nothing"
		}
		return fmt.Sprintf("the value %q", clip(n.Value))
	}
	return "an alias"
}

// decode reads n into v. path is the field path of v.
func (d *decoder) decode(n *yaml.Node, v reflect.Value, path string) {
	d.nodes++
	if d.nodes > maxNodes {
		if d.nodes == maxNodes+1 {
			d.add(n, path, SeverityError, "split the file or remove repeated content", "the file has more than %d values", maxNodes)
		}
		return
	}
	if n.Kind == yaml.AliasNode || n.Anchor != "" {
		d.add(n, path, SeverityError, "write the value out in full", "anchors and aliases (&name, *name) are not supported in agreement files")
		return
	}
	if n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null" {
		return // an empty value leaves the default
	}
	switch v.Type() {
	case textType:
		d.decodeText(n, v, path)
		return
	case moneyType, percentType, dateType, monthType, durationType:
		d.decodeValue(n, v, path)
		return
	}
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			v.Set(reflect.New(v.Type().Elem()))
		}
		d.decode(n, v.Elem(), path)
	case reflect.Struct:
		d.decodeStruct(n, v, path)
	case reflect.Slice:
		if n.Kind != yaml.SequenceNode {
			d.add(n, path, SeverityError, "write one item per line, each starting with \"- \"", "want a list, found %s", kindName(n))
			return
		}
		if len(n.Content) > maxListLen {
			d.add(n, path, SeverityError, "", "the list has %d items; the limit is %d", len(n.Content), maxListLen)
			return
		}
		s := reflect.MakeSlice(v.Type(), len(n.Content), len(n.Content))
		for i, c := range n.Content {
			p := fmt.Sprintf("%s[%d]", path, i)
			d.pos[p] = position{c.Line, c.Column}
			d.decode(c, s.Index(i), p)
		}
		v.Set(s)
	case reflect.String:
		if n.Kind != yaml.ScalarNode {
			d.add(n, path, SeverityError, "write a single value", "want text, found %s", kindName(n))
			return
		}
		v.SetString(strings.TrimSpace(n.Value))
	case reflect.Bool:
		if n.Kind != yaml.ScalarNode || n.ShortTag() != "!!bool" {
			d.add(n, path, SeverityError, "write true or false", "want true or false, found %s", kindName(n))
			return
		}
		v.SetBool(n.Value == "true" || n.Value == "True" || n.Value == "TRUE")
	case reflect.Int:
		i, err := strconv.Atoi(n.Value)
		if n.Kind != yaml.ScalarNode || n.ShortTag() != "!!int" || err != nil {
			d.add(n, path, SeverityError, "write a whole number, e.g. 30", "want a whole number, found %s", kindName(n))
			return
		}
		v.SetInt(int64(i))
	default:
		d.add(n, path, SeverityError, "", "unsupported field type %s", v.Type())
	}
}

// decodeStruct reads a mapping into a struct, reporting unknown and
// repeated keys.
func (d *decoder) decodeStruct(n *yaml.Node, v reflect.Value, path string) {
	if n.Kind != yaml.MappingNode {
		d.add(n, path, SeverityError, "indent the fields of "+orRoot(path)+" under it", "want a mapping of fields, found %s", kindName(n))
		return
	}
	fields := structFields(v.Type())
	seen := map[string]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := n.Content[i], n.Content[i+1]
		name := k.Value
		p := join(path, name)
		if seen[name] {
			d.add(k, p, SeverityError, "keep one "+name+" and delete the other", "%q appears twice", name)
			continue
		}
		seen[name] = true
		idx, ok := fields[name]
		if !ok {
			fix := "remove it; see docs/agreement-format.md for the fields of " + orRoot(path)
			if near := nearest(name, keys(fields)); near != "" {
				fix = fmt.Sprintf("did you mean %q?", near)
			}
			d.add(k, p, SeverityError, fix, "unknown field %q", name)
			continue
		}
		d.pos[p] = position{k.Line, k.Column}
		d.decode(val, v.Field(idx), p)
	}
}

// structFields maps a struct's YAML names to field indexes.
func structFields(t reflect.Type) map[string]int {
	m := map[string]int{}
	for i := range t.NumField() {
		f := t.Field(i)
		if name := yamlName(f); name != "" && f.IsExported() {
			m[name] = i
		}
	}
	return m
}

// yamlName is the field's YAML key, or "" when it has none.
func yamlName(f reflect.StructField) string {
	name, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
	if name == "-" {
		return ""
	}
	return name
}

func join(path, name string) string {
	if path == "" {
		return name
	}
	return path + "." + name
}

func orRoot(path string) string {
	if path == "" {
		return "the agreement"
	}
	return path
}

// decodeText reads a plain string or a {he, en} mapping.
func (d *decoder) decodeText(n *yaml.Node, v reflect.Value, path string) {
	t := Text{}
	switch n.Kind {
	case yaml.ScalarNode:
		t.Plain = strings.TrimSpace(n.Value)
	case yaml.MappingNode:
		seen := map[string]bool{}
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, val := n.Content[i], n.Content[i+1]
			p := join(path, k.Value)
			if k.Value != "he" && k.Value != "en" {
				fix := "a text is a string, or a mapping with he: and en:"
				if near := nearest(k.Value, []string{"he", "en"}); near != "" {
					fix = fmt.Sprintf("did you mean %q?", near)
				} else if n.Style&yaml.FlowStyle != 0 && val.ShortTag() == "!!null" {
					fix = `a comma inside {…} separates fields: put text with a comma in quotes, {he: "…, …", en: "…, …"}`
				}
				d.add(k, p, SeverityError, fix, "unknown language %q", k.Value)
				continue
			}
			if seen[k.Value] {
				d.add(k, p, SeverityError, "keep one", "%q appears twice", k.Value)
				continue
			}
			seen[k.Value] = true
			if val.Kind != yaml.ScalarNode {
				d.add(val, p, SeverityError, "write the text on one line, or as a YAML block (|)", "want text, found %s", kindName(val))
				continue
			}
			d.pos[p] = position{k.Line, k.Column}
			if k.Value == "he" {
				t.He = strings.TrimSpace(val.Value)
			} else {
				t.En = strings.TrimSpace(val.Value)
			}
		}
	default:
		d.add(n, path, SeverityError, "write a string, or a mapping with he: and en:", "want text, found %s", kindName(n))
		return
	}
	v.Set(reflect.ValueOf(t))
}

// decodeValue reads the scalar value types: Money, Percent, Date, Month,
// Duration.
func (d *decoder) decodeValue(n *yaml.Node, v reflect.Value, path string) {
	if n.Kind != yaml.ScalarNode {
		d.add(n, path, SeverityError, "write a single value", "want a single value, found %s", kindName(n))
		return
	}
	var (
		x   any
		err error
		fix string
	)
	switch v.Type() {
	case moneyType:
		if n.ShortTag() == "!!float" {
			d.add(n, path, SeverityError, fmt.Sprintf("write %q in quotes", n.Value),
				"an amount with decimals must be quoted so it is not read as a floating-point number")
			return
		}
		x, err = ParseMoney(n.Value)
		fix = `write the amount in major units without separators, e.g. "180000" or "350.50"`
	case percentType:
		x, err = ParsePercent(n.Value)
		fix = `write the percentage as a number without %, e.g. "0.5"`
	case dateType:
		x, err = ParseDate(n.Value)
		fix = "write the date as YYYY-MM-DD, e.g. 2026-03-01"
		if t, ok := dayFirstISO(n.Value); ok {
			fix = "write " + t
		}
	case monthType:
		x, err = ParseMonth(n.Value)
		fix = "write the month as YYYY-MM, e.g. 2026-01"
	case durationType:
		x, err = ParseDuration(n.Value)
		fix = `write a count and a unit, e.g. "10 business_days" or "30 days"`
	}
	if err != nil {
		d.add(n, path, SeverityError, fix, "%v", err)
		return
	}
	v.Set(reflect.ValueOf(x))
}

// dayFirstISO reads a day-first date (1.3.2026) and returns its ISO form.
func dayFirstISO(s string) (string, bool) {
	_, err := ParseDate(s)
	if err == nil {
		return "", false
	}
	if m := dayFirstRe.FindStringSubmatch(err.Error()); m != nil {
		return m[1], true
	}
	return "", false
}
