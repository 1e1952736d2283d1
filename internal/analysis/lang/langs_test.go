package lang

import (
	"io/fs"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/analysis/token"
	"github.com/sitrep/sitrep/internal/news"
)

// TestLanguagesComplete checks that every language folder has the files the
// English one has, so Get never fails half-way for a language.
func TestLanguagesComplete(t *testing.T) {
	en, err := fs.Glob(dataFS, "en/*.txt")
	if err != nil || len(en) == 0 {
		t.Fatalf("en files: %v, %v", en, err)
	}
	for _, code := range []string{"de", "es", "fr", "ru", "uk"} {
		t.Run(code, func(t *testing.T) {
			for _, f := range en {
				name := code + f[2:]
				if _, err := fs.Stat(dataFS, name); err != nil {
					t.Errorf("missing %s", name)
				}
			}
			if _, err := Get(code); err != nil {
				t.Errorf("Get(%s): %v", code, err)
			}
		})
	}
}

func TestOtherLanguages(t *testing.T) {
	tests := []struct {
		lang, list, in, want string
	}{
		{"de", "cues", "laut", "asserted"},
		{"de", "cues", "zufolge", "asserted"},
		{"de", "cues", "sagte", "asserted"},
		{"de", "hedges", "angeblich", "reported"},
		{"de", "hedges", "mutmaßlich", "believed"},
		{"de", "measures", "getötet", "killed"},
		{"de", "measures", "Verluste", "casualties"},
		{"de", "nouns", "Soldaten", "personnel"},
		{"de", "nouns", "Drohnen", "drones"},
		{"es", "cues", "según", "asserted"},
		{"es", "cues", "de acuerdo con", "asserted"},
		{"es", "cues", "Según", "asserted"},
		{"es", "hedges", "presuntamente", "reported"},
		{"es", "measures", "muertos", "killed"},
		{"es", "measures", "bajas", "casualties"},
		{"es", "nouns", "soldados", "personnel"},
		{"fr", "cues", "selon", "asserted"},
		{"fr", "cues", "d'après", "asserted"},
		{"fr", "cues", "D’après", "asserted"},
		{"fr", "hedges", "selon des informations", "reported"},
		{"fr", "measures", "tués", "killed"},
		{"fr", "measures", "blessés", "wounded"},
		{"fr", "nouns", "soldats", "personnel"},
		{"ru", "cues", "по словам", "asserted"},
		{"ru", "cues", "По данным", "asserted"},
		{"ru", "hedges", "предположительно", "believed"},
		{"ru", "hedges", "якобы", "reported"},
		{"ru", "cues", "утверждают", "reported"},
		{"de", "cues", "behauptete", "reported"},
		{"ru", "measures", "убиты", "killed"},
		{"ru", "measures", "ранены", "wounded"},
		{"ru", "measures", "потери", "casualties"},
		{"ru", "measures", "уничтожённых", "destroyed"},
		{"ru", "nouns", "военнослужащих", "personnel"},
		{"ru", "nouns", "солдат", "personnel"},
		{"ru", "nouns", "беспилотников", "drones"},
		{"ru", "sources", "источники", "unnamed|unnamed sources"},
		{"uk", "cues", "як повідомляє", "asserted"},
		{"uk", "cues", "за даними", "asserted"},
		{"uk", "hedges", "нібито", "reported"},
		{"uk", "measures", "загинули", "killed"},
		{"uk", "measures", "поранені", "wounded"},
		{"uk", "measures", "втрати", "casualties"},
		{"uk", "nouns", "військових", "personnel"},
		{"uk", "nouns", "солдатів", "personnel"},
		{"uk", "pronouns", "він", "person"},
	}
	for _, tt := range tests {
		t.Run(tt.lang+"/"+tt.in, func(t *testing.T) {
			l, err := Get(tt.lang)
			if err != nil {
				t.Fatal(err)
			}
			set := map[string]*Phrases{"cues": l.Cues, "hedges": l.Hedges, "measures": l.Measures,
				"nouns": l.Nouns, "sources": l.Sources, "pronouns": l.Pronouns}[tt.list]
			got, ok := set.Get(tt.in)
			if !ok || got != tt.want {
				t.Errorf("%s Get(%q) = %q, %v; want %q", tt.list, tt.in, got, ok, tt.want)
			}
		})
	}
}

// TestCyrillicInText matches a phrase inside running Cyrillic text, where the
// tokens are capitalized and the phrase spans several of them.
func TestCyrillicInText(t *testing.T) {
	l, err := Get("ru")
	if err != nil {
		t.Fatal(err)
	}
	s := "По данным Генштаба, 300 военнослужащих убиты или ранены."
	toks := token.Tokenize(s, news.Span{Start: 0, End: len(s)})
	if n, v := l.Cues.MatchAt(s, toks, 0); n != 2 || v != "asserted" {
		t.Errorf("cue MatchAt = %d, %q; want 2, asserted", n, v)
	}
	if n, v := l.Nouns.MatchAt(s, toks, 5); n != 1 || v != "personnel" {
		t.Errorf("noun MatchAt = %d, %q; want 1, personnel", n, v)
	}
}

// TestBorderNounsLength checks that no border noun is shorter than the 6
// bytes quantity.minBorderNounBytes lets through its cheap test.
func TestBorderNounsLength(t *testing.T) {
	for _, code := range Languages() {
		b, err := fs.ReadFile(dataFS, code+"/borders.txt")
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(b), "\n") {
			role, words, ok := strings.Cut(line, "|")
			if !ok || strings.TrimSpace(role) != "noun" {
				continue
			}
			for _, w := range strings.Split(words, ";") {
				if w = strings.TrimSpace(w); len(w) < 6 {
					t.Errorf("%s: border noun %q is shorter than 6 bytes", code, w)
				}
			}
		}
	}
}
