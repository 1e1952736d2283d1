package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/sitrep/sitrep/internal/bench"
)

// workerFlags are the flags of the PostgreSQL workers mode of the ingest
// benchmark (`sitrep-bench --db postgres://... --workers 1,2,4 ingest`).
type workerFlags struct {
	workers *string
	rounds  *int
	compare *bool
}

func addWorkerFlags(fs *flag.FlagSet) workerFlags {
	return workerFlags{
		workers: fs.String("workers", "1,2,4", "ingest with a postgres:// --db: worker counts to measure, each as 1 process x N workers and N processes x 1 worker"),
		rounds:  fs.Int("rounds", 1, "ingest with a postgres:// --db: times to measure every worker count (interleaved)"),
		compare: fs.Bool("compare-claims", false, "ingest with a postgres:// --db: also run each layout with --no-work-claims"),
	}
}

// layout is one way to run N workers: procs processes of workers each,
// claiming documents before analysing them unless noClaims.
type layout struct {
	procs, workers int
	noClaims       bool
}

func (l layout) String() string {
	s := fmt.Sprintf("%d process%s x %d worker%s", l.procs, plural(l.procs, "es"), l.workers, plural(l.workers, "s"))
	if l.noClaims {
		s += ", no claims"
	}
	return s
}

// args are the arguments of each process of the layout.
func (l layout) args(dsn, dir string) []string {
	args := []string{"ingest", "--db", dsn, "--workers", strconv.Itoa(l.workers)}
	if l.noClaims {
		args = append(args, "--no-work-claims")
	}
	return append(args, dir)
}

func plural(n int, s string) string {
	if n == 1 {
		return ""
	}
	return s
}

// ingestWorkers measures `sitrep ingest` of n generated documents into the
// PostgreSQL database dsn names, the way docs/postgres.md tells users to
// scale: one process with more workers, and more processes over the same
// inputs (on one or several machines), which split the work by claiming
// each document before analysing it. Each run gets an empty schema of its
// own, dropped after; every run must end with the n documents stored.
func ingestWorkers(ctx context.Context, o bench.Options, dsn string, n int, f workerFlags) error {
	counts, err := parseCounts(*f.workers)
	if err != nil {
		return err
	}
	dir := filepath.Join(o.Dir, fmt.Sprintf("pg-ingest-%d", n))
	if _, err := bench.WriteDocs(dir, n, o.Paras, false, o.Seed+1); err != nil {
		return err
	}
	var layouts []layout
	add := func(l layout) {
		layouts = append(layouts, l)
		if *f.compare {
			l.noClaims = true // measured next to its twin, in the same minutes
			layouts = append(layouts, l)
		}
	}
	for _, c := range counts {
		add(layout{procs: 1, workers: c})
		if c > 1 {
			add(layout{procs: c, workers: 1})
		}

	}
	fmt.Fprintf(o.Out, "postgres ingest of %d text docs, a fresh schema per run; load average %s\n", n, loadAverage())
	for round := range max(*f.rounds, 1) {
		for _, l := range layouts {
			wall, err := ingestRun(ctx, o, dsn, dir, n, l)
			if err != nil {
				return fmt.Errorf("%v: %w", l, err)
			}
			fmt.Fprintf(o.Out, "ingest   round %d, %-34v: %6.2fs wall, %7.1f docs/s, load average %s\n",
				round+1, l, wall.Seconds(), float64(n)/wall.Seconds(), loadAverage())
		}
	}
	return nil
}

// ingestRun runs the processes of one layout at once over dir into a fresh
// schema and returns the time until the last ends.
func ingestRun(ctx context.Context, o bench.Options, dsn, dir string, n int, l layout) (time.Duration, error) {
	schemaDSN, drop, err := freshSchema(ctx, dsn)
	if err != nil {
		return 0, err
	}
	defer drop()
	// Migrate before the clock starts: it happens once per database, not
	// once per run.
	if _, err := bench.Sitrep(ctx, o.Exe, "", "docs", "--db", schemaDSN); err != nil {
		return 0, err
	}
	errs := make([]error, l.procs)
	var wg sync.WaitGroup
	start := time.Now()
	for i := range l.procs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, errs[i] = bench.Sitrep(ctx, o.Exe, "", l.args(schemaDSN, dir)...)
		}()
	}
	wg.Wait()
	wall := time.Since(start)
	if err := errors.Join(errs...); err != nil {
		return 0, err
	}
	return wall, checkStored(ctx, schemaDSN, n)
}

// checkStored makes sure a run stored each document once.
func checkStored(ctx context.Context, dsn string, n int) error {
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		return fmt.Errorf("check stored documents: %w", err)
	}
	defer conn.Close(ctx)
	var docs int
	if err := conn.QueryRow(ctx, `SELECT count(*) FROM documents`).Scan(&docs); err != nil {
		return fmt.Errorf("check stored documents: %w", err)
	}
	if docs != n {
		return fmt.Errorf("%d documents stored, want %d", docs, n)
	}
	return nil
}

// freshSchema creates an empty schema and returns a DSN that uses it, and
// a function that drops it.
func freshSchema(ctx context.Context, dsn string) (string, func(), error) {
	b := make([]byte, 4)
	rand.Read(b)
	schema := fmt.Sprintf("sitrep_bench_%d_%s", time.Now().Unix(), hex.EncodeToString(b))
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		return "", nil, fmt.Errorf("connect to %s: %w", redact(dsn), err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, `CREATE SCHEMA `+schema); err != nil {
		return "", nil, fmt.Errorf("create schema %s: %w", schema, err)
	}
	drop := func() {
		c, err := pgx.Connect(context.WithoutCancel(ctx), dsn)
		if err != nil {
			fmt.Fprintf(os.Stderr, "sitrep-bench: drop schema %s: %v\n", schema, err)
			return
		}
		defer c.Close(context.Background())
		c.Exec(context.Background(), `DROP SCHEMA `+schema+` CASCADE`)
	}
	withSchema, err := withSearchPath(dsn, schema)
	if err != nil {
		drop()
		return "", nil, err
	}
	return withSchema, drop, nil
}

// withSearchPath sets search_path in a URL or key=value DSN.
func withSearchPath(dsn, schema string) (string, error) {
	if !strings.Contains(dsn, "://") {
		return dsn + " search_path=" + schema, nil
	}
	u, err := url.Parse(dsn)
	if err != nil {
		return "", fmt.Errorf("parse --db: %w", err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String(), nil
}

// redact hides a DSN's password in messages.
func redact(dsn string) string {
	if u, err := url.Parse(dsn); err == nil && u.User != nil {
		return u.Redacted()
	}
	return "the database"
}

func parseCounts(s string) ([]int, error) {
	var ns []int
	for _, f := range strings.Split(s, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n < 1 {
			return nil, fmt.Errorf("--workers %q: want counts like 1,2,4", s)
		}
		ns = append(ns, n)
	}
	return ns, nil
}

// loadAverage is the system's 1, 5 and 15 minute load average, for the
// record: the figures mean little on a machine busy with other work.
func loadAverage() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return "unknown"
	}
	return strings.Join(f[:3], " ")
}
