package web

import (
	"testing"

	"github.com/sitrep/sitrep/internal/news"
	"github.com/sitrep/sitrep/internal/store"
)

func TestDrawChart(t *testing.T) {
	date := func(s string) *string { return &s }
	s := &news.Series{Points: []news.Point{
		{Date: date("2025-01-10"), Value: news.Value{Kind: news.KindExact, V: 11000}, Source: news.Source{Name: "A"}, Hedge: "asserted"},
		{Date: date("2025-01-20"), Value: news.Value{Kind: news.KindRange, Low: 10000, High: 12000}, Source: news.Source{Name: "B"}, Hedge: "estimated"},
		{Date: date("2025-02-01"), Value: news.Value{Kind: news.KindMin, V: 3000}, Source: news.Source{Name: "A"}, Hedge: "asserted"},
		{Date: nil, Value: news.Value{Kind: news.KindMax, V: 8000}, Source: news.Source{Name: "C"}, Hedge: "reported"},
		{Date: nil, Value: news.Value{Kind: news.KindApprox, V: 9000}, Source: news.Source{Name: "C"}, Hedge: "asserted"},
	}}
	c := drawChart(s, func(p *news.Point) pointLink { return pointLink{href: "/docs/x#claim-" + p.Source.Name, quote: "q"} })
	tests := []struct {
		kind   string
		hedged bool
		color  string
		dated  bool
	}{
		{"dot", false, palette[0], true},
		{"range", true, palette[1], true},
		{"min", false, palette[0], true},
		{"max", true, palette[2], false},
		{"dot", false, palette[2], false},
	}
	if got, want := len(c.Marks), len(tests); got != want {
		t.Fatalf("marks = %d, want %d", got, want)
	}
	for i, tt := range tests {
		m := c.Marks[i]
		if m.Kind != tt.kind || m.Hedged != tt.hedged || m.Color != tt.color {
			t.Errorf("mark %d = %s hedged=%v %s, want %s hedged=%v %s", i, m.Kind, m.Hedged, m.Color, tt.kind, tt.hedged, tt.color)
		}
		if inBand := m.X > c.UndatedX-30; inBand == tt.dated {
			t.Errorf("mark %d at x=%.0f: dated=%v but undated band starts near %.0f", i, m.X, tt.dated, c.UndatedX-30)
		}
		if m.Y < c.Top || m.Y > c.Bottom {
			t.Errorf("mark %d y=%.0f outside the plot %.0f..%.0f", i, m.Y, c.Top, c.Bottom)
		}
	}
	if c.Marks[0].X >= c.Marks[1].X || c.Marks[1].X >= c.Marks[2].X {
		t.Errorf("dated marks not in time order: %.0f %.0f %.0f", c.Marks[0].X, c.Marks[1].X, c.Marks[2].X)
	}
	if r := c.Marks[1]; r.Y2 >= r.Y {
		t.Errorf("range bar from y=%.0f to y=%.0f: high should be above low", r.Y, r.Y2)
	}
	if c.Marks[3].X == c.Marks[4].X {
		t.Errorf("undated marks drawn on top of each other")
	}
	if got, want := len(c.Legend), 3; got != want {
		t.Errorf("legend entries = %d, want %d", got, want)
	}
}

func TestNiceMaxAndCompact(t *testing.T) {
	tests := []struct {
		v       float64
		top     float64
		compact string
	}{
		{0, 1, "0"},
		{9, 10, "9"},
		{11000, 20000, "11k"},
		{2_000_000, 2_500_000, "2M"},
		{1500, 2000, "1,500"},
	}
	for _, tt := range tests {
		if got := niceMax(tt.v); got != tt.top {
			t.Errorf("niceMax(%v) = %v, want %v", tt.v, got, tt.top)
		}
		if got := compact(tt.v); got != tt.compact {
			t.Errorf("compact(%v) = %q, want %q", tt.v, got, tt.compact)
		}
	}
}

func BenchmarkDocPage(b *testing.B) {
	st := openTestStore(b)
	fillStore(b, st, 1)
	docs, err := st.Documents(b.Context(), store.DocFilter{})
	if err != nil || len(docs) == 0 {
		b.Fatal(err)
	}
	s := newTestServer(b, st, nil)
	for b.Loop() {
		if w := do(b, s, "GET", "/docs/"+docs[0].ID, nil, nil); w.Code != 200 {
			b.Fatal(w.Code)
		}
	}
}
