package timex

// strongStarts are the classes of words that often begin an expression on
// their own ("March", "Monday", "yesterday", "last", "early"): the parser
// always tries them.
const strongStarts = clMonth | clWeekday | clSeason | clRelDay | clShift | clEdge

// mayStart is a cheap necessary condition for p.expr(p.base) to match. Most
// starters of running text are "the", "a", unit words and numbers, which
// begin an expression only before a number or a word of the lexicon ("the
// 5th", "a few weeks ago", "5 March", "3 p.m."); everywhere else the whole
// grammar would be tried in vain. It reads nothing but the token and the
// next one, and errs only towards true: TestMayStartNeverHides checks it
// against the unguarded scan.
func (p *parser) mayStart() bool {
	i := p.base
	t := &p.toks[i]
	if t.kind == tkWord && (t.w.class&strongStarts != 0 || t.w.cue == "span" || t.w.cue == "range") {
		return true
	}
	if t.kind == tkNum && t.end-t.start == 4 {
		return true // a year stands alone
	}
	nx := p.on(i + 1)
	switch {
	case nx == nil:
		return false
	case nx.kind == tkNum || nx.kind == tkWord && nx.w != nil:
		return true
	case nx.kind == tkPunct:
		return t.kind == tkNum // "5-6", "02:00", "21.04.2016"
	case t.kind == tkNum:
		// A day's ordinal or a range word before the month, "p.m.".
		return p.is(i+1, "st", "nd", "rd", "th", "a", "p", "to", "and", "until", "till", "through", "of")
	}
	// "the month of May", "month of May", "the day before yesterday".
	return p.is(i+1, "month", "day", "of")
}
