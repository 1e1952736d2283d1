package cli

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/sitrep/sitrep/internal/consolidate"
	"github.com/sitrep/sitrep/internal/consolidate/stored"
	"github.com/sitrep/sitrep/internal/news"
	"github.com/sitrep/sitrep/internal/simhash"
	"github.com/sitrep/sitrep/internal/store"
)

// benchStore returns a SQLite store holding n quantity claims spread like a
// long war's reporting (40 actors x 6 measures x 3 nested places, 300
// sources, two years, a tenth undated, a fifth unattributed, one figure in
// twenty an outlier), five claims a document. $SITREP_BENCH_DB names a file to keep it in, filled once, so
// the CLI can be timed on the same data:
//
//	SITREP_BENCH_DB=/tmp/bench100k.db go test -run XXX -bench 100k ./internal/cli/
//	time sitrep estimates --db /tmp/bench100k.db > /dev/null
func benchStore(b *testing.B, n int) store.Store {
	b.Helper()
	ctx := context.Background()
	path := os.Getenv("SITREP_BENCH_DB")
	if path == "" {
		path = filepath.Join(b.TempDir(), "bench.db")
	}
	st, err := store.Open(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	if have, err := st.Claims(ctx, store.ClaimFilter{Limit: n}); err != nil {
		b.Fatal(err)
	} else if len(have) >= n {
		return st
	}
	docs := syntheticDocs(n)
	bp, ok := st.(store.BatchPutter)
	for len(docs) > 0 {
		batch := docs[:min(500, len(docs))]
		docs = docs[len(batch):]
		if ok {
			if _, err := bp.PutBatch(ctx, batch); err != nil {
				b.Fatal(err)
			}
			continue
		}
		for _, d := range batch {
			if _, err := st.Put(ctx, d); err != nil {
				b.Fatal(err)
			}
		}
	}
	return st
}

func syntheticDocs(n int) []*store.Document {
	r := rand.New(rand.NewPCG(1, 2))
	measures := []string{"deployed", "killed", "wounded", "casualties", "supplied", "launched"}
	locs := []string{"Russia", "Kursk", "Sudzha"}
	start := time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC)
	var docs []*store.Document
	for i := 0; i < n; i += 5 {
		var text strings.Builder
		// Filler words keep the documents' sketches apart, so they are not
		// all filed as copies of one story.
		for range 30 {
			fmt.Fprintf(&text, "w%d ", r.IntN(5000))
		}
		fmt.Fprintf(&text, "(document %d)\n", i/5)
		pub := start.Add(time.Duration(r.IntN(730)) * 24 * time.Hour)
		type pending struct {
			c          news.Claim
			start, end int
		}
		var cs []pending
		for j := i; j < min(i+5, n); j++ {
			a, m, d := r.IntN(40), r.IntN(len(measures)), r.IntN(730)
			// A region holds part of the country's figure, a town less.
			l := r.IntN(len(locs))
			f := float64(1000*(1+(a*7+m*3)%20)) * (1 + float64(d)/730) * (0.96 + 0.08*r.Float64()) * []float64{1, 0.6, 0.2}[l]
			if r.IntN(20) == 0 {
				f *= 1.5
			}
			// Reports round: two significant figures, and half of them
			// "about", a sixth "more than". Without rounding nearly every
			// pair of sources a week apart disagrees, and the output is
			// hundreds of thousands of conflicts no store of real reports has.
			v := news.Value{Kind: news.KindExact, V: roundTwo(f)}
			switch r.IntN(6) {
			case 0, 1, 2:
				v.Kind = news.KindApprox
			case 3:
				v.Kind = news.KindMin
			}
			quote := news.Group(v.V) + " troops"
			fmt.Fprintf(&text, "Source %d said ", j)
			s := text.Len()
			text.WriteString(quote)
			e := text.Len()
			text.WriteString(" were there.\n")
			c := news.Claim{Type: news.ClaimQuantity, Quote: quote, Sentence: quote, Value: &v,
				NumberText: news.Str(news.Group(v.V)), Noun: news.Str("troops"),
				Actor: news.Str(fmt.Sprintf("actor%d", a)), Measure: news.Str(measures[m]),
				What: news.Str("personnel"), Location: news.Str(locs[l]),
				Source: news.Source{Name: fmt.Sprintf("source%d", r.IntN(300)), Type: news.SourceAgency},
				Via:    []string{}, Hedge: news.HedgeAsserted, Published: news.Str(pub.Format("2006-01-02"))}
			switch r.IntN(10) {
			case 0:
				c.Published = nil
			case 1, 2:
				c.Source = news.Source{Name: "the outlet", Type: news.SourceOutlet}
				fallthrough
			default:
				c.SaidOn = news.Str(start.Add(time.Duration(d) * 24 * time.Hour).Format("2006-01-02"))
			}
			cs = append(cs, pending{c, s, e})
		}
		t := text.String()
		d := &store.Document{ID: store.DocID(t), Source: fmt.Sprintf("doc%d.txt", i/5), ContentType: "text/plain",
			Text: t, Sketch: simhash.Sketch(t)}
		d.Meta.Outlet = fmt.Sprintf("outlet%d", r.IntN(50))
		d.Meta.Published = pub
		for _, p := range cs {
			p.c.Start, p.c.End = p.start, p.end
			d.Claims = append(d.Claims, p.c)
		}
		docs = append(docs, d)
	}
	return docs
}

