package schedule

import (
	"testing"

	"github.com/heskem/heskem/internal/heskem"
)

func TestTerm(t *testing.T) {
	d := heskem.NewDate
	yearly := heskem.Renewal{Months: 12, NoticeCount: 60, NoticeUnit: "days"}
	tests := []struct {
		name      string
		end       heskem.Date
		renewal   heskem.Renewal
		today     heskem.Date
		want      Term
		passedNow bool
	}{
		{name: "no renewal: the end date, no notice", end: d(2027, 12, 31), today: d(2027, 6, 15),
			want: Term{End: d(2027, 12, 31)}},
		{name: "60 days before 31.12.2027 is Monday 1.11.2027", end: d(2027, 12, 31), renewal: yearly, today: d(2027, 6, 15),
			want: Term{End: d(2027, 12, 31), Renews: true, NoticeBy: d(2027, 11, 1), NoticeStatus: Upcoming, NextEnd: d(2028, 12, 31), NextNoticeBy: d(2028, 11, 1)}},
		{name: "the day after the deadline: passed, the period still runs", end: d(2027, 12, 31), renewal: yearly, today: d(2027, 11, 2),
			want:      Term{End: d(2027, 12, 31), Renews: true, NoticeBy: d(2027, 11, 1), NextEnd: d(2028, 12, 31), NextNoticeBy: d(2028, 11, 1)},
			passedNow: true},
		{name: "after the end it has renewed once", end: d(2027, 12, 31), renewal: yearly, today: d(2028, 1, 5),
			want: Term{End: d(2028, 12, 31), Renewals: 1, Renews: true, NoticeBy: d(2028, 11, 1), NoticeStatus: Upcoming, NextEnd: d(2029, 12, 31), NextNoticeBy: d(2029, 11, 1)}},
		{name: "a deadline on Saturday moves back to Thursday", end: d(2027, 6, 28), renewal: heskem.Renewal{Months: 12, NoticeCount: 30, NoticeUnit: "days"},
			today: d(2027, 1, 1),
			want:  Term{End: d(2027, 6, 28), Renews: true, NoticeBy: d(2027, 5, 27), NoticeStatus: Upcoming, NextEnd: d(2028, 6, 28), NextNoticeBy: d(2028, 5, 29)}},
		{name: "monthly renewals keep to month ends; a month's notice", end: d(2027, 1, 31), renewal: heskem.Renewal{Months: 1, NoticeCount: 1, NoticeUnit: "months"},
			today:     d(2027, 2, 10),
			want:      Term{End: d(2027, 2, 28), Renewals: 1, Renews: true, NoticeBy: d(2027, 1, 28), NextEnd: d(2027, 3, 31), NextNoticeBy: d(2027, 2, 28)},
			passedNow: true},
		{name: "five business days before Thursday 21.1.2027", end: d(2027, 1, 21), renewal: heskem.Renewal{Months: 6, NoticeCount: 5, NoticeUnit: "business_days"},
			today: d(2027, 1, 1),
			want:  Term{End: d(2027, 1, 21), Renews: true, NoticeBy: d(2027, 1, 14), NoticeStatus: DueSoon, NextEnd: d(2027, 7, 21), NextNoticeBy: d(2027, 7, 14)}},
		{name: "two weeks", end: d(2027, 8, 31), renewal: heskem.Renewal{Months: 12, NoticeCount: 2, NoticeUnit: "weeks"},
			today: d(2027, 1, 1),
			want:  Term{End: d(2027, 8, 31), Renews: true, NoticeBy: d(2027, 8, 17), NoticeStatus: Upcoming, NextEnd: d(2028, 8, 31), NextNoticeBy: d(2028, 8, 17)}},
		{name: "renews with no notice period", end: d(2027, 8, 31), renewal: heskem.Renewal{Months: 12}, today: d(2027, 1, 1),
			want: Term{End: d(2027, 8, 31), Renews: true, NextEnd: d(2028, 8, 31)}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := input(t)
			in.Agreement.EndDate, in.Agreement.Renewal, in.Today = tc.end, tc.renewal, tc.today
			got := Compute(in).Term
			if got != tc.want {
				t.Errorf("term =\n %+v\nwant\n %+v", got, tc.want)
			}
			if got.NoticePassed(tc.today) != tc.passedNow {
				t.Errorf("NoticePassed(%s) = %v", tc.today, !tc.passedNow)
			}
		})
	}
}
