package token

import (
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/news"
)

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
		{"BESA HALIMI (Police spokesperson): Six.", "BESA HALIMI (Police spokesperson)"},
		{"REPORTER (Ana Pell, Radio Nord): How many?", "REPORTER (Ana Pell, Radio Nord)"},
		{"Minister (of the interior): text", ""},
		{"DARA VOSS (a role (nested)): text", ""},
		{"Hon STUART NASH (Minister of Police): As of today, 47,000.", "Hon STUART NASH (Minister of Police)"},
		{"Mr SPEAKER: Question No. 8.", "Mr SPEAKER"},
		{"Hon Stuart Nash: text", ""},
		{"Hon: text", ""},
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

func TestLabelParts(t *testing.T) {
	for _, tt := range []struct{ label, name, role string }{
		{"BESA HALIMI (Police spokesperson)", "BESA HALIMI", "Police spokesperson"},
		{"SECRETARY LORENZANA", "SECRETARY LORENZANA", ""},
		{"(Police)", "(Police)", ""},
		{"VOSS (a (b))", "VOSS (a (b))", ""},
	} {
		if name, role := LabelParts(tt.label); name != tt.name || role != tt.role {
			t.Errorf("LabelParts(%q) = %q, %q, want %q, %q", tt.label, name, role, tt.name, tt.role)
		}
	}
	if !Question("REPORTER (Ana Pell, Radio Nord)") {
		t.Errorf("a reporter's label with brackets is no question")
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

func TestQuestionParagraph(t *testing.T) {
	text := "Intro line.\n\nHow many attacks do you face?\n\nAround 20. Why?\nQ: And losses?\n"
	d := &news.Doc{Text: text}
	for _, s := range []string{"Intro line.", "How many attacks do you face?", "Around 20.", "Why?", "Q: And losses?"} {
		i := strings.Index(text, s)
		d.Sentences = append(d.Sentences, news.Sentence{Span: news.Span{Start: i, End: i + len(s)}})
	}
	want := []bool{false, true, false, false, false}
	for i, w := range want {
		if got := QuestionParagraph(d, i); got != w {
			t.Errorf("sentence %d (%q): %v, want %v", i, d.Sentences[i].Span.Of(text), got, w)
		}
	}
}
