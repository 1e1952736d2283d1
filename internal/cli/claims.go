package cli

import (
	"bufio"
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/sitrep/sitrep/internal/news"
	"github.com/sitrep/sitrep/internal/store"
)

const claimsExamples = `  sitrep claims --actor "North Korea" --measure deployed
  sitrep claims --source NIS --since 2025-01-01 --format table
  sitrep claims --text "drone training" --format json
  sitrep claims --what casualties --format csv > casualties.csv`

func runClaims(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "claims", "[--db DSN] [--format jsonl|json|table|csv] [FILTERS]", claimsExamples)
	dsn := fs.String("db", "", "database: a file path (SQLite) or postgres:// URL (default $SITREP_DB or ./sitrep.db)")
	format := fs.String("format", "", "output: jsonl, json, table or csv (default table on a terminal, else jsonl)")
	var f store.ClaimFilter
	fs.StringVar(&f.Source, "source", "", "source name contains S (any case), or source type is S (agency, person, ...)")
	fs.StringVar(&f.Actor, "actor", "", "actor is A (canonical name, any case)")
	fs.StringVar(&f.Measure, "measure", "", "measure is M (deployed, killed, launched, ...)")
	fs.StringVar(&f.What, "what", "", "what is W (personnel, casualties, drones, ...)")
	fs.StringVar(&f.Since, "since", "", "claims dated on or after D (YYYY-MM-DD; said_on, else published)")
	fs.StringVar(&f.Until, "until", "", "claims dated on or before D (YYYY-MM-DD)")
	fs.StringVar(&f.Text, "text", "", "full-text search: every word in the quote or sentence")
	fs.StringVar(&f.Doc, "doc", "", "claims of one document (id or id prefix)")
	fs.StringVar(&f.Type, "type", "", "quantity or statement")
	fs.IntVar(&f.Limit, "limit", 0, "at most N claims (0: all)")
	fs.IntVar(&f.Offset, "offset", 0, "skip the first N claims")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usagef("unexpected argument %q (filters are flags, e.g. --text %q)", pos[0], pos[0])
	}
	out, err := outputFormat(env, *format, "jsonl", "json", "table", "csv")
	if err != nil {
		return err
	}
	if err := f.Validate(); err != nil {
		return usagef("%v", strings.TrimSuffix(err.Error(), ": "+store.ErrInvalid.Error()))
	}
	if f.Type != "" && f.Type != news.ClaimQuantity && f.Type != news.ClaimStatement {
		return usagef("--type must be quantity or statement")
	}
	st, err := openStore(ctx, env, *dsn)
	if err != nil {
		return err
	}
	defer st.Close()
	if cs, ok := st.(store.ClaimStreamer); ok && out == "jsonl" {
		return streamClaims(ctx, env.Stdout, cs, f)
	}
	claims, err := st.Claims(ctx, f)
	if errors.Is(err, store.ErrInvalid) {
		return usagef("%v", err)
	}
	if err != nil {
		return err
	}
	switch out {
	case "table":
		return claimsTable(env.Stdout, claims)
	case "csv":
		return claimsCSV(env.Stdout, claims)
	case "json":
		return dbJSON(env.Stdout, claims)
	}
	return dbJSONL(env.Stdout, claims)
}

// streamClaims writes the claims as the store holds their JSON, without
// decoding them: large answers come out several times faster.
func streamClaims(ctx context.Context, w io.Writer, cs store.ClaimStreamer, f store.ClaimFilter) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	err := cs.ClaimsJSON(ctx, f, func(b []byte) error {
		bw.Write(b)
		return bw.WriteByte('\n')
	})
	if errors.Is(err, store.ErrInvalid) {
		return usagef("%v", err)
	}
	if err != nil {
		return err
	}
	return bw.Flush()
}

func claimsTable(w io.Writer, claims []news.Claim) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "DOC\tDATE\tSOURCE\tHEDGE\tVALUE\tWHAT\tMEASURE\tACTOR\tQUOTE")
	for _, c := range claims {
		val := "-"
		if c.Value != nil {
			val = c.Value.String()
		}
		date := dbDeref(c.SaidOn, dbDeref(c.Published, "-"))
		doc := c.Doc
		if len(doc) > 12 {
			doc = doc[:12]
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", doc, date, dbTruncate(c.Source.Name, 28), c.Hedge, val,
			dbDeref(c.What, "-"), dbDeref(c.Measure, "-"), dbDeref(c.Actor, "-"), dbTruncate(oneLine(c.Quote), 60))
	}
	return tw.Flush()
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

var claimsCSVHeader = []string{"id", "doc", "type", "start", "end", "quote", "number_text", "value_kind", "value",
	"low", "high", "noun", "what", "measure", "actor", "location", "source", "source_type", "source_title", "via",
	"cue", "direct", "hedge", "said_on", "published", "sentence"}

func claimsCSV(w io.Writer, claims []news.Claim) error {
	cw := csv.NewWriter(w)
	cw.Write(claimsCSVHeader)
	num := func(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }
	for _, c := range claims {
		var kind, v, lo, hi string
		if c.Value != nil {
			kind = c.Value.Kind
			if kind == news.KindRange {
				lo, hi = num(c.Value.Low), num(c.Value.High)
			} else {
				v = num(c.Value.V)
			}
		}
		cw.Write([]string{c.ID, c.Doc, c.Type, strconv.Itoa(c.Start), strconv.Itoa(c.End), c.Quote,
			news.Deref(c.NumberText), kind, v, lo, hi, news.Deref(c.Noun), news.Deref(c.What), news.Deref(c.Measure),
			news.Deref(c.Actor), news.Deref(c.Location), c.Source.Name, c.Source.Type, news.Deref(c.Source.Title),
			strings.Join(c.Via, "; "), news.Deref(c.Cue), strconv.FormatBool(c.Direct), c.Hedge,
			news.Deref(c.SaidOn), news.Deref(c.Published), c.Sentence})
	}
	cw.Flush()
	return cw.Error()
}
