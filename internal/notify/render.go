package notify

import (
	"fmt"
	"html/template"
	"strconv"
	"strings"

	"github.com/heskem/heskem/internal/bizday"
	"github.com/heskem/heskem/internal/heskem"
	"github.com/heskem/heskem/internal/i18n"
	"github.com/heskem/heskem/internal/mail"
)

// Renderer writes the emails. It formats dates and amounts as the web
// interface does (internal/i18n): day-first dates, ₪ after the amount in
// Hebrew and before it in English.
type Renderer struct {
	cat *i18n.Catalog
	// BaseURL is the workspace's address for links in emails, e.g.
	// "https://heskem.example.com"; no link when empty.
	BaseURL string
}

// NewRenderer returns a renderer linking to baseURL (may be empty).
func NewRenderer(baseURL string) (*Renderer, error) {
	cat, err := i18n.New()
	if err != nil {
		return nil, fmt.Errorf("notify: %w", err)
	}
	return &Renderer{cat: cat, BaseURL: strings.TrimRight(baseURL, "/")}, nil
}

// doc is an email's content before it becomes text and HTML, so both parts
// say the same thing.
type doc struct {
	Lang       string
	Greeting   string
	Paragraphs []string
	Facts      []fact
	Notes      []string
	Sections   []section // digests
	Link       string
	LinkLabel  string
	Footer     string
}

type fact struct{ Label, Value string }

type section struct {
	Title string
	Lines []string
}

// Reminder returns the email for r about e, in the agreement's language.
func (rd *Renderer) Reminder(e Engagement, r Reminder, today heskem.Date) mail.Message {
	lang := e.Agreement.Language
	tx, loc := textsFor(lang), rd.cat.For(lang)
	it := r.Item
	date := loc.Date(it.Due)
	amount := loc.Money(it.Amount)
	subject := fmt.Sprintf(tx.subject[it.Kind][r.Occasion], it.Title, amount, date, it.DaysLate, e.Agreement.Title)
	when := strconv.Itoa(it.DaysLate)
	if !it.Late() {
		when = rd.until(tx, today, it.Due)
	}
	d := doc{Lang: lang, Greeting: fmt.Sprintf(tx.hello, r.To.Name), Footer: tx.footer}
	if r.ViaBackup {
		d.Paragraphs = append(d.Paragraphs, fmt.Sprintf(tx.viaBackup, r.Responsible.Name, r.Responsible.Email))
	}
	d.Paragraphs = append(d.Paragraphs, fmt.Sprintf(tx.opening[it.Kind][r.Occasion], it.Title, amount, e.Agreement.Title, date, when))
	if r.Occasion == Escalation {
		owing := e.Supplier.LegalName
		if it.Kind == PaymentItem {
			owing = e.Client.LegalName
		}
		d.Paragraphs = append(d.Paragraphs, fmt.Sprintf(tx.escalationWhy, owing))
	}
	d.Facts = rd.facts(e, it, lang)
	d.Notes = rd.sanctionNotes(it, lang)
	rd.link(&d, e.Agreement.ID, tx)
	ref := mail.Ref{OrgID: e.Agreement.OrgID, AgreementID: e.Agreement.ID, Kind: "reminder." + string(r.Occasion)}
	switch it.Kind {
	case MilestoneItem:
		ref.MilestoneID = it.ID
	case PaymentItem:
		ref.InstallmentID = it.ID
	}
	return mail.Message{ID: r.Key, To: r.To.Email, Subject: oneLine(subject), Text: d.text(), HTML: d.html(), Lang: lang, Ref: ref}
}

// until says how far off due is: "today", "tomorrow", "in N days".
func (rd *Renderer) until(tx *texts, today, due heskem.Date) string {
	n := int(due.Time().Sub(today.Time()).Hours() / 24)
	switch {
	case n <= 0:
		return tx.today
	case n == 1:
		return tx.tomorrow
	}
	return fmt.Sprintf(tx.inDays, n)
}

// facts lists the agreement, parties, due date (with the Hebrew date in a
// Hebrew email) and amount.
func (rd *Renderer) facts(e Engagement, it Item, lang string) []fact {
	tx, loc := textsFor(lang), rd.cat.For(lang)
	due := loc.Date(it.Due)
	if lang == "he" && !it.Due.IsZero() {
		due += " (" + bizday.ToHebrew(it.Due.Time()).String() + ")"
	}
	amountLabel := tx.factAmount
	if it.Kind == PaymentItem {
		amountLabel = tx.factOwed
	}
	return []fact{
		{tx.factAgreement, e.Agreement.Title},
		{tx.factParties, fmt.Sprintf("%s (%s), %s (%s)", e.Supplier.LegalName, tx.factSupplier, e.Client.LegalName, tx.factClient)},
		{tx.factDue, due},
		{amountLabel, loc.Money(it.Amount)},
	}
}