// cpuTimer reports the process's CPU time (user and system, all threads)
// per operation from now until the returned function is called: on a
// shared machine wall time says more about the neighbours than the code.
//
// It also sets the collector as the commands set it.
func cpuTimer(b *testing.B) func() {
	old := debug.SetGCPercent(batchGCPercent)
	b.Cleanup(func() { debug.SetGCPercent(old) })
	start := cpuNow()
	return func() { b.ReportMetric(float64(cpuNow()-start)/float64(b.N), "cpu-ns/op") }
}

func cpuNow() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// roundTwo rounds f to two significant figures.
func roundTwo(f float64) float64 {
	p := math.Pow(10, math.Floor(math.Log10(f))-1)
	return math.Round(f/p) * p
}

// BenchmarkEstimates100k times what `sitrep estimates` does after opening
// the store: one query for every quantity claim, consolidation, filtering.
func BenchmarkEstimates100k(b *testing.B) {
	st := benchStore(b, 100_000)
	opt, err := consolidateOptions()
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	b.ResetTimer()
	stop := cpuTimer(b)
	var n int
	for b.Loop() {
		ss, err := estimates(ctx, st, store.ClaimFilter{}, seriesFilter{}, opt)
		if err != nil {
			b.Fatal(err)
		}
		n = len(ss)
	}
	stop()
	b.ReportMetric(float64(n), "series")
}

// BenchmarkConflicts100k times what `sitrep conflicts` does after opening
// the store.
func BenchmarkConflicts100k(b *testing.B) {
	st := benchStore(b, 100_000)
	opt, err := consolidateOptions()
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	b.ResetTimer()
	stop := cpuTimer(b)
	var n int
	for b.Loop() {
		cs, err := conflicts(ctx, st, store.ClaimFilter{}, seriesFilter{}, opt)
		if err != nil {
			b.Fatal(err)
		}
		n = len(cs)
	}
	stop()
	b.ReportMetric(float64(n), "conflicts")
}

// BenchmarkLoad100k times the store read alone (stored.Input), the share
// of estimates and conflicts that is not consolidation.
func BenchmarkLoad100k(b *testing.B) {
	st := benchStore(b, 100_000)
	ctx := context.Background()
	b.ResetTimer()
	stop := cpuTimer(b)
	for b.Loop() {
		if _, err := stored.Input(ctx, st, store.ClaimFilter{Type: news.ClaimQuantity}); err != nil {
			b.Fatal(err)
		}
	}
	stop()
}

// BenchmarkSeries100k times consolidation alone over the claims loaded
// from the store, with the gazetteer's options as the command has them.
func BenchmarkSeries100k(b *testing.B) {
	st := benchStore(b, 100_000)
	opt, err := consolidateOptions()
	if err != nil {
		b.Fatal(err)
	}
	in, err := stored.Input(context.Background(), st, store.ClaimFilter{Type: news.ClaimQuantity})
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	stop := cpuTimer(b)
	for b.Loop() {
		consolidate.Series(in, opt)
	}
	stop()
}
