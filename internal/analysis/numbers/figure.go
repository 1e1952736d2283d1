package numbers

import "strings"

// figure is one number with what is glued to it: a currency sign, a sign,
// a percent sign or a unit.
type figure struct {
	start, end       int // the whole figure
	numStart, numEnd int // the number with its sign
	v                float64
	c                card
	percent          bool
	unit             string
	currency         string
	negative         bool
}

// match returns the longest phrase of one of the classes in mask that starts
// at t, and the token after it. Phrases of punctuation may not be spaced
// apart from the word before them when glued is set.
func (lx *scanner) match(text string, t token, mask uint64) (*phrase, int) {
	w := lx.info(t)
	if w == nil || w.pcls&mask == 0 {
		return nil, 0
	}
	// The loop of matchPhrase is written out: match is the hottest path of
	// Find and a call per phrase costs English a few percent. The tokens
	// after t, the same for every phrase, come from the scanner's memo.
	for _, p := range w.phrases {
		if mask&(1<<p.cls) == 0 {
			continue
		}
		end, ok := t.end, true
		for _, id := range p.ids[1:] {
			nx := lx.next(text, end)
			if nx.id != id || nx.brk {
				ok = false
				break
			}
			end = nx.end
		}
		if ok && end < len(text) && isASCIILetter(text[end-1]) && letterAt(text, end) > 0 {
			ok = false // "percent" must not match the start of "percentile"
		}
		if ok {
			return p, end
		}
	}
	return nil, 0
}

// matchPhrase reports whether the phrase p starts at t, and where it ends.
func (lx *scanner) matchPhrase(text string, t token, p *phrase) (int, bool) {
	end := t.end
	for _, id := range p.ids[1:] {
		nx := lx.next(text, end)
		if nx.id != id || nx.brk {
			return 0, false
		}
		end = nx.end
	}
	if end < len(text) && isASCIILetter(text[end-1]) && letterAt(text, end) > 0 {
		return 0, false // "percent" must not match the start of "percentile"
	}
	return end, true
}

func bit(cs ...class) uint64 {
	var m uint64
	for _, c := range cs {
		m |= 1 << c
	}
	return m
}

var (
	mQual      = bit(cApprox, cExact, cMin, cMax)
	mPost      = bit(cPostMin, cPostMax, cPostApprox, cPostClosed)
	mPercent   = bit(cPercent, cPercentPoint)
	mMeasure   = bit(cMeasure)
	mCurrency  = bit(cCurrency)
	mRangeOpen = bit(cRangeOpen)
	// mOpen: the phrase classes a mention may begin with.
	mOpen = bit(cApprox, cExact, cMin, cMax, cVague, cSeveral, cPercent, cCurrency, cRangeOpen)
)

// figureAt reads the figure that starts at t. prev is the token before t,
// qual says a qualifier came before (so a lone "half" is a number). skip > 0
// says the text up to skip is a code or clock time.
func (lx *scanner) figureAt(text string, t token, prev token, qual bool) (f figure, skip int, ok bool) {
	f.start = t.start
	money := false
	if p, end := lx.match(text, t, mCurrency); p != nil {
		nt := lx.next(text, end)
		if nt.gap > 1 || nt.brk || !(nt.kind == tNum || lx.isNumAtom(nt) || lx.info(nt).is(cArticle)) {
			return f, 0, false
		}
		f.currency, money = text[t.start:end], true
		t = nt
	}
	f.numStart = t.start
	if lx.signAt(text, t, prev) {
		nt := lx.next(text, t.end)
		if nt.brk || t.kind == tPunct && nt.gap > 0 {
			return f, 0, false
		}
		f.negative = true
		t = nt
	}
	if t.kind == tNum && lx.isCode(text, t.start) {
		return f, codeEnd(text, t.start), false
	}
	if w := lx.info(t); t.kind == tPunct && w.is(cVulgar) {
		f.v, f.numEnd, f.end = w.val[cVulgar], t.end, t.end
		f.c = card{cstate: cstate{end: t.end, cur: f.v, atoms: 1, last: cVulgar}, start: t.start}
		if f.negative {
			f.v = -f.v
		}
		return f, 0, true
	}
	if t.kind == tPunct && !(text[t.start] == '.' && t.end < len(text) && isDigit(text[t.end])) {
		return f, 0, false
	}
	c, ok := lx.cardinal(text, t, money)
	if !ok {
		if c.skip > 0 {
			return f, c.skip, false
		}
		if qual && lx.loc.articleOne && t.kind == tWord && lx.info(t).is(cArticle) && !f.negative {
			// "al menos una persona", "mindestens ein Mensch": one.
			f.v, f.numEnd, f.end = 1, t.end, t.end
			f.c = card{cstate: cstate{end: t.end, cur: 1, atoms: 1, last: cArticle}, start: t.start, words: true, isInt: true}
			return f, 0, true
		}
		if t.kind != tWord || !lx.info(t).is(cHalf) {
			return f, 0, false // loneHalf's own first test, without copying f there and back
		}
		return lx.loneHalf(text, t, f, qual)
	}
	if c.atoms == 1 && c.last == cUnit && c.cur == 1 && lx.info(prev).is(cPronounOne) {
		return f, 0, false
	}
	f.c, f.v, f.numEnd, f.end = c, c.value(), c.end, c.end
	f.unit = c.unit
	if c.numEnd > 0 {
		f.numEnd = c.numEnd
	}
	if f.negative {
		f.v = -f.v
	}
	if c.ordinal || f.unit != "" {
		return f, 0, true
	}
	lx.suffixes(text, &f)
	return f, 0, true
}

