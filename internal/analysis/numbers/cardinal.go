package numbers

import "math"

// Slots of the current group (the part below the last scale word): a group
// takes at most one word of each place, so "one two" is two numbers.
const (
	sHund uint8 = 1 << iota
	sTens
	sUnit
	sDigits
)

// How an atom is joined to the one before it.
type join uint8

const (
	jSpace join = iota
	jHyphen
	jAnd
)

// cstate is the value of a cardinal read so far.
type cstate struct {
	end       int
	total     float64 // the groups closed by a scale word
	cur       float64 // the current group
	lastBig   float64 // the last scale word applied, 0 before any
	tailScale float64 // the scale the figure ends on ("12 thousand": 1000)
	slots     uint8
	last      class // the class of the last atom; cNone for digits
	atoms     int
}

// card is a cardinal number read from words, digits or both.
type card struct {
	cstate
	snap    cstate // the state before the last "and" or hyphen
	snapped bool
	snapAnd bool // the snapshot was taken at "and", not at a hyphen
	// andLock: "and" followed digits and a scale ("6 crore and two
	// hundred"); a scale after it means two figures, so go back to andState.
	andLock  bool
	andState cstate
	start    int
	words    bool // a number word was read
	round    bool // the figure counts roughly: "une centaine", "un centenar"
	digits   bool // a digit figure was read
	ordinal  bool
	isInt    bool
	lead0    bool
	unit     string // a measurement unit glued to the figure
	numEnd   int    // with a glued unit, the end of the figure before it
	skip     int    // > 0: the first atom was a code or a clock time ending here
	scaleSuf bool   // the figure had a glued scale suffix ("10k")
}

func (c *card) value() float64 { return c.total + c.cur }

// tidy rounds away the binary noise a decimal picks up when a scale
// multiplies it (fractions such as a third are not scaled and keep theirs): 34.2 x 1e9 is 34200000000.000004 in float64, and "$34.2
// billion" means 34,200,000,000. Fifteen significant digits are all a
// float64 holds of a decimal figure, so nothing written is lost.
func tidy(x float64) float64 {
	if x == math.Trunc(x) || math.IsInf(x, 0) || math.IsNaN(x) {
		return x
	}
	p := math.Pow10(14 - int(math.Floor(math.Log10(math.Abs(x)))))
	if math.IsInf(p, 0) || p == 0 {
		return x
	}
	return math.Round(x*p) / p
}

// cardinal reads the cardinal number that starts with token t: a word, a
// digit run, or a "." before digits. money says a currency sign came before.
func (lx *scanner) cardinal(text string, t token, money bool) (c card, ok bool) {
	c.start, c.isInt = t.start, true
	if t.kind != tWord {
		n := lx.lexDigits(text, t.start, money)
		c.cstate = cstate{end: n.end, cur: n.v, slots: sDigits, last: cNone, atoms: 1}
		c.lead0, c.isInt, c.digits = n.lead0, n.isInt, true
		switch {
		case n.skip:
			c.skip = n.end
			return c, false
		case n.unit != "":
			c.unit, c.numEnd = n.unit, n.numEnd
			return c, true
		case n.ordinal:
			c.ordinal = true
			return c, true
		case n.scale > 0:
			c.scaleSuf, c.tailScale, c.lastBig, c.slots = true, n.scale, n.scale, 0
			c.total, c.cur = n.v, 0
			return c, true
		}
	} else {
		applied, stop := lx.atom(text, t, &c, jSpace)
		if !applied {
			return c, false
		}
		if stop {
			return lx.finish(text, &c), true
		}
	}
	for {
		nx := lx.next(text, c.end)
		if nx.brk {
			break
		}
		var tok token
		var j join
		switch w := lx.info(nx); {
		case nx.kind == tPunct && text[nx.start] == '-':
			after := lx.next(text, nx.end)
			if (nx.gap == 0) != (after.gap == 0) || after.brk {
				return lx.finish(text, &c), true
			}
			tok, j = after, jHyphen
		case w.is(cAnd):
			after := lx.next(text, nx.end)
			if lx.andFraction(text, after, &c) {
				continue
			}
			tok, j = after, jAnd
		default:
			tok, j = nx, jSpace
		}
		if tok.brk {
			break
		}
		if j != jSpace {
			c.snap, c.snapped, c.snapAnd = c.cstate, true, j == jAnd
		}
		if j == jAnd && c.digits && c.lastBig > 0 && c.slots == 0 {
			c.andLock, c.andState = true, c.cstate
		}
		applied, stop := lx.atom(text, tok, &c, j)
		if !applied {
			if c.andLock && c.atoms > c.andState.atoms && lx.isNumAtom(tok) {
				c.cstate = c.andState
			} else if c.snapped && c.atoms > c.snap.atoms && lx.isNumAtom(tok) {
				c.cstate = c.snap
			}
			break
		}
		if stop {
			break
		}
	}
	return lx.finish(text, &c), true
}

