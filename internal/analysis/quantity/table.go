package quantity

// Plain-text tables: a row "Sindh .......... 724" under a caption "Table 1
// — Flood deaths by province" counts what the caption names.

import (
	"github.com/sitrep/sitrep/internal/analysis/numbers"
	"github.com/sitrep/sitrep/internal/analysis/token"
	"github.com/sitrep/sitrep/internal/news"
)

// caption is what a table's caption says its figures count.
type caption struct {
	noun, what, measure string
}

// tableCaption returns what a table row's figure counts, read from the
// caption above the rows: the row is a label, leaders (dots or a run of
// spaces) and the figure ending the line; the caption is the first line
// above the rows, and names a counted noun ("Flood deaths by province"),
// its measure too when it has one ("deaths": killed).
func (sc *sentence) tableCaption(k int) (caption, bool) {
	m := sc.nums[k]
	if !token.RowFigure(sc.d.Text, m.Span) {
		lab, ok := token.LabelRowFigure(sc.d.Text, m.Span)
		if !ok {
			return caption{}, false
		}
		if c, ok := sc.readCaption(lab); ok {
			return c, true // "Tanks destroyed: 135": the label names it
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
func (sc *sentence) captionCountry(m numbers.Mention) string {
	text := sc.d.Text
	if !token.RowFigure(text, m.Span) {
		if _, ok := token.LabelRowFigure(text, m.Span); !ok {
			return ""
		}
	}
	sp, ok := token.TableCaption(text, m.Start)
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

// placeIn returns the place or country named in sp (a row's label), or "".
func (sc *sentence) placeIn(sp news.Span) string {
	for _, e := range sc.ents {
		if sp.Contains(e.Span) && !e.Demonym && (e.Type == news.EntityPlace || e.Type == news.EntityCountry) {
			return e.Canonical
		}
	}
	return ""
}

// captionlessMeasures are read from words that say nothing in a caption:
// "more", "new", "used".
var captionlessMeasures = map[string]bool{"reinforced": true, "same": true, "impact": true, "used": true}

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
			if n, v := lex.Measures.MatchWords(words, j); n > 0 && !captionlessMeasures[v] {
				c.measure = v
			}
		}
	}
	return c, c.what != ""
}
