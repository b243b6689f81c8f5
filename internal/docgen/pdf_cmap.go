package docgen

import (
	"encoding/binary"
	"errors"
	"fmt"
)

// coverage is the set of Basic Multilingual Plane characters a font has
// glyphs for, one bit per code point.
type coverage [0x10000 / 64]uint64

func (c *coverage) has(r rune) bool {
	return r >= 0 && r < 0x10000 && c[r>>6]&(1<<(uint(r)&63)) != 0
}

func (c *coverage) add(r int) { c[r>>6] |= 1 << (uint(r) & 63) }

var errNoUnicodeCmap = errors.New("no Unicode BMP character map (cmap format 4)")

// fontCoverage reads the characters a TrueType font maps to glyphs from its
// cmap table. It reads the same subtable the PDF library embeds from (the
// first format 4 table for Unicode, platform 3/1 or 0), so what it reports
// is what will be drawn. Only the BMP is covered: that is all the library
// can write.
func fontCoverage(ttf []byte) (*coverage, error) {
	be := binary.BigEndian
	if len(ttf) < 12 {
		return nil, errors.New("not a TrueType font: too short")
	}
	switch v := be.Uint32(ttf); v {
	case 0x00010000, 0x74727565: // 1.0, "true"
	case 0x4F54544F: // "OTTO"
		return nil, errors.New("an OpenType font with CFF outlines: give a TrueType (.ttf) font")
	default:
		return nil, fmt.Errorf("not a TrueType font (version %#x)", v)
	}
	n := int(be.Uint16(ttf[4:]))
	var cmap []byte
	for i := 0; i < n; i++ {
		rec := 12 + 16*i
		if rec+16 > len(ttf) {
			return nil, errors.New("truncated table directory")
		}
		if string(ttf[rec:rec+4]) == "cmap" {
			off, ln := int(be.Uint32(ttf[rec+8:])), int(be.Uint32(ttf[rec+12:]))
			if off < 0 || ln < 0 || off > len(ttf) || ln > len(ttf)-off {
				return nil, errors.New("cmap table outside the file")
			}
			cmap = ttf[off : off+ln]
			break
		}
	}
	if len(cmap) < 4 {
		return nil, errNoUnicodeCmap
	}
	count := int(be.Uint16(cmap[2:]))
	for i := 0; i < count; i++ {
		rec := 4 + 8*i
		if rec+8 > len(cmap) {
			break
		}
		platform, encoding := be.Uint16(cmap[rec:]), be.Uint16(cmap[rec+2:])
		off := int(be.Uint32(cmap[rec+4:]))
		if !(platform == 3 && encoding == 1 || platform == 0) || off < 0 || off+2 > len(cmap) {
			continue
		}
		if be.Uint16(cmap[off:]) == 4 {
			return format4(cmap[off:])
		}
	}
	return nil, errNoUnicodeCmap
}

// format4 reads a cmap format 4 subtable (segment mapping to delta values).
func format4(t []byte) (*coverage, error) {
	be := binary.BigEndian
	if len(t) < 14 {
		return nil, errors.New("truncated cmap format 4 table")
	}
	seg := int(be.Uint16(t[6:])) / 2
	ends, starts, deltas, offs := 14, 16+2*seg, 16+4*seg, 16+6*seg
	if offs+2*seg > len(t) {
		return nil, errors.New("truncated cmap format 4 segments")
	}
	c := new(coverage)
	for i := 0; i < seg; i++ {
		end := int(be.Uint16(t[ends+2*i:]))
		start := int(be.Uint16(t[starts+2*i:]))
		delta := int(be.Uint16(t[deltas+2*i:]))
		ro := int(be.Uint16(t[offs+2*i:]))
		for ch := start; ch <= end && ch < 0xFFFF; ch++ {
			g := 0
			if ro == 0 {
				g = (ch + delta) & 0xFFFF
			} else {
				addr := offs + 2*i + ro + 2*(ch-start)
				if addr+2 > len(t) {
					break
				}
				if g = int(be.Uint16(t[addr:])); g != 0 {
					g = (g + delta) & 0xFFFF
				}
			}
			if g != 0 {
				c.add(ch)
			}
		}
	}
	return c, nil
}
