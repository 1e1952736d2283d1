package segment

import (
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/news"
)

// wordFlags describe a word's shape.
type wordFlags uint8

const (
	wUpper   wordFlags = 1 << iota // starts with an uppercase letter
	wLower                         // starts with a lowercase letter
	wNumeric                       // digits (and inner hyphens) only
	wAllCaps                       // has letters, none lowercase
)

// wordScanner finds words: runs of letters, digits and marks, joined by
// inner hyphens and apostrophes ("co-creator", "don't"). Everything else
// separates words.
type wordScanner struct{}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

func isJoiner(r rune) bool { return r == '-' || r == '\'' || r == '’' || r == '‐' || r == '‑' }

func (wordScanner) scan(s string, lo, hi int, fn func(lo, hi int, f wordFlags)) {
	i := lo
	for i < hi {
		r, n := runeAt(s, i, hi)
		if !isWordRune(r) || r == utf8.RuneError {
			i += max(n, 1)
			continue
		}
		start := i
		var f wordFlags
		switch {
		case isUpper(r):
			f |= wUpper
		case isLower(r):
			f |= wLower
		}
		digits, letters, lowers := true, false, false
		for i < hi {
			r, n = runeAt(s, i, hi)
			if isWordRune(r) && r != utf8.RuneError {
				if !isDigit(r) {
					digits = false
				}
				if isLetter(r) {
					letters = true
					lowers = lowers || isLower(r)
				}
				i += n
				continue
			}
			if isJoiner(r) {
				if r2, _ := runeAt(s, i+n, hi); isWordRune(r2) && r2 != utf8.RuneError {
					i += n
					continue
				}
			}
			break
		}
		if digits {
			f |= wNumeric
		}
		if letters && !lowers {
			f |= wAllCaps
		}
		fn(start, i, f)
	}
}

// lword is a word of a line: where it is, and its lowercase form in the
// line analyzer's buffer.
type lword struct {
	news.Span
	lo, hi int // the lowercase form: buf[lo:hi]
	flags  wordFlags
}

// lowerer collects the words of a line with their lowercase forms, reusing
// its buffers from line to line.
type lowerer struct {
	buf   []byte
	words []lword
}

func (l *lowerer) split(s string, lo, hi int) {
	l.buf, l.words = l.buf[:0], l.words[:0]
	wordScanner{}.scan(s, lo, hi, func(a, b int, f wordFlags) {
		start := len(l.buf)
		for i := a; i < b; {
			c := s[i]
			if c < utf8.RuneSelf {
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				l.buf = append(l.buf, c)
				i++
				continue
			}
			r, n := utf8.DecodeRuneInString(s[i:b])
			switch r { // curly apostrophes and odd hyphens read as the ASCII ones
			case '’':
				r = '\''
			case '‐', '‑':
				r = '-'
			}
			l.buf = utf8.AppendRune(l.buf, unicode.ToLower(r))
			i += n
		}
		l.words = append(l.words, lword{Span: news.Span{Start: a, End: b}, lo: start, hi: len(l.buf), flags: f})
	})
}

// word returns the lowercase form of word i (no allocation in map lookups
// and comparisons).
func (l *lowerer) word(i int) []byte { w := l.words[i]; return l.buf[w.lo:w.hi] }

// match finds the longest phrase of ps that starts at word i.
func (l *lowerer) match(ps phrases, i int) (phrase, bool) {
	best, ok := phrase{}, false
	for _, ph := range ps[string(l.word(i))] {
		if i+len(ph.words) > len(l.words) {
			continue
		}
		j := 1
		for ; j < len(ph.words); j++ {
			if string(l.word(i+j)) != ph.words[j] {
				break
			}
		}
		if j == len(ph.words) && (!ok || len(ph.words) > len(best.words)) {
			best, ok = ph, true
		}
	}
	return best, ok
}
