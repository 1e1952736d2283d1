package watch

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/time/rate"

	"github.com/sitrep/sitrep/internal/alert"
	"github.com/sitrep/sitrep/internal/news"
	"github.com/sitrep/sitrep/internal/store"
	"github.com/sitrep/sitrep/internal/store/postgres/pgtest"
)

// figureRE is the one sentence shape the stub analyzer understands.
var figureRE = regexp.MustCompile(`(?m)^(.+?) said on (\d{4}-\d{2}-\d{2}) that (\d+) North Korean troops were in Kursk\.`)

// stubAnalyzer turns each sentence of figureRE's shape into a quantity
// claim, so the tests depend on the watcher and not on the analysis. Its
// hook runs before each document, to stop a run mid-document.
type stubAnalyzer struct {
	hook func(d *news.Doc)
}

func (a *stubAnalyzer) Run(ctx context.Context, d *news.Doc) error {
	if a.hook != nil {
		a.hook(d)
	}
	for _, m := range figureRE.FindAllStringSubmatchIndex(d.Text, -1) {
		source, date, num := d.Text[m[2]:m[3]], d.Text[m[4]:m[5]], d.Text[m[6]:m[7]]
		var v float64
		fmt.Sscan(num, &v)
		end := m[7] + len(" North Korean troops")
		d.Claims = append(d.Claims, news.Claim{Type: news.ClaimQuantity, Start: m[6], End: end, Quote: d.Text[m[6]:end],
			Sentence: d.Text[m[0]:m[1]], NumberText: news.Str(num), Value: &news.Value{Kind: news.KindExact, V: v},
			Noun: news.Str("troops"), What: news.Str("personnel"), Measure: news.Str("deployed"),
			Actor: news.Str("North Korea"), Location: news.Str("Kursk"),
			Source: news.Source{Name: source, Type: news.SourceAgency}, Via: []string{}, Cue: news.Str("said"),
			Hedge: news.HedgeAsserted, SaidOn: news.Str(date)})
	}
	// Simulate the cost of analysis being interrupted: a real pipeline
	// would see ctx; the watcher must not hand it a cancelled one.
	return ctx.Err()
}

// site serves a feed and its article pages on loopback, with ETags; the
// feed's items can change between polls, and every request is counted.
type site struct {
	mu       sync.Mutex
	srv      *httptest.Server
	items    []string // article paths listed in the feed, newest last
	pages    map[string]string
	hits     map[string]int
	failFeed int // answer the feed with 500 this many times
	// full lists the articles the feed carries in full (content:encoded),
	// so their pages need not be fetched.
	full map[string]bool
}

func newSite(t *testing.T) *site {
	s := &site{pages: map[string]string{}, hits: map[string]int{}, full: map[string]bool{}}
	s.srv = httptest.NewServer(s)
	t.Cleanup(s.srv.Close)
	return s
}

// add publishes an article and lists it in the feed.
func (s *site) add(path, text string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.pages[path] = text
	s.items = append(s.items, path)
}

func (s *site) count(path string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.hits[path]
}

