package docgen

// DefaultLabels returns the generated words for a language ("he" or "en";
// anything else gets English). Writers use them for every Labels field a
// document leaves empty, so a caller only sets the words it wants changed.
func DefaultLabels(lang string) Labels {
	if lang == LangHebrew {
		return Labels{
			Page: "עמוד", Of: "מתוך", Signature: "חתימה", Name: "שם", Role: "תפקיד",
			Date: "תאריך", Between: "בין", And: "לבין", Hereafter: "להלן:",
		}
	}
	return Labels{
		Page: "Page", Of: "of", Signature: "Signature", Name: "Name", Role: "Title",
		Date: "Date", Between: "Between", And: "And", Hereafter: "hereinafter",
	}
}

// Languages a Document can be written in.
const (
	LangHebrew  = "he"
	LangEnglish = "en"
)

// labels returns d's labels cleaned (see clean), with empty fields filled
// from the defaults.
func (d *Document) labels() Labels {
	l, def := d.Labels, DefaultLabels(d.Lang)
	fill := func(v *string, d string) {
		if *v = clean(*v); *v == "" {
			*v = d
		}
	}
	fill(&l.Page, def.Page)
	fill(&l.Of, def.Of)
	fill(&l.Signature, def.Signature)
	fill(&l.Name, def.Name)
	fill(&l.Role, def.Role)
	fill(&l.Date, def.Date)
	fill(&l.Between, def.Between)
	fill(&l.And, def.And)
	fill(&l.Hereafter, def.Hereafter)
	return l
}

// rtl reports whether d is written right to left.
func (d *Document) rtl() bool { return d.Lang == LangHebrew }

// pageLabel is the page-number text, e.g. "עמוד 2 מתוך 7".
func (l Labels) pageLabel(page, pages string) string {
	return l.Page + " " + page + " " + l.Of + " " + pages
}
