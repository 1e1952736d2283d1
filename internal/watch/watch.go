// Package watch polls sources (feeds, pages, folders) on a schedule, stores
// what is new through the ingest path, and raises alerts on what changed.
//
// One poll is Step: every source that is due is read (URLs with conditional
// GET, a rate limit per host, exponential backoff after errors; files and
// folders re-read, new documents only analysed), then the documents stored
// since the last evaluation, by this watcher or any other writer, are
// evaluated against the alert rules, and the alerts are recorded and
// delivered (package alert). Run repeats Step every interval.
//
// Stopping: when the context given to Step or Run ends, the document in hand
// is still analysed and stored, and the documents stored are still
// evaluated, so their alerts are recorded; delivery waits for the next start,
// which delivers everything pending first.
package watch

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"

	"golang.org/x/time/rate"

	"github.com/sitrep/sitrep/internal/alert"
	"github.com/sitrep/sitrep/internal/consolidate"
	"github.com/sitrep/sitrep/internal/ingest"
	"github.com/sitrep/sitrep/internal/store"
)

// Defaults of Watcher.
const (
	DefaultEvery      = 10 * time.Minute
	DefaultMaxBackoff = 6 * time.Hour
)

// Watcher polls Sources into Store and raises alerts. Set the fields, then
// call Run (or Step). A Watcher is used by one goroutine at a time.
type Watcher struct {
	Store    store.Store
	Analyzer ingest.Analyzer // nil: documents are stored without claims
	Log      *alert.Log      // the alert log and the watcher's state, in the store
	Rules    []alert.Rule    // nil: alert.DefaultRules()
	Sinks    []alert.Sink
	Sources  []string // URLs (pages or feeds), files, folders, globs

	Every time.Duration // between polls (default DefaultEvery)
	// MaxBackoff caps the wait after failures of a URL: it doubles from
	// Every with each failure in a row (default DefaultMaxBackoff).
	MaxBackoff time.Duration
	// PerHost is the most requests per second to one host (default 1).
	PerHost      rate.Limit
	AllowPrivate bool         // let URLs reach loopback and private addresses
	Client       *http.Client // nil: a client with ingest's limits

	Consolidate consolidate.Options // how series, conflicts and propositions are built
	// Now is the watcher's clock, for alert times and the per-host rate
	// limit (nil: time.Now).
	Now func() time.Time
	// Logf reports progress and per-source errors (nil: silent).
	Logf func(format string, args ...any)

	sleep func(context.Context, time.Duration) error // nil: a timer; tests move a fake clock
	fetch *fetcher
	state *state
	files map[string]fileStamp
}

// Stats counts what one Step did.
type Stats struct {
	Polled    int // sources read
	Unchanged int // URLs answered 304 Not Modified
	Waiting   int // URLs skipped while backing off
	Added     int // documents stored
	Failed    int // sources or items that failed
	Raised    int // alerts recorded
	Delivered int // alert deliveries
}

func (w *Watcher) init() {
	if w.fetch != nil {
		return
	}
	if w.Every <= 0 {
		w.Every = DefaultEvery
	}
	if w.MaxBackoff <= 0 {
		w.MaxBackoff = DefaultMaxBackoff
	}
	if w.Now == nil {
		w.Now = time.Now
	}
	if w.Rules == nil {
		w.Rules = alert.DefaultRules()
	}
	if w.Logf == nil {
		w.Logf = func(string, ...any) {}
	}
	w.fetch = newFetcher(w.Client, w.PerHost, w.AllowPrivate)
	w.fetch.now = w.Now
	if w.sleep != nil {
		w.fetch.sleep = w.sleep
	}
	w.state = &state{db: w.Log.DB(), rebind: w.Log.Rebind}
	w.files = map[string]fileStamp{}
}

// Start prepares a run: it registers the sinks, sets the baseline on the
// first start (documents already stored raise no alerts; everything stored
// after does), and delivers the alerts a previous run left pending.
func (w *Watcher) Start(ctx context.Context) (delivered int, err error) {
	w.init()
	for _, s := range w.Sinks {
		if err := w.Log.Register(ctx, s.Name()); err != nil {
			return 0, err
		}
	}
	if _, ok, err := w.Log.Cursor(ctx); err != nil {
		return 0, err
	} else if !ok {
		_, last, err := w.Log.DocsAfter(ctx, 0)
		if err != nil {
			return 0, err
		}
		if err := w.Log.Baseline(ctx, last); err != nil {
			return 0, err
		}
	}
	return alert.Deliver(ctx, w.Log, w.Sinks, w.Now)
}

