package ingest

import (
	"context"
	"fmt"
	"html"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/sitrep/sitrep/internal/news"
	"github.com/sitrep/sitrep/internal/store"
	"github.com/sitrep/sitrep/internal/store/sqlite"
)

// wordClaims is a stand-in analysis: one statement claim per line, so tests
// do not depend on the real stages.
type wordClaims struct{}

func (wordClaims) Run(_ context.Context, d *news.Doc) error {
	off := 0
	for _, line := range strings.SplitAfter(d.Text, "\n") {
		q := strings.TrimRight(line, "\n")
		if q != "" {
			d.Claims = append(d.Claims, news.Claim{Type: news.ClaimStatement, Start: off, End: off + len(q), Quote: q,
				Sentence: q, Source: news.Source{Name: "the outlet", Type: news.SourceOutlet}, Via: []string{}, Hedge: news.HedgeAsserted})
		}
		off += len(line)
	}
	return nil
}

func openStore(t testing.TB) store.Store {
	t.Helper()
	db, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// run ingests sources and returns the stats and the failures by input.
func run(t *testing.T, st store.Store, allowPrivate bool, sources ...string) (Stats, map[string]string) {
	t.Helper()
	var mu sync.Mutex
	failed := map[string]string{}
	in := &Ingester{Store: st, Analyzer: wordClaims{}, Workers: 3,
		Fetcher: NewFetcher(FetchOptions{AllowPrivate: allowPrivate}),
		Stdin:   strings.NewReader("Text from stdin.\nSecond line."),
		Report: func(r Result) {
			mu.Lock()
			defer mu.Unlock()
			if r.Err != nil {
				failed[r.Input] = r.Err.Error()
			}
		}}
	stats, err := in.Ingest(context.Background(), sources)
	if err != nil {
		t.Fatalf("Ingest: %v", err)
	}
	return stats, failed
}

func allClaimIDs(t *testing.T, st store.Store) []string {
	t.Helper()
	cs, err := st.Claims(context.Background(), store.ClaimFilter{})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, c := range cs {
		ids = append(ids, c.ID)
	}
	sort.Strings(ids)
	return ids
}

func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, body := range files {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestIngestFilesTwice(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"a.txt":          "Officials said 40 drones were launched.\nThe mayor said two people were hurt.",
		"sub/b.txt":      "Kyiv reported 12 missiles overnight.",
		"sub/deep/c.txt": "Seoul said 11,000 troops were deployed.",
		".hidden.txt":    "not ingested",
		"bad.txt":        "caf\xe9",
		"copy/a.txt":     "Officials said 40 drones were launched.\nThe mayor said two people were hurt.",
	})
	st := openStore(t)
	stats, failed := run(t, st, false, dir, "-", filepath.Join(dir, "sub", "*.txt"), filepath.Join(dir, "none*.txt"))
	if got, want := stats.Added, 4; got != want {
		t.Errorf("added = %d, want %d (stats %+v)", got, want, stats)
	}
	if got, want := stats.Unchanged, 2; got != want { // copy/a.txt and the glob's b.txt
		t.Errorf("unchanged = %d, want %d", got, want)
	}
	wantFailed := map[string]string{
		filepath.Join(dir, "bad.txt"):   "invalid UTF-8",
		filepath.Join(dir, "none*.txt"): "no files match",
	}
	for in, msg := range wantFailed {
		if !strings.Contains(failed[in], msg) {
			t.Errorf("failure of %s = %q, want %q", in, failed[in], msg)
		}
	}
	if len(failed) != len(wantFailed) {
		t.Errorf("failures = %v", failed)
	}
	before := allClaimIDs(t, st)
	if got, want := len(before), 6; got != want {
		t.Errorf("claims = %d, want %d", got, want)
	}

	stats, _ = run(t, st, false, dir, "-")
	if stats.Added != 0 || stats.Unchanged != 5 {
		t.Errorf("second run: %+v, want 0 added, 5 unchanged", stats)
	}
	after := allClaimIDs(t, st)
	if strings.Join(after, ",") != strings.Join(before, ",") {
		t.Errorf("claims changed on the second run")
	}
	docs, _ := st.Documents(context.Background(), store.DocFilter{})
	if got, want := len(docs), 4; got != want {
		t.Errorf("documents = %d, want %d", got, want)
	}
}

