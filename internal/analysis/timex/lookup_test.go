package timex

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

// lookupRef is lexicon.lookup before its packed table for short words and
// its allocation-free lower-casing: the reference they must agree with.
func (lx *lexicon) lookupRef(s string) *word {
	if len(s) > lx.maxLen || len(s) > 32 {
		return nil
	}
	if c := s[0] | 0x20; 'a' <= c && c <= 'z' && !lx.shape[c-'a'][len(s)] {
		return nil
	}
	return lx.words[strings.ToLower(s)]
}

func lexicons(t testing.TB) []*lexicon {
	var out []*lexicon
	files, _ := filepath.Glob("lang/*.txt")
	for _, f := range files {
		lx, err := loadLexicon(strings.TrimSuffix(filepath.Base(f), ".txt"))
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, lx)
	}
	return out
}

func TestLookupMatchesReference(t *testing.T) {
	words := []string{"A", "Ǆ", "İstanbul", "KELVIN\u212a", "ß", "ẞ", "ΣΊΣΥΦΟΣ", "\xff", "e\u0301", strings.Repeat("z", 40)}
	for _, lx := range lexicons(t) {
		for w := range lx.words {
			words = append(words, w, strings.ToUpper(w), strings.Title(w))
		}
	}
	corpora, _ := filepath.Glob("../../../testdata/corpus*/*.txt")
	for _, f := range corpora {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		words = append(words, strings.FieldsFunc(string(b), func(r rune) bool { return !unicode.IsLetter(r) })...)
	}
	for _, lx := range lexicons(t) {
		for _, w := range words {
			if got, want := lx.lookup(w), lx.lookupRef(w); got != want {
				t.Fatalf("%s: lookup(%q) = %v, reference %v", lx.lang, w, got, want)
			}
			if k, ok := asciiKey(w); ok {
				if got, want := lx.lookupASCII(w, k), lx.lookupRef(w); got != want {
					t.Fatalf("%s: lookupASCII(%q) = %v, reference %v", lx.lang, w, got, want)
				}
			}
		}
	}
}

// asciiKey makes the key the tokenizer hands lookupASCII, for a word of
// ASCII letters only.
func asciiKey(w string) (uint64, bool) {
	var k uint64
	for i := 0; i < len(w); i++ {
		if !asciiLetter[w[i]] {
			return 0, false
		}
		k = k<<7 | uint64(w[i]|0x20)
	}
	return k, w != ""
}

func FuzzLookup(f *testing.F) {
	for _, s := range []string{"March", "MAI", "Марта", "ß", "x"} {
		f.Add(s)
	}
	lxs := lexicons(f)
	f.Fuzz(func(t *testing.T, s string) {
		if s == "" {
			return
		}
		for _, lx := range lxs {
			if got, want := lx.lookup(s), lx.lookupRef(s); got != want {
				t.Fatalf("%s: lookup(%q) = %v, reference %v", lx.lang, s, got, want)
			}
			if k, ok := asciiKey(s); ok {
				if got, want := lx.lookupASCII(s, k), lx.lookupRef(s); got != want {
					t.Fatalf("%s: lookupASCII(%q) = %v, reference %v", lx.lang, s, got, want)
				}
			}
		}
	})
}
