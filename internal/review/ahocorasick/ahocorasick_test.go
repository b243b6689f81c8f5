package ahocorasick

import (
	"fmt"
	"math/rand"
	"slices"
	"strings"
	"testing"
)

type hit struct{ id, start, end int }

func scanAll(a *Automaton, text string) []hit {
	var hits []hit
	a.Scan([]rune(text), func(id, s, e int) { hits = append(hits, hit{id, s, e}) })
	return hits
}

func build(t testing.TB, pats ...string) *Automaton {
	t.Helper()
	var b Builder
	for _, p := range pats {
		b.Add([]rune(p))
	}
	a, err := b.Build()
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func TestScan(t *testing.T) {
	tests := []struct {
		name string
		pats []string
		text string
		want []hit
	}{
		{"classic he/she/his/hers", []string{"he", "she", "his", "hers"}, "ushers",
			[]hit{{1, 1, 4}, {0, 2, 4}, {3, 2, 6}}},
		{"hebrew", []string{"תשלומ", "שלומ"}, "והתשלומ", []hit{{0, 2, 7}, {1, 3, 7}}},
		{"overlapping repeats", []string{"aa"}, "aaaa", []hit{{0, 0, 2}, {0, 1, 3}, {0, 2, 4}}},
		{"unknown runes reset", []string{"ab"}, "a₪ab", []hit{{0, 2, 4}}},
		{"rune outside direct table", []string{"₪ 5"}, "x₪ 5", []hit{{0, 1, 4}}},
		{"empty pattern never matches", []string{"", "b"}, "ab", []hit{{1, 1, 2}}},
		{"no match", []string{"xyz"}, "abc", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := scanAll(build(t, tt.pats...), tt.text)
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

// TestAgainstNaive compares the automaton with a brute-force search on random
// patterns and texts over a small alphabet, where overlaps are frequent.
func TestAgainstNaive(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	alphabet := []rune("אבגab ")
	word := func(n int) string {
		rs := make([]rune, n)
		for i := range rs {
			rs[i] = alphabet[rng.Intn(len(alphabet))]
		}
		return string(rs)
	}
	for round := 0; round < 200; round++ {
		pats := make([]string, 1+rng.Intn(8))
		for i := range pats {
			pats[i] = word(1 + rng.Intn(4))
		}
		text := word(rng.Intn(60))
		got := scanAll(build(t, pats...), text)
		var want []hit
		tr := []rune(text)
		for end := 1; end <= len(tr); end++ {
			for id, p := range pats {
				pr := []rune(p)
				if s := end - len(pr); s >= 0 && string(tr[s:end]) == p {
					want = append(want, hit{id, s, end})
				}
			}
		}
		sortHits(got)
		sortHits(want)
		if !slices.Equal(got, want) {
			t.Fatalf("round %d pats %q text %q:\n got %v\nwant %v", round, pats, text, got, want)
		}
	}
}

func sortHits(h []hit) {
	slices.SortFunc(h, func(a, b hit) int {
		if a.end != b.end {
			return a.end - b.end
		}
		return a.id - b.id
	})
}

func BenchmarkScan(b *testing.B) {
	var pats []string
	for i := 0; i < 3000; i++ {
		pats = append(pats, fmt.Sprintf("מילה%d דוגמה", i), fmt.Sprintf("word%d sample", i))
	}
	a := build(b, pats...)
	text := []rune(strings.Repeat("הספק ישלם ללקוח word12 sample ומילה7 דוגמה. ", 20000))
	b.SetBytes(int64(len(string(text))))
	b.ReportAllocs()
	b.ResetTimer()
	n := 0
	for i := 0; i < b.N; i++ {
		a.Scan(text, func(int, int, int) { n++ })
	}
	if n == 0 {
		b.Fatal("no matches")
	}
}
