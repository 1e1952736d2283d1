package token

import (
	"unicode"
	"unicode/utf8"
)

// Norm returns s lower-cased, with typographic apostrophes and hyphens folded
// to ASCII and Russian "ё" folded to "е" (news prints either), for lexicon
// look-ups. It allocates only when s changes.
func Norm(s string) string {
	if isNorm(s) {
		return s
	}
	return string(appendFolded(make([]byte, 0, len(s)), s))
}

// AppendNorm appends Norm(s) to dst. A look-up written as
// m[string(token.AppendNorm(buf[:0], w))], with buf an array on the stack,
// allocates nothing: the hot loops of the lexicons use it.
func AppendNorm(dst []byte, s string) []byte {
	if isNorm(s) {
		return append(dst, s...)
	}
	return appendFolded(dst, s)
}

// isNorm reports whether s is already normal: ASCII without capitals.
func isNorm(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			return false
		}
	}
	return true
}

func appendFolded(b []byte, s string) []byte {
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf:
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			b = append(b, byte(r))
		case r == '’' || r == '‘' || r == 'ʼ':
			b = append(b, '\'')
		case r == '‐' || r == '‑' || r == '–':
			b = append(b, '-')
		case r == 'ё' || r == 'Ё':
			b = utf8.AppendRune(b, 'е')
		default:
			b = utf8.AppendRune(b, unicode.ToLower(r))
		}
	}
	return b
}

// IsCapitalized reports whether s starts with an upper-case letter.
func IsCapitalized(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}
