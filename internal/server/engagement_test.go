package server_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/heskem/heskem/internal/heskem"
)

// form posts an HTML form as a browser would.
func (a *app) form(path string, values url.Values) *httptest.ResponseRecorder {
	req := httptest.NewRequest("POST", path, strings.NewReader(values.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	rec := httptest.NewRecorder()
	a.srv.Handler().ServeHTTP(rec, req)
	return rec
}

func TestMilestoneLifecycleOnTheWeb(t *testing.T) {
	a := sqliteApp(t, nil)
	page := a.do("GET", "/agreements/1", "").Body.String()
	if !strings.Contains(page, `action="/agreements/1/milestones/2/submit"`) {
		t.Fatalf("no submit form on the late milestone")
	}
	// A שוטף + 30 payment not yet invoiced offers to record the invoice.
	if !strings.Contains(page, `action="/agreements/1/installments/3/invoice"`) {
		t.Error("no invoice button on a payment awaiting its invoice")
	}
	// Rejecting before submission is refused with a message on the page.
	rec := a.form("/agreements/1/milestones/2/reject", url.Values{"reason": {"x"}})
	if rec.Code != http.StatusSeeOther || !strings.Contains(rec.Header().Get("Location"), "error=") {
		t.Fatalf("reject pending = %d %s", rec.Code, rec.Header().Get("Location"))
	}
	if rec := a.form("/agreements/1/milestones/2/submit", nil); rec.Code != http.StatusSeeOther {
		t.Fatalf("submit = %d", rec.Code)
	}
	if rec := a.form("/agreements/1/milestones/2/reject", url.Values{"reason": {"טופס ההזמנה לא נשמר"}}); rec.Code != http.StatusSeeOther ||
		strings.Contains(rec.Header().Get("Location"), "error=") {
		t.Fatalf("reject = %d %s", rec.Code, rec.Header().Get("Location"))
	}
	page = a.do("GET", "/agreements/1", "").Body.String()
	if !strings.Contains(page, "טופס ההזמנה לא נשמר") || !strings.Contains(page, "פיצוי מוסכם לפי סעיף 11.2") {
		t.Errorf("rejected milestone does not show its reason and running penalty")
	}
	a.form("/agreements/1/milestones/2/submit", nil)
	a.form("/agreements/1/milestones/2/accept", nil)
	page = a.do("GET", "/agreements/1", "").Body.String()
	if !strings.Contains(page, "סופי (נמסר)") {
		t.Errorf("accepted late milestone should show a final penalty")
	}
	// Invoice the payment tied to it, pay part, and overpaying is refused.
	if rec := a.form("/agreements/1/installments/3/invoice", nil); rec.Code != http.StatusSeeOther {
		t.Fatalf("invoice = %d", rec.Code)
	}
	if rec := a.form("/agreements/1/installments/3/payments", url.Values{"amount": {"20,000"}}); strings.Contains(rec.Header().Get("Location"), "error=") {
		t.Fatalf("payment refused: %s", rec.Header().Get("Location"))
	}
	rec = a.form("/agreements/1/installments/3/payments", url.Values{"amount": {"99999"}})
	if loc, _ := url.QueryUnescape(rec.Header().Get("Location")); !strings.Contains(loc, "35800.00 outstanding") {
		t.Errorf("overpayment = %s", loc)
	}
	if !strings.Contains(a.do("GET", "/agreements/1", "").Body.String(), "35,800.00 ₪") {
		t.Error("outstanding amount not shown after a part payment")
	}
}

func TestEngagementAPI(t *testing.T) {
	a := sqliteApp(t, nil)
	runScenarios(t, a, []scenario{
		{name: "submit", method: "POST", path: "/api/v1/agreements/1/milestones/2/submit", body: `{"at":"2026-11-25T09:00:00Z"}`,
			wantStatus: 200, want: []string{`"state": "submitted"`, `"submitted_at": "2026-11-25T09:00:00Z"`}},
		{name: "reject needs reason", method: "POST", path: "/api/v1/agreements/1/milestones/2/reject", wantStatus: 422, want: []string{`"field": "reason"`}},
		{name: "accept", method: "POST", path: "/api/v1/agreements/1/milestones/2/accept", wantStatus: 200, want: []string{`"state": "accepted"`}},
		{name: "unknown action", method: "POST", path: "/api/v1/agreements/1/milestones/3/launch", wantStatus: 422},
		{name: "other agreement's milestone", method: "POST", path: "/api/v1/agreements/1/milestones/5/submit", wantStatus: 404},
		{name: "invoice", method: "POST", path: "/api/v1/agreements/1/installments/3/invoice", wantStatus: 200, want: []string{`"invoiced_at"`}},
		{name: "pay", method: "POST", path: "/api/v1/agreements/1/installments/3/payments", body: `{"amount":"55800.00"}`, wantStatus: 200,
			want: []string{`"paid": {`, `"amount": 5580000`}},
		{name: "bad amount", method: "POST", path: "/api/v1/agreements/1/installments/4/payments", body: `{"amount":"lots"}`, wantStatus: 422,
			want: []string{`"field": "amount"`}},
		{name: "standing", method: "GET", path: "/agreements/1", wantStatus: 200, want: []string{"סופי (נמסר)", "558.00 ₪"}},
	})
}

func TestDashboard(t *testing.T) {
	a := sqliteApp(t, nil)
	runScenarios(t, a, []scenario{
		{name: "page", method: "GET", path: "/dashboard", wantStatus: 200, want: []string{"אבני דרך באיחור", "גרסת בדיקות (בטא)",
			"837.00 ₪", "סעיף 11.2", "איחור של 4 ימים", "מועדים ב-14 הימים הקרובים", `href="/dashboard.csv?"`}},
		{name: "english", method: "GET", path: "/dashboard?lang=en", wantStatus: 200, want: []string{"Late milestones", "₪837.00", "clause 11.2"}},
		{name: "party filter", method: "GET", path: "/dashboard?party=3", wantStatus: 200, notWant: []string{"גרסת בדיקות (בטא)"}},
		{name: "api", method: "GET", path: "/api/v1/dashboard", wantStatus: 200, want: []string{`"late_milestones": [`, `"clause": "11.2"`,
			`"accrued": {`, `"amount": 83700`}},
		{name: "api bad status", method: "GET", path: "/api/v1/dashboard?status=lost", wantStatus: 422},
	})
	csv := a.do("GET", "/dashboard.csv", "")
	body := csv.Body.String()
	if !strings.HasPrefix(body, "\ufeffsection,agreement_id") || !strings.Contains(body, "late_milestones,1,הסכם לפיתוח מערכת הזמנות מקוונת") ||
		!strings.Contains(body, ",55800.00,ILS,837.00,11.2,false") || !strings.Contains(csv.Header().Get("Content-Type"), "text/csv") {
		t.Errorf("CSV:\n%s", body)
	}
}

func TestCalendarFeeds(t *testing.T) {
	a := sqliteApp(t, nil)
	rec := a.form("/agreements/1/feeds", url.Values{"label": {"יומן הפרויקט"}})
	if rec.Code != http.StatusCreated {
		t.Fatalf("create feed = %d", rec.Code)
	}
	m := regexp.MustCompile(`value="(http://[^"]+/calendar/[^"]+\.ics)"`).FindStringSubmatch(rec.Body.String())
	if m == nil {
		t.Fatalf("no feed URL on the page:\n%.1000s", rec.Body)
	}
	path := strings.TrimPrefix(m[1], "http://example.com")
	ics := a.do("GET", path, "")
	body := strings.ReplaceAll(ics.Body.String(), "\r\n ", "")
	for _, want := range []string{"BEGIN:VCALENDAR", "X-WR-CALNAME:יומן הפרויקט", "SUMMARY;LANGUAGE=he:אבן דרך: גרסת בדיקות (בטא)",
		"DTSTART;VALUE=DATE:20261123", "סעיף 11.2", "מועד אחרון: זכות ביטול בגין איחור", "SUMMARY;LANGUAGE=he:סיום ההסכם"} {
		if !strings.Contains(body, want) {
			t.Errorf("feed lacks %q", want)
		}
	}
	if ct := ics.Header().Get("Content-Type"); !strings.HasPrefix(ct, "text/calendar") {
		t.Errorf("Content-Type = %q", ct)
	}
	// The agreement page lists it; revoking it makes the URL a 404.
	if !strings.Contains(a.do("GET", "/agreements/1", "").Body.String(), "יומן הפרויקט") {
		t.Error("agreement page does not list the feed")
	}
	if rec := a.form("/feeds/1/revoke", url.Values{"back": {"/agreements/1#feeds"}}); rec.Code != http.StatusSeeOther || rec.Header().Get("Location") != "/agreements/1#feeds" {
		t.Fatalf("revoke = %d %s", rec.Code, rec.Header().Get("Location"))
	}
	if rec := a.do("GET", path, ""); rec.Code != 404 {
		t.Errorf("revoked feed = %d, want 404", rec.Code)
	}
	if rec := a.do("GET", "/calendar/not-a-token.ics", ""); rec.Code != 404 {
		t.Errorf("unknown token = %d", rec.Code)
	}
	// The workspace feed (API) has the active agreement's dates, not those
	// of the one still in review; an open redirect through "back" is refused.
	created := a.do("POST", "/api/v1/calendar-feeds", `{"label":"all"}`)
	var f struct{ URL string }
	json.Unmarshal(created.Body.Bytes(), &f)
	all := a.do("GET", strings.TrimPrefix(f.URL, "http://example.com"), "").Body.String()
	if created.Code != 201 || strings.Contains(all, "Onboarding and runbooks") || !strings.Contains(all, "אבן דרך: עלייה לאוויר") {
		t.Errorf("workspace feed = %d\n%.600s", created.Code, all)
	}
	if rec := a.form("/feeds/2/revoke", url.Values{"back": {"//evil.example"}}); rec.Header().Get("Location") != "/dashboard" {
		t.Errorf("open redirect: %s", rec.Header().Get("Location"))
	}
	if rec := a.do("DELETE", "/api/v1/calendar-feeds/2", ""); rec.Code != 204 {
		t.Errorf("API revoke = %d", rec.Code)
	}
}

func TestPaymentTermBeyondTheLaw(t *testing.T) {
	a := sqliteApp(t, nil)
	// שוטף + 60 between businesses is beyond the law's שוטף + 45 default.
	err := a.svc.Store.Update(context.Background(), func(tx heskem.Tx) error {
		return tx.CreateInstallment(context.Background(), &heskem.Installment{AgreementID: 1, Title: "תשלום ארוך", Amount: heskem.Shekels(1000, 0),
			Term: heskem.TermEOMPlus, TermDays: 60})
	})
	if err != nil {
		t.Fatal(err)
	}
	page := a.do("GET", "/agreements/1", "").Body.String()
	if !strings.Contains(page, "תשלום ארוך:") || !strings.Contains(page, "חוק מוסר תשלומים לספקים") {
		t.Errorf("no Payment to Suppliers Law warning on שוטף + 60:\n%.3000s", page[strings.Index(page, "payments"):])
	}
	if strings.Contains(page, "עם אישור האפיון:") {
		t.Error("שוטף + 30 was flagged")
	}
}

// TestPaymentTermByPayerType checks that the law's limit follows the
// agreement's payer type: שוטף + 40 is within the business default but
// beyond the state's שוטף + 30, which the parties cannot contract out of.
func TestPaymentTermByPayerType(t *testing.T) {
	a := sqliteApp(t, nil)
	ctx := context.Background()
	err := a.svc.Store.Update(ctx, func(tx heskem.Tx) error {
		return tx.CreateInstallment(ctx, &heskem.Installment{AgreementID: 1, Title: "תשלום ארבעים", Amount: heskem.Shekels(1000, 0),
			Term: heskem.TermEOMPlus, TermDays: 40})
	})
	if err != nil {
		t.Fatal(err)
	}
	if page := a.do("GET", "/agreements/1", "").Body.String(); strings.Contains(page, "תשלום ארבעים:") {
		t.Error("שוטף + 40 was flagged for a business payer")
	}
	err = a.svc.Store.Update(ctx, func(tx heskem.Tx) error {
		ag, err := tx.Agreement(ctx, a.org, 1)
		if err != nil {
			return err
		}
		ag.PayerType = "state"
		return tx.UpdateAgreement(ctx, ag)
	})
	if err != nil {
		t.Fatal(err)
	}
	page := a.do("GET", "/agreements/1", "").Body.String()
	if !strings.Contains(page, "<dd>המדינה</dd>") {
		t.Error("the agreement page does not say the payer is the State")
	}
	if !strings.Contains(page, `<p class="form-error" dir="auto"><b>תשלום ארבעים:</b>`) {
		t.Errorf("שוטף + 40 for the state is not flagged as beyond the law:\n%.3000s", page[strings.Index(page, "payments"):])
	}
	var got heskem.Agreement
	json.Unmarshal(a.do("GET", "/api/v1/agreements/1", "").Body.Bytes(), &got)
	if got.PayerType != "state" {
		t.Errorf("API payer_type = %q, want state", got.PayerType)
	}
	// An editable agreement takes a payer type by PATCH; an unknown one is
	// refused with the field named and nothing changed.
	if r := a.do("PATCH", "/api/v1/agreements/2", `{"revision":1,"payer_type":"municipality"}`); r.Code != 422 || !strings.Contains(r.Body.String(), "payer_type") {
		t.Errorf("unknown payer type = %d %s", r.Code, r.Body.String())
	}
	r := a.do("PATCH", "/api/v1/agreements/2", `{"revision":1,"payer_type":"public_body"}`)
	var patched heskem.Agreement
	json.Unmarshal(r.Body.Bytes(), &patched)
	if r.Code != 200 || patched.PayerType != "public_body" || patched.Revision != 2 {
		t.Errorf("payer type public_body = %d %s", r.Code, r.Body.String())
	}
}

// TestRenewalNoticeDeadline checks that an agreement which renews shows the
// last day to give notice of non-renewal on its page and in its calendar
// feed, for this period and the next.
func TestRenewalNoticeDeadline(t *testing.T) {
	a := sqliteApp(t, nil)
	ctx := context.Background()
	err := a.svc.Store.Update(ctx, func(tx heskem.Tx) error {
		ag, err := tx.Agreement(ctx, a.org, 1)
		if err != nil {
			return err
		}
		ag.EndDate = heskem.NewDate(2026, 12, 31)
		ag.Renewal = heskem.Renewal{Months: 12, NoticeCount: 30, NoticeUnit: "days"}
		return tx.UpdateAgreement(ctx, ag)
	})
	if err != nil {
		t.Fatal(err)
	}
	// Today is 27.11.2026; 30 days before 31.12.2026 is Tuesday 1.12.2026.
	page := a.do("GET", "/agreements/1", "").Body.String()
	for _, want := range []string{"חידוש אוטומטי", "לתקופות נוספות של 12 חודשים", "הודעה על אי-חידוש – עד 1.12.2026"} {
		if !strings.Contains(page, want) {
			t.Errorf("agreement page lacks %q", want)
		}
	}
	rec := a.form("/agreements/1/feeds", url.Values{"label": {"חידושים"}})
	m := regexp.MustCompile(`value="(http://[^"]+/calendar/[^"]+\.ics)"`).FindStringSubmatch(rec.Body.String())
	if m == nil {
		t.Fatalf("no feed URL on the page:\n%.1000s", rec.Body)
	}
	body := strings.ReplaceAll(a.do("GET", strings.TrimPrefix(m[1], "http://example.com"), "").Body.String(), "\r\n ", "")
	for _, want := range []string{"UID:notice-1-2026-12-31@heskem", "UID:notice-1-2027-12-31@heskem",
		"DTSTART;VALUE=DATE:20261201", "DTSTART;VALUE=DATE:20271201", "מועד אחרון להודעה על אי-חידוש", "אחרת ההסכם יתחדש אחרי 31.12.2026"} {
		if !strings.Contains(body, want) {
			t.Errorf("feed lacks %q", want)
		}
	}
	// Four days ahead, it is on the dashboard among what is due soon.
	dash := a.do("GET", "/dashboard", "").Body.String()
	if !strings.Contains(dash, "הודעה על אי-חידוש (התקופה מסתיימת ב-31.12.2026)") || !strings.Contains(dash, "<bdi>1.12.2026</bdi>") {
		t.Errorf("dashboard lacks the notice deadline:\n%.3000s", dash[strings.Index(dash, "s-soon"):])
	}
	// An English reader sees it in English once the deadline has passed.
	a.svc.Now = func() time.Time { return time.Date(2026, 12, 5, 10, 0, 0, 0, time.UTC) }
	en := a.do("GET", "/agreements/1?lang=en", "").Body.String()
	if !strings.Contains(en, "The notice deadline passed on") || !strings.Contains(en, "Next deadline:") {
		t.Errorf("English page after the deadline:\n%.400s", en[strings.Index(en, "Automatic renewal"):])
	}
}

// TestEditTermsOnTheWeb sets the payer type and automatic renewal of an
// agreement still in review from its page; a stale form and a bad unit
// are refused with the reason on the page and nothing changed, and an
// agreement in force offers no form.
func TestEditTermsOnTheWeb(t *testing.T) {
	a := sqliteApp(t, nil)
	page := a.do("GET", "/agreements/2", "").Body.String()
	if !strings.Contains(page, `action="/agreements/2/terms"`) || !strings.Contains(page, `name="revision" value="1"`) {
		t.Fatalf("no terms form on an agreement in review:\n%.2000s", page)
	}
	if strings.Contains(a.do("GET", "/agreements/1", "").Body.String(), `action="/agreements/1/terms"`) {
		t.Error("an active agreement offers the terms form")
	}
	post := func(v url.Values) string {
		t.Helper()
		rec := a.form("/agreements/2/terms", v)
		if rec.Code != http.StatusSeeOther {
			t.Fatalf("post = %d %s", rec.Code, rec.Body)
		}
		return rec.Header().Get("Location")
	}
	loc := post(url.Values{"revision": {"1"}, "payer_type": {"state"}, "renewal_months": {"12"}, "notice_count": {"60"}, "notice_unit": {"days"}})
	if loc != "/agreements/2#summary" {
		t.Errorf("after saving: %s", loc)
	}
	var got heskem.Agreement
	json.Unmarshal(a.do("GET", "/api/v1/agreements/2", "").Body.Bytes(), &got)
	want := heskem.Renewal{Months: 12, NoticeCount: 60, NoticeUnit: "days"}
	if got.PayerType != "state" || got.Renewal != want || got.Revision != 2 {
		t.Errorf("saved agreement: payer %q, renewal %+v, revision %d", got.PayerType, got.Renewal, got.Revision)
	}
	// The same form again (revision 1) is a conflict, explained.
	loc = post(url.Values{"revision": {"1"}, "payer_type": {"business"}})
	if !strings.Contains(loc, "error=") || !strings.Contains(a.do("GET", loc, "").Body.String(), "changed by someone else") {
		t.Errorf("stale form: %s", loc)
	}
	loc = post(url.Values{"revision": {"2"}, "payer_type": {"state"}, "renewal_months": {"12"}, "notice_count": {"2"}, "notice_unit": {"fortnights"}})
	if !strings.Contains(a.do("GET", loc, "").Body.String(), "fortnights") {
		t.Errorf("bad unit not explained: %s", loc)
	}
	loc = post(url.Values{"revision": {"2"}, "renewal_months": {"twelve"}})
	if !strings.Contains(a.do("GET", loc, "").Body.String(), "is not a whole number") {
		t.Errorf("bad number not explained: %s", loc)
	}
	json.Unmarshal(a.do("GET", "/api/v1/agreements/2", "").Body.Bytes(), &got)
	if got.PayerType != "state" || got.Renewal != want || got.Revision != 2 {
		t.Errorf("refused forms changed the agreement: %+v", got)
	}
}

func TestOutboxPage(t *testing.T) {
	a := sqliteApp(t, nil)
	err := a.svc.Store.Update(context.Background(), func(tx heskem.Tx) error {
		return tx.CreateNotification(context.Background(), &heskem.Notification{OrgID: a.org, DedupeKey: "test-1", Kind: "reminder.overdue",
			Recipient: "itay@kodtzafon.example", Subject: "באיחור: גרסת בדיקות", BodyText: "שלום איתי,\nהסנקציה שנצברה: 837.00 ₪",
			Lang: "he", Status: heskem.NotificationOutbox, AgreementID: 1})
	})
	if err != nil {
		t.Fatal(err)
	}
	list := a.do("GET", "/outbox", "").Body.String()
	if !strings.Contains(list, "באיחור: גרסת בדיקות") || !strings.Contains(list, "בדואר היוצא") {
		t.Fatalf("outbox list:\n%.1500s", list)
	}
	if one := a.do("GET", "/outbox?id=1", "").Body.String(); !strings.Contains(one, "הסנקציה שנצברה: 837.00 ₪") || !strings.Contains(one, `dir="rtl"`) {
		t.Error("the opened message does not show its text right-to-left")
	}
}
