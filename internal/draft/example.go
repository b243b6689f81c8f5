package draft

import (
	"embed"
	"fmt"
)

//go:embed examples/he.yaml examples/en.yaml
var exampleFS embed.FS

// Example returns the complete, commented example agreement file in lang:
// a fixed-price software-development agreement in Hebrew ("he") or a
// managed-services retainer in English ("en"). Both are valid and draft
// into agreements that the review engine finds complete.
func Example(lang string) ([]byte, error) {
	switch lang {
	case "he", "en":
		return exampleFS.ReadFile("examples/" + lang + ".yaml")
	}
	return nil, fmt.Errorf("draft: no example in %q (want he or en)", lang)
}
