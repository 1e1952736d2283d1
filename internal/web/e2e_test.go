package web

import (
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/sitrep/sitrep/internal/analysis"
	"github.com/sitrep/sitrep/internal/ingest"
)

const chromiumPath = "/usr/bin/chromium"

// startE2EServer stores the testdata/e2e reports through the real analysis
// and serves them on a loopback port; it returns the base URL. Each edit
// may change the server's Config, knowing the store's SQLite path.
func startE2EServer(t *testing.T, edits ...func(dsn string, c *Config)) string {
	t.Helper()
	dsn := filepath.Join(t.TempDir(), "web.db")
	st := openTestStoreAt(t, dsn)
	pipe, err := analysis.Default(analysis.Options{})
	if err != nil {
		t.Fatal(err)
	}
	in := &ingest.Ingester{Store: st, Analyzer: pipe}
	files, _ := filepath.Glob("testdata/e2e/*.txt")
	if len(files) == 0 {
		t.Fatal("no testdata/e2e reports")
	}
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if r := in.Add(context.Background(), filepath.Base(f), "text/plain", raw); r.Err != nil {
			t.Fatalf("%s: %v", f, r.Err)
		}
	}
	s := newTestServer(t, st, func(c *Config) {
		c.Ingester = in
		for _, e := range edits {
			e(dsn, c)
		}
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Serve(ctx, ln) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("serve: %v", err)
		}
	})
	return "http://" + ln.Addr().String()
}

// browser starts headless Chromium, skipping when it is not installed,
// except under CI (CI=true or SITREP_REQUIRE_CHROMIUM set), where a missing
// browser is a failure.
func browser(t *testing.T) context.Context {
	t.Helper()
	if _, err := os.Stat(chromiumPath); err != nil {
		if os.Getenv("CI") == "true" || os.Getenv("SITREP_REQUIRE_CHROMIUM") != "" {
			t.Fatalf("CI needs %s for the end-to-end test: .ci/setup.d/chromium.sh installs it", chromiumPath)
		}
		t.Skipf("end-to-end test needs Debian's chromium at %s (apt-get install chromium)", chromiumPath)
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromiumPath),
		chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("hide-scrollbars", true),
		// Containers often give /dev/shm a few megabytes, too few for
		// Chromium's renderer.
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(actx)
	ctx, cancelTime := context.WithTimeout(ctx, 90*time.Second)
	t.Cleanup(func() { cancelTime(); cancelCtx(); cancelAlloc() })
	return ctx
}

// screenshotDir is $SITREP_SCREENSHOTS, else a temporary directory.
func screenshotDir(t *testing.T) string {
	if d := os.Getenv("SITREP_SCREENSHOTS"); d != "" {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
		return d
	}
	return t.TempDir()
}

func shoot(t *testing.T, ctx context.Context, dir, name string) {
	t.Helper()
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatalf("screenshot %s: %v", name, err)
	}
	if err := os.WriteFile(filepath.Join(dir, name), png, 0o644); err != nil {
		t.Fatal(err)
	}
}

// run runs a value-giving action, failing the test with what was tried.
func run[T any](t *testing.T, ctx context.Context, what string, a chromedp.Action[T]) T {
	t.Helper()
	v, err := chromedp.Run(ctx, a)
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
	return v
}

