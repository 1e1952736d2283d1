package web

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"slices"
	"sync"
	"testing"
	"time"
)

// BenchmarkClaimsLoad100k stores 100,000 claims, serves them on loopback
// and lists them with 50 concurrent clients, reporting the latency
// percentiles of the round trips (setup takes about a minute):
//
//	go test -run X -bench ClaimsLoad100k -benchtime 30s ./internal/web
//
// Each iteration is one round of 50 clients making 20 requests each:
// half plain pages at random offsets, half filtered by source, actor or
// date.
func BenchmarkClaimsLoad100k(b *testing.B) {
	st := openTestStore(b)
	fillStore(b, st, 2000)
	s := newTestServer(b, st, nil)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		b.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Serve(ctx, ln) }()
	defer func() { cancel(); <-done }()
	base := "http://" + ln.Addr().String() + "/api/v1/claims"
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 50}}
	get := func(u string) error {
		resp, err := client.Get(u)
		if err != nil {
			return err
		}
		defer resp.Body.Close()
		io.Copy(io.Discard, resp.Body)
		if resp.StatusCode != http.StatusOK {
			return fmt.Errorf("%s: status %d", u, resp.StatusCode)
		}
		return nil
	}
	if err := get(base); err != nil { // builds the index before timing
		b.Fatal(err)
	}
	sources := []string{"nis", "pentagon", "isw", "agency"}
	var (
		mu   sync.Mutex
		lats []time.Duration
	)
	b.ResetTimer()
	for b.Loop() {
		var wg sync.WaitGroup
		for w := range 50 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				r := rand.New(rand.NewPCG(uint64(w), uint64(len(lats))))
				mine := make([]time.Duration, 0, 20)
				for range 20 {
					u := base
					switch r.IntN(4) {
					case 0:
						u += fmt.Sprintf("?offset=%d", r.IntN(99900))
					case 1:
						u += fmt.Sprintf("?source=%s&offset=%d", sources[r.IntN(len(sources))], r.IntN(5000))
					case 2:
						u += fmt.Sprintf("?actor=Iran&since=2025-%02d-01", 1+r.IntN(12))
					}
					t0 := time.Now()
					if err := get(u); err != nil {
						b.Error(err)
						return
					}
					mine = append(mine, time.Since(t0))
				}
				mu.Lock()
				lats = append(lats, mine...)
				mu.Unlock()
			}()
		}
		wg.Wait()
	}
	slices.Sort(lats)
	if len(lats) == 0 {
		return
	}
	pct := func(q float64) float64 { return float64(lats[int(q*float64(len(lats)-1))]) / 1e6 }
	b.ReportMetric(pct(0.5), "p50-ms")
	b.ReportMetric(pct(0.99), "p99-ms")
	b.ReportMetric(float64(len(lats))/b.Elapsed().Seconds(), "req/s")
}
