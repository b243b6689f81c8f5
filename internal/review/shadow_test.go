package review

import (
	"math/rand"
	"sort"
	"testing"
)

// TestShadowedHitsMatchesShadowed checks the one-pass shadowedHits against
// shadowed, hit by hit, on random clauses dense with overlapping cues of a
// few items and families, including hits longer than maxPhrase and covers
// that only add Hebrew prefix letters.
func TestShadowedHitsMatchesShadowed(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	families := []int8{famHeading, famStrong, famWeak, famNegative, famExclusion, famCheck, famPairA, famPairB, famSense, famSoftHeading}
	gi := make([]groupInfo, 40)
	for g := range gi {
		gi[g] = groupInfo{item: int8(rng.Intn(5)) - 1, family: families[rng.Intn(len(families))]}
	}
	var out []bool
	for round := 0; round < 3000; round++ {
		hits := make([]hit, rng.Intn(40))
		span := 1 + rng.Intn(200)
		for k := range hits {
			n := 1 + rng.Intn(12)
			if rng.Intn(8) == 0 {
				n = 1 + rng.Intn(maxPhrase)
			}
			if round%10 == 0 && rng.Intn(20) == 0 {
				n = maxPhrase + 1 + rng.Intn(100)
			}
			hits[k] = hit{start: int32(rng.Intn(span)), n: uint8(n), group: int16(rng.Intn(len(gi)))}
		}
		sort.SliceStable(hits, func(i, j int) bool { return hits[i].start < hits[j].start })
		// Letters that are prefixes (ו, ב, ה, ש) and others, so that some
		// covers are a word with its prefix, which does not shadow.
		letters := []rune("ובהשדאל")
		rs := make([]rune, span+maxPhrase+200)
		for k := range rs {
			rs[k] = letters[rng.Intn(len(letters))]
		}
		out = shadowedHits(hits, gi, rs, out)
		for k := range hits {
			want := gi[hits[k].group].item >= 0 && shadowed(hits, k, gi, rs)
			if out[k] != want {
				t.Fatalf("round %d hit %d %+v: shadowedHits %v, shadowed %v (hits %+v)", round, k, hits[k], out[k], want, hits)
			}
		}
	}
}
