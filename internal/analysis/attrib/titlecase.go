package attrib

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// titleCase capitalizes each word but small joining words, the words
// being strings.Fields(s) joined by single spaces. It builds the result in
// one allocation: institution calls it for every body a sentence names.
func titleCase(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	n := 0 // words written
	ascii := true
	for i := 0; i < len(s) && ascii; i++ {
		ascii = s[i] < utf8.RuneSelf
	}
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if !ascii {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		if isSpace(r) {
			i += size
			continue
		}
		j := i + size
		for j < len(s) {
			r, size := rune(s[j]), 1
			if !ascii {
				r, size = utf8.DecodeRuneInString(s[j:])
			}
			if isSpace(r) {
				break
			}
			j += size
		}
		w := s[i:j]
		if n > 0 {
			b.WriteByte(' ')
		}
		switch {
		case n > 0 && (w == "of" || w == "the" || w == "and" || w == "for"):
			b.WriteString(w)
		case ascii:
			if 'a' <= r && r <= 'z' {
				r -= 'a' - 'A'
			}
			b.WriteByte(byte(r))
			b.WriteString(w[1:])
		case utf8.ValidString(w):
			b.WriteRune(unicode.ToUpper(r))
			b.WriteString(w[size:])
		default:
			// string([]rune(w)) writes each invalid byte as U+FFFD.
			r := []rune(w)
			r[0] = unicode.ToUpper(r[0])
			b.WriteString(string(r))
		}
		n++
		i = j
	}
	return b.String()
}

// isSpace is unicode.IsSpace, without the call for ASCII.
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || '\t' <= r && r <= '\r'
	}
	return unicode.IsSpace(r)
}
