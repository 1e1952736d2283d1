package alert

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sitrep/sitrep/internal/news"
	"github.com/sitrep/sitrep/internal/store"
	"github.com/sitrep/sitrep/internal/store/storetest"
)

var t0 = time.Date(2025, 3, 1, 12, 0, 0, 0, time.UTC)

func openLog(t *testing.T, dsn string) *Log {
	t.Helper()
	l, err := OpenLog(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	return l
}

func sample(keys ...string) []Alert {
	var as []Alert
	for _, k := range keys {
		as = append(as, Alert{Key: k, Rule: "all", Kind: NewPoint, Title: "title " + k, Quote: "q " + k,
			Source: news.Source{Name: "NIS", Type: news.SourceAgency}, Link: "https://example.org/" + k})
	}
	return as
}

func TestLogOnce(t *testing.T) { eachStore(t, testLogOnce) }

func testLogOnce(t *testing.T, dsn string) {
	ctx := context.Background()
	l := openLog(t, dsn)
	if _, ok, err := l.Cursor(ctx); err != nil || ok {
		t.Fatalf("cursor before commit: ok %v err %v", ok, err)
	}
	if err := l.Register(ctx, "stdout"); err != nil {
		t.Fatal(err)
	}
	// The first baseline sets the cursor; a second (another watcher
	// starting) leaves it.
	for _, pos := range []int64{5, 6} {
		if err := l.Baseline(ctx, pos); err != nil {
			t.Fatal(err)
		}
	}
	if pos, ok, err := l.Cursor(ctx); err != nil || !ok || pos != 5 {
		t.Errorf("cursor after baselines = %d %v %v, want 5", pos, ok, err)
	}
	raised, err := l.Commit(ctx, sample("a", "b"), 7, t0)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := len(raised), 2; got != want {
		t.Fatalf("raised %d, want %d", got, want)
	}
	if raised[0].ID == 0 || raised[1].ID <= raised[0].ID || !raised[0].Raised.Equal(t0) {
		t.Errorf("ids %d %d raised %v", raised[0].ID, raised[1].ID, raised[0].Raised)
	}
	again, err := l.Commit(ctx, sample("b", "a", "c"), 9, t0.Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := len(again), 1; got != want || again[0].Key != "c" {
		t.Fatalf("second commit raised %+v, want only c", again)
	}
	if pos, ok, err := l.Cursor(ctx); err != nil || !ok || pos != 9 {
		t.Errorf("cursor = %d %v %v, want 9", pos, ok, err)
	}
	pending, err := l.Pending(ctx, "stdout")
	if err != nil {
		t.Fatal(err)
	}
	if got, want := len(pending), 3; got != want {
		t.Fatalf("pending %d, want %d", got, want)
	}
	if got, want := pending[0].Title, "title a"; got != want {
		t.Errorf("pending[0].Title = %q, want %q", got, want)
	}
	if err := l.Delivered(ctx, pending[0].ID, "stdout", t0); err != nil {
		t.Fatal(err)
	}
	// A sink seen for the first time is owed only what comes next.
	if err := l.Register(ctx, "webhook x"); err != nil {
		t.Fatal(err)
	}
	if p, err := l.Pending(ctx, "webhook x"); err != nil || len(p) != 0 {
		t.Errorf("new sink pending = %d (%v), want 0", len(p), err)
	}
	// A restart sees what is still due.
	l.Close()
	l2 := openLog(t, dsn)
	pending, err = l2.Pending(ctx, "stdout")
	if err != nil {
		t.Fatal(err)
	}
	if got, want := len(pending), 2; got != want {
		t.Errorf("pending after restart %d, want %d", got, want)
	}
	all, err := l2.Since(ctx, 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := len(all), 3; got != want {
		t.Errorf("since 0 = %d alerts, want %d", got, want)
	}
	if last, err := l2.Latest(ctx); err != nil || last != all[2].ID {
		t.Errorf("latest = %d (%v), want %d", last, err, all[2].ID)
	}
	// The duplicates above may have left gaps in the ids (PostgreSQL):
	// the last two are still two.
	for _, tc := range []struct {
		n    int
		want string
	}{{0, ""}, {2, "b,c"}, {5, "a,b,c"}} {
		last, err := l2.Last(ctx, tc.n)
		if err != nil {
			t.Fatal(err)
		}
		var keys []string
		for _, a := range last {
			keys = append(keys, a.Key)
		}
		if got := strings.Join(keys, ","); got != tc.want {
			t.Errorf("last %d = %s, want %s", tc.n, got, tc.want)
		}
	}
}

func TestLogDocsAfter(t *testing.T) { eachStore(t, testLogDocsAfter) }

func testLogDocsAfter(t *testing.T, dsn string) {
	ctx := context.Background()
	st, err := store.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var ids []string
	for _, text := range []string{"One report about troops.", "Another report about drones."} {
		d := storetest.NewDoc("x.txt", text, news.Meta{})
		if _, err := st.Put(ctx, d); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, d.ID)
	}
	l := openLog(t, dsn)
	got, last, err := l.DocsAfter(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0] != ids[0] || got[1] != ids[1] {
		t.Fatalf("docs after 0 = %v, want %v", got, ids)
	}
	// On PostgreSQL the position may move on with other transactions in
	// the cluster; it never moves back.
	got, last2, err := l.DocsAfter(ctx, last)
	if err != nil || len(got) != 0 || last2 < last {
		t.Errorf("docs after last = %v, %d (%v), want none and a position from %d", got, last2, err, last)
	}
	if later, err := l.StoredAfter(ctx, last2); err != nil || len(later) != 0 {
		t.Errorf("stored after last = %v (%v), want none", later, err)
	}
	if all, err := l.StoredAfter(ctx, 0); err != nil || len(all) != 2 {
		t.Errorf("stored after 0 = %v (%v), want both", all, err)
	}
	// A second evaluation of the same documents commits the same
	// position; the cursor never moves back.
	for _, pos := range []int64{last, 0} {
		if _, err := l.Commit(ctx, nil, pos, t0); err != nil {
			t.Fatal(err)
		}
	}
	if pos, ok, err := l.Cursor(ctx); err != nil || !ok || pos != last {
		t.Errorf("cursor = %d %v %v, want %d", pos, ok, err, last)
	}
}

// TestLogConcurrentWatchers: watchers in several processes (here, several
// logs on one store) that evaluate the same documents at once raise each
// alert once, and the ids of the alerts appear in increasing order.
func TestLogConcurrentWatchers(t *testing.T) { eachStore(t, testLogConcurrentWatchers) }

func testLogConcurrentWatchers(t *testing.T, dsn string) {
	ctx := context.Background()
	const watchers, rounds = 4, 5
	logs := make([]*Log, watchers)
	for i := range logs {
		logs[i] = openLog(t, dsn)
	}
	var (
		wg     sync.WaitGroup
		mu     sync.Mutex
		raised = map[string]int{}
	)
	// A reader follows the log by id while the watchers write, as the web
	// UI's stream does: ids that became visible out of order would make it
	// pass over an alert for good.
	followed := map[string]bool{}
	reader := openLog(t, dsn)
	done := make(chan struct{})
	var after int64
	follow := func() {
		as, err := reader.Since(ctx, after, 0)
		if err != nil {
			t.Errorf("follow: %v", err)
		}
		for _, a := range as {
			followed[a.Key] = true
			after = a.ID
		}
	}
	followerDone := make(chan struct{})
	go func() {
		defer close(followerDone)
		for {
			select {
			case <-done:
				follow()
				return
			default:
				follow()
			}
		}
	}()
	for i, l := range logs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := range rounds {
				keys := []string{fmt.Sprint("r", r, "a"), fmt.Sprint("r", r, "b"), fmt.Sprint("w", i, "r", r)}
				as, err := l.Commit(ctx, sample(keys...), int64(r+1), t0)
				if err != nil {
					t.Errorf("watcher %d: %v", i, err)
					return
				}
				mu.Lock()
				for _, a := range as {
					raised[a.Key]++
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	close(done)
	<-followerDone
	if len(followed) != len(raised) {
		t.Errorf("a reader following by id saw %d alerts of %d", len(followed), len(raised))
	}
	if got, want := len(raised), rounds*(2+watchers); got != want {
		t.Errorf("%d keys raised, want %d", got, want)
	}
	for k, n := range raised {
		if n != 1 {
			t.Errorf("%s raised %d times", k, n)
		}
	}
	all, err := logs[0].Since(ctx, 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != len(raised) {
		t.Errorf("log holds %d alerts, %d were raised", len(all), len(raised))
	}
	if pos, _, err := logs[0].Cursor(ctx); err != nil || pos != rounds {
		t.Errorf("cursor = %d (%v), want %d", pos, err, rounds)
	}
}

// receiver is a webhook endpoint on loopback that fails its first fails
// requests with 503, then accepts; it counts deliveries per Idempotency-Key.
type receiver struct {
	mu       sync.Mutex
	fails    int
	requests int
	got      map[string]int
}

func (rc *receiver) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	rc.mu.Lock()
	defer rc.mu.Unlock()
	rc.requests++
	if rc.fails > 0 {
		rc.fails--
		http.Error(w, "busy", http.StatusServiceUnavailable)
		return
	}
	if r.Header.Get("Content-Type") != "application/json" {
		http.Error(w, "want json", http.StatusUnsupportedMediaType)
		return
	}
	rc.got[r.Header.Get("Idempotency-Key")]++
}

func noSleep(context.Context, time.Duration) error { return nil }

func TestWebhookRetries(t *testing.T) { eachStore(t, testWebhookRetries) }

func testWebhookRetries(t *testing.T, dsn string) {
	ctx := context.Background()
	rc := &receiver{fails: 2, got: map[string]int{}}
	srv := httptest.NewServer(rc)
	defer srv.Close()
	l := openLog(t, dsn)
	var slept []time.Duration
	hook := &Webhook{URL: srv.URL, Backoff: time.Second, Sleep: func(_ context.Context, d time.Duration) error {
		slept = append(slept, d)
		return nil
	}}
	if err := l.Register(ctx, hook.Name()); err != nil {
		t.Fatal(err)
	}
	if _, err := l.Commit(ctx, sample("k1"), 1, t0); err != nil {
		t.Fatal(err)
	}
	now := func() time.Time { return t0 }
	n, err := Deliver(ctx, l, []Sink{hook}, now)
	if err != nil {
		t.Fatal(err)
	}
	if n != 1 || rc.requests != 3 || rc.got["k1"] != 1 || len(rc.got) != 1 {
		t.Errorf("delivered %d in %d requests, received %v; want 1 in 3, k1 once", n, rc.requests, rc.got)
	}
	if got, want := slept, []time.Duration{time.Second, 2 * time.Second}; len(got) != 2 || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("backoff %v, want %v", got, want)
	}
	// Delivered alerts are not sent again.
	if n, err := Deliver(ctx, l, []Sink{hook}, now); err != nil || n != 0 || rc.requests != 3 {
		t.Errorf("second delivery: %d (%v), %d requests", n, err, rc.requests)
	}
}

func TestWebhookGivesUp(t *testing.T) { eachStore(t, testWebhookGivesUp) }

func testWebhookGivesUp(t *testing.T, dsn string) {
	ctx := context.Background()
	for _, tc := range []struct {
		name     string
		status   int
		requests int
	}{
		{"client error is not retried", http.StatusBadRequest, 1},
		{"server error is retried", http.StatusInternalServerError, 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			requests := 0
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				requests++
				w.WriteHeader(tc.status)
			}))
			defer srv.Close()
			l := openLog(t, dsn)
			hook := &Webhook{URL: srv.URL, Attempts: 3, Sleep: noSleep}
			if err := l.Register(ctx, hook.Name()); err != nil {
				t.Fatal(err)
			}
			// Each case adds its own alerts to the one store.
			if _, err := l.Commit(ctx, sample(tc.name+" k1", tc.name+" k2"), 1, t0); err != nil {
				t.Fatal(err)
			}
			n, err := Deliver(ctx, l, []Sink{hook}, func() time.Time { return t0 })
			if err == nil || n != 0 {
				t.Errorf("delivered %d, err %v; want 0 and an error", n, err)
			}
			if requests != tc.requests {
				t.Errorf("requests = %d, want %d (and the second alert waits)", requests, tc.requests)
			}
			if p, _ := l.Pending(ctx, hook.Name()); len(p) != 2 {
				t.Errorf("pending = %d, want 2", len(p))
			}
		})
	}
}

