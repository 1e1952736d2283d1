package lang

import (
	"testing"

	"github.com/sitrep/sitrep/internal/analysis/token"
	"github.com/sitrep/sitrep/internal/news"
)

func TestEnglish(t *testing.T) {
	l, err := Get("en")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		set  *Phrases
		in   string
		want string
	}{
		{"noun", l.Nouns, "troops", "personnel"},
		{"compound noun", l.Nouns, "artillery rounds", "munitions"},
		{"measure phrase", l.Measures, "killed or wounded", "casualties"},
		{"measure", l.Measures, "sent", "deployed"},
		{"cue", l.Cues, "according to", "reported"},
		{"cue said", l.Cues, "said", "asserted"},
		{"hedge", l.Hedges, "seems to", "believed"},
		{"source", l.Sources, "officials", "unnamed|unnamed officials"},
		{"pronoun", l.Pronouns, "he", "person"},
		{"case folded", l.Cues, "According to", "reported"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := tt.set.Get(tt.in)
			if !ok || got != tt.want {
				t.Errorf("Get(%q) = %q, %v; want %q", tt.in, got, ok, tt.want)
			}
		})
	}
	if _, err := Get("xx"); err == nil {
		t.Error("Get(xx) succeeded")
	}
}

func TestMatchAtLongest(t *testing.T) {
	p := NewPhrases()
	p.Add("killed", "killed")
	p.Add("killed or wounded", "casualties")
	s := "4,000 killed or wounded there"
	toks := token.Tokenize(s, news.Span{Start: 0, End: len(s)})
	if n, v := p.MatchAt(s, toks, 1); n != 3 || v != "casualties" {
		t.Errorf("MatchAt = %d, %q; want 3, casualties", n, v)
	}
	if n, _ := p.MatchAt(s, toks, 0); n != 0 {
		t.Errorf("MatchAt at a non-phrase = %d, want 0", n)
	}
}

// TestPreps checks the optional list of prepositional cues: French has one,
// English (read in code) has none and loads an empty list.
func TestPreps(t *testing.T) {
	fr, err := Get("fr")
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"selon", "d'après"} {
		if _, ok := fr.Preps.Get(w); !ok {
			t.Errorf("fr preps: %q missing", w)
		}
	}
	en, err := Get("en")
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := en.Preps.Get("said"); ok || en.Preps == nil {
		t.Errorf("en preps: want an empty list")
	}
}
