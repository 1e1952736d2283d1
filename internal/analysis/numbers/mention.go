package numbers

import (
	"strings"

	"github.com/sitrep/sitrep/internal/news"
)

// mentionAt reads the mention that starts at t, if any. skip > t.end says
// the text up to skip is a code or clock time and holds no mention.
func (lx *scanner) mentionAt(text string, t token, prev token) (Mention, int, bool) {
	if w := lx.info(t); t.kind == tWord && w != nil && w.needsNext && lx.cannotOpen(text, t, w) {
		return Mention{}, 0, false
	}
	// Each opener is tried: Spanish "desde" opens "desde 20 a 30" and
	// "desde 20 hasta 30".
	if w := lx.info(t); w != nil && w.pcls&mRangeOpen != 0 {
		// The low end is read once for all the phrases that end where it
		// starts: "from 100" is read once, not once for each of the four
		// "from" phrases, and "from the" is turned away once.
		lowAt, low := -1, lowEnd{}
		for _, p := range w.phrases {
			if p.cls != cRangeOpen {
				continue
			}
			end, ok := lx.matchPhrase(text, t, p)
			if !ok {
				continue
			}
			if end != lowAt {
				lowAt, low = end, lx.lowEnd(text, end, prev)
			}
			if !low.ok {
				continue
			}
			if m, ok := lx.openRange(text, t, p, end, low.f); ok {
				return m, 0, true
			}
		}
	}
	if p, end := lx.match(text, t, mQual); p != nil && lx.symbolOK(text, t.start, end) && !bareVerbQualifier(text, t.start, end) {
		body := lx.next(text, end)
		if !body.brk {
			if m, _, ok := lx.bodyAt(text, body, prev, true); ok && !m.Ordinal {
				lx.qualify(text, &m, p, t.start, end)
				if m.Value.Kind != news.KindRange && !m.Vague {
					lx.postQualifier(text, &m)
				}
				lx.compound(text, &m)
				return m, 0, true
			}
		}
	}
	if t.kind == tWord || t.kind == tPunct {
		w := lx.info(t)
		if w.has(mWordStart) || w != nil && w.pcls&mBody != 0 {
			if m, ok := lx.percentOf(text, t); ok {
				return m, 0, true
			}
		} else if t.kind == tWord || text[t.start] != '.' && text[t.start] != '-' && !strings.HasPrefix(text[t.start:], "−") {
			return Mention{}, 0, false
		}
	}
	return lx.bodyAt(text, t, prev, false)
}

// mBody: the phrase classes a mention without a qualifier may begin with.
var mBody = bit(cVague, cSeveral, cCurrency, cPercent)

// percentOf reads "percent of 10", the percent word before its figure.
func (lx *scanner) percentOf(text string, t token) (Mention, bool) {
	if t.kind != tWord {
		return Mention{}, false
	}
	p, end := lx.match(text, t, bit(cPercent))
	if p == nil {
		return Mention{}, false
	}
	of := lx.next(text, end)
	if of.brk || !lx.info(of).is(cPartitive) {
		return Mention{}, false
	}
	f, _, ok := lx.figureAt(text, lx.next(text, of.end), of, false)
	if !ok || f.percent || f.unit != "" || f.c.ordinal || f.currency != "" {
		return Mention{}, false
	}
	m := f.mention()
	m.Start, m.Percent, m.Unit = t.start, true, "%"
	return m, true
}

// symbolOK rejects the comparison signs of "<>30" and "=>30".
func (lx *scanner) symbolOK(text string, start, end int) bool {
	bad := func(c byte) bool { return c == '<' || c == '>' || c == '=' }
	if isASCIILetter(text[start]) {
		return true
	}
	return !(start > 0 && bad(text[start-1])) && !(end < len(text) && bad(text[end]))
}

