package review

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestOrigTextByteOff checks byteOff, at and slice against a walk from the
// start, on text that mixes ASCII stretches (which byteOff skips without
// decoding) with Hebrew and invalid bytes, across many mark boundaries.
func TestOrigTextByteOff(t *testing.T) {
	s := strings.Repeat("a", 130) + "שלום\xffb" + strings.Repeat("x", 200) + "\xd7" + strings.Repeat("עברית ", 30) + strings.Repeat("z", 64)
	o := newOrigText(s)
	i, r := 0, 0
	for {
		if got := o.byteOff(r); got != i {
			t.Fatalf("byteOff(%d) = %d, want %d", r, got, i)
		}
		if i == len(s) {
			break
		}
		c, size := utf8.DecodeRuneInString(s[i:])
		if got := o.at(r); got != c {
			t.Fatalf("at(%d) = %q, want %q", r, got, c)
		}
		i += size
		r++
	}
	if r != o.n {
		t.Fatalf("n = %d, want %d", o.n, r)
	}
	if got := o.slice(129, 136); got != "aשלום\uFFFDb" {
		t.Errorf("slice = %q", got)
	}
}
