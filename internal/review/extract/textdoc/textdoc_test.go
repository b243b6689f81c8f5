package textdoc

import (
	"errors"
	"testing"
	"time"
)

func TestCollector(t *testing.T) {
	c := NewCollector(2)
	for _, b := range []Block{{Text: "  one\r\ntwo  "}, {Text: " \t "}, {Text: "x", Heading: 12}} {
		if err := c.Add(b); err != nil {
			t.Fatal(err)
		}
	}
	got := c.Blocks()
	if len(got) != 2 || got[0].Text != "one  two" || got[1].Heading != 9 {
		t.Errorf("blocks = %+v", got)
	}
	if err := c.Add(Block{Text: "third"}); !errors.Is(err, ErrTooLarge) {
		t.Errorf("third block err = %v, want ErrTooLarge", err)
	}
	if err := c.Add(Block{Text: "   "}); err != nil {
		t.Errorf("an empty block over the limit is not a paragraph: %v", err)
	}
}

func TestCleanLineKeepsInvisibles(t *testing.T) {
	in := "\u202Eabc\u200B\u2028def "
	if got, want := CleanLine(in), "\u202Eabc\u200B def"; got != want {
		t.Errorf("CleanLine = %q, want %q", got, want)
	}
}

func TestWithDefaults(t *testing.T) {
	l := Limits{MaxPages: 3, Timeout: time.Second}.WithDefaults()
	d := DefaultLimits()
	if l.MaxPages != 3 || l.Timeout != time.Second || l.MaxBytes != d.MaxBytes || l.MaxParagraphs != d.MaxParagraphs || l.MaxEntries != d.MaxEntries {
		t.Errorf("WithDefaults = %+v", l)
	}
}
