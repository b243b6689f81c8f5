package review

import (
	"testing"
	"unicode/utf8"
)

// TestDecodeRune checks decodeRune against utf8.DecodeRuneInString on
// every lead byte followed by every second byte, and on short input.
func TestDecodeRune(t *testing.T) {
	for a := 0; a < 256; a++ {
		for b := 0; b < 256; b++ {
			for _, s := range []string{string([]byte{byte(a)}), string([]byte{byte(a), byte(b)}), string([]byte{byte(a), byte(b), 0x80})} {
				r, n := decodeRune(s)
				wr, wn := utf8.DecodeRuneInString(s)
				if r != wr || n != wn {
					t.Fatalf("decodeRune(%q) = %q, %d; want %q, %d", s, r, n, wr, wn)
				}
			}
		}
	}
}
