package token

import (
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/news"
)

func TestIsTableRow(t *testing.T) {
	for line, want := range map[string]bool{
		"Sindh .................... 724":   true,
		"Gilgit-Baltistan and AJK .. 70":   true,
		"Khyber Pakhtunkhwa      1,306":    true,
		"Total\t1,591":                     true,
		"Sindh… 724":                       true,
		"The toll rose to 724":             false,
		"724":                              false,
		"Sindh 724":                        false,
		"Table 1 — Flood deaths by region": false,
	} {
		if got := IsTableRow(line); got != want {
			t.Errorf("IsTableRow(%q) = %v, want %v", line, got, want)
		}
	}
}

func TestTableCaption(t *testing.T) {
	text := "Deaths rose.\n\n   Table 1 — Deaths by province (NDMA, 27 September)\n   Sindh .......... 724\n   Punjab ......... 192\n\nNo caption:\n\n   Sindh .......... 724\n"
	row := strings.Index(text, "Punjab")
	sp, ok := TableCaption(text, row)
	if !ok || strings.TrimSpace(sp.Of(text)) != "Table 1 — Deaths by province (NDMA, 27 September)" {
		t.Errorf("TableCaption = %q, %v", sp.Of(text), ok)
	}
	if _, ok := TableCaption(text, strings.LastIndex(text, "Sindh")); ok {
		t.Error("a row after a blank line has a caption")
	}
	fig := strings.Index(text, "192")
	if !RowFigure(text, news.Span{Start: fig, End: fig + 3}) {
		t.Error("192 ends its row")
	}
	if RowFigure(text, news.Span{Start: 0, End: 6}) {
		t.Error("a sentence's word ends no row")
	}
}
