package postgres

import (
	"context"
	"fmt"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/sitrep/sitrep/internal/analysis"
	"github.com/sitrep/sitrep/internal/bench"
	"github.com/sitrep/sitrep/internal/ingest"
	"github.com/sitrep/sitrep/internal/news"
	"github.com/sitrep/sitrep/internal/store"
	"github.com/sitrep/sitrep/internal/store/storetest"
)

// BenchmarkPut measures the store alone: documents with three claims each,
// already analysed, stored by 1, 2 and 4 writers at once.
func BenchmarkPut(b *testing.B) {
	g := bench.NewGenerator(3)
	for _, writers := range []int{1, 2, 4} {
		b.Run(fmt.Sprintf("writers=%d", writers), func(b *testing.B) {
			db, _ := openFresh(b)
			defer db.Close()
			docs := make([]*store.Document, b.N)
			for i := range docs {
				text := fmt.Sprintf("Report %d. Officials said 40 drones were launched and 12 missiles were fired. %s", i, g.Text(2))
				docs[i] = storetest.NewDoc(fmt.Sprintf("d%d", i), text, news.Meta{Lang: "en"},
					storetest.ClaimSpec{Quote: "40 drones", Type: news.ClaimQuantity, Source: "officials", SourceType: "unnamed"},
					storetest.ClaimSpec{Quote: "12 missiles", Type: news.ClaimQuantity, Source: "officials", SourceType: "unnamed"},
					storetest.ClaimSpec{Quote: fmt.Sprintf("Report %d", i), Type: news.ClaimStatement, Source: "officials", SourceType: "unnamed"})
			}
			b.ResetTimer()
			var next atomic.Int64
			var wg sync.WaitGroup
			for range writers {
				wg.Add(1)
				go func() {
					defer wg.Done()
					for i := next.Add(1) - 1; i < int64(len(docs)); i = next.Add(1) - 1 {
						if _, err := db.Put(context.Background(), docs[i]); err != nil {
							b.Error(err)
							return
						}
					}
				}()
			}
			wg.Wait()
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "docs/s")
		})
	}
}

// BenchmarkPutBatch stores the same kind of documents in batches of 64, as
// ingest's writer does.
func BenchmarkPutBatch(b *testing.B) {
	db, _ := openFresh(b)
	defer db.Close()
	g := bench.NewGenerator(5)
	docs := make([]*store.Document, b.N)
	for i := range docs {
		text := fmt.Sprintf("Report %d. Officials said 40 drones were launched and 12 missiles were fired. %s", i, g.Text(2))
		docs[i] = storetest.NewDoc(fmt.Sprintf("d%d", i), text, news.Meta{Lang: "en"},
			storetest.ClaimSpec{Quote: "40 drones", Type: news.ClaimQuantity, Source: "officials", SourceType: "unnamed"},
			storetest.ClaimSpec{Quote: "12 missiles", Type: news.ClaimQuantity, Source: "officials", SourceType: "unnamed"},
			storetest.ClaimSpec{Quote: fmt.Sprintf("Report %d", i), Type: news.ClaimStatement, Source: "officials", SourceType: "unnamed"})
	}
	b.ResetTimer()
	for start := 0; start < len(docs); start += 64 {
		if _, err := db.PutBatch(context.Background(), docs[start:min(start+64, len(docs))]); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "docs/s")
}

// BenchmarkIngestWorkers measures what `sitrep ingest --workers N` does over
// 200 generated documents: reading, analysis and storing.
func BenchmarkIngestWorkers(b *testing.B) {
	needDB(b)
	dir := filepath.Join(b.TempDir(), "docs")
	if _, err := bench.WriteDocs(dir, 200, 8, false, 1); err != nil {
		b.Fatal(err)
	}
	pipe, err := analysis.Default(analysis.Options{})
	if err != nil {
		b.Fatal(err)
	}
	for _, workers := range []int{1, 2, 4} {
		b.Run(fmt.Sprintf("workers=%d", workers), func(b *testing.B) {
			var spent time.Duration
			for range b.N {
				b.StopTimer()
				db, _ := openFresh(b)
				b.StartTimer()
				start := time.Now()
				in := &ingest.Ingester{Store: db, Analyzer: pipe, Workers: workers}
				st, err := in.Ingest(context.Background(), []string{dir})
				spent += time.Since(start)
				if err != nil || st.Added != 200 {
					b.Fatalf("ingest: %v, %d added", err, st.Added)
				}
				db.Close()
			}
			b.ReportMetric(float64(200*b.N)/spent.Seconds(), "docs/s")
		})
	}
}
