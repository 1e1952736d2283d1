package bench

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/sitrep/sitrep/internal/analysis"
	"github.com/sitrep/sitrep/internal/news"
)

// BenchmarkPipeline runs the default analysis over generated documents, one
// at a time: the per-core part of extract's throughput.
func BenchmarkPipeline(b *testing.B) {
	p, err := analysis.Default(analysis.Options{})
	if err != nil {
		b.Fatal(err)
	}
	g := NewGenerator(3)
	docs := make([]string, 64)
	size := 0
	for i := range docs {
		docs[i] = g.Text(8)
		size += len(docs[i])
	}
	runDocs(b, p, docs, size)
}

// BenchmarkStages times each stage alone on the same documents.
func BenchmarkStages(b *testing.B) {
	p, err := analysis.Default(analysis.Options{})
	if err != nil {
		b.Fatal(err)
	}
	g := NewGenerator(3)
	text := g.Text(8)
	for k, s := range p {
		b.Run(s.Name(), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				b.StopTimer()
				d := news.Doc{Text: text}
				if err := p[:k].Run(context.Background(), &d); err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				if err := s.Annotate(context.Background(), &d); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkPipelineParallel runs the pipeline on as many goroutines as
// GOMAXPROCS (-cpu 1,2): how throughput scales across cores.
func BenchmarkPipelineParallel(b *testing.B) {
	p, err := analysis.Default(analysis.Options{})
	if err != nil {
		b.Fatal(err)
	}
	g := NewGenerator(3)
	docs := make([]string, 64)
	size := 0
	for i := range docs {
		docs[i] = g.Text(8)
		size += len(docs[i])
	}
	b.SetBytes(int64(size / len(docs)))
	b.RunParallel(func(pb *testing.PB) {
		i := 0
		for pb.Next() {
			d := news.Doc{Text: docs[i%len(docs)]}
			if err := p.Run(context.Background(), &d); err != nil {
				b.Error(err)
				return
			}
			i++
		}
	})
}

// BenchmarkPipelineCorpus runs the default analysis over the project's own
// annotated test corpus (testdata/corpus): written news prose rather than
// generated sentences.
func BenchmarkPipelineCorpus(b *testing.B) {
	p, err := analysis.Default(analysis.Options{})
	if err != nil {
		b.Fatal(err)
	}
	paths, err := filepath.Glob(filepath.Join("..", "..", "testdata", "corpus", "*.txt"))
	if err != nil || len(paths) == 0 {
		b.Fatalf("no corpus documents: %v", err)
	}
	docs := make([]string, len(paths))
	size := 0
	for i, path := range paths {
		data, err := os.ReadFile(path)
		if err != nil {
			b.Fatal(err)
		}
		docs[i] = string(data)
		size += len(data)
	}
	runDocs(b, p, docs, size)
}

// runDocs runs the pipeline over docs in turn, one a loop, reporting bytes
// a second by their average size and allocations.
func runDocs(b *testing.B, p analysis.Pipeline, docs []string, size int) {
	b.SetBytes(int64(size / len(docs)))
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		d := news.Doc{Text: docs[i%len(docs)]}
		if err := p.Run(context.Background(), &d); err != nil {
			b.Fatal(err)
		}
		i++
	}
}
