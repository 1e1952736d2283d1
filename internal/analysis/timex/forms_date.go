package timex

// date matches a calendar day or month at i:
//
//	[Weekday[,]] Month[.] [the] Day[th] [[,] Year | of Year]
//	[Weekday[,]] [the] Day[th] [of] Month[.] [[,] Year]
//	Month[.] [,] [of] Year
//	Month [of] last/this/next year
//	Year-MM-DD, Year/Mon/DD, MM/DD/Year, DD.MM.Year
//
// A bare month ("October") comes back with bare set; the caller decides
// whether the words around it make it a time expression.
func (p *parser) date(i int) (m match, next int, bare, ok bool) {
	m.weekday = -1
	j := i
	if w := p.w(i, clWeekday); w != nil && p.capOrPlain(i, w) {
		j = i + 1
		if p.is(j, ",", ".") {
			j++
		}
		m.weekday = w.weekday
	}
	if m, next, bare, ok = p.monthFirst(j, m); ok && !(bare && m.weekday >= 0) {
		m.start = p.toks[i].start
		return m, next, bare, true
	}
	if m, next, ok = p.dayFirst(j, m); ok {
		m.start = p.toks[i].start
		return m, next, false, true
	}
	if j == i {
		if m, next, ok = p.numeric(i); ok {
			return m, next, false, true
		}
	}
	return match{}, i, false, false
}

func (p *parser) monthFirst(j int, m match) (match, int, bool, bool) {
	w, k, ok := p.month(j)
	if !ok {
		return m, j, false, false
	}
	m.month = w.month
	m.start = p.toks[j].start
	d, k2, ok := p.day(k)
	if !ok && p.is(k, "the") {
		d, k2, ok = p.day(k + 1)
	}
	if !ok && k == j+1 && p.adjIs(k, "-", "/") && p.adjNum(k+1) {
		d, k2, ok = p.dayAfter(k + 1) // "Oct-2", "jan/1"
	}
	if ok {
		m.kind, m.day = kDate, d
		if r, k3, ok := p.dayRangeEnd(k2, m); ok {
			return r, k3, false, true
		}
		return p.yearAfter(k2, m)
	}
	m.kind = kMonth
	if m2, k3, _, ok := p.yearAfter(k, m); ok && m2.year != 0 {
		return m2, k3, false, true
	}
	k = j + 1 // a dot after a bare month ends the sentence, not the word
	if p.is(k, "of") {
		k++
	}
	if s := p.w(k, clShift); s != nil && p.w(k+1, clUnit) != nil && p.w(k+1, clUnit).unit == "year" {
		m.kind, m.shift = kMonthRel, s.shift
		m.end = p.toks[k+1].end
		return m, k + 2, false, true
	}
	if w.ambig && !p.toks[j].cap {
		return m, j, false, false
	}
	m.end = p.toks[j].end
	return m, j + 1, true, true
}

// yearAfter extends a day or month at k with a following year: ", 2024",
// " 2024", " of 2024".
func (p *parser) yearAfter(k int, m match) (match, int, bool, bool) {
	for _, skip := range [][]string{nil, {","}, {"of"}} {
		at := k
		if skip != nil {
			if skip[0] == "of" && !p.isOf(at) || skip[0] != "of" && !p.is(at, skip...) {
				continue
			}
			at++
		}
		if y, k2, ok := p.year(at); ok {
			m.year = y
			m.end = p.toks[k2-1].end
			return m, k2, false, true
		}
	}
	m.end = p.toks[k-1].end
	return m, k, false, true
}

func (p *parser) dayFirst(j int, m match) (match, int, bool) {
	k := j
	if p.is(k, "the") {
		k++
	}
	d, k2, ok := p.day(k)
	if !ok {
		return m, j, false
	}
	start := p.toks[k].start
	d2 := 0
	if p.is(k2, "-", "–", "to", "and", "until", "till", "through") || p.isCue(k2, "and") {
		k3 := k2 + 1
		if p.is(k3, "the") || p.isCue(k3, "the") {
			k3++ // "entre le 8 et le 13 octobre", "between the 8th and the 13th of"
		}
		if e, k4, ok := p.dayAfter(k3); ok && e > d {
			d2, k2 = e, k4
		}
	}
	if p.isOf(k2) || d2 == 0 && p.adjIs(k2, "-", ".") && p.w(k2+1, clMonth) != nil {
		k2++
	}
	w, k3, ok := p.month(k2)
	if !ok {
		return m, j, false
	}
	if _, _, hasYear := p.year(k3); w.ambig && !p.toks[k2].cap && !hasYear {
		return m, j, false
	}
	m.kind, m.day, m.month = kDate, d, w.month
	m.start = start
	if _, _, ok := p.year(k3); !ok && !p.is(k3, ",") && k3 > k2+1 {
		k3-- // the dot after "Nov" ends the sentence
	}
	m, k4, _, _ := p.yearAfter(k3, m)
	if d2 == 0 {
		return m, k4, true
	}
	return p.dayRange(m, d2, k4), k4, true
}

