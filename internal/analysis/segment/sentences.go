package segment

import (
	"strings"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/news"
)

// splitter walks a span byte by byte. Between two runs of non-space text it
// decides, from the punctuation before, the line breaks inside and the word
// after, whether a sentence ends there.
type splitter struct {
	lx        *lexicon
	text      string
	lo, hi    int
	lineStart int // first byte of the current line
	paraStart int // first byte of the current paragraph (after a blank line)
	para      paraShape
}

// paraShape says whether a paragraph is hard-wrapped: broken into lines of
// about the same width, mid-sentence, as plain-text files often are.
type paraShape struct {
	start   int // the paragraph it describes; -1 when none yet
	width   int // the longest line, in runes
	wrapped bool
}

// sentences appends the sentences of text[sp] to out.
func (lx *lexicon) sentences(text string, sp news.Span, out []news.Span) []news.Span {
	sc := splitter{lx: lx, text: text, lo: sp.Start, hi: sp.End, lineStart: sp.Start, paraStart: sp.Start}
	sc.para.start = -1
	return sc.run(out)
}

func (sc *splitter) run(out []news.Span) []news.Span {
	text, hi := sc.text[:sc.hi], sc.hi // the reslice spares the hot loop bounds checks
	start, last := -1, -1
	atLineStart := true
	i := sc.lo
	for i < hi {
		if !isSpaceAt(text, i) {
			if start < 0 {
				if atLineStart {
					if n := bulletLen(text, i, hi); n > 0 {
						i += n
						atLineStart = false
						continue
					}
				}
				start = i
			}
			atLineStart = false
			if j := skipPlain(text, i); j > i+1 {
				// No boundary can fall inside plain ASCII: resume at the
				// space run that ends it, or inside the word it ends in.
				k := j
				for k > i && byteClass[text[k-1]] == 1 {
					k--
				}
				if i, last = k, k; k < j || k == len(text) || isSpaceAt(text, k) {
					continue
				}
			}
			for i++; i < len(text); i++ {
				if c := byteClass[text[i]]; c == 1 || c == 2 && spaceLen(text, i) > 0 {
					break
				}
			}
			last = i
			continue
		}
		ws0, nl, lastNL := i, 0, -1
		for i < hi {
			if c := text[i]; c == ' ' {
				i++
				continue
			} else if c == '\n' {
				i++
				nl, lastNL = nl+1, i
				continue
			}
			n := spaceLen(text, i)
			if n == 0 {
				break
			}
			if k := newlines(text, i, n); k > 0 {
				nl += k
				lastNL = i + n
			}
			i += n
		}
		// Most words end in a letter, mid-line: no boundary, no call.
		if nl == 0 && (start < 0 || text[ws0-1] < utf8.RuneSelf && !endByte[text[ws0-1]]) {
			continue
		}
		if start >= 0 && i < hi && sc.boundary(start, ws0, i, nl) {
			out = append(out, news.Span{Start: start, End: ws0})
			start = -1
		}
		if nl > 0 {
			sc.lineStart, atLineStart = lastNL, true
		}
		if nl >= 2 {
			sc.paraStart = i
		}
	}
	if start >= 0 {
		out = append(out, news.Span{Start: start, End: last})
	}
	return out
}

// boundary decides whether the sentence that began at start ends at ws0,
// where a run of space (with nl line breaks) reaches to next.
func (sc *splitter) boundary(start, ws0, next, nl int) bool {
	if nl >= 2 {
		return true
	}
	text := sc.text
	kind, dot := sc.terminal(start, ws0)
	if kind == endNone && nl == 0 {
		return false
	}
	r, _ := runeAt(text, next, sc.hi)
	switch kind {
	case endEllipsis:
		// "He paused... and went on" goes on; "Wait... What?" does not.
		return isUpper(r) || isOpener(r)
	case endStop:
		return !isLower(r)
	case endPeriod:
		if isLower(r) {
			return false
		}
		if w := wordBefore(text, start, dot); sc.listNumber(start, w, dot) {
			return false
		} else if sc.abbreviation(w, dot) {
			return sc.starterAt(next)
		}
		return true
	}
	if nl == 0 {
		return false
	}
	return sc.lineBreak(ws0, next)
}

