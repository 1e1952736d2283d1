package consolidate

import (
	"strings"
	"time"

	"github.com/sitrep/sitrep/internal/news"
)

// Range is where a series stands now: the span of the latest figure of
// each source that spoke within a window of the series' latest date.
type Range struct {
	Low, High float64 // the smallest and largest figure as written
	Sources   int     // sources behind the figures in the window
	From, To  string  // the dates of the oldest and newest figure counted
	Points    []int   // indexes into the series' points that were counted
}

// Current returns the series' current range: among the dated points no more
// than window older than its latest dated point, the latest of each source,
// and the span of their figures taken as written (a range contributes both
// ends, a bound its figure). ok is false when the series has no dated point.
// A zero window means DefaultWindow.
//
// A source is told apart by its name and type here, the way a reader of the
// series sees it; copies and relays were already merged into points.
func Current(s news.Series, window time.Duration) (r Range, ok bool) {
	if window <= 0 {
		window = DefaultWindow
	}
	var last time.Time
	for _, p := range s.Points {
		if t, ok := parseDate(p.Date); ok && t.After(last) {
			last = t
		}
	}
	if last.IsZero() {
		return Range{}, false
	}
	latest := map[string]int{}
	var order []string
	for i, p := range s.Points {
		t, ok := parseDate(p.Date)
		if !ok || last.Sub(t) > window {
			continue
		}
		k := strings.ToLower(p.Source.Name) + "\x00" + p.Source.Type
		if _, seen := latest[k]; !seen {
			order = append(order, k)
		}
		latest[k] = i // points are oldest first: the last one wins
	}
	first := true
	for _, k := range order {
		i := latest[k]
		p := s.Points[i]
		lo, hi := p.Value.V, p.Value.V
		if p.Value.Kind == news.KindRange {
			lo, hi = p.Value.Low, p.Value.High
		}
		if first || lo < r.Low {
			r.Low = lo
		}
		if first || hi > r.High {
			r.High = hi
		}
		d := *p.Date
		if first || d < r.From {
			r.From = d
		}
		if first || d > r.To {
			r.To = d
		}
		first = false
		r.Points = append(r.Points, i)
	}
	r.Sources = len(order)
	return r, true
}

// String is "8,000–11,000", or the one figure when both ends agree.
func (r Range) String() string {
	if r.Low == r.High {
		return news.Group(r.Low)
	}
	return news.Group(r.Low) + "–" + news.Group(r.High)
}
