package sqlite

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/sitrep/sitrep/internal/news"
	"github.com/sitrep/sitrep/internal/simhash"
	"github.com/sitrep/sitrep/internal/store"
)

var (
	benchActors = []string{"Russia", "Ukraine", "North Korea", "Israel", "Sudan", "Myanmar", "Poland", "Belarus",
		"Iran", "Syria", "Mali", "Niger", "Yemen", "Lebanon", "Gaza", "Armenia", "Azerbaijan", "Ethiopia", "Somalia", "Libya"}
	benchMeasures = []string{"deployed", "killed", "wounded", "launched", "intercepted", "captured", "supplied", "trained"}
	benchWhats    = []string{"personnel", "drones", "missiles", "casualties", "equipment"}
)

// benchDoc is a news-sized document (about 2 KB) with 13 quantity claims.
func benchDoc(i int) *store.Document {
	var b strings.Builder
	fmt.Fprintf(&b, "Report %d: officials describe a night of attacks\n\n", i)
	type span struct{ start, end int }
	var spans []span
	for k := range 13 {
		b.WriteString("The regional governor said on Tuesday that ")
		start := b.Len()
		fmt.Fprintf(&b, "%d drones", 10+(i*7+k*13)%900)
		spans = append(spans, span{start, b.Len()})
		b.WriteString(" were shot down over the eastern districts overnight. ")
		if k%4 == 3 {
			b.WriteString("\n\n")
		}
	}
	text := b.String()
	d := &store.Document{ID: store.DocID(text), Source: fmt.Sprintf("doc%d.txt", i), ContentType: "text/plain",
		Text: text, Raw: []byte(text), Sketch: simhash.Sketch(text)}
	for _, s := range spans {
		q := text[s.start:s.end]
		d.Claims = append(d.Claims, news.Claim{Type: news.ClaimQuantity, Start: s.start, End: s.end, Quote: q,
			Sentence:   "The regional governor said on Tuesday that " + q + " were shot down over the eastern districts overnight.",
			NumberText: news.Str(strings.Fields(q)[0]), Value: &news.Value{Kind: news.KindExact, V: 1},
			Noun: news.Str("drones"), What: news.Str(benchWhats[(i+len(d.Claims))%len(benchWhats)]),
			Measure: news.Str(benchMeasures[len(d.Claims)%len(benchMeasures)]), Actor: news.Str(benchActors[(i+len(d.Claims))%len(benchActors)]),
			Source: news.Source{Name: "regional governor", Type: news.SourcePerson}, Via: []string{},
			Cue: news.Str("said"), Hedge: news.HedgeAsserted})
	}
	return d
}

// BenchmarkPutBatch stores documents in batches of 64, as ingest does.
func BenchmarkPutBatch(b *testing.B) {
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	i := 0
	cpu0 := cpuTime()
	for b.Loop() {
		batch := make([]*store.Document, 64)
		for k := range batch {
			batch[k] = benchDoc(i)
			i++
		}
		if _, err := db.PutBatch(ctx, batch); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(i), "µs/doc")
	// CPU time is the steadier figure on a shared machine.
	b.ReportMetric(float64((cpuTime()-cpu0).Microseconds())/float64(i), "cpu-µs/doc")
}

// cpuTime is the process's user and system time so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkClaimsQuery runs filtered claim queries over a store of about
// 100,000 claims (13 a document, 20 actors, 8 measures).
func BenchmarkClaimsQuery(b *testing.B) {
	ctx := context.Background()
	path := filepath.Join(b.TempDir(), "q.db")
	db, err := Open(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	for i := 0; i < 7700; i += 100 {
		batch := make([]*store.Document, 100)
		for k := range batch {
			batch[k] = benchDoc(i + k)
		}
		if _, err := db.PutBatch(ctx, batch); err != nil {
			b.Fatal(err)
		}
	}
	db.Close() // refreshes the planner's statistics, as the end of an ingest does
	if db, err = Open(ctx, path); err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	for _, f := range []store.ClaimFilter{
		{Actor: "North Korea", Measure: "deployed"},
		{Actor: "Ukraine"},
		{Source: "governor", What: "drones", Limit: 100},
		{Text: "eastern districts", Limit: 50},
	} {
		b.Run(fmt.Sprintf("%s%s%s%s", f.Actor, f.Measure, f.What, f.Text), func(b *testing.B) {
			n := 0
			for b.Loop() {
				cs, err := db.Claims(ctx, f)
				if err != nil {
					b.Fatal(err)
				}
				n = len(cs)
			}
			b.ReportMetric(float64(n), "claims")
		})
	}
}