func (s *site) feed() string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Loopback Wire</title><link>` + s.srv.URL + `/</link>`)
	for i, p := range s.items {
		fmt.Fprintf(&b, `<item><title>Report %d</title><link>%s%s</link><pubDate>Mon, %02d Jan 2025 08:00:00 GMT</pubDate>`+
			`<description>Short teaser.</description>`, i+1, s.srv.URL, p, 10+i)
		if s.full[p] {
			var paras strings.Builder
			for _, line := range strings.Split(strings.TrimSpace(s.pages[p]), "\n") {
				if line != "" {
					paras.WriteString("<p>" + line + "</p>")
				}
			}
			for range 20 {
				paras.WriteString("<p>Residents of the border villages described shelling through the night and long queues for water.</p>")
			}
			fmt.Fprintf(&b, `<content:encoded><![CDATA[%s]]></content:encoded>`, paras.String())
		}
		b.WriteString(`</item>`)
	}
	b.WriteString(`</channel></rss>`)
	return b.String()
}

func (s *site) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.hits[r.URL.Path]++
	var body, ctype string
	if r.URL.Path == "/feed.xml" {
		if s.failFeed > 0 {
			s.failFeed--
			http.Error(w, "down", http.StatusInternalServerError)
			return
		}
		body, ctype = s.feed(), "application/rss+xml"
	} else {
		p, ok := s.pages[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		body, ctype = p, "text/plain; charset=utf-8"
	}
	h := sha256.Sum256([]byte(body))
	etag := `"` + hex.EncodeToString(h[:8]) + `"`
	if r.Header.Get("If-None-Match") == etag {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	w.Header().Set("ETag", etag)
	w.Header().Set("Content-Type", ctype)
	fmt.Fprint(w, body)
}

// article is a plain-text report with one figure the stub analyzer reads.
func article(source, date string, n int) string {
	return fmt.Sprintf("Report from the front\n\n%s said on %s that %d North Korean troops were in Kursk. "+
		"The figure could not be independently verified.\n", source, date, n)
}

// clock is a fake time that tests move by hand.
type clock struct{ t time.Time }

func (c *clock) now() time.Time { return c.t }

// memSink records what it is handed; fail makes it refuse.
type memSink struct {
	mu   sync.Mutex
	name string
	got  []alert.Alert
	fail bool
}

func (m *memSink) Name() string { return m.name }

func (m *memSink) Deliver(_ context.Context, a alert.Alert) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.fail {
		return fmt.Errorf("sink %s refuses", m.name)
	}
	m.got = append(m.got, a)
	return nil
}

func (m *memSink) kinds() map[alert.Kind]int {
	m.mu.Lock()
	defer m.mu.Unlock()
	out := map[alert.Kind]int{}
	for _, a := range m.got {
		out[a.Kind]++
	}
	return out
}

// env is a store, its alert log and a watcher over them.
type env struct {
	dsn   string
	st    store.Store
	log   *alert.Log
	clock *clock
}

func newEnv(t *testing.T) *env {
	return newEnvAt(t, filepath.Join(t.TempDir(), "watch.db"))
}

// newEnvAt is newEnv on the empty store at dsn, SQLite or PostgreSQL.
func newEnvAt(t *testing.T, dsn string) *env {
	return openEnv(t, dsn, &clock{t: time.Date(2025, 1, 20, 8, 0, 0, 0, time.UTC)})
}

// eachStore runs test once per kind of store, each on an empty one: the
// watcher keeps its state and alerts in PostgreSQL as it does in SQLite.
// The PostgreSQL run skips without a test database (see pgtest).
func eachStore(t *testing.T, test func(t *testing.T, dsn string)) {
	t.Helper()
	for _, b := range []struct {
		name string
		dsn  func(t *testing.T) string
	}{
		{"sqlite", func(t *testing.T) string { return filepath.Join(t.TempDir(), "watch.db") }},
		{"postgres", func(t *testing.T) string { return pgtest.Fresh(t) }},
	} {
		t.Run(b.name, func(t *testing.T) { test(t, b.dsn(t)) })
	}
}

func TestMain(m *testing.M) { pgtest.Main(m) }

// openEnv opens the store and the log at dsn, as a (re)started process does.
func openEnv(t *testing.T, dsn string, c *clock) *env {
	ctx := context.Background()
	st, err := store.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	log, err := alert.OpenLog(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { log.Close() })
	return &env{dsn: dsn, st: st, log: log, clock: c}
}

func (e *env) watcher(an *stubAnalyzer, sinks []alert.Sink, sources ...string) *Watcher {
	return &Watcher{Store: e.st, Analyzer: an, Log: e.log, Sinks: sinks, Sources: sources,
		Every: time.Minute, PerHost: rate.Inf, AllowPrivate: true, Now: e.clock.now}
}
