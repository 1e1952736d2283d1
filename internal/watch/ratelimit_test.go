package watch

import (
	"context"
	"slices"
	"testing"
	"time"

	"golang.org/x/time/rate"
)

// TestPerHostRateLimit: the second request to a host waits for the
// limiter, on the watcher's (fake) clock; requests to another host do not
// wait for the first host's.
func TestPerHostRateLimit(t *testing.T) {
	for _, tc := range []struct {
		name    string
		perHost rate.Limit
		second  string // "same" or "other" site
		want    []time.Duration
	}{
		{"second request to a host waits", 2, "same", []time.Duration{500 * time.Millisecond}},
		{"another host does not wait", 2, "other", nil},
		{"no limit", rate.Inf, "same", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			one, other := newSite(t), newSite(t)
			one.add("/a.txt", article("NIS", "2025-01-10", 11000))
			one.add("/b.txt", article("HUR", "2025-01-11", 12000))
			other.add("/b.txt", article("HUR", "2025-01-11", 12000))
			second := one.srv.URL + "/b.txt"
			if tc.second == "other" {
				second = other.srv.URL + "/b.txt"
			}
			e := newEnv(t)
			w := e.watcher(&stubAnalyzer{}, nil, one.srv.URL+"/a.txt", second)
			w.PerHost = tc.perHost
			var slept []time.Duration
			w.sleep = func(_ context.Context, d time.Duration) error {
				slept = append(slept, d)
				e.clock.t = e.clock.t.Add(d)
				return nil
			}
			st, err := w.Step(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			if st.Polled != 2 || st.Failed != 0 {
				t.Errorf("polled %d, failed %d; want 2 and 0", st.Polled, st.Failed)
			}
			if !slices.Equal(slept, tc.want) {
				t.Errorf("waits %v, want %v", slept, tc.want)
			}
		})
	}
}

// TestRateLimitWaitCancelled: a stop while waiting for the limiter makes
// no request.
func TestRateLimitWaitCancelled(t *testing.T) {
	s := newSite(t)
	s.add("/a.txt", article("NIS", "2025-01-10", 11000))
	f := newFetcher(nil, 1, true)
	now := time.Date(2025, 1, 20, 8, 0, 0, 0, time.UTC)
	f.now = func() time.Time { return now }
	f.sleep = func(ctx context.Context, _ time.Duration) error { return context.Canceled }
	ctx := context.Background()
	if _, err := f.get(ctx, s.srv.URL+"/a.txt", "", ""); err != nil {
		t.Fatal(err)
	}
	if _, err := f.get(ctx, s.srv.URL+"/a.txt", "", ""); err == nil {
		t.Error("second get during a cancelled wait: no error")
	}
	if got := s.count("/a.txt"); got != 1 {
		t.Errorf("requests = %d, want 1", got)
	}
}
