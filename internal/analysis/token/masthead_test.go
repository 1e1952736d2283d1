package token

import (
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/news"
)

func TestMasthead(t *testing.T) {
	for _, tt := range []struct{ text, headline, want string }{
		{"INDUS RELIEF NETWORK\nPakistan floods: situation report\n\nText.\n", "Pakistan floods: situation report", "Indus Relief Network"},
		{"ISLAND FM NEWS — 1300 BULLETIN\nToll rises to 321\n\nText.\n", "Toll rises to 321", "Island FM News"},
		{"GROUNDTRUTH LAB — open-source investigations\nAbqaiq from above\n\nText.\n", "Abqaiq from above", "Groundtruth Lab"},
		{"THE HOUSE OF REPRESENTATIVES\nQuestions\n\nText.\n", "Questions", "The House of Representatives"},
		{"OPINION\nA floor, not a total\n\nText.\n", "A floor, not a total", ""},
		{"Seoul Tribune\nNorth Korea sends more troops\n\nText.\n", "North Korea sends more troops", ""},
		{"TROOPS SENT TO KURSK\n\nText.\n", "TROOPS SENT TO KURSK", ""},
		{"PRESS RELEASE\nOur forces repel attack\n\nText.\n", "Our forces repel attack", ""},
		{"OPERATIONAL UPDATE - 14 AUGUST 2024, 08:00\nOur forces repel 11 assaults\n\nText.\n", "Our forces repel 11 assaults", ""},
		{"NORTHERN COMMAND MORNING BRIEF\nOur forces repel 11 assaults\n\nText.\n", "Our forces repel 11 assaults", ""},
	} {
		h := strings.Index(tt.text, tt.headline)
		if got := Masthead(tt.text, news.Span{Start: h, End: h + len(tt.headline)}); got != tt.want {
			t.Errorf("Masthead(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
