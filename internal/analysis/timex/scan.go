package timex

import (
	"unicode"
	"unicode/utf8"
)

// Token kinds.
const (
	tkWord  = iota // a run of letters
	tkNum          // a run of ASCII digits
	tkPunct        // any other single rune
)

// token is one word, number or punctuation rune of the text, with byte offsets
// into the whole text.
type token struct {
	start, end int
	kind       uint8
	adj        bool   // no space between the previous token and this one
	nl         bool   // a line break between the previous token and this one
	cap        bool   // a word starting with an upper-case letter
	ascii      bool   // the token's text is ASCII: parser.is compares bytes
	id         uint16 // the lexicon word's id; 0 when the word is not one
	class      uint16 // the lexicon word's classes, read without looking it up
	val        int    // a number's value, capped so long digit runs cannot overflow
}

// tokenize splits text[start:end] into tokens, appending to toks. Words are
// looked up in the lexicon as they are made, which is the whole pre-scan:
// the grammar only starts at tokens that are numbers or known words.
func tokenize(lx *lexicon, text string, start, end int, toks []token) []token {
	adj, nl := false, false
	for i := start; i < end; {
		c := text[i]
		switch {
		case c == ' ' || c == '\t' || c == '\r':
			adj = false
			i++
			continue
		case c == '\n':
			adj, nl = false, true
			i++
			continue
		case '0' <= c && c <= '9':
			j, v := i, 0
			for j < end && '0' <= text[j] && text[j] <= '9' {
				if v < 1e6 {
					v = v*10 + int(text[j]-'0')
				}
				j++
			}
			toks = append(toks, token{start: i, end: j, kind: tkNum, adj: adj, nl: nl, ascii: true, val: v})
			i = j
		case c < 0x80 && isASCIILetter(c):
			// The word's short-table key is made as its letters are read.
			j, k := i+1, uint64(c|0x20)
			for j < end && asciiLetter[text[j]] {
				k = k<<7 | uint64(text[j]|0x20)
				j++
			}
			ascii := true
			if j < end && text[j] >= 0x80 {
				j2 := letterRun(text, j, end)
				ascii, j = j2 == j, j2
			}
			var w *word
			if ascii {
				w = lx.lookupASCII(text[i:j], k)
			} else {
				w = lx.lookup(text[i:j])
			}
			id, class := w.ref()
			toks = append(toks, token{start: i, end: j, kind: tkWord, adj: adj, nl: nl,
				cap: 'A' <= c && c <= 'Z', ascii: ascii, id: id, class: class})
			i = j
		case c < 0x80:
			toks = append(toks, token{start: i, end: i + 1, kind: tkPunct, adj: adj, nl: nl, ascii: true})
			i++
		default:
			r, n := utf8.DecodeRuneInString(text[i:end])
			switch {
			case unicode.IsLetter(r):
				j := letterRun(text, i, end)
				id, class := lx.lookup(text[i:j]).ref()
				toks = append(toks, token{start: i, end: j, kind: tkWord, adj: adj, nl: nl,
					cap: unicode.IsUpper(r), id: id, class: class})
				i = j
			case unicode.IsSpace(r):
				adj = false
				i += n
				continue
			default:
				toks = append(toks, token{start: i, end: i + n, kind: tkPunct, adj: adj, nl: nl})
				i += n
			}
		}
		adj, nl = true, false
	}
	return toks
}

func isASCIILetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// asciiLetter is isASCIILetter as a table, for the tokenizer's inner loop.
var asciiLetter = func() (t [256]bool) {
	for c := range t {
		t[c] = isASCIILetter(byte(c))
	}
	return t
}()

// letterRun returns the end of the run of letters starting at i.
func letterRun(text string, i, end int) int {
	for i < end {
		c := text[i]
		if c < 0x80 {
			if !isASCIILetter(c) {
				return i
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:end])
		if !unicode.IsLetter(r) {
			return i
		}
		i += n
	}
	return i
}
