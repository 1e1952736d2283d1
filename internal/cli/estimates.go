package cli

import (
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"runtime/debug"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/sitrep/sitrep/internal/consolidate"
	"github.com/sitrep/sitrep/internal/consolidate/stored"
	"github.com/sitrep/sitrep/internal/gazetteer"
	"github.com/sitrep/sitrep/internal/news"
	"github.com/sitrep/sitrep/internal/store"
)

const estimatesExamples = `  sitrep estimates                                   every series, biggest first
  sitrep estimates "north korean personnel"          series whose label or key contains the words
  sitrep estimates --actor "North Korea" --location Kursk --format table --points
  sitrep estimates --measure killed --format csv > killed.csv`

// seriesFilter selects series after consolidation.
type seriesFilter struct {
	query    string // every word in the label or key (any case)
	location string // the series' place, or the place of one of its points
}

func (f seriesFilter) match(s *news.Series) bool {
	if f.location != "" && !strings.EqualFold(s.Key.Location, f.location) {
		found := false
		for _, p := range s.Points {
			if strings.EqualFold(news.Deref(p.Location), f.location) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	if f.query == "" {
		return true
	}
	hay := strings.ToLower(strings.Join([]string{s.Label, s.Key.Actor, s.Key.Measure, s.Key.What, s.Key.Location}, " "))
	for _, w := range strings.Fields(strings.ToLower(f.query)) {
		if !strings.Contains(hay, w) {
			return false
		}
	}
	return true
}

func runEstimates(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "estimates", "[--db DSN] [--format table|json|jsonl|csv] [FILTERS] [QUERY]", estimatesExamples)
	dsn := fs.String("db", "", "database: a file path (SQLite) or postgres:// URL (default $SITREP_DB or ./sitrep.db)")
	format := fs.String("format", "", "output: jsonl, json, table or csv (default table on a terminal, else jsonl)")
	var cf store.ClaimFilter
	var sf seriesFilter
	fs.StringVar(&cf.Actor, "actor", "", "actor is A (canonical name, any case)")
	fs.StringVar(&cf.Measure, "measure", "", "measure is M (deployed, killed, launched, ...)")
	fs.StringVar(&cf.What, "what", "", "what is W (personnel, casualties, drones, ...)")
	fs.StringVar(&sf.location, "location", "", "series in place L, or with points in L (canonical name, any case)")
	points := fs.Bool("points", false, "table: list each series' points under it")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	sf.query = strings.Join(pos, " ")
	out, err := outputFormat(env, *format, "jsonl", "json", "table", "csv")
	if err != nil {
		return err
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
	whole := cf == (store.ClaimFilter{}) && sf == (seriesFilter{})
	gen := generation(ctx, st)
	if whole && out == "jsonl" {
		// The kept JSON Lines of every series, written as they are.
		if b, ok := keptBytes(ctx, st, seriesJSONLKey(opt)); ok {
			_, err := env.Stdout.Write(b)
			return err
		}
	}
	series, err := estimates(ctx, st, cf, sf, opt)
	if errors.Is(err, store.ErrInvalid) {
		return usagef("%v", err)
	}
	if err != nil {
		return err
	}
	switch out {
	case "table":
		return seriesTable(env.Stdout, series, *points)
	case "csv":
		return seriesCSV(env.Stdout, series)
	case "json":
		return dbJSON(env.Stdout, series)
	}
	if !whole {
		return dbJSONL(env.Stdout, series)
	}
	var buf bytes.Buffer
	if err := dbJSONL(&buf, series); err != nil {
		return err
	}
	keepBytes(ctx, st, seriesJSONLKey(opt), gen, buf.Bytes())
	_, err = env.Stdout.Write(buf.Bytes())
	return err
}

// estimates is the command's whole query: one store read, consolidation,
// the series filter. The benchmark times this function.
func estimates(ctx context.Context, st store.Store, cf store.ClaimFilter, sf seriesFilter, opt consolidate.Options) ([]news.Series, error) {
	cf.Type = news.ClaimQuantity
	compute := func() ([]news.Series, error) {
		in, err := stored.Input(ctx, st, cf)
		if err != nil {
			return nil, err
		}
		return consolidate.Series(in, opt), nil
	}
	var all []news.Series
	var err error
	if cf == (store.ClaimFilter{Type: news.ClaimQuantity}) {
		all, err = kept(ctx, st, "series", opt, compute)
	} else {
		all, err = compute()
	}
	if err != nil {
		return nil, err
	}
	out := make([]news.Series, 0, len(all))
	for i := range all {
		if sf.match(&all[i]) {
			out = append(out, all[i])
		}
	}
	return out, nil
}

// batchGCPercent is the GOGC of the one-shot commands that consolidate the
// whole store: they build a large heap that lives until they print and
// exit, and collecting it at the default 100 took about a fifth of their
// time over 100,000 claims.
const batchGCPercent = 400

// consolidateOptions nests places and names actors' people from the
// embedded gazetteer, as serve does.
func consolidateOptions() (consolidate.Options, error) {
	g, err := gazetteer.Default()
	if err != nil {
		return consolidate.Options{}, fmt.Errorf("load gazetteer: %w", err)
	}
	return serveConsolidateOptions(g), nil
}

func seriesTable(w io.Writer, series []news.Series, points bool) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "SERIES\tLATEST\tCURRENT\tSOURCES\tPOINTS\tCONFLICTS\tDATES")
	for _, s := range series {
		latest := "-"
		if s.Latest != nil {
			latest = s.Latest.String()
		}
		current := "-"
		if r, ok := consolidate.Current(s, 0); ok {
			current = r.String()
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%d\t%d\t%s\n", dbTruncate(s.Label, 60), latest, current,
			s.Sources, len(s.Points), s.Conflicts, dateSpan(s.Points))
		if !points {
			continue
		}
		for _, p := range s.Points {
			fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\t%s\t\t\n", dbDeref(p.Date, "undated"), p.Value.String(),
				dbTruncate(p.Source.Name, 30), p.Hedge, dbDeref(p.Location, "-"))
		}
	}
	return tw.Flush()
}

