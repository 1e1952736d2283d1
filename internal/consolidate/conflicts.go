package consolidate

import (
	"cmp"
	"math"
	"slices"
	"time"

	"github.com/sitrep/sitrep/internal/news"
)

// Conflict is two figures of one series that cannot both be true: different
// primary sources, intervals that do not overlap, dates within the window.
type Conflict struct {
	Key   news.SeriesKey `json:"key"`
	Label string         `json:"label"`
	A     Side           `json:"a"` // the earlier side
	B     Side           `json:"b"`
	// DaysApart is how many days lie between the two sides' dates.
	DaysApart int `json:"days_apart"`
}

// Side is one figure of a conflict with what a reader needs to weigh it.
type Side struct {
	news.Point
	// Low and High are the figure read as an interval; null for an open end.
	Low  *float64 `json:"low"`
	High *float64 `json:"high"`
	// Quote and Outlet are those of the side's first claim.
	Quote  string `json:"quote"`
	Outlet string `json:"outlet"`
}

// Conflicts lists, series by series, the pairs of points that disagree.
//
// Each figure is read as an interval (approximate ones widened by
// Options.Tolerance). Two points conflict when their primary sources differ,
// both are dated (said_on, else the publication date) no more than
// Options.Window apart, and their intervals do not overlap. A source moving
// its own figure is an update, never a conflict. When one point's place lies
// inside the other's (Kursk within Russia) the part may be smaller than the
// whole: they conflict only when the part exceeds it. Points in sibling
// places (Kursk and Belgorod) are never compared.
//
// Undated points are not compared at all: without a date, two figures in
// one article are most often a story told over time ("first 8,000, now
// 11,000"), and across articles nothing says they speak of the same moment.
func Conflicts(in Input, opt Options) []Conflict {
	opt = opt.withDefaults()
	bs := build(&in, opt)
	per := make([][]Conflict, len(bs))
	parallel(len(bs), func(i int) { per[i] = conflictsOf(&in, opt, bs[i]) })
	n := 0
	for _, cs := range per {
		n += len(cs)
	}
	out := make([]Conflict, 0, n)
	for _, cs := range per {
		out = append(out, cs...)
	}
	return out
}

// countConflicts sets each series' conflict count.
func countConflicts(bs []*built, opt Options) {
	parallel(len(bs), func(i int) {
		n := 0
		eachConflict(bs[i], opt, func(_, _ *point) { n++ })
		bs[i].s.Conflicts = n
	})
}

func conflictsOf(in *Input, opt Options, b *built) []Conflict {
	var out []Conflict
	eachConflict(b, opt, func(p, q *point) {
		out = append(out, Conflict{
			Key: b.s.Key, Label: b.s.Label,
			A: side(in, p), B: side(in, q),
			DaysApart: int(q.t.Sub(p.t) / (24 * time.Hour)),
		})
	})
	return out
}

// eachConflict calls f for every conflicting pair, earlier point first.
// Points are sorted by date, so each point is compared only with those that
// follow it inside the window.
func eachConflict(b *built, opt Options, f func(p, q *point)) {
	pts := b.pts
	chains := map[string][]string{}
	inside := func(inner, outer string) bool {
		ch, ok := chains[inner]
		if !ok {
			ch = opt.Parents(inner)
			chains[inner] = ch
		}
		return slices.Contains(ch[min(1, len(ch)):], outer)
	}
	for i, p := range pts {
		if !p.dated {
			break
		}
		for _, q := range pts[i+1:] {
			if !q.dated || q.t.Sub(p.t) > opt.Window {
				break
			}
			if p.srcID == q.srcID {
				continue
			}
			if disagree(p, q, inside) {
				f(p, q)
			}
		}
	}
}

// disagree reports whether two figures cannot both hold, given where each is.
func disagree(p, q *point, inside func(inner, outer string) bool) bool {
	switch {
	case p.loc == q.loc:
		return p.hi < q.lo || q.hi < p.lo
	case inside(p.loc, q.loc):
		return p.lo > q.hi
	case inside(q.loc, p.loc):
		return q.lo > p.hi
	}
	return false
}

func side(in *Input, p *point) Side {
	s := Side{Point: p.Point, Low: finite(p.lo), High: finite(p.hi)}
	if len(p.claims) > 0 {
		c := p.claims[0]
		s.Quote = c.Quote
		s.Outlet = in.Docs[c.Doc].Outlet
	}
	return s
}

func finite(f float64) *float64 {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return nil
	}
	return &f
}

// SortConflicts orders conflicts most recent first, then by label; callers
// that list them for people use it.
func SortConflicts(cs []Conflict) {
	slices.SortStableFunc(cs, func(a, b Conflict) int {
		if c := cmp.Compare(news.Deref(b.B.Date), news.Deref(a.B.Date)); c != 0 {
			return c
		}
		return cmp.Compare(a.Label, b.Label)
	})
}
