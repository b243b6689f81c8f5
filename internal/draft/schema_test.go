package draft

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/invopop/jsonschema"
	jsv "github.com/santhosh-tekuri/jsonschema/v6"
	"go.yaml.in/yaml/v3"
)

var updateSchema = flag.Bool("update-schema", false, "rewrite docs/agreement.schema.json from the Go types")

const schemaFile = "../../docs/agreement.schema.json"

// generateSchema reflects the JSON Schema of the agreement format from the
// Go types, with the types' doc comments as descriptions.
func generateSchema(t *testing.T) []byte {
	t.Helper()
	r := &jsonschema.Reflector{
		FieldNameTag:               "yaml",
		RequiredFromJSONSchemaTags: true,
		Mapper:                     valueSchema,
	}
	if err := r.AddGoComments("github.com/heskem/heskem/internal/draft", "."); err != nil {
		t.Fatal(err)
	}
	s := r.Reflect(&Agreement{})
	s.ID = "https://heskem.dev/schema/agreement.schema.json"
	s.Title = "Heskem agreement (" + FormatV1 + ")"
	s.Description = "A service agreement as data: the input of `heskem draft`. See docs/agreement-format.md."
	b, err := json.MarshalIndent(s, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	return append(b, '\n')
}

// valueSchema gives the value types their schema: what a file may write.
func valueSchema(t reflect.Type) *jsonschema.Schema {
	str := func(pattern, desc string) *jsonschema.Schema {
		return &jsonschema.Schema{Type: "string", Pattern: pattern, Description: desc}
	}
	switch t {
	case textType:
		props := jsonschema.NewProperties()
		props.Set("he", &jsonschema.Schema{Type: "string"})
		props.Set("en", &jsonschema.Schema{Type: "string"})
		return &jsonschema.Schema{Description: "Text: a string in the file's language, or {he: …, en: …}.", AnyOf: []*jsonschema.Schema{
			{Type: "string"},
			{Type: "object", Properties: props, AdditionalProperties: jsonschema.FalseSchema, MinProperties: ptr(uint64(1))},
		}}
	case moneyType:
		return &jsonschema.Schema{Description: `An amount in major units with at most two decimals, e.g. "180000" or "350.50".`, AnyOf: []*jsonschema.Schema{
			str(`^[0-9]{1,13}(\.[0-9]{1,2})?$`, ""), {Type: "integer", Minimum: json.Number("0")},
		}}
	case percentType:
		return &jsonschema.Schema{Description: `A percentage without the % sign, e.g. "0.5".`, AnyOf: []*jsonschema.Schema{
			str(`^[0-9]{1,3}(\.[0-9]{1,4})?$`, ""), {Type: "number", Minimum: json.Number("0")},
		}}
	case dateType:
		return str(`^[0-9]{4}-[0-9]{2}-[0-9]{2}$`, "A date, YYYY-MM-DD.")
	case monthType:
		return str(`^[0-9]{4}-(0[1-9]|1[0-2])$`, "A month, YYYY-MM.")
	case durationType:
		return str(`^[0-9]+ (`+strings.Join(durationUnitPattern(), "|")+`)$`, `A count and a unit, e.g. "10 business_days".`)
	}
	return nil
}

func ptr[T any](v T) *T { return &v }

func durationUnitPattern() []string {
	return keys(units)
}

func TestSchemaFileIsCurrent(t *testing.T) {
	got := generateSchema(t)
	if *updateSchema {
		if err := os.WriteFile(schemaFile, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(schemaFile)
	if err != nil {
		t.Fatalf("%v (run go generate ./internal/draft)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s is out of date with the Go types; run: go generate ./internal/draft", schemaFile)
	}
}

// compileSchema compiles the committed schema.
func compileSchema(t *testing.T) *jsv.Schema {
	t.Helper()
	f, err := os.Open(schemaFile)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := jsv.UnmarshalJSON(f)
	if err != nil {
		t.Fatal(err)
	}
	c := jsv.NewCompiler()
	if err := c.AddResource("agreement.schema.json", doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile("agreement.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// yamlToJSON converts a YAML file to the JSON value the schema describes:
// YAML timestamps (an unquoted 2026-03-01) are strings, as in the format.
func yamlToJSON(t *testing.T, data []byte) any {
	t.Helper()
	var n yaml.Node
	if err := yaml.Unmarshal(data, &n); err != nil {
		t.Fatal(err)
	}
	var conv func(n *yaml.Node) any
	conv = func(n *yaml.Node) any {
		switch n.Kind {
		case yaml.DocumentNode:
			return conv(n.Content[0])
		case yaml.MappingNode:
			m := map[string]any{}
			for i := 0; i+1 < len(n.Content); i += 2 {
				m[n.Content[i].Value] = conv(n.Content[i+1])
			}
			return m
		case yaml.SequenceNode:
			l := []any{}
			for _, c := range n.Content {
				l = append(l, conv(c))
			}
			return l
		}
		switch n.ShortTag() {
		case "!!int", "!!float":
			return json.Number(n.Value)
		case "!!bool":
			return n.Value == "true"
		case "!!null":
			return nil
		}
		return n.Value
	}
	return conv(&n)
}

func validFiles(t *testing.T) []string {
	t.Helper()
	files := []string{"examples/he.yaml", "examples/en.yaml"}
	more, err := filepath.Glob("../../testdata/draft/*.yaml")
	if err != nil || len(more) == 0 {
		t.Fatalf("no test agreements: %v", err)
	}
	return append(files, more...)
}

func TestSchemaAcceptsValidAgreements(t *testing.T) {
	s := compileSchema(t)
	for _, f := range validFiles(t) {
		if err := s.Validate(yamlToJSON(t, readFile(t, f))); err != nil {
			t.Errorf("%s: %v", f, err)
		}
	}
}

func TestSchemaRejects(t *testing.T) {
	s := compileSchema(t)
	base := string(readFile(t, "../../testdata/draft/minimal.yaml"))
	tests := []struct{ name, from, to string }{
		{"unknown field", "title:", "titel:"},
		{"bad price model", "model: fixed", "model: fixd"},
		{"bad duration", "days: 30", "days: thirty"},
		{"date not ISO", "start: 2026-04-01", "start: 1.4.2026"},
		{"money with separators", `total: "12000"`, `total: "12,000"`},
		{"text with a third language", "title: הסכם למתן שירותי עיצוב", "title: {he: א, fr: b}"},
	}
	for _, tt := range tests {
		src := strings.Replace(base, tt.from, tt.to, 1)
		if src == base {
			t.Fatalf("%s: %q not in the file", tt.name, tt.from)
		}
		if err := s.Validate(yamlToJSON(t, []byte(src))); err == nil {
			t.Errorf("%s: the schema accepted it", tt.name)
		}
		// The loader agrees with the schema.
		if _, probs := Parse([]byte(src)); !probs.HasErrors() {
			t.Errorf("%s: the loader accepted it", tt.name)
		}
	}
}

func ExampleParse() {
	_, probs := Parse([]byte("format: heskem.agreement/v1\nlanguage: he\ntitel: x\n"))
	for _, p := range probs {
		if p.Line == 3 {
			fmt.Println(p)
		}
	}
	// Output: 3:1: error: titel: unknown field "titel" — fix: did you mean "title"?
}
