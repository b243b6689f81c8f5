package review

import "testing"

// dealt is a test-only expectation: the item is present or partial, either
// way dealt with. The corpus is scored on dealt-with versus missing, and a
// cue family's job is to get that decision right; the sub-checks that split
// present from partial are tested in items_test.go.
const dealt Status = "dealt"

// familyCase is one way lawyers express (or seem to express) an item.
type familyCase struct {
	item   string
	family string
	text   string
	want   Status
}

// TestCueFamilies checks every cue family of the items that generalized
// worst, in both languages: each family with a clause that uses it, a
// negated or excluded form where the item is negatable, and a look-alike
// that uses the same words in another sense. The clauses are written for
// this test, not copied from the corpus.
func TestCueFamilies(t *testing.T) {
	e := newTestEngine(t)
	cases := familyCasesIP()
	cases = append(cases, familyCasesFlexibility()...)
	cases = append(cases, familyCasesSchedule()...)
	cases = append(cases, familyCasesUnforeseen()...)
	cases = append(cases, familyCasesShared()...)
	cases = append(cases, familyCasesContractor()...)
	cases = append(cases, familyCasesTermination()...)
	cases = append(cases, familyCasesScope()...)
	cases = append(cases, familyCasesMore()...)
	cases = append(cases, familyCasesRound2()...)
	cases = append(cases, familyCasesBoilerplate()...)
	cases = append(cases, familyCasesDev3()...)
	cases = append(cases, familyCasesRound3()...)
	cases = append(cases, familyCasesRound3b()...)
	cases = append(cases, familyCasesRound3More()...)
	cases = append(cases, familyCasesRound3LookAlikes()...)
	cases = append(cases, familyCasesRound3Rhythm()...)
	cases = append(cases, familyCasesRound3Dev4()...)
	cases = append(cases, familyCasesRound3Styles()...)
	cases = append(cases, familyCasesRound3Costs()...)
	for _, tc := range cases {
		t.Run(tc.item+"/"+tc.family, func(t *testing.T) {
			it := itemOf(review(t, e, tc.text), tc.item)
			if it.ID == "" {
				t.Fatalf("item %s not in report", tc.item)
			}
			ok := it.Status == tc.want || (tc.want == dealt && it.Status != Missing)
			if !ok {
				t.Errorf("%s = %s (evidence %v), want %s\n%s", tc.item, it.Status, it.Evidence, tc.want, tc.text)
			}
		})
	}
}
