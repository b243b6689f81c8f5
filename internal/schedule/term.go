package schedule

import (
	"time"

	"github.com/heskem/heskem/internal/heskem"
)

// Term is where the agreement's term stands on a day. For an agreement
// that renews automatically, the date that matters most is the last day a
// party can give notice so that it ends: miss it and the agreement runs,
// and is paid for, another period.
type Term struct {
	// End is the last day of the period running on Today: the end date, or
	// the end of the renewal period Today falls in.
	End heskem.Date
	// Renewals counts the periods that have begun after the first by Today.
	Renewals int
	// Renews says the agreement renews at End unless notice is given.
	Renews bool
	// NoticeBy is the last day to give notice of non-renewal so that the
	// agreement ends at End; zero when it does not renew or sets no notice.
	NoticeBy heskem.Date
	// NoticeStatus is DueSoon while NoticeBy is today or within the
	// schedule's soon days, Upcoming before that, and empty once passed or
	// when there is no deadline.
	NoticeStatus Status
	// NextEnd and NextNoticeBy are the same for the period after End, so a
	// calendar can show the deadline after this one.
	NextEnd      heskem.Date
	NextNoticeBy heskem.Date
}

// NoticePassed says the deadline for ending the agreement at End has
// passed on today.
func (t Term) NoticePassed(today heskem.Date) bool {
	return !t.NoticeBy.IsZero() && today.After(t.NoticeBy)
}

// maxRenewals bounds the walk over renewal periods (a hundred years of
// monthly renewals), against a corrupt record looping for long.
const maxRenewals = 1200

// termOf works out the term on in.Today.
func termOf(in Input) Term {
	a := in.Agreement
	if a.EndDate.IsZero() {
		return Term{}
	}
	t := Term{End: a.EndDate}
	months := a.Renewal.Months
	if months <= 0 {
		return t
	}
	t.Renews = true
	for t.End.Before(in.Today) && t.Renewals < maxRenewals {
		t.End = renewedEnd(t.End, months)
		t.Renewals++
	}
	t.NextEnd = renewedEnd(t.End, months)
	t.NoticeBy = noticeBy(t.End, a.Renewal, in.Calendar)
	t.NextNoticeBy = noticeBy(t.NextEnd, a.Renewal, in.Calendar)
	switch {
	case t.NoticeBy.IsZero() || in.Today.After(t.NoticeBy):
	case !in.Today.AddDays(in.SoonDays).Before(t.NoticeBy):
		t.NoticeStatus = DueSoon
	default:
		t.NoticeStatus = Upcoming
	}
	return t
}

// renewedEnd is the last day of the period of months that begins the day
// after end.
func renewedEnd(end heskem.Date, months int) heskem.Date {
	return heskem.DateOf(addMonths(end.AddDays(1).Time(), months).AddDate(0, 0, -1))
}

// addMonths adds months, keeping to the last day of a shorter month
// (31 January + 1 month = 28 or 29 February), as contracts count months.
func addMonths(t time.Time, months int) time.Time {
	first := time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, months, 0)
	last := first.AddDate(0, 1, -1).Day()
	return time.Date(first.Year(), first.Month(), min(t.Day(), last), 0, 0, 0, 0, time.UTC)
}

// noticeBy is the last day notice of r can be given for a period ending on
// end: end less the notice, then back to the last business day on or
// before it — notice given earlier is always in time, notice on a rest
// day may not be received. Zero when r sets no notice.
func noticeBy(end heskem.Date, r heskem.Renewal, cal Calendar) heskem.Date {
	n := r.NoticeCount
	if n <= 0 {
		return heskem.Date{}
	}
	d := end.Time()
	switch r.NoticeUnit {
	case "weeks":
		d = d.AddDate(0, 0, -7*n)
	case "months":
		d = addMonths(d, -n)
	case "business_days":
		if cal == nil {
			d = d.AddDate(0, 0, -n)
			break
		}
		for i := 0; i < n; {
			d = d.AddDate(0, 0, -1)
			if cal.IsBusinessDay(d) {
				i++
			}
		}
	default: // days
		d = d.AddDate(0, 0, -n)
	}
	for i := 0; cal != nil && i < 30 && !cal.IsBusinessDay(d); i++ {
		d = d.AddDate(0, 0, -1)
	}
	return heskem.DateOf(d)
}
