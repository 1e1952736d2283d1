package export

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/sitrep/sitrep/internal/news"
)

// CSVHeader is the first row of a CSV export, as README.md documents it; the
// columns are those of `claims --format csv`. Values: a range fills low and
// high, any other figure fills value; via joins the relays with "; ".
// Columns added later go last, so scripts that read by position go on
// working: per (the unit of time of a rate) follows sentence.
var CSVHeader = []string{"id", "doc", "type", "start", "end", "quote", "number_text", "value_kind", "value",
	"low", "high", "noun", "what", "measure", "actor", "location", "source", "source_type", "source_title", "via",
	"cue", "direct", "hedge", "said_on", "published", "sentence", "per"}

// CSV writes the header and one row per claim (RFC 4180).
func CSV(w io.Writer, claims []news.Claim) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(CSVHeader); err != nil {
		return fmt.Errorf("write csv: %w", err)
	}
	for i := range claims {
		if err := cw.Write(csvRow(&claims[i])); err != nil {
			return fmt.Errorf("write csv: %w", err)
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("write csv: %w", err)
	}
	return nil
}

func csvRow(c *news.Claim) []string {
	num := func(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }
	var kind, v, lo, hi string
	if c.Value != nil {
		kind = c.Value.Kind
		if kind == news.KindRange {
			lo, hi = num(c.Value.Low), num(c.Value.High)
		} else {
			v = num(c.Value.V)
		}
	}
	return []string{c.ID, c.Doc, c.Type, strconv.Itoa(c.Start), strconv.Itoa(c.End), c.Quote,
		news.Deref(c.NumberText), kind, v, lo, hi, news.Deref(c.Noun), news.Deref(c.What), news.Deref(c.Measure),
		news.Deref(c.Actor), news.Deref(c.Location), c.Source.Name, c.Source.Type, news.Deref(c.Source.Title),
		strings.Join(c.Via, "; "), news.Deref(c.Cue), strconv.FormatBool(c.Direct), c.Hedge,
		news.Deref(c.SaidOn), news.Deref(c.Published), c.Sentence, news.Deref(c.Per)}
}
