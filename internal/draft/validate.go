package draft

import (
	"fmt"
	"net/mail"
	"reflect"
	"regexp"
	"strconv"
	"strings"

	"github.com/heskem/heskem/internal/bizday"
)

// Parse reads an agreement file and checks it, returning the agreement and
// every problem found, errors and warnings, in file order. The agreement is
// nil only when the YAML cannot be read at all. langs are the languages the
// document will be written in (default: the file's language); every text
// must exist in each.
func Parse(data []byte, langs ...string) (*Agreement, Problems) {
	a, probs := decodeFile(data)
	if a == nil {
		return nil, probs.sorted()
	}
	probs = append(probs, a.Validate(langs...)...)
	return a, probs.sorted()
}

// Load reads and checks an agreement file; it fails with the Problems (as
// the error) when any is an error. Warnings do not fail it; use Parse to
// see them.
func Load(data []byte, langs ...string) (*Agreement, error) {
	a, probs := Parse(data, langs...)
	if probs.HasErrors() {
		return nil, probs.Errors()
	}
	return a, nil
}

// Validate checks the agreement's values and their consistency: required
// fields, allowed values, dates in order, installments that add up, valid
// registration numbers and e-mail addresses, and legal limits. langs as in
// Parse.
func (a *Agreement) Validate(langs ...string) Problems {
	c := &checker{a: a}
	c.generic(reflect.ValueOf(a).Elem(), "")
	if a.Language != "he" && a.Language != "en" {
		// The enum check reported it; texts cannot be resolved without it.
		return c.probs.sorted()
	}
	var ls []string
	for _, l := range langs {
		if l != "" {
			ls = append(ls, l)
		}
	}
	if len(ls) == 0 {
		ls = []string{a.Language}
	}
	langs = ls
	for _, l := range langs {
		if l != "he" && l != "en" {
			c.add("", SeverityError, "use he, en or both", "unknown document language %q", l)
			return c.probs.sorted()
		}
	}
	c.d = a.WithDefaults()
	cal, err := newCalendar(c.d.BusinessDays)
	if err != nil {
		cal, _ = newCalendar(bizday.DefaultPolicy)
	}
	c.cal = cal
	c.parties()
	c.scope()
	c.schedule()
	c.payment()
	c.contacts()
	c.sanctions()
	c.others()
	c.texts(reflect.ValueOf(a).Elem(), "", langs)
	return c.probs.sorted()
}

type checker struct {
	a     *Agreement
	d     *Agreement // a with defaults
	cal   calendar
	probs Problems
}

// at returns the file position of path or of its nearest ancestor; a
// missing top-level field is placed at the start of the document.
func (c *checker) at(path string) position {
	p := path
	for {
		if pos, ok := c.a.pos[p]; ok {
			return pos
		}
		if p == "" {
			return position{}
		}
		i := strings.LastIndexAny(p, ".[")
		if i < 0 {
			i = 0
		}
		p = p[:i]
	}
}

func (c *checker) add(path string, sev Severity, fix, format string, args ...any) {
	if c.a.bad[path] {
		return // the decoder reported this value already
	}
	pos := c.at(path)
	c.probs = append(c.probs, Problem{Line: pos.line, Column: pos.col, Path: path, Severity: sev,
		Message: fmt.Sprintf(format, args...), Fix: fix})
}

func (c *checker) errorf(path, fix, format string, args ...any) {
	c.add(path, SeverityError, fix, format, args...)
}

// generic checks what the type tags declare: required fields, allowed
// values, and that durations count at least one unit.
func (c *checker) generic(v reflect.Value, path string) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			c.generic(v.Elem(), path)
		}
		return
	case reflect.Slice:
		for i := range v.Len() {
			c.generic(v.Index(i), fmt.Sprintf("%s[%d]", path, i))
		}
		return
	case reflect.Struct:
	default:
		return
	}
	switch v.Type() {
	case textType, dateType, monthType:
		return
	case durationType:
		if d := v.Interface().(Duration); !d.IsZero() && d.Count == 0 {
			c.errorf(path, "give at least 1, or leave the field out for the default", "a duration of 0 %s", d.Unit)
		}
		return
	}
	t := v.Type()
	for i := range t.NumField() {
		f := t.Field(i)
		name := yamlName(f)
		if name == "" || !f.IsExported() {
			continue
		}
		p := join(path, name)
		fv := v.Field(i)
		tag := f.Tag.Get("jsonschema")
		if hasOpt(tag, "required") && fv.IsZero() && !c.a.bad[p] {
			c.errorf(p, requiredFix(p), "%s is required", name)
			continue
		}
		if enum := enumOf(tag); len(enum) > 0 {
			c.checkEnum(fv, p, enum)
		}
		c.generic(fv, p)
	}
}

