package notify

import "testing"

// BenchmarkPlanAndRender plans one agreement's reminders and writes every
// email, the work a reminder job does besides I/O.
func BenchmarkPlanAndRender(b *testing.B) {
	e := engagement(b, "he", today)
	rd, err := NewRenderer("https://heskem.example.com")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, r := range Plan(e, today) {
			_ = rd.Reminder(e, r, today)
		}
	}
}
