// Package entity is the analysis stage that marks gazetteer mentions:
// countries and their demonyms, capitals, agencies, people, places, weapons
// and outlets, each resolved to its canonical English name.
package entity

import (
	"context"
	"sync"

	"github.com/sitrep/sitrep/internal/analysis/token"
	"github.com/sitrep/sitrep/internal/gazetteer"
	"github.com/sitrep/sitrep/internal/news"
)

// Stage fills Doc.Entities from the gazetteer.
type Stage struct{ G *gazetteer.Gazetteer }

// Name implements the analysis stage contract.
func (s *Stage) Name() string { return "entity" }

// Annotate marks the mentions in every sentence that is not boilerplate:
// later stages read no mention there.
func (s *Stage) Annotate(ctx context.Context, d *news.Doc) error {
	// The mentions gather in a pooled buffer and are copied once into a
	// slice of their number: growing d.Entities sentence by sentence
	// allocated about twice that.
	buf := scratch.Get().(*[]news.Entity)
	ents := (*buf)[:0]
	for _, sent := range d.Sentences {
		if sent.Boilerplate {
			continue
		}
		// The words are the later stages' too (token.Sentence keeps them):
		// the gazetteer takes most of its keys from them.
		toks, words := token.Sentence(ctx, d.Text, sent.Span)
		ents = s.G.AppendMatchWords(ents, d.Text, toks, words)
	}
	d.Entities = append(d.Entities[:0], ents...)
	clear(ents) // the pool keeps no document's strings alive
	*buf = ents[:0]
	scratch.Put(buf)
	d.Focus = Focus(d.Entities, s.G, d.Headline)
	return nil
}

// scratch holds the buffers Annotate gathers mentions in.
var scratch = sync.Pool{New: func() any { return new([]news.Entity) }}

// Focus returns the country named most often, as a country, a capital or
// one of its places (places need g, which may be nil), a demonym counting
// half and a name in the headline (which may be empty) three times; of two
// named as often, the first to reach that count wins. A story of shelling
// in Kharkiv that names the Russian missiles once is about Ukraine; a
// summary headed "Beirut conference: donors pledge ..." is about Lebanon
// though France, its host, is named more often in the body.
func Focus(ents []news.Entity, g *gazetteer.Gazetteer, headline news.Span) string {
	counts := map[string]int{}
	best, top := "", 0
	for _, e := range ents {
		c := e.Nation()
		if c == "" && e.Type == news.EntityPlace && g != nil {
			c = g.CountryOf(e.Canonical)
		}
		if c == "" {
			continue
		}
		// A demonym describes whose people or arms ("two Chinese
		// peacekeepers"), a weaker sign of where the story is than a
		// name of the country or of its places: it counts half.
		w := 2
		if e.Demonym {
			w = 1
		}
		if !headline.Empty() && headline.Contains(e.Span) {
			w *= 3
		}
		counts[c] += w
		if counts[c] > top {
			best, top = c, counts[c]
		}
	}
	return best
}
