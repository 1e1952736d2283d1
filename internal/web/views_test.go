package web

import (
	"encoding/json"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"
)

// TestViewsSeeOtherWriters stores documents behind the server's back (as
// `sitrep ingest` beside a running server does) and through its API while
// clients read: every answer succeeds, an ingest through the API shows at
// once, and the others show up soon after.
func TestViewsSeeOtherWriters(t *testing.T) {
	st := openTestStore(t)
	fixtureDocs(t, st)
	s := newTestServer(t, st, nil)
	count := func() int {
		w := do(t, s, "GET", "/api/v1/claims?limit=1000", nil, nil)
		var e struct{ Data []json.RawMessage }
		if err := json.Unmarshal(w.Body.Bytes(), &e); err != nil || w.Code != 200 {
			t.Errorf("claims: status %d: %v", w.Code, err)
		}
		return len(e.Data)
	}
	if got, want := count(), 4; got != want {
		t.Fatalf("claims = %d, want %d", got, want)
	}
	stop := make(chan struct{})
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				for _, target := range []string{"/api/v1/claims?source=agency", "/api/v1/estimates", "/"} {
					if w := do(t, s, "GET", target, nil, nil); w.Code != 200 {
						t.Errorf("%s: status %d", target, w.Code)
					}
				}
			}
		}()
	}
	for i := range 5 {
		text := fmt.Sprintf("Report %d: the ministry said 40%d drones were launched.", i, i)
		putDoc(t, st, fmt.Sprintf("outside %d", i), "", "2025-02-01", text,
			claimSpec{quote: fmt.Sprintf("40%d drones", i), source: "ministry", srcType: "government", value: exact(float64(400 + i)),
				what: "drones", measure: "launched", actor: "Russia"})
	}
	w := do(t, s, "POST", "/api/v1/ingest", strings.NewReader("Posted line.\nMore."), map[string]string{"Content-Type": "text/plain"})
	if w.Code != 200 {
		t.Fatalf("ingest: status %d: %s", w.Code, w.Body)
	}
	// The API ingest clears the views: its claim and the five stored
	// before it are there at once.
	if got, want := count(), 4+5+1; got != want {
		t.Errorf("claims right after an API ingest = %d, want %d", got, want)
	}
	putDoc(t, st, "outside late", "", "", "The ministry said 7 drones were launched.",
		claimSpec{quote: "7 drones", source: "ministry", srcType: "government", value: exact(7)})
	deadline := time.Now().Add(10 * time.Second)
	for count() != 11 && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
	}
	close(stop)
	wg.Wait()
	if got, want := count(), 11; got != want {
		t.Errorf("claims after a document stored by another writer = %d, want %d", got, want)
	}
}
