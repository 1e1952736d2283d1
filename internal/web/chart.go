package web

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/sitrep/sitrep/internal/news"
)

// palette colours sources in charts, in order of first appearance; chosen
// to stay apart for common colour blindness and on white.
var palette = []string{"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22"}

// chart is a series timeline laid out for the SVG template.
type chart struct {
	W, H                     int
	Left, Top, Right, Bottom float64
	YTicks, XTicks           []tick
	Marks                    []chartMark
	Legend                   []legendItem
	UndatedX                 float64 // the x of the undated band, 0 when none
}

type tick struct {
	X, Y          float64
	Label, Anchor string
}

// chartMark is one point: a dot for a figure, a bar for a range, an arrow
// up for "at least" and down for "at most"; hollow and dashed when hedged.
type chartMark struct {
	X, Y, Y2 float64
	Kind     string // dot, range, min, max
	Color    string
	Hedged   bool
	Href     string
	Title    string
	ID       string
}

type legendItem struct{ Name, Color string }

// pointLink is where a point leads and what hovering it shows.
type pointLink struct{ href, quote string }

// drawChart lays out a series; link gives each point's target.
func drawChart(s *news.Series, link func(p *news.Point) pointLink) chart {
	c := chart{W: 900, H: 320, Left: 64, Top: 16, Right: 884, Bottom: 280}
	colors := sourceColors(s.Points)
	for _, p := range s.Points {
		c.Legend = appendLegend(c.Legend, p.Source.Name, colors[p.Source.Name])
	}
	dates, undated := pointDates(s.Points)
	plotRight := c.Right
	nUndated := len(s.Points) - len(dates)
	if undated {
		plotRight = c.Right - 90
		c.UndatedX = c.Right - 40
	}
	lo, hi := dateRange(dates)
	span := hi.Sub(lo).Hours()
	x := func(t time.Time) float64 {
		return c.Left + 10 + (plotRight-c.Left-20)*t.Sub(lo).Hours()/span
	}
	top := niceMax(maxFigure(s.Points))
	y := func(v float64) float64 { return c.Bottom - (c.Bottom-c.Top)*v/top }
	for i := 0; i <= 4; i++ {
		v := top * float64(i) / 4
		c.YTicks = append(c.YTicks, tick{Y: y(v), Label: compact(v)})
	}
	for i, t := range dateTicks(lo, hi) {
		// The outer labels align to their ends so they stay inside the plot.
		anchor := "middle"
		switch i {
		case 0:
			anchor = "start"
		case 4:
			anchor = "end"
		}
		c.XTicks = append(c.XTicks, tick{X: x(t), Label: t.Format("2 Jan 2006"), Anchor: anchor})
	}
	undatedSeen := 0
	for i := range s.Points {
		p := &s.Points[i]
		m := chartMark{Color: colors[p.Source.Name], Hedged: p.Hedge != news.HedgeAsserted, ID: fmt.Sprintf("pt-%d", i)}
		if t, ok := dates[i]; ok {
			m.X = x(t)
		} else {
			// Undated points spread over their band so they do not hide
			// each other.
			m.X = c.UndatedX
			if nUndated > 1 {
				m.X += 50 * (float64(undatedSeen)/float64(nUndated-1) - 0.5)
			}
			undatedSeen++
		}
		v := p.Value
		switch v.Kind {
		case news.KindRange:
			m.Kind, m.Y, m.Y2 = "range", y(v.Low), y(v.High)
		case news.KindMin:
			m.Kind, m.Y = "min", y(v.V)
		case news.KindMax:
			m.Kind, m.Y = "max", y(v.V)
		default:
			m.Kind, m.Y = "dot", y(v.V)
		}
		l := link(p)
		m.Href = l.href
		m.Title = fmt.Sprintf("%s · %s · %s (%s)\n%s", news.Deref(p.Date), v.String(), p.Source.Name, p.Hedge, l.quote)
		c.Marks = append(c.Marks, m)
	}
	return c
}

func sourceColors(ps []news.Point) map[string]string {
	colors := map[string]string{}
	for _, p := range ps {
		if _, ok := colors[p.Source.Name]; !ok {
			colors[p.Source.Name] = palette[len(colors)%len(palette)]
		}
	}
	return colors
}

