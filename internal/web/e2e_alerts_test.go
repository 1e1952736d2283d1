package web

import (
	"context"
	"encoding/json"
	"net/http"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/sitrep/sitrep/internal/alert"
	"github.com/sitrep/sitrep/internal/news"
	"github.com/sitrep/sitrep/internal/store"
)

// TestE2EAlertBadge opens the overview, writes an alert into the log as
// `sitrep watch` would, and expects the badge to count it live; the
// Alerts page then lists it (its quoted markup as text), takes the next
// alert live at the top, and counts both as seen.
func TestE2EAlertBadge(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test skipped in -short mode")
	}
	ctx := browser(t)
	var log *alert.Log
	shots := screenshotDir(t)
	base := startE2EServer(t, func(dsn string, c *Config) {
		log = openAlertLog(t, dsn)
		c.Alerts, c.AlertPoll = log, 100*time.Millisecond
	})
	doc := firstClaimDoc(t, base)

	do2(t, ctx, "overview", chromedp.Navigate(base+"/"), chromedp.WaitReady(chromedp.ID("nav-alerts")))
	if hidden := run(t, ctx, "badge before", chromedp.Evaluate[bool](badgeHidden)); !hidden {
		t.Errorf("badge shown before any alert")
	}
	record(t, log, newAlert("e2e-1", scriptQuote, "https://example.org/report", doc))
	waitFor(t, ctx, "badge counts the alert", `document.getElementById("alert-badge").textContent === "1"`)
	shoot(t, ctx, shots, "alert-badge-1280.png")

	do2(t, ctx, "alerts page", chromedp.Click(chromedp.ID("nav-alerts")), chromedp.WaitVisible(chromedp.ID("alert-1")))
	quote := run(t, ctx, "quote", chromedp.Text(chromedp.CSS(`#alert-1 blockquote.alert-quote`)))
	if got, want := quote, scriptQuote; got != want {
		t.Errorf("quote shown = %q, want %q", got, want)
	}
	if n := run(t, ctx, "scripts in the list", chromedp.Evaluate[int](`document.querySelectorAll("#alert-list script").length`)); n != 0 {
		t.Errorf("the list holds %d script elements, want the quote as text", n)
	}
	href := run(t, ctx, "claim link", chromedp.AttributeValue(chromedp.CSS(`#alert-1 a.alert-doc`), "href"))
	if got, want := href.Value, "/docs/"+doc.ID+"#claim-"+doc.Claims[0].ID; got != want {
		t.Errorf("claim link = %q, want %q", got, want)
	}

	// Live on the page: the next alert goes on top, built by the script,
	// and escaped there too.
	record(t, log, newAlert("e2e-2", "<b>12,000</b> troops", "", doc))
	waitFor(t, ctx, "live alert on top", `(() => { const f = document.querySelector("#alert-list li");
		return f !== null && f.id === "alert-2"; })()`)
	if got, want := run(t, ctx, "live quote", chromedp.Text(chromedp.CSS(`#alert-2 blockquote.alert-quote`))), "<b>12,000</b> troops"; got != want {
		t.Errorf("live quote = %q, want %q", got, want)
	}
	shoot(t, ctx, shots, "alerts-1280.png")
	if hidden := run(t, ctx, "badge on the alerts page", chromedp.Evaluate[bool](badgeHidden)); !hidden {
		t.Errorf("badge shown on the alerts page")
	}

	// Both were seen: back on the overview the badge stays hidden.
	do2(t, ctx, "overview again", chromedp.Navigate(base+"/"), chromedp.WaitReady(chromedp.ID("nav-alerts")))
	seen := run(t, ctx, "seen id", chromedp.Evaluate[string](`localStorage.getItem("sitrep.alerts.seen") || ""`))
	if got, want := seen, "2"; got != want {
		t.Errorf("last seen alert = %q, want %q", got, want)
	}
	if hidden := run(t, ctx, "badge after", chromedp.Evaluate[bool](badgeHidden)); !hidden {
		t.Errorf("badge shown after the alerts were seen")
	}

	do2(t, ctx, "alerts at 390 px", chromedp.EmulateViewport(390, 844), chromedp.Navigate(base+"/alerts"),
		chromedp.WaitVisible(chromedp.ID("alert-2")))
	if run(t, ctx, "overflow", chromedp.Evaluate[bool](`document.documentElement.scrollWidth > window.innerWidth + 1`)) {
		t.Errorf("/alerts overflows sideways at 390 px")
	}
	shoot(t, ctx, shots, "alerts-390.png")
}

// badgeHidden is true when the badge takes no room on the page, whatever
// its attributes say.
const badgeHidden = `getComputedStyle(document.getElementById("alert-badge")).display === "none"`

// waitFor polls a script until it is true, failing after 10 seconds.
func waitFor(t *testing.T, ctx context.Context, what, script string) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		if run(t, ctx, what, chromedp.Evaluate[bool](script)) {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s: not within 10s", what)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// firstClaimDoc is a stored document with its first claim, as the API
// lists them.
func firstClaimDoc(t *testing.T, base string) *store.Document {
	t.Helper()
	resp, err := http.Get(base + "/api/v1/claims?limit=1")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var e struct{ Data []news.Claim }
	if err := json.NewDecoder(resp.Body).Decode(&e); err != nil || len(e.Data) == 0 {
		t.Fatalf("no claim to raise an alert about: %v", err)
	}
	return &store.Document{ID: e.Data[0].Doc, Claims: e.Data[0:1]}
}
