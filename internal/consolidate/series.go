package consolidate

import (
	"cmp"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/sitrep/sitrep/internal/news"
)

// seriesBase is a series key without its location. unit is the unit of
// measure the figures count in ("km²"), "" for things: figures in
// different units are never one series.
type seriesBase struct{ actor, measure, what, per, unit string }

// point is a series point with what conflict detection needs.
type point struct {
	news.Point
	t      time.Time // the point's date; zero when undated
	dated  bool
	date   string // the date as the claims wrote it
	srcKey string // the independent primary source
	srcID  int32  // srcKey interned
	loc    string
	lo, hi float64 // the value as an interval
	claims []*news.Claim
}

// built is a series under construction.
type built struct {
	s      news.Series
	base   seriesBase
	pts    []*point
	weight int // claims behind it: bigger families sort first
	group  string
	rank   int // the measure's rank inside its family
}

// Series groups the quantity claims into one series per (actor, measure,
// what, location). Locations nest: a claim is filed under the outermost
// place of its parent chain that some claim of the same actor, measure and
// what names, so a Russia series gathers Kursk points when someone speaks of
// Russia, and Kursk figures stay a Kursk series when nobody does. Points are
// ordered by date (said_on, else published), undated last; the figures of
// one primary source with the same value, place and date, or in copies of
// one story, are one point. Related series (killed, wounded, casualties of
// one actor in one place) are adjacent, biggest family first.
func Series(in Input, opt Options) []news.Series {
	opt = opt.withDefaults()
	bs := build(&in, opt)
	countConflicts(bs, opt)
	out := make([]news.Series, len(bs))
	for i, b := range bs {
		out[i] = b.s
	}
	return out
}

// build files the claims into series and points, in output order.
func build(in *Input, opt Options) []*built {
	var qs []*news.Claim
	for i := range in.Claims {
		c := &in.Claims[i]
		if c.Type == news.ClaimQuantity && c.Value != nil {
			qs = append(qs, c)
		}
	}
	// No global sort: each series sorts its own claims (smaller sorts, run
	// side by side), and claims of one document stay adjacent for the
	// memo in claimFacts.

	chains := map[string][]string{}
	chainOf := func(loc string) []string {
		if ch, ok := chains[loc]; ok {
			return ch
		}
		ch := []string{loc}
		if loc != "" {
			if p := opt.Parents(loc); len(p) > 0 {
				ch = p
				if ch[0] != loc {
					ch = append([]string{loc}, ch...)
				}
			}
		}
		chains[loc] = ch
		return ch
	}
	named := map[seriesBase]map[string]bool{}
	for _, c := range qs {
		b := baseOf(c)
		if named[b] == nil {
			named[b] = map[string]bool{}
		}
		named[b][news.Deref(c.Location)] = true
	}

	byKey := map[news.SeriesKey]*built{}
	var order []*built
	members := map[*built][]int{}
	for i, c := range qs {
		b, loc := baseOf(c), news.Deref(c.Location)
		ch := chainOf(loc)
		top := loc
		for i := len(ch) - 1; i >= 0; i-- {
			if named[b][ch[i]] {
				top = ch[i]
				break
			}
		}
		k := news.SeriesKey{Actor: b.actor, Measure: b.measure, What: b.what, Location: top, Per: b.per, Unit: b.unit}
		s, ok := byKey[k]
		if !ok {
			s = &built{base: b, s: news.Series{Key: k, Label: label(b, top, opt.Demonym)}}
			s.group = groupLabel(b, top, opt.Demonym)
			s.s.Group = news.Str(s.group)
			s.rank = families[b.measure].rank
			byKey[k] = s
			order = append(order, s)
		}
		members[s] = append(members[s], i)
	}
	fs := claimFacts(in, qs)
	parallel(len(order), func(i int) {
		s := order[i]
		s.pts = points(fs, qs, opt, members[s])
		s.weight = len(members[s])
		finish(s)
	})
	sortSeries(order)
	return order
}

// claimFact is what points need of a claim, worked out once for all claims
// so that series can then be built side by side without shared state.
type claimFact struct {
	src   string
	srcID int32
	show  news.Source
	story int32 // interned
	t     time.Time
	date  string
	dated bool
}

func claimFacts(in *Input, qs []*news.Claim) []claimFact {
	fc := newFacts(in)
	fs := make([]claimFact, len(qs))
	var lastDoc string
	var lastStory int32
	for i, c := range qs {
		f := &fs[i]
		f.src, f.show = fc.primary(c)
		f.srcID = fc.sourceID(c)
		// Claims come document by document: most look-ups of the story
		// (keyed by a 64-character id) are the previous claim's.
		if i == 0 || c.Doc != lastDoc {
			lastDoc, lastStory = c.Doc, fc.intern(fc.story(c.Doc))
		}
		f.story = lastStory
		f.t, f.date, f.dated = fc.when(c)
	}
	return fs
}

// parallel calls f(0) ... f(n-1) on one goroutine per processor.
func parallel(n int, f func(i int)) {
	workers := min(runtime.GOMAXPROCS(0), n)
	if workers <= 1 {
		for i := range n {
			f(i)
		}
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1) - 1)
				if i >= n {
					return
				}
				f(i)
			}
		}()
	}
	wg.Wait()
}

func baseOf(c *news.Claim) seriesBase {
	return seriesBase{news.Deref(c.Actor), news.Deref(c.Measure), news.Deref(c.What), news.Deref(c.Per), unitOf(news.Deref(c.Noun))}
}

