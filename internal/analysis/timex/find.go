package timex

import (
	"sync"
	"time"

	"github.com/sitrep/sitrep/internal/news"
)

// Finder finds and resolves time expressions in one language. It is safe for
// concurrent use.
type Finder struct {
	lx   *lexicon
	pool sync.Pool // *[]token
}

// New returns a Finder for lang ("en"; other languages as their word lists
// are added under lang/).
func New(lang string) (*Finder, error) {
	lx, err := loadLexicon(lang)
	if err != nil {
		return nil, err
	}
	return &Finder{lx: lx}, nil
}

// Find returns the time expressions in text[within] (byte offsets into text),
// in text order, resolved against ref. With a zero ref, relative expressions
// and dates without a year come back with a zero Date and Relative set:
// never a guess.
func (f *Finder) Find(text string, within news.Span, ref time.Time) []news.TimeExpr {
	return f.appendFind(nil, text, within, ref)
}

// appendFind is Find appending to dst, so that the stage gathers a
// document's expressions in one slice.
func (f *Finder) appendFind(dst []news.TimeExpr, text string, within news.Span, ref time.Time) []news.TimeExpr {
	return f.appendFindDay(dst, text, within, day(ref))
}

// appendFindDay is appendFind with ref already a day (midnight UTC, or
// zero): the stage makes it once a document, not once a sentence.
func (f *Finder) appendFindDay(dst []news.TimeExpr, text string, within news.Span, ref time.Time) []news.TimeExpr {
	base := len(dst) // a clock time attaches only to a date of this call
	f.scan(text, within, func(m match) {
		te := f.resolve(text, &m, ref)
		if m.kind == kClock && len(dst) > base {
			attachClock(text, &te, dst[len(dst)-1], m)
		}
		dst = append(dst, te)
	})
	return dst
}

// scan calls fn with each expression in text[within], in text order.
func (f *Finder) scan(text string, within news.Span, fn func(m match)) {
	within.Start = max(within.Start, 0)
	within.End = min(within.End, len(text))
	if within.Empty() {
		return
	}
	buf := f.tokens(text, within)
	f.scanTokens(text, *buf, fn)
	f.pool.Put(buf)
}

// tokens tokenizes text[within] into a buffer of the pool; the caller puts
// it back.
func (f *Finder) tokens(text string, within news.Span) *[]token {
	buf, _ := f.pool.Get().(*[]token)
	if buf == nil {
		buf = new([]token)
	}
	*buf = tokenize(f.lx, text, within.Start, within.End, (*buf)[:0])
	return buf
}

// scanTokens is scan over the tokens of a span.
func (f *Finder) scanTokens(text string, toks []token, fn func(m match)) {
	p := parser{text: text, lx: f.lx, toks: toks}
	for i := 0; i < len(p.toks); {
		t := &p.toks[i]
		if t.kind == tkPunct || t.kind == tkWord && (t.id == 0 || !p.lx.list[t.id].starts()) {
			i++
			continue
		}
		p.base = i
		if !p.mayStart() {
			i++
			continue
		}
		m, next, ok := p.expr(i)
		if !ok {
			i++
			continue
		}
		fn(m)
		i = next
	}
}

// expr tries every form at token i, longest first.
func (p *parser) expr(i int) (match, int, bool) {
	switch p.cue(i) {
	case "range":
		if m, next, ok := p.rangeAt(i); ok {
			return m, next, true
		}
	case "span":
		if m, next, ok := p.single(i + 1); ok && m.kind != kRange {
			a := m
			return match{kind: kSince, start: p.toks[i].start, end: m.end, weekday: -1, a: &a}, next, true
		}
	}
	m, next, ok := p.single(i)
	if !ok {
		return m, next, false
	}
	// "Oct. 2 to October 22", "March - May 2024": an open range of two dates.
	if (m.kind == kDate || m.kind == kMonth) && p.is(next, "-", "–", "to", "through", "until", "till") {
		if b, k, ok := p.single(next + 1); ok && (b.kind == kDate || b.kind == kMonth) {
			return rangeOf(m.start, b.end, m, b), k, true
		}
	}
	return m, next, true
}

// rangeAt matches "between X and Y" and "from X to Y".
func (p *parser) rangeAt(i int) (match, int, bool) {
	first := i + 1
	if p.isCue(first, "the") && p.on(first+1) != nil && p.on(first+1).kind == tkNum {
		first++ // "entre le 8 et le 13 octobre"
	}
	a, j, ok := p.single(first)
	if !ok || a.kind == kClock {
		return a, i, false
	}
	if a.kind == kRange {
		// "between 4 and 22 January": the day range already read both ends.
		a.start = p.toks[i].start
		return a, j, true
	}
	seps := []string{"to", "until", "till", "through", "-", "–"}
	if p.is(i, "between") {
		seps = []string{"and"}
	}
	if !p.is(j, seps...) {
		return a, i, false
	}
	b, k, ok := p.single(j + 1)
	if !ok || b.kind == kClock || b.kind == kRange {
		return a, i, false
	}
	return rangeOf(p.toks[i].start, b.end, a, b), k, true
}

// rangeOf returns the range from start to end of the expressions a and b.
// The copies it points to are made here, on the path that found a range:
// taking the addresses of a caller's locals moved them to the heap at
// every try ("from" and "between" open many phrases that are no range).
func rangeOf(start, end int, a, b match) match {
	return match{kind: kRange, start: start, end: end, weekday: -1, a: &a, b: &b}
}

