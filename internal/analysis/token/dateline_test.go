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
		"GAZA/CAIRO, July 14 (Wire) - Strikes killed":  "GAZA/CAIRO, July 14 (Wire) - ",
	} {
		end := DatelineEnd(text, news.Span{Start: 0, End: len(text)})
		if got := text[:end]; got != want {
			t.Errorf("DatelineEnd(%q) = %q, want %q", text, got, want)
		}
	}
}

func TestRoundup(t *testing.T) {
	one := "KYIV, Feb 20 (Wire) - Ukraine said 12 drones fell.\nIt added that 3 people died. KYIV - not a line start.\n"
	two := "WORLD BRIEFS\n\nMOGADISHU - Two bombs killed 100 people.\n\nSEOUL - A crowd crush killed 151.\n"
	for text, want := range map[string]bool{one: false, two: true} {
		var sents []news.Sentence
		start := 0
		for i := 0; i < len(text); i++ {
			if text[i] == '\n' || text[i] == '.' && i+1 < len(text) && text[i+1] == ' ' {
				if i > start {
					sents = append(sents, news.Sentence{Span: news.Span{Start: start, End: i}})
				}
				start = i + 1
				for start < len(text) && text[start] == ' ' {
					start++
				}
			}
		}
		if got := Roundup(text, sents); got != want {
			t.Errorf("Roundup(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestStampEnd checks a feed's stamps (StampEnd) and a timeline's, which
// may also be approximate, a range or a part of the day (EntryStampEnd).
func TestStampEnd(t *testing.T) {
	for _, tt := range []struct{ text, feed, entry string }{
		{"09:42 Civil protection chief Fabrizio Curcio says", "09:42 ", "09:42 "},
		{"08.15 - The mayor of Amatrice says", "08.15 - ", "08.15 - "},
		{"12:30 pm was the time", "", ""},
		{"9:05 The first blast", "9:05 ", "9:05 "},
		{"1,200 Troops arrived", "", ""},
		{"22:40 Зеленський: 40 drones", "22:40 ", "22:40 "},
		{"14:05 «Ukrzaliznytsia» said", "14:05 ", "14:05 "},
		{"08:00 – The NSG declares", "08:00 – ", "08:00 – "},
		{"c. 20:30 - Ten gunmen come ashore", "", "c. 20:30 - "},
		{"21:30-22:00 - Gunmen strike the cafe", "", "21:30-22:00 - "},
		{"Evening - Officials put the toll at 195", "", "Evening - "},
		{"Morning from Kathmandu, day four", "", ""},
		{"21:30-22:00 was the window", "", ""},
	} {
		sp := news.Span{Start: 0, End: len(tt.text)}
		if got := tt.text[:StampEnd(tt.text, sp)]; got != tt.feed {
			t.Errorf("StampEnd(%q) = %q, want %q", tt.text, got, tt.feed)
		}
		if got := tt.text[:EntryStampEnd(tt.text, sp)]; got != tt.entry {
			t.Errorf("EntryStampEnd(%q) = %q, want %q", tt.text, got, tt.entry)
		}
	}
}
