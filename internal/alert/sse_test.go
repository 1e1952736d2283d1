package alert

import (
	"bufio"
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// readEvents reads n events' ids and data lines from an SSE stream.
// onOpen runs once the stream's headers arrived, that is once the server
// has fixed where the stream starts.
func readEvents(t *testing.T, url, lastID string, n int, onOpen func()) []string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if lastID != "" {
		req.Header.Set("Last-Event-ID", lastID)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if onOpen != nil {
		onOpen()
	}
	if got, want := resp.Header.Get("Content-Type"), "text/event-stream"; got != want {
		t.Fatalf("content type %q, want %q", got, want)
	}
	var ids []string
	sc := bufio.NewScanner(resp.Body)
	for len(ids) < n && sc.Scan() {
		if id, ok := strings.CutPrefix(sc.Text(), "id: "); ok {
			ids = append(ids, id)
		}
	}
	return ids
}

func TestSSE(t *testing.T) { eachStore(t, testSSE) }

func testSSE(t *testing.T, dsn string) {
	ctx := context.Background()
	l := openLog(t, dsn)
	if _, err := l.Commit(ctx, sample("a", "b"), 1, t0); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(SSE(l, 5*time.Millisecond))
	defer srv.Close()
	for _, tc := range []struct {
		name, path, lastID string
		later              []string // alerts recorded while the client listens
		want               string
	}{
		{"resume after id 1", "/", "1", nil, "2"},
		{"backlog", "/?backlog=2", "", nil, "1,2"},
		{"after param", "/?after=0", "", nil, "1,2"},
		{"new client sees what comes next", "/", "", []string{"c"}, "3"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			onOpen := func() {
				if tc.later != nil {
					if _, err := l.Commit(ctx, sample(tc.later...), 1, t0); err != nil {
						t.Error(err)
					}
				}
			}
			got := readEvents(t, srv.URL+tc.path, tc.lastID, len(strings.Split(tc.want, ",")), onOpen)
			if strings.Join(got, ",") != tc.want {
				t.Errorf("event ids %v, want %s", got, tc.want)
			}
		})
	}
	resp, err := http.Get(srv.URL + "/?after=x")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusBadRequest {
		t.Errorf("bad id: status %d, want 400", resp.StatusCode)
	}
}
