package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/sitrep/sitrep/internal/analysis"
	"github.com/sitrep/sitrep/internal/ingest"
	"github.com/sitrep/sitrep/internal/store"
	_ "github.com/sitrep/sitrep/internal/store/postgres" // postgres:// DSNs
	_ "github.com/sitrep/sitrep/internal/store/sqlite"   // the default store
)

const ingestExamples = `  sitrep ingest ../shared/seeds/                 every file in a folder, recursively
  sitrep ingest 'saved/*.html' notes.txt         a glob and a file
  sitrep ingest https://example.com/feed.xml     a feed: each item's page is fetched
  curl -s https://example.com/a | sitrep ingest -
  sitrep ingest --db team.db --workers 4 pages/`

func runIngest(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "ingest", "[--db DSN] [--workers N] [--allow-private] [--lang L] [--no-work-claims] SOURCE...", ingestExamples)
	dsn := fs.String("db", "", "database: a file path (SQLite) or postgres:// URL (default $SITREP_DB or ./sitrep.db)")
	workers := fs.Int("workers", runtime.NumCPU(), "documents analyzed at once")
	batch := fs.Int("batch", 128, "documents stored per transaction (a crash loses at most one batch, stored again on the next run)")
	allowPrivate := fs.Bool("allow-private", false, "let URLs reach loopback and private network addresses")
	lang := fs.String("lang", "auto", "document language: auto, en, de, es, fr, ru, uk")
	keep := fs.Bool("keep-estimates", true, "after storing new documents, consolidate the store and keep its estimates and "+
		"conflicts, so that those commands answer at once (SQLite; false: they consolidate on their next run)")
	noClaims := fs.Bool("no-work-claims", false, "PostgreSQL: analyse new documents without claiming them first "+
		"(several ingesters then split nothing; for PgBouncer in transaction mode, where claims do not hold)")
	sources, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(sources) == 0 {
		return usagef("no SOURCE given (a file, folder, glob, URL, feed or -)")
	}
	if *workers < 1 {
		return usagef("--workers must be at least 1")
	}
	if *batch < 1 {
		return usagef("--batch must be at least 1")
	}
	st, err := openStore(ctx, env, *dsn)
	if err != nil {
		return err
	}
	defer st.Close()
	pipe, err := analysis.Default(analysis.Options{Lang: *lang})
	if err != nil {
		return fmt.Errorf("build analysis: %w", err)
	}
	bar := newProgress(env.Stderr)
	in := &ingest.Ingester{
		Store:    st,
		Analyzer: pipe,
		Fetcher:  ingest.NewFetcher(ingest.FetchOptions{AllowPrivate: *allowPrivate}),
		Workers:  *workers,
		Batch:    *batch,
		Stdin:    env.Stdin,
		// On PostgreSQL, ingesters claim each document before analysing
		// it, so that several processes over the same inputs split them.
		NoWorkClaims: *noClaims,
		Report: func(r ingest.Result) {
			if r.Err != nil {
				if bar != nil {
					bar.Clear()
				}
				fmt.Fprintf(env.Stderr, "sitrep ingest: %s: %v\n", r.Input, r.Err)
			}
			if bar != nil {
				bar.Add(1)
			}
		},
	}
	start := time.Now()
	stats, err := in.Ingest(ctx, sources)
	if bar != nil {
		bar.Finish()
		fmt.Fprintln(env.Stderr)
	}
	secs := time.Since(start).Seconds()
	fmt.Fprintf(env.Stderr, "sitrep ingest: %d new, %d already stored, %d feeds, %d failed in %.1fs (%.0f inputs/s)\n",
		stats.Added, stats.Unchanged, stats.Feeds, stats.Failed, secs, float64(stats.Inputs)/max(secs, 1e-9))
	if err != nil {
		return err
	}
	if *keep && stats.Added > 0 {
		if err := keepEstimates(ctx, st); err != nil {
			fmt.Fprintf(env.Stderr, "sitrep ingest: warning: estimates not kept (the next estimates run consolidates): %v\n", err)
		}
	}
	if stats.Failed > 0 {
		return &partialError{failed: stats.Failed, total: stats.Inputs}
	}
	return nil
}

// openStore opens the store named by --db, else $SITREP_DB, else ./sitrep.db.
func openStore(ctx context.Context, env *Env, dsn string) (store.Store, error) {
	if dsn == "" {
		dsn = store.DefaultDSN(env.Getenv)
	}
	st, err := store.Open(ctx, dsn)
	if err != nil {
		return nil, err
	}
	return st, nil
}

// newProgress returns a progress bar on w when w is a terminal, else nil:
// logs and pipes get only the warnings and the summary.
func newProgress(w io.Writer) *progressbar.ProgressBar {
	f, ok := w.(*os.File)
	if !ok {
		return nil
	}
	fi, err := f.Stat()
	if err != nil || fi.Mode()&os.ModeCharDevice == 0 {
		return nil
	}
	return progressbar.NewOptions(-1,
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetDescription("ingesting"),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSetItsString("docs"),
		progressbar.OptionThrottle(100*time.Millisecond),
	)
}

// notFound turns a store's not-found error into the message users see.
func notFound(err error, what string) error {
	if errors.Is(err, store.ErrNotFound) {
		return fmt.Errorf("no %s %w", what, err)
	}
	return err
}
