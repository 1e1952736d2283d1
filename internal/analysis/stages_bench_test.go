package analysis_test

import (
	"context"
	"syscall"
	"testing"
	"time"

	"github.com/sitrep/sitrep/internal/analysis"
	"github.com/sitrep/sitrep/internal/analysis/token"
	"github.com/sitrep/sitrep/internal/bench"
	"github.com/sitrep/sitrep/internal/news"
)

// BenchmarkStageAlone times each stage of the default pipeline alone over 64
// generated documents, as sitrep-bench makes them: each document is
// prepared once by the stages before, whose token memo the stage then
// shares, as in a pipeline run. Unlike bench.BenchmarkStages, no timer is
// stopped inside the loop, so the numbers are steady enough to compare
// one change to a stage.
func BenchmarkStageAlone(b *testing.B) {
	p, texts, size := benchSetup(b)
	for k, s := range p {
		b.Run(s.Name(), func(b *testing.B) {
			type prepared struct {
				ctx context.Context
				d   news.Doc
			}
			docs := make([]prepared, len(texts))
			for i, text := range texts {
				d := news.Doc{ID: "bench", Text: text}
				ctx := token.WithMemo(context.Background(), text)
				for _, st := range p[:k] {
					if err := st.Annotate(ctx, &d); err != nil {
						b.Fatal(err)
					}
				}
				docs[i] = prepared{ctx, d}
			}
			b.SetBytes(int64(size / len(texts)))
			b.ReportAllocs()
			defer reportCPU(b)()
			i := 0
			for b.Loop() {
				x := &docs[i%len(docs)]
				d := x.d
				if err := s.Annotate(x.ctx, &d); err != nil {
					b.Fatal(err)
				}
				i++
			}
		})
	}
}

// benchSetup returns the default pipeline and 64 generated documents, as
// sitrep-bench makes them, with their total size.
func benchSetup(b *testing.B) (analysis.Pipeline, []string, int) {
	b.Helper()
	p, err := analysis.Default(analysis.Options{})
	if err != nil {
		b.Fatal(err)
	}
	g := bench.NewGenerator(3)
	texts := make([]string, 64)
	size := 0
	for i := range texts {
		texts[i] = g.Text(8)
		size += len(texts[i])
	}
	return p, texts, size
}

// reportCPU starts counting the process's CPU time; the function it returns
// reports it per operation as cpu-ns/op. On a machine shared with other
// work, CPU time per operation varies far less than ns/op (wall time).
func reportCPU(b *testing.B) func() {
	start := cpuTime()
	return func() {
		if b.N > 0 {
			b.ReportMetric(float64((cpuTime()-start).Nanoseconds())/float64(b.N), "cpu-ns/op")
		}
	}
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkPipelineCPU runs the whole default pipeline over the same 64
// documents, reporting CPU time per document as well.
func BenchmarkPipelineCPU(b *testing.B) {
	p, texts, size := benchSetup(b)
	b.SetBytes(int64(size / len(texts)))
	b.ReportAllocs()
	defer reportCPU(b)()
	i := 0
	for b.Loop() {
		d := news.Doc{ID: "bench", Text: texts[i%len(texts)]}
		if err := p.Run(context.Background(), &d); err != nil {
			b.Fatal(err)
		}
		i++
	}
}
