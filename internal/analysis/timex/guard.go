package timex

// strongStarts are the classes of words that often begin an expression on
// their own ("March", "Monday", "yesterday", "last"): the parser always
// tries them.
const strongStarts = clMonth | clWeekday | clSeason | clRelDay | clShift

// mayStart is a cheap necessary condition for p.expr(p.base) to match. Most
// starters of running text are "the", "a", "since", "from", unit words and
// numbers, which begin an expression only before a number or another time
// word ("the 5th", "a few weeks ago", "since May", "5 March", "3 p.m.");
// everywhere else the whole grammar would be tried in vain. It reads a few
// tokens ahead and errs only towards true: TestMayStartNeverHides and
// FuzzMayStart check it against the unguarded scan.
func (p *parser) mayStart() bool {
	i := p.base
	t := &p.toks[i]
	if t.kind != tkWord {
		return p.canBegin(i)
	}
	switch w := p.lx.list[t.id]; {
	case w.class&strongStarts != 0:
		return true
	case w.cue == "span" || w.cue == "range" || w.class&clEdge != 0:
		// "since May", "from the 5th", "early-2023", "end of the month",
		// "earlier in the week": single at one of the next three tokens.
		return p.wordCanBegin(i) || p.canBegin(i+1) || p.canBegin(i+2) || p.canBegin(i+3) || p.is(i+1, "in")
	}
	return p.canBegin(i)
}

// canBegin is a necessary condition for p.single(j) to match, for a token
// that is no strong starter.
func (p *parser) canBegin(j int) bool {
	t := p.on(j)
	switch {
	case t == nil || t.kind == tkPunct:
		return false
	case t.kind == tkNum:
		return p.numberCanBegin(j)
	case t.class&(strongStarts|clEdge) != 0:
		return true
	}
	return p.wordCanBegin(j)
}

// wordCanBegin is canBegin for a word, leaving its edge class aside.
func (p *parser) wordCanBegin(j int) bool {
	if p.toks[j].class&clNum != 0 && p.countsBack(j) {
		return true
	}
	// "the 5th", "the month of May", "month of May", "the day before yesterday".
	nx := p.on(j + 1)
	return nx != nil && nx.kind == tkNum || p.is(j+1, "of") ||
		p.is(j+1, "month") && p.is(j+2, "of") || p.is(j+1, "day") && p.is(j+2, "before", "after")
}

// countsBack reports whether the number word at j may open "two weeks ago"
// or "a few months ago".
func (p *parser) countsBack(j int) bool {
	return p.w(j+1, clUnit) != nil && p.w(j+2, clAgo) != nil ||
		p.w(j+1, clNum) != nil && p.w(j+2, clUnit) != nil && p.w(j+3, clAgo) != nil
}

// numberCanBegin is canBegin for a number: a year stands alone; a day, a
// clock time, an all-digit date or a count back need the token after it.
func (p *parser) numberCanBegin(j int) bool {
	t := &p.toks[j]
	if t.end-t.start == 4 {
		return true
	}
	nx := p.on(j + 1)
	switch {
	case nx == nil:
		return false
	case nx.kind == tkNum:
		return true
	case nx.kind == tkPunct:
		return p.is(j+1, "-", "–", "/", ".", ":") // "5-6", "21.04.2016", "02:00"
	case nx.class&(clMonth|clUnit|clAMPM|clCue) != 0:
		return true // "5 March", "3 days ago", "2 pm", "5 of March", "5 and 6 March"
	}
	// A day's ordinal, a range word before the month, "p.m.".
	return p.is(j+1, "st", "nd", "rd", "th", "a", "p", "to", "and", "until", "till", "through", "of")
}
