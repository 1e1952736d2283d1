package token

import (
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/news"
)

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

func TestWholeLine(t *testing.T) {
	text := "Head\n\nMALI\nThe army said 12 were killed. More followed.\n  NIGER  \n"
	for _, tt := range []struct {
		part string
		want bool
	}{
		{"Head", true}, {"MALI", true}, {"NIGER", true},
		{"The army said 12 were killed.", false}, {"More followed.", false},
	} {
		i := strings.Index(text, tt.part)
		if got := WholeLine(text, news.Span{Start: i, End: i + len(tt.part)}); got != tt.want {
			t.Errorf("WholeLine(%q) = %v, want %v", tt.part, got, tt.want)
		}
	}
	if WholeLine(text, news.Span{Start: 5, End: len(text) + 1}) {
		t.Error("a span past the text is no line")
	}
}
