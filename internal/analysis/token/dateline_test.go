package token

import (
	"testing"

	"github.com/sitrep/sitrep/internal/news"
)

func TestDatelineEnd(t *testing.T) {
	for text, want := range map[string]string{
		"KYIV, Feb 20 (Northline Wire) - Ukraine said": "KYIV, Feb 20 (Northline Wire) - ",
		"PORT-AU-PRINCE (Wire) — Gangs freed inmates":  "PORT-AU-PRINCE (Wire) — ",
		"Kyiv, Feb 20 - Ukraine said":                  "",
		"About 40 people - most of them children":      "",
		"MOGADISHU - Two car bombs killed":             "MOGADISHU - ",
		"SAN JOSÉ — Floods cut the road":               "SAN JOSÉ — ",
		"UN - Russia talks":                            "",
		"KYIV - a drone hit":                           "KYIV - ",
	} {
		end := DatelineEnd(text, news.Span{Start: 0, End: len(text)})
		if got := text[:end]; got != want {
			t.Errorf("DatelineEnd(%q) = %q, want %q", text, got, want)
		}
	}
}
