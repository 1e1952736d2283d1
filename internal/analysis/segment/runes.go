package segment

import (
	"math/bits"
	"unicode"
	"unicode/utf8"
)

// The scanner works on bytes and decodes runes only where a decision needs
// one; these helpers keep invalid UTF-8 harmless (a bad byte is a
// one-byte rune that is neither space nor letter).

// byteClass sorts bytes for the scanner's inner loops: 1 an ASCII space, 2
// the first byte of a multi-byte space (U+00A0, U+2000-U+200A, ...), 0
// anything else.
var byteClass = [256]uint8{'\t': 1, '\n': 1, '\v': 1, '\f': 1, '\r': 1, ' ': 1, 0xC2: 2, 0xE1: 2, 0xE2: 2, 0xE3: 2}

// isSpaceAt is the inlinable front of spaceLen, for the hot loops.
func isSpaceAt(s string, i int) bool {
	switch byteClass[s[i]] {
	case 0:
		return false
	case 1:
		return true
	}
	return spaceLen(s, i) > 0
}

// spaceLen returns the byte length of the space rune at s[i], or 0.
func spaceLen(s string, i int) int {
	c := s[i]
	switch byteClass[c] {
	case 0:
		return 0
	case 1:
		return 1
	}
	switch c {
	case 0xC2: // U+0085, U+00A0
		if i+1 < len(s) && (s[i+1] == 0x85 || s[i+1] == 0xA0) {
			return 2
		}
	case 0xE1: // U+1680
		if i+2 < len(s) && s[i+1] == 0x9A && s[i+2] == 0x80 {
			return 3
		}
	case 0xE2: // U+2000-200A, U+2028, U+2029, U+202F, U+205F
		if i+2 < len(s) {
			b1, b2 := s[i+1], s[i+2]
			if b1 == 0x80 && (b2 <= 0x8A && b2 >= 0x80 || b2 == 0xA8 || b2 == 0xA9 || b2 == 0xAF) ||
				b1 == 0x81 && b2 == 0x9F {
				return 3
			}
		}
	case 0xE3: // U+3000
		if i+2 < len(s) && s[i+1] == 0x80 && s[i+2] == 0x80 {
			return 3
		}
	}
	return 0
}

// newlines counts the line breaks a space rune at s[i] of length n makes:
// U+2029 (paragraph separator) counts as a blank line.
func newlines(s string, i, n int) int {
	switch {
	case n == 1 && s[i] == '\n':
		return 1
	case n == 1 && s[i] == '\r':
		if i+1 < len(s) && s[i+1] == '\n' {
			return 0 // counted with the '\n'
		}
		return 1
	case n == 3 && s[i] == 0xE2 && s[i+1] == 0x80 && s[i+2] == 0xA8:
		return 1
	case n == 3 && s[i] == 0xE2 && s[i+1] == 0x80 && s[i+2] == 0xA9:
		return 2
	}
	return 0
}

// trimSpace narrows s[lo:hi] to its first and last non-space bytes.
func trimSpace(s string, lo, hi int) (int, int) {
	for lo < hi {
		n := spaceLen(s, lo)
		if n == 0 {
			break
		}
		lo += n
	}
	for hi > lo {
		_, n := utf8.DecodeLastRuneInString(s[lo:hi])
		if spaceLen(s, hi-n) != n {
			break
		}
		hi -= n
	}
	return lo, hi
}

// runeAt decodes the rune at s[i] (RuneError past hi).
func runeAt(s string, i, hi int) (rune, int) {
	if i >= hi {
		return utf8.RuneError, 0
	}
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:hi])
}

// lastRune decodes the rune that ends at s[i] (RuneError at lo).
func lastRune(s string, lo, i int) (rune, int) {
	if i <= lo {
		return utf8.RuneError, 0
	}
	if c := s[i-1]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeLastRuneInString(s[lo:i])
}

// runeCount counts runes in s[lo:hi] by their leading bytes: every byte
// but the continuation bytes (10xxxxxx), eight bytes at a time.
func runeCount(s string, lo, hi int) int {
	n, i := 0, lo
	for ; i+8 <= hi; i += 8 {
		w := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		const high = 0x8080808080808080
		cont := w & high &^ (w << 1 & high) // bit 7 set, bit 6 clear
		n += 8 - bits.OnesCount64(cont)
	}
	for ; i < hi; i++ {
		if s[i]&0xC0 != 0x80 {
			n++
		}
	}
	return n
}

func isCloser(r rune) bool {
	switch r {
	case '"', '\'', ')', ']', '”', '’', '»', '›', '」', '』', '）':
		return true
	}
	return false
}

func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '(', '[', '“', '‘', '«', '‹', '„', '「', '『', '（', '¿', '¡':
		return true
	}
	return false
}

// isStop reports whether r ends a sentence outright (the period, with its
// abbreviations and ellipses, is decided elsewhere).
func isStop(r rune) bool {
	switch r {
	case '!', '?', '‼', '⁇', '⁈', '⁉', '。', '！', '？':
		return true
	}
	return false
}

// bulletLen returns the length of a list marker and the space after it at
// s[i], or 0. Dashes other than "-" are left alone: in Russian, Ukrainian
// and Spanish text a line-opening dash introduces a quotation.
func bulletLen(s string, i, hi int) int {
	r, n := runeAt(s, i, hi)
	switch r {
	case '•', '◦', '▪', '▫', '‣', '●', '○', '■', '□', '►', '▸', '·', '*', '-':
	default:
		return 0
	}
	if i+n >= hi {
		return 0
	}
	m := spaceLen(s, i+n)
	if m == 0 {
		return 0
	}
	return n + m
}

func isLower(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z'
	}
	return unicode.IsLower(r)
}

func isUpper(r rune) bool {
	if r < utf8.RuneSelf {
		return 'A' <= r && r <= 'Z'
	}
	return unicode.IsUpper(r) || unicode.IsTitle(r)
}

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return unicode.IsLetter(r)
}

func isDigit(r rune) bool { return '0' <= r && r <= '9' }
