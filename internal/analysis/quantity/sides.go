package quantity

import (
	"github.com/sitrep/sitrep/internal/analysis/numbers"
	"github.com/sitrep/sitrep/internal/news"
)

// sides are the two parties a story is about: the two owners it names most
// often (countries, through their demonyms, capitals and bodies, and armed
// groups that are no state's), each at least twice, when no third is named
// twice. A story of one side, or of more than two (allies are not told
// from enemies), has none.
type sides [2]string

// minSideMentions is how often a party must be named to be a side.
const minSideMentions = 2

// belligerents counts the owners the entities of a document name.
func (s *Stage) belligerents(ents []news.Entity) sides {
	sc := &sentence{s: s}
	count := map[string]int{}
	var order []string
	for _, e := range ents {
		if !isActorType(e) && !e.Demonym {
			continue
		}
		c := sc.countryOf(e)
		if c == "" {
			continue
		}
		if count[c] == 0 {
			order = append(order, c)
		}
		count[c]++
	}
	var top sides
	for _, c := range order { // first named wins a tie
		switch {
		case top[0] == "" || count[c] > count[top[0]]:
			top[1], top[0] = top[0], c
		case top[1] == "" || count[c] > count[top[1]]:
			top[1] = c
		}
	}
	if top[1] == "" || count[top[1]] < minSideMentions {
		return sides{}
	}
	for _, c := range order {
		if c != top[0] && c != top[1] && count[c] >= minSideMentions {
			return sides{} // a third party named as often: who fights whom is unclear
		}
	}
	return top
}

// opponent returns the side that is not x, or "" when x is neither.
func (sd sides) opponent(x string) string {
	switch {
	case x == "" || sd[0] == "":
		return ""
	case x == sd[0]:
		return sd[1]
	case x == sd[1]:
		return sd[0]
	}
	return ""
}

// takenFrom reports whether what a figure counts was taken from the other
// side by the one that acts: what a side shoots down, and the soldiers and
// weapons it captures, are its enemy's.
func takenFrom(measure, what string) bool {
	switch measure {
	case "intercepted":
		return true
	case "captured":
		return what == "personnel" || what == "equipment"
	}
	return false
}

// verbBefore reports whether the word that gave a figure its measure, at
// token v, is a verb before the figure ("shot down three jets", "said it
// captured 200 soldiers"), not its noun ("1,000 prisoners").
func (sc *sentence) verbBefore(v int, m numbers.Mention) bool {
	return v >= 0 && v < len(sc.toks) && sc.toks[v].End <= m.Start
}

// sourceSide is the party of the speaker a figure is attributed to: an
// armed group that is no state's speaks for itself, others for their
// country.
func (sc *sentence) sourceSide(q news.Quantity) string {
	a := sc.covering(q)
	if a == nil {
		return ""
	}
	if en, ok := sc.s.G.Lookup(a.Source.Name); ok && en.NonState {
		return en.Canonical
	}
	return sc.s.G.CountryOf(a.Source.Name)
}

// countriesNamed counts how often each country is named by its name, its
// demonym or one of its forces and governments (not through its places).
func countriesNamed(ents []news.Entity) map[string]int {
	n := map[string]int{}
	for _, e := range ents {
		switch {
		case e.Type == news.EntityCountry && e.Demonym:
			n[e.Country]++
		case e.Type == news.EntityCountry:
			n[e.Canonical]++
		case (e.Type == news.EntityMilitary || e.Type == news.EntityGovernment) && e.Country != "":
			n[e.Country]++
		}
	}
	return n
}

// enemyOwns reports whether a word for the enemy owns figure k: on its noun
// ("1,500 enemy dead", "20 enemy tanks") or as the subject of its clause
// with no side named in between ("the enemy lost 1,200 troops").
func (sc *sentence) enemyOwns(k int, np nounPhrase) bool {
	first := sc.tokIndex(sc.nums[k].Start)
	last := first + 1
	if np.head >= 0 {
		last = np.head + 1
	}
	for j := first + 1; j < last && j < len(sc.words); j++ {
		if sc.s.Lex.Enemy.Has(sc.words[j]) {
			return true
		}
	}
	from := sc.tokIndex(sc.clauseStart(first))
	for j := first - 1; j >= from; j-- {
		if i := sc.entityAt(j); i >= 0 && isActorType(sc.ents[i]) {
			return false
		}
		if sc.s.Lex.Enemy.Has(sc.words[j]) {
			return true
		}
	}
	return false
}
