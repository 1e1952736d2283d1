package timex

import (
	"strings"
	"time"
	"unicode"

	"github.com/sitrep/sitrep/internal/news"
)

// The header of a plain-text article: the lines before and around the
// headline, where a publication date stands on a line of its own.
const (
	headerLines = 25
	headerBytes = 4000
	// dateLineMax is the longest line taken for a date line; longer ones are prose.
	dateLineMax = 120
	// otherWords is how many words besides the date a date line may hold
	// ("Published", an outlet name, a time zone are not counted).
	otherWords = 3
	// weekdayYears is how far back a year-less "Monday, December 23" may go.
	weekdayYears = 7
)

// Published finds the publication date in the header of a plain-text article:
// "Nov 6, 2024 - 02:00", "Dec 23, 2024, 00:20 AM EST", "2024-11-06",
// "6 November 2024", "Published: ...", or, failing those, a year-less
// "Monday, December 23", dated to the most recent year, not after now, in which
// December 23 is a Monday (within seven years). It returns the day (midnight
// UTC, the day as printed), the span of the date line, and whether one was
// found. A line with a year wins over a year-less one.
func (f *Finder) Published(text string, now time.Time) (time.Time, news.Span, bool) {
	var (
		fallback     time.Time
		fallbackLine news.Span
	)
	off := 0
	for n := 0; n < headerLines && off < len(text) && off < headerBytes; {
		end := strings.IndexByte(text[off:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += off
		}
		line := trimSpan(text, news.Span{Start: off, End: end})
		off = end + 1
		if line.Empty() {
			continue
		}
		n++
		if line.Len() > dateLineMax {
			// A wire dateline opens the first paragraph: "KYIV, 22 грудня
			// 2024 року. ...", "SEOUL, Feb 27, 2025 (Yonhap) -- ...".
			if dl, ok := datelineDate(text, line); ok {
				if d, withYear, ok := f.dateLine(text, dl, now); ok && withYear {
					return d, dl, true
				}
			}
			continue
		}
		d, withYear, ok := f.dateLine(text, line, now)
		switch {
		case ok && withYear:
			return d, line, true
		case ok && fallback.IsZero():
			fallback, fallbackLine = d, line
		}
	}
	if fallback.IsZero() {
		return time.Time{}, news.Span{}, false
	}
	return fallback, fallbackLine, true
}

// dateLine reads a line that is a date and little else.
func (f *Finder) dateLine(text string, line news.Span, now time.Time) (d time.Time, withYear, ok bool) {
	if !strings.ContainsAny(line.Of(text), "0123456789") {
		// Every calendar day the grammar reads has a day number in ASCII
		// digits (a tkNum token): most header lines need no scan.
		return time.Time{}, false, false
	}
	var (
		first   match // the first calendar day
		found   bool
		spans   [8]news.Span // the matches' spans, counted only when a day is found
		matched = spans[:0]
	)
	buf := f.tokens(text, line)
	defer f.pool.Put(buf)
	f.scanTokens(text, *buf, func(m match) {
		if !found && m.kind == kDate {
			first, found = m, true
		}
		matched = append(matched, news.Span{Start: m.start, End: m.end})
	})
	if !found {
		return time.Time{}, false, false
	}
	if words, covered := countWords(*buf, matched); words-covered > otherWords {
		return time.Time{}, false, false
	}
	if first.year != 0 {
		d := calendarDay(&first, time.Time{})
		return d, true, !d.IsZero()
	}
	if first.weekday < 0 || now.IsZero() {
		return time.Time{}, false, false
	}
	mo, dd := first.month, first.day
	now = day(now)
	for y := now.Year(); y >= now.Year()-weekdayYears; y-- {
		c := ymd(y, mo, dd)
		if valid(y, mo, dd) && !c.After(now) && int(c.Weekday()) == first.weekday {
			return c, false, true
		}
	}
	return time.Time{}, false, false
}

// countWords counts the words and numbers of a line's tokens, leaving out
// the words that often stand beside a date ("Published", "Updated", time
// zones), and, span by span, those within the matched spans. Matches start
// and end on token boundaries, so a span's count is that of its own tokens.
func countWords(toks []token, matched []news.Span) (words, covered int) {
	for _, t := range toks {
		if t.kind == tkPunct || t.class&(clPubPrefix|clTZ|clAMPM) != 0 {
			continue
		}
		words++
		for _, sp := range matched {
			if sp.Start <= t.start && t.end <= sp.End {
				covered++
			}
		}
	}
	return words, covered
}

// trimSpan narrows sp to leave out leading and trailing white space.
func trimSpan(text string, sp news.Span) news.Span {
	s := text[sp.Start:sp.End]
	t := strings.TrimLeft(s, " \t\r\u00a0\ufeff")
	sp.Start += len(s) - len(t)
	sp.End = sp.Start + len(strings.TrimRight(t, " \t\r\u00a0"))
	return sp
}

// maxDateline bounds the city and date that open a wire story.
const maxDateline = 60

// datelineDate returns the date of a wire dateline that opens a line: a
// city in capitals, a comma, then the date up to the first full stop, dash
// or bracket ("SEOUL, Feb 27, 2025 (Yonhap) --", "КИЇВ, 22 грудня 2024
// року."). ok is false when the line does not open with one.
func datelineDate(text string, line news.Span) (news.Span, bool) {
	s := line.Of(text)
	comma := strings.IndexByte(s, ',')
	if comma < 2 || comma > 30 {
		return news.Span{}, false
	}
	for _, r := range s[:comma] {
		if unicode.IsLetter(r) && !unicode.IsUpper(r) {
			return news.Span{}, false // "On March 5, ..." is prose
		}
	}
	rest := s[comma+1:]
	end := len(rest)
	for _, stop := range []string{". ", " — ", " – ", " -- ", " - ", " (", ":"} {
		if i := strings.Index(rest, stop); i >= 0 && i < end {
			end = i
		}
	}
	if end > maxDateline || strings.TrimSpace(rest[:end]) == "" {
		return news.Span{}, false
	}
	start := line.Start + comma + 1
	return trimSpan(text, news.Span{Start: start, End: start + end}), true
}