// Run calls Start, then Step every Every until ctx ends; it returns nil
// when stopped by ctx. Errors of single sources are logged, not returned.
func (w *Watcher) Run(ctx context.Context) error {
	if _, err := w.Start(ctx); err != nil {
		if ctx.Err() != nil {
			return nil
		}
		return fmt.Errorf("start: %w", err)
	}
	for {
		st, err := w.Step(ctx)
		if err != nil {
			if ctx.Err() != nil {
				return nil
			}
			return err
		}
		w.Logf("polled %d sources: %d new documents, %d unchanged, %d waiting, %d failed; %d alerts, %d delivered",
			st.Polled, st.Added, st.Unchanged, st.Waiting, st.Failed, st.Raised, st.Delivered)
		if err := alert.Sleep(ctx, w.Every); err != nil {
			return nil
		}
	}
}

// Step polls every due source once, evaluates what was stored, records the
// alerts and delivers them. When ctx ends during the step, the document in
// hand is finished, the stored documents are evaluated and their alerts
// recorded, and delivery is left to the next start. Step returns an error
// only when the store or the alert log fails.
func (w *Watcher) Step(ctx context.Context) (Stats, error) {
	w.init()
	var st Stats
	for _, src := range w.Sources {
		if ctx.Err() != nil {
			break
		}
		if isURL(src) {
			w.pollURL(ctx, src, &st)
		} else {
			w.pollFiles(ctx, src, &st)
		}
	}
	// Evaluate even after a stop request: what was stored must be judged
	// before the cursor moves past it, and that happens in one transaction.
	raised, err := w.evaluate(context.WithoutCancel(ctx))
	if err != nil {
		return st, err
	}
	st.Raised = raised
	if ctx.Err() != nil {
		return st, nil
	}
	st.Delivered, err = alert.Deliver(ctx, w.Log, w.Sinks, w.Now)
	if err != nil {
		// Undelivered alerts stay pending for the next step.
		w.Logf("deliver: %v", err)
	}
	return st, nil
}

func isURL(s string) bool {
	l := strings.ToLower(s)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}

// evaluate raises the alerts of the documents stored since the cursor.
func (w *Watcher) evaluate(ctx context.Context) (int, error) {
	pos, _, err := w.Log.Cursor(ctx)
	if err != nil {
		return 0, err
	}
	ids, last, err := w.Log.DocsAfter(ctx, pos)
	if err != nil || len(ids) == 0 {
		return 0, err
	}
	newDocs := make(map[string]bool, len(ids))
	for _, id := range ids {
		newDocs[id] = true
	}
	in, err := w.input(ctx, last)
	if err != nil {
		return 0, err
	}
	alerts := alert.Evaluate(w.Rules, in, newDocs, w.Consolidate)
	raised, err := w.Log.Commit(ctx, alerts, last, w.Now())
	if err != nil {
		return 0, err
	}
	return len(raised), nil
}

// input loads every claim with its document's metadata, leaving out
// documents stored after position last (by another writer, meanwhile): the
// next evaluation counts them as new.
func (w *Watcher) input(ctx context.Context, last int64) (consolidate.Input, error) {
	later, err := w.Log.StoredAfter(ctx, last)
	if err != nil {
		return consolidate.Input{}, err
	}
	skip := map[string]bool{}
	for _, id := range later {
		skip[id] = true
	}
	docs, err := w.Store.Documents(ctx, store.DocFilter{})
	if err != nil {
		return consolidate.Input{}, fmt.Errorf("list documents: %w", err)
	}
	dcs, err := w.Store.DocClaims(ctx, store.ClaimFilter{})
	if err != nil {
		return consolidate.Input{}, fmt.Errorf("read claims: %w", err)
	}
	in := consolidate.Input{Docs: make(map[string]consolidate.DocInfo, len(docs))}
	for _, d := range docs {
		if skip[d.ID] {
			continue
		}
		in.Docs[d.ID] = consolidate.DocInfo{ID: d.ID, Path: d.Source, Outlet: d.Meta.Outlet, Title: d.Meta.Title,
			URL: d.Meta.URL, Published: d.Meta.Published, Story: d.Story}
	}
	for _, dc := range dcs {
		if _, ok := in.Docs[dc.Doc]; ok {
			in.Claims = append(in.Claims, dc.Claim)
		}
	}
	return in, nil
}

// backoff is the wait after n failures in a row: Every doubled n-1 times,
// at most MaxBackoff.
func (w *Watcher) backoff(n int) time.Duration {
	d := w.Every
	for i := 1; i < n && d < w.MaxBackoff; i++ {
		d *= 2
	}
	return min(d, w.MaxBackoff)
}

var errStopped = errors.New("stopped")
