package hebrew

// IsBidiControl reports whether r is a bidirectional formatting character:
// the embeddings and overrides U+202A–U+202E, the isolates U+2066–U+2069, the
// marks U+200E/U+200F and the Arabic letter mark U+061C. They are invisible
// and can make a reader see text in an order different from the one a
// machine (or a court's copy) stores.
func IsBidiControl(r rune) bool {
	return (r >= 0x202A && r <= 0x202E) || (r >= 0x2066 && r <= 0x2069) ||
		r == 0x200E || r == 0x200F || r == 0x061C
}

// IsZeroWidth reports whether r is a zero-width character (U+200B–U+200D,
// U+2060 word joiner, U+FEFF byte-order mark / zero-width no-break space).
func IsZeroWidth(r rune) bool {
	return (r >= 0x200B && r <= 0x200D) || r == 0x2060 || r == 0xFEFF
}

// IsInvisible reports whether r is removed by normalization because it is not
// seen by a reader: bidirectional controls, zero-width characters and the soft
// hyphen.
func IsInvisible(r rune) bool {
	return IsBidiControl(r) || IsZeroWidth(r) || r == 0x00AD
}
