package report

import (
	"math"
	"strconv"
	"time"

	"github.com/sitrep/sitrep/internal/news"
)

// Chart is a timeline drawn as an SVG scatter: time across, the figure up,
// one colour per source. Geometry is worked out here; the HTML template only
// places it, escaping every text.
type Chart struct {
	Width, Height int
	Plot          Box // the plotting area
	Dots          []Dot
	YTicks        []Tick
	XTicks        []Tick
	Legend        []Swatch
	Undated       int // points left off the chart for want of a date
}

// Box is a rectangle in chart coordinates.
type Box struct{ X, Y, W, H, Right string }

// Dot is one figure: a mark at its value with a bar over its interval
// (a range, an approximation, or an open bound drawn to the chart's edge).
type Dot struct {
	X, Y       string
	BarY1      string // bar ends; equal to Y when the figure is exact
	BarY2      string
	Bar        bool
	Colour     string
	Hollow     bool   // approximate or a bound: not an exact count
	Title      string // the tooltip: date, figure, source
	Open       string // "up" or "down" for a minimum or maximum, else ""
	ArrowPoint string // the arrow head's polygon points for an open bound
}

// Tick is an axis label at a position; Anchor is its SVG text-anchor, so
// the labels at the ends of the time axis stay inside the chart.
type Tick struct{ Pos, Label, Anchor string }

// Swatch is a legend entry.
type Swatch struct{ Colour, Label string }

// palette is eight colours that stay apart for common colour blindness
// (Okabe and Ito's set, black left out for the axes).
var palette = []string{"#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#999999"}

const (
	chartW, chartH         = 640, 240
	padL, padR, padT, padB = 64, 16, 12, 28
	tolerance              = 0.10 // the bar drawn around an approximate figure
)

func chart(s news.Series) Chart {
	c := Chart{Width: chartW, Height: chartH}
	pw, ph := float64(chartW-padL-padR), float64(chartH-padT-padB)
	c.Plot = Box{f(padL), f(padT), f(pw), f(ph), f(padL + pw)}
	type dp struct {
		t      time.Time
		p      news.Point
		lo, hi float64
	}
	var pts []dp
	top := 0.0
	for _, p := range s.Points {
		t, ok := parseDay(news.Deref(p.Date))
		if !ok {
			c.Undated++
			continue
		}
		lo, hi := p.Value.Interval(tolerance)
		pts = append(pts, dp{t, p, lo, hi})
		for _, v := range []float64{lo, hi, p.Value.V} {
			if !math.IsInf(v, 0) && v > top {
				top = v
			}
		}
	}
	if len(pts) == 0 {
		return c
	}
	top = niceCeil(top * 1.1)
	t0, t1 := pts[0].t, pts[len(pts)-1].t
	span := t1.Sub(t0).Hours()
	xOf := func(t time.Time) float64 {
		if span == 0 {
			return padL + pw/2
		}
		return padL + pw*t.Sub(t0).Hours()/span
	}
	yOf := func(v float64) float64 {
		v = math.Max(0, math.Min(v, top))
		return padT + ph*(1-v/top)
	}
	for i := 0; i <= 4; i++ {
		v := top * float64(i) / 4
		c.YTicks = append(c.YTicks, Tick{f(yOf(v)), news.Group(math.Round(v)), "end"})
	}
	if span == 0 {
		c.XTicks = append(c.XTicks, Tick{f(xOf(t0)), t0.Format("2006-01-02"), "middle"})
	} else {
		c.XTicks = append(c.XTicks, Tick{f(xOf(t0)), t0.Format("2006-01-02"), "start"},
			Tick{f(xOf(t1)), t1.Format("2006-01-02"), "end"})
	}
	colour := map[string]string{}
	for _, d := range pts {
		name := sourceName(d.p.Source)
		col, ok := colour[name]
		if !ok {
			col = palette[len(colour)%len(palette)]
			colour[name] = col
			c.Legend = append(c.Legend, Swatch{col, name})
		}
		v := d.p.Value
		mid := v.V
		if v.Kind == news.KindRange {
			mid = (v.Low + v.High) / 2
		}
		x, y := xOf(d.t), yOf(mid)
		dot := Dot{X: f(x), Y: f(y), BarY1: f(yOf(d.hi)), BarY2: f(yOf(d.lo)), Colour: col,
			Hollow: v.Kind != news.KindExact, Bar: d.lo != d.hi,
			Title: news.Deref(d.p.Date) + ": " + v.String() + " — " + name}
		switch v.Kind {
		case news.KindMin:
			dot.Open, dot.Bar = "up", false
			dot.ArrowPoint = f(x-4) + "," + f(y-8) + " " + f(x+4) + "," + f(y-8) + " " + f(x) + "," + f(y-14)
		case news.KindMax:
			dot.Open, dot.Bar = "down", false
			dot.ArrowPoint = f(x-4) + "," + f(y+8) + " " + f(x+4) + "," + f(y+8) + " " + f(x) + "," + f(y+14)
		}
		c.Dots = append(c.Dots, dot)
	}
	return c
}

// niceCeil rounds v up to 1, 2, 2.5 or 5 times a power of ten, so axis
// labels read as round numbers.
func niceCeil(v float64) float64 {
	if v <= 0 {
		return 1
	}
	p := math.Pow(10, math.Floor(math.Log10(v)))
	for _, m := range []float64{1, 2, 2.5, 5, 10} {
		if m*p >= v {
			return m * p
		}
	}
	return 10 * p
}

func f(v float64) string { return strconv.FormatFloat(v, 'f', 1, 64) }

// parseDay reads a point date: a day, a month or a year.
func parseDay(s string) (time.Time, bool) {
	for _, l := range []string{"2006-01-02", "2006-01", "2006"} {
		if t, err := time.Parse(l, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}