// bareVerbQualifier reports whether the qualifier text[start:end] is one
// of the plain verbs that exceed a figure ("deaths top 3,000", "toll
// passes 800") standing where no subject comes before it: "the top 10
// cities" and a heading's "Top 5" rank, they do not exceed.
func bareVerbQualifier(text string, start, end int) bool {
	switch strings.ToLower(text[start:end]) {
	case "top", "pass":
	default:
		return false
	}
	before := strings.TrimRight(text[:start], " \t")
	i := strings.LastIndexAny(before, " \t\n")
	prev := strings.ToLower(before[i+1:])
	if prev == "" || strings.ContainsAny(prev[len(prev)-1:], ".:!?\"“”(") {
		return true // a line or sentence opens with it: "Top 10 ..."
	}
	switch prev {
	case "the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those", "in", "of", "to":
		return true // "the top 10", "in top 5": a rank
	}
	return false
}

// qualify applies a qualifier phrase to m and widens its span.
func (lx *scanner) qualify(text string, m *Mention, p *phrase, start, end int) {
	m.Qualifier = strings.ToLower(text[start:end])
	m.Start = start
	if m.Vague && p.cls != cMax {
		return
	}
	if m.Value.Kind == news.KindRange {
		switch p.cls {
		case cMax: // "up to 5,000 or 6,000"
			m.Value = news.Value{Kind: news.KindMax, V: m.Value.High}
			m.OpenHigh = p.open
		case cMin: // "more than 10 to 15"
			m.Value = news.Value{Kind: news.KindMin, V: m.Value.Low}
			m.OpenLow = p.open
		}
		return
	}
	switch p.cls {
	case cApprox:
		m.Value.Kind = news.KindApprox
	case cExact:
		m.Value.Kind = news.KindExact
	case cMin:
		m.Value.Kind, m.OpenLow = news.KindMin, p.open
	case cMax:
		m.Value.Kind, m.OpenHigh = news.KindMax, p.open
	}
}

// bodyAt reads a vague amount, or a figure with what may follow it: a
// qualifier after it ("or more") or the other end of a range.
func (lx *scanner) bodyAt(text string, t token, prev token, qual bool) (Mention, int, bool) {
	// After a qualifier a scale word that also counts alone is one of it:
	// "около тысячи" is about a thousand, not about thousands.
	if t.kind == tWord && !(qual && lx.info(t).is(cLoneScale)) {
		if m, ok := lx.vagueAt(text, t); ok {
			return m, 0, true
		}
	}
	f, skip, ok := lx.figureAt(text, t, prev, qual)
	if !ok {
		return Mention{}, skip, false
	}
	m := f.mention()
	if f.c.round {
		m.Value.Kind = news.KindApprox
	}
	if m.Ordinal || m.Measurement() {
		return m, 0, true
	}
	if lx.rangeAfter(text, &m, f, lx.info(prev).is(cChange)) {
		return m, 0, true
	}
	if !qual {
		lx.postQualifier(text, &m)
	}
	return m, 0, true
}

// mention turns a lone figure into an exact mention.
func (f figure) mention() Mention {
	return Mention{
		Span:     news.Span{Start: f.start, End: f.end},
		Num:      news.Span{Start: f.numStart, End: f.numEnd},
		Value:    news.Value{Kind: news.KindExact, V: f.v},
		Percent:  f.percent,
		Unit:     f.unit,
		Ordinal:  f.c.ordinal,
		Words:    f.c.words,
		Currency: f.currency,
	}
}