func TestPrinter(t *testing.T) {
	for _, tc := range []struct {
		name string
		json bool
		want []string
	}{
		{"text", false, []string{"[all] new_point: title a", `"q a" — NIS`, "https://example.org/a"}},
		{"json", true, []string{`"key":"a"`, `"kind":"new_point"`, `"link":"https://example.org/a"`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			p := &Printer{W: &buf, JSON: tc.json}
			if err := p.Deliver(context.Background(), sample("a")[0]); err != nil {
				t.Fatal(err)
			}
			for _, w := range tc.want {
				if !strings.Contains(buf.String(), w) {
					t.Errorf("output %q lacks %q", buf.String(), w)
				}
			}
		})
	}
}

func TestFollow(t *testing.T) { eachStore(t, testFollow) }

func testFollow(t *testing.T, dsn string) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	l := openLog(t, dsn)
	as, err := l.Commit(ctx, sample("a", "b", "c"), 1, t0)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	err = Follow(ctx, l, as[0].ID, time.Millisecond, func(a Alert) error {
		got = append(got, a.Key)
		if len(got) == 2 {
			cancel()
		}
		return nil
	})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want canceled", err)
	}
	if strings.Join(got, ",") != "b,c" {
		t.Errorf("followed %v, want b,c (after a)", got)
	}
}