// plainByte marks the ASCII bytes after which no sentence can end, nor
// any line: all but line breaks and endByte's.
var plainByte = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = c != '\n' && c != '\r' && !endByte[c]
	}
	return t
}()

// skipPlain returns the end of the run of plain bytes at text[i:].
func skipPlain(text string, i int) int {
	for i < len(text) && plainByte[text[i]] {
		i++
	}
	return i
}

// endByte marks the ASCII bytes that may end a sentence or close one.
var endByte = [utf8.RuneSelf]bool{'.': true, '!': true, '?': true, '"': true, '\'': true, ')': true, ']': true}

type ending uint8

const (
	endNone ending = iota
	endPeriod
	endEllipsis
	endStop
)

// terminal looks at the end of text[start:ws0], past closing quotes and
// brackets, for the punctuation that may end a sentence. For a period it
// also returns the period's offset.
func (sc *splitter) terminal(start, ws0 int) (ending, int) {
	text := sc.text
	if ws0 <= start {
		return endNone, 0
	}
	if c := text[ws0-1]; c < utf8.RuneSelf && !endByte[c] {
		return endNone, 0 // most words end in a letter
	}
	j := noteMarkerStart(text, start, ws0)
	for k := 0; k < 3; k++ {
		r, n := lastRune(text, start, j)
		if !isCloser(r) {
			break
		}
		j -= n
	}
	r, n := lastRune(text, start, j)
	switch {
	case r == '.':
		if j-start >= 2 && text[j-2] == '.' {
			return endEllipsis, 0
		}
		return endPeriod, j - n
	case r == '…':
		return endEllipsis, 0
	case isStop(r):
		return endStop, 0
	}
	return endNone, 0
}

// noteMarkerStart returns where a note marker in square brackets that
// ends text[start:end] begins ("a single day.[4]"), or end when none does:
// the sentence ends at the stop before the marker.
func noteMarkerStart(text string, start, end int) int {
	if end-start < 4 || text[end-1] != ']' {
		return end
	}
	i := end - 2
	for i > start && i >= end-4 && text[i] >= '0' && text[i] <= '9' {
		i--
	}
	if i == end-2 || text[i] != '[' || i == start {
		return end
	}
	if c := text[i-1]; c != '.' && c != '!' && c != '?' && c != '"' && c != ')' {
		return end
	}
	return i
}

// wordBefore returns the start of the word that ends at the period dot,
// after any opening quotes or brackets.
func wordBefore(text string, start, dot int) int {
	w := dot
	for w > start {
		r, n := lastRune(text, start, w)
		if spaceLen(text, w-n) > 0 || isOpener(r) && r != '\'' {
			break
		}
		w -= n
	}
	return w
}

