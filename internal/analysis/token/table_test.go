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

func TestLabelRows(t *testing.T) {
	for l, want := range map[string]bool{
		"Tanks destroyed: 135 (+4)":            true,
		"Türkiye: 44,374 | Syria: 5,951":       true,
		"Warplanes shot down: 3":               true,
		"Officials said: 40 people died":       false,
		"Note: see page 4. Total: 5":           false,
		"Helicopters destroyed: 8 (no change)": true,
		"Source: ministry statement No. 31":    false,
		"Killed: 40 | Wounded: many":           false,
	} {
		if got := IsLabelRow(l); got != want {
			t.Errorf("IsLabelRow(%q) = %v, want %v", l, got, want)
		}
	}
	text := "CHART 1 | Confirmed deaths, by country\nTürkiye: 44,374 | Syria: 5,951\n"
	fig := strings.Index(text, "5,951")
	label, ok := LabelRowFigure(text, news.Span{Start: fig, End: fig + len("5,951")})
	if !ok || label.Of(text) != "Syria" {
		t.Errorf("LabelRowFigure: %q %v, want Syria", label.Of(text), ok)
	}
	capSp, ok := TableCaption(text, fig)
	if !ok || capSp.Of(text) != "CHART 1 | Confirmed deaths, by country" {
		t.Errorf("TableCaption: %q %v", capSp.Of(text), ok)
	}
	tally := "CLAIMED LOSSES SINCE 27 FEBRUARY\n(change since Tuesday in brackets)\nPersonnel neutralised: 2,557 (+184)\nTanks destroyed: 135 (+4)\n"
	if capSp, ok := TableCaption(tally, strings.Index(tally, "Tanks")); !ok || capSp.Of(tally) != "CLAIMED LOSSES SINCE 27 FEBRUARY" {
		t.Errorf("TableCaption over a note: %q %v", capSp.Of(tally), ok)
	}
}

// FuzzTables checks that the table readers never panic and that what they
// return lies inside the text: a label inside its line, a caption above
// and a credit below the offset given.
func FuzzTables(f *testing.F) {
	f.Add("CAPTION\nTanks destroyed: 135 (+4)\nSource: ministry\n", 10)
	f.Add("Türkiye: 44,374 | Syria: 5,951", 9)
	f.Add("a: 1 | : 2 |\n(x)\n", 3)
	f.Add("District  Deaths  Injured\nBlantyre  190  620\nTotal  190  620\n", 38)
	f.Fuzz(func(t *testing.T, text string, off int) {
		if off < 0 || off > len(text) {
			return
		}
		for i := off; i < len(text) && i < off+8; i++ {
			if text[i] < '0' || text[i] > '9' {
				continue
			}
			j := i
			for j < len(text) && (text[j] >= '0' && text[j] <= '9' || text[j] == ',') {
				j++
			}
			if lab, ok := LabelRowFigure(text, news.Span{Start: i, End: j}); ok && (lab.Start < 0 || lab.End > i || lab.Start > lab.End) {
				t.Fatalf("label %v outside the row before figure %d-%d", lab, i, j)
			}
			if cc, ok := ColumnFigure(text, news.Span{Start: i, End: j}); ok {
				for _, sp := range []news.Span{cc.Header, cc.LabelHeader} {
					if sp.Start < 0 || sp.End > i || sp.Start >= sp.End {
						t.Fatalf("header %v not above figure %d-%d", sp, i, j)
					}
				}
				if cc.Label.Start < 0 || cc.Label.End > i || cc.Label.Start >= cc.Label.End {
					t.Fatalf("label %v outside the row before figure %d-%d", cc.Label, i, j)
				}
			}
			break
		}
		if sp, ok := TableCaption(text, off); ok && (sp.Start < 0 || sp.End > off || sp.Start > sp.End) {
			t.Fatalf("caption %v not above %d", sp, off)
		}
		if sp, ok := TableCredit(text, off); ok && (sp.Start < 0 || sp.End > len(text) || sp.Start > sp.End) {
			t.Fatalf("credit %v outside the text", sp)
		}
		IsLabelRow(text)
	})
}

// TestColumnFigure checks a figure's column header and row label in a
// table of columns, and that prose, a row without a header, or a header of
// another width give none.
func TestColumnFigure(t *testing.T) {
	table := "Figures on Thursday.\n\nDistrict        Deaths   Injured   Missing\nBlantyre        190      620       37\nMulanje         75       210       19\nTotal           265      830       56\n\nMore text.\n"
	for _, tt := range []struct {
		text, fig     string
		header, label string
		ok            bool
	}{
		{table, "620", "Injured", "Blantyre", true},
		{table, "56", "Missing", "Total", true},
		{table, "75", "Deaths", "Mulanje", true},
		{table, "265", "Deaths", "Total", true},
		{"Blantyre        190      620       37\nMulanje         75       210       19\n", "210", "", "", false},
		{"District   Deaths\nBlantyre        190      620       37\n", "620", "", "", false},
		{"The storm killed 190 people and injured 620 in Blantyre.\n", "620", "", "", false},
	} {
		i := strings.Index(tt.text, tt.fig)
		cc, ok := ColumnFigure(tt.text, news.Span{Start: i, End: i + len(tt.fig)})
		h, l := cc.Header, cc.Label
		if ok && cc.LabelHeader.Of(tt.text) != "District" {
			t.Errorf("ColumnFigure(%q): labels' header %q, want District", tt.fig, cc.LabelHeader.Of(tt.text))
		}
		if ok != tt.ok || ok && (h.Of(tt.text) != tt.header || l.Of(tt.text) != tt.label) {
			t.Errorf("ColumnFigure(%q) = %q, %q, %v; want %q, %q, %v", tt.fig, h.Of(tt.text), l.Of(tt.text), ok, tt.header, tt.label, tt.ok)
		}
	}
}
