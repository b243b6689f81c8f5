package main

import "github.com/heskem/heskem/internal/docgen"

// fontsForTest reports whether the system has a font PDF drafting can use.
func fontsForTest() (string, string, error) { return docgen.FindFonts() }
