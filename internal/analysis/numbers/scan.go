package numbers

import (
	"unicode"
	"unicode/utf8"
)

// tkind is the kind of a token the scanner yields.
type tkind uint8

const (
	tEOF   tkind = iota
	tWord        // a run of letters
	tNum         // a run of ASCII digits (lexDigits reads the whole figure)
	tPunct       // one rune that is neither space, letter nor digit
)

// token is a word, digit run or punctuation rune with its byte offsets. The
// scanner never builds strings: words are looked up through a stack buffer.
type token struct {
	start, end int
	kind       tkind
	id         int32 // lexicon id of the lower-cased text, 0 when unknown
	gap        int   // bytes of space skipped before the token
	brk        bool  // a blank line lies before the token: expressions stop there
}

// maxWordLen bounds the words the lexicon can hold; longer words are unknown.
// German compounds such as "fünfhundertfünfundzwanzigtausend" need more
// than 32 bytes.
const maxWordLen = 48

// spaceAt returns the byte length of the space rune at text[i], or 0. Besides
// ASCII space it knows the no-break and thin spaces that news sites use
// inside figures and between words.
func spaceAt(text string, i int) int {
	c := text[i]
	switch c {
	case ' ', '\t', '\n', '\r', '\v', '\f':
		return 1
	case 0xc2: // U+00A0
		if i+1 < len(text) && text[i+1] == 0xa0 {
			return 2
		}
	case 0xe2: // U+2000..U+200A, U+202F, U+205F
		if i+2 < len(text) {
			b1, b2 := text[i+1], text[i+2]
			if b1 == 0x80 && (b2 <= 0x8a || b2 == 0xaf) || b1 == 0x81 && b2 == 0x9f {
				return 3
			}
		}
	case 0xe3: // U+3000
		if i+2 < len(text) && text[i+1] == 0x80 && text[i+2] == 0x80 {
			return 3
		}
	}
	return 0
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func isASCIILetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// letterAt returns the byte length of the letter rune at text[i], or 0.
func letterAt(text string, i int) int {
	c := text[i]
	if c < utf8.RuneSelf {
		if isASCIILetter(c) {
			return 1
		}
		return 0
	}
	// U+0400..U+047F, the Cyrillic of Russian and Ukrainian, are all
	// letters: skip the table lookup.
	if (c == 0xd0 || c == 0xd1) && i+1 < len(text) && text[i+1]&0xc0 == 0x80 {
		return 2
	}
	r, n := utf8.DecodeRuneInString(text[i:])
	if r != utf8.RuneError && unicode.IsLetter(r) {
		return n
	}
	return 0
}

// letterBefore reports whether the rune that ends at text[i] is a letter.
func letterBefore(text string, i int) bool {
	if i <= 0 {
		return false
	}
	c := text[i-1]
	if c < utf8.RuneSelf {
		return isASCIILetter(c)
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return r != utf8.RuneError && unicode.IsLetter(r)
}

// wordEnd returns the end of the run of letters that starts at i.
func wordEnd(text string, i int) int {
	for i < len(text) {
		if c := text[i]; c < utf8.RuneSelf {
			if byteClass[c] != bLetter {
				break
			}
			i++
			continue
		}
		n := letterAt(text, i)
		if n == 0 {
			break
		}
		i += n
	}
	return i
}

// scanner reads the mentions of one text with a lexicon. Reading a
// mention looks at the tokens after a figure or a qualifier again and
// again (the noun after "300" is read for a suffix, a range, a qualifier
// after it...), so next keeps the tokens it read in a small memo.
type scanner struct {
	*lexicon
	memo [memoSize]memoEntry
}

// memoSize is the number of tokens the memo keeps, by position: enough for
// the few tokens around the figure being read.
const memoSize = 8

type memoEntry struct {
	key int // the position plus one; 0 for an empty entry
	tok token
}

// newScanner returns a scanner for one text: the memo of next holds that
// text's tokens, so every call on the scanner must pass the same text.
func newScanner(lx *lexicon) *scanner { return &scanner{lexicon: lx} }

// next returns the token at or after pos.
func (lx *scanner) next(text string, pos int) token {
	e := &lx.memo[uint(pos)%memoSize]
	if e.key == pos+1 {
		return e.tok
	}
	t := lx.lexicon.next(text, pos)
	e.key, e.tok = pos+1, t
	return t
}

// next returns the token at or after pos, without a memo.
func (lx *lexicon) next(text string, pos int) token {
	t := lx.scanTok(text, pos)
	if t.kind == tWord || t.kind == tPunct {
		t.id = lx.lookup(text[t.start:t.end])
		if t.id == 0 && lx.loc.joiner != "" {
			if st, ok := lx.splitCompound(text, t); ok {
				return st
			}
		}
	}
	return t
}

// scanTok returns the token at or after pos without looking it up.
func (lx *lexicon) scanTok(text string, pos int) token {
	t := token{start: pos}
	nl := 0
	for pos < len(text) {
		// ASCII through the class table, the rest through spaceAt.
		c := text[pos]
		if cl := byteClass[c]; cl >= bSpace {
			if cl == bNewline {
				nl++
			}
			pos++
			continue
		}
		if c < utf8.RuneSelf {
			break
		}
		n := spaceAt(text, pos)
		if n == 0 {
			break
		}
		pos += n
	}
	t.gap = pos - t.start
	t.brk = nl >= 2
	t.start = pos
	if pos >= len(text) {
		t.end = pos
		return t
	}
	c := text[pos]
	switch {
	case isDigit(c):
		end := pos + 1
		for end < len(text) && isDigit(text[end]) {
			end++
		}
		t.kind, t.end = tNum, end
		return t
	case byteClass[c] == bLetter || c >= utf8.RuneSelf && letterAt(text, pos) > 0:
		t.kind, t.end = tWord, wordEnd(text, pos)
		if lx.loc.apos {
			for a := apostropheAt(text, t.end); a > 0; a = apostropheAt(text, t.end) {
				t.end = wordEnd(text, t.end+a)
			}
		}
	default:
		t.kind = tPunct
		if c < utf8.RuneSelf {
			t.end = pos + 1
		} else {
			_, n := utf8.DecodeRuneInString(text[pos:])
			t.end = pos + n
		}
	}
	return t
}

// lookup returns the lexicon id of s lower-cased, or 0.
func (lx *lexicon) lookup(s string) int32 {
	if len(s) > maxWordLen || len(s) > lx.maxLen || lx.lens[s[0]]&(1<<len(s)) == 0 && s[0] < utf8.RuneSelf {
		return 0
	}
	if a, b := pairIndex(s); a >= 0 && lx.pairs[a][b]&(1<<len(s)) == 0 {
		return 0
	}
	if len(lx.htab) > 0 && ascii(s) {
		return lx.lookupASCII(s)
	}
	var buf [maxWordLen]byte
	n := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf[n] = c
			n++
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		lr := unicode.ToLower(r)
		if utf8.RuneLen(lr) != size {
			// A rune whose lower case has another length would shift the
			// buffer; such words are not in any table.
			return 0
		}
		utf8.EncodeRune(buf[n:], lr)
		n += size
		i += size
	}
	return lx.ids[string(buf[:n])]
}

func ascii(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