// postQualifier reads "or more", "plus", "or so" after a figure.
func (lx *scanner) postQualifier(text string, m *Mention) {
	nt := lx.next(text, m.End)
	if nt.kind == tPunct && text[nt.start] == '-' && nt.gap == 0 {
		if w := lx.next(text, nt.end); w.kind == tWord && w.gap == 0 {
			nt = w // "40-odd"
		}
	}
	p, end := lx.match(text, nt, mPost)
	if p == nil || nt.brk || nt.kind == tPunct && nt.gap > 0 {
		return
	}
	if nt.kind == tPunct && end < len(text) && (isDigit(text[end]) || letterAt(text, end) > 0) {
		return // "5+3", "+1-222"
	}
	if nx := lx.next(text, end); !nx.brk && lx.info(nx).is(cComparative) {
		// "200 or greater than 190" is two figures; "200 or greater than." one.
		if after := lx.next(text, nx.end); after.kind == tNum || lx.isNumAtom(after) {
			return
		}
		end = nx.end
	} else if nx.kind == tNum || lx.isNumAtom(nx) {
		return // "no more than 12 and more than 194"
	}
	if p.cls == cPostClosed {
		if m.Value.Kind == news.KindMin || m.Value.Kind == news.KindMax {
			m.OpenLow, m.OpenHigh, m.End = false, false, end
		}
		return
	}
	m.End = end
	if m.Qualifier == "" {
		m.Qualifier = strings.ToLower(text[nt.start:end])
	}
	m.OpenLow, m.OpenHigh = false, false
	switch p.cls {
	case cPostMin:
		m.Value.Kind = news.KindMin
	case cPostMax:
		m.Value.Kind = news.KindMax
	case cPostApprox:
		m.Value.Kind = news.KindApprox
	}
}

// rangeAfter reads "to 12,000", "-12,000" or "or three" after the figure f
// and makes m a range; only a glued dash when dashOnly is set (after a
// word of change: "by 15-20 million").
func (lx *scanner) rangeAfter(text string, m *Mention, f figure, dashOnly bool) bool {
	sep := lx.next(text, f.end)
	p, end := lx.match(text, sep, bit(cRangeSep))
	if p == nil || sep.brk {
		return false
	}
	if _, post := lx.match(text, sep, mPost); post > 0 {
		return false // "5 or more"
	}
	nt := lx.next(text, end)
	dash := sep.kind == tPunct
	if nt.brk || dash && (sep.gap == 0) != (nt.gap == 0) {
		return false
	}
	if dashOnly && !(dash && sep.gap == 0) {
		return false // "rose by 30 to 1,200" is a change and a total; "cut by 15-20 million" a range
	}
	g, _, ok := lx.figureAt(text, nt, sep, false)
	if !ok {
		return false
	}
	if dash && (chained(text, g.end) || f.numStart > 0 && text[f.numStart-1] == '+') {
		return false // a date "2024-01-15" or a phone number "+1-222-2222"
	}
	if f.c.tailScale == 0 && g.c.tailScale > 0 && yearDigits(text[f.numStart:f.numEnd]) {
		return false // "fell 24% in 2023 to 8.8 trillion roubles": a year, then a figure
	}
	return lx.makeRange(m, f, g, dash)
}

// yearDigits reports whether s is four digits that read as a year, 1800
// to 2100.
func yearDigits(s string) bool {
	if len(s) != 4 {
		return false
	}
	for i := 0; i < 4; i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	y := int(s[0]-'0')*1000 + int(s[1]-'0')*100 + int(s[2]-'0')*10 + int(s[3]-'0')
	return y >= 1800 && y <= 2100
}

// makeRange joins the figures f and g into the range m when they make one.
func (lx *scanner) makeRange(m *Mention, f, g figure, dash bool) bool {
	if g.c.ordinal || f.c.ordinal || dash && (g.c.lead0 || f.c.lead0) || g.unit != "" && f.unit != "" && g.unit != f.unit {
		return false
	}
	if f.percent && !g.percent || g.percent && f.currency != "" {
		return false // "fell 6 per cent to £812 million": a change, then the total
	}
	lo, hi := f.v, g.v
	if f.c.tailScale == 0 && g.c.tailScale > 0 && lo*g.c.tailScale < hi {
		lo *= g.c.tailScale // "10 to 12 thousand"
	}
	if !(lo < hi) {
		return false
	}
	m.End = max(m.End, g.end)
	m.Num.End = g.numEnd
	m.Low = news.Span{Start: f.numStart, End: f.numEnd}
	m.High = news.Span{Start: g.numStart, End: g.numEnd}
	m.Value = news.Value{Kind: news.KindRange, Low: lo, High: hi}
	m.Percent = f.percent || g.percent
	m.Words = f.c.words || g.c.words
	if m.Unit == "" {
		m.Unit = g.unit
	}
	if m.Currency == "" {
		m.Currency = g.currency
	}
	return true
}

