package review

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
)

// templateSet is the on-disk shape of templates/<lang>.json: display names,
// messages and the model clauses offered for missing or partial items.
type templateSet struct {
	Disclaimer string             `json:"disclaimer"`
	Steps      map[string]string  `json:"steps"`
	Items      map[string]string  `json:"items"`
	Messages   map[string]message `json:"messages"`
	// Clauses maps an item id to its model clause. Placeholders in double
	// braces are filled from the document's terms: {{supplier}},
	// {{client}}, {{price}}, {{days}}.
	Clauses map[string]string `json:"clauses"`
	// Defaults fills a placeholder the document does not provide.
	Defaults map[string]string `json:"defaults"`
}

// message is a finding message (with %s verbs) and its advice.
type message struct {
	Message    string `json:"message"`
	Suggestion string `json:"suggestion"`
}

func loadTemplates(langs []string) (map[string]*templateSet, error) {
	out := map[string]*templateSet{}
	for _, lang := range langs {
		raw, err := dataFS.ReadFile("templates/" + lang + ".json")
		if err != nil {
			return nil, fmt.Errorf("read templates %s: %w", lang, err)
		}
		var t templateSet
		if err := json.Unmarshal(raw, &t); err != nil {
			return nil, fmt.Errorf("parse templates %s: %w", lang, err)
		}
		for _, d := range catalog {
			if t.Items[d.id] == "" {
				return nil, fmt.Errorf("templates %s: no name for item %s", lang, d.id)
			}
			if t.Clauses[d.id] == "" {
				return nil, fmt.Errorf("templates %s: no model clause for item %s", lang, d.id)
			}
		}
		for _, s := range stepIDs {
			if t.Steps[s] == "" {
				return nil, fmt.Errorf("templates %s: no name for step %s", lang, s)
			}
		}
		out[lang] = &t
	}
	return out, nil
}

func (e *Engine) templates(lang string) *templateSet {
	if t, ok := e.tmpl[lang]; ok {
		return t
	}
	return e.tmpl["en"]
}

// msg returns a finding message in lang, or an empty message.
func (e *Engine) msg(lang, kind string) message {
	return e.templates(lang).Messages[kind]
}

// suggestion fills the model clause of an item with the document's own
// terms: the parties' defined terms, the price as written, the payment days.
func (e *Engine) suggestion(doc *document, id string) string {
	t := e.templates(doc.lang)
	text := t.Clauses[id]
	vals := map[string]string{}
	for k, v := range t.Defaults {
		vals[k] = v
	}
	for _, p := range doc.terms.Parties {
		term := strings.Trim(p.Term, " \"'")
		if term == "" {
			continue
		}
		if doc.lang == "en" && !strings.HasPrefix(strings.ToLower(term), "the ") {
			term = "the " + term
		}
		switch p.Role {
		case "supplier":
			vals["supplier"] = term
		case "client":
			vals["client"] = term
		}
	}
	for _, pt := range doc.terms.PaymentTerms {
		if pt.Days > 0 {
			vals["days"] = strconv.Itoa(pt.Days)
			break
		}
	}
	// The price is taken only from the payment clauses, never from a
	// penalty or an insurance sum elsewhere.
	for _, ci := range doc.results[itemIndex("payment")].evidence {
		if a, ok := firstAmountIn(doc, ci); ok {
			vals["price"] = t.Defaults["price_prefix"] + a
			break
		}
	}
	for k, v := range vals {
		text = strings.ReplaceAll(text, "{{"+k+"}}", v)
	}
	return capitalizeFirst(text)
}

// capitalizeFirst upper-cases an English sentence that now starts with a
// filled-in term ("the Supplier shall…").
func capitalizeFirst(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

func firstAmountIn(doc *document, ci int) (string, bool) {
	c := &doc.clauses[ci]
	for _, a := range doc.sc.amounts {
		if a.start >= c.start && a.end <= c.end {
			text, _, _ := doc.quote(a.start, a.end)
			return text, true
		}
	}
	return "", false
}
