package quantity

import (
	"github.com/sitrep/sitrep/internal/news"
)

// actorTypes are the entities that can own troops or weapons.
func isActorType(e news.Entity) bool {
	switch e.Type {
	case news.EntityCountry, news.EntityPerson, news.EntityMilitary, news.EntityGovernment, news.EntityAgency:
		return true
	case news.EntityPlace:
		return e.StandsFor != ""
	}
	return false
}

// countryOf returns the country an actor entity stands for.
func (sc *sentence) countryOf(e news.Entity) string {
	switch {
	case e.StandsFor != "":
		return e.StandsFor
	case e.Type == news.EntityCountry:
		if e.Demonym {
			return e.Country
		}
		return e.Canonical
	default:
		return e.Country
	}
}

// actor finds whose people or things mention k counts: a demonym or
// possessive in its noun phrase ("North Korean troops", "Russia's 3,000"),
// else the nearest name before it in the sentence that is not a speaker
// ("Pyongyang has sent", "Kim Jong-un of sending"). With a verb of
// receiving ("securing", "received") the supplier is the other party and
// the receiver is returned as the location. It returns the actor, the
// entity index used (-1 if none) and a location override.
func (sc *sentence) actor(k int, np nounPhrase, receive bool) (string, int, string) {
	m := sc.nums[k]
	npEnd := m.End
	if np.head >= 0 {
		npEnd = np.span.End
	}
	for i, e := range sc.ents {
		if e.Start < m.End || e.End > npEnd {
			continue
		}
		switch {
		case e.Demonym || e.Type == news.EntityCountry:
			return sc.countryOf(e), i, ""
		case e.Type == news.EntityMilitary || e.Type == news.EntityGovernment:
			return e.Canonical, i, "" // "Hamas fighters", "junta troops"
		}
	}
	if np.what == "other" {
		return "", -1, "" // whose civilians or homes the text must say
	}
	// "Russia's 3,000 troops": a possessive right before the figure.
	if ft := sc.tokIndex(m.Start); ft >= 2 && sc.toks[ft-1].Kind == 2 {
		if i := sc.entityEndingAt(sc.toks[ft-2].End); i >= 0 && isActorType(sc.ents[i]) {
			return sc.countryOf(sc.ents[i]), i, ""
		}
	}
	if receive {
		subj, other := -1, -1
		for i, e := range sc.ents {
			if sc.srcs[i] || e.Demonym || !isActorType(e) || e.Start > m.Start {
				continue
			}
			if subj < 0 {
				subj = i
			} else if sc.countryOf(e) != sc.countryOf(sc.ents[subj]) && other < 0 {
				other = i
			}
		}
		if subj >= 0 && other >= 0 {
			return sc.countryOf(sc.ents[other]), other, sc.countryOf(sc.ents[subj])
		}
	}
	for i := len(sc.ents) - 1; i >= 0; i-- {
		e := sc.ents[i]
		if e.End > m.Start || sc.srcs[i] || e.Demonym || !isActorType(e) {
			continue
		}
		if c := sc.countryOf(e); c != "" {
			return c, i, ""
		}
	}
	return "", -1, ""
}

func (sc *sentence) entityEndingAt(off int) int {
	for i, e := range sc.ents {
		if e.End == off {
			return i
		}
	}
	return -1
}

// placePrepositions before a capital make it the city itself ("instructors
// to Pyongyang"); elsewhere a capital stands for its country ("to help
// Moscow").
var placePrepositions = map[string]bool{"in": true, "to": true, "into": true, "at": true, "near": true, "from": true, "outside": true, "around": true}

// location finds where mention k is: the first place after the figure in
// its sentence, else the nearest one before it; never a demonym, a speaker
// or the actor itself.
func (sc *sentence) location(k int, actor string, actorEnt int) string {
	m := sc.nums[k]
	name := func(i int) string {
		e := sc.ents[i]
		if i == actorEnt || sc.srcs[i] || e.Demonym {
			return ""
		}
		switch {
		case e.Type == news.EntityPlace && e.StandsFor != "":
			if placePrepositions[sc.word(sc.tokIndex(e.Start)-1)] {
				return e.Canonical
			}
			if e.StandsFor == actor {
				return ""
			}
			return e.StandsFor
		case e.Type == news.EntityPlace:
			return e.Canonical
		case e.Type == news.EntityCountry:
			if e.Canonical == actor {
				return ""
			}
			return e.Canonical
		}
		return ""
	}
	for i, e := range sc.ents {
		if e.Start >= m.End {
			if n := name(i); n != "" {
				return n
			}
		}
	}
	for i := len(sc.ents) - 1; i >= 0; i-- {
		if sc.ents[i].End <= m.Start {
			if n := name(i); n != "" {
				return n
			}
		}
	}
	return ""
}
