package token

import "testing"

func TestSpeakerLabel(t *testing.T) {
	for _, tt := range []struct {
		text  string
		label string // "" when none
	}{
		{"SECRETARY LORENZANA: We estimate 30 remain.", "SECRETARY LORENZANA"},
		{"Intro\nGEN. AÑO: Fewer than 10.", "GEN. AÑO"},
		{"Q: How many were wounded?", "Q"},
		{"UPDATE 2: Toll rises to 40", ""},
		{"14:05 NIS: 300 killed", ""},
		{"Claim: Posts say 300,000 died.", ""},
		{"NIS: about 300 troops killed", "NIS"},
		{"THE VERY LONG LABEL THAT GOES ON AND ON: text", ""},
		{"Sudan: army retakes town", ""},
		{"", ""},
		{"ADVERTISEMENT", ""},
	} {
		start, end, ok := SpeakerLabel(tt.text, len(tt.text))
		got := ""
		if ok {
			got = tt.text[start:end]
		}
		if got != tt.label {
			t.Errorf("SpeakerLabel(%q) = %q, want %q", tt.text, got, tt.label)
		}
	}
}

func FuzzSpeakerLabel(f *testing.F) {
	f.Add("SECRETARY LORENZANA: We estimate", 5)
	f.Add("Q:", 0)
	f.Add("\n\xff:", 2)
	f.Fuzz(func(t *testing.T, text string, off int) {
		start, end, ok := SpeakerLabel(text, off)
		if ok && (start < 0 || end > len(text) || start >= end || text[end] != ':') {
			t.Fatalf("SpeakerLabel(%q, %d) = %d, %d", text, off, start, end)
		}
	})
}
