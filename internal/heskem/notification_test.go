package heskem

import "testing"

func TestNotificationValidate(t *testing.T) {
	ok := func() Notification {
		return Notification{OrgID: 1, DedupeKey: "o1.digest.20260301.a@b.co", Kind: "digest", Recipient: " Dana <DANA@Example.com> ",
			Subject: "סיכום יומי", BodyText: "שלום"}
	}
	n := ok()
	if err := n.Validate(); err != nil {
		t.Fatal(err)
	}
	if n.Recipient != "dana@example.com" || n.Status != NotificationQueued || n.Lang != "he" {
		t.Errorf("defaults and normalization: %+v", n)
	}
	for name, mutate := range map[string]func(*Notification){
		"no org":                      func(n *Notification) { n.OrgID = 0 },
		"no key":                      func(n *Notification) { n.DedupeKey = " " },
		"long key":                    func(n *Notification) { n.DedupeKey = string(make([]byte, 201)) + "x" },
		"no kind":                     func(n *Notification) { n.Kind = "" },
		"bad recipient":               func(n *Notification) { n.Recipient = "dana" },
		"bad cc":                      func(n *Notification) { n.Cc = []string{"x@y.co", "nope"} },
		"subject on two lines":        func(n *Notification) { n.Subject = "a\nb" },
		"no text":                     func(n *Notification) { n.BodyText = "\n" },
		"language":                    func(n *Notification) { n.Lang = "fr" },
		"status":                      func(n *Notification) { n.Status = "delivered" },
		"negative attempts":           func(n *Notification) { n.Attempts = -1 },
		"milestone without agreement": func(n *Notification) { n.MilestoneID = 3 },
	} {
		n := ok()
		mutate(&n)
		if ErrorCode(n.Validate()) != EINVALID {
			t.Errorf("%s: accepted %+v", name, n)
		}
	}
}

func TestNotificationStatus(t *testing.T) {
	for _, tc := range []struct {
		s           NotificationStatus
		valid, done bool
	}{
		{NotificationQueued, true, false}, {NotificationSending, true, false}, {NotificationSent, true, true},
		{NotificationOutbox, true, true}, {NotificationFailed, true, false}, {"lost", false, false},
	} {
		if tc.s.Valid() != tc.valid || tc.s.Done() != tc.done {
			t.Errorf("%s: valid %v done %v", tc.s, tc.s.Valid(), tc.s.Done())
		}
	}
}
