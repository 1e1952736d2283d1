package timex

import (
	"strings"
	"time"
	"unicode"

	"github.com/sitrep/sitrep/internal/news"
)

// Granularities, as news.TimeExpr names them.
const (
	granDay    = "day"
	granWeek   = "week"
	granMonth  = "month"
	granSeason = "season"
	granYear   = "year"
	granTime   = "time"
)

// day truncates t to midnight UTC of its calendar day, keeping the day as
// written in t's own zone.
func day(t time.Time) time.Time {
	if t.IsZero() {
		return t
	}
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

func ymd(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// valid reports whether y-m-d is a real day (no Feb 30).
func valid(y, m, d int) bool {
	t := ymd(y, m, d)
	return t.Year() == y && int(t.Month()) == m && t.Day() == d
}

func lastOfMonth(y, m int) time.Time { return ymd(y, m+1, 0) }

// resolve turns a match into a TimeExpr against ref (midnight UTC, or zero).
func (f *Finder) resolve(text string, m *match, ref time.Time) news.TimeExpr {
	te := news.TimeExpr{Span: news.Span{Start: m.start, End: m.end}}
	switch m.kind {
	case kDate:
		te.Granularity = granDay
		te.Relative = m.year == 0
		te.Date = calendarDay(m, ref)
	case kMonth, kShiftMonth, kMonthRel:
		te.Granularity = granMonth
		te.Relative = m.year == 0
		te.Date, te.End = month(m, ref)
	case kYear:
		te.Granularity = granYear
		te.Date, te.End = ymd(m.year, 1, 1), ymd(m.year, 12, 31)
	case kSeason:
		te.Granularity = granSeason
		te.Relative = m.year == 0
		te.Date, te.End = season(m, ref)
	case kRelDay, kWeekday, kShiftDay, kAgo:
		te.Granularity = granDay
		te.Relative = true
		te.Date = relDay(m, ref)
	case kRelUnit:
		te.Granularity = m.unit
		if m.unit == "weekend" {
			te.Granularity = granWeek
		}
		te.Relative = true
		te.Date, te.End = relUnit(m, ref)
	case kClock:
		te.Granularity = granTime
	case kSince:
		te = f.resolve(text, m.a, ref)
		te.Span = news.Span{Start: m.start, End: m.end}
		if !te.Date.IsZero() && !ref.IsZero() && ref.After(te.Date) {
			te.End = ref // since then, up to the reference day
		}
		return te
	case kRange:
		return f.resolveRange(text, m, ref)
	}
	if m.edge != "" && !te.Date.IsZero() {
		te.Date, te.End = narrow(te.Date, te.End, te.Granularity, m.edge, ref)
	}
	return te
}

// calendarDay resolves a day written with a month. A missing year is the
// latest that puts the day on or before ref, and with no ref there is none.
// A day the month does not have (April 31) resolves to nothing; so does
// February 29 without a year when no recent leap year puts it before ref.
func calendarDay(m *match, ref time.Time) time.Time {
	mo, d := m.month, m.day
	if mo < 1 || mo > 12 || d < 1 || !valid(2024, mo, d) { // 2024 has a February 29
		return time.Time{}
	}
	if m.year != 0 || m.forceYear != 0 {
		y := m.year
		if m.forceYear != 0 {
			y = m.forceYear
		}
		if !valid(y, mo, d) {
			return time.Time{}
		}
		return ymd(y, mo, d)
	}
	if ref.IsZero() {
		return time.Time{}
	}
	for y := ref.Year(); y > ref.Year()-9; y-- {
		if valid(y, mo, d) && !ymd(y, mo, d).After(ref) {
			return ymd(y, mo, d)
		}
	}
	return time.Time{}
}

// month resolves "October", "November 2023", "last September", "November
// last year" to the first and last day of the month.
func month(m *match, ref time.Time) (time.Time, time.Time) {
	mo, y := m.month, m.year
	if mo < 1 || mo > 12 {
		return time.Time{}, time.Time{}
	}
	if m.forceYear != 0 {
		y = m.forceYear
	}
	if y == 0 {
		if ref.IsZero() {
			return time.Time{}, time.Time{}
		}
		switch m.kind {
		case kMonth:
			y = ref.Year()
			if mo > int(ref.Month()) {
				y--
			}
		default: // kShiftMonth, kMonthRel: last/this/next year's month
			y = ref.Year() + m.shift
		}
	}
	return ymd(y, mo, 1), lastOfMonth(y, mo)
}

// relDay resolves the relative expressions that name one day.
func relDay(m *match, ref time.Time) time.Time {
	if ref.IsZero() {
		return time.Time{}
	}
	switch m.kind {
	case kRelDay:
		return ref.AddDate(0, 0, m.n)
	case kWeekday: // the most recent one on or before ref
		back := (int(ref.Weekday()) - m.weekday + 7) % 7
		return ref.AddDate(0, 0, -back)
	case kShiftDay:
		if m.shift < 0 { // "last Sunday": strictly before ref
			back := (int(ref.Weekday()) - m.weekday + 7) % 7
			if back == 0 {
				back = 7
			}
			return ref.AddDate(0, 0, -back)
		}
		// "this Friday", "next Sunday": that day of this or next Monday-based week.
		return monday(ref).AddDate(0, 0, 7*m.shift+(m.weekday+6)%7)
	case kAgo:
		n := m.n
		switch m.unit {
		case "week":
			return ref.AddDate(0, 0, -7*n)
		case "month":
			return ref.AddDate(0, -n, 0)
		case "year":
			return ref.AddDate(-n, 0, 0)
		}
		return ref.AddDate(0, 0, -n)
	}
	return time.Time{}
}

func monday(t time.Time) time.Time {
	return t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7))
}

