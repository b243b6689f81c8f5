package render

import (
	"bytes"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/heskem/heskem/internal/i18n"
	"github.com/heskem/heskem/internal/review"
)

// sample builds a small report by hand: the renderers are tested on their
// own, independent of what the engine decides.
func sample(lang string) *review.Report {
	name := map[string]string{"he": "לוח זמנים", "en": "Timeline"}[lang]
	return &review.Report{
		Schema:   review.Schema,
		Document: review.Document{Name: "agreement.docx", Language: lang, SHA256: strings.Repeat("a", 64), Characters: 41234},
		Score:    72, Verdict: review.VerdictNeedsWork,
		Steps: []review.Step{{ID: "components", Name: "רכיבים חיוניים", Score: 75, Items: []review.Item{
			{ID: "scope", Name: "הגדרת השירותים", Status: review.Present,
				Evidence: []review.Evidence{{Section: "2.1", Start: 120, End: 160, Text: "הספק יספק <script>alert(1)</script> שירותי פיתוח"}}},
			{ID: "schedule", Name: name, Status: review.Partial, Missing: []string{"end"},
				Evidence:   []review.Evidence{{Section: "4", Start: 300, End: 340, Text: "העבודה תחל ביום 1.3.2026"}},
				Suggestion: "4.2 העבודה תסתיים עד 31.12.2026.\n4.3 אבני הדרך מפורטות בנספח א׳."},
			{ID: "late_payment", Name: "איחור או אי-תשלום", Status: review.Missing, Suggestion: "7.4 איחור בתשלום יישא ריבית."},
		}}},
		Protections: []review.Item{{ID: "confidentiality", Name: "סודיות", Status: review.Missing}},
		Findings: []review.Finding{
			{Kind: review.KindHiddenControl, Severity: review.SeverityError, Section: "5", Start: 501, End: 502, Text: "\u202e",
				Message: "hidden bidi override", Suggestion: "remove it"},
			{Kind: review.KindVagueTerm, Severity: review.SeverityWarning, Start: 600, End: 612, Text: "בהקדם האפשרי",
				Message: "vague deadline", Suggestion: "תוך 5 ימי עסקים"},
		},
		Terms: review.Terms{
			Amounts:      []review.Amount{{Span: review.Span{Text: "₪12,500", Start: 10, End: 17}, Value: "12500", Currency: "ILS", VAT: "plus"}},
			PaymentTerms: []review.PaymentTerm{{Span: review.Span{Text: "שוטף + 30", Start: 20, End: 29}, Kind: "eom_plus", Days: 30}},
		},
		Disclaimer: "דוח זה אינו מהווה ייעוץ משפטי.",
	}
}

func renderer(t *testing.T) *Renderer {
	t.Helper()
	cat, err := i18n.New()
	if err != nil {
		t.Fatal(err)
	}
	return New(cat)
}

func TestHTML(t *testing.T) {
	r := renderer(t)
	var b bytes.Buffer
	if err := r.HTML(&b, sample("he")); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	doc, err := html.Parse(strings.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	root := doc.FirstChild.NextSibling // <html> after the doctype
	if attr(root, "dir") != "rtl" || attr(root, "lang") != "he" {
		t.Errorf("root dir=%q lang=%q, want rtl he", attr(root, "dir"), attr(root, "lang"))
	}
	for _, want := range []string{"דוח הערכת הסכם", "72", "דורש השלמות", "§2.1 [120–160]", "מה חסר: מועד סיום", "4.3 אבני הדרך מפורטות בנספח א׳.",
		"&lt;script&gt;", "&lt;U&#43;202E&gt;", "תוך 5 ימי עסקים", "שוטף &#43; 30", "דוח זה אינו מהווה ייעוץ משפטי", "@media print"} {
		if !strings.Contains(out, want) {
			t.Errorf("HTML lacks %q", want)
		}
	}
	// Self-contained: no scripts, no outside resources.
	for _, bad := range []string{"<script>", "<link", "src=", "http://", "https://"} {
		if strings.Contains(out, bad) {
			t.Errorf("HTML contains %q; a report must be self-contained and inert", bad)
		}
	}
	// Layout uses logical properties only, so it works in both directions.
	for _, phys := range []string{"margin-left", "margin-right", "padding-left", "padding-right", "text-align: left", "text-align: right"} {
		if strings.Contains(out, phys) {
			t.Errorf("CSS uses physical property %q", phys)
		}
	}
	var en bytes.Buffer
	r.HTML(&en, sample("en"))
	if !strings.Contains(en.String(), `dir="ltr"`) || !strings.Contains(en.String(), "Needs work") {
		t.Error("English report is not left-to-right or not in English")
	}
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func TestMarkdown(t *testing.T) {
	var b bytes.Buffer
	if err := renderer(t).Markdown(&b, sample("he")); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{"<div dir=\"rtl\" lang=\"he\">", "# דוח הערכת הסכם", "**ציון: 72/100**", "◐ **לוח זמנים** — חלקי (מה חסר: מועד סיום)",
		"> §2.1 [120–160]", "&lt;script&gt;", "<details><summary>נוסח מוצע</summary>", "| סכומים | ₪12,500 | 12500 ILS (VAT: plus) |",
		"*דוח זה אינו מהווה ייעוץ משפטי.*", "</div>"} {
		if !strings.Contains(out, want) {
			t.Errorf("Markdown lacks %q\n%s", want, out)
		}
	}
	if strings.Contains(out, "<script>") {
		t.Error("document text injected HTML into the Markdown report")
	}
}

func TestText(t *testing.T) {
	r := renderer(t)
	var plain, color, visual bytes.Buffer
	rep := sample("he")
	if err := r.Text(&plain, rep, TextOptions{Suggestions: true}); err != nil {
		t.Fatal(err)
	}
	out := plain.String()
	for _, want := range []string{"ציון 72/100 · דורש השלמות", "1. רכיבים חיוניים — 75", "✔ הגדרת השירותים  §2.1", "◐ לוח זמנים — מועד סיום  §4",
		"✘ איחור או אי-תשלום", "4.3 אבני הדרך מפורטות בנספח א׳.", "<U+202E>", "→ תוך 5 ימי עסקים", "דוח זה אינו מהווה ייעוץ משפטי."} {
		if !strings.Contains(out, want) {
			t.Errorf("text lacks %q\n%s", want, out)
		}
	}
	if strings.Contains(out, "\x1b[") {
		t.Error("colour codes without Color")
	}
	r.Text(&color, rep, TextOptions{Color: true})
	if !strings.Contains(color.String(), "\x1b[32m  ✔") || !strings.Contains(color.String(), "\x1b[31m  ✘") {
		t.Error("Color does not colour statuses")
	}
	r.Text(&visual, rep, TextOptions{Visual: true})
	if !strings.Contains(visual.String(), "םכסה תכרעה חוד") || strings.Contains(visual.String(), "ציון 72") {
		t.Errorf("Visual does not reorder Hebrew lines:\n%s", visual.String())
	}
}
