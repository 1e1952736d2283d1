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
// toks[i], and the entity it makes. Matches are on token boundaries, so a
// name never ends inside a hyphenated word.
func (g *Gazetteer) matchAt(text string, toks []token.Token, i int) (int, news.Entity) {
	n := &g.root
	best, bestLen := (*alias)(nil), 0
	for k := i; k < len(toks); k++ {
		n = n.next[fold(toks[k].Text(text))]
		if n == nil {
			break
		}
		if n.alias != nil {
			best, bestLen = n.alias, k-i+1
		}
	}
	if best == nil {
		return 0, news.Entity{}
	}
	e := &g.entries[best.entry]
	ent := news.Entity{
		Span:      news.Span{Start: toks[i].Start, End: toks[i+bestLen-1].End},
		Canonical: e.Canonical,
		Type:      e.Type(),
		Country:   e.Country,
		Title:     e.Title,
		Demonym:   best.demonym,
	}
	if best.demonym && e.Kind == "country" {
		ent.Country = e.Canonical
	}
	if e.Kind == "capital" {
		ent.StandsFor = e.Country
	}
	return bestLen, ent
}
