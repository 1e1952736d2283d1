package gazetteer

import (
	"strings"

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
	var best *alias
	bestLen := 0
	for k := i; k < len(toks); k++ {
		n = n.next[strings.ToLower(fold(toks[k].Text(text)))]
		if n == nil {
			break
		}
		for ai := range n.aliases {
			if a := &n.aliases[ai]; g.verify(a, text, toks[i:k+1]) {
				best, bestLen = a, k-i+1
				break
			}
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

// verify checks an alias against the text tokens under the case rules.
func (g *Gazetteer) verify(a *alias, text string, toks []token.Token) bool {
	for i, t := range toks {
		if !caseMatches(a.toks[i], fold(t.Text(text)), i == 0) {
			if i == 0 && !token.IsCapitalized(a.toks[0]) {
				continue // a lower-case name at a sentence start
			}
			return false
		}
	}
	return true
}
