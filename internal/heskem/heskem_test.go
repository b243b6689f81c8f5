package heskem

import (
	"encoding/json"
	"strings"
	"testing"
	"time"
)

func TestValidIsraeliID(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"514823699", true}, {"516179157", true}, {"520012345", true}, // companies
		{"034567891", true}, {"34567891", true}, // an ID with its leading zero dropped
		{"51-4823699", true}, {" 514 823 699 ", true},
		{"514823698", false}, {"000000000", false}, {"1234567890", false}, {"51482369a", false}, {"", false},
	} {
		if got := ValidIsraeliID(tc.in); got != tc.want {
			t.Errorf("ValidIsraeliID(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

// TestCheckDigitFindsEverySingleDigitError checks the property that makes
// the check digit worth having: changing any one digit of a valid number
// makes it invalid.
func TestCheckDigitFindsEverySingleDigitError(t *testing.T) {
	valid := "514823699"
	for i := range valid {
		for d := '0'; d <= '9'; d++ {
			if rune(valid[i]) == d {
				continue
			}
			bad := valid[:i] + string(d) + valid[i+1:]
			if ValidIsraeliID(bad) {
				t.Errorf("%s (digit %d changed) passes the check", bad, i)
			}
		}
	}
}

func TestParseMoney(t *testing.T) {
	for _, tc := range []struct {
		in, cur string
		want    int64
		err     bool
	}{
		{"12500", "ILS", 1250000, false}, {"12,500.50", "ILS", 1250050, false}, {"0.1", "ILS", 10, false},
		{"-3.5", "USD", -350, false}, {"100", "JPY", 100, false},
		{"1.005", "ILS", 0, true}, {"abc", "ILS", 0, true}, {"1", "XYZ", 0, true}, {"", "ILS", 0, true}, {"1.5", "JPY", 0, true},
		{"99999999999999999999", "ILS", 0, true},
	} {
		m, err := ParseMoney(tc.in, tc.cur)
		if (err != nil) != tc.err || (!tc.err && m.Amount != tc.want) {
			t.Errorf("ParseMoney(%q, %s) = %v, %v; want %d (error %v)", tc.in, tc.cur, m, err, tc.want, tc.err)
		}
	}
	if got := (Money{Amount: -1250050, Currency: "ILS"}).Decimal(); got != "-12500.50" {
		t.Errorf("Decimal = %q", got)
	}
	if _, err := Shekels(1, 0).Add(Money{Amount: 1, Currency: "USD"}); ErrorCode(err) != EINVALID {
		t.Errorf("adding currencies: %v", err)
	}
}

func TestDate(t *testing.T) {
	d, err := ParseDate("2026-03-01")
	if err != nil || d != NewDate(2026, time.March, 1) || d.Israeli() != "1.3.2026" {
		t.Fatalf("ParseDate = %v %v", d, err)
	}
	if _, err := ParseDate("1.3.2026"); err == nil || !strings.Contains(err.Error(), "YYYY-MM-DD") {
		t.Errorf("ParseDate(1.3.2026) = %v", err)
	}
	if NewDate(2026, 2, 29) != NewDate(2026, 3, 1) || NewDate(2028, 2, 28).AddDays(1) != NewDate(2028, 2, 29) {
		t.Error("date normalization and leap years")
	}
	var s struct{ D Date }
	if err := json.Unmarshal([]byte(`{"D":"2026-12-31"}`), &s); err != nil || s.D != NewDate(2026, 12, 31) {
		t.Errorf("JSON = %v %v", s.D, err)
	}
	b, _ := json.Marshal(s)
	if string(b) != `{"D":"2026-12-31"}` {
		t.Errorf("marshal = %s", b)
	}
	var z Date
	if err := z.Scan(time.Date(2026, 5, 4, 23, 30, 0, 0, time.UTC)); err != nil || z != NewDate(2026, 5, 4) {
		t.Errorf("Scan time = %v %v", z, err)
	}
	if v, _ := (Date{}).Value(); v != nil {
		t.Errorf("zero Date value = %v, want NULL", v)
	}
}

func TestAgreementValidate(t *testing.T) {
	a := Agreement{OrgID: 1, Title: "  ", SupplierID: 3, ClientID: 3, StartDate: NewDate(2026, 5, 1), EndDate: NewDate(2026, 4, 1),
		Language: "fr", Policy: "weekends"}
	err := a.Validate()
	if ErrorCode(err) != EINVALID {
		t.Fatalf("Validate = %v", err)
	}
	for _, want := range []string{"title", "different parties", "end date 1.4.2026 is before start date 1.5.2026", "language", "business-day policy"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error lacks %q:\n%v", want, err)
		}
	}
	ok := Agreement{OrgID: 1, Title: "x", SupplierID: 1, ClientID: 2}
	if err := ok.Validate(); err != nil || ok.Status != StatusDraft || ok.Language != "he" || ok.Value.Currency != "ILS" || ok.Policy != "israel" {
		t.Errorf("defaults: %+v %v", ok, err)
	}
}

func TestStatusTransitions(t *testing.T) {
	path := []Status{StatusInReview, StatusDraft, StatusInReview, StatusAgreed, StatusActive, StatusCompleted}
	a := Agreement{Status: StatusDraft}
	for _, next := range path {
		if err := a.Transition(next); err != nil {
			t.Fatalf("%s → %s: %v", a.Status, next, err)
		}
	}
	for _, next := range []Status{StatusActive, StatusTerminated, StatusDraft} {
		if err := a.Transition(next); err == nil {
			t.Errorf("completed → %s allowed", next)
		}
	}
	if (&Agreement{Status: StatusDraft}).Transition(StatusActive) == nil {
		t.Error("draft → active skips agreement")
	}
	if !StatusInReview.Editable() || StatusActive.Editable() {
		t.Error("Editable")
	}
}

func TestVersionHash(t *testing.T) {
	v := Version{AgreementID: 1, Data: json.RawMessage(`{"a":1}`), Text: "טקסט"}
	if err := v.Seal(); err != nil || len(v.SHA256) != 64 || !v.Verify() {
		t.Fatalf("Seal: %v %q", err, v.SHA256)
	}
	// Moving bytes between data and text changes the hash.
	if VersionHash([]byte("ab"), "c") == VersionHash([]byte("a"), "bc") {
		t.Error("hash is ambiguous between data and text")
	}
	v.Text += "."
	if v.Verify() {
		t.Error("changed text still verifies")
	}
	bad := Version{AgreementID: 1, Data: json.RawMessage(`{not json`)}
	if ErrorCode(bad.Seal()) != EINVALID {
		t.Error("invalid JSON sealed")
	}
}

func TestChangeRequestNeedsBothSides(t *testing.T) {
	c := ChangeRequest{AgreementID: 1, Title: "x", RequestedBy: SideClient}
	if err := c.Validate(); err != nil {
		t.Fatal(err)
	}
	c.Approve(SideClient)
	if c.State != ChangeOpen {
		t.Fatal("approved by one side only")
	}
	c.Approve(SideSupplier)
	if c.State != ChangeApproved {
		t.Fatal("not approved by both")
	}
	if err := c.Approve(SideClient); err == nil {
		t.Error("approving a closed request succeeded")
	}
	forged := ChangeRequest{AgreementID: 1, Title: "x", RequestedBy: SideClient, State: ChangeApproved, ClientApproved: true}
	if ErrorCode(forged.Validate()) != EINVALID {
		t.Error("approved state without both approvals passed validation")
	}
}

func TestEntityValidation(t *testing.T) {
	for name, err := range map[string]error{
		"milestone without date":   (&Milestone{AgreementID: 1, Title: "m"}).Validate(),
		"milestone bad event":      (&Milestone{AgreementID: 1, Title: "m", AfterEvent: "lunch", AfterDays: 3}).Validate(),
		"installment overpaid":     (&Installment{AgreementID: 1, Title: "i", Amount: Shekels(1, 0), Paid: Shekels(2, 0), Term: TermNet}).Validate(),
		"installment on nothing":   (&Installment{AgreementID: 1, Title: "i", Amount: Shekels(1, 0), Term: TermOnAcceptance}).Validate(),
		"sanction bad rate":        (&SanctionRule{AgreementID: 1, Kind: SanctionLateDelivery, RatePercent: "half", PeriodCount: 1, PeriodUnit: UnitWeeks}).Validate(),
		"sanction no period":       (&SanctionRule{AgreementID: 1, Kind: SanctionLateDelivery, RatePercent: "1", PeriodUnit: UnitWeeks}).Validate(),
		"contact without email":    (&Contact{AgreementID: 1, PartyID: 1, Name: "n"}).Validate(),
		"contact is own backup":    (&Contact{ID: 5, AgreementID: 1, PartyID: 1, Name: "n", Email: "a@b.co", BackupID: 5}).Validate(),
		"party foreign without no": (&Party{OrgID: 1, LegalName: "x", IDKind: IDForeign}).Validate(),
		"message empty":            (&Message{AgreementID: 1, Body: "  "}).Validate(),
		"meeting without time":     (&Meeting{AgreementID: 1, Title: "m"}).Validate(),
		"user bad role":            (&User{OrgID: 1, Email: "a@b.co", Name: "n", Role: "king"}).Validate(),
		"org bad zone":             (&Organization{Name: "o", TimeZone: "Mars/Olympus"}).Validate(),
	} {
		if ErrorCode(err) != EINVALID {
			t.Errorf("%s: %v, want EINVALID", name, err)
		}
	}
}

func TestAuditChain(t *testing.T) {
	var evs []AuditEvent
	prev := ""
	for i := 1; i <= 4; i++ {
		e := AuditEvent{OrgID: 1, Seq: int64(i), Action: "x", Detail: "d", At: time.Unix(int64(i), 0).UTC(), PrevHash: prev}
		e.Hash = e.ComputeHash()
		prev = e.Hash
		evs = append(evs, e)
	}
	if VerifyChain(evs) != 0 {
		t.Fatal("valid chain rejected")
	}
	if VerifyChain(append(evs[:1:1], evs[2:]...)) != 3 {
		t.Error("removed event not detected")
	}
	evs[3].Actor = "mallory"
	if VerifyChain(evs) != 4 {
		t.Error("edited event not detected")
	}
}

func TestMilestoneEvents(t *testing.T) {
	m := Milestone{AgreementID: 1, Title: "beta", DueDate: NewDate(2026, 11, 23)}
	now := time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC)
	if m.Accept(now) == nil {
		t.Error("accepted a milestone that was never submitted")
	}
	if err := m.Submit(now); err != nil || m.State != MilestoneSubmitted || !m.SubmittedAt.Equal(now) {
		t.Fatalf("submit: %v %+v", err, m)
	}
	if m.Reject("  ") == nil {
		t.Error("rejected without a reason")
	}
	if err := m.Reject("login page fails on Safari"); err != nil || m.State != MilestoneRejected {
		t.Fatalf("reject: %v", err)
	}
	if err := m.Submit(now.Add(48 * time.Hour)); err != nil || m.RejectReason != "" {
		t.Fatalf("resubmit: %v %+v", err, m)
	}
	if err := m.Accept(now.Add(72 * time.Hour)); err != nil || m.State != MilestoneAccepted {
		t.Fatalf("accept: %v", err)
	}
	if m.Submit(now) == nil || m.Reject("x") == nil {
		t.Error("an accepted milestone changed state")
	}
}

func TestInstallmentPayments(t *testing.T) {
	i := Installment{AgreementID: 1, Title: "beta", Amount: Shekels(55800, 0), Paid: Shekels(0, 0), Term: TermEOMPlus, TermDays: 30}
	if err := i.Pay(Shekels(20000, 0)); err != nil || i.Paid.Amount != 2000000 {
		t.Fatalf("pay: %v %v", err, i.Paid)
	}
	if err := i.Pay(Shekels(40000, 0)); err == nil || !strings.Contains(err.Error(), "35800.00 outstanding") {
		t.Errorf("overpayment: %v", err)
	}
	if i.Pay(Money{Amount: 100, Currency: "USD"}) == nil || i.Pay(Shekels(0, 0)) == nil {
		t.Error("wrong currency or zero accepted")
	}
	if err := i.Pay(Shekels(35800, 0)); err != nil || i.Invoice(time.Now()) == nil {
		t.Errorf("a paid installment accepted an invoice: %v", err)
	}
}

func TestGroupThousands(t *testing.T) {
	for in, want := range map[string]string{"0": "0", "999": "999", "1000": "1,000", "1234567.50": "1,234,567.50",
		"-1234.5": "-1,234.5", "100000": "100,000", "12": "12"} {
		if got := GroupThousands(in); got != want {
			t.Errorf("GroupThousands(%q) = %q, want %q", in, got, want)
		}
	}
}
