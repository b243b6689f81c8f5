package review

import (
	"cmp"
	"math/rand"
	"slices"
	"testing"
)

// TestSortByStart checks sortByStart against a stable sort, on lists in the
// automaton's order (by end) and on shuffled lists that exhaust its budget
// of moves.
func TestSortByStart(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	for round := 0; round < 500; round++ {
		var hits []hit
		for end := 1; end < 400; end++ {
			for k := rng.Intn(4); k > 0; k-- {
				n := 1 + rng.Intn(maxPhrase)
				if round%2 == 1 {
					n = 1 + rng.Intn(6)
				}
				hits = append(hits, hit{pat: int32(len(hits)), start: int32(max(end-n, 0))})
			}
		}
		if round%5 == 0 {
			rng.Shuffle(len(hits), func(i, j int) { hits[i], hits[j] = hits[j], hits[i] })
		}
		want := slices.Clone(hits)
		slices.SortStableFunc(want, func(a, b hit) int { return cmp.Compare(a.start, b.start) })
		sortByStart(hits)
		if !slices.Equal(hits, want) {
			t.Fatalf("round %d: got %v, want %v", round, hits, want)
		}
	}
}
