package cli

import (
	"context"
	"errors"
	"io"
	"runtime/debug"
	"strings"
	"time"

	"github.com/sitrep/sitrep/internal/consolidate/stored"
	"github.com/sitrep/sitrep/internal/report"
	"github.com/sitrep/sitrep/internal/store"
)

const reportExamples = `  sitrep report > briefing.md
  sitrep report --format html --out briefing.html
  sitrep report --since 2024-10-01 --until 2024-12-31 --title "North Korean troops in Russia, Q4 2024"`

func runReport(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "report", "[--db DSN] [--format md|html] [--out FILE] [--since D] [--until D]", reportExamples)
	dsn := fs.String("db", "", "database: a file path (SQLite) or postgres:// URL (default $SITREP_DB or ./sitrep.db)")
	format := fs.String("format", "md", "output: md (Markdown) or html (one self-contained file)")
	out := fs.String("out", "", "write to FILE instead of stdout (replaced whole, never left half written)")
	title := fs.String("title", "", `the briefing's title (default "Situation briefing")`)
	window := fs.String("window", "14d", "how far apart two figures may be dated and still conflict")
	var cf store.ClaimFilter
	fs.StringVar(&cf.Since, "since", "", "claims dated on or after D (YYYY-MM-DD; said_on, else published)")
	fs.StringVar(&cf.Until, "until", "", "claims dated on or before D (YYYY-MM-DD)")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usagef("unexpected argument %q", pos[0])
	}
	if *format != "md" && *format != "html" {
		return usagef("unknown --format %q (want md or html)", *format)
	}
	w, err := parseWindow(*window)
	if err != nil {
		return usagef("--window: %v", err)
	}
	if err := cf.Validate(); err != nil {
		return usagef("%v", strings.TrimSuffix(err.Error(), ": "+store.ErrInvalid.Error()))
	}
	st, err := openStore(ctx, env, *dsn)
	if err != nil {
		return err
	}
	defer st.Close()
	defer debug.SetGCPercent(debug.SetGCPercent(batchGCPercent))
	copt, err := consolidateOptions()
	if err != nil {
		return err
	}
	copt.Window = w
	in, err := stored.Input(ctx, st, cf)
	if errors.Is(err, store.ErrInvalid) {
		return usagef("%v", err)
	}
	if err != nil {
		return err
	}
	if err := stored.Describe(ctx, st, &in); err != nil {
		return err
	}
	b := report.Build(in, report.Options{Title: *title, Generated: time.Now(), Consolidate: copt})
	write := b.WriteMarkdown
	if *format == "html" {
		write = b.WriteHTML
	}
	if *out == "" {
		return write(env.Stdout)
	}
	return writeFileAtomic(*out, func(w io.Writer) error { return write(w) })
}
