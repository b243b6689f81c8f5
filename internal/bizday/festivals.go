package bizday

import (
	"sort"
	"time"
)

// What the computed calendar contains, and why (see also israel-facts.md §6):
//
// Rest days (KindRest), the days s.18א(א) of the Law and Administration
// Ordinance makes rest days for Jews, plus Independence Day:
// Rosh Hashanah 1–2 Tishrei, Yom Kippur 10 Tishrei, Sukkot 15 Tishrei,
// Shemini Atzeret / Simchat Torah 22 Tishrei (one day in Israel), Pesach
// 15 and 21 Nisan, Shavuot 6 Sivan, and Yom Ha'atzmaut (5 Iyar, moved by the
// Independence Day Law: from Friday to Thursday 4 Iyar, from Saturday to
// Thursday 3 Iyar, and — since 2004 — from Monday to Tuesday 6 Iyar, so that
// neither it nor Memorial Day the day before touches Shabbat).
//
// Eves (KindEve): Erev Rosh Hashanah 29 Elul, Erev Yom Kippur 9 Tishrei,
// Erev Sukkot 14 Tishrei, Erev Pesach 14 Nisan, Erev Shavuot 5 Sivan.
//
// Chol HaMoed (KindCholHamoed): 16–21 Tishrei and 16–20 Nisan. The last of
// each is also an eve — Hoshana Rabbah before Shemini Atzeret, and the eve
// of Pesach's seventh day; they are listed once, as Chol HaMoed, under names
// that say so. Every policy here treats the two kinds alike.
//
// Memorial days (KindMemorial): Yom HaShoah (27 Nisan; from Friday to
// Thursday, from Sunday to Monday), Yom HaZikaron (the day before the
// observed Independence Day), Tisha B'Av (9 Av; on Shabbat it is kept on
// Sunday 10 Av).
//
// Other (KindOther): Purim (14 Adar, or Adar II in a leap year — the date
// kept everywhere but Jerusalem) and the first day of Hanukkah (25 Kislev;
// schools close for the week, offices do not).
//
// Deliberately left out: Shushan Purim, Tu BiShvat, Lag BaOmer, Yom
// Yerushalayim and the fast days other than Tisha B'Av — ordinary working
// days in the economy — and non-Jewish communities' rest days, which an
// operator can add. The festivals are computed for every year; the modern
// state's days start when their laws did: Independence Day and Memorial Day
// from 1949, Yom HaShoah from 1959. Before those years' rules settled,
// real observance sometimes differed from the rules applied here.

// Hebrew years of the modern laws, and the first year of the Monday move
// (5 Iyar 5764 was Monday 26 April 2004, observed on Tuesday).
const (
	firstIndependenceYear = 5709 // 1949
	firstHolocaustDayYear = 5719 // 1959
	firstMondayMoveYear   = 5764 // 2004
)

// spec is one computed entry: a Hebrew month and day plus names and kind.
type spec struct {
	month  HebrewMonth
	day    int
	nameHe string
	nameEn string
	kind   Kind
}

// fixedFestivals are the entries whose Hebrew date never moves.
var fixedFestivals = []spec{
	{Tishrei, 1, "ראש השנה (יום א׳)", "Rosh Hashanah I", KindRest},
	{Tishrei, 2, "ראש השנה (יום ב׳)", "Rosh Hashanah II", KindRest},
	{Tishrei, 9, "ערב יום כיפור", "Erev Yom Kippur", KindEve},
	{Tishrei, 10, "יום כיפור", "Yom Kippur", KindRest},
	{Tishrei, 14, "ערב סוכות", "Erev Sukkot", KindEve},
	{Tishrei, 15, "סוכות", "Sukkot I", KindRest},
	{Tishrei, 16, "חול המועד סוכות", "Chol HaMoed Sukkot", KindCholHamoed},
	{Tishrei, 17, "חול המועד סוכות", "Chol HaMoed Sukkot", KindCholHamoed},
	{Tishrei, 18, "חול המועד סוכות", "Chol HaMoed Sukkot", KindCholHamoed},
	{Tishrei, 19, "חול המועד סוכות", "Chol HaMoed Sukkot", KindCholHamoed},
	{Tishrei, 20, "חול המועד סוכות", "Chol HaMoed Sukkot", KindCholHamoed},
	{Tishrei, 21, "הושענא רבה (ערב שמיני עצרת)", "Hoshana Rabbah (Erev Shemini Atzeret)", KindCholHamoed},
	{Tishrei, 22, "שמיני עצרת ושמחת תורה", "Shemini Atzeret / Simchat Torah", KindRest},
	{Kislev, 25, "חנוכה (יום א׳)", "Hanukkah (first day)", KindOther},
	{Nisan, 14, "ערב פסח", "Erev Pesach", KindEve},
	{Nisan, 15, "פסח", "Pesach I", KindRest},
	{Nisan, 16, "חול המועד פסח", "Chol HaMoed Pesach", KindCholHamoed},
	{Nisan, 17, "חול המועד פסח", "Chol HaMoed Pesach", KindCholHamoed},
	{Nisan, 18, "חול המועד פסח", "Chol HaMoed Pesach", KindCholHamoed},
	{Nisan, 19, "חול המועד פסח", "Chol HaMoed Pesach", KindCholHamoed},
	{Nisan, 20, "חול המועד פסח (ערב שביעי של פסח)", "Chol HaMoed Pesach (Erev Pesach VII)", KindCholHamoed},
	{Nisan, 21, "שביעי של פסח", "Pesach VII", KindRest},
	{Sivan, 5, "ערב שבועות", "Erev Shavuot", KindEve},
	{Sivan, 6, "שבועות", "Shavuot", KindRest},
	{Elul, 29, "ערב ראש השנה", "Erev Rosh Hashanah", KindEve},
}

