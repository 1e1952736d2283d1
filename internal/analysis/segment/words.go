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
	wASCII                         // ASCII only
)

// Byte classes for the word scanner; they are ORed over a word to learn
// its shape in the same pass that finds its end.
const (
	cLower  = 1
	cUpper  = 2
	cDigit  = 4
	cJoiner = 8  // '-' and '\'': inside a word only
	cMulti  = 16 // a byte of a multi-byte rune
)

var wordClass = func() (t [256]uint8) {
	for c := range t {
		switch {
		case 'a' <= c && c <= 'z':
			t[c] = cLower
		case 'A' <= c && c <= 'Z':
			t[c] = cUpper
		case '0' <= c && c <= '9':
			t[c] = cDigit
		case c == '-' || c == '\'':
			t[c] = cJoiner
		case c >= utf8.RuneSelf:
			t[c] = cMulti
		}
	}
	return t
}()

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 0 && wordClass[r]&(cLower|cUpper|cDigit) != 0
	}
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r))
}

// wordAt returns the byte length of a word rune at s[i], or 0.
func wordAt(s string, i, hi int) int {
	if i >= hi {
		return 0
	}
	if c := wordClass[s[i]]; c != cMulti {
		if c&(cLower|cUpper|cDigit) != 0 {
			return 1
		}
		return 0
	}
	r, n := utf8.DecodeRuneInString(s[i:hi])
	if isWordRune(r) {
		return n
	}
	return 0
}

// lword is a word of a line: where it is, its shape, and its lowercase
// form in the lowerer's buffer once asked for.
type lword struct {
	news.Span
	flags  wordFlags
	key    uint16 // filterKey of the word as written, for the filters of ASCII words
	lo, hi int32  // the lowercase form: buf[lo:hi]; lo < 0 until made
}

// lowerer splits a line into words — runs of letters, digits and marks,
// joined by inner hyphens and apostrophes ("co-creator", "don't") — and
// makes their lowercase forms on demand, reusing its buffers from line to
// line. Most words of a prose line are never lowercased: the phrase
// filters turn them away first.
type lowerer struct {
	text  string
	buf   []byte
	words []lword
}

func (l *lowerer) split(s string, lo, hi int) {
	l.text, l.buf, l.words = s, l.buf[:0], l.words[:0]
	for i := lo; i < hi; {
		if c := wordClass[s[i]]; c&(cLower|cUpper|cDigit) == 0 && (c != cMulti || wordAt(s, i, hi) == 0) {
			i++ // continuation bytes are never word starts
			continue
		}
		i = l.scanWord(s, i, hi)
	}
}

// scanWord reads the word starting at i and returns its end.
func (l *lowerer) scanWord(s string, i, hi int) int {
	start := i
	var bits uint8
	for i < hi {
		c := wordClass[s[i]]
		switch {
		case c&(cLower|cUpper|cDigit) != 0:
			bits |= c
			i++
			continue
		case c == cJoiner:
			if wordAt(s, i+1, hi) > 0 {
				i++
				continue
			}
		case c == cMulti:
			r, n := utf8.DecodeRuneInString(s[i:hi])
			if isWordRune(r) {
				bits |= cMulti | runeClass(r)
				i += n
				continue
			}
			if (r == '’' || r == '‐' || r == '‑') && wordAt(s, i+n, hi) > 0 {
				bits |= cMulti
				i += n
				continue
			}
		}
		break
	}
	var f wordFlags
	cls := wordClass[s[start]] & (cLower | cUpper | cDigit)
	if s[start] >= utf8.RuneSelf {
		first, _ := utf8.DecodeRuneInString(s[start:hi])
		cls = runeClass(first)
	}
	switch cls {
	case cUpper:
		f |= wUpper
	case cLower:
		f |= wLower
	}
	if bits&(cLower|cUpper) == 0 && bits&cDigit != 0 && bits&cMulti == 0 {
		f |= wNumeric
	}
	if bits&cUpper != 0 && bits&cLower == 0 {
		f |= wAllCaps
	}
	if bits&cMulti == 0 {
		f |= wASCII
	}
	// The word is written field by field into its slot: a composite
	// literal was built on the stack by small stores and copied with
	// 16-byte loads that could not take their data from those stores, a
	// stall that cost a fifth of the segment stage.
	l.words = append(l.words, lword{})
	w := &l.words[len(l.words)-1]
	w.Start, w.End = start, i
	w.flags, w.key, w.lo = f, filterKey(s[start:i]), -1
	return i
}

// runeClass classifies a rune as cLower, cUpper, cDigit or 0; letters of
// scripts without case count as lowercase, so they do not look like names.
func runeClass(r rune) uint8 {
	if r < utf8.RuneSelf {
		return wordClass[r] & (cLower | cUpper | cDigit)
	}
	switch {
	case unicode.IsUpper(r) || unicode.IsTitle(r):
		return cUpper
	case unicode.IsLetter(r):
		return cLower
	case unicode.IsDigit(r):
		return cDigit
	}
	return 0
}

// word returns the lowercase form of word i, making it on first use. Map
// lookups and comparisons with string(...) of it do not allocate.
func (l *lowerer) word(i int) []byte {
	w := &l.words[i]
	if w.lo < 0 {
		w.lo = int32(len(l.buf))
		l.buf = appendLower(l.buf, l.text[w.Start:w.End], w.flags&wASCII != 0)
		w.hi = int32(len(l.buf))
	}
	return l.buf[w.lo:w.hi]
}

func appendLower(buf []byte, s string, ascii bool) []byte {
	if ascii {
		for i := 0; i < len(s); i++ {
			c := s[i]
			if wordClass[c] == cUpper {
				c += 'a' - 'A'
			}
			buf = append(buf, c)
		}
		return buf
	}
	for _, r := range s {
		switch r { // curly apostrophes and odd hyphens read as the ASCII ones
		case '’':
			r = '\''
		case '‐', '‑':
			r = '-'
		default:
			r = unicode.ToLower(r)
		}
		buf = utf8.AppendRune(buf, r)
	}
	return buf
}

// match finds the longest phrase of ps that starts at word i.
func (l *lowerer) match(ps *phrases, i int) (phrase, bool) {
	if w := &l.words[i]; w.flags&wASCII != 0 && !ps.mayStart(w.key) {
		return phrase{}, false
	}
	best, ok := phrase{}, false
	for _, ph := range ps.first[string(l.word(i))] {
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
