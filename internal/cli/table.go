package cli

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/news"
)

// tableWriter prints claims for people within 100 columns, one line a
// claim: the figure, what it counts, whose and where, who says it, how
// firmly, when. A source with a title or relays gets a second, indented
// line with all of it, so nothing an analyst needs is cut off.
type tableWriter struct {
	w      io.Writer
	header bool
}

func newTableWriter(w io.Writer) *tableWriter { return &tableWriter{w: w} }

// column widths; with the separators they add up to tableWidth.
const (
	tableWidth = 100
	colFigure  = 13
	colCounts  = 20
	colWhose   = 20
	colSource  = 21
	colHedge   = 11
	colDate    = 10
	// a statement's quote takes the first three columns.
	colQuote = colFigure + colCounts + colWhose + 2
)

func (t *tableWriter) doc(d *news.Doc) error {
	if len(d.Claims) == 0 {
		return nil
	}
	title := d.Path
	if d.Meta.Title != "" {
		title += " — " + d.Meta.Title
	}
	if _, err := fmt.Fprintf(t.w, "\n%s\n", clip(title, tableWidth)); err != nil {
		return err
	}
	head := strings.Join([]string{pad("FIGURE", colFigure), pad("COUNTS", colCounts), pad("WHOSE · WHERE", colWhose),
		pad("SOURCE", colSource), pad("HEDGE", colHedge), "DATE"}, " ")
	if _, err := io.WriteString(t.w, head+"\n"); err != nil {
		return err
	}
	last := ""
	for _, c := range d.Claims {
		line, full := tableRow(c)
		// The source's full line is printed under the first of a run of
		// claims from the same source: a run reads as one block.
		if full != "" && full != last {
			line += "\n" + strings.Repeat(" ", colFigure+1) + clip("↳ "+full, tableWidth-colFigure-1)
		}
		last = full
		if _, err := io.WriteString(t.w, line+"\n"); err != nil {
			return err
		}
	}
	return nil
}

// tableRow renders one claim's line, and returns beside it the source's
// full line when the source column cannot hold all of it (else "").
func tableRow(c news.Claim) (line, full string) {
	var lead string
	if c.Type == news.ClaimQuantity && c.Value != nil {
		lead = pad(clip(c.Value.String(), colFigure), colFigure) + " " +
			pad(clip(counts(c), colCounts), colCounts) + " " +
			pad(clip(whoseWhere(c), colWhose), colWhose)
	} else {
		lead = pad("“"+clip(c.Quote, colQuote-2)+"”", colQuote)
	}
	date := news.Deref(c.SaidOn)
	if date == "" {
		date = news.Deref(c.Published)
	}
	if date == "" {
		date = "-"
	}
	line = lead + " " + pad(clip(c.Source.Name, colSource), colSource) + " " + pad(c.Hedge, colHedge) + " " + date
	if full = sourceLine(c); full == c.Source.Name && utf8.RuneCountInString(full) <= colSource {
		full = ""
	}
	return line, full
}

// counts says what a figure counts: "personnel deployed", "drones
// launched"; a measure that repeats its class ("casualties") once.
func counts(c news.Claim) string {
	what, measure := news.Deref(c.What), news.Deref(c.Measure)
	if what == measure || measure == "other" {
		return what
	}
	return strings.Join(nonEmpty([]string{what, measure}), " ")
}

// whoseWhere is the actor and the location: "North Korea · Kursk".
func whoseWhere(c news.Claim) string {
	actor, loc := news.Deref(c.Actor), news.Deref(c.Location)
	if loc == actor {
		loc = ""
	}
	return strings.Join(nonEmpty([]string{actor, loc}), " · ")
}

// sourceLine is the source with its title and relay chain, outermost relay
// first: "Volodymyr Zelenskyy, President of Ukraine, via Ukrinform".
func sourceLine(c news.Claim) string {
	s := c.Source.Name
	if t := news.Deref(c.Source.Title); t != "" {
		s += ", " + t
	}
	if len(c.Via) > 0 {
		s += ", via " + strings.Join(c.Via, " > ")
	}
	return s
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