// listNumber reports whether the period closes a list number opening the
// sentence: "1. Russia promises ...".
func (sc *splitter) listNumber(start, w, dot int) bool {
	if w != start || dot-w > 3 {
		return false
	}
	for i := w; i < dot; i++ {
		if c := sc.text[i]; c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// abbreviation reports whether text[w:dot] followed by the period is an
// abbreviation: listed ("Gen.", "U.S."), an initial ("J."), or dotted
// single letters ("U.N.").
func (sc *splitter) abbreviation(w, dot int) bool {
	word := sc.text[w:dot]
	if word == "" {
		return false
	}
	if r, n := runeAt(word, 0, len(word)); n == len(word) {
		return isUpper(r) || sc.lx.ordinals && isDigit(r)
	}
	if sc.lx.ordinals && len(word) == 2 && isDigit(rune(word[0])) && isDigit(rune(word[1])) {
		return true
	}
	if hasLower(sc.lx.abbrev, word) {
		return true
	}
	// Dotted single letters: "U.N", "e.g", "a.m".
	for i := 0; i < len(word); {
		r, n := runeAt(word, i, len(word))
		if !isLetter(r) {
			return false
		}
		i += n
		if i < len(word) {
			if word[i] != '.' {
				return false
			}
			i++
		}
	}
	return true
}

// starterAt reports whether the word at next usually begins a sentence
// ("The", "He"); an initial ("A. Smith") does not count.
func (sc *splitter) starterAt(next int) bool {
	text, j := sc.text, next
	for j < sc.hi {
		r, n := runeAt(text, j, sc.hi)
		if !isLetter(r) {
			break
		}
		j += n
	}
	if j == next || j < sc.hi && text[j] == '.' {
		return false
	}
	return hasLower(sc.lx.starters, text[next:j])
}

// lineBreak decides a single line break with no final punctuation before
// it: a title or list item ends there; a hard-wrapped line does not.
func (sc *splitter) lineBreak(ws0, next int) bool {
	text := sc.text
	if bulletLen(text, next, sc.hi) > 0 {
		return true
	}
	r, _ := runeAt(text, next, sc.hi)
	if isLower(r) {
		return false
	}
	switch p, _ := lastRune(text, sc.lineStart, ws0); p {
	case ',', ';', '-', '/', '&', '(', '–', '—':
		return false
	}
	shape := sc.paragraph()
	if shape.wrapped {
		// The break is a wrap when the next word would not have fitted.
		nextWord := next
		for nextWord < sc.hi && spaceLen(text, nextWord) == 0 {
			nextWord++
		}
		if runeCount(text, sc.lineStart, ws0)+1+runeCount(text, next, nextWord) > shape.width {
			return false
		}
	}
	return true
}

// Wrapped paragraphs have lines between these widths, at least two of them
// near the longest.
const (
	minWrapWidth = 40
	maxWrapWidth = 120
)

// paragraph measures the current paragraph once.
func (sc *splitter) paragraph() paraShape {
	if sc.para.start == sc.paraStart {
		return sc.para
	}
	text := sc.text
	var widths, firsts []int // each line's width and its first word's
	for i := sc.paraStart; i < sc.hi; {
		j := i
		for j < sc.hi && text[j] != '\n' {
			j++
		}
		lo, end := trimSpace(text, i, j)
		if lo == end {
			break // a blank line ends the paragraph
		}
		widths = append(widths, runeCount(text, i, end))
		w := lo
		for w < end && spaceLen(text, w) == 0 {
			w++
		}
		firsts = append(firsts, runeCount(text, lo, w))
		i = j + 1
		if len(widths) > 1000 {
			break // enough to know
		}
	}
	shape := paraShape{start: sc.paraStart}
	for _, w := range widths {
		shape.width = max(shape.width, w)
	}
	near := 0
	for _, w := range widths {
		if 4*w >= 3*shape.width {
			near++
		}
	}
	// Greedy wrapping breaks a line only when the next word does not fit;
	// a list of headlines or items breaks where it would have fitted.
	fits := 0
	for i := 0; i+1 < len(widths); i++ {
		if widths[i]+1+firsts[i+1] <= shape.width {
			fits++
		}
	}
	shape.wrapped = near >= 2 && minWrapWidth <= shape.width && shape.width <= maxWrapWidth && 2*fits < len(widths)-1
	sc.para = shape
	return shape
}

// hasLower reports whether set holds w lowercased, without allocating for
// short ASCII words (the compiler elides the conversion in a map index).
func hasLower(set map[string]bool, w string) bool {
	var buf [32]byte
	if len(w) > len(buf) {
		return set[strings.ToLower(w)]
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return set[strings.ToLower(w)]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return set[string(buf[:len(w)])]
}
