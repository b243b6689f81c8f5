package mail

import (
	"html/template"
	"strings"
)

// docTemplate is the shell of every HTML email. The direction is set on
// both html and body, and repeated in CSS, because mail clients strip the
// html element (Gmail keeps only the body) and some ignore the attribute.
var docTemplate = template.Must(template.New("doc").Parse(`<!DOCTYPE html>
<html lang="{{.Lang}}" dir="{{.Dir}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Subject}}</title>
</head>
{{if .RTL}}<body dir="rtl" lang="{{.Lang}}" style="direction: rtl; text-align: right; font-family: Arial, 'Noto Sans Hebrew', 'Segoe UI', sans-serif; line-height: 1.5;">{{else}}<body dir="ltr" lang="{{.Lang}}" style="direction: ltr; text-align: left; font-family: Arial, 'Segoe UI', sans-serif; line-height: 1.5;">{{end}}
{{.Body}}
</body>
</html>
`))

// HTMLDocument returns m's HTML part as a complete document in m's
// language and direction: Hebrew is dir="rtl" lang="he". m.HTML is a body
// fragment the caller built with html/template (so it is already escaped);
// it is inserted as is.
func HTMLDocument(m Message) string {
	lang := m.Lang
	if lang != "en" {
		lang = "he"
	}
	dir := "ltr"
	if lang == "he" {
		dir = "rtl"
	}
	var b strings.Builder
	// The template and its data are fixed, so executing it cannot fail
	// except on a broken writer, and a strings.Builder never breaks.
	_ = docTemplate.Execute(&b, struct {
		Lang, Dir, Subject string
		RTL                bool
		Body               template.HTML
	}{lang, dir, m.Subject, dir == "rtl", template.HTML(m.HTML)}) //nolint:gosec // m.HTML is built by html/template in notify
	return b.String()
}
