package draft

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"sort"
	"text/template"

	"go.yaml.in/yaml/v3"
)

// clauseFS holds the clause library: clauses/<lang>/NN-<section>.tmpl (one
// section each, in file-name order), preamble.tmpl (title block and
// recitals), helpers.tmpl (shared phrases) and strings.yaml (words and
// labels).
//
//go:embed clauses
var clauseFS embed.FS

// Languages are the languages of the clause library.
var Languages = []string{"he", "en"}

// Library is the parsed clause library. Build one with NewLibrary and use
// it for any number of documents; it is read-only after construction and
// safe for concurrent use.
type Library struct {
	langs map[string]*langLibrary
}

type langLibrary struct {
	lang     string
	words    map[string]string
	tmpl     *template.Template
	sections []sectionFile
}

// sectionFile is one numbered section template.
type sectionFile struct {
	id   string // "payment" from "06-payment.tmpl"
	name string // the template name
}

var sectionFileRe = regexp.MustCompile(`^([0-9]{2})-([a-z_]+)\.tmpl$`)

// NewLibrary parses the embedded clause library.
func NewLibrary() (*Library, error) {
	sub, err := fs.Sub(clauseFS, "clauses")
	if err != nil {
		return nil, fmt.Errorf("clause library: %w", err)
	}
	return NewLibraryFS(sub)
}

// NewLibraryFS parses a clause library laid out like the embedded one
// (he/…, en/…), so that a lawyer can try edited templates without
// rebuilding the program.
func NewLibraryFS(fsys fs.FS) (*Library, error) {
	l := &Library{langs: map[string]*langLibrary{}}
	for _, lang := range Languages {
		ll, err := parseLang(fsys, lang)
		if err != nil {
			return nil, fmt.Errorf("clause library %s: %w", lang, err)
		}
		l.langs[lang] = ll
	}
	return l, nil
}

func parseLang(fsys fs.FS, lang string) (*langLibrary, error) {
	ll := &langLibrary{lang: lang, words: map[string]string{}}
	raw, err := fs.ReadFile(fsys, path.Join(lang, "strings.yaml"))
	if err != nil {
		return nil, err
	}
	if err := yaml.Unmarshal(raw, &ll.words); err != nil {
		return nil, fmt.Errorf("strings.yaml: %w", err)
	}
	names, err := fs.Glob(fsys, path.Join(lang, "*.tmpl"))
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	root := template.New(lang).Option("missingkey=error").Funcs(placeholderFuncs())
	for _, n := range names {
		base := path.Base(n)
		src, err := fs.ReadFile(fsys, n)
		if err != nil {
			return nil, err
		}
		if _, err := root.New(base).Parse(string(src)); err != nil {
			return nil, err
		}
		if m := sectionFileRe.FindStringSubmatch(base); m != nil {
			ll.sections = append(ll.sections, sectionFile{id: m[2], name: base})
		} else if base != "preamble.tmpl" && base != "helpers.tmpl" {
			return nil, fmt.Errorf("%s: name section files NN-name.tmpl; shared phrases go in helpers.tmpl", base)
		}
	}
	if root.Lookup("preamble.tmpl") == nil {
		return nil, fmt.Errorf("preamble.tmpl is missing")
	}
	seen := map[string]bool{}
	for _, s := range ll.sections {
		if seen[s.id] {
			return nil, fmt.Errorf("two section files are named %q", s.id)
		}
		seen[s.id] = true
	}
	ll.tmpl = root
	return ll, nil
}

// word returns the library's word for key, or an error naming the key.
func (ll *langLibrary) word(key string) (string, error) {
	w, ok := ll.words[key]
	if !ok {
		return "", fmt.Errorf("strings.yaml (%s) has no %q", ll.lang, key)
	}
	return w, nil
}
