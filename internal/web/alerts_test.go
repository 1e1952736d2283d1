package web

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sitrep/sitrep/internal/alert"
	"github.com/sitrep/sitrep/internal/news"
	"github.com/sitrep/sitrep/internal/store"
	"github.com/sitrep/sitrep/internal/store/postgres/pgtest"
)

var alertTime = time.Date(2025, 1, 16, 9, 30, 0, 0, time.UTC)

// alertServer serves the fixture documents with an alert log in the same
// SQLite file, as `sitrep serve` does with the store `sitrep watch` fills.
func alertServer(t testing.TB) (*Server, *alert.Log, []*store.Document) {
	t.Helper()
	return alertServerAt(t, filepath.Join(t.TempDir(), "web.db"))
}

// alertServerAt is alertServer on the store at dsn, SQLite or PostgreSQL.
func alertServerAt(t testing.TB, dsn string) (*Server, *alert.Log, []*store.Document) {
	t.Helper()
	st := openTestStoreDSN(t, dsn)
	docs := fixtureDocs(t, st)
	l := openAlertLog(t, dsn)
	s := newTestServer(t, st, func(c *Config) { c.Alerts, c.AlertPoll = l, 10*time.Millisecond })
	return s, l, docs
}

// eachAlertStore runs test once per kind of store, each on an empty one:
// the alert pages and API serve PostgreSQL stores as they serve SQLite
// ones. The PostgreSQL run skips without a test database (see pgtest).
func eachAlertStore(t *testing.T, test func(t *testing.T, dsn string)) {
	t.Helper()
	for _, b := range []struct {
		name string
		dsn  func(t *testing.T) string
	}{
		{"sqlite", func(t *testing.T) string { return filepath.Join(t.TempDir(), "web.db") }},
		{"postgres", func(t *testing.T) string { return pgtest.Fresh(t) }},
	} {
		t.Run(b.name, func(t *testing.T) { test(t, b.dsn(t)) })
	}
}