// finish reads what may follow a complete cardinal in words.
func (lx *scanner) finish(text string, c *card) card {
	if c.words && !c.ordinal {
		lx.pointDecimals(text, c)
	}
	return *c
}

// isNumAtom reports whether tok could continue a cardinal.
func (lx *scanner) isNumAtom(tok token) bool {
	if tok.kind == tNum {
		return true
	}
	w := lx.info(tok)
	return w.has(mNumAtom)
}

// atom applies one token to c. It reports whether the token was taken and
// whether the cardinal must end after it.
func (lx *scanner) atom(text string, tok token, c *card, j join) (applied, stop bool) {
	if tok.kind == tNum {
		return lx.digitAtom(text, tok, c, j)
	}
	w := lx.info(tok)
	if w == nil || tok.kind != tWord {
		return false, false
	}
	// After digits and a scale ("$5 million"), a word number is another
	// figure: "$5 million one year later", "3 million and four thousand".
	guard := c.lastBig > 0 && c.slots == 0 && c.digits && j == jSpace
	if lx.loc.vigesimal && lx.vigesimalAtom(tok, w, c) {
		c.words = true
		return true, false
	}
	switch {
	case w.is(cUnit):
		v := w.val[cUnit]
		if v == 0 {
			if c.atoms > 0 {
				return false, false
			}
			c.apply(tok, cUnit, 0, sUnit|sTens|sHund|sDigits)
			c.words = true
			return true, true
		}
		if guard || c.slots&(sUnit|sDigits) != 0 || c.slots&sTens != 0 && c.last != cTens {
			return false, false
		}
		c.apply(tok, cUnit, c.cur+v, c.slots|sUnit|sTens)
	case w.is(cTeen) || w.is(cTens):
		if guard || c.slots&(sUnit|sTens|sDigits) != 0 {
			return false, false
		}
		cl, s := cTens, sTens
		if w.is(cTeen) {
			cl, s = cTeen, sUnit|sTens
		}
		c.apply(tok, cl, c.cur+w.val[cl], c.slots|s)
	case w.is(cHundred) && (c.cur > 0 || !w.any(cHundreds, cLoneScale)):
		if c.slots&sHund != 0 || c.cur <= 0 || c.cur >= 100 && c.slots&sDigits == 0 {
			return false, false
		}
		c.apply(tok, cHundred, c.cur*100, sHund)
		c.tailScale = 100
	case w.is(cHundreds):
		if guard || c.slots != 0 || c.cur != 0 {
			return false, false
		}
		c.apply(tok, cHundreds, w.val[cHundreds], sHund)
		c.tailScale = 100
	case w.is(cGroup):
		if guard || c.slots != 0 || c.cur != 0 {
			return false, false
		}
		c.apply(tok, cGroup, w.val[cGroup], sHund|sTens|sUnit)
	case w.is(cGroupK):
		if guard || c.slots != 0 || c.cur != 0 || c.lastBig != 0 && c.lastBig <= 1000 {
			return false, false
		}
		c.apply(tok, cScale, 0, 0)
		c.total += w.val[cGroupK]
		c.lastBig, c.tailScale = 1000, 1000
	case w.is(cLoneScale) && c.atoms == 0:
		v := w.val[cLoneScale]
		c.apply(tok, cScale, 0, 0)
		c.total, c.lastBig, c.tailScale = v, v, v
	case w.is(cScale) || w.is(cAbbr) && c.last == cNone && c.slots == sDigits && j == jSpace:
		cl := cScale
		if !w.is(cScale) {
			cl = cAbbr
		}
		ok := lx.scaleAtom(tok, c, w.val[cl])
		if ok && cl == cAbbr && lx.loc.abbrDot && c.end < len(text) && text[c.end] == '.' {
			c.end++ // "10 тыс.", "1,5 Mrd.": the period belongs to the abbreviation
		}
		return ok, false
	case w.is(cDozen):
		if c.cur <= 0 || c.slots&sHund != 0 {
			return false, false
		}
		c.apply(tok, cDozen, c.cur*w.val[cDozen], sHund|sTens|sUnit|sDigits)
		c.round = w.is(cRound)
		return true, true
	case w.is(cFractions) && c.atoms > 0 && c.value() > 0:
		c.fraction(tok, w.val[cFractions])
		return true, !lx.info(lx.next(text, tok.end)).is(cScale)
	case w.is(cFraction) && c.atoms > 0 && c.cur == 1 && (c.last == cUnit || c.last == cArticle):
		c.fraction(tok, w.val[cFraction])
		// "a half million", "eine halbe Million": the fraction of a scale.
		return true, !lx.info(lx.next(text, tok.end)).is(cScale)
	case w.is(cOrdinal):
		return lx.ordinalAtom(tok, c, w.val[cOrdinal]), true
	case w.is(cArticle) && lx.loc.andOne && j == jAnd && c.last == cTens && c.slots&sUnit == 0:
		c.apply(tok, cUnit, c.cur+1, c.slots|sUnit|sTens) // "vingt et un", "sesenta y un"
	case w.is(cArticle) && c.atoms == 0:
		nx := lx.info(lx.next(text, tok.end))
		if !nx.any(cHundred, cScale, cDozen, cFraction) {
			return false, false
		}
		c.apply(tok, cArticle, 1, sUnit|sTens)
	case w.is(cHalf) && c.atoms == 0:
		nx := lx.next(text, tok.end)
		end := tok.end
		if lx.info(nx).is(cArticle) {
			end = nx.end
			nx = lx.next(text, nx.end)
		}
		if !lx.info(nx).any(cScale, cDozen, cHundred) {
			return false, false
		}
		c.apply(tok, cHalf, w.val[cHalf], sUnit|sTens)
		c.end = end
	default:
		return false, false
	}
	c.words = true
	return true, false
}

