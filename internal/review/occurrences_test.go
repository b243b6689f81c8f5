package review

import (
	"math/rand/v2"
	"testing"
)

// TestOccurrences reads back what was added, in order, with ids and
// distances that fit a word and ones that need the escape, in chunks small
// enough that escaped occurrences span them.
func TestOccurrences(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for _, chunk := range []int{1, 2, 3, 7, 256} {
		o := occurrences{chunk: chunk}
		type occ struct{ id, end int }
		var want []occ
		end := 0
		for i := 0; i < 5000; i++ {
			switch r := rng.IntN(10); {
			case r == 0:
				end += occMaxDelta + rng.IntN(3)
			case r < 5:
				end += rng.IntN(20)
			}
			id := rng.IntN(50000)
			if rng.IntN(20) == 0 {
				id = occMaxID - 1 + rng.IntN(4)
			}
			want = append(want, occ{id, end})
			o.add(id, end)
		}
		k := 0
		o.each(func(id, end int) {
			if k >= len(want) || want[k] != (occ{id, end}) {
				t.Fatalf("chunk %d: occurrence %d = %d,%d, want %v", chunk, k, id, end, want[min(k, len(want)-1)])
			}
			k++
		})
		if k != len(want) {
			t.Fatalf("chunk %d: %d occurrences read, want %d", chunk, k, len(want))
		}
	}
}
