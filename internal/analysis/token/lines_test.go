package token

import "testing"

func TestHasBlankLine(t *testing.T) {
	for s, want := range map[string]bool{
		"":              false,
		" ":             false,
		"\n":            false,
		"\n\n":          true,
		" \n \t \n ":    true,
		"a\nb\nc":       false,
		".\n\nNext":     true,
		". \r\n\r\nNex": true,
	} {
		if got := HasBlankLine(s); got != want {
			t.Errorf("HasBlankLine(%q) = %v, want %v", s, got, want)
		}
	}
}
