package server_test

import (
	"bytes"
	"encoding/json"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// upload sends a multipart form with a file and extra fields.
func (a *app) upload(t *testing.T, path, filename string, content []byte, fields map[string]string) *httptest.ResponseRecorder {
	t.Helper()
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	for k, v := range fields {
		mw.WriteField(k, v)
	}
	if filename != "" {
		fw, err := mw.CreateFormFile("file", filename)
		if err != nil {
			t.Fatal(err)
		}
		fw.Write(content)
	}
	mw.Close()
	req := httptest.NewRequest("POST", path, &body)
	req.Header.Set("Content-Type", mw.FormDataContentType())
	rec := httptest.NewRecorder()
	a.srv.Handler().ServeHTTP(rec, req)
	return rec
}

func readFixture(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "testdata", "extract", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestReviewAPI(t *testing.T) {
	a := sqliteApp(t, nil)
	docx := readFixture(t, "agreement-he.docx")

	rec := a.upload(t, "/api/v1/reviews", "agreement-he.docx", docx, nil)
	if rec.Code != 200 {
		t.Fatalf("evaluate = %d %s", rec.Code, rec.Body)
	}
	var rep struct {
		Schema   string
		Document struct{ Name, Language string }
		Steps    []json.RawMessage
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &rep); err != nil || rep.Schema != "heskem.review/v1" || rep.Document.Language != "he" || len(rep.Steps) != 4 {
		t.Fatalf("report = %+v (%v)", rep, err)
	}
	if list := a.do("GET", "/api/v1/reviews", ""); !strings.Contains(list.Body.String(), `"reviews": []`) {
		t.Errorf("an evaluation without agreement_id was stored: %s", list.Body)
	}

	rec = a.upload(t, "/api/v1/reviews", "agreement-he.docx", docx, map[string]string{"agreement_id": "1"})
	loc := rec.Header().Get("Location")
	if rec.Code != 201 || !strings.HasPrefix(loc, "/api/v1/reviews/") {
		t.Fatalf("evaluate and attach = %d, Location %q", rec.Code, loc)
	}
	if got := a.do("GET", loc, ""); got.Code != 200 || !strings.Contains(got.Body.String(), `"name": "agreement-he.docx"`) {
		t.Errorf("stored review = %d %.300s", got.Code, got.Body)
	}
	if got := a.do("GET", "/api/v1/agreements/1/reviews", ""); !strings.Contains(got.Body.String(), `"document_name": "agreement-he.docx"`) {
		t.Errorf("agreement reviews = %s", got.Body)
	}
	if got := a.do("GET", "/api/v1/agreements/2/reviews", ""); !strings.Contains(got.Body.String(), `"reviews": []`) {
		t.Errorf("review attached to the wrong agreement: %s", got.Body)
	}

	for _, tc := range []struct {
		name, file string
		content    []byte
		fields     map[string]string
		status     int
		want       string
	}{
		{"no file", "", nil, nil, 422, `"field": "file"`},
		{"corrupt docx", "x.docx", []byte("PK\x03\x04 broken"), nil, 422, "corrupt"},
		{"unknown format", "x.xyz", []byte("hello"), nil, 422, "unsupported format"},
		{"bad language", "a.txt", []byte("הסכם"), map[string]string{"lang": "fr"}, 422, `"field": "lang"`},
		{"unknown agreement", "a.txt", []byte("הסכם שירותים"), map[string]string{"agreement_id": "999"}, 422, `"field": "agreement_id"`},
		{"bad agreement id", "a.txt", []byte("הסכם"), map[string]string{"agreement_id": "x"}, 422, "agreement_id"},
	} {
		rec := a.upload(t, "/api/v1/reviews", tc.file, tc.content, tc.fields)
		if rec.Code != tc.status || !strings.Contains(rec.Body.String(), tc.want) {
			t.Errorf("%s: %d %s, want %d with %q", tc.name, rec.Code, rec.Body, tc.status, tc.want)
		}
	}
	if rec := a.do("POST", "/api/v1/reviews", `{"not":"multipart"}`); rec.Code != 422 {
		t.Errorf("JSON body = %d, want 422", rec.Code)
	}
	if rec := a.do("GET", "/api/v1/reviews/999", ""); rec.Code != 404 {
		t.Errorf("missing review = %d", rec.Code)
	}
}

func TestReviewPages(t *testing.T) {
	a := sqliteApp(t, nil)
	form := a.do("GET", "/review?agreement=2", "")
	if form.Code != 200 || !strings.Contains(form.Body.String(), `enctype="multipart/form-data"`) ||
		!strings.Contains(form.Body.String(), `<option value="2" selected>`) {
		t.Fatalf("upload form = %d\n%.1500s", form.Code, form.Body)
	}
	txt := readFixture(t, "agreement-he.txt")
	rec := a.upload(t, "/review", "agreement-he.txt", txt, map[string]string{"lang": "auto"})
	body := rec.Body.String()
	if rec.Code != 200 || !strings.Contains(body, "דוח הערכת הסכם") || !strings.Contains(body, `/static/report.css`) ||
		!strings.Contains(body, `<html lang="he" dir="rtl">`) {
		t.Fatalf("report page = %d\n%.1500s", rec.Code, body)
	}
	bad := a.upload(t, "/review", "notes.xyz", []byte("x"), nil)
	if bad.Code != 422 || !strings.Contains(bad.Body.String(), "unsupported format") || !strings.Contains(bad.Body.String(), `role="alert"`) {
		t.Errorf("bad upload = %d\n%.800s", bad.Code, bad.Body)
	}
	saved := a.upload(t, "/review", "agreement-he.txt", txt, map[string]string{"agreement_id": "1"})
	loc := saved.Header().Get("Location")
	if saved.Code != http.StatusSeeOther || !strings.HasPrefix(loc, "/reviews/") {
		t.Fatalf("attach = %d, Location %q", saved.Code, loc)
	}
	page := a.do("GET", loc, "")
	if !strings.Contains(page.Body.String(), "הדוח צורף להסכם") {
		t.Errorf("stored review page lacks the confirmation")
	}
	agreement := a.do("GET", "/agreements/1", "").Body.String()
	if !strings.Contains(agreement, "agreement-he.txt") || !strings.Contains(agreement, "דוחות הערכה") {
		t.Errorf("agreement page does not list the attached review")
	}
	id := strings.TrimSuffix(strings.TrimPrefix(loc, "/reviews/"), "?saved=1")
	dl := a.do("GET", "/reviews/"+id+"/report.html", "")
	if dl.Code != 200 || !strings.Contains(dl.Header().Get("Content-Security-Policy"), "unsafe-inline") ||
		!strings.Contains(dl.Header().Get("Content-Disposition"), "attachment") || !strings.Contains(dl.Body.String(), "<style>") {
		t.Errorf("download = %d %v", dl.Code, dl.Header())
	}
	if css := a.do("GET", "/static/report.css", ""); css.Code != 200 || !strings.Contains(css.Body.String(), ".hr-score") {
		t.Errorf("report.css = %d", css.Code)
	}
}