func appendLegend(l []legendItem, name, color string) []legendItem {
	for _, it := range l {
		if it.Name == name {
			return l
		}
	}
	return append(l, legendItem{name, color})
}

// pointDates parses the points' dates; undated reports points without one.
func pointDates(ps []news.Point) (map[int]time.Time, bool) {
	dates := map[int]time.Time{}
	undated := false
	for i, p := range ps {
		if p.Date == nil {
			undated = true
			continue
		}
		if t, ok := parseLooseDate(*p.Date); ok {
			dates[i] = t
		} else {
			undated = true
		}
	}
	return dates, undated
}

func parseLooseDate(s string) (time.Time, bool) {
	for _, l := range []string{time.DateOnly, "2006-01", "2006"} {
		if t, err := time.Parse(l, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// dateRange is the span the x axis covers, at least a month wide so a
// single date sits mid-chart.
func dateRange(dates map[int]time.Time) (lo, hi time.Time) {
	first := true
	for _, t := range dates {
		if first || t.Before(lo) {
			lo = t
		}
		if first || t.After(hi) {
			hi = t
		}
		first = false
	}
	if first {
		lo = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
		hi = lo
	}
	if d := hi.Sub(lo); d < 30*24*time.Hour {
		pad := (30*24*time.Hour - d) / 2
		lo, hi = lo.Add(-pad), hi.Add(pad)
	}
	return lo, hi
}

// dateTicks are up to five evenly spaced days from lo to hi.
func dateTicks(lo, hi time.Time) []time.Time {
	var out []time.Time
	for i := 0; i <= 4; i++ {
		t := lo.Add(time.Duration(float64(hi.Sub(lo)) * float64(i) / 4))
		out = append(out, time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC))
	}
	return out
}

func maxFigure(ps []news.Point) float64 {
	m := 0.0
	for _, p := range ps {
		v := p.Value.V
		if p.Value.Kind == news.KindRange {
			v = p.Value.High
		}
		if !math.IsInf(v, 0) && !math.IsNaN(v) {
			m = max(m, v)
		}
	}
	return m
}

// niceMax rounds the top of the y axis up to 1, 2 or 5 times a power of
// ten, leaving room above the highest figure.
func niceMax(v float64) float64 {
	if v <= 0 {
		return 1
	}
	v *= 1.1
	p := math.Pow(10, math.Floor(math.Log10(v)))
	for _, m := range []float64{1, 2, 2.5, 5, 10} {
		if m*p >= v {
			return m * p
		}
	}
	return 10 * p
}

// compact writes an axis figure short: 12k, 1.5M.
func compact(v float64) string {
	f := func(x float64, suffix string) string {
		return strings.TrimSuffix(strings.TrimRight(strconv.FormatFloat(x, 'f', 1, 64), "0"), ".") + suffix
	}
	switch {
	case v >= 1e9:
		return f(v/1e9, "B")
	case v >= 1e6:
		return f(v/1e6, "M")
	case v >= 1e4:
		return f(v/1e3, "k")
	}
	return news.Group(math.Round(v*100) / 100)
}

// sparkline is a small line of a series' dated figures for the overview.
type sparkline struct {
	W, H   int
	Line   string // polyline points
	LastX  float64
	LastY  float64
	Points int
}

func drawSparkline(s *news.Series) sparkline {
	sp := sparkline{W: 120, H: 28}
	dates, _ := pointDates(s.Points)
	if len(dates) == 0 {
		return sp
	}
	lo, hi := dateRange(dates)
	top := niceMax(maxFigure(s.Points))
	var b strings.Builder
	for i, p := range s.Points {
		t, ok := dates[i]
		if !ok {
			continue
		}
		v := p.Value.V
		if p.Value.Kind == news.KindRange {
			v = (p.Value.Low + p.Value.High) / 2
		}
		x := 2 + float64(sp.W-4)*t.Sub(lo).Hours()/hi.Sub(lo).Hours()
		yy := float64(sp.H-2) - float64(sp.H-4)*v/top
		fmt.Fprintf(&b, "%.1f,%.1f ", x, yy)
		sp.LastX, sp.LastY = x, yy
		sp.Points++
	}
	sp.Line = strings.TrimSpace(b.String())
	return sp
}
