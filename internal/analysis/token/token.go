// Package token splits text into word and punctuation tokens with byte
// offsets. The later stages (entities, quantities, attributions) read the
// text through these tokens, so the rules for apostrophes, hyphens and
// abbreviations live in one place.
package token

import (
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/news"
)

// Kind classifies a token.
type Kind uint8

const (
	Word       Kind = iota // letters, digits and their inner hyphens, periods and apostrophes
	Punct                  // one punctuation rune
	Possessive             // the clitic "'s" or "’s" (also a bare "'" after a plural)
)

// Token is a word or punctuation mark in the text.
type Token struct {
	news.Span
	Kind Kind
}

// Text returns the token's text.
func (t Token) Text(text string) string { return text[t.Start:t.End] }

// Tokenize splits text[sp] into tokens. Space is skipped; every other rune
// belongs to exactly one token. Invalid UTF-8 bytes become punctuation tokens
// of one byte, so offsets stay exact.
func Tokenize(text string, sp news.Span) []Token {
	return appendTokens(make([]Token, 0, sp.Len()/5+1), text, sp)
}

// AppendTokens is Tokenize appending to dst, which must be empty: a
// caller that tokenizes a short phrase into an array on its stack
// allocates nothing.
func AppendTokens(dst []Token, text string, sp news.Span) []Token {
	return appendTokens(dst[:0], text, sp)
}

// appendTokens is Tokenize appending to toks, which must be empty: the
// rules for apostrophes read the tokens of the span made so far.
func appendTokens(toks []Token, text string, sp news.Span) []Token {
	i := sp.Start
	for i < sp.End {
		// ASCII, most of the text, is classified by a table; the rest by
		// the unicode package, under the same rules.
		if c := text[i]; c < utf8.RuneSelf {
			switch {
			case asciiSpace[c]:
				i++
			case c == '\'' && isPossessiveAt(text, i+1, sp.End, toks, i):
				end := i + 1
				if end < sp.End && (text[end] == 's' || text[end] == 'S') {
					end++
				}
				toks = append(toks, Token{news.Span{Start: i, End: end}, Possessive})
				i = end
			case asciiWord[c]:
				end := wordEnd(text, i, sp.End)
				toks = append(toks, Token{news.Span{Start: i, End: end}, Word})
				i = end
			default:
				toks = append(toks, Token{news.Span{Start: i, End: i + 1}, Punct})
				i++
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:sp.End])
		switch {
		case r == utf8.RuneError && n <= 1:
			toks = append(toks, Token{news.Span{Start: i, End: i + 1}, Punct})
			i++
		case unicode.IsSpace(r):
			i += n
		case isApostrophe(r) && isPossessiveAt(text, i+n, sp.End, toks, i):
			end := i + n
			if end < sp.End && (text[end] == 's' || text[end] == 'S') {
				end++
			}
			toks = append(toks, Token{news.Span{Start: i, End: end}, Possessive})
			i = end
		case isWordRune(r):
			end := wordEnd(text, i, sp.End)
			toks = append(toks, Token{news.Span{Start: i, End: end}, Word})
			i = end
		default:
			toks = append(toks, Token{news.Span{Start: i, End: i + n}, Punct})
			i += n
		}
	}
	return toks
}

// asciiSpace and asciiWord are unicode.IsSpace and isWordRune for ASCII.
var asciiSpace, asciiWord = func() (space, word [utf8.RuneSelf]bool) {
	for c := range rune(utf8.RuneSelf) {
		space[c] = unicode.IsSpace(c)
		word[c] = unicode.IsLetter(c) || unicode.IsDigit(c) || unicode.IsMark(c)
	}
	return space, word
}()

// asciiJoiner marks the ASCII bytes that may join the letters around
// them into one word: hyphen, period, comma and apostrophe.
var asciiJoiner = [utf8.RuneSelf]bool{'-': true, '.': true, ',': true, '\'': true}

