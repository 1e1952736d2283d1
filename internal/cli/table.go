package cli

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/news"
)

// tableWriter prints claims for people, one line each, within 100 columns:
// the figure, what it counts, who says it (with title), how firmly, when.
type tableWriter struct {
	w      io.Writer
	header bool
}

func newTableWriter(w io.Writer) *tableWriter { return &tableWriter{w: w} }

// column widths; they add up, with separators, to 100.
const (
	colFigure = 14
	colWhat   = 34
	colSource = 26
	colHedge  = 11
	colDate   = 10
)

func (t *tableWriter) doc(d *news.Doc) error {
	if len(d.Claims) == 0 {
		return nil
	}
	title := d.Path
	if d.Meta.Title != "" {
		title += " — " + d.Meta.Title
	}
	if _, err := fmt.Fprintf(t.w, "\n%s\n", clip(title, 100)); err != nil {
		return err
	}
	if _, err := fmt.Fprintf(t.w, "%-*s %-*s %-*s %-*s %s\n", colFigure, "FIGURE", colWhat, "WHAT", colSource, "SOURCE", colHedge, "HEDGE", "DATE"); err != nil {
		return err
	}
	for _, c := range d.Claims {
		if _, err := io.WriteString(t.w, tableRow(c)+"\n"); err != nil {
			return err
		}
	}
	return nil
}

// tableRow renders one claim.
func tableRow(c news.Claim) string {
	figure, what := "", ""
	if c.Type == news.ClaimQuantity && c.Value != nil {
		figure = c.Value.String()
		parts := []string{news.Deref(c.Actor), news.Deref(c.What), news.Deref(c.Measure)}
		if loc := news.Deref(c.Location); loc != "" {
			parts = append(parts, "in "+loc)
		}
		what = strings.Join(nonEmpty(parts), " ")
	} else {
		figure = "“" + clip(c.Quote, colFigure+colWhat-2) + "”"
	}
	src := c.Source.Name
	if c.Source.Title != nil {
		src += ", " + *c.Source.Title
	}
	if len(c.Via) > 0 {
		src += " via " + strings.Join(c.Via, ">")
	}
	date := news.Deref(c.SaidOn)
	if date == "" {
		date = news.Deref(c.Published)
	}
	if c.Type != news.ClaimQuantity {
		return fmt.Sprintf("%-*s %-*s %-*s %s", colFigure+colWhat+1, pad(figure, colFigure+colWhat+1), colSource, pad(clip(src, colSource), colSource), colHedge, pad(c.Hedge, colHedge), date)
	}
	return fmt.Sprintf("%s %s %s %s %s", pad(clip(figure, colFigure), colFigure), pad(clip(what, colWhat), colWhat), pad(clip(src, colSource), colSource), pad(c.Hedge, colHedge), date)
}

func nonEmpty(ss []string) []string {
	var out []string
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

// clip shortens s to at most n runes, marking the cut with an ellipsis.
func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

// pad right-pads s with spaces to n runes.
func pad(s string, n int) string {
	if k := utf8.RuneCountInString(s); k < n {
		return s + strings.Repeat(" ", n-k)
	}
	return s
}
