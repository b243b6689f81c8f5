package review

// Signature blocks. Agreements end with lines such as "ולראיה באו הצדדים על
// החתום", "Signed for Acme Ltd: ________", "By: ______ Name: … Title: …",
// "____________ הלקוח ____________ הספק". Their blanks are places to sign,
// not unfinished terms, and their short lines are not headings. Annexes
// often follow the signatures (a statement of work, a price list), so the
// block ends where an annex or a numbered clause with substance begins.

// minSignatureBlank is the shortest run of underscores that reads as a line
// to sign on.
const minSignatureBlank = 3

// signatureLine decides whether line i (clause c) belongs to a signature
// block, and opens or closes the block.
func (st *structurer) signatureLine(i int, c *clause, line []rune) bool {
	if st.signed {
		if st.mailHeader || opens(c, st.e.sections.fromLine) {
			// The next message of a thread: "Best regards, Ortal" closed
			// the message above, not the thread.
			st.signed = false
			return false
		}
		if c.lbl.kind == labelAnnex || ((c.lbl.kind == labelDotted || c.lbl.kind == labelWord) && c.words >= 5) ||
			st.prose(c, line) || (c.words <= maxTitleWords && st.prose(st.next(i))) {
			// An annex, a clause with substance, a paragraph of prose or
			// the title above one ("TERMS OF BUSINESS" after a letter's
			// signature) ends the block.
			st.signed = false
			return false
		}
		return true
	}
	// "In witness whereof", "ולראיה", "Yours sincerely", or a short
	// "Signatures" / "חתימות הצדדים" title opens the block.
	if opens(c, st.e.sections.signatures) || (c.words <= 3 && hasGroup(c, st.e.sections.signatures)) {
		st.signed = true
		return true
	}
	if c.lbl.kind != labelNone || opens(c, st.e.sections.parties) {
		return false
	}
	if c.words <= maxTitleWords*2 && opens(c, st.e.sections.signatureWords) && i >= len(st.doc.clauses)/2 {
		// "Signed for and on behalf of Ardmore Bank Ireland DAC" above
		// "Name: ____ Title: ____": the line that names who signs opens
		// the block, though its blanks are on the next line.
		if n, next := st.next(i); n != nil {
			if b, _, _ := blankShape(next); b > 0 {
				st.signed = true
				return true
			}
		}
	}
	if g, ok := st.e.sig["company_form"]; ok && c.words <= maxTitleWords*2 && i >= len(st.doc.clauses)/2 && hasGroup(c, g) {
		// "PRAIRIE NORTH MUTUAL INSURANCE COMPANY" above "Per: ____
		// Name: …": a party's name over its place to sign opens the
		// block, and heads no insurance clause.
		if n, next := st.next(i); n != nil && hasGroup(n, st.e.sections.signatureWords) {
			if b, _, _ := blankShape(next); b > 0 {
				st.signed = true
				return true
			}
		}
	}
	blanks, blankRunes, letters := blankShape(line)
	if blanks == 0 || countWords(line)-blanks > 16 {
		return false
	}
	// The line is for signing when it says so ("Signed for", "חתימה:",
	// "Name:") or when its blanks outweigh its words
	// ("____ הלקוח ____ הספק"). A blank inside a sentence ("the fee is
	// ____ per hour") is neither.
	if !hasGroup(c, st.e.sections.signatureWords) && 10*blankRunes < 3*(blankRunes+letters) {
		return false
	}
	// In the second half of a document such a line opens the block; in
	// the preamble it is only the place and date of signing ("שנערך
	// ונחתם ביום ____").
	if i >= len(st.doc.clauses)/2 {
		st.signed = true
	}
	return true
}

// minProseWords is the fewest words of a line that reads as a paragraph
// of text rather than a line of a signature block.
const minProseWords = 10

// maxTitleWords is the most words of a title line that ends a signature
// block when prose follows it.
const maxTitleWords = 6

// prose reports whether a line is a paragraph of text: long, without a
// place to sign and without the words of a signature block.
func (st *structurer) prose(c *clause, line []rune) bool {
	if c == nil || c.words < minProseWords && countWords(line) < minProseWords {
		return false
	}
	if blanks, _, _ := blankShape(line); blanks > 0 {
		return false
	}
	return !hasGroup(c, st.e.sections.signatureWords) && !hasGroup(c, st.e.sections.signatures)
}

// next returns clause i+1 and its text, or nil when i is the last; its
// label is not parsed yet, so its word count is of the whole line.
func (st *structurer) next(i int) (*clause, []rune) {
	if i+1 >= len(st.doc.clauses) {
		return nil, nil
	}
	n := &st.doc.clauses[i+1]
	return n, st.doc.norm.Runes[n.start:n.end]
}

// blankShape counts the runs of underscores of a line (each at least
// minSignatureBlank long), the underscores in them, and the letters and
// digits outside them.
func blankShape(line []rune) (blanks, blankRunes, letters int) {
	for i := 0; i < len(line); i++ {
		if line[i] != '_' {
			if isWordRune(line[i]) {
				letters++
			}
			continue
		}
		j := i
		for j < len(line) && line[j] == '_' {
			j++
		}
		if j-i >= minSignatureBlank {
			blanks++
			blankRunes += j - i
		}
		i = j - 1
	}
	return blanks, blankRunes, letters
}
