package eval

import (
	"strings"

	"golang.org/x/text/unicode/norm"
)

// stopwords are dropped by Norm, as score.py drops them.
var stopwords = map[string]bool{"the": true, "of": true, "s": true, "and": true}

// Norm reduces a name to lowercase ASCII words without punctuation or
// stopwords: "Seoul's spy agency" -> "seoul spy agency". Accents are removed
// by decomposing and dropping what is not ASCII.
func Norm(s string) string {
	s = norm.NFKD.String(s)
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 0x80:
			continue // outside ASCII, as score.py's encode("ascii", "ignore")
		case 'A' <= c && c <= 'Z':
			b = append(b, c+'a'-'A')
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
			b = append(b, c)
		default:
			b = append(b, ' ')
		}
	}
	words := strings.Fields(string(b))
	out := words[:0]
	for _, w := range words {
		if !stopwords[w] {
			out = append(out, w)
		}
	}
	return strings.Join(out, " ")
}

// SameName reports whether two names refer to the same source by score.py's
// loose rule: equal or contained after Norm, or sharing at least half the
// words of the shorter one. Two empty names are the same.
func SameName(a, b string) bool {
	a, b = Norm(a), Norm(b)
	if a == "" || b == "" {
		return a == b
	}
	if a == b || strings.Contains(a, b) || strings.Contains(b, a) {
		return true
	}
	ta, tb := wordSet(a), wordSet(b)
	common := 0
	for w := range ta {
		if tb[w] {
			common++
		}
	}
	return float64(common)/float64(max(1, min(len(ta), len(tb)))) >= 0.5
}

func wordSet(s string) map[string]bool {
	set := make(map[string]bool)
	for _, w := range strings.Fields(s) {
		set[w] = true
	}
	return set
}