func openTestStoreDSN(t testing.TB, dsn string) store.Store {
	t.Helper()
	st, err := store.Open(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func openAlertLog(t testing.TB, dsn string) *alert.Log {
	t.Helper()
	l, err := OpenAlerts(context.Background(), dsn)
	if err != nil || l == nil {
		t.Fatalf("open alert log: %v (log %v)", err, l)
	}
	t.Cleanup(func() { l.Close() })
	return l
}

// newAlert is an alert about a claim of doc.
func newAlert(key, quote, link string, doc *store.Document) alert.Alert {
	a := alert.Alert{Key: key, Rule: "troops", Kind: alert.NewPoint, Title: "New figure " + key,
		Detail: "range so far 3,000 – 12,000", Quote: quote, Link: link,
		Source: news.Source{Name: "Pentagon", Type: news.SourceMilitary}}
	if doc != nil {
		a.Doc = doc.ID
		if len(doc.Claims) > 0 {
			a.Claim = doc.Claims[0].ID
		}
	}
	return a
}

// record writes alerts into the log as the watcher does.
func record(t testing.TB, l *alert.Log, as ...alert.Alert) {
	t.Helper()
	raised, err := l.Commit(context.Background(), as, 0, alertTime)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := len(raised), len(as); got != want {
		t.Fatalf("recorded %d alerts, want %d", got, want)
	}
}

const scriptQuote = `officials said <script>alert(1)</script> 3,000 troops`

// threeAlerts records alerts 1..3, the second quoting markup.
func threeAlerts(t *testing.T, l *alert.Log, docs []*store.Document) {
	t.Helper()
	record(t, l,
		newAlert("a", "3,000 troops", "https://example.org/pentagon", docs[2]),
		newAlert("b", scriptQuote, "javascript:alert(2)", docs[2]),
		newAlert("c", "12,000 troops", "/srv/feeds/kyiv.txt", docs[1]))
}

func alertIDs(t *testing.T, data json.RawMessage) []int64 {
	t.Helper()
	var as []alert.Alert
	if err := json.Unmarshal(data, &as); err != nil {
		t.Fatalf("data is not a list of alerts: %v: %.100s", err, data)
	}
	ids := []int64{}
	for _, a := range as {
		ids = append(ids, a.ID)
	}
	return ids
}

func TestAPIAlerts(t *testing.T) { eachAlertStore(t, testAPIAlerts) }

func testAPIAlerts(t *testing.T, dsn string) {
	s, l, docs := alertServerAt(t, dsn)
	threeAlerts(t, l, docs)
	tests := []struct {
		name, target string
		want         string // ids, oldest first
		warnings     int
	}{
		{"latest", "/api/v1/alerts", "[1 2 3]", 0},
		{"latest two", "/api/v1/alerts?limit=2", "[2 3]", 0},
		{"after", "/api/v1/alerts?after=1", "[2 3]", 0},
		{"after with limit", "/api/v1/alerts?after=1&limit=1", "[2]", 0},
		{"after the last", "/api/v1/alerts?after=3", "[]", 0},
		{"unknown parameter", "/api/v1/alerts?since=1", "[1 2 3]", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := do(t, s, "GET", tt.target, nil, nil)
			if got, want := w.Code, http.StatusOK; got != want {
				t.Fatalf("status = %d, want %d: %s", got, want, w.Body)
			}
			e := decode(t, w)
			if got, want := e.Status, "success"; got != want {
				t.Errorf("status = %q, want %q", got, want)
			}
			if got := strings.TrimSpace(string(e.Data)); !strings.HasPrefix(got, "[") {
				t.Errorf("data = %.40s, want a list", got)
			}
			if got := formatIDs(alertIDs(t, e.Data)); got != tt.want {
				t.Errorf("ids = %s, want %s", got, tt.want)
			}
			if got, want := len(e.Warnings), tt.warnings; got != want {
				t.Errorf("warnings = %q, want %d", e.Warnings, want)
			}
		})
	}
	// JSON of an alert quoting markup stays inert even if served as HTML.
	if body := do(t, s, "GET", "/api/v1/alerts?after=1&limit=1", nil, nil).Body.String(); strings.Contains(body, "<script>") ||
		!strings.Contains(body, `\u003cscript\u003e`) {
		t.Errorf("alert JSON does not escape markup: %.300s", body)
	}
}

func formatIDs(ids []int64) string {
	b, _ := json.Marshal(ids)
	return strings.ReplaceAll(string(b), ",", " ")
}

func TestAPIAlertsBadParams(t *testing.T) {
	s, _, _ := alertServer(t)
	for _, tt := range []struct{ name, query, want string }{
		{"limit zero", "limit=0", "limit"},
		{"limit too large", "limit=1001", "limit"},
		{"limit not a number", "limit=ten", "limit"},
		{"negative after", "after=-1", "after"},
		{"after not a number", "after=1e3", "after"},
		{"after twice", "after=1&after=2", "after"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			w := do(t, s, "GET", "/api/v1/alerts?"+tt.query, nil, nil)
			if got, want := w.Code, http.StatusBadRequest; got != want {
				t.Fatalf("status = %d, want %d: %s", got, want, w.Body)
			}
			e := decode(t, w)
			if got, want := e.ErrorType, "bad_data"; got != want {
				t.Errorf("errorType = %q, want %q", got, want)
			}
			if !strings.Contains(e.Error, tt.want) {
				t.Errorf("error %q does not name %q", e.Error, tt.want)
			}
		})
	}
	if got, want := do(t, s, "GET", "/api/v1/alerts/stream?after=x", nil, nil).Code, http.StatusBadRequest; got != want {
		t.Errorf("stream with a bad id: status = %d, want %d", got, want)
	}
}

// openStream connects to the alert stream; the server has fixed where the
// stream starts once this returns.
func openStream(t *testing.T, ctx context.Context, url string) *bufio.Scanner {
	t.Helper()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { resp.Body.Close() })
	if got, want := resp.StatusCode, http.StatusOK; got != want {
		t.Fatalf("stream status = %d, want %d", got, want)
	}
	if got, want := resp.Header.Get("Content-Type"), "text/event-stream"; got != want {
		t.Fatalf("stream content type = %q, want %q", got, want)
	}
	return bufio.NewScanner(resp.Body)
}

// nextEvent reads the stream up to the end of its next event.
func nextEvent(t *testing.T, sc *bufio.Scanner) (event, id, data string) {
	t.Helper()
	for sc.Scan() {
		line := sc.Text()
		switch {
		case line == "" && event != "":
			return event, id, data
		case strings.HasPrefix(line, "event: "):
			event = strings.TrimPrefix(line, "event: ")
		case strings.HasPrefix(line, "id: "):
			id = strings.TrimPrefix(line, "id: ")
		case strings.HasPrefix(line, "data: "):
			data = strings.TrimPrefix(line, "data: ")
		}
	}
	t.Fatalf("stream ended before an event: %v", sc.Err())
	return
}

