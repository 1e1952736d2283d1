package timex

// relative matches the expressions that need the reference day:
// "yesterday", "the day before yesterday", "last week", "this year",
// "last Sunday", "last September", "last fall", "two weeks ago", "Monday".
func (p *parser) relative(i int) (match, int, bool) {
	t := p.on(i)
	if t == nil {
		return match{}, i, false
	}
	m := match{weekday: -1, start: t.start}
	if w := p.w(i, clRelDay); w != nil {
		m.kind, m.n, m.end = kRelDay, w.relDay, t.end
		return m, i + 1, true
	}
	if p.is(i, "the") && p.is(i+1, "day") && p.is(i+2, "before", "after") {
		if w := p.w(i+3, clRelDay); w != nil && w.relDay != 0 {
			m.kind, m.n, m.end = kRelDay, w.relDay*2, p.toks[i+3].end
			return m, i + 4, true
		}
	}
	if s := p.w(i, clShift); s != nil {
		return p.shifted(i, s, m)
	}
	if m, next, ok := p.ago(i, m); ok {
		return m, next, true
	}
	if w := p.w(i, clWeekday); w != nil && p.capOrPlain(i, w) {
		m.kind, m.weekday, m.end = kWeekday, w.weekday, t.end
		return m, i + 1, true
	}
	return p.season(i, m)
}

// shifted matches last/this/next followed by a week, month, year, weekday,
// month name or season.
func (p *parser) shifted(i int, s *word, m match) (match, int, bool) {
	// "the last week of July", "the next day": a span of the story, not of the calendar.
	if p.before(i) != nil && p.is(i-1, "the") && s.shift != 0 && !p.is(i, "coming", "upcoming") {
		return m, i, false
	}
	m.shift = s.shift
	j := i + 1
	if u := p.w(j, clUnit); u != nil && u.unit == "daypart" && s.shift <= 0 {
		// "this morning", "last night": a part of the reference day or
		// of the day before.
		m.kind, m.n, m.end = kRelDay, s.shift, p.toks[j].end
		return m, j + 1, true
	}
	if u := p.w(j, clUnit); u != nil && u.unit != "day" && u.unit != "daypart" && p.str(j)[len(p.str(j))-1] != 's' {
		m.kind, m.unit, m.end = kRelUnit, u.unit, p.toks[j].end
		return m, j + 1, true
	}
	if w := p.w(j, clWeekday); w != nil && p.capOrPlain(j, w) {
		m.kind, m.weekday, m.end = kShiftDay, w.weekday, p.toks[j].end
		return m, j + 1, true
	}
	if w := p.w(j, clMonth); w != nil && p.capOrPlain(j, w) {
		m.kind, m.month, m.end = kShiftMonth, w.month, p.toks[j].end
		return m, j + 1, true
	}
	if w := p.w(j, clSeason); w != nil && !p.is(j+1, "of") {
		m.kind, m.month, m.end = kSeason, w.season, p.toks[j].end
		return m, j + 1, true
	}
	return m, i, false
}

// ago matches "two weeks ago", "3 days ago", "a few months ago".
func (p *parser) ago(i int, m match) (match, int, bool) {
	n, j := 0, i+1
	switch t := p.on(i); {
	case t.kind == tkNum && t.val > 0 && t.val < 1000 && !p.precededByNumber(i):
		n = t.val
	case p.w(i, clNum) != nil:
		n = p.w(i, clNum).num
		if p.is(i, "a", "an") && p.w(j, clNum) != nil {
			n, j = p.w(j, clNum).num, j+1
		}
	default:
		return m, i, false
	}
	u := p.w(j, clUnit)
	if u == nil || u.unit == "daypart" || p.w(j+1, clAgo) == nil {
		return m, i, false
	}
	m.kind, m.n, m.unit, m.end = kAgo, n, u.unit, p.toks[j+1].end
	return m, j + 2, true
}

// season matches "summer 2016", "the summer of 2023", and, after "in",
// "during", "since", "by" or "until" (with or without "the"), a bare season.
// A bare "fall" or "spring" elsewhere is a verb or a noun more often than not.
func (p *parser) season(i int, m match) (match, int, bool) {
	w := p.w(i, clSeason)
	if w == nil {
		return m, i, false
	}
	m.kind, m.month, m.end = kSeason, w.season, p.toks[i].end
	m.shift = 99 // no shift: the most recent one
	j := i + 1
	if p.is(j, "of") {
		j++
	}
	if y, k, ok := p.year(j); ok {
		m.year, m.end = y, p.toks[k-1].end
		return m, k, true
	}
	if p.is(i+1, "of") {
		return m, i, false
	}
	if p.before(i) == nil {
		return m, i, false
	}
	c := i - 1
	if p.is(c, "the") && p.before(c) != nil {
		c--
	}
	switch p.cue(c) {
	case "in", "during", "span", "by", "until", "till", "through":
		return m, i + 1, true
	}
	return m, i, false
}

// clock matches "02:00", "14:30:05", "00:20 AM EST", "2 p.m.".
func (p *parser) clock(i int) (match, int, bool) {
	t := p.on(i)
	if t == nil || t.kind != tkNum || t.end-t.start > 2 || t.val > 24 || p.precededByNumber(i) {
		return match{}, i, false
	}
	m := match{kind: kClock, weekday: -1, start: t.start, hour: t.val}
	j := i + 1
	if p.adjIs(j, ":") && p.adjNum(j+1) && p.toks[j+1].end-p.toks[j+1].start == 2 && p.toks[j+1].val < 60 {
		m.minute = p.toks[j+1].val
		j += 2
		if p.adjIs(j, ":") && p.adjNum(j+1) && p.toks[j+1].end-p.toks[j+1].start == 2 {
			j += 2
		}
	} else if t.val > 12 {
		return match{}, i, false
	}
	pm, k, hasAMPM := p.ampm(j)
	if hasAMPM {
		if m.hour > 12 {
			return match{}, i, false
		}
		if pm && m.hour < 12 {
			m.hour += 12
		} else if !pm && m.hour == 12 {
			m.hour = 0
		}
		j = k
	} else if j == i+1 {
		return match{}, i, false // a bare number is no clock time
	}
	if p.numberGoesOn(j) {
		return match{}, i, false
	}
	if p.w(j, clTZ) != nil {
		j++
	}
	m.end = p.toks[j-1].end
	return m, j, true
}
