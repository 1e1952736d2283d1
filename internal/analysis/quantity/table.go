package quantity

// Plain-text tables: a row "Sindh .......... 724" under a caption "Table 1
// — Flood deaths by province" counts what the caption names.

import (
	"strings"

	"github.com/sitrep/sitrep/internal/analysis/numbers"
	"github.com/sitrep/sitrep/internal/analysis/token"
	"github.com/sitrep/sitrep/internal/analysis/wordset"
	"github.com/sitrep/sitrep/internal/news"
)

// caption is what a table's caption says its figures count.
type caption struct {
	noun, what, measure string
}

// tableRow is how a figure stands in a plain-text table, read once per
// figure: a row of leaders ("Sindh .......... 724") or a "Label: figure"
// cell ("Tanks destroyed: 135 (+4)", whose label is kept).
type tableRow struct {
	row    bool      // the figure is a row's, of any kind
	label  news.Span // the cell's or the row's label; empty for a row of leaders
	header news.Span // the header of the figure's column in a table of columns
	places bool      // the labels' header names places ("District"): each row's label is one
}

// rowOf reads how the figure m stands in a table.
func (sc *sentence) rowOf(m numbers.Mention) tableRow {
	if cc, ok := token.ColumnFigure(sc.d.Text, m.Num); ok {
		// "Blantyre  190  620  37" under "District  Deaths  Injured  Missing"
		return tableRow{row: true, label: cc.Label, header: cc.Header, places: placeNouns.Has(strings.ToLower(cc.LabelHeader.Of(sc.d.Text)))}
	}
	if token.RowFigure(sc.d.Text, m.Span) {
		return tableRow{row: true}
	}
	if lab, ok := token.LabelRowFigure(sc.d.Text, m.Span); ok {
		return tableRow{row: true, label: lab}
	}
	return tableRow{}
}

// tableCaption returns what a table row's figure counts: what its label
// names ("Tanks destroyed: 135"), else what the caption above the rows
// names ("Flood deaths by province" over "Sindh .......... 724"), its
// measure too when it has one ("deaths": killed). The caption is the first
// line above the rows.
func (sc *sentence) tableCaption(m numbers.Mention, r tableRow) (caption, bool) {
	if !r.row {
		return caption{}, false
	}
	if !r.header.Empty() {
		// A column's header says what its figures count, or what befell
		// them ("Deaths", "Injured").
		c, ok := sc.readCaption(r.header)
		return c, ok || c.measure != ""
	}
	if !r.label.Empty() {
		if c, ok := sc.readCaption(r.label); ok {
			return c, true
		}
	}
	sp, ok := token.TableCaption(sc.d.Text, m.Start)
	if !ok {
		return caption{}, false
	}
	return sc.readCaption(sp)
}

// captionCountry returns the one country the caption of the table whose
// row holds m names ("CLAIMED SYRIAN GOVERNMENT LOSSES"), or "".
func (sc *sentence) captionCountry(m numbers.Mention, r tableRow) string {
	if !r.row {
		return ""
	}
	sp, ok := token.TableCaption(sc.d.Text, m.Start)
	if !ok {
		return ""
	}
	country := ""
	for _, e := range sc.d.Entities {
		if e.Start >= sp.End {
			break
		}
		if !sp.Contains(e.Span) || e.Type != news.EntityCountry {
			continue
		}
		c := e.Canonical
		if e.Demonym && e.Country != "" {
			c = e.Country
		}
		if country != "" && c != country {
			return "" // "Russian and Ukrainian losses"
		}
		country = c
	}
	return country
}

// placeIn returns the place or country named in sp (a row's label), or "";
// under a header that names places (r.places), the label itself, a place
// the gazetteer may not know, unless it sums the rows ("Total").
func (sc *sentence) placeIn(sp news.Span, r tableRow) string {
	for _, e := range sc.ents {
		if sp.Contains(e.Span) && !e.Demonym && (e.Type == news.EntityPlace || e.Type == news.EntityCountry) {
			return e.Canonical
		}
	}
	if l := sp.Of(sc.d.Text); r.places && !totalLabels.Has(strings.ToLower(l)) {
		return l
	}
	return ""
}

// totalLabels label the rows that sum a table's others.
var totalLabels = wordset.New(map[string]bool{"total": true, "totals": true, "all": true, "overall": true, "sum": true, "grand total": true})

// captionlessMeasures are read from words that say nothing in a caption:
// "more", "new", "used".
var captionlessMeasures = wordset.New(map[string]bool{"reinforced": true, "same": true, "impact": true, "used": true})

// readCaption reads a caption's counted noun and measure.
func (sc *sentence) readCaption(sp news.Span) (caption, bool) {
	lex := sc.s.Lex
	toks, words := token.Sentence(sc.ctx, sc.d.Text, sp)
	var c caption
	for j := range toks {
		if c.what == "" {
			if n, what := lex.Nouns.MatchWords(words, j); n > 0 && what != "other" {
				c.what, c.noun = what, news.Span{Start: toks[j].Start, End: toks[j+n-1].End}.Of(sc.d.Text)
			}
		}
		if c.measure == "" {
			if n, v := lex.Measures.MatchWords(words, j); n > 0 && !captionlessMeasures.Has(v) {
				c.measure = v
			}
		}
	}
	return c, c.what != ""
}
