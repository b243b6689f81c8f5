package bizday

import (
	"fmt"
	"time"
)

// Kind says how a holiday bears on work, which is what business-day
// policies look at.
type Kind string

// The kinds of calendar entry.
const (
	// KindRest is a statutory rest day: the Jewish festivals of s.18א(א) of
	// the Law and Administration Ordinance, Independence Day, and the
	// operator's shabbaton days (Knesset election days).
	KindRest Kind = "rest"
	// KindEve is the eve of a festival (ערב חג): a short day in most
	// workplaces and a non-working day under the tender regulations.
	KindEve Kind = "eve"
	// KindCholHamoed is an intermediate day of Sukkot or Pesach, including
	// Hoshana Rabbah and the eve of Pesach's seventh day, which are
	// intermediate days as well as eves.
	KindCholHamoed Kind = "chol_hamoed"
	// KindMemorial is a day of national mourning on which work goes on but
	// places of entertainment close: Yom HaShoah, Yom HaZikaron, Tisha B'Av.
	KindMemorial Kind = "memorial"
	// KindOther is any other marked day (Purim, the first day of Hanukkah).
	KindOther Kind = "other"
)

// Kinds lists every kind, in the order above.
func Kinds() []Kind {
	return []Kind{KindRest, KindEve, KindCholHamoed, KindMemorial, KindOther}
}

// valid reports whether k is one of the defined kinds.
func (k Kind) valid() bool {
	switch k {
	case KindRest, KindEve, KindCholHamoed, KindMemorial, KindOther:
		return true
	}
	return false
}

// rank puts the more important entry first when two share a date.
func (k Kind) rank() int {
	switch k {
	case KindRest:
		return 0
	case KindEve:
		return 1
	case KindCholHamoed:
		return 2
	case KindMemorial:
		return 3
	}
	return 4
}

// Holiday is one dated calendar entry. RestDay is true exactly when Kind is
// KindRest; both are kept because most callers only ask "is it a day off".
type Holiday struct {
	Date    time.Time `json:"date"` // 00:00 UTC
	NameHe  string    `json:"name_he"`
	NameEn  string    `json:"name_en"`
	RestDay bool      `json:"rest_day"`
	Kind    Kind      `json:"kind"`
}

// Hebrew is the Hebrew date of the holiday.
func (h Holiday) Hebrew() HebrewDate { return ToHebrew(h.Date) }

// normalize checks an operator-supplied Holiday strictly and makes it
// consistent: the date is stripped to its day, an empty kind follows
// RestDay (KindRest or KindOther), RestDay follows the kind, and a missing
// name in one language is filled from the other.
func (h Holiday) normalize() (Holiday, error) {
	if h.Date.IsZero() {
		return h, fmt.Errorf("holiday %q: no date", h.NameEn)
	}
	when := h.Date.Format(time.DateOnly)
	if h.NameHe == "" && h.NameEn == "" {
		return h, fmt.Errorf("holiday on %s: no name", when)
	}
	h.Date = Day(h.Date)
	switch {
	case h.Kind == "" && h.RestDay:
		h.Kind = KindRest
	case h.Kind == "":
		h.Kind = KindOther
	case !h.Kind.valid():
		return h, fmt.Errorf("holiday %q on %s: unknown kind %q (valid: rest, eve, chol_hamoed, memorial, other)", h.NameEn, when, h.Kind)
	case h.RestDay && h.Kind != KindRest:
		return h, fmt.Errorf("holiday %q on %s: rest_day is true but kind is %q", h.NameEn, when, h.Kind)
	}
	h.RestDay = h.Kind == KindRest
	if h.NameHe == "" {
		h.NameHe = h.NameEn
	}
	if h.NameEn == "" {
		h.NameEn = h.NameHe
	}
	return h, nil
}

// lenient is how New reads the entries passed to it, which has no error to
// return: every entry with a date is kept; an empty or unknown kind makes it
// a rest day (New's extras are rest days unless they say otherwise), and
// missing names become "יום שבתון" / "Rest day".
func (h Holiday) lenient() (Holiday, bool) {
	if h.Date.IsZero() {
		return h, false
	}
	h.Date = Day(h.Date)
	if !h.Kind.valid() {
		h.Kind = KindRest
	}
	h.RestDay = h.Kind == KindRest
	if h.NameHe == "" && h.NameEn == "" {
		h.NameHe, h.NameEn = "יום שבתון", "Rest day"
	}
	if h.NameHe == "" {
		h.NameHe = h.NameEn
	}
	if h.NameEn == "" {
		h.NameEn = h.NameHe
	}
	return h, true
}
