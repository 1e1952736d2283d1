package consolidate

import (
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/sitrep/sitrep/internal/news"
)

// synthetic makes n quantity claims spread like a long war's reporting:
// 40 actors x 6 measures x 3 nested places, 300 sources, two years of dates,
// one document per 5 claims and a story per 3 documents. Each series' figure
// grows over the two years, sources round it differently (+-4%), and one
// claim in 20 is an outlier half as big again; a tenth are undated.
func synthetic(n int) Input {
	r := rand.New(rand.NewPCG(1, 2))
	measures := []string{"deployed", "killed", "wounded", "casualties", "supplied", "launched"}
	locs := []string{"Russia", "Kursk", "Sudzha"}
	start := day("2023-01-01")
	in := Input{Docs: map[string]DocInfo{}}
	for i := range n {
		doc := fmt.Sprintf("doc%d", i/5)
		if _, ok := in.Docs[doc]; !ok {
			in.Docs[doc] = DocInfo{ID: doc, Outlet: fmt.Sprintf("outlet%d", r.IntN(50)),
				Story: fmt.Sprintf("story%d", i/15), Published: start.Add(time.Duration(r.IntN(730)) * 24 * time.Hour)}
		}
		a, m, d := r.IntN(40), r.IntN(len(measures)), r.IntN(730)
		f := float64(1000*(1+(a*7+m*3)%20)) * (1 + float64(d)/730) * (0.96 + 0.08*r.Float64())
		if r.IntN(20) == 0 {
			f *= 1.5
		}
		v := news.Value{Kind: news.KindExact, V: float64(int(f/100) * 100)}
		if r.IntN(3) == 0 {
			v.Kind = news.KindApprox
		}
		c := quantity(fmt.Sprintf("c%07d", i), doc, fmt.Sprintf("source%d", r.IntN(300)), v,
			actor(fmt.Sprintf("actor%d", a)), measure(measures[m], "personnel"),
			at(locs[r.IntN(len(locs))]))
		switch r.IntN(10) {
		case 0:
		case 1, 2:
			c.Source.Type = news.SourceOutlet
			fallthrough
		default:
			c.SaidOn = news.Str(start.Add(time.Duration(d) * 24 * time.Hour).Format("2006-01-02"))
		}
		in.Claims = append(in.Claims, c)
	}
	return in
}

func BenchmarkSeries100k(b *testing.B) {
	in := synthetic(100_000)
	b.ResetTimer()
	for b.Loop() {
		Series(in, testOpt)
	}
}

func BenchmarkConflicts100k(b *testing.B) {
	in := synthetic(100_000)
	b.ResetTimer()
	var n int
	for b.Loop() {
		n = len(Conflicts(in, testOpt))
	}
	b.ReportMetric(float64(n), "conflicts")
}

func BenchmarkPropositions10k(b *testing.B) {
	var in Input
	for i := range 10_000 {
		c := statementCases[i%len(statementCases)]
		in.Claims = append(in.Claims, statement(fmt.Sprintf("s%05d", i), fmt.Sprintf("d%d", i/4),
			fmt.Sprintf("source%d", i%97), fmt.Sprintf("%s (item %d)", c.text, i%500)))
	}
	b.ResetTimer()
	for b.Loop() {
		Propositions(in, Options{})
	}
}
