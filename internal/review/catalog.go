package review

// itemDef is one rubric item or protection: its identifier (a stable
// contract), its step ("" for a protection) and the sub-checks of its
// "complete when" column in report order.
type itemDef struct {
	id     string
	step   string
	checks []string
	// negatable items read a negated core phrase as an explicit exclusion
	// ("no penalty shall apply"). For the others a negation is part of
	// the substance ("shall not disclose", "אין יחסי עובד ומעביד").
	negatable bool
	// affirmOnly items drop a cue inside a negation without reading it as
	// an exclusion: "ולא יגדיל את תקרת השעות" adapts nothing, and "no
	// workshops are included" plans no joint activity, but neither is a
	// decision the rubric asks to report.
	affirmOnly bool
	// clausePairs items count a "together" pair anywhere in one clause,
	// not only in one sentence: extra work is named in one sentence and
	// priced or ordered in the next ("Anything not listed above is
	// extra. We'll give you a price before we do it.").
	clausePairs bool
}

// catalog lists the items in RUBRIC.md order: the four steps, then the
// protections.
var catalog = [...]itemDef{
	{id: "scope", step: "components", checks: []string{"services", "acceptance", "exclusions"}},
	{id: "schedule", step: "components", checks: []string{"start", "end", "milestones"}},
	{id: "payment", step: "components", checks: []string{"price", "due_time"}},
	{id: "late_payment", step: "components", checks: []string{"consequence"}, negatable: true},
	{id: "additional_services", step: "components", checks: []string{"ordering", "pricing"}, negatable: true, clausePairs: true},
	{id: "unforeseen", step: "components", checks: []string{"events", "effect"}},
	{id: "communication", step: "trust", checks: []string{"channels", "rhythm"}},
	{id: "meeting_summaries", step: "trust", checks: []string{"written", "distribution"}, affirmOnly: true},
	{id: "flexibility", step: "trust", checks: []string{"mechanism"}, affirmOnly: true},
	{id: "clarity", step: "disputes"},
	{id: "changes", step: "disputes", checks: []string{"request", "impact", "approval", "in_writing"}, negatable: true},
	{id: "sanctions", step: "disputes", checks: []string{"amount_or_rate", "cure_period"}, negatable: true},
	{id: "dispute_resolution", step: "disputes", checks: []string{"forum", "governing_law"}},
	{id: "termination", step: "disputes", checks: []string{"right", "notice", "effects"}, negatable: true},
	{id: "collaboration", step: "partnership", checks: []string{"mutual"}, affirmOnly: true},
	{id: "shared_activities", step: "partnership", checks: []string{"recurring"}, affirmOnly: true},
	{id: "contacts", step: "partnership", checks: []string{"names", "details", "backup"}},
	{id: "confidentiality", checks: []string{"general_duty"}},
	{id: "intellectual_property", checks: []string{"ownership"}},
	{id: "liability", checks: []string{"cap_or_indemnity"}},
	{id: "independent_contractor", checks: []string{"status", "no_employment"}},
	{id: "data_protection", checks: []string{"handling"}},
}

// stepIDs are the four steps in report order.
var stepIDs = [...]string{"components", "trust", "disputes", "partnership"}

// nItems is the number of catalog entries; per-clause accumulators are
// arrays of this size.
const nItems = len(catalog)

// itemIndex returns the catalog index of an item id, or -1.
func itemIndex(id string) int {
	for i := range catalog {
		if catalog[i].id == id {
			return i
		}
	}
	return -1
}

func specByID(id string) (*itemDef, bool) {
	if i := itemIndex(id); i >= 0 {
		return &catalog[i], true
	}
	return nil, false
}

func specHasCheckPhrases(id, check string) bool {
	d, ok := specByID(id)
	if !ok {
		return false
	}
	for _, c := range d.checks {
		if c == check {
			return true
		}
	}
	return false
}

func checkIndex(d *itemDef, check string) int {
	for i, c := range d.checks {
		if c == check {
			return i
		}
	}
	return -1
}