// relUnit resolves "last week", "this month", "next year".
func relUnit(m *match, ref time.Time) (time.Time, time.Time) {
	if ref.IsZero() {
		return time.Time{}, time.Time{}
	}
	switch m.unit {
	case "week":
		s := monday(ref).AddDate(0, 0, 7*m.shift)
		return s, s.AddDate(0, 0, 6)
	case "weekend":
		s := monday(ref).AddDate(0, 0, 7*m.shift+5)
		return s, s.AddDate(0, 0, 1)
	case "month":
		s := ymd(ref.Year(), int(ref.Month())+m.shift, 1)
		return s, lastOfMonth(s.Year(), int(s.Month()))
	case "year":
		y := ref.Year() + m.shift
		return ymd(y, 1, 1), ymd(y, 12, 31)
	}
	return ref, time.Time{}
}

// season resolves a season to its three months (northern hemisphere,
// meteorological: winter 2023 is December 2023 to February 2024).
func season(m *match, ref time.Time) (time.Time, time.Time) {
	occ := func(y int) (time.Time, time.Time) {
		s := ymd(y, m.month, 1)
		return s, s.AddDate(0, 3, -1)
	}
	if m.year != 0 {
		return occ(m.year)
	}
	if ref.IsZero() {
		return time.Time{}, time.Time{}
	}
	// y is the latest occurrence that started on or before ref.
	y := ref.Year()
	if s, _ := occ(y); s.After(ref) {
		y--
	}
	_, e := occ(y)
	current := !e.Before(ref)
	switch {
	case m.shift == -1 && current:
		y--
	case m.shift == 0 && !current:
		y++ // "this summer" said in spring: the coming one
	case m.shift == 1:
		y++
	}
	return occ(y)
}

// narrow cuts a period to its early, middle or late part, or to the part
// before or after ref ("earlier this month", "later this week").
func narrow(s, e time.Time, gran, edge string, ref time.Time) (time.Time, time.Time) {
	if e.IsZero() {
		return s, e
	}
	switch edge {
	case "earlier":
		if !ref.IsZero() && ref.After(s) && !ref.After(e) {
			return s, ref.AddDate(0, 0, -1)
		}
		return s, e
	case "later":
		if !ref.IsZero() && !ref.Before(s) && ref.Before(e) {
			return ref, e
		}
		return s, e
	}
	switch gran {
	case granMonth:
		switch edge {
		case "early":
			return s, s.AddDate(0, 0, 14)
		case "mid":
			return s.AddDate(0, 0, 10), s.AddDate(0, 0, 19)
		case "late":
			return s.AddDate(0, 0, 15), e
		}
	case granYear:
		switch edge {
		case "early":
			return s, ymd(s.Year(), 6, 30)
		case "mid":
			return ymd(s.Year(), 4, 1), ymd(s.Year(), 9, 30)
		case "late":
			return ymd(s.Year(), 7, 1), e
		}
	case granWeek:
		switch edge {
		case "early":
			return s, s.AddDate(0, 0, 2)
		case "mid":
			return s.AddDate(0, 0, 1), s.AddDate(0, 0, 3)
		case "late":
			return s.AddDate(0, 0, 3), e
		}
	}
	return s, e
}

// resolveRange resolves "between X and Y": a missing year on X comes from Y,
// one earlier when X would fall after Y.
func (f *Finder) resolveRange(text string, m *match, ref time.Time) news.TimeExpr {
	b := f.resolve(text, m.b, ref)
	a := f.resolve(text, m.a, ref)
	if yearless(m.a) && !b.Date.IsZero() && (m.a.kind == kDate || m.a.kind == kMonth) {
		ma := *m.a
		ma.forceYear = b.Date.Year()
		a = f.resolve(text, &ma, ref)
		if a.Date.After(b.Date) {
			ma.forceYear--
			a = f.resolve(text, &ma, ref)
		}
		a.Relative = b.Relative
	}
	te := news.TimeExpr{Span: news.Span{Start: m.start, End: m.end}, Granularity: a.Granularity,
		Relative: a.Relative || b.Relative}
	if a.Date.IsZero() || b.Date.IsZero() {
		return te
	}
	te.Date, te.End = a.Date, b.End
	if te.End.IsZero() {
		te.End = b.Date
	}
	return te
}

func yearless(m *match) bool { return m.year == 0 && m.forceYear == 0 }

// attachClock gives a clock time the day of the date just before it on the
// same line ("Nov 6, 2024 - 02:00").
func attachClock(text string, te *news.TimeExpr, prev news.TimeExpr, m match) {
	if prev.Granularity != granDay || prev.Date.IsZero() || prev.End.After(prev.Date) || prev.Span.End > m.start {
		return
	}
	for _, c := range text[prev.Span.End:m.start] {
		switch {
		case unicode.IsSpace(c), strings.ContainsRune(",-–—|@·at", c):
		default:
			return
		}
	}
	te.Date = prev.Date.Add(time.Duration(m.hour)*time.Hour + time.Duration(m.minute)*time.Minute)
}
