package docx

import (
	"encoding/xml"
	"fmt"
	"io"
	"path"
	"strings"

	"golang.org/x/net/html/charset"

	"github.com/heskem/heskem/internal/review/extract/textdoc"
)

// Relationship type suffixes we follow. Transitional and Strict OOXML use
// different prefixes with the same last path element.
const (
	relOfficeDocument = "/officeDocument"
	macroContentType  = "macroenabled"
)

type xRelationships struct {
	Rels []struct {
		Type       string `xml:"Type,attr"`
		Target     string `xml:"Target,attr"`
		TargetMode string `xml:"TargetMode,attr"`
	} `xml:"Relationship"`
}

type xContentTypes struct {
	Overrides []struct {
		PartName    string `xml:"PartName,attr"`
		ContentType string `xml:"ContentType,attr"`
	} `xml:"Override"`
	Defaults []struct {
		ContentType string `xml:"ContentType,attr"`
	} `xml:"Default"`
}

// mainDocument returns the name of the main document part: the target of
// the package's officeDocument relationship, else word/document.xml. It
// also refuses a macro-enabled content type.
func (p *pkg) mainDocument() (string, error) {
	if p.has("[Content_Types].xml") {
		var ct xContentTypes
		if err := p.unmarshal("[Content_Types].xml", &ct); err != nil {
			return "", err
		}
		for _, o := range ct.Overrides {
			if strings.Contains(strings.ToLower(o.ContentType), macroContentType) {
				return "", fmt.Errorf("%w: part %s has content type %s", textdoc.ErrMacroEnabled, o.PartName, o.ContentType)
			}
		}
		for _, d := range ct.Defaults {
			if strings.Contains(strings.ToLower(d.ContentType), "vbaproject") {
				return "", fmt.Errorf("%w: content type %s", textdoc.ErrMacroEnabled, d.ContentType)
			}
		}
	}
	main := ""
	if p.has("_rels/.rels") {
		var rels xRelationships
		if err := p.unmarshal("_rels/.rels", &rels); err != nil {
			return "", err
		}
		for _, r := range rels.Rels {
			if strings.HasSuffix(r.Type, relOfficeDocument) && r.TargetMode != "External" {
				main = resolve("", r.Target)
				break
			}
		}
	}
	if main == "" || !p.has(main) {
		main = "word/document.xml"
	}
	if !p.has(main) {
		return "", fmt.Errorf("%w: no main document part (word/document.xml); not a Word document", textdoc.ErrCorrupt)
	}
	return main, nil
}

// relationships returns the parts related to part, keyed by the last path
// element of the relationship type ("styles", "numbering", "footnotes").
func (p *pkg) relationships(part string) (map[string]string, error) {
	dir, base := path.Split(part)
	relsName := dir + "_rels/" + base + ".rels"
	out := map[string]string{}
	if !p.has(relsName) {
		// Without relationships, try the usual names.
		for _, k := range []string{"styles", "numbering", "footnotes"} {
			out[k] = dir + k + ".xml"
		}
		return out, nil
	}
	var rels xRelationships
	if err := p.unmarshal(relsName, &rels); err != nil {
		return nil, err
	}
	for _, r := range rels.Rels {
		if r.TargetMode == "External" {
			continue
		}
		kind := path.Base(r.Type)
		if _, dup := out[kind]; !dup {
			out[kind] = resolve(dir, r.Target)
		}
	}
	return out, nil
}

// resolve turns a relationship target into a part name.
func resolve(dir, target string) string {
	target = strings.ReplaceAll(target, `\`, "/")
	if strings.HasPrefix(target, "/") {
		return strings.TrimPrefix(path.Clean(target), "/")
	}
	return strings.TrimPrefix(path.Clean("/"+dir+target), "/")
}

// decoder returns an XML decoder for r that accepts the encodings an XML
// part may declare.
func decoder(r io.Reader) *xml.Decoder {
	d := xml.NewDecoder(r)
	d.CharsetReader = charset.NewReaderLabel
	return d
}

// unmarshal decodes a whole small part (relationships, styles, numbering)
// into v.
func (p *pkg) unmarshal(name string, v any) error {
	rc, err := p.openPart(name)
	if err != nil {
		return err
	}
	defer rc.Close()
	if err := decoder(rc).Decode(v); err != nil {
		return p.partError(name, err)
	}
	return nil
}

// parse streams a part through fn.
func (p *pkg) parse(name string, fn func(*xml.Decoder) error) error {
	rc, err := p.openPart(name)
	if err != nil {
		return err
	}
	defer rc.Close()
	if err := fn(decoder(rc)); err != nil {
		return p.partError(name, err)
	}
	return nil
}
