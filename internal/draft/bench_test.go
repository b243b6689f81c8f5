package draft

import "testing"

func BenchmarkParse(b *testing.B) {
	data := readFile(b, "examples/he.yaml")
	for b.Loop() {
		if _, probs := Parse(data); probs.HasErrors() {
			b.Fatal(probs)
		}
	}
}

func BenchmarkBuild(b *testing.B) {
	lib, err := NewLibrary()
	if err != nil {
		b.Fatal(err)
	}
	a, err := Load(readFile(b, "examples/he.yaml"))
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := lib.Build(a, "he"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkNewLibrary(b *testing.B) {
	for b.Loop() {
		if _, err := NewLibrary(); err != nil {
			b.Fatal(err)
		}
	}
}