func (c *checker) checkEnum(v reflect.Value, path string, enum []string) {
	check := func(s, p string) {
		if s == "" {
			return
		}
		for _, e := range enum {
			if s == e {
				return
			}
		}
		fix := "use one of: " + strings.Join(enum, ", ")
		if near := nearest(s, enum); near != "" {
			fix = fmt.Sprintf("did you mean %q? (allowed: %s)", near, strings.Join(enum, ", "))
		}
		c.errorf(p, fix, "%q is not an allowed value", clip(s))
	}
	switch v.Kind() {
	case reflect.String:
		check(v.String(), path)
	case reflect.Int:
		if v.Int() != 0 {
			check(strconv.FormatInt(v.Int(), 10), path)
		}
	case reflect.Slice:
		for i := range v.Len() {
			if v.Index(i).Kind() == reflect.String {
				check(v.Index(i).String(), fmt.Sprintf("%s[%d]", path, i))
			}
		}
	}
}

func hasOpt(tag, opt string) bool {
	for _, o := range strings.Split(tag, ",") {
		if o == opt {
			return true
		}
	}
	return false
}

func enumOf(tag string) []string {
	var out []string
	for _, o := range strings.Split(tag, ",") {
		if v, ok := strings.CutPrefix(o, "enum="); ok {
			out = append(out, v)
		}
	}
	return out
}

// requiredFix names an example value for a missing field.
func requiredFix(path string) string {
	last := path[strings.LastIndexAny(path, ".]")+1:]
	examples := map[string]string{
		"format":   "add `format: " + FormatV1 + "` at the top",
		"language": "add `language: he` or `language: en`",
		"start":    "add `start: 2026-03-01`",
		"model":    "add `model: fixed`, `time_and_materials` or `retainer`",
		"terms":    "add `terms: {kind: eom_plus, days: 30}` (שוטף + 30)",
		"contacts": "add a contact for each party with name, role and email",
		"email":    "add `email: name@example.co.il`",
		"services": "list the services, one per line starting with \"- \"",
	}
	if f, ok := examples[last]; ok {
		return f
	}
	return "add " + last + " (see docs/agreement-format.md)"
}

// texts checks that every text exists in every document language.
func (c *checker) texts(v reflect.Value, path string, langs []string) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			c.texts(v.Elem(), path, langs)
		}
	case reflect.Slice:
		for i := range v.Len() {
			c.texts(v.Index(i), fmt.Sprintf("%s[%d]", path, i), langs)
		}
	case reflect.Struct:
		if v.Type() == textType {
			t := v.Interface().(Text)
			if t.IsZero() {
				return
			}
			for _, l := range langs {
				if t.In(l, c.a.Language) == "" {
					c.errorf(path, `write it as {he: "…", en: "…"}`, "no %s text", langName(l))
				}
			}
			return
		}
		t := v.Type()
		for i := range t.NumField() {
			if name := yamlName(t.Field(i)); name != "" && t.Field(i).IsExported() {
				c.texts(v.Field(i), join(path, name), langs)
			}
		}
	}
}

func langName(l string) string {
	if l == "he" {
		return "Hebrew"
	}
	return "English"
}

var phoneRe = regexp.MustCompile(`^\+?[0-9][0-9 ()-]{5,20}$`)

func (c *checker) email(path, s string) {
	if s == "" {
		return
	}
	addr, err := mail.ParseAddress(s)
	if err != nil || addr.Address != s || !strings.Contains(s[strings.IndexByte(s, '@')+1:], ".") {
		c.errorf(path, "write a plain address such as dana@example.co.il", "%q is not an e-mail address", clip(s))
	}
}

func (c *checker) phone(path, s string) {
	if s != "" && !phoneRe.MatchString(s) {
		c.errorf(path, "write digits with an optional leading +, e.g. +972-3-555-0100 or 03-5550100", "%q is not a phone number", clip(s))
	}
}
