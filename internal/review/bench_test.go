package review

import (
	"context"
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// pageChars is the size of a generated page, about a page of a typed
// agreement.
const pageChars = 3000

// heClauses and enClauses are realistic clause bodies; the generator
// numbers them into sections so that the structure code works as on a real
// agreement.
var heClauses = []string{
	"הספק יספק ללקוח שירותי פיתוח ותחזוקה של מערכת ההזמנות, כמפורט בנספח א', לרבות אפיון, פיתוח, בדיקות ומסירה.",
	"העבודה תחל ביום 1.3.2026 ותושלם לא יאוחר מיום 30.6.2026; אבני הדרך יהיו כמפורט בלוח הזמנים המצורף.",
	"הלקוח ישלם לספק 12,500 ₪ לחודש בתוספת מע\"מ, בתנאי תשלום שוטף + 30 ממועד המצאת חשבונית מס.",
	"סכום שלא ישולם במועד יישא הפרשי הצמדה וריבית כדין, והספק יהיה רשאי להשהות את מתן השירותים לאחר התראה של 7 ימים.",
	"כל שינוי בהיקף השירותים יתבקש בכתב, הספק יגיש הצעת מחיר והשפעה על לוח הזמנים, והשינוי ייכנס לתוקף לאחר אישור בכתב ובחתימת שני הצדדים.",
	"איחור במסירה יזכה את הלקוח בפיצוי מוסכם של 500 ₪ לכל יום איחור, ללא צורך בהוכחת נזק, עד לתקרה של 10% מהתמורה.",
	"הצדדים ישתפו פעולה בתום לב ויקיימו ועדת היגוי משותפת אחת לחודש לבחינת מדדי ההצלחה והתקדמות הפרויקט.",
	"כל צד ישמור בסודיות מוחלטת את המידע הסודי של הצד השני ולא יעבירו לצד שלישי, גם לאחר סיום ההסכם.",
	"על הסכם זה יחולו דיני מדינת ישראל, וסמכות השיפוט הייחודית תהיה לבתי המשפט המוסמכים בתל אביב-יפו.",
	"כל צד רשאי להביא הסכם זה לידי סיום בהודעה מוקדמת בכתב של 30 ימים; עם סיום ההסכם ימסור הספק את כל התוצרים.",
}

var enClauses = []string{
	"The Supplier shall provide the development and maintenance services described in Exhibit A, including specification, testing and delivery.",
	"The work shall commence on 1 March 2026 and shall be completed no later than 30 June 2026, according to the milestones in the project schedule.",
	"The Client shall pay the Supplier NIS 12,500 per month plus VAT, within 30 days of receipt of a valid tax invoice.",
	"Any amount not paid when due shall bear interest at 1% per month, and the Supplier may suspend the services on 7 days' written notice.",
	"Either party may submit a change request in writing; the Supplier shall estimate its impact on fees and schedule, and it takes effect once approved in writing by both parties.",
	"For each day of delay the Supplier shall pay liquidated damages of NIS 500, up to 10% of the fees.",
	"The parties shall cooperate in good faith and hold a monthly steering committee to review the key performance indicators.",
	"Each party shall keep in confidence the confidential information of the other party and shall not disclose it to any third party.",
	"This Agreement is governed by the laws of the State of Israel, and the competent courts of Tel Aviv-Jaffa have exclusive jurisdiction.",
	"Either party may terminate this Agreement by 30 days' prior written notice; upon termination the Supplier shall hand over all deliverables.",
}

// generate builds an agreement of about pages pages.
func generate(clauses []string, titles []string, pages int) string {
	var b strings.Builder
	target, n := pages*pageChars, 0
	for sec := 1; n < target; sec++ {
		line := fmt.Sprintf("%d. %s\n", sec, titles[sec%len(titles)])
		for k := 1; k <= 5; k++ {
			line += fmt.Sprintf("%d.%d %s\n", sec, k, clauses[(sec*5+k)%len(clauses)])
		}
		b.WriteString(line)
		n += utf8.RuneCountInString(line)
	}
	return b.String()
}

func benchmarkReview(b *testing.B, lang string, pages int) {
	e := newTestEngine(b)
	text := generate(heClauses, []string{"השירותים", "לוח זמנים", "התמורה", "שינויים", "כללי"}, pages)
	if lang == "en" {
		text = generate(enClauses, []string{"Services", "Timeline", "Fees", "Changes", "General"}, pages)
	}
	ctx := context.Background()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		rep, err := e.Review(ctx, Input{Name: "bench.txt", Text: text})
		if err != nil || rep.Score == 0 {
			b.Fatalf("review failed: %v", err)
		}
	}
}

func BenchmarkReviewHebrew10Pages(b *testing.B)   { benchmarkReview(b, "he", 10) }
func BenchmarkReviewHebrew50Pages(b *testing.B)   { benchmarkReview(b, "he", 50) }
func BenchmarkReviewHebrew100Pages(b *testing.B)  { benchmarkReview(b, "he", 100) }
func BenchmarkReviewHebrew500Pages(b *testing.B)  { benchmarkReview(b, "he", 500) }
func BenchmarkReviewEnglish100Pages(b *testing.B) { benchmarkReview(b, "en", 100) }

// BenchmarkReviewOneLine is the worst case for per-clause work: a 50-page
// document with no line breaks at all (a PDF extracted without them).
func BenchmarkReviewOneLine(b *testing.B) {
	e := newTestEngine(b)
	text := strings.ReplaceAll(generate(heClauses, []string{"כללי"}, 50), "\n", " ")
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := e.Review(context.Background(), Input{Text: text}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkNew measures building the engine (lexicons and automaton).
func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := New(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPeakMemory reports the peak growth of the heap during one review,
// as a multiple of the input size in bytes ("peak-x"), sampled while the
// review runs. The collector runs at GOGC=10 here so that the heap sampled
// is close to the live heap rather than to garbage awaiting collection. It
// is a measurement, not an assertion.
func BenchmarkPeakMemory(b *testing.B) {
	e := newTestEngine(b)
	defer debug.SetGCPercent(debug.SetGCPercent(10))
	for _, lang := range []string{"he", "en"} {
		text := generate(heClauses, []string{"השירותים", "התמורה", "כללי"}, 100)
		if lang == "en" {
			text = generate(enClauses, []string{"Services", "Fees", "General"}, 100)
		}
		b.Run(lang, func(b *testing.B) {
			var peak uint64
			for i := 0; i < b.N; i++ {
				runtime.GC()
				var ms runtime.MemStats
				runtime.ReadMemStats(&ms)
				base := ms.HeapAlloc
				done := make(chan struct{})
				var localPeak uint64
				go func() {
					var m runtime.MemStats
					for {
						select {
						case <-done:
							return
						default:
						}
						runtime.ReadMemStats(&m)
						if m.HeapAlloc > base && m.HeapAlloc-base > localPeak {
							localPeak = m.HeapAlloc - base
						}
						time.Sleep(200 * time.Microsecond)
					}
				}()
				rep, err := e.Review(context.Background(), Input{Text: text})
				close(done)
				if err != nil || rep == nil {
					b.Fatal(err)
				}
				runtime.ReadMemStats(&ms)
				if ms.HeapAlloc > base && ms.HeapAlloc-base > localPeak {
					localPeak = ms.HeapAlloc - base
				}
				peak = max(peak, localPeak)
			}
			b.ReportMetric(float64(peak)/float64(len(text)), "peak-x")
		})
	}
}
