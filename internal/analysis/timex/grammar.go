package timex

import "strings"

// parser walks the tokens of one Find call. Its methods each try one form at a
// token index and return the index after it; none allocates unless it matches.
type parser struct {
	text string
	lx   *lexicon
	toks []token
	base int // the token the current expression starts at
}

func (p *parser) tok(i int) *token {
	if i < 0 || i >= len(p.toks) {
		return nil
	}
	return &p.toks[i]
}

// on returns token i when it exists and, past the first token of the current
// expression, sits on the same line as token i-1: no expression runs across a
// line break.
func (p *parser) on(i int) *token {
	t := p.tok(i)
	if t == nil || t.nl && i > p.base {
		return nil
	}
	return t
}

// before returns token i-1 when token i follows it on the same line: the word
// before an expression, which may make it one ("in October").
func (p *parser) before(i int) *token {
	t := p.tok(i)
	if t == nil || t.nl {
		return nil
	}
	return p.tok(i - 1)
}

// w returns the lexicon entry of word token i when it has class cl.
func (p *parser) w(i int, cl int) *word {
	t := p.on(i)
	if t == nil || t.class&uint16(cl) == 0 {
		return nil
	}
	return p.lx.list[t.id]
}

func (p *parser) str(i int) string {
	t := p.tok(i)
	if t == nil {
		return ""
	}
	return p.text[t.start:t.end]
}

// is reports whether token i, on the same line, is one of the given words
// (ASCII, case-insensitive) or punctuation strings.
func (p *parser) is(i int, alts ...string) bool {
	t := p.on(i)
	if t == nil {
		return false
	}
	s := p.text[t.start:t.end]
	if !t.ascii {
		for _, a := range alts {
			if strings.EqualFold(s, a) {
				return true
			}
		}
		return false
	}
	// An ASCII token equals, folded, only an alternative of its length:
	// the cheap test turns most of them away before any folding.
	for _, a := range alts {
		if len(a) == len(s) && s[0]|0x20 == a[0]|0x20 && strings.EqualFold(s, a) {
			return true
		}
	}
	return false
}

// isOf reports whether token i is the language's "of" ("de" in "5 de marzo"):
// a cue of class "of" in its word list.
func (p *parser) isOf(i int) bool {
	w := p.w(i, clCue)
	return w != nil && w.cue == "of" || p.is(i, "of")
}

// adjIs is is for a token glued to the previous one.
func (p *parser) adjIs(i int, alts ...string) bool {
	t := p.on(i)
	return t != nil && t.adj && p.is(i, alts...)
}

// cue returns the cue class name of token i ("in", "since", ...), or "".
func (p *parser) cue(i int) string {
	if w := p.w(i, clCue); w != nil {
		return w.cue
	}
	return ""
}

// numberGoesOn reports whether the number ending before token i continues as
// a larger number ("5,000", "4.5"), a measure ("5km", "5%") or a clock time
// ("14:05"), so that it is no day or year.
func (p *parser) numberGoesOn(i int) bool {
	t := p.on(i)
	if t == nil || !t.adj {
		return false
	}
	switch {
	case t.kind == tkPunct && (p.is(i, ",", ".") && p.adjNum(i+1)):
		return true
	case t.kind == tkPunct && p.is(i, "%"):
		return true
	case t.kind == tkPunct && p.is(i, ":") && p.adjNum(i+1):
		return true // "14:05"; "Oct 24: Two soldiers" ends a date before its colon
	}
	return false
}

func (p *parser) adjNum(i int) bool {
	t := p.on(i)
	return t != nil && t.adj && t.kind == tkNum
}

func isOrdinal(s string) bool {
	switch strings.ToLower(s) {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// day reads a day of the month: "5", "05", "5th".
func (p *parser) day(i int) (d, next int, ok bool) {
	if p.precededByNumber(i) {
		return 0, i, false
	}
	return p.dayAfter(i)
}

// dayAfter is day for the second day of a range ("19-20"), which a number
// comes before.
func (p *parser) dayAfter(i int) (d, next int, ok bool) {
	t := p.on(i)
	if t == nil || t.kind != tkNum || t.end-t.start > 2 || t.val < 1 || t.val > 31 {
		return 0, i, false
	}
	if p.numberGoesOn(i + 1) {
		return 0, i, false
	}
	next = i + 1
	if s := p.on(next); s != nil && s.adj && s.kind == tkWord {
		if !isOrdinal(p.str(next)) {
			return 0, i, false
		}
		next++
	}
	return t.val, next, true
}

// precededByNumber reports whether token i continues a number or code before
// it: "1,5", "3.14", "$2000", "KN-23" (but not "mid-2023").
func (p *parser) precededByNumber(i int) bool {
	t := p.tok(i)
	prev := p.tok(i - 1)
	if t == nil || prev == nil || !t.adj || prev.kind != tkPunct {
		return false
	}
	before := p.tok(i - 2)
	glued := before != nil && prev.adj
	switch p.str(i - 1) {
	case ",", ".", "/", ":":
		return glued && before.kind == tkNum
	case "-":
		return glued && (before.kind == tkNum || before.kind == tkWord && p.w(i-2, clEdge) == nil)
	case "$", "€", "£", "#", "№":
		return true
	}
	return false
}

// year reads a four-digit year.
func (p *parser) year(i int) (y, next int, ok bool) {
	t := p.on(i)
	if t == nil || t.kind != tkNum || t.end-t.start != 4 || t.val < 1000 || t.val > 2999 {
		return 0, i, false
	}
	if p.precededByNumber(i) || p.numberGoesOn(i+1) {
		return 0, i, false
	}
	if s := p.on(i + 1); s != nil && s.adj && s.kind == tkWord && !p.is(i+1, "s") {
		return 0, i, false
	}
	return t.val, i + 1, true
}

// month reads a month name; dot is the index after an abbreviation's dot.
func (p *parser) month(i int) (w *word, next int, ok bool) {
	w = p.w(i, clMonth)
	if w == nil {
		return nil, i, false
	}
	next = i + 1
	if p.adjIs(next, ".") {
		next++
	}
	return w, next, true
}

func (p *parser) capOrPlain(i int, w *word) bool {
	return !w.ambig || p.toks[i].cap
}

// ampm reads "am", "PM", "a.m.", "p.m".
func (p *parser) ampm(i int) (pm bool, next int, ok bool) {
	if w := p.w(i, clAMPM); w != nil {
		return w.ampm == "pm", i + 1, true
	}
	if p.is(i, "a", "p") && p.adjIs(i+1, ".") && p.adjIs(i+2, "m") {
		pm, next = p.is(i, "p"), i+3
		if p.adjIs(next, ".") {
			next++
		}
		return pm, next, true
	}
	return false, i, false
}