// sanctionNotes states the accrued sanction or interest of a late item,
// with its clause and the arithmetic, in the email's language.
func (rd *Renderer) sanctionNotes(it Item, lang string) []string {
	tx, loc := textsFor(lang), rd.cat.For(lang)
	var out []string
	if p := it.Penalty; p != nil {
		out = append(out, fmt.Sprintf(tx.penalty, p.Clause, loc.Money(p.Amount)))
		if expl := pick(lang, p.ExplanationHe, p.Explanation); expl != "" {
			out = append(out, expl)
		}
		if p.Capped {
			out = append(out, tx.penaltyCapped)
		}
		if p.Final {
			out = append(out, tx.penaltyFinal)
		}
		if p.MayTerminate && !p.TerminateFrom.IsZero() {
			out = append(out, fmt.Sprintf(tx.terminate, loc.Date(p.TerminateFrom)))
		}
	}
	if in := it.Interest; in != nil {
		out = append(out, fmt.Sprintf(tx.interest, in.Clause, loc.Money(in.Amount)))
		if expl := pick(lang, in.ExplanationHe, in.Explanation); expl != "" {
			out = append(out, expl)
		}
	}
	return out
}

func (rd *Renderer) link(d *doc, agreementID int64, tx *texts) {
	if rd.BaseURL != "" && agreementID > 0 {
		d.Link = fmt.Sprintf("%s/agreements/%d", rd.BaseURL, agreementID)
		d.LinkLabel = tx.link
	}
}

func pick(lang, he, en string) string {
	if lang == "he" && he != "" {
		return he
	}
	return en
}

// oneLine keeps a subject on one line whatever the titles hold.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// text renders the plain-text part.
func (d doc) text() string {
	var b strings.Builder
	b.WriteString(d.Greeting + "\n\n")
	for _, p := range d.Paragraphs {
		b.WriteString(p + "\n\n")
	}
	for _, s := range d.Sections {
		b.WriteString(s.Title + "\n")
		for _, l := range s.Lines {
			b.WriteString("• " + l + "\n")
		}
		b.WriteString("\n")
	}
	for _, f := range d.Facts {
		b.WriteString(f.Label + ": " + f.Value + "\n")
	}
	if len(d.Facts) > 0 {
		b.WriteString("\n")
	}
	for _, n := range d.Notes {
		b.WriteString(n + "\n")
	}
	if len(d.Notes) > 0 {
		b.WriteString("\n")
	}
	if d.Link != "" {
		b.WriteString(d.LinkLabel + ": " + d.Link + "\n\n")
	}
	b.WriteString("-- \n" + d.Footer + "\n")
	return b.String()
}

// bodyTemplate is the HTML body; mail.HTMLDocument wraps it in a document
// with the language's direction. html/template escapes every value.
var bodyTemplate = template.Must(template.New("body").Parse(`<p>{{.Greeting}}</p>
{{range .Paragraphs}}<p>{{.}}</p>
{{end}}{{range .Sections}}<h3 style="margin: 1em 0 0.3em;">{{.Title}}</h3>
<ul style="margin: 0; padding-inline-start: 1.2em;">{{range .Lines}}<li>{{.}}</li>{{end}}</ul>
{{end}}{{if .Facts}}<table role="presentation" style="border-collapse: collapse; margin: 1em 0;">
{{range .Facts}}<tr><th style="text-align: start; padding: 2px 0.8em; font-weight: bold;">{{.Label}}</th><td style="padding: 2px 0.8em;">{{.Value}}</td></tr>
{{end}}</table>
{{end}}{{if .Notes}}<div style="border-inline-start: 4px solid #b42318; padding: 0.3em 0.8em; margin: 1em 0;">
{{range .Notes}}<p style="margin: 0.3em 0;">{{.}}</p>
{{end}}</div>
{{end}}{{if .Link}}<p><a href="{{.Link}}">{{.LinkLabel}}</a></p>
{{end}}<p style="color: #666; font-size: 0.9em;">{{.Footer}}</p>
`))

// html renders the HTML body fragment.
func (d doc) html() string {
	var b strings.Builder
	// Executing a parsed template over plain strings cannot fail on a
	// strings.Builder.
	_ = bodyTemplate.Execute(&b, d)
	return b.String()
}
