package watch

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/sitrep/sitrep/internal/alert"
)

// A webhook receiver on loopback that fails twice, then accepts, gets each
// alert once, across the watcher's steps and a restart.
func TestWebhookReceiverFailsTwice(t *testing.T) { eachStore(t, testWebhookReceiverFailsTwice) }

func testWebhookReceiverFailsTwice(t *testing.T, dsn string) {
	var (
		mu       sync.Mutex
		failures = 2
		got      = map[string]int{}
		requests int
	)
	hook := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		requests++
		if failures > 0 {
			failures--
			http.Error(w, "try later", http.StatusBadGateway)
			return
		}
		var a alert.Alert
		if err := json.NewDecoder(r.Body).Decode(&a); err != nil || a.Key != r.Header.Get("Idempotency-Key") {
			http.Error(w, "bad alert", http.StatusBadRequest)
			return
		}
		got[a.Key]++
	}))
	defer hook.Close()
	site := newSite(t)
	site.add("/a/1", article("HUR", "2025-01-12", 11000))
	e := newEnvAt(t, dsn)
	sink := &alert.Webhook{URL: hook.URL, Backoff: time.Millisecond}
	w := e.watcher(&stubAnalyzer{}, []alert.Sink{sink}, site.srv.URL+"/feed.xml")
	if _, err := w.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	if st := step(t, w); st.Raised != 1 || st.Delivered != 1 {
		t.Fatalf("step: %+v", st)
	}
	step(t, w)
	e2 := openEnv(t, e.dsn, e.clock)
	w2 := e2.watcher(&stubAnalyzer{}, []alert.Sink{sink}, site.srv.URL+"/feed.xml")
	if _, err := w2.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	step(t, w2)
	mu.Lock()
	defer mu.Unlock()
	if len(got) != 1 || requests != 3 {
		t.Errorf("receiver got %v in %d requests, want one alert once in 3", got, requests)
	}
	for k, n := range got {
		if n != 1 {
			t.Errorf("alert %s received %d times", k, n)
		}
	}
}