func TestAlertStreamDeliversNewAlert(t *testing.T) {
	eachAlertStore(t, testAlertStreamDeliversNewAlert)
}

func testAlertStreamDeliversNewAlert(t *testing.T, dsn string) {
	s, l, docs := alertServerAt(t, dsn)
	record(t, l, newAlert("old", "3,000 troops", "", docs[2]))
	srv := httptest.NewServer(s.Handler())
	defer srv.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	sc := openStream(t, ctx, srv.URL+"/api/v1/alerts/stream")
	record(t, l, newAlert("new", scriptQuote, "", docs[2]))
	event, id, data := nextEvent(t, sc)
	if got, want := event, "alert"; got != want {
		t.Errorf("event = %q, want %q", got, want)
	}
	if got, want := id, "2"; got != want {
		t.Errorf("id = %q, want %q (the alert written after connecting, not the old one)", got, want)
	}
	var a alert.Alert
	if err := json.Unmarshal([]byte(data), &a); err != nil {
		t.Fatalf("data is not an alert: %v: %s", err, data)
	}
	if got, want := a.Quote, scriptQuote; got != want {
		t.Errorf("quote = %q, want %q", got, want)
	}
	if strings.Contains(data, "<script>") {
		t.Errorf("event data holds raw markup: %s", data)
	}
}

// TestAlertStreamEndsOnShutdown: an open stream must not hold the server's
// graceful shutdown until its timeout.
func TestAlertStreamEndsOnShutdown(t *testing.T) {
	s, _, _ := alertServer(t)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- s.Serve(ctx, ln) }()
	cctx, ccancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer ccancel()
	openStream(t, cctx, "http://"+ln.Addr().String()+"/api/v1/alerts/stream")
	cancel()
	if err := <-done; err != nil {
		t.Errorf("serve: %v", err)
	}
}

func TestAlertsPage(t *testing.T) { eachAlertStore(t, testAlertsPage) }

func testAlertsPage(t *testing.T, dsn string) {
	s, l, docs := alertServerAt(t, dsn)
	threeAlerts(t, l, docs)
	w := do(t, s, "GET", "/alerts", nil, nil)
	if got, want := w.Code, http.StatusOK; got != want {
		t.Fatalf("status = %d, want %d: %.300s", got, want, w.Body)
	}
	body := w.Body.String()
	for _, tt := range []struct{ name, want string }{
		{"badge knows the latest id", `data-latest="3"`},
		{"title", "New figure c"},
		{"detail", "range so far 3,000 – 12,000"},
		{"quote escaped", "officials said &lt;script&gt;alert(1)&lt;/script&gt; 3,000 troops"},
		{"claim link", `href="/docs/` + docs[2].ID + `#claim-` + docs[2].Claims[0].ID + `"`},
		{"web link", `href="https://example.org/pentagon"`},
		{"file read from, as text", `<small class="alert-link">/srv/feeds/kyiv.txt</small>`},
		{"javascript link as text", `<small class="alert-link">javascript:alert(2)</small>`},
		{"source", "Pentagon"},
		{"time", "2025-01-16 09:30 UTC"},
		{"script", `<script src="/static/alerts.js" defer></script>`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if !strings.Contains(body, tt.want) {
				t.Errorf("page lacks %q", tt.want)
			}
		})
	}
	for _, bad := range []string{"<script>alert", `href="javascript:`} {
		if strings.Contains(body, bad) {
			t.Errorf("page holds %q", bad)
		}
	}
	if i, j := strings.Index(body, `id="alert-3"`), strings.Index(body, `id="alert-1"`); i < 0 || j < 0 || i > j {
		t.Errorf("alerts not newest first: alert-3 at %d, alert-1 at %d", i, j)
	}
	if got := do(t, s, "GET", "/static/alerts.js", nil, nil).Body.String(); !strings.Contains(got, "EventSource") {
		t.Errorf("alerts.js is not served: %.100s", got)
	}
}

func TestAlertsEmpty(t *testing.T) { eachAlertStore(t, testAlertsEmpty) }

func testAlertsEmpty(t *testing.T, dsn string) {
	s, _, _ := alertServerAt(t, dsn)
	body := do(t, s, "GET", "/alerts", nil, nil).Body.String()
	for _, want := range []string{"No alerts yet", `id="alert-list"`, `data-latest="0"`} {
		if !strings.Contains(body, want) {
			t.Errorf("page lacks %q", want)
		}
	}
}

