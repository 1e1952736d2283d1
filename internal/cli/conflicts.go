package cli

import (
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"runtime/debug"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/sitrep/sitrep/internal/consolidate"
	"github.com/sitrep/sitrep/internal/consolidate/stored"
	"github.com/sitrep/sitrep/internal/news"
	"github.com/sitrep/sitrep/internal/store"
)

const conflictsExamples = `  sitrep conflicts                                   every disagreement, most recent first
  sitrep conflicts --window 7d --format table
  sitrep conflicts --actor "North Korea" --format json
  sitrep conflicts --what casualties --format csv > disagreements.csv`

func runConflicts(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "conflicts", "[--db DSN] [--format table|json|jsonl|csv] [--window 14d] [FILTERS] [QUERY]", conflictsExamples)
	dsn := fs.String("db", "", "database: a file path (SQLite) or postgres:// URL (default $SITREP_DB or ./sitrep.db)")
	format := fs.String("format", "", "output: jsonl, json, table or csv (default table on a terminal, else jsonl)")
	window := fs.String("window", "14d", "how far apart two figures may be dated and still conflict: Nd, Nw or a Go duration (36h)")
	var cf store.ClaimFilter
	var sf seriesFilter
	fs.StringVar(&cf.Actor, "actor", "", "actor is A (canonical name, any case)")
	fs.StringVar(&cf.Measure, "measure", "", "measure is M (deployed, killed, launched, ...)")
	fs.StringVar(&cf.What, "what", "", "what is W (personnel, casualties, drones, ...)")
	fs.StringVar(&sf.location, "location", "", "conflicts in series of place L, or with a side in L")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	sf.query = strings.Join(pos, " ")
	out, err := outputFormat(env, *format, "jsonl", "json", "table", "csv")
	if err != nil {
		return err
	}
	w, err := parseWindow(*window)
	if err != nil {
		return usagef("--window: %v", err)
	}
	st, err := openStore(ctx, env, *dsn)
	if err != nil {
		return err
	}
	defer st.Close()
	defer debug.SetGCPercent(debug.SetGCPercent(batchGCPercent))
	opt, err := consolidateOptions()
	if err != nil {
		return err
	}
	opt.Window = w
	cs, err := conflicts(ctx, st, cf, sf, opt)
	if errors.Is(err, store.ErrInvalid) {
		return usagef("%v", err)
	}
	if err != nil {
		return err
	}
	switch out {
	case "table":
		return conflictsTable(env.Stdout, cs)
	case "csv":
		return conflictsCSV(env.Stdout, cs)
	case "json":
		return dbJSON(env.Stdout, cs)
	}
	return dbJSONL(env.Stdout, cs)
}

// conflicts is the command's whole query; the benchmark times it.
func conflicts(ctx context.Context, st store.Store, cf store.ClaimFilter, sf seriesFilter, opt consolidate.Options) ([]consolidate.Conflict, error) {
	cf.Type = news.ClaimQuantity
	compute := func() ([]consolidate.Conflict, error) {
		in, err := stored.Input(ctx, st, cf)
		if err != nil {
			return nil, err
		}
		return consolidate.Conflicts(in, opt), nil
	}
	var all []consolidate.Conflict
	var err error
	if cf == (store.ClaimFilter{Type: news.ClaimQuantity}) {
		all, err = kept(ctx, st, "conflicts", opt, compute)
	} else {
		all, err = compute()
	}
	if err != nil {
		return nil, err
	}
	out := make([]consolidate.Conflict, 0, len(all))
	for _, c := range all {
		s := news.Series{Key: c.Key, Label: c.Label, Points: []news.Point{c.A.Point, c.B.Point}}
		if sf.match(&s) {
			out = append(out, c)
		}
	}
	consolidate.SortConflicts(out)
	return out, nil
}

// parseWindow reads "14d", "2w" or a Go duration; it must be positive.
func parseWindow(s string) (time.Duration, error) {
	s = strings.TrimSpace(s)
	var d time.Duration
	if n, err := strconv.Atoi(strings.TrimRight(s, "dw")); err == nil && len(s) > 1 && strings.ContainsAny(s[len(s)-1:], "dw") {
		if n > 36_500 {
			return 0, fmt.Errorf("%q: a window over a hundred years is no window", s)
		}
		d = time.Duration(n) * 24 * time.Hour
		if strings.HasSuffix(s, "w") {
			d *= 7
		}
	} else {
		var err error
		if d, err = time.ParseDuration(s); err != nil {
			return 0, fmt.Errorf("%q is not a window like 14d, 2w or 36h", s)
		}
	}
	if d <= 0 {
		return 0, fmt.Errorf("%q: the window must be positive", s)
	}
	return d, nil
}

func conflictsTable(w io.Writer, cs []consolidate.Conflict) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "SERIES\tDATE\tFIGURE\tSOURCE\tHEDGE\tvs DATE\tFIGURE\tSOURCE\tHEDGE")
	for _, c := range cs {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", dbTruncate(c.Label, 50),
			dbDeref(c.A.Date, "-"), c.A.Value.String(), dbTruncate(c.A.Source.Name, 26), c.A.Hedge,
			dbDeref(c.B.Date, "-"), c.B.Value.String(), dbTruncate(c.B.Source.Name, 26), c.B.Hedge)
	}
	return tw.Flush()
}

var conflictsCSVHeader = []string{"label", "actor", "measure", "what", "location", "days_apart",
	"a_date", "a_value_kind", "a_value", "a_low", "a_high", "a_source", "a_source_type", "a_hedge", "a_location", "a_outlet", "a_quote", "a_claims",
	"b_date", "b_value_kind", "b_value", "b_low", "b_high", "b_source", "b_source_type", "b_hedge", "b_location", "b_outlet", "b_quote", "b_claims"}

func conflictsCSV(w io.Writer, cs []consolidate.Conflict) error {
	cw := csv.NewWriter(w)
	cw.Write(conflictsCSVHeader)
	side := func(s consolidate.Side) []string {
		kind, v, lo, hi := valueCells(s.Value)
		return []string{news.Deref(s.Date), kind, v, lo, hi, s.Source.Name, s.Source.Type, s.Hedge,
			news.Deref(s.Location), s.Outlet, s.Quote, strings.Join(s.Claims, " ")}
	}
	for _, c := range cs {
		row := []string{c.Label, c.Key.Actor, c.Key.Measure, c.Key.What, c.Key.Location, strconv.Itoa(c.DaysApart)}
		row = append(row, side(c.A)...)
		cw.Write(append(row, side(c.B)...))
	}
	cw.Flush()
	return cw.Error()
}
