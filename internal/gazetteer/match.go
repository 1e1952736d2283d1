package gazetteer

import (
	"github.com/sitrep/sitrep/internal/analysis/token"
	"github.com/sitrep/sitrep/internal/news"
)

// Match finds gazetteer mentions among toks (tokens of text), longest match
// first, left to right, without overlaps.
func (g *Gazetteer) Match(text string, toks []token.Token) []news.Entity {
	var out []news.Entity
	for i := 0; i < len(toks); {
		n, e := g.matchAt(text, toks, i)
		if n == 0 {
			i++
			continue
		}
		out = append(out, e)
		i += n
	}
	return out
}

// matchAt returns the number of tokens of the longest alias starting at
// toks[i], and the entity it makes.
func (g *Gazetteer) matchAt(text string, toks []token.Token, i int) (int, news.Entity) {
	cands := g.index[fold(toks[i].Text(text))]
	for _, a := range cands {
		if i+len(a.toks) > len(toks) {
			continue
		}
		ok := true
		for k := 1; k < len(a.toks); k++ {
			t := toks[i+k]
			// Tokens of a name are adjacent or separated by space only.
			if fold(t.Text(text)) != a.toks[k] {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		// A name does not end inside a longer word chain such as "Kim Jong"
		// + "-un": the tokenizer keeps hyphenated words whole, so a match is
		// always on token boundaries.
		e := &g.entries[a.entry]
		ent := news.Entity{
			Span:      news.Span{Start: toks[i].Start, End: toks[i+len(a.toks)-1].End},
			Canonical: e.Canonical,
			Type:      e.Type(),
			Country:   e.Country,
			Title:     e.Title,
			Demonym:   a.demonym,
		}
		if a.demonym {
			ent.Type = news.EntityCountry
			ent.Country = e.Canonical
			if e.Kind != "country" {
				ent.Type = e.Type()
				ent.Country = e.Country
			}
		}
		if e.Kind == "capital" {
			ent.StandsFor = e.Country
		}
		return len(a.toks), ent
	}
	return 0, news.Entity{}
}
