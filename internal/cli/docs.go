package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"text/tabwriter"
	"time"

	"github.com/sitrep/sitrep/internal/store"
)

const docsExamples = `  sitrep docs
  sitrep docs --format jsonl | jq -r .title
  sitrep docs --db team.db --format json`

func runDocs(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "docs", "[--db DSN] [--format jsonl|json|table] [--text WORDS]", docsExamples)
	dsn := fs.String("db", "", "database: a file path (SQLite) or postgres:// URL (default $SITREP_DB or ./sitrep.db)")
	format := fs.String("format", "", "output: jsonl, json or table (default table on a terminal, else jsonl)")
	text := fs.String("text", "", "only documents whose title or text contain every word")
	story := fs.String("story", "", "only documents of this story id")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usagef("unexpected argument %q", pos[0])
	}
	f, err := outputFormat(env, *format, "jsonl", "json", "table")
	if err != nil {
		return err
	}
	st, err := openStore(ctx, env, *dsn)
	if err != nil {
		return err
	}
	defer st.Close()
	docs, err := st.Documents(ctx, store.DocFilter{Text: *text, Story: *story})
	if err != nil {
		return err
	}
	rows := make([]docRow, len(docs))
	for i, d := range docs {
		rows[i] = newDocRow(d)
	}
	switch f {
	case "table":
		return docsTable(env.Stdout, rows)
	case "json":
		return dbJSON(env.Stdout, rows)
	}
	return dbJSONL(env.Stdout, rows)
}

// docRow is one document as `docs` prints it.
type docRow struct {
	ID          string  `json:"id"`
	Source      string  `json:"source"`
	Outlet      *string `json:"outlet"`
	Published   *string `json:"published"`
	Title       *string `json:"title"`
	Lang        *string `json:"lang"`
	URL         *string `json:"url"`
	Claims      int     `json:"claims"`
	Story       string  `json:"story"`
	ContentType string  `json:"content_type"`
	Ingested    string  `json:"ingested"`
}

func newDocRow(d store.Document) docRow {
	r := docRow{
		ID: d.ID, Source: d.Source, Outlet: dbStrOrNil(d.Meta.Outlet), Title: dbStrOrNil(d.Meta.Title),
		Lang: dbStrOrNil(d.Meta.Lang), URL: dbStrOrNil(d.Meta.URL), Claims: d.NumClaims, Story: d.Story,
		ContentType: d.ContentType, Ingested: d.Ingested.Format(time.RFC3339),
	}
	if !d.Meta.Published.IsZero() {
		r.Published = dbStrOrNil(d.Meta.Published.Format(time.DateOnly))
	}
	return r
}

func dbStrOrNil(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func dbDeref(p *string, none string) string {
	if p == nil {
		return none
	}
	return *p
}

func docsTable(w io.Writer, rows []docRow) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tOUTLET\tDATE\tLANG\tCLAIMS\tSTORY\tTITLE")
	for _, r := range rows {
		story := "-"
		if r.Story != r.ID {
			story = r.Story[:12]
		}
		title := dbDeref(r.Title, r.Source)
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%d\t%s\t%s\n", r.ID[:12], dbTruncate(dbDeref(r.Outlet, "-"), 24),
			dbDeref(r.Published, "-"), dbDeref(r.Lang, "-"), r.Claims, story, dbTruncate(title, 60))
	}
	return tw.Flush()
}

// truncate shortens s to n runes with an ellipsis.
func dbTruncate(s string, n int) string {
	rs := []rune(s)
	if len(rs) <= n {
		return s
	}
	return string(rs[:n-1]) + "…"
}

func dbJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

func dbJSONL[T any](w io.Writer, rows []T) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, r := range rows {
		if err := enc.Encode(r); err != nil {
			return err
		}
	}
	return nil
}