// points merges a series' claims into points: first the copies of one story
// (reprints carry one figure once, whatever publication date each copy
// bears), then the same figure from the same source on the same date.
func points(fs []claimFact, qs []*news.Claim, opt Options, idx []int) []*point {
	type copyKey struct {
		src, story int32
		loc, said  string
		v          news.Value
	}
	type dateKey struct {
		src       int32
		loc, date string
		v         news.Value
	}
	// Claims in id order make the merged points, and the source shown for
	// each, the same whatever order the claims came in.
	slices.SortFunc(idx, func(a, b int) int { return cmp.Compare(claimID(qs[a]), claimID(qs[b])) })
	var pts []*point
	byCopy := make(map[copyKey]*point, len(idx))
	for _, i := range idx {
		c, f := qs[i], &fs[i]
		k := copyKey{f.srcID, f.story, news.Deref(c.Location), news.Deref(c.SaidOn), *c.Value}
		p, ok := byCopy[k]
		if !ok {
			p = &point{srcKey: f.src, srcID: f.srcID, loc: k.loc}
			p.Value, p.Source = *c.Value, f.show
			p.lo, p.hi = c.Value.Interval(opt.Tolerance)
			byCopy[k] = p
			pts = append(pts, p)
		}
		p.claims = append(p.claims, c)
		if f.dated && (!p.dated || f.t.Before(p.t)) {
			p.t, p.dated, p.date = f.t, true, f.date
		}
	}
	merged := pts[:0]
	byDate := make(map[dateKey]*point, len(pts))
	for _, p := range pts {
		if !p.dated {
			merged = append(merged, p)
			continue
		}
		k := dateKey{p.srcID, p.loc, p.date, p.Value}
		if q, ok := byDate[k]; ok {
			q.claims = append(q.claims, p.claims...)
			continue
		}
		byDate[k] = p
		merged = append(merged, p)
	}
	for _, p := range merged {
		fill(p)
	}
	slices.SortStableFunc(merged, comparePoints)
	return merged
}

// fill sets the point's contract fields from its claims.
func fill(p *point) {
	slices.SortFunc(p.claims, func(a, b *news.Claim) int { return cmp.Compare(claimID(a), claimID(b)) })
	p.Claims, p.Docs = nil, nil
	p.Hedge = ""
	for _, c := range p.claims {
		p.Claims = append(p.Claims, claimID(c))
		p.Docs = append(p.Docs, c.Doc)
		if p.Hedge == "" || hedgeRank(c.Hedge) < hedgeRank(p.Hedge) {
			p.Hedge = c.Hedge
		}
	}
	p.Claims = slices.Compact(p.Claims)
	slices.Sort(p.Docs)
	p.Docs = slices.Compact(p.Docs)
	p.Location = news.Str(p.loc)
	if p.dated {
		p.Date = news.Str(p.date)
	}
}

// hedgeOrder runs from the firmest hedge to the weakest; a merged point
// carries the firmest of its claims.
var hedgeOrder = []string{news.HedgeAsserted, news.HedgeEstimated, news.HedgeBelieved,
	news.HedgeReported, news.HedgePlanned, news.HedgeUnconfirmed, news.HedgeDenied}

func hedgeRank(h string) int {
	if i := slices.Index(hedgeOrder, h); i >= 0 {
		return i
	}
	return len(hedgeOrder)
}

// comparePoints orders dated points oldest first and undated ones last, with
// ties broken by source, value and first claim so output is stable.
func comparePoints(a, b *point) int {
	if a.dated != b.dated {
		if a.dated {
			return -1
		}
		return 1
	}
	if c := a.t.Compare(b.t); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Source.Name, b.Source.Name); c != 0 {
		return c
	}
	if c := cmp.Compare(a.lo, b.lo); c != 0 {
		return c
	}
	return cmp.Compare(a.Claims[0], b.Claims[0])
}

// finish sets the series totals: independent sources and the latest figure.
func finish(s *built) {
	srcs := map[int32]bool{}
	for _, p := range s.pts {
		srcs[p.srcID] = true
		s.s.Points = append(s.s.Points, p.Point)
	}
	s.s.Sources = len(srcs)
	if n := len(s.pts); n > 0 {
		last := s.pts[n-1]
		for i := n - 1; i >= 0; i-- {
			if s.pts[i].dated {
				last = s.pts[i]
				break
			}
		}
		v := last.Value
		s.s.Latest = &v
	}
}

// sortSeries puts related series side by side: families (or lone series)
// with more claims first, then measures in their family's order.
func sortSeries(bs []*built) {
	weight := map[string]int{}
	for _, b := range bs {
		weight[groupOf(b)] += b.weight
	}
	slices.SortStableFunc(bs, func(a, b *built) int {
		ga, gb := groupOf(a), groupOf(b)
		if c := cmp.Compare(weight[gb], weight[ga]); c != 0 {
			return c
		}
		if c := cmp.Compare(ga, gb); c != 0 {
			return c
		}
		if c := cmp.Compare(a.rank, b.rank); c != 0 {
			return c
		}
		if c := cmp.Compare(a.s.Label, b.s.Label); c != 0 {
			return c
		}
		return compareKeys(a.s.Key, b.s.Key)
	})
}

func compareKeys(a, b news.SeriesKey) int {
	return cmp.Or(cmp.Compare(a.Actor, b.Actor), cmp.Compare(a.Measure, b.Measure),
		cmp.Compare(a.What, b.What), cmp.Compare(a.Location, b.Location))
}

func groupOf(b *built) string {
	if b.group != "" {
		return "g:" + b.group
	}
	return "s:" + b.s.Label
}
