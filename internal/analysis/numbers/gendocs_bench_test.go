package numbers_test

import (
	"syscall"
	"testing"
	"time"

	"github.com/sitrep/sitrep/internal/analysis/numbers"
	"github.com/sitrep/sitrep/internal/bench"
)

// BenchmarkFindDocs runs Find over the generated news documents that
// sitrep-bench extracts from: prose of ordinary density, where most of the
// time goes to words that open no figure.
func BenchmarkFindDocs(b *testing.B) {
	r, err := numbers.New("en")
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
	b.SetBytes(int64(size / len(texts)))
	b.ReportAllocs()
	start := cpuTime()
	i := 0
	for b.Loop() {
		r.Find(texts[i%len(texts)])
		i++
	}
	b.ReportMetric(float64((cpuTime()-start).Nanoseconds())/float64(b.N), "cpu-ns/op")
}

// cpuTime is the process's CPU time: on a machine shared with other work
// it varies far less per operation than the wall time of ns/op.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
