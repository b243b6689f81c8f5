package main

import (
	"os"
	"os/exec"
	"testing"

	"github.com/heskem/heskem/internal/docgen"
)

// fontsForTest reports whether the system has a font PDF drafting can use.
func fontsForTest() (string, string, error) { return docgen.FindFonts() }

// haveTool reports whether an external program the PDF tests need is
// installed. Without it the PDF cases are skipped with a message — the
// README's test command must pass on a machine with only Go — except in CI
// (CI set), where .ci/run installs it and its absence is a failure.
func haveTool(t *testing.T, name, pkg string) bool {
	t.Helper()
	if _, err := exec.LookPath(name); err == nil {
		return true
	}
	if os.Getenv("CI") != "" {
		t.Fatalf("%s is missing; CI must install %s", name, pkg)
	}
	t.Logf("PDF cases skipped: %s not found (apt-get install %s)", name, pkg)
	return false
}
