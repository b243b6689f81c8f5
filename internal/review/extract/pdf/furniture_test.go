package pdf

import (
	"strings"
	"testing"

	"github.com/heskem/heskem/internal/review/extract/textdoc"
)

// TestStripFurniture reads pdftotext output of three pages with a running
// header, a page-number footer and a sentence cut by each page break, as a
// word processor's PDF gives them.
func TestStripFurniture(t *testing.T) {
	wide := "The Supplier shall deliver the services described in Schedule 1 and shall remain"
	tests := []struct {
		name string
		in   string
		want []string // paragraphs
	}{
		{"English header and footer",
			"Services Agreement – Confidential\n\n1. SERVICES\n" + wide + "\n\nPage 1 of 3\n\n\f" +
				"Services Agreement – Confidential\n\nresponsible for its staff at all times.\n2. FEES\nThe fee is USD 4,000 a month and is\n\nPage 2 of 3\n\n\f" +
				"Services Agreement – Confidential\n\npayable within 30 days of the invoice.\n\nPage 3 of 3\n\n\f",
			[]string{"1. SERVICES", wide + " responsible for its staff at all times.", "2. FEES", "The fee is USD 4,000 a month and is payable within 30 days of the invoice."}},
		{"Hebrew footer in embeddings, numbers only",
			"\u202bהסכם שירותים\u202c\n\u202bהספק יספק את השירותים המפורטים בנספח א' ויהיה אחראי לכל עובדיו ולכל\u202c\n\n\u202b\u202a- 1 -\u202c\u202c\n\n\f" +
				"\u202bמי שפועל מטעמו בכל עת.\u202c\n\n\u202b\u202a- 2 -\u202c\u202c\n\n\f",
			[]string{"הסכם שירותים", "הספק יספק את השירותים המפורטים בנספח א' ויהיה אחראי לכל עובדיו ולכל מי שפועל מטעמו בכל עת."}},
		{"a list marker at the top of a page is no page number",
			"Annex A\n" + wide + ".\n\n\f1)\n\nHosting in an Israeli data center.\n\n\f",
			[]string{"Annex A", wide + ".", "1) Hosting in an Israeli data center."}},
		{"numbered clauses that repeat with other numbers are text",
			"6.1 The Supplier shall deliver the services.\n" + body(1) + "\n6.2 The Supplier shall deliver the services.\n\f" +
				"7.1 The Supplier shall deliver the services.\n" + body(2) + "\n7.2 The Supplier shall deliver the services.\n\f",
			[]string{"6.1 The Supplier shall deliver the services. " + body(1), "6.2 The Supplier shall deliver the services.",
				"7.1 The Supplier shall deliver the services. " + body(2), "7.2 The Supplier shall deliver the services."}},
		{"one page keeps its last line",
			"Fees\nThe fee is USD 4,000.\n\n12\n\n\f",
			[]string{"Fees", "The fee is USD 4,000.", "12"}},
		{"a heading at the top of two pages of five stays",
			body(1) + "\f" + "NOTES\n" + body(2) + "\f" + body(3) + "\f" + "NOTES\n" + body(4) + "\f" + body(5) + "\f",
			[]string{body(1) + " NOTES " + body(2) + " " + body(3) + " NOTES " + body(4) + " " + body(5)}},
	}
	r := New()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := textdoc.NewCollector(0)
			if err := r.Paragraphs(tt.in, c); err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, b := range c.Blocks() {
				got = append(got, b.Text)
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

// body is a line of body text for page n that ends no sentence.
func body(n int) string {
	words := []string{"alpha", "bravo", "charlie", "delta", "echo", "foxtrot"}
	return "the body text of page " + words[n] + " runs on " + strings.Repeat(words[n-1]+" ", 4) + "and"
}

func TestPageNumber(t *testing.T) {
	for key, want := range map[string]bool{
		"#": true, "- # -": true, "page # of #": true, "#/#": true, "# of #": true, "p. #": true,
		"עמוד # מתוך #": true, "# מתוך # עמוד": true, "עמ' #": true,
		"#)": false, "#.": false, "section #": false, "page": false, "# # #": false, "": false,
	} {
		if got := pageNumber(key); got != want {
			t.Errorf("pageNumber(%q) = %v, want %v", key, got, want)
		}
	}
}
