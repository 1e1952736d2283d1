package token

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Norm returns s lower-cased, with typographic apostrophes and hyphens folded
// to ASCII and Russian "ё" folded to "е" (news prints either), for lexicon
// look-ups. It allocates only when s changes.
func Norm(s string) string {
	clean := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r == '’' || r == '‘' || r == 'ʼ':
			b.WriteByte('\'')
		case r == '‐' || r == '‑' || r == '–':
			b.WriteByte('-')
		case r == 'ё' || r == 'Ё':
			b.WriteRune('е')
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// IsCapitalized reports whether s starts with an upper-case letter.
func IsCapitalized(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}
