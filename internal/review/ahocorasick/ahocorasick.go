// Package ahocorasick finds every occurrence of many patterns in one pass over
// a text (Aho and Corasick, "Efficient string matching", CACM 1975).
//
// The review engine has thousands of lexicon phrases in two languages. A
// regular expression per phrase would scan the text thousands of times; the
// automaton scans it once, with one table lookup per character. Patterns and
// text are rune slices, so positions are code points, the unit the review
// report uses. The automaton is immutable after Build and safe for
// concurrent use.
package ahocorasick

import (
	"errors"
	"fmt"
)

// directRunes is the size of the rune→symbol table indexed directly; it
// covers ASCII, Latin-1, Hebrew and Arabic. Rarer runes go through a map.
const directRunes = 0x800

// maxStates bounds the automaton so that a runaway lexicon fails at start
// rather than exhausting memory.
const maxStates = 1 << 22

// Builder collects patterns. The zero value is ready to use.
type Builder struct {
	patterns [][]rune
}

// Add records a pattern and returns its id (ids count from 0 in the order of
// Add). Empty patterns are accepted and never match.
func (b *Builder) Add(pattern []rune) int {
	b.patterns = append(b.patterns, append([]rune(nil), pattern...))
	return len(b.patterns) - 1
}

// Len returns the number of patterns added so far.
func (b *Builder) Len() int { return len(b.patterns) }

// Automaton is a compiled set of patterns.
type Automaton struct {
	direct [directRunes]uint16
	other  map[rune]uint16
	nsym   int
	// delta[state*nsym+sym] is the next state, complemented (^next, a
	// negative number) when the next state reports a pattern: Scan then
	// reads the output table only at the states that have outputs instead
	// of at every character. The tables are too large to stay in cache,
	// and that second read cost as much as the transition itself.
	delta    []int32
	outStart []int32 // outputs of state s are outs[outStart[s]:outStart[s+1]]
	outs     []int32
	lens     []int32 // pattern length by id
}

// ErrTooLarge is returned by Build when the patterns need more states than
// the automaton allows.
var ErrTooLarge = errors.New("ahocorasick: too many states")

// Build compiles the patterns into a deterministic automaton whose
// transitions already include the failure links, so Scan never backtracks.
func (b *Builder) Build() (*Automaton, error) {
	a := &Automaton{other: map[rune]uint16{}, lens: make([]int32, len(b.patterns))}
	a.nsym = 1 // symbol 0: a rune that occurs in no pattern
	for id, p := range b.patterns {
		a.lens[id] = int32(len(p))
		for _, r := range p {
			if a.symbol(r) == 0 {
				if a.nsym >= 1<<16 {
					return nil, fmt.Errorf("%w: alphabet over 65535 symbols", ErrTooLarge)
				}
				a.setSymbol(r, uint16(a.nsym))
				a.nsym++
			}
		}
	}

	// Trie with sparse children; state 0 is the root.
	type edge struct {
		state int32
		sym   uint16
	}
	children := map[edge]int32{}
	own := [][]int32{nil}
	for id, p := range b.patterns {
		if len(p) == 0 {
			continue
		}
		s := int32(0)
		for _, r := range p {
			e := edge{s, a.symbol(r)}
			next, ok := children[e]
			if !ok {
				if len(own) >= maxStates {
					return nil, fmt.Errorf("%w: over %d", ErrTooLarge, maxStates)
				}
				next = int32(len(own))
				own = append(own, nil)
				children[e] = next
			}
			s = next
		}
		own[s] = append(own[s], int32(id))
	}
	nstates := len(own)
	kids := make([][]edge, nstates) // (child, sym) per state, for BFS
	for e, c := range children {
		kids[e.state] = append(kids[e.state], edge{c, e.sym})
	}

	a.delta = make([]int32, nstates*a.nsym)
	fail := make([]int32, nstates)
	order := make([]int32, 0, nstates)
	// reports[s]: state s has outputs, its own or its failure state's.
	reports := make([]bool, nstates)
	target := func(s int32) int32 {
		if reports[s] {
			return ^s
		}
		return s
	}
	for _, k := range kids[0] {
		reports[k.state] = len(own[k.state]) > 0
		a.delta[k.sym] = target(k.state)
		order = append(order, k.state)
	}
	for qi := 0; qi < len(order); qi++ {
		s := order[qi]
		row := a.delta[int(s)*a.nsym : int(s+1)*a.nsym]
		copy(row, a.delta[int(fail[s])*a.nsym:int(fail[s]+1)*a.nsym])
		for _, k := range kids[s] {
			f := a.delta[int(fail[s])*a.nsym+int(k.sym)]
			if f < 0 {
				f = ^f
			}
			fail[k.state] = f
			reports[k.state] = len(own[k.state]) > 0 || reports[f]
			row[k.sym] = target(k.state)
			order = append(order, k.state)
		}
	}

	// Outputs: a state reports its own patterns and those of its failure
	// chain. BFS order guarantees the failure state is complete first.
	full := make([][]int32, nstates)
	for _, s := range order {
		full[s] = append(append([]int32(nil), own[s]...), full[fail[s]]...)
	}
	a.outStart = make([]int32, nstates+1)
	for s := 0; s < nstates; s++ {
		a.outStart[s] = int32(len(a.outs))
		a.outs = append(a.outs, full[s]...)
	}
	a.outStart[nstates] = int32(len(a.outs))
	return a, nil
}

func (a *Automaton) symbol(r rune) uint16 {
	if r >= 0 && r < directRunes {
		return a.direct[r]
	}
	return a.other[r]
}

func (a *Automaton) setSymbol(r rune, s uint16) {
	if r >= 0 && r < directRunes {
		a.direct[r] = s
		return
	}
	a.other[r] = s
}

// PatternLen returns the length in runes of pattern id: an occurrence that
// ends at end starts at end-PatternLen(id), so a caller that keeps
// occurrences for later need keep only their ids and ends.
func (a *Automaton) PatternLen(id int) int { return int(a.lens[id]) }

// States returns the number of states, for tests and capacity reports.
func (a *Automaton) States() int { return len(a.outStart) - 1 }

// Scan reports every occurrence of every pattern in text, in order of end
// position, calling fn with the pattern id and the code-point range
// [start, end). Overlapping occurrences are all reported.
func (a *Automaton) Scan(text []rune, fn func(id, start, end int)) {
	s := int32(0)
	nsym := a.nsym
	for i, r := range text {
		var sym uint16
		if r >= 0 && r < directRunes {
			sym = a.direct[r]
		} else if len(a.other) > 0 {
			sym = a.other[r]
		}
		s = a.delta[int(s)*nsym+int(sym)]
		if s >= 0 {
			continue
		}
		s = ^s
		for _, id := range a.outs[a.outStart[s]:a.outStart[s+1]] {
			fn(int(id), i+1-int(a.lens[id]), i+1)
		}
	}
}
