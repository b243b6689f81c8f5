package review

// Schema identifies the JSON report format; outside tools key on it.
const Schema = "heskem.review/v1"

// Status is the outcome for one rubric item.
type Status string

// Item statuses, as defined in RUBRIC.md.
const (
	Present Status = "present"
	Partial Status = "partial"
	Missing Status = "missing"
)

// Verdicts, as defined in RUBRIC.md.
const (
	VerdictReady     = "ready"
	VerdictNeedsWork = "needs_work"
	VerdictNotReady  = "not_ready"
)

// Report is the evaluation of one document. Field names are the JSON
// contract of RUBRIC.md and docs/review-json.md.
type Report struct {
	Schema      string    `json:"schema"`
	Document    Document  `json:"document"`
	Score       int       `json:"score"`
	Verdict     string    `json:"verdict"`
	Steps       []Step    `json:"steps"`
	Protections []Item    `json:"protections"`
	Findings    []Finding `json:"findings"`
	Terms       Terms     `json:"terms"`
	// Disclaimer says, in the document's language, that the report is not
	// legal advice.
	Disclaimer string `json:"disclaimer"`
}

// Document describes the input that was evaluated.
type Document struct {
	Name     string `json:"name"`
	Language string `json:"language"`
	SHA256   string `json:"sha256"`
	// Characters counts Unicode code points, the unit of every offset.
	Characters int `json:"characters"`
}

// Step is one of the four steps of the seed with all of its items in order.
type Step struct {
	ID    string `json:"id"`
	Name  string `json:"name"`
	Score int    `json:"score"`
	Items []Item `json:"items"`
}

// Item is the outcome for one rubric item or protection.
type Item struct {
	ID     string `json:"id"`
	Name   string `json:"name"`
	Status Status `json:"status"`
	// Evidence quotes the clauses that decided the status; empty for a
	// missing item.
	Evidence []Evidence `json:"evidence"`
	// Missing names the sub-checks of the rubric's "complete when" column
	// that failed, for a partial item (e.g. "due_time" for payment).
	Missing []string `json:"missing,omitempty"`
	// Excluded is set when the agreement explicitly excludes the item
	// ("no penalties shall apply"); the item is then partial.
	Excluded bool `json:"excluded,omitempty"`
	// Suggestion is a model clause in the document's language for a missing
	// or partial item.
	Suggestion string `json:"suggestion,omitempty"`
}

// Evidence is a quotation from the document. Start and End are code-point
// offsets into the evaluated text, End exclusive, and Text is exactly the
// characters between them.
type Evidence struct {
	Section string `json:"section"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Text    string `json:"text"`
	// Cues lists the lexicon phrases and structural signals that made the
	// clause count, so that every status can be explained.
	Cues []string `json:"cues,omitempty"`
}

// Finding is a clarity or integrity problem at a position in the text.
type Finding struct {
	Kind     string `json:"kind"`
	Severity string `json:"severity"`
	Section  string `json:"section,omitempty"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Text     string `json:"text"`
	Message  string `json:"message"`
	// Suggestion is a concrete rewrite or action.
	Suggestion string `json:"suggestion,omitempty"`
}

// Finding kinds.
const (
	KindHiddenControl      = "hidden_control"
	KindVagueTerm          = "vague_term"
	KindPlaceholder        = "placeholder"
	KindInconsistentAmount = "inconsistent_amount"
	KindInconsistentDate   = "inconsistent_date"
	KindUndefinedTerm      = "undefined_term"
)

// Finding severities.
const (
	SeverityError   = "error"
	SeverityWarning = "warning"
	SeverityInfo    = "info"
)

// Terms are the key terms extracted from the document, each with the text as
// written, its position and a normalized value.
type Terms struct {
	Parties      []Party       `json:"parties"`
	Dates        []Date        `json:"dates"`
	Durations    []Duration    `json:"durations"`
	Amounts      []Amount      `json:"amounts"`
	Rates        []Rate        `json:"rates"`
	PaymentTerms []PaymentTerm `json:"payment_terms"`
	GoverningLaw []Law         `json:"governing_law"`
}

// Span is the position and original text shared by every term.
type Span struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Party is a contracting party.
type Party struct {
	Span
	Name string `json:"name"`
	// IDNumber is the registration or identity number as written (ח.פ.,
	// ע.מ., ת.ז., company number).
	IDNumber string `json:"id_number,omitempty"`
	// IDKind is "company" (ח.פ.), "dealer" (ע.מ.), "person" (ת.ז.) or
	// "registration" (a foreign company number).
	IDKind string `json:"id_kind,omitempty"`
	// IDValid reports the Israeli check digit of a nine-digit number; nil
	// when the check does not apply.
	IDValid *bool  `json:"id_valid,omitempty"`
	Role    string `json:"role"`
	// Term is the defined term the agreement uses for the party ("הספק").
	Term string `json:"term,omitempty"`
}

// Date is a calendar date.
type Date struct {
	Span
	Value string `json:"value"`
	// Note says how an ambiguous numeric date was read (day-first or
	// month-first) and why.
	Note string `json:"note,omitempty"`
}

// Duration is a length of time, with the event it counts from when stated.
type Duration struct {
	Span
	Count  int    `json:"count"`
	Unit   string `json:"unit"`
	Anchor string `json:"anchor,omitempty"`
}

// Amount is a sum of money.
type Amount struct {
	Span
	Value    string `json:"value"`
	Currency string `json:"currency"`
	VAT      string `json:"vat"`
}

// Rate is a percentage, per period when stated.
type Rate struct {
	Span
	Percent string `json:"percent"`
	Per     string `json:"per,omitempty"`
}

// PaymentTerm is a rule for when payment is due.
type PaymentTerm struct {
	Span
	Kind string `json:"kind"`
	Days int    `json:"days,omitempty"`
}

// Law is a governing-law statement.
type Law struct {
	Span
	Jurisdiction string `json:"jurisdiction"`
}