// dayRangeEnd reads the second day of "November 19-20" or "March 3 to 5".
func (p *parser) dayRangeEnd(k int, m match) (match, int, bool) {
	if !p.is(k, "-", "–", "to", "and", "through", "until", "till") {
		return m, k, false
	}
	d2, k2, ok := p.dayAfter(k + 1)
	if !ok && p.is(k+1, "the") {
		d2, k2, ok = p.day(k + 2)
	}
	if !ok || d2 <= m.day {
		return m, k, false
	}
	m, k3, _, _ := p.yearAfter(k2, m)
	return p.dayRange(m, d2, k3), k3, true
}

// dayRange makes the range of days m.day..d2 of m's month.
func (p *parser) dayRange(m match, d2 int, next int) match {
	a := m
	if m.year != 0 {
		a.forceYear = m.year
	}
	b := a
	b.day = d2
	return match{kind: kRange, start: m.start, end: p.toks[next-1].end, weekday: -1, a: &a, b: &b}
}

// numeric matches all-digit dates with their year: 2024-11-04, 2019/sep/01,
// 02/22/2016, 21.04.2016, 9-18-15. Dates without a year ("4/22") are left
// out: in news they are more often scores, ratios or ranges.
func (p *parser) numeric(i int) (match, int, bool) {
	t := p.on(i)
	if t == nil || t.kind != tkNum || p.precededByNumber(i) {
		return match{}, i, false
	}
	sep := p.str(i + 1)
	if sep != "-" && sep != "/" && sep != "." || !p.adjIs(i+1, sep) || !p.adjIs(i+3, sep) {
		return match{}, i, false
	}
	mid, last := p.on(i+2), p.on(i+4)
	if mid == nil || last == nil || !mid.adj || !last.adj || last.kind != tkNum {
		return match{}, i, false
	}
	n0, n2 := t.end-t.start, last.end-last.start
	m := match{kind: kDate, weekday: -1, start: t.start}
	switch {
	case n0 == 4 && (mid.kind == tkNum && mid.end-mid.start <= 2 || p.w(i+2, clMonth) != nil) && n2 <= 2:
		m.year, m.day = t.val, last.val
		if w := p.w(i+2, clMonth); w != nil {
			m.month = w.month
		} else {
			m.month = mid.val
		}
	case n0 <= 2 && mid.kind == tkNum && mid.end-mid.start <= 2 && (n2 == 4 || n2 == 2 && sep != "."):
		m.year = last.val
		if n2 == 2 {
			m.year = century(last.val)
		}
		m.month, m.day = p.lx.dayOrder(t.val, mid.val)
	default:
		return match{}, i, false
	}
	if p.numberGoesOn(i + 5) {
		return match{}, i, false
	}
	m.end = last.end
	return m, i + 5, true
}

// century puts a two-digit year in a century the way strptime's %y does:
// 00-68 are 2000-2068, 69-99 are 1969-1999.
func century(yy int) int {
	if yy < 69 {
		return 2000 + yy
	}
	return 1900 + yy
}

// dayOrder reads the month and the day of an all-digit date "a/b/Year" in
// go-dateparser's orders: month first in English (02/22/2016, and day first
// only when a cannot be a month: 22/02/2016), day first in the other
// languages (21.04.2016, 21/04/2016). It returns a zero month when the order
// gives no date.
func (lx *lexicon) dayOrder(a, b int) (month, day int) {
	if lx.lang == "en" && a <= 12 {
		month, day = a, b
	} else {
		month, day = b, a
	}
	if month < 1 || month > 12 || day < 1 || day > 31 {
		return 0, 0
	}
	return month, day
}

// isCue reports whether token i is a cue word of the language's list with
// that role ("et" is "and", "le" is "the" in French).
func (p *parser) isCue(i int, cue string) bool {
	w := p.w(i, clCue)
	return w != nil && w.cue == cue
}
