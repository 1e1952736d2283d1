package cli

import (
	"context"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"time"

	"github.com/sitrep/sitrep/internal/news"
	"github.com/sitrep/sitrep/internal/store"
)

const showExamples = `  sitrep show 3f2a9c            a document by id prefix (see 'sitrep docs')
  sitrep show --format json 3f2a9c41d0e2`

func runShow(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "show", "[--db DSN] [--format text|json] DOC", showExamples)
	dsn := fs.String("db", "", "database: a file path (SQLite) or postgres:// URL (default $SITREP_DB or ./sitrep.db)")
	format := fs.String("format", "text", "output: text (claims marked in the text) or json")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usagef("want one DOC (an id or id prefix from 'sitrep docs')")
	}
	if *format != "text" && *format != "json" {
		return usagef("unknown --format %q (want text or json)", *format)
	}
	st, err := openStore(ctx, env, *dsn)
	if err != nil {
		return err
	}
	defer st.Close()
	d, err := st.Document(ctx, pos[0])
	if err != nil {
		return notFound(err, "document")
	}
	if *format == "json" {
		return dbJSON(env.Stdout, struct {
			*store.Document
			Claims []news.Claim `json:"claims_list"`
		}{d, d.Claims})
	}
	showText(env.Stdout, d, stdoutIsTerminal(env))
	return nil
}

func stdoutIsTerminal(env *Env) bool {
	if env.IsTerminal {
		return true
	}
	f, ok := env.Stdout.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// showText prints the metadata, the text with claims marked (reverse video on
// a terminal, else [[ ]]) and the list of claims.
func showText(w io.Writer, d *store.Document, ansi bool) {
	m := d.Meta
	field := func(k, v string) {
		if v != "" {
			fmt.Fprintf(w, "%-10s %s\n", k+":", v)
		}
	}
	field("id", d.ID)
	field("source", d.Source)
	field("title", m.Title)
	field("outlet", m.Outlet)
	field("byline", m.Byline)
	if !m.Published.IsZero() {
		field("published", m.Published.Format(time.DateOnly))
	}
	field("lang", m.Lang)
	field("url", m.URL)
	if m.CanonicalURL != m.URL {
		field("canonical", m.CanonicalURL)
	}
	if d.Story != d.ID {
		field("story", d.Story)
	}
	field("claims", fmt.Sprint(len(d.Claims)))
	fmt.Fprintln(w)
	open, end := "[[", "]]"
	if ansi {
		open, end = "\x1b[7m", "\x1b[0m"
	}
	fmt.Fprintln(w, markSpans(d.Text, d.Claims, open, end))
	if len(d.Claims) == 0 {
		return
	}
	fmt.Fprintln(w)
	for i, c := range d.Claims {
		val := ""
		if c.Value != nil {
			val = " " + c.Value.String()
		}
		fmt.Fprintf(w, "%3d. [%d,%d) %s%s %q — %s (%s), %s\n", i+1, c.Start, c.End, c.Type, val, oneLine(c.Quote),
			c.Source.Name, c.Source.Type, c.Hedge)
	}
}

// markSpans wraps each claim's span in open/end; overlapping spans are
// merged so that marks never nest.
func markSpans(text string, claims []news.Claim, open, end string) string {
	spans := make([]news.Span, 0, len(claims))
	for _, c := range claims {
		if (news.Span{Start: c.Start, End: c.End}).Valid(len(text)) && c.End > c.Start {
			spans = append(spans, news.Span{Start: c.Start, End: c.End})
		}
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i].Start < spans[j].Start })
	var merged []news.Span
	for _, s := range spans {
		if n := len(merged); n > 0 && s.Start <= merged[n-1].End {
			merged[n-1].End = max(merged[n-1].End, s.End)
			continue
		}
		merged = append(merged, s)
	}
	var b strings.Builder
	prev := 0
	for _, s := range merged {
		b.WriteString(text[prev:s.Start])
		b.WriteString(open)
		b.WriteString(text[s.Start:s.End])
		b.WriteString(end)
		prev = s.End
	}
	b.WriteString(text[prev:])
	return b.String()
}