// openRange reads "between X and Y", "from X to Y": the opener p, which
// ends at end, and the low end f (lowEnd) are read; the rest is read here.
func (lx *scanner) openRange(text string, t token, p *phrase, end int, f figure) (m Mention, ok bool) {
	j := lx.next(text, f.end)
	if j.id != p.join || j.brk {
		return Mention{}, false
	}
	gt := lx.next(text, j.end)
	if lx.info(gt).is(cRangeArticle) && lx.words[p.ids[len(p.ids)-1]].is(cRangeArticle) {
		gt = lx.next(text, gt.end) // "entre el 5 y el 10 %"
	}
	g, _, ok := lx.figureAt(text, gt, j, false)
	if !ok {
		return Mention{}, false
	}
	m = f.mention()
	if !lx.makeRange(&m, f, g, false) {
		return Mention{}, false
	}
	m.Start = t.start
	m.Qualifier = strings.ToLower(text[t.start:end])
	return m, true
}

// lowEnd is the low end of a range that an opener ending at some offset
// begins, read once for all the openers that end there.
type lowEnd struct {
	f  figure
	ok bool // a figure that may be a range's low end starts there
}

// lowEnd reads the low end of a range whose opener ends at end.
func (lx *scanner) lowEnd(text string, end int, prev token) lowEnd {
	f, _, ok := lx.figureAt(text, lx.next(text, end), prev, false)
	return lowEnd{f: f, ok: ok && !f.c.ordinal && (f.unit == "" || f.percent)}
}

// compound joins "more than 10 and less than 20" into one range.
func (lx *scanner) compound(text string, m *Mention) {
	k := m.Value.Kind
	if k != news.KindMin && k != news.KindMax {
		return
	}
	cj := lx.next(text, m.End)
	p, end := lx.match(text, cj, bit(cRangeConj))
	if p == nil || cj.brk {
		return
	}
	qt := lx.next(text, end)
	q, qend := lx.match(text, qt, mQual)
	if q == nil || !lx.symbolOK(text, qt.start, qend) {
		return
	}
	n, _, ok := lx.bodyAt(text, lx.next(text, qend), cj, true)
	if !ok || n.Vague || n.Ordinal || n.Value.Kind != news.KindExact || n.Percent != m.Percent {
		return
	}
	lx.qualify(text, &n, q, qt.start, qend)
	lo, hi, ol, oh := m.Value.V, n.Value.V, m.OpenLow, n.OpenHigh
	if k == news.KindMax {
		if n.Value.Kind != news.KindMin {
			return
		}
		lo, hi, ol, oh = n.Value.V, m.Value.V, n.OpenLow, m.OpenHigh
	} else if n.Value.Kind != news.KindMax {
		return
	}
	if !(lo < hi) {
		return
	}
	m.Value = news.Value{Kind: news.KindRange, Low: lo, High: hi}
	m.OpenLow, m.OpenHigh = ol, oh
	if k == news.KindMin {
		m.Low, m.High = m.Num, n.Num
	} else {
		m.Low, m.High = n.Num, m.Num
	}
	m.Num.End, m.End = n.Num.End, n.End
}

// chained reports whether a dash or slash and a digit follow i.
func chained(text string, i int) bool {
	for _, sep := range []string{"-", "–", "/"} {
		if strings.HasPrefix(text[i:], sep) && i+len(sep) < len(text) && isDigit(text[i+len(sep)]) {
			return true
		}
	}
	return false
}