// dateSpan is "first..last" of a series' dated points.
func dateSpan(pts []news.Point) string {
	var first, last string
	for _, p := range pts {
		if p.Date == nil {
			continue
		}
		if first == "" {
			first = *p.Date
		}
		last = *p.Date
	}
	switch {
	case first == "":
		return "undated"
	case first == last:
		return first
	}
	return first + ".." + last
}

var seriesCSVHeader = []string{"label", "actor", "measure", "what", "location", "sources", "conflicts",
	"date", "value_kind", "value", "low", "high", "source", "source_type", "source_title", "hedge",
	"point_location", "claims", "docs"}

// seriesCSV writes one row per point, its series' fields repeated.
func seriesCSV(w io.Writer, series []news.Series) error {
	cw := csv.NewWriter(w)
	cw.Write(seriesCSVHeader)
	for _, s := range series {
		for _, p := range s.Points {
			kind, v, lo, hi := valueCells(p.Value)
			cw.Write([]string{s.Label, s.Key.Actor, s.Key.Measure, s.Key.What, s.Key.Location,
				strconv.Itoa(s.Sources), strconv.Itoa(s.Conflicts), news.Deref(p.Date), kind, v, lo, hi,
				p.Source.Name, p.Source.Type, news.Deref(p.Source.Title), p.Hedge, news.Deref(p.Location),
				strings.Join(p.Claims, " "), strings.Join(p.Docs, " ")})
		}
	}
	cw.Flush()
	return cw.Error()
}

func valueCells(v news.Value) (kind, val, lo, hi string) {
	num := func(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }
	if v.Kind == news.KindRange {
		return v.Kind, "", num(v.Low), num(v.High)
	}
	return v.Kind, num(v.V), "", ""
}