func do2(t *testing.T, ctx context.Context, what string, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(ctx, steps...); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

// TestE2EClickPointToSentence loads the overview, opens the first series,
// clicks its first point and checks that the document page shows the
// claim's quote highlighted, as the API gives it.
func TestE2EClickPointToSentence(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test skipped in -short mode")
	}
	ctx := browser(t)
	base := startE2EServer(t)
	shots := screenshotDir(t)

	do2(t, ctx, "overview", chromedp.Navigate(base+"/"), chromedp.WaitVisible(chromedp.CSS(`a.series-link`)))
	seriesTitle := run(t, ctx, "series link", chromedp.Text(chromedp.CSS(`a.series-link`)))
	shoot(t, ctx, shots, "overview-1280.png")
	// The reports give several sources' troop figures; which series comes
	// first is the analysis' and consolidation's business, not this test's.
	t.Logf("first series: %s", seriesTitle)
	do2(t, ctx, "open series", chromedp.Click(chromedp.CSS(`a.series-link`)), chromedp.WaitVisible(chromedp.CSS(`svg#chart a.pt`)))
	nPoints := run(t, ctx, "count points", chromedp.Evaluate[int](`document.querySelectorAll("svg#chart a.pt").length`))
	if nPoints < 2 {
		t.Errorf("chart has %d points, want several (the reports give one per source)", nPoints)
	}
	// Hovering a point shows its sentence in the tooltip.
	xy := run(t, ctx, "point position", chromedp.Evaluate[[]float64](`(() => {
		const r = document.querySelector("svg#chart a.pt circle.hit").getBoundingClientRect();
		return [r.left + r.width / 2, r.top + r.height / 2]; })()`))
	do2(t, ctx, "hover a point", chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, xy[0], xy[1]))
	tip := run(t, ctx, "tooltip", chromedp.Evaluate[string](`(() => { const t = document.getElementById("tip");
		return t.hidden ? "" : t.textContent; })()`))
	// Points of one date and nearly one figure may lie on top of each
	// other: the tooltip is that of the point under the pointer.
	under := run(t, ctx, "point under the pointer", chromedp.Evaluate[string](fmt.Sprintf(`(() => {
		const p = document.elementFromPoint(%f, %f);
		const a = p && p.closest("a.pt");
		return a ? a.getAttribute("data-tip") : ""; })()`, xy[0], xy[1])))
	if tip == "" || tip != under {
		t.Errorf("tooltip = %q, want the hovered point's %q", tip, under)
	}
	shoot(t, ctx, shots, "series-1280.png")
	seriesURL, err := url.Parse(run(t, ctx, "series location", chromedp.Location()))
	if err != nil {
		t.Fatal(err)
	}
	seriesPath := seriesURL.EscapedPath()

	do2(t, ctx, "click a point", chromedp.Click(chromedp.CSS(`svg#chart a.pt`)),
		chromedp.WaitVisible(chromedp.CSS(`article.doctext mark:target`)))
	loc := run(t, ctx, "location", chromedp.Location())
	u, err := url.Parse(loc)
	if err != nil {
		t.Fatal(err)
	}
	claimID := strings.TrimPrefix(u.Fragment, "claim-")
	docID := strings.TrimPrefix(u.Path, "/docs/")
	if claimID == u.Fragment || docID == u.Path {
		t.Fatalf("landed on %s, want /docs/{id}#claim-{id}", loc)
	}
	shown := run(t, ctx, "claim text", chromedp.Text(chromedp.ID("claim-"+claimID)))
	visible := run(t, ctx, "claim in view", chromedp.Evaluate[bool](`(() => {
		const r = document.getElementById("claim-`+claimID+`").getBoundingClientRect();
		return r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < window.innerHeight; })()`))
	if !visible {
		t.Errorf("claim %s is not in view", claimID)
	}
	if got, want := shown, apiQuote(t, base, docID, claimID); got != want {
		t.Errorf("highlighted text = %q, want the claim's quote %q", got, want)
	}
	shoot(t, ctx, shots, "doc-1280.png")

	// Phone width: the same pages must lay out without sideways overflow.
	for _, p := range []struct{ path, name string }{{"/", "overview-390.png"}, {seriesPath, "series-390.png"}, {u.Path, "doc-390.png"}, {"/claims", "claims-390.png"}} {
		do2(t, ctx, p.path+" at 390 px", chromedp.EmulateViewport(390, 844), chromedp.Navigate(base+p.path),
			chromedp.WaitVisible(chromedp.CSS(`main`)))
		overflow := run(t, ctx, "overflow", chromedp.Evaluate[bool](`document.documentElement.scrollWidth > window.innerWidth + 1`))
		if overflow {
			t.Errorf("%s overflows sideways at 390 px", p.path)
		}
		shoot(t, ctx, shots, p.name)
	}
	t.Logf("screenshots in %s", shots)
}

// TestE2EAddText pastes a report on the Add page and lands on its
// document page with its figure highlighted.
func TestE2EAddText(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test skipped in -short mode")
	}
	ctx := browser(t)
	base := startE2EServer(t)
	report := "Kyiv reports drone attack\n\nKYIV, March 3, 2025 — Ukraine's air force said on Monday that Russia launched 120 drones overnight."
	do2(t, ctx, "add page", chromedp.Navigate(base+"/add"), chromedp.WaitVisible(chromedp.CSS(`textarea[name=text]`)),
		chromedp.SetValue(chromedp.CSS(`textarea[name=text]`), report),
		chromedp.Click(chromedp.CSS(`form.add button[type=submit]`)))
	var page string
	for range 100 {
		page = run(t, ctx, "page", chromedp.Evaluate[string](`location.pathname + " " + (document.body ? document.body.innerText.slice(0, 300) : "")`))
		if strings.HasPrefix(page, "/docs/") {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	if !strings.HasPrefix(page, "/docs/") {
		t.Fatalf("after adding, the page is %q, want a document page", page)
	}
	do2(t, ctx, "document page", chromedp.WaitVisible(chromedp.CSS(`article.doctext`)))
	marked := run(t, ctx, "marked text", chromedp.Evaluate[string](
		`Array.from(document.querySelectorAll("article.doctext mark.claim")).map(m => m.textContent).join("|")`))
	if !strings.Contains(marked, "120 drones") {
		t.Errorf("highlighted claims %q do not include the 120 drones", marked)
	}
}

// apiQuote is the quote the API gives for a claim of a document.
func apiQuote(t *testing.T, base, doc, claim string) string {
	t.Helper()
	resp, err := http.Get(base + "/api/v1/docs/" + doc)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var e struct{ Data docData }
	if err := json.NewDecoder(resp.Body).Decode(&e); err != nil {
		t.Fatal(err)
	}
	for _, c := range e.Data.Claims {
		if c.ID == claim {
			return c.Quote
		}
	}
	t.Fatalf("document %s has no claim %s", doc, claim)
	return ""
}