// TestAlertStreamsShareTheStore: several `sitrep serve` processes behind
// one address, each with its own connection to the store, all stream every
// alert a watcher records.
func TestAlertStreamsShareTheStore(t *testing.T) {
	eachAlertStore(t, testAlertStreamsShareTheStore)
}

func testAlertStreamsShareTheStore(t *testing.T, dsn string) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	var streams []*bufio.Scanner
	for range 2 {
		s, _, _ := alertServerAtShared(t, dsn)
		srv := httptest.NewServer(s.Handler())
		t.Cleanup(srv.Close)
		streams = append(streams, openStream(t, ctx, srv.URL+"/api/v1/alerts/stream"))
	}
	watcher := openAlertLog(t, dsn)
	record(t, watcher, newAlert("a", "3,000 troops", "", nil), newAlert("b", "12,000 troops", "", nil))
	for i, sc := range streams {
		var ids []string
		for range 2 {
			_, id, _ := nextEvent(t, sc)
			ids = append(ids, id)
		}
		if got, want := strings.Join(ids, ","), "1,2"; got != want {
			t.Errorf("server %d streamed %s, want %s", i, got, want)
		}
	}
}

// alertServerAtShared is alertServerAt for a store other servers have
// filled already: it adds no documents.
func alertServerAtShared(t testing.TB, dsn string) (*Server, *alert.Log, store.Store) {
	t.Helper()
	st := openTestStoreDSN(t, dsn)
	l := openAlertLog(t, dsn)
	return newTestServer(t, st, func(c *Config) { c.Alerts, c.AlertPoll = l, 10*time.Millisecond }), l, st
}

// TestAlertsUnavailable: a server configured without an alert log still
// serves every page; the alert pieces say why they are empty.
func TestAlertsUnavailable(t *testing.T) {
	st := openTestStore(t)
	fixtureDocs(t, st)
	s := newTestServer(t, st, nil)
	for _, tt := range []struct {
		name, target string
		code         int
		want         string
	}{
		{"overview badge", "/", 200, `title="alerts are unavailable on this server"`},
		{"alerts page", "/alerts", 200, "alerts are unavailable on this server"},
		{"list", "/api/v1/alerts", 503, `"errorType":"unavailable"`},
		{"stream", "/api/v1/alerts/stream", 503, `"errorType":"unavailable"`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			w := do(t, s, "GET", tt.target, nil, nil)
			if got, want := w.Code, tt.code; got != want {
				t.Fatalf("status = %d, want %d: %.300s", got, want, w.Body)
			}
			if !strings.Contains(w.Body.String(), tt.want) {
				t.Errorf("answer lacks %q: %.300s", tt.want, w.Body)
			}
			if strings.Contains(w.Body.String(), "data-latest") {
				t.Error("badge set up for live counting without an alert log")
			}
		})
	}
}

// BenchmarkAlerts measures the alert listing and page over a log of 2,000
// alerts, and the cost the badge adds to every other page.
func BenchmarkAlerts(b *testing.B) {
	s, l, docs := alertServer(b)
	var as []alert.Alert
	for i := range 2000 {
		as = append(as, newAlert(fmt.Sprint("k", i), scriptQuote, "https://example.org/r", docs[i%len(docs)]))
	}
	record(b, l, as...)
	h := s.Handler()
	for _, target := range []string{"/api/v1/alerts", "/api/v1/alerts?after=1000&limit=500", "/alerts", "/sources"} {
		b.Run(target, func(b *testing.B) {
			for b.Loop() {
				w := httptest.NewRecorder()
				h.ServeHTTP(w, httptest.NewRequest("GET", target, nil))
				if w.Code != http.StatusOK {
					b.Fatalf("status %d: %.200s", w.Code, w.Body)
				}
			}
		})
	}
}

func FuzzParseAlertQuery(f *testing.F) {
	for _, s := range []string{"", "after=3&limit=2", "limit=0", "after=-1", "after=1&after=2", "limit=%ff", "after=99999999999999999999", "x=1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		q, err := url.ParseQuery(raw)
		if err != nil {
			return
		}
		aq, _, err := parseAlertQuery(q)
		if err != nil {
			return
		}
		if aq.limit < 1 || aq.limit > maxAlertsLimit {
			t.Fatalf("limit %d outside 1..%d", aq.limit, maxAlertsLimit)
		}
		if aq.after < -1 || (aq.after == -1) != (strings.TrimSpace(q.Get("after")) == "") {
			t.Fatalf("after %d from %q", aq.after, q.Get("after"))
		}
	})
}
