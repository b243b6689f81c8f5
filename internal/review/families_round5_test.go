package review

import "testing"

// TestRound5Families pins the families of language read in round 5, each
// with its look-alike: every case states the item's status that a reader
// applying the labelling guide gives it.
func TestRound5Families(t *testing.T) {
	e := newTestEngine(t)
	const en = "1. Services\nThe Contractor will inspect and service the fire extinguishers at the Site.\n"
	const he = "1. השירותים\nהספק יבצע ביקורת ותחזוקה של מטפי הכיבוי באתר.\n"
	for _, tt := range []struct {
		name, item, text string
		want             Status
	}{
		{"cross-reference title is no dispute clause", "dispute_resolution",
			en + "6.3 Sections 12 (Dispute Resolution) and 13 (Governing Law) of the Agreement apply to this Amendment.\n", Missing},
		{"dispute clause in its own words", "dispute_resolution",
			en + "6.3 Any dispute shall be decided by the courts of Austin, Texas.\n", Partial},
		{"Hebrew cross-reference title", "dispute_resolution",
			he + "6. סעיף 12 (יישוב מחלוקות) להסכם העיקרי יחול על תוספת זו.\n", Missing},
		{"VAT in parentheses after an amount still counts", "payment",
			he + "2. התמורה: 1,400 ש\"ח (בתוספת מע\"מ) לכל ביקורת, בתנאי שוטף + 30.\n", Present},
		{"registration details are not an input duty", "collaboration",
			en + "2.1 You must provide accurate information when you register and keep your login details secure.\n", Missing},
		{"deduction per day is a sanction with an amount", "sanctions",
			en + "11.1 If a Site operates below the staffing ratio, the District may deduct $500.00 from the Service Fee for each Program Day on which this occurs.\n", Present},
		{"a failure not remedied within a period is a cure period", "sanctions",
			en + "11.2 If the Contractor fails to perform and the failure is not remedied within 15 Business Days after notice, the Customer may terminate this Agreement.\n", Present},
		{"a notices clause with named people and alternates is contacts", "contacts",
			en + "15. Notices and Contacts. Notices under this Agreement shall be in writing. Contractor: primary contact Ray Castillo, (512) 555-0187, rcastillo@lonestarfire.com; alternate Jenna Ruiz, jruiz@lonestarfire.com. Customer: primary contact Maria Delgado, mdelgado@brazoscp.com; alternate Kevin Osei, kosei@brazoscp.com. Each party's primary contact is its representative for day-to-day matters, and its alternate acts whenever the primary contact is unavailable.\n", Present},
	} {
		if got := itemOf(review(t, e, tt.text), tt.item).Status; got != tt.want {
			t.Errorf("%s: %s %s, want %s", tt.name, tt.item, got, tt.want)
		}
	}
}