// hebrewYearEntries lists the entries of Hebrew year hy, from 1 Tishrei to
// 29 Elul, unsorted.
func hebrewYearEntries(hy int) []Holiday {
	out := make([]Holiday, 0, len(fixedFestivals)+6)
	add := func(s spec) {
		out = append(out, Holiday{
			Date:    FromHebrew(HebrewDate{hy, s.month, s.day}),
			NameHe:  s.nameHe,
			NameEn:  s.nameEn,
			RestDay: s.kind == KindRest,
			Kind:    s.kind,
		})
	}
	for _, s := range fixedFestivals {
		add(s)
	}
	// Purim is in the last Adar of the year.
	add(spec{lastMonthOfYear(hy), 14, "פורים", "Purim", KindOther})
	add(spec{Av, tishaBAvDay(hy), "תשעה באב", "Tisha B'Av", KindMemorial})
	if hy >= firstHolocaustDayYear {
		add(spec{Nisan, yomHaShoahDay(hy), "יום הזיכרון לשואה ולגבורה", "Yom HaShoah (Holocaust Remembrance Day)", KindMemorial})
	}
	if hy >= firstIndependenceYear {
		d := independenceDay(hy)
		add(spec{Iyyar, d - 1, "יום הזיכרון לחללי מערכות ישראל ונפגעי פעולות האיבה", "Yom HaZikaron (Memorial Day)", KindMemorial})
		add(spec{Iyyar, d, "יום העצמאות", "Yom Ha'atzmaut (Independence Day)", KindRest})
	}
	return out
}

// weekdayOf is the weekday of day d of Hebrew month m of year hy.
func weekdayOf(hy int, m HebrewMonth, d int) time.Weekday {
	return FromHebrew(HebrewDate{hy, m, d}).Weekday()
}

// independenceDay is the Iyar day on which Independence Day is kept in
// Hebrew year hy (Independence Day Law, התש"ט–1949, as amended).
func independenceDay(hy int) int {
	switch weekdayOf(hy, Iyyar, 5) {
	case time.Friday:
		return 4
	case time.Saturday:
		return 3
	case time.Monday:
		if hy >= firstMondayMoveYear {
			return 6
		}
	}
	return 5
}

// yomHaShoahDay keeps Holocaust Remembrance Day off the Shabbat's edges:
// 27 Nisan on a Friday moves to Thursday, on a Sunday to Monday.
func yomHaShoahDay(hy int) int {
	switch weekdayOf(hy, Nisan, 27) {
	case time.Friday:
		return 26
	case time.Sunday:
		return 28
	}
	return 27
}

// tishaBAvDay is 9 Av, or 10 Av when the 9th is Shabbat (a fast is not kept
// on Shabbat; it is postponed, "nidcheh").
func tishaBAvDay(hy int) int {
	if weekdayOf(hy, Av, 9) == time.Saturday {
		return 10
	}
	return 9
}

// gregorianYearEntries is the computed calendar of Gregorian year gy,
// sorted by date. The Hebrew years gy+3760 (autumn gy-1 to autumn gy) and
// gy+3761 (autumn gy onward) together cover it.
func gregorianYearEntries(gy int) []Holiday {
	var out []Holiday
	for _, hy := range []int{gy + 3760, gy + 3761} {
		for _, h := range hebrewYearEntries(hy) {
			if h.Date.Year() == gy {
				out = append(out, h)
			}
		}
	}
	sortHolidays(out)
	return out
}

// sortHolidays orders by date, then rest days before other entries.
func sortHolidays(hs []Holiday) {
	sort.SliceStable(hs, func(i, j int) bool {
		if !hs[i].Date.Equal(hs[j].Date) {
			return hs[i].Date.Before(hs[j].Date)
		}
		return hs[i].Kind.rank() < hs[j].Kind.rank()
	})
}
