// Command sitrep-bench measures sitrep on generated news-like documents:
//
//	go run ./cmd/sitrep-bench [flags] [extract|ingest|claims|consolidate|all]
//
// Each measured run is a process of its own (this binary acting as sitrep),
// so peak memory and start-up are those of a real command. See the README's
// "Benchmarks" section.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"runtime/pprof"
	"strconv"
	"strings"

	"github.com/sitrep/sitrep/internal/bench"
	"github.com/sitrep/sitrep/internal/cli"
	"github.com/sitrep/sitrep/internal/store"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if os.Getenv(bench.ChildEnv) != "" {
		os.Exit(child(ctx))
	}
	os.Exit(run(ctx))
}

// child acts as sitrep, with a CPU profile when the parent asks for one.
func child(ctx context.Context) int {
	if p := os.Getenv(bench.ProfileEnv); p != "" {
		f, err := os.Create(p)
		if err != nil {
			fmt.Fprintf(os.Stderr, "sitrep-bench: cpu profile: %v\n", err)
			return 1
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			fmt.Fprintf(os.Stderr, "sitrep-bench: cpu profile: %v\n", err)
			return 1
		}
		defer pprof.StopCPUProfile()
	}
	env := &cli.Env{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv}
	return cli.Run(ctx, env, os.Args[1:])
}

func run(ctx context.Context) int {
	fs := flag.NewFlagSet("sitrep-bench", flag.ContinueOnError)
	fs.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: sitrep-bench [flags] [extract|ingest|claims|consolidate|all]  (default all)\n\nflags:")
		fs.PrintDefaults()
	}
	sizes := fs.String("sizes", "1000,4000", "extract: documents per run, comma-separated (peak memory should not grow)")
	docs := fs.Int("docs", 1000, "ingest: plain-text documents")
	htmlDocs := fs.Int("html-docs", 300, "ingest: HTML pages")
	claims := fs.Int("claims", 100000, "claims, consolidate: stored claims to query over")
	reps := fs.Int("reps", 5, "claims, consolidate: runs per query (the median is reported)")
	paras := fs.Int("paras", 8, "body paragraphs per generated document")
	html := fs.Bool("html", false, "extract: HTML pages instead of plain text")
	corpus := fs.String("corpus", "", "extract: copy the .txt and .html articles of this folder round-robin (real text, e.g. ../shared/seeds) instead of generating documents")
	dir := fs.String("dir", "", "scratch folder (default a new temporary folder, removed at the end)")
	profile := fs.String("cpuprofile", "", "a folder for a CPU profile of each measured run (go tool pprof)")
	db := fs.String("db", "", "claims: the store to fill and query (kept; default in the scratch folder); ingest: a postgres:// URL measures --workers (workers.go)")
	wf := addWorkerFlags(fs)
	if err := fs.Parse(os.Args[1:]); err != nil {
		return 2
	}
	what := "all"
	if fs.NArg() > 0 {
		what = fs.Arg(0)
	}
	exe, err := os.Executable()
	if err != nil {
		fmt.Fprintf(os.Stderr, "sitrep-bench: %v\n", err)
		return 1
	}
	scratch := *dir
	if scratch != "" {
		if err := os.MkdirAll(scratch, 0o755); err != nil {
			fmt.Fprintf(os.Stderr, "sitrep-bench: %v\n", err)
			return 1
		}
	} else {
		if scratch, err = os.MkdirTemp("", "sitrep-bench-"); err != nil {
			fmt.Fprintf(os.Stderr, "sitrep-bench: %v\n", err)
			return 1
		}
		defer os.RemoveAll(scratch)
	}
	o := bench.Options{Exe: exe, Dir: scratch, Out: os.Stdout, Paras: *paras, Seed: 1, Profile: *profile, Corpus: *corpus}
	if *profile != "" {
		if err := os.MkdirAll(*profile, 0o755); err != nil {
			fmt.Fprintf(os.Stderr, "sitrep-bench: %v\n", err)
			return 1
		}
	}
	var ns []int
	for _, s := range strings.Split(*sizes, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || n < 1 {
			fmt.Fprintf(os.Stderr, "sitrep-bench: --sizes %q: want counts like 1000,4000\n", *sizes)
			return 2
		}
		ns = append(ns, n)
	}
	if *db == "" {
		*db = filepath.Join(scratch, "claims.db")
	}
	steps := map[string]func() error{
		"extract": func() error { _, err := bench.Extract(ctx, o, ns, *html); return err },
		"ingest": func() error {
			if store.Kind(*db) == "postgres" {
				return ingestWorkers(ctx, o, *db, *docs, wf)
			}
			if _, err := bench.Ingest(ctx, o, *docs, false); err != nil {
				return err
			}
			_, err := bench.Ingest(ctx, o, *htmlDocs, true)
			return err
		},
		"claims": func() error { _, err := bench.Claims(ctx, o, *db, *claims, *reps); return err },
		"consolidate": func() error {
			_, err := bench.Consolidate(ctx, o, *db, *claims, *reps)
			return err
		},
	}
	order := []string{what}
	if what == "all" {
		order = []string{"extract", "ingest", "claims", "consolidate"}
	}
	for _, name := range order {
		step, ok := steps[name]
		if !ok {
			fmt.Fprintf(os.Stderr, "sitrep-bench: unknown benchmark %q (want extract, ingest, claims, consolidate or all)\n", name)
			return 2
		}
		if err := step(); err != nil {
			fmt.Fprintf(os.Stderr, "sitrep-bench: %s: %v\n", name, err)
			return 1
		}
	}
	return 0
}