func page(title, date, body string) string {
	var ps strings.Builder
	for _, p := range strings.Split(body, "\n") {
		ps.WriteString("<p>" + html.EscapeString(p) + "</p>\n")
	}
	return `<!doctype html><html lang="en"><head><title>` + html.EscapeString(title) + ` | Example Wire</title>
<meta property="og:title" content="` + html.EscapeString(title) + `">
<meta property="og:site_name" content="Example Wire"><meta property="article:published_time" content="` + date + `">
</head><body><header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav></header>
<main><article><h1>` + html.EscapeString(title) + `</h1>` + ps.String() + `</article></main>
<aside>Most read: weather, football, markets.</aside><footer>Copyright Example Wire. Subscribe to our newsletter.</footer></body></html>`
}

const storyBody = `Ukraine's air force said on Wednesday that Russia launched 120 drones and four missiles overnight, and that 95 drones were shot down over eleven regions.
The mayor of Kharkiv said falling debris damaged three apartment buildings and a school, and that two people were taken to hospital with light injuries.
Officials in Kyiv said the attack was one of the largest of the month and called on allies to speed up deliveries of air defence systems before winter.`

func feedServer(t *testing.T) *httptest.Server {
	mux := http.NewServeMux()
	var srv *httptest.Server
	mux.HandleFunc("/a", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, page("Russia launches 120 drones", "2025-04-02T06:00:00Z", storyBody))
	})
	mux.HandleFunc("/b", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, page("Seoul says troops train with drones", "2025-03-06T08:00:00Z",
			"South Korea's spy agency said on March 5 that North Korean soldiers in Russia are learning drone tactics, according to lawmakers briefed on the matter.\nThe agency said about 11,000 troops had been deployed to the Kursk region since October, and that a second deployment was likely."))
	})
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/xml") // sniffing must see the feed
		full := strings.Repeat("<p>Air defence units reported intercepting drones over the capital for the third night in a row, officials said.</p>", 20)
		fmt.Fprintf(w, `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Example Wire</title><link>%[1]s</link>
<item><title>Russia launches 120 drones</title><link>%[1]s/a</link><pubDate>Wed, 02 Apr 2025 06:00:00 GMT</pubDate><description>teaser</description></item>
<item><title>Seoul says troops train with drones</title><link>/b</link></item>
<item><title>Gone</title><link>%[1]s/gone</link></item>
<item><title>Third night of attacks</title><guid>x-3</guid><content:encoded><![CDATA[%[2]s]]></content:encoded></item>
</channel></rss>`, srv.URL, full)
	})
	mux.HandleFunc("/broken.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><item><title>x</ti`)
	})
	mux.HandleFunc("/copy", func(w http.ResponseWriter, r *http.Request) {
		// The same wire story on another site: other boilerplate, other title.
		body := "<html><head><title>Drones over Ukraine - Other Daily</title></head><body><div class=menu>Politics Business Culture Opinion</div><div class=story>"
		for _, p := range strings.Split(storyBody, "\n") {
			body += "<p>" + p + "</p>"
		}
		fmt.Fprint(w, body+"</div><div class=related>Related: five tips for winter gardening</div></body></html>")
	})
	srv = httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func TestIngestURLsAndFeeds(t *testing.T) {
	srv := feedServer(t)
	st := openStore(t)

	// Without --allow-private the loopback server is refused.
	stats, failed := run(t, st, false, srv.URL+"/a")
	if stats.Failed != 1 || !strings.Contains(failed[srv.URL+"/a"], "private") {
		t.Fatalf("loopback fetch without AllowPrivate: %+v %v", stats, failed)
	}

	stats, failed = run(t, st, true, srv.URL+"/feed.xml", srv.URL+"/broken.xml", srv.URL+"/copy", "ftp://example.com/x")
	if got, want := stats.Added, 4; got != want { // /a, /b, the full-text item, /copy
		t.Errorf("added = %d, want %d (%+v, failures %v)", got, want, stats, failed)
	}
	for in, msg := range map[string]string{
		srv.URL + "/gone":       "404",
		srv.URL + "/broken.xml": "malformed feed",
		"ftp://example.com/x":   "unsupported URL scheme",
	} {
		if !strings.Contains(failed[in], msg) {
			t.Errorf("failure of %s = %q, want %q", in, failed[in], msg)
		}
	}
	docs, err := st.Documents(context.Background(), store.DocFilter{})
	if err != nil {
		t.Fatal(err)
	}
	bySource := map[string]store.Document{}
	for _, d := range docs {
		bySource[d.Source] = d
	}
	a, ok := bySource[srv.URL+"/a"]
	if !ok {
		t.Fatalf("page /a not stored: %v", docs)
	}
	if a.Meta.Title != "Russia launches 120 drones" || a.Meta.Outlet != "Example Wire" || a.Meta.Published.Format("2006-01-02") != "2025-04-02" {
		t.Errorf("page /a meta = %+v", a.Meta)
	}
	if b := bySource[srv.URL+"/b"]; b.Meta.Published.IsZero() || b.ContentType != "text/html" {
		t.Errorf("page /b (relative link) = %+v", b)
	}
	// Workers race, so either may have come first: they share one story.
	if cp := bySource[srv.URL+"/copy"]; cp.Story != a.Story || cp.ID == a.ID {
		t.Errorf("syndicated copy: story = %.12s, want %.12s", cp.Story, a.Story)
	}
	full := bySource[srv.URL+"/feed.xml#item4"]
	if full.ID == "" || full.Meta.Title != "Third night of attacks" {
		t.Errorf("full-text feed item not stored from the feed: %+v", full)
	}
	d, err := st.Document(context.Background(), a.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(d.Text, "Russia launches 120 drones\nUkraine's air force said") || strings.Contains(d.Text, "Subscribe") {
		t.Errorf("page text = %q", d.Text)
	}
	if !strings.Contains(string(d.Raw), "<footer>") {
		t.Errorf("raw bytes not stored")
	}

	stats, _ = run(t, st, true, srv.URL+"/feed.xml", srv.URL+"/copy")
	if stats.Added != 0 {
		t.Errorf("second run added %d documents", stats.Added)
	}
}

// TestSeedCopyIsSameStory ingests the shared seeds and an HTML copy of one
// with its own boilerplate.
func TestSeedCopyIsSameStory(t *testing.T) {
	seeds := sharedDir(t, "seeds")
	files, _ := filepath.Glob(filepath.Join(seeds, "*.txt"))
	if len(files) == 0 {
		t.Skip("no seeds")
	}
	seed, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatal(err)
	}
	title, body, _ := strings.Cut(string(seed), "\n")
	dir := t.TempDir()
	// The copy's own credit line makes its text differ: another document,
	// the same story.
	copyBody := strings.TrimSpace(body) + "\nReporting by the Example Wire desk; editing by the night team."
	writeFiles(t, dir, map[string]string{"copy.html": page(title, "2025-03-06T08:00:00Z", copyBody)})
	st := openStore(t)
	for range 2 {
		stats, failed := run(t, st, false, filepath.Join(seeds, "*.txt"))
		if len(failed) > 0 {
			t.Fatalf("failures: %v", failed)
		}
		_ = stats
	}
	if docs, _ := st.Documents(context.Background(), store.DocFilter{}); len(docs) != len(files) {
		t.Fatalf("documents after two runs = %d, want %d", len(docs), len(files))
	}
	run(t, st, false, filepath.Join(dir, "copy.html"))
	docs, _ := st.Documents(context.Background(), store.DocFilter{})
	stories := map[string][]string{}
	for _, d := range docs {
		stories[d.Story] = append(stories[d.Story], filepath.Base(d.Source))
	}
	if got, want := len(stories), len(files); got != want {
		t.Errorf("stories = %d, want %d: %v", got, want, stories)
	}
	seedID := store.DocID(string(seed))
	if got := stories[seedID]; len(got) != 2 {
		t.Errorf("story of %s = %v, want the seed and its copy", filepath.Base(files[0]), got)
	}
}

// sharedDir finds ../shared/<name> next to the module root, or skips.
func sharedDir(t testing.TB, name string) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("module root not found")
		}
		dir = parent
	}
	p := filepath.Join(filepath.Dir(dir), "shared", name)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("%s not present", p)
	}
	return p
}
