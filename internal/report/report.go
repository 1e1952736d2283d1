// Package report renders what an analyst hands over after consolidation: a
// briefing with the key figures and where they stand, a timeline per major
// series, the conflicts, the propositions with who supports them, what rests
// on a single or unconfirmed source, and numbered citations back to the
// documents. Build makes the briefing from claims; WriteMarkdown and
// WriteHTML render it, the HTML as one self-contained file.
package report

import (
	"cmp"
	"slices"
	"time"

	"github.com/sitrep/sitrep/internal/consolidate"
	"github.com/sitrep/sitrep/internal/news"
)

// Options shape a briefing. The zero value is usable.
type Options struct {
	Title string // default "Situation briefing"
	// Generated is shown as the time the briefing was made; zero leaves it
	// out, which golden tests rely on.
	Generated time.Time
	// Caps on each section, so a briefing over a large store stays
	// readable; zero means the default in parentheses.
	MaxFigures      int // key figures (12)
	MaxTimelines    int // timelines of major series (6)
	MaxConflicts    int // conflicts (20)
	MaxPropositions int // propositions in the matrix (15)
	MaxSources      int // source columns of the matrix (10)
	MaxWeak         int // single-source and unconfirmed items (20)
	// CitesPerPoint caps the citations listed for one figure (3).
	CitesPerPoint int
	Consolidate   consolidate.Options
}

func (o Options) withDefaults() Options {
	def := func(p *int, v int) {
		if *p <= 0 {
			*p = v
		}
	}
	if o.Title == "" {
		o.Title = "Situation briefing"
	}
	def(&o.MaxFigures, 12)
	def(&o.MaxTimelines, 6)
	def(&o.MaxConflicts, 20)
	def(&o.MaxPropositions, 15)
	def(&o.MaxSources, 10)
	def(&o.MaxWeak, 20)
	def(&o.CitesPerPoint, 3)
	return o
}

// Briefing is the whole report, ready to render.
type Briefing struct {
	Title     string
	Generated string // "2006-01-02 15:04 UTC", or ""
	Docs      int    // documents behind the claims
	Claims    int
	Figures   []Figure
	Timelines []Timeline
	Conflicts []Conflict
	// MoreConflicts counts those left out by the cap.
	MoreConflicts int
	Matrix        Matrix
	Weak          []Weak
	MoreWeak      int
	Citations     []Citation
}

// Figure is one key figure: a series and where it stands now.
type Figure struct {
	Label     string
	Current   string // the current range, "8,000–11,000"; "" when undated
	Latest    string // the most recent figure as written ("~11,000")
	Sources   int    // independent primary sources over the whole series
	Points    int
	Conflicts int
	From, To  string // first and last dates; "" when undated
	Cites     []int  // the figures in the current range
}

// Timeline is one major series point by point, with its chart.
type Timeline struct {
	Label   string
	Sources int
	Points  []Point
	Chart   Chart
}

// Point is one figure of a timeline.
type Point struct {
	Date     string // "" when undated
	Value    string
	Source   string // name, with title when known
	Hedge    string
	Location string
	Cites    []int
}

// Conflict is two figures that cannot both hold.
type Conflict struct {
	Label     string
	DaysApart int
	A, B      Side
}

// Side is one figure of a conflict.
type Side struct {
	Date, Value, Source, Hedge, Location string
	Quote                                string
	Cites                                []int
}

// Matrix is the source-by-proposition table.
type Matrix struct {
	Sources []string // column heads
	Rows    []Row
	// More counts the propositions left out by the cap.
	More int
}

// Row is one proposition: its text and, per source column, the hedge with
// which that source supports it ("" for none).
type Row struct {
	ID           string
	Text         string
	Cells        []string
	Others       int // supporting sources outside the columns
	Support      int // independent sources in all
	SingleSource bool
	Unconfirmed  bool
	Cites        []int
}

// Weak is a figure or statement that rests on one source, or on none named
// and confirmed.
type Weak struct {
	Kind   string // "figure" or "statement"
	Text   string
	Source string
	Hedge  string
	Reason string // "single source", "unconfirmed", or both
	Cites  []int
}

