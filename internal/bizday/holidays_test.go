package bizday

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"
)

// publishedYear is one row of testdata/holidays_2020_2035.tsv.
type publishedYear struct {
	year                                                    int
	roshHashanah, yomKippur, sukkot, pesach, shavuot, iyar5 time.Time
	yomHaatzmaut                                            time.Time
}

func loadPublished(t *testing.T) []publishedYear {
	t.Helper()
	f, err := os.Open("testdata/holidays_2020_2035.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []publishedYear
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		text := sc.Text()
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		cols := strings.Split(text, "\t")
		if len(cols) != 9 {
			t.Fatalf("line %d: %d columns, want 9", line, len(cols))
		}
		var row publishedYear
		if row.year, err = strconv.Atoi(cols[0]); err != nil {
			t.Fatalf("line %d: %v", line, err)
		}
		for i, dst := range []*time.Time{&row.roshHashanah, &row.yomKippur, &row.sukkot, &row.pesach, &row.shavuot, &row.iyar5, &row.yomHaatzmaut} {
			if *dst, err = ParseDate(cols[i+1]); err != nil {
				t.Fatalf("line %d: %v", line, err)
			}
		}
		out = append(out, row)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// The computed calendar matches the published table for every year
// 2020–2035.
func TestHolidaysMatchPublished(t *testing.T) {
	rows := loadPublished(t)
	if len(rows) != 16 || rows[0].year != 2020 || rows[15].year != 2035 {
		t.Fatalf("testdata covers %d rows, want the 16 years 2020–2035", len(rows))
	}
	c := New()
	for _, row := range rows {
		byName := map[string]time.Time{}
		for _, h := range c.Holidays(row.year) {
			if _, seen := byName[h.NameEn]; !seen {
				byName[h.NameEn] = h.Date
			}
		}
		want := []struct {
			name string
			date time.Time
		}{
			{"Rosh Hashanah I", row.roshHashanah},
			{"Rosh Hashanah II", row.roshHashanah.Add(day)},
			{"Yom Kippur", row.yomKippur},
			{"Sukkot I", row.sukkot},
			{"Shemini Atzeret / Simchat Torah", row.sukkot.AddDate(0, 0, 7)},
			{"Pesach I", row.pesach},
			{"Pesach VII", row.pesach.AddDate(0, 0, 6)},
			{"Shavuot", row.shavuot},
			{"Yom Ha'atzmaut (Independence Day)", row.yomHaatzmaut},
			{"Yom HaZikaron (Memorial Day)", row.yomHaatzmaut.Add(-day)},
		}
		for _, w := range want {
			got, ok := byName[w.name]
			if !ok || !got.Equal(w.date) {
				t.Errorf("%d %s: got %s, published %s", row.year, w.name, got.Format(time.DateOnly), w.date.Format(time.DateOnly))
			}
		}
		if h := ToHebrew(row.iyar5); h.Month != Iyyar || h.Day != 5 {
			t.Errorf("%d: published 5 Iyar %s converts to %s", row.year, row.iyar5.Format(time.DateOnly), h.English())
		}
	}
}

// Single dates published outside this package, including the moved and
// postponed days.
func TestHolidaysKnownCases(t *testing.T) {
	c := New()
	tests := []struct {
		date   time.Time
		nameEn string
		kind   Kind
		source string
	}{
		{Date(2026, 9, 12), "Rosh Hashanah I", KindRest, "task"},
		{Date(2026, 9, 13), "Rosh Hashanah II", KindRest, "task"},
		{Date(2026, 4, 2), "Pesach I", KindRest, "task"},
		{Date(2021, 4, 15), "Yom Ha'atzmaut (Independence Day)", KindRest, "vacanza: 5 Iyar on Saturday, kept Thursday"},
		{Date(2021, 4, 14), "Yom HaZikaron (Memorial Day)", KindMemorial, "vacanza"},
		{Date(2022, 5, 4), "Yom HaZikaron (Memorial Day)", KindMemorial, "vacanza: 5 Iyar on Friday"},
		{Date(2004, 4, 27), "Yom Ha'atzmaut (Independence Day)", KindRest, "vacanza: first Monday move"},
		{Date(2041, 5, 7), "Yom Ha'atzmaut (Independence Day)", KindRest, "hebcal-es6 modern.spec.js"},
		{Date(2041, 5, 6), "Yom HaZikaron (Memorial Day)", KindMemorial, "hebcal-es6 modern.spec.js"},
		{Date(2041, 4, 29), "Yom HaShoah (Holocaust Remembrance Day)", KindMemorial, "hebcal-es6 modern.spec.js"},
		{Date(2022, 8, 7), "Tisha B'Av", KindMemorial, "vacanza: 9 Av on Shabbat, kept Sunday"},
		{Date(2023, 7, 27), "Tisha B'Av", KindMemorial, "vacanza"},
		{Date(2024, 3, 24), "Purim", KindOther, "vacanza: leap year, Adar II"},
		{Date(2021, 2, 26), "Purim", KindOther, "vacanza"},
		{Date(2021, 11, 29), "Hanukkah (first day)", KindOther, "vacanza"},
		{Date(2024, 12, 26), "Hanukkah (first day)", KindOther, "vacanza"},
		{Date(2021, 9, 22), "Chol HaMoed Sukkot", KindCholHamoed, "vacanza"},
		{Date(2021, 4, 2), "Chol HaMoed Pesach (Erev Pesach VII)", KindCholHamoed, "vacanza: 2021-03-29…04-02"},
		{Date(2026, 9, 11), "Erev Rosh Hashanah", KindEve, "29 Elul 5786"},
		{Date(2022, 11, 1), "Knesset election day (25th Knesset)", KindRest, "restdays.json"},
	}
	for _, tt := range tests {
		found := false
		for _, h := range c.On(tt.date) {
			if h.NameEn == tt.nameEn {
				found = true
				if h.Kind != tt.kind || h.RestDay != (tt.kind == KindRest) {
					t.Errorf("%s %s: kind %s rest %v, want %s (%s)", tt.date.Format(time.DateOnly), tt.nameEn, h.Kind, h.RestDay, tt.kind, tt.source)
				}
			}
		}
		if !found {
			t.Errorf("%s: no %q in %v (%s)", tt.date.Format(time.DateOnly), tt.nameEn, c.On(tt.date), tt.source)
		}
	}
}

// Yom Ha'atzmaut and Yom HaZikaron never touch Shabbat: Independence Day is
// kept on 3–6 Iyar, Tuesday to Thursday (Monday allowed only before the
// 2004 amendment), and Memorial Day is the day before it. Checked for every
// year the law applies to, up to 2100.
func TestYomHaatzmautMoves(t *testing.T) {
	c := New()
	for y := 1949; y <= 2100; y++ {
		var yha, yhz []time.Time
		for _, h := range c.Holidays(y) {
			switch h.NameEn {
			case "Yom Ha'atzmaut (Independence Day)":
				yha = append(yha, h.Date)
			case "Yom HaZikaron (Memorial Day)":
				yhz = append(yhz, h.Date)
			}
		}
		if len(yha) != 1 || len(yhz) != 1 {
			t.Fatalf("%d: %d Independence Days and %d Memorial Days, want one each", y, len(yha), len(yhz))
		}
		d := yha[0]
		wd := d.Weekday()
		ok := wd == time.Tuesday || wd == time.Wednesday || wd == time.Thursday || (y < 2004 && wd == time.Monday)
		if !ok {
			t.Errorf("%d: Independence Day on %s %s", y, wd, d.Format(time.DateOnly))
		}
		if h := ToHebrew(d); h.Month != Iyyar || h.Day < 3 || h.Day > 6 {
			t.Errorf("%d: Independence Day on %s", y, h.English())
		}
		if !yhz[0].Equal(d.Add(-day)) {
			t.Errorf("%d: Memorial Day %s is not the day before Independence Day %s", y, yhz[0].Format(time.DateOnly), d.Format(time.DateOnly))
		}
		if wd := yhz[0].Weekday(); wd == time.Friday || wd == time.Saturday {
			t.Errorf("%d: Memorial Day on %s", y, wd)
		}
	}
}

// Every Gregorian year from 1949 has the nine statutory rest days, the
// five eves and eleven Chol HaMoed days; the Hebrew dates are the right ones.
func TestHolidayCountsPerYear(t *testing.T) {
	for y := 1949; y <= 2100; y++ {
		count := map[Kind]int{}
		for _, h := range gregorianYearEntries(y) {
			count[h.Kind]++
			if h.RestDay != (h.Kind == KindRest) {
				t.Errorf("%d %s: RestDay %v with kind %s", y, h.NameEn, h.RestDay, h.Kind)
			}
			if h.Date.Year() != y || !h.Date.Equal(Day(h.Date)) || h.Date.Location() != time.UTC {
				t.Errorf("%d %s: date %v not a day of the year at 00:00 UTC", y, h.NameEn, h.Date)
			}
		}
		want := map[Kind]int{KindRest: 9, KindEve: 5, KindCholHamoed: 11, KindOther: 2, KindMemorial: 3}
		if y < 1959 {
			want[KindMemorial] = 2 // no Yom HaShoah yet
		}
		for k, n := range want {
			if count[k] != n {
				t.Errorf("%d: %d entries of kind %s, want %d", y, count[k], k, n)
			}
		}
	}
}

// Holidays is sorted, returns a copy, and includes the operator's days.
func TestHolidaysSortedCopyWithExtras(t *testing.T) {
	election := Holiday{Date: time.Date(2026, 10, 27, 9, 0, 0, 0, time.FixedZone("IST", 7200)), NameEn: "Knesset election day (26th Knesset)"}
	c := New(election, Holiday{NameEn: "no date, dropped"})
	hs := c.Holidays(2026)
	for i := 1; i < len(hs); i++ {
		if hs[i].Date.Before(hs[i-1].Date) {
			t.Fatalf("not sorted at %d: %s after %s", i, hs[i].Date, hs[i-1].Date)
		}
	}
	got := c.On(Date(2026, 10, 27))
	if len(got) != 1 || !got[0].RestDay || got[0].Kind != KindRest || got[0].NameHe != election.NameEn {
		t.Fatalf("On(27.10.2026) = %+v, want the operator's rest day with names filled in", got)
	}
	for _, h := range hs {
		if h.NameEn == "no date, dropped" {
			t.Errorf("entry without a date was kept: %+v", h)
		}
	}
	hs[0].NameEn = "changed by caller"
	if c.Holidays(2026)[0].NameEn == "changed by caller" {
		t.Error("Holidays returned the cached slice, not a copy")
	}
	if n := len(New().Holidays(2026)); n+1 != len(hs) {
		t.Errorf("with one extra: %d entries, without: %d", len(hs), n)
	}
	if hs := c.Holidays(0); hs != nil {
		t.Errorf("Holidays(0) = %d entries, want none", len(hs))
	}
}

func TestIsRestDay(t *testing.T) {
	c := New()
	tests := []struct {
		date time.Time
		want bool
	}{
		{Date(2026, 4, 4), true},   // Saturday
		{Date(2026, 4, 2), true},   // Pesach I, Thursday
		{Date(2026, 4, 3), false},  // Friday of Chol HaMoed: not a rest day
		{Date(2026, 4, 1), false},  // Erev Pesach
		{Date(2022, 11, 1), true},  // election day
		{Date(2026, 4, 22), true},  // Yom Ha'atzmaut
		{Date(2026, 4, 21), false}, // Yom HaZikaron
	}
	for _, tt := range tests {
		if got := c.IsRestDay(tt.date); got != tt.want {
			t.Errorf("IsRestDay(%s) = %v, want %v", tt.date.Format(time.DateOnly), got, tt.want)
		}
	}
}
