package segment

import (
	"strings"
	"testing"
)

// TestWordSet: the filter never turns away a word the map holds, in any
// case, and the values come through.
func TestWordSet(t *testing.T) {
	s := newWordSet()
	for w, v := range map[string]int{"monday": 2, "am": 1, "est": 1, "don't": 1, "co-author": 1, "понедельник": 2, "x": 1} {
		s.add(w, v)
	}
	tests := []struct {
		name, line string
		want       []int
	}{
		{"lowercase", "monday am est", []int{2, 1, 1}},
		{"capitals", "MONDAY Am EsT", []int{2, 1, 1}},
		{"misses", "mondays a esta", []int{0, 0, 0}},
		{"joined", "Don't co-author", []int{1, 1}},
		{"non-ASCII", "Понедельник понедельник", []int{2, 2}},
		{"one letter", "X y", []int{1, 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var lw lowerer
			lw.split(tt.line, 0, len(tt.line))
			if len(lw.words) != len(tt.want) {
				t.Fatalf("%d words, want %d", len(lw.words), len(tt.want))
			}
			for i, want := range tt.want {
				if got := s.of(&lw, i); got != want {
					t.Errorf("of(%q) = %d, want %d", lw.text[lw.words[i].Start:lw.words[i].End], got, want)
				}
				if got := s.has(&lw, i); got != (want != 0) {
					t.Errorf("has(%q) = %v", lw.text[lw.words[i].Start:lw.words[i].End], got)
				}
			}
		})
	}
}

// TestWordSetsMatchLists: every entry of every language's lists is found
// through its set, as written and in capitals.
func TestWordSetsMatchLists(t *testing.T) {
	for _, lang := range languages() {
		lx, err := loadLexicon(lang)
		if err != nil {
			t.Fatal(err)
		}
		for name, s := range map[string]*wordSet{"function": lx.function, "chrome": lx.chrome, "dates": lx.dates,
			"connectors": lx.connectors, "bio": lx.bio, "bioverbs": lx.bioVerbs} {
			t.Run(lang+"/"+name, func(t *testing.T) {
				for w, v := range s.m {
					for _, form := range []string{w, strings.ToUpper(w)} {
						var lw lowerer
						lw.split(form, 0, len(form))
						if len(lw.words) == 1 && string(lw.word(0)) == w {
							if got := s.of(&lw, 0); got != v {
								t.Errorf("of(%q) = %d, want %d", form, got, v)
							}
						}
					}
				}
			})
		}
	}
}