// single matches one expression that is not a "between"/"from"/"since" phrase:
// an edge ("early", "late last month", "the end of March"), then a date, a
// relative expression, a year or a clock time.
func (p *parser) single(i int) (match, int, bool) {
	if e := p.w(i, clEdge); e != nil {
		j := i + 1
		switch {
		case p.adjIs(j, "-"):
			j++
		case p.is(j, "of"):
			j++
			if p.is(j, "the") {
				j++
			}
		case p.is(j, "in") && p.is(j+1, "the") && p.w(j+2, clUnit) != nil && p.w(j+2, clUnit).unit != "daypart":
			// "earlier in the week": the current week.
			u := p.w(j+2, clUnit)
			return match{kind: kRelUnit, unit: u.unit, edge: e.edge, start: p.toks[i].start,
				end: p.toks[j+2].end, weekday: -1}, j + 3, true
		case e.edge != "early" && e.edge != "late" && e.edge != "earlier" && e.edge != "later" && e.edge != "mid":
			return match{}, i, false // "end", "beginning" need "of"
		}
		if m, next, ok := p.single(j); ok && m.kind != kClock && m.kind != kRange && m.kind != kRelDay && m.kind != kAgo {
			m.edge, m.start = e.edge, p.toks[i].start
			return m, next, true
		}
		return match{}, i, false
	}
	if p.is(i, "the", "month") {
		// "the month of September": the month, said at length.
		j := i
		if p.is(j, "the") {
			j++
		}
		if p.is(j, "month") && p.is(j+1, "of") {
			if m, next, _, ok := p.date(j + 2); ok && m.kind == kMonth {
				m.start = p.toks[i].start
				return m, next, true
			}
		}
	}
	if m, next, bare, ok := p.date(i); ok {
		if !bare || p.cued(i) || !p.w(i, clMonth).ambig {
			return m, next, true
		}
	}
	if m, next, ok := p.relative(i); ok {
		return m, next, true
	}
	if y, next, ok := p.year(i); ok {
		if r, k, ok := p.yearRange(i, y, next); ok {
			return r, k, true
		}
		if m, k, ok := p.yearMonth(i, y, next); ok {
			return m, k, true
		}
		if y%10 == 0 && p.adjIs(next, "s") {
			// "the 1950s": the decade.
			a := match{kind: kYear, year: y, weekday: -1}
			b := match{kind: kYear, year: y + 9, weekday: -1}
			return match{kind: kRange, start: p.toks[i].start, end: p.toks[next].end, weekday: -1, a: &a, b: &b}, next + 1, true
		}
		if !p.counts(next) && (p.cued(i) && y <= maxCuedYear || y >= 1900 && y <= 2099) {
			m := match{kind: kYear, year: y, start: p.toks[i].start, end: p.toks[i].end, weekday: -1}
			return m, next, true
		}
	}
	return p.clock(i)
}

// maxCuedYear bounds the years a cue alone makes: news looks back centuries
// but not far ahead, and "в 2700" after a verb of estimating ("оценила ... в
// 2700") is a figure.
const maxCuedYear = 2100

// cued reports whether the word before token i makes a bare month or year a
// time expression ("in October", "since 2022", "by March").
func (p *parser) cued(i int) bool {
	if p.before(i) == nil {
		return false
	}
	switch c := p.cue(i - 1); c {
	case "", "the", "or", "and", "to", "through":
		return p.w(i-1, clEdge) != nil || p.is(i-1, "-") && p.w(i-2, clEdge) != nil
	}
	return true
}

// counts reports whether the word at token i makes the number before it a
// count rather than a year: "2000 people", "2000 drones".
func (p *parser) counts(i int) bool {
	if p.w(i, clCount) != nil {
		return true
	}
	t := p.on(i)
	if t == nil || t.kind != tkWord || t.cap {
		return false
	}
	s := p.str(i)
	return len(s) > 3 && s[len(s)-1] == 's' && s[len(s)-2] != 's'
}

// yearRange matches "2022-23" and "2022–2024".
func (p *parser) yearRange(i, y, next int) (match, int, bool) {
	if !p.adjIs(next, "-", "–") || !p.adjNum(next+1) {
		return match{}, i, false
	}
	t := p.toks[next+1]
	y2 := 0
	switch t.end - t.start {
	case 2:
		y2 = y/100*100 + t.val
	case 4:
		y2 = t.val
	}
	if y2 <= y || y2 > y+50 || p.numberGoesOn(next+2) {
		return match{}, i, false
	}
	a := match{kind: kYear, year: y, weekday: -1}
	b := match{kind: kYear, year: y2, weekday: -1}
	return match{kind: kRange, start: p.toks[i].start, end: t.end, weekday: -1, a: &a, b: &b}, next + 2, true
}

// yearMonth matches "2016-11" and "2015/3": a year and a month number.
func (p *parser) yearMonth(i, y, next int) (match, int, bool) {
	if !p.adjIs(next, "-", "/") || !p.adjNum(next+1) || p.adjIs(next+2, "-", "/", ".", ",") {
		return match{}, i, false
	}
	t := p.toks[next+1]
	if t.end-t.start > 2 || t.val < 1 || t.val > 12 {
		return match{}, i, false
	}
	return match{kind: kMonth, year: y, month: t.val, start: p.toks[i].start, end: t.end,
		weekday: -1}, next + 2, true
}