// Citation is one claim as evidence.
type Citation struct {
	N       int
	Outlet  string // outlet, else title, else the document's path or id
	Date    string // the document's publication date, else said_on
	Source  string // who said it, with title
	Via     string // the relay chain, "" when direct
	Hedge   string
	Quote   string // the claim's quote
	Context string // its sentence
	URL     string
	Doc     string // the document id
}

// Build consolidates in and assembles the briefing.
func Build(in consolidate.Input, opt Options) *Briefing {
	opt = opt.withDefaults()
	b := &Briefing{Title: opt.Title, Docs: len(in.Docs), Claims: len(in.Claims)}
	if !opt.Generated.IsZero() {
		b.Generated = opt.Generated.UTC().Format("2006-01-02 15:04 UTC")
	}
	cites := newCiter(&in, opt.CitesPerPoint)
	series := consolidate.Series(in, opt.Consolidate)
	key := keySeries(series, opt.MaxFigures)
	for _, s := range key {
		b.Figures = append(b.Figures, figure(s, opt, cites))
	}
	for _, s := range key {
		if len(b.Timelines) == opt.MaxTimelines {
			break
		}
		if len(s.Points) >= 2 {
			b.Timelines = append(b.Timelines, timeline(s, cites))
		}
	}
	cs := consolidate.Conflicts(in, opt.Consolidate)
	consolidate.SortConflicts(cs)
	for i, c := range cs {
		if i == opt.MaxConflicts {
			b.MoreConflicts = len(cs) - i
			break
		}
		b.Conflicts = append(b.Conflicts, conflict(c, cites))
	}
	props := consolidate.Propositions(in, opt.Consolidate)
	b.Matrix = matrix(props, opt, cites)
	b.Weak, b.MoreWeak = weak(series, props, opt, cites)
	b.Citations = cites.list
	return b
}

// keySeries picks the series an analyst looks at first: most independent
// sources, then most points, in consolidation's order otherwise.
func keySeries(all []news.Series, n int) []news.Series {
	s := slices.Clone(all)
	slices.SortStableFunc(s, func(a, b news.Series) int {
		if c := cmp.Compare(b.Sources, a.Sources); c != 0 {
			return c
		}
		return cmp.Compare(len(b.Points), len(a.Points))
	})
	return s[:min(n, len(s))]
}

func figure(s news.Series, opt Options, cites *citer) Figure {
	f := Figure{Label: s.Label, Sources: s.Sources, Points: len(s.Points), Conflicts: s.Conflicts}
	if s.Latest != nil {
		f.Latest = s.Latest.String()
	}
	if r, ok := consolidate.Current(s, opt.Consolidate.Window); ok {
		f.Current = r.String()
		for _, i := range r.Points {
			f.Cites = append(f.Cites, cites.point(s.Points[i])...)
		}
	}
	for _, p := range s.Points {
		if p.Date == nil {
			continue
		}
		if f.From == "" {
			f.From = *p.Date
		}
		f.To = *p.Date
	}
	return f
}

func timeline(s news.Series, cites *citer) Timeline {
	t := Timeline{Label: s.Label, Sources: s.Sources}
	for _, p := range s.Points {
		t.Points = append(t.Points, Point{Date: news.Deref(p.Date), Value: p.Value.String(),
			Source: sourceName(p.Source), Hedge: p.Hedge, Location: news.Deref(p.Location), Cites: cites.point(p)})
	}
	t.Chart = chart(s)
	return t
}

func conflict(c consolidate.Conflict, cites *citer) Conflict {
	side := func(s consolidate.Side) Side {
		return Side{Date: news.Deref(s.Date), Value: s.Value.String(), Source: sourceName(s.Source),
			Hedge: s.Hedge, Location: news.Deref(s.Location), Quote: s.Quote, Cites: cites.point(s.Point)}
	}
	return Conflict{Label: c.Label, DaysApart: c.DaysApart, A: side(c.A), B: side(c.B)}
}

// sourceName is "Name (title)" when the title adds something.
func sourceName(s news.Source) string {
	if t := news.Deref(s.Title); t != "" && t != s.Name {
		return s.Name + " (" + t + ")"
	}
	if s.Name == "" {
		return "unnamed"
	}
	return s.Name
}