// apply records an atom that set the group to cur with the given slots.
func (c *card) apply(tok token, cl class, cur float64, slots uint8) {
	c.cur, c.slots, c.last, c.end = cur, slots, cl, tok.end
	c.tailScale = 0
	c.atoms++
}

// digitAtom applies a figure in digits.
func (lx *scanner) digitAtom(text string, tok token, c *card, j join) (applied, stop bool) {
	n := lx.lexDigits(text, tok.start, false)
	if n.skip || n.unit != "" || n.ordinal || n.scale > 0 || !n.isInt || n.lead0 || n.v < 1 {
		return false, false
	}
	followedByHundred := lx.info(lx.next(text, n.end)).is(cHundred)
	switch {
	case c.slots == 0 && c.cur == 0 && c.lastBig > 0 && n.v < c.lastBig &&
		(j != jSpace || followedByHundred):
		c.apply(tok, cNone, n.v, sDigits)
	case c.slots == sHund && n.v < 100 && j != jSpace:
		c.apply(tok, cNone, c.cur+n.v, sHund|sTens|sUnit)
	default:
		return false, false
	}
	c.end, c.digits = n.end, true
	return true, false
}

// scaleAtom applies a scale word of value s ("thousand", "bn").
func (lx *scanner) scaleAtom(tok token, c *card, s float64) bool {
	switch {
	case c.andLock:
		return false
	case c.cur > 0 && (c.lastBig == 0 || s < c.lastBig):
		c.total += tidy(c.cur * s)
	case c.cur == 0 && (c.last == cScale || c.last == cAbbr) && s > c.lastBig:
		c.total = tidy(c.total * s)
	default:
		return false
	}
	c.apply(tok, cScale, 0, 0)
	c.lastBig, c.tailScale = s, s
	c.words = true
	return true
}

// ordinalAtom applies an ordinal word of value v: it ends the number.
func (lx *scanner) ordinalAtom(tok token, c *card, v float64) bool {
	switch {
	case v < 10 && c.slots&(sUnit|sDigits) == 0 && (c.slots&sTens == 0 || c.last == cTens):
		c.cur += v
	case v < 100 && c.slots&(sUnit|sTens|sDigits) == 0:
		c.cur += v
	case v == 100 && c.slots&sHund == 0:
		c.cur = max(c.cur, 1) * 100
	case v >= 1000 && (c.lastBig == 0 || v < c.lastBig):
		c.total += max(c.cur, 1) * v
		c.cur = 0
	default:
		return false
	}
	c.end, c.last, c.ordinal, c.words = tok.end, cOrdinal, true, true
	c.atoms++
	return true
}

// vigesimalAtom applies the French tens built on twenty: "quatre-vingts"
// (four twenties), "soixante-dix" (sixty-ten), "quatre-vingt-douze".
func (lx *scanner) vigesimalAtom(tok token, w *wordInfo, c *card) bool {
	inGroup := int(c.cur) % 100
	switch {
	case w.is(cTens) && w.val[cTens] == 20 && c.last == cUnit && inGroup == 4:
		c.apply(tok, cTens, c.cur-4+80, c.slots&^sUnit|sTens)
	case (w.is(cTens) && w.val[cTens] == 10 || w.is(cTeen)) && c.last == cTens && (inGroup == 60 || inGroup == 80):
		v := w.val[cTens]
		if w.is(cTeen) {
			v = w.val[cTeen]
		}
		c.apply(tok, cTens, c.cur+v, c.slots|sTens)
		if v > 10 {
			c.slots |= sUnit
		}
	default:
		return false
	}
	return true
}
