package quantity

import (
	"strings"

	"github.com/sitrep/sitrep/internal/analysis/wordset"
	"github.com/sitrep/sitrep/internal/news"
)

// The period a figure covers: "45,680 killed in November", "more than
// 700,000 since February 2022", "1,500 drones launched last month". It is
// a time expression of the figure's own clause (inside the content of the
// attribution that covers it, so the day a source spoke is not taken for
// it) that names a span, not a day: a month, a week, a season, a year, or
// a start ("since ..."). A flow counted over a bounded span (killed,
// launched, produced in November) is that span's figure, so its length
// becomes the figure's unit when it has no rate of its own: 45,680
// casualties in November are a month's casualties, not a total to set
// against the war's 700,000.

// periodPrepositions introduce the span a figure covers.
var periodPrepositions = wordset.New(map[string]bool{
	"in": true, "during": true, "over": true, "for": true, "throughout": true, "between": true, "since": true,
	"im": true, "seit": true, "en": true, "durante": true, "desde": true, "depuis": true, "pendant": true,
	"в": true, "за": true, "с": true, "з": true, "у": true, "протягом": true,
})

// sinceWords open a period that runs from a start to the time of writing.
var sinceWords = wordset.New(map[string]bool{"since": true, "seit": true, "desde": true, "depuis": true})

// flows are the measures that count events over a span; a stock (troops
// deployed, in place) is counted at a point in time.
var flows = wordset.New(map[string]bool{
	"killed": true, "wounded": true, "casualties": true, "missing": true, "captured": true,
	"launched": true, "intercepted": true, "produced": true, "supplied": true,
})

// period returns the time expression for the span quantity q covers, or
// nil.
func (sc *sentence) period(q news.Quantity) *news.TimeExpr {
	within := sc.span
	if a := sc.covering(q); a != nil {
		within = a.Content
	}
	var best *news.TimeExpr
	dist := 0
	ts := sc.d.SentenceTimes(sc.idx) // an attribution's content lies in its sentence
	for i := range ts {
		t := &ts[i]
		if !within.Contains(t.Span) || t.Overlaps(q.Span) || t.Date.IsZero() {
			continue
		}
		switch t.Granularity {
		case "week", "month", "season", "year":
		default:
			continue
		}
		if sc.afterCue(sc.tokIndex(t.Start)) {
			continue // "said in a report last week that": when it was said
		}
		first := strings.ToLower(firstWord(t.Of(sc.d.Text)))
		prep := sc.word(sc.tokIndex(t.Start) - 1)
		// Only English "since ..." is resolved by timex as a span that runs
		// to the time of writing; "seit August 2023" comes out as August.
		if !periodPrepositions.Has(prep) && first != "since" && !relativeSpan.Has(first) {
			continue // "the 2023 report", "January's figures"
		}
		d := t.Start - q.End
		if t.Span.End <= q.Start {
			d = q.Start - t.Span.End
		}
		if best == nil || d < dist {
			best, dist = t, d
		}
	}
	return best
}

// afterCue reports whether a reporting word ends at most four words before
// token j.
func (sc *sentence) afterCue(j int) bool {
	for k := j - 1; k >= 0 && k >= j-5; k-- {
		if n, _ := sc.s.Lex.Cues.MatchWords(sc.words, k); n > 0 && k+n <= j && k+n >= j-4 {
			return true
		}
	}
	return false
}

// relativeSpan words open a time expression that names a span by itself:
// "last week", "this year", "earlier this month".
var relativeSpan = wordset.New(map[string]bool{"last": true, "this": true, "past": true, "earlier": true, "previous": true})

// cumulative reports whether a period runs from a start to the time of
// writing ("since February 2022") rather than over a bounded span.
func cumulative(text string, t *news.TimeExpr) bool {
	return sinceWords.Has(strings.ToLower(firstWord(t.Of(text))))
}

// spanUnit is the unit of a bounded period's length, for a flow without a
// rate of its own: "in November" -> month.
func spanUnit(t *news.TimeExpr) string {
	switch t.Granularity {
	case "week", "month", "year":
		return t.Granularity
	}
	return ""
}

func firstWord(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexAny(s, " \u00a0"); i >= 0 {
		return s[:i]
	}
	return s
}