// suffixes reads a percent sign or word, or a unit, after the figure.
func (lx *scanner) suffixes(text string, f *figure) {
	nt := lx.next(text, f.end)
	if nt.brk {
		return
	}
	if nt.kind == tPunct && text[nt.start] == '-' && nt.gap == 0 {
		if after := lx.next(text, nt.end); after.gap == 0 && after.kind == tWord {
			nt = after
		}
	}
	if p, end := lx.match(text, nt, mPercent); p != nil && !(nt.kind == tPunct && end < len(text) && (isDigit(text[end]) || letterAt(text, end) > 0)) {
		f.percent, f.end = true, end
		f.unit = "%"
		if p.cls == cPercentPoint {
			f.unit = strings.ToLower(text[nt.start:end])
		}
		return
	}
	if p, end := lx.match(text, nt, mMeasure); p != nil && nt.gap <= 1 {
		f.unit, f.end = strings.ToLower(text[nt.start:end]), end
	}
}

// loneHalf accepts "half" without a count when it is clearly a number:
// after a qualifier ("more than half") or before "of" ("half of the troops").
func (lx *scanner) loneHalf(text string, t token, f figure, qual bool) (figure, int, bool) {
	if w := lx.info(t); !w.is(cHalf) || w.val[cHalf] != 0.5 || t.kind != tWord {
		return f, 0, false
	}
	if !qual && !lx.info(lx.next(text, t.end)).is(cPartitive) {
		return f, 0, false
	}
	f.v, f.numEnd, f.end = 0.5, t.end, t.end
	f.c = card{cstate: cstate{end: t.end, cur: 0.5, atoms: 1, last: cHalf}, start: t.start, words: true}
	if f.negative {
		f.v = -0.5
	}
	return f, 0, true
}

// signAt reports whether t is a minus sign or word before a number.
func (lx *scanner) signAt(text string, t token, prev token) bool {
	if t.kind == tWord {
		if !lx.info(t).is(cNegative) {
			return false
		}
		nt := lx.next(text, t.end)
		return nt.kind == tNum || lx.isNumAtom(nt)
	}
	if t.kind != tPunct || t.end >= len(text) || !isDigit(text[t.end]) {
		return false
	}
	if s := text[t.start:t.end]; s != "-" && s != "−" {
		return false
	}
	if t.start == 0 {
		return true
	}
	c := text[t.start-1]
	return !isDigit(c) && !letterBefore(text, t.start) && c != ')' && c != '-' && c != '.' && c != ','
}

// isCode reports whether the digits at i belong to a code like "G7",
// "KN-23" or "MiG-29" rather than being a number.
func (lx *scanner) isCode(text string, i int) bool {
	if letterBefore(text, i) {
		return true
	}
	if i >= 2 && text[i-1] == '-' && letterBefore(text, i-1) {
		s := i - 1
		for s > 0 && letterBefore(text, s) {
			s--
			for s > 0 && text[s]&0xc0 == 0x80 {
				s--
			}
		}
		if s > 0 && isDigit(text[s-1]) {
			return false // "5k-20k"
		}
		w := lx.info(token{kind: tWord, id: lx.lookup(text[s : i-1])})
		return !w.any(cUnit, cTeen, cTens, cHundred, cScale)
	}
	return false
}