func isWordRune(r rune) bool {
	if 0 <= r && r < utf8.RuneSelf {
		return asciiWord[r]
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

func isSpace(r rune) bool {
	if 0 <= r && r < utf8.RuneSelf {
		return asciiSpace[r]
	}
	return unicode.IsSpace(r)
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

func isHyphen(r rune) bool { return r == '-' || r == '‐' || r == '‑' }

// isPossessiveAt reports whether an apostrophe at i (followed by offset next)
// is a possessive clitic: directly after a word and followed by "s" and a
// non-letter ("Seoul’s"), or after a plural word ending in s ("soldiers’").
func isPossessiveAt(text string, next, end int, toks []Token, i int) bool {
	if len(toks) == 0 {
		return false
	}
	last := toks[len(toks)-1]
	if last.Kind != Word || last.End != i {
		return false
	}
	if next < end && (text[next] == 's' || text[next] == 'S') {
		r, _ := utf8.DecodeRuneInString(text[next+1 : end])
		return next+1 >= end || !isWordRune(r)
	}
	prev := text[last.End-1]
	if prev == 's' && (next >= end || !isWordRune(runeAt(text, next, end))) {
		return true
	}
	return false
}

func runeAt(text string, i, end int) rune {
	if i >= end {
		return utf8.RuneError
	}
	r, _ := utf8.DecodeRuneInString(text[i:end])
	return r
}

// wordEnd finds the end of the word starting at i. Inner hyphens, periods
// and apostrophes join ("Jong-un", "Caliber.Az", "O'Brien", "11,000"
// keeps its comma for numbers only), and a trailing period joins
// single-letter abbreviations ("U.S.").
func wordEnd(text string, i, end int) int {
	j := i
	segLen := 0 // letters since the last inner period
	dotted := false
	for j < end {
		k := asciiWordRun(text, j, end)
		segLen += k - j
		if j = k; j == end {
			break
		}
		r, n := rune(text[j]), 1
		if r >= utf8.RuneSelf {
			if r, n = utf8.DecodeRuneInString(text[j:end]); isWordRune(r) {
				j += n
				segLen++
				continue
			}
		}
		if r < utf8.RuneSelf && !asciiJoiner[r] {
			return j // most words end at a space or a mark that joins nothing
		}
		next := runeAt(text, j+n, end)
		switch {
		case isHyphen(r) && isWordRune(next):
		case r == '.' && isWordRune(next) && !isSpace(next):
			dotted = true
			segLen = -1
		case (r == ',') && j > i && unicode.IsDigit(runeAt(text, j-1, end)) && unicode.IsDigit(next):
		case isApostrophe(r) && unicode.IsLetter(next) && !isClitic(text, j+n, end):
		default:
			if r == '.' && dotted && segLen == 1 {
				return j + n
			}
			return j
		}
		j += n
		segLen = 0
	}
	return j
}

// asciiWordRun returns the end of the run of ASCII letters and digits
// that starts at i, most of every word. It is a loop of its own, without
// calls: within wordEnd, whose rarer paths call out, the compiler kept
// the loop's variables on the stack and stored them at every byte.
func asciiWordRun(text string, i, end int) int {
	s := text[:end]
	for i < len(s) && asciiWordByte[s[i]] {
		i++
	}
	return i
}

// asciiWordByte is asciiWord over all bytes: a multi-byte rune's bytes
// are no ASCII letters.
var asciiWordByte = func() (t [256]bool) {
	copy(t[:], asciiWord[:])
	return t
}()

// isClitic reports whether the letters at i are "s" closing a word: the
// possessive, which is its own token.
func isClitic(text string, i, end int) bool {
	if i >= end || (text[i] != 's' && text[i] != 'S') {
		return false
	}
	return i+1 >= end || !isWordRune(runeAt(text, i+1, end))
}

// IsDigits reports whether w is a run of ASCII digits.
func IsDigits(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}
