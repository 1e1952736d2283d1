package attrib

import (
	"strings"
	"testing"
	"unicode"
)

// titleCaseRef is titleCase as it was before it built its result in one
// allocation: the reference the faster one must agree with.
func titleCaseRef(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		if i > 0 && (w == "of" || w == "the" || w == "and" || w == "for") {
			continue
		}
		r := []rune(w)
		r[0] = unicode.ToUpper(r[0])
		words[i] = string(r)
	}
	return strings.Join(words, " ")
}

var titleCaseInputs = []string{
	"", " ", "air force", "Defence  Ministry", "prosecutor general's office", "ministry of the interior",
	"the office for the", "\tforce\n", "служба безпеки", "état-major", "a\xffb c", "\xff", "of the", "x\u00a0y", "ǆemal",
}

func TestTitleCase(t *testing.T) {
	for _, s := range titleCaseInputs {
		t.Run(s, func(t *testing.T) {
			if got, want := titleCase(s), titleCaseRef(s); got != want {
				t.Errorf("titleCase(%q) = %q, want %q", s, got, want)
			}
		})
	}
}

func FuzzTitleCase(f *testing.F) {
	for _, s := range titleCaseInputs {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := titleCase(s), titleCaseRef(s); got != want {
			t.Errorf("titleCase(%q) = %q, want %q", s, got, want)
		}
	})
}
