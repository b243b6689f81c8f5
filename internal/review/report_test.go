package review

import (
	"context"
	"encoding/json"
	"math"
	"strings"
	"testing"
)

func TestReportShape(t *testing.T) {
	e := newTestEngine(t)
	rep := review(t, e, "הסכם\n1. השירותים\n1.1 הספק יבצע עבור הלקוח ניקיון יומי של המשרדים ברחוב הרצל 1.")
	if rep.Schema != "heskem.review/v1" {
		t.Errorf("schema = %q", rep.Schema)
	}
	wantSteps := [][]string{
		{"scope", "schedule", "payment", "late_payment", "additional_services", "unforeseen"},
		{"communication", "meeting_summaries", "flexibility"},
		{"clarity", "changes", "sanctions", "dispute_resolution", "termination"},
		{"collaboration", "shared_activities", "contacts"},
	}
	stepIDs := []string{"components", "trust", "disputes", "partnership"}
	if len(rep.Steps) != 4 {
		t.Fatalf("%d steps", len(rep.Steps))
	}
	for i, st := range rep.Steps {
		if st.ID != stepIDs[i] || st.Name == "" {
			t.Errorf("step %d = %q %q", i, st.ID, st.Name)
		}
		if len(st.Items) != len(wantSteps[i]) {
			t.Fatalf("step %s has %d items", st.ID, len(st.Items))
		}
		for j, it := range st.Items {
			if it.ID != wantSteps[i][j] {
				t.Errorf("step %s item %d = %s, want %s", st.ID, j, it.ID, wantSteps[i][j])
			}
			if it.Status != Present && it.Suggestion == "" {
				t.Errorf("%s is %s without a suggestion", it.ID, it.Status)
			}
			if it.Status == Present && it.Suggestion != "" {
				t.Errorf("%s is present but has a suggestion", it.ID)
			}
		}
	}
	var prot []string
	for _, p := range rep.Protections {
		prot = append(prot, p.ID)
	}
	if strings.Join(prot, ",") != "confidentiality,intellectual_property,liability,independent_contractor,data_protection" {
		t.Errorf("protections = %v", prot)
	}
	if !strings.Contains(rep.Disclaimer, "ייעוץ משפטי") {
		t.Errorf("Hebrew disclaimer = %q", rep.Disclaimer)
	}
	raw, err := json.Marshal(rep)
	if err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{`"schema"`, `"document"`, `"sha256"`, `"characters"`, `"score"`, `"verdict"`, `"steps"`,
		`"protections"`, `"findings":[]`, `"terms"`, `"parties"`, `"payment_terms"`, `"governing_law"`, `"evidence":[]`, `"disclaimer"`} {
		if !strings.Contains(string(raw), key) {
			t.Errorf("JSON lacks %s", key)
		}
	}
	if len(rep.Document.SHA256) != 64 {
		t.Errorf("sha256 = %q", rep.Document.SHA256)
	}
	empty := review(t, e, "")
	if empty.Document.SHA256 != "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855" {
		t.Errorf("sha256 of empty text = %s", empty.Document.SHA256)
	}
}

// TestScoreAndVerdict recomputes the score from the statuses (RUBRIC.md)
// and checks the verdict rules on documents of each kind.
func TestScoreAndVerdict(t *testing.T) {
	e := newTestEngine(t)
	tests := []struct {
		name, file, text, verdict string
	}{
		{"nothing", "a.txt", "שלום עולם", VerdictNotReady},
		{"no schedule", "a.txt", "1. השירותים\n1.1 הספק יבצע עבור הלקוח ניקיון יומי של המשרדים ברחוב הרצל 1.", VerdictNotReady},
		{"scope and schedule only", "a.txt", "1.1 הספק יבצע עבור הלקוח ניקיון יומי של המשרדים ברחוב הרצל 1.\n2.1 העבודה תחל ביום 1.3.2026 ותסתיים ביום 28.2.2027.", VerdictNeedsWork},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rep, err := e.Review(context.Background(), Input{Name: tt.file, Text: tt.text})
			if err != nil {
				t.Fatal(err)
			}
			sum := 0.0
			for _, st := range rep.Steps {
				s := 0.0
				for _, it := range st.Items {
					s += statusValue(it.Status)
				}
				mean := s / float64(len(st.Items)) * 100
				if int(math.Round(mean)) != st.Score {
					t.Errorf("step %s score %d, want %v", st.ID, st.Score, mean)
				}
				sum += mean
			}
			if want := int(math.Round(sum / 4)); rep.Score != want {
				t.Errorf("score %d, want %d", rep.Score, want)
			}
			if rep.Verdict != tt.verdict {
				t.Errorf("verdict %s, want %s", rep.Verdict, tt.verdict)
			}
		})
	}
	full := review(t, e, readFile(t, "testdata/he-full.txt"))
	if full.Score < 85 || full.Verdict != VerdictReady {
		t.Errorf("complete agreement: score %d verdict %s, want ready", full.Score, full.Verdict)
	}
}

func TestLanguageDetection(t *testing.T) {
	e := newTestEngine(t)
	tests := []struct{ text, lang, want string }{
		{"הלקוח ישלם לספק, per SLA and KPI, email dan@example.com", "auto", "he"},
		{"The Client shall pay the Supplier.", "", "en"},
		{"The Client shall pay the Supplier.", "he", "he"},
		{"12345", "auto", "he"},
	}
	for _, tt := range tests {
		rep, err := e.Review(context.Background(), Input{Text: tt.text, Lang: tt.lang})
		if err != nil {
			t.Fatal(err)
		}
		if rep.Document.Language != tt.want {
			t.Errorf("%q (%s): language %s, want %s", tt.text, tt.lang, rep.Document.Language, tt.want)
		}
	}
	if _, err := e.Review(context.Background(), Input{Text: "x", Lang: "fr"}); err == nil {
		t.Error("unknown language accepted")
	}
}

func TestReviewErrors(t *testing.T) {
	e := newTestEngine(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := e.Review(ctx, Input{Text: "x"}); err == nil {
		t.Error("cancelled context accepted")
	}
	big := strings.Repeat("א", MaxCharacters+1)
	if _, err := e.Review(context.Background(), Input{Text: big}); err == nil || !strings.Contains(err.Error(), "limit") {
		t.Errorf("oversized input: %v", err)
	}
}

func TestConcurrentReviews(t *testing.T) {
	e := newTestEngine(t)
	text := readFile(t, "testdata/he-full.txt")
	want := review(t, e, text).Score
	done := make(chan int, 8)
	for i := 0; i < 8; i++ {
		go func() {
			rep, err := e.Review(context.Background(), Input{Text: text})
			if err != nil {
				done <- -1
				return
			}
			done <- rep.Score
		}()
	}
	for i := 0; i < 8; i++ {
		if got := <-done; got != want {
			t.Errorf("concurrent score %d, want %d", got, want)
		}
	}
}
