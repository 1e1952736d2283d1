package quantity

import (
	"github.com/sitrep/sitrep/internal/analysis/lang"
	"strings"

	"github.com/sitrep/sitrep/internal/analysis/token"
	"github.com/sitrep/sitrep/internal/analysis/wordset"
	"github.com/sitrep/sitrep/internal/gazetteer"
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

// countryOf returns the country an actor entity stands for, or the group
// itself for an armed group that is no state's.
func (sc *sentence) countryOf(e news.Entity) string {
	if en, ok := sc.s.G.Lookup(e.Canonical); ok && en.NonState {
		return en.Canonical
	}
	switch {
	case e.StandsFor != "":
		return e.StandsFor
	case e.Type == news.EntityCountry:
		if e.Demonym {
			return e.Country
		}
		return e.Canonical
	case e.Country == "" && e.Type == news.EntityMilitary:
		// A force of no one state is its own side: "KFOR, which has about
		// 4,500 troops", "MINUSMA, which has more than 12,000 uniformed
		// personnel".
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
func (sc *sentence) actor(k int, np nounPhrase, receive bool, measure string) (string, int, string) {
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
			if en, ok := sc.s.G.Lookup(e.Canonical); ok && !en.NonState && e.Type == news.EntityMilitary && e.Country != "" {
				return e.Country, i, "" // "6,137 ARBiH soldiers": a state's army is the state's
			}
			return e.Canonical, i, "" // "Hamas fighters", "junta troops"
		}
	}
	if i := sc.ownerAfter(np, measure); i >= 0 {
		return sc.countryOf(sc.ents[i]), i, ""
	}
	if i := sc.forceOf(np); i >= 0 {
		return sc.countryOf(sc.ents[i]), i, "" // "13,000 troops of the Army of Republika Srpska"
	}
	if np.head >= 0 && np.span.End <= m.Start {
		// A noun before the figure ("North Korean casualties ... have
		// exceeded 3,000"): the name that modifies it.
		for i, e := range sc.ents {
			if e.End <= np.span.Start && np.span.Start-e.End <= 3 && (e.Demonym || e.Type == news.EntityCountry) && !sc.srcs[i] {
				return sc.countryOf(e), i, ""
			}
		}
	}
	people := np.what == "people" || sc.peopleFirst(k, np)
	if (np.what == "other" || people) && measure != "captured" {
		if i := sc.lossOwner(k, measure); i >= 0 && people {
			return sc.countryOf(sc.ents[i]), i, ""
		}
		return "", -1, "" // whose civilians or homes the text must say
	}
	if people {
		// "it held 214 hostages", "gunmen abducted 287 pupils": people
		// taken are no one's side by being taken; the taker is no owner.
		return "", -1, ""
	}
	// "Russia's 3,000 troops": a possessive right before the figure.
	if ft := sc.tokIndex(m.Start); ft >= 2 && sc.toks[ft-1].Kind == token.Possessive {
		if i := sc.entityEndingAt(sc.toks[ft-2].End); i >= 0 && isActorType(sc.ents[i]) {
			return sc.countryOf(sc.ents[i]), i, ""
		}
	}
	// "192 of its servicemen", "their 40 launchers": a possessive pronoun
	// on the noun points back to the side named before it, speaker or not
	// ("Azerbaijan's defence ministry said 192 of its servicemen ...").
	if np.head >= 0 && sc.possessivePronoun(sc.tokIndex(m.Start)-1, np.head) {
		for i := len(sc.ents) - 1; i >= 0; i-- {
			if e := sc.ents[i]; e.End <= m.Start && (isActorType(e) || e.Demonym) && sc.countryOf(e) != "" {
				return sc.countryOf(e), i, ""
			}
		}
	}
	// "three of the group's technicals": a described owner ("the group",
	// "the rebels") points back to the armed group named last.
	ownerEnd := np.head
	if ownerEnd < sc.tokIndex(m.End) {
		// no noun of its own after it: "three of the group's technicals"
		ownerEnd = min(sc.tokIndex(m.End)+4, len(sc.toks))
	}
	if sc.describedOwner(sc.tokIndex(m.Start)-1, ownerEnd) {
		if g := sc.lastGroup(); g != "" {
			return g, -1, ""
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
		if subj >= 0 {
			// "Ukraine has received 20 armoured vehicles from Sweden": the
			// supplier after "from".
			j := sc.tokIndex(m.End)
			if np.head >= 0 {
				j = np.end
			}
			if i := sc.entityAt(j + 1); sc.word(j) == "from" && i >= 0 && !sc.srcs[i] && !sc.ents[i].Demonym && isActorType(sc.ents[i]) {
				if c := sc.countryOf(sc.ents[i]); c != "" && c != sc.countryOf(sc.ents[subj]) {
					return c, i, sc.countryOf(sc.ents[subj])
				}
			}
		}
	}
	// "los 11.000 soldados que Corea del Norte envió", "the 11,000 troops
	// that North Korea sent": the subject of a relative clause on the noun.
	if np.head >= 0 && relativeWords.Has(sc.word(np.end)) {
		for j := np.end + 1; j <= np.end+2 && j < len(sc.toks); j++ {
			if i := sc.entityAt(j); i >= 0 && !sc.ents[i].Demonym && !sc.srcs[i] && isActorType(sc.ents[i]) {
				if c := sc.countryOf(sc.ents[i]); c != "" {
					return c, i, ""
				}
			}
		}
	}
	// "the 109 Bradley fighting vehicles the US has delivered": a clause
	// without "that" whose subject follows the noun.
	if np.head >= 0 {
		if i := sc.reducedRelativeSubject(np.end); i >= 0 {
			return sc.countryOf(sc.ents[i]), i, ""
		}
	}
	// The nearest name before the figure in its own clause, else in the
	// sentence ("Pyongyang was likely to send more troops, and noted that
	// at least 200 more ...").
	var scopeBuf [2]int // on the stack: the slice literal grew on the heap
	scopes := append(scopeBuf[:0], sc.clauseStart(sc.tokIndex(m.Start)))
	if np.what == "" || np.what == "personnel" {
		scopes = append(scopes, sc.span.Start) // troops belong to a side named anywhere in the sentence
	}
	for _, from := range scopes {
		for i := len(sc.ents) - 1; i >= 0; i-- {
			e := sc.ents[i]
			if e.Start < from {
				break
			}
			if e.End > m.Start || sc.srcs[i] || e.Demonym && !sc.modifiesForces(e) || !isActorType(e) || sc.placedOrTarget(e) && !(measure == "produced" && e.Demonym) || sc.patronsOf(e) {
				continue
			}
			if lossMeasures.Has(measure) && (sc.agentOfPassive(e) || sc.killerBefore(e, m.Start)) {
				// "the count given by the FSB was 40 dead", "Boko Haram
				// fighters killed about 40 soldiers": who counts or kills
				// owns no dead.
				continue
			}
			if c := sc.countryOf(e); c != "" {
				if sc.jointSubject(i) {
					return "", -1, "" // "Russia and Ukraine each released 1,000 prisoners"
				}
				return c, i, ""
			}
		}
	}
	if agentMeasures.Has(measure) && sc.state != "" && sc.bareForces(sc.tokIndex(m.Start)) {
		// "Since late 2022 the army has trained thousands of civilian
		// auxiliaries", "the navy had trained more than 100 new drone
		// crews": forces no one is named to own are the story's only
		// state's, and so is what they train, send, fire or make.
		return sc.state, -1, ""
	}
	if measure == "captured" {
		// The speaker holds the ground it claims when no other side is
		// named: "le ministère russe de la Défense a affirmé avoir repris
		// 12 localités", "l'Ukraine affirmait contrôler 1 300 km²".
		for i, e := range sc.ents {
			if sc.srcs[i] && e.End <= m.Start && !e.Demonym && isActorType(e) {
				if c := sc.countryOf(e); c != "" {
					return c, i, ""
				}
			}
		}
	}
	return "", -1, ""
}

// patronsOf reports whether an entity owns the backers of the figure, not
// the figure: "Ukraine's biggest backers have committed more than €130
// billion" is the backers' money, for Ukraine.
func (sc *sentence) patronsOf(e news.Entity) bool {
	j := sc.tokIndex(e.End)
	if j >= len(sc.toks) || sc.toks[j].Kind != token.Possessive {
		return false
	}
	for k := j + 1; k < len(sc.toks) && k <= j+3; k++ {
		if patronNouns.Has(sc.word(k)) {
			return true
		}
	}
	return false
}

// patronNouns name those who back a side.
var patronNouns = wordset.New(map[string]bool{
	"backers": true, "allies": true, "partners": true, "donors": true, "supporters": true, "sponsors": true,
	"friends": true, "creditors": true, "lenders": true,
})

// agentOfPassive reports whether an entity follows "by" (and an article):
// the agent of a passive ("given by the FSB", "killed by Russian forces").
// English only.
func (sc *sentence) agentOfPassive(e news.Entity) bool {
	j := sc.tokIndex(e.Start) - 1
	if sc.word(j) == "the" {
		j--
	}
	return sc.word(j) == "by"
}

// killerBefore reports whether the entity is the subject of an active
// "killed" right before the figure at off: "Boko Haram killed about 40
// soldiers" (not "Russia lost 1,160 troops", whose troops they are).
// English only.
func (sc *sentence) killerBefore(e news.Entity, off int) bool {
	end := sc.tokIndex(off)
	for j := sc.tokIndex(e.End); j < end && j < sc.tokIndex(e.End)+4; j++ {
		switch sc.word(j) {
		case "killed", "kill", "kills", "killing":
			return sc.word(j-1) != "were" && sc.word(j-1) != "was" && sc.word(j-1) != "been"
		}
	}
	return false
}

// originAfter returns the country named by "from" right after a figure of
// people or after its personnel noun ("three from Malawi", "200 troops
// from Chad"), or -1.
func (sc *sentence) originAfter(k int, np nounPhrase) int {
	if np.head >= 0 && np.what != "personnel" {
		return -1
	}
	j := sc.tokIndex(sc.nums[k].End)
	if np.head >= 0 {
		j = np.end
	}
	if sc.word(j) != "from" {
		return -1
	}
	i := sc.entityAt(j + 1)
	if i < 0 || sc.srcs[i] || sc.ents[i].Demonym || sc.ents[i].Type != news.EntityCountry {
		return -1
	}
	return i
}

// origin reports whether entity i is where the people of one of the
// sentence's figures come from ("along with three from Malawi"): their
// owner, never a place.
func (sc *sentence) origin(i int) bool {
	f := sc.tokIndex(sc.ents[i].Start) - 1
	if sc.word(f) != "from" || sc.ents[i].Type != news.EntityCountry {
		return false
	}
	for k := range sc.nums {
		if sc.originAfter(k, sc.noun(k)) == i {
			return true
		}
	}
	// "and one from Uruguay": a small number word the figures skip.
	w := sc.word(f - 1)
	return smallNumbers.Has(w) || w != "" && w[0] >= '0' && w[0] <= '9'
}

// smallNumbers are the number words a figure too small to keep may be.
var smallNumbers = wordset.New(map[string]bool{"one": true, "two": true, "three": true, "four": true, "five": true, "six": true, "seven": true, "eight": true, "nine": true, "ten": true})

// reducedRelativeSubject returns the entity that opens a relative clause
// without a relative word at token j, right after a counted noun, or -1:
// a side's name followed by a verb of what it did ("the US has
// delivered", "Russia fired").
func (sc *sentence) reducedRelativeSubject(j int) int {
	if sc.word(j) == "the" {
		j++
	}
	i := sc.entityAt(j)
	if i < 0 || sc.ents[i].Demonym || sc.srcs[i] || !isActorType(sc.ents[i]) {
		return -1
	}
	v := sc.tokIndex(sc.ents[i].End)
	if w := sc.word(v); w == "has" || w == "have" || w == "had" {
		v++
	}
	if !sc.isMeasureAt(v) {
		return -1
	}
	return i
}

// clauseStart returns the offset where the clause holding token j begins:
// after the last "that", semicolon, "which" or "who" before it ("... held
// 28 villages and that 12 civilians had been killed").
func (sc *sentence) clauseStart(j int) int {
	for i := j - 1; i >= 0; i-- {
		switch sc.word(i) {
		case "that", ";", "which", "who", "whereas", "while":
			return sc.toks[i].End
		}
	}
	return sc.span.Start
}

// relativeWords open a relative clause after a counted noun.
var relativeWords = wordset.New(map[string]bool{"that": true, "which": true, "que": true})

// objectPrepositions put a force in the object of a phrase.
var objectPrepositions = wordset.New(map[string]bool{
	"alongside": true, "against": true, "with": true, "to": true, "of": true, "by": true, "for": true,
	"from": true, "among": true, "near": true, "on": true, "at": true, "into": true, "toward": true,
	"towards": true, "behind": true, "beside": true, "between": true, "than": true, "like": true,
})

// modifiesForces reports whether a demonym names the side of a force right
// after it: "Ukrainian forces now control", "Russian troops took".
func (sc *sentence) modifiesForces(e news.Entity) bool {
	if objectPrepositions.Has(sc.word(sc.tokIndex(e.Start) - 1)) {
		return false // "alongside Russian forces": not the side that acts
	}
	if (sc.s.Lex.Lang == "fr" || sc.s.Lex.Lang == "es") && sc.forcesBefore(sc.tokIndex(e.Start)) {
		return true // French puts the demonym after: "soldats nord-coréens", "unités russes"
	}
	j := sc.tokIndex(e.End)
	if n, _ := sc.s.Lex.Agents.MatchWords(sc.words, j); n > 0 {
		return true
	}
	if sc.s.Lex.Lang != "en" && sc.isMeasureAt(j) {
		return true // a demonym noun as the subject: "росіяни атакували"
	}
	n, what := sc.s.Lex.Nouns.MatchWords(sc.words, j)
	return n > 0 && what == "personnel"
}

// slavicGenitive are the languages whose owner follows its noun in the
// genitive: "військових КНДР", "войска Северной Кореи".
var slavicGenitive = wordset.New(map[string]bool{"uk": true, "ru": true})

// ownerAfter returns the country named right after the noun phrase of a
// figure in a language that puts the owner there ("200 військових КНДР"),
// or -1. After a verb of sending or supplying the same form is the
// receiver (dative "Росії"), so it names no owner then.
func (sc *sentence) ownerAfter(np nounPhrase, measure string) int {
	if np.head < 0 || !slavicGenitive.Has(sc.s.Lex.Lang) {
		return -1
	}
	switch measure {
	case "supplied", "deployed", "reinforced", "planned":
		return -1
	}
	j := np.head + 1
	i := sc.entityAt(j)
	if i < 0 || sc.srcs[i] {
		return -1
	}
	if e := sc.ents[i]; !e.Demonym && (e.Type == news.EntityCountry || e.StandsFor != "") {
		return i
	}
	return -1
}

// forceOf returns the entity of the armed force or body named right
// after a figure's noun and "of" ("about 13,000 troops of the Army of
// Republika Srpska", "2,000 fighters of the Wagner group"), whose they
// are; -1 when there is none.
func (sc *sentence) forceOf(np nounPhrase) int {
	if np.head < 0 || sc.word(np.head+1) != "of" {
		return -1
	}
	i := sc.entityAt(np.head + 2)
	if i < 0 && sc.word(np.head+2) == "the" {
		i = sc.entityAt(np.head + 3)
	}
	if i < 0 || sc.srcs[i] {
		return -1
	}
	if e := sc.ents[i]; e.Type != news.EntityMilitary || e.Demonym {
		return -1
	}
	return i
}

// placedOrTarget reports whether a name before a figure is where things
// went or the target rather than their owner: after a spatial preposition
// ("до Росії", "у Києві") or right after a verb of launching or supplying
// ("атакували Україну", "передала Росії", "sent Russia").
func (sc *sentence) placedOrTarget(e news.Entity) bool {
	j := sc.tokIndex(e.Start)
	w := sc.word(j - 1)
	if placePrepositions.Has(w) && w != "from" && w != "desde" {
		return true
	}
	// French names the receiver, the target or the scene after "à", "vers",
	// "contre", "en", with or without an article: "a livré à Moscou",
	// "fourni à la Russie", "soldats nord-coréens en Russie".
	if frenchArticles.Has(w) {
		w = sc.word(j - 2)
	}
	if frenchDestinations.Has(w) && sc.s.Lex.Lang == "fr" {
		return true
	}
	for k := j - 1; k >= 0 && k >= j-2; k-- {
		if n, v := sc.s.Lex.Measures.MatchWords(sc.words, k); n > 0 && k+n == j {
			switch v {
			case "launched", "supplied", "deployed", "reinforced", "planned":
				return true
			}
		}
	}
	return false
}

func (sc *sentence) entityEndingAt(off int) int {
	for i, e := range sc.ents {
		if e.End == off {
			return i
		}
	}
	return -1
}

// forcesBefore reports whether a side's forces or a personnel noun end
// right before token j: "soldats" in "soldats nord-coréens".
func (sc *sentence) forcesBefore(j int) bool {
	for k := j - 1; k >= 0 && k >= j-3; k-- {
		if n, _ := sc.s.Lex.Agents.MatchWords(sc.words, k); n > 0 && k+n == j {
			return true
		}
		if n, what := sc.s.Lex.Nouns.MatchWords(sc.words, k); n > 0 && k+n == j && what == "personnel" {
			return true
		}
	}
	return false
}

// frenchDestinations and frenchArticles read "à (la) Russie", "vers
// Moscou", "contre l'Ukraine" as a receiver or a target in French.
var (
	frenchDestinations = wordset.New(map[string]bool{"à": true, "au": true, "aux": true, "vers": true, "contre": true, "sur": true, "en": true, "dans": true})
	frenchArticles     = wordset.New(map[string]bool{"la": true, "le": true, "les": true})
)

// placePrepositions before a capital make it the city itself ("instructors
// to Pyongyang"); elsewhere a capital stands for its country ("to help
// Moscow").
var placePrepositions = wordset.New(map[string]bool{"in": true, "to": true, "into": true, "at": true, "near": true, "from": true, "outside": true, "around": true, "inside": true, "within": true,
	// Ukrainian and Russian: "у Києві", "до Росії", "на Курщині", "біля Суджі".
	"у": true, "в": true, "до": true, "на": true, "біля": true, "поблизу": true, "во": true, "около": true, "під": true, "под": true, "по": true,
	// Spanish: "en Kiev", "a Rusia", "contra Ucrania", "sobre Briansk", "desde Kursk".
	"en": true, "a": true, "hacia": true, "contra": true, "sobre": true, "desde": true})

// routes are the prepositions of a place passed through.
var routes = wordset.New(map[string]bool{"through": true, "via": true})

// origins are the prepositions of a place people or things come from.
var origins = wordset.New(map[string]bool{"from": true, "desde": true})

// destinations are the prepositions of a place things go to.
var destinations = wordset.New(map[string]bool{"to": true, "toward": true, "towards": true, "hacia": true, "vers": true, "nach": true})

// regionNouns after a demonym make it the country as a place: "Russian
// territory", "над російськими регіонами", "по российским регионам".
var regionNouns = wordset.New(map[string]bool{
	"territory": true, "regions": true, "soil": true, "airspace": true, "cities": true, "towns": true, "villages": true,
	"регіонами": true, "регіонах": true, "регіони": true, "регіонів": true, "територією": true, "території": true, "територію": true, "регіоном": true, "регіоні": true,
	"регионами": true, "регионах": true, "регионы": true, "регионов": true, "территорией": true, "территории": true, "территорию": true, "регионом": true, "регионе": true,
})

// regionNounsBefore come before a demonym that makes them the country as a
// place, in the languages that put the adjective after the noun: "sobre
// territorio ruso", "contra ciudades ucranianas".
var regionNounsBefore = wordset.New(map[string]bool{
	"territorio": true, "territorios": true, "regiones": true, "ciudades": true, "suelo": true, "aéreo": true,
})

// ownerOfNoun reports whether a country stands right after a counted noun
// in a language that puts the owner there ("військових КНДР у Росії"):
// the owner, not the place.
func (sc *sentence) ownerOfNoun(e news.Entity) bool {
	if !slavicGenitive.Has(sc.s.Lex.Lang) || e.Type != news.EntityCountry {
		return false
	}
	j := sc.tokIndex(e.Start)
	for k := j - 1; k >= 0 && k >= j-3; k-- {
		if n, _ := sc.s.Lex.Nouns.MatchWords(sc.words, k); n > 0 && k+n == j {
			return true
		}
	}
	return false
}

// possessivePronoun reports whether a one-word pronoun of the language's
// list stands at token from or between it and the head noun: there it can
// only be a possessive ("its 40 launchers", "192 of its servicemen").
func (sc *sentence) possessivePronoun(from, head int) bool {
	for j := max(from, 0); j < head; j++ {
		if sc.toks[j].Kind != token.Word {
			continue
		}
		if n, _ := sc.s.Lex.Pronouns.MatchWords(sc.words, j); n == 1 {
			return true
		}
	}
	return false
}

// describedOwner reports whether a description of the language's pronoun
// list in the possessive ("the group's", "the rebels'") stands at token
// from or between it and the head noun.
func (sc *sentence) describedOwner(from, head int) bool {
	for j := max(from, 1); j < head; j++ {
		if sc.toks[j].Kind != token.Possessive {
			continue
		}
		for k := j - 1; k >= 0 && k >= j-3; k-- {
			if n, _ := sc.s.Lex.Pronouns.MatchWords(sc.words, k); n > 1 && k+n == j {
				return true
			}
		}
	}
	return false
}

// groupNamed returns the armed group no state's that owns fighters without
// an owner of their own (Lexicon.Irregulars): the one the sentence names,
// else, when the sentence names none, the only one the story names (the
// group, see soleGroup). "" when the sentence names several.
func (sc *sentence) groupNamed() string {
	found := ""
	for i, e := range sc.ents {
		if e.Type != news.EntityMilitary || sc.srcs[i] {
			continue
		}
		if en, ok := sc.s.G.Lookup(e.Canonical); ok && en.NonState {
			if found != "" && found != e.Canonical {
				return ""
			}
			found = e.Canonical
		}
	}
	if found == "" {
		return sc.group
	}
	return found
}

// soleGroup returns the one armed group no state's that the document
// names, or "" when it names none or several: "33 militants" in a
// headline are the group the third paragraph names, when no other is.
func soleGroup(ents []news.Entity, g *gazetteer.Gazetteer) string {
	found := ""
	for _, e := range ents {
		if e.Type != news.EntityMilitary || e.Demonym {
			continue
		}
		if en, ok := g.Lookup(e.Canonical); ok && en.NonState {
			if found != "" && found != e.Canonical {
				return ""
			}
			found = e.Canonical
		}
	}
	return found
}

// soleState returns the country whose forces are the only state forces a
// story has: its focus, when no other country's forces, government or
// people are named twice or more ("5,000 soldiers were already deployed"
// in a story on Colombia's Catatumbo crisis are Colombia's). "" otherwise.
func soleState(ents []news.Entity, focus string, g *gazetteer.Gazetteer) string {
	if focus == "" || g.CountryOf(focus) != focus {
		return ""
	}
	count := map[string]int{}
	for _, e := range ents {
		switch {
		case e.Demonym && e.Type == news.EntityCountry:
			count[e.Country]++
		case (e.Type == news.EntityMilitary || e.Type == news.EntityGovernment) && e.Country != "":
			if en, ok := g.Lookup(e.Canonical); ok && en.NonState {
				continue // an armed group is no state
			}
			count[e.Country]++
		}
	}
	for c, n := range count {
		if c != focus && n >= minSideMentions {
			return ""
		}
	}
	return focus
}

// theirs returns the owner "their" points to in figure k's phrase ("two
// of their drones", "their 40 tanks"): the party named last before the
// figure, in its sentence or the few before, that is no speaker and not
// the side of the one who says the figure. "of its" points to the
// speaker's own side ("59 of its citizens"). "" when the phrase has no
// "their" or no party fits. English only.
func (sc *sentence) theirs(k int, np nounPhrase, q news.Quantity) string {
	if sc.s.Lex.Lang != "en" {
		return ""
	}
	first := sc.tokIndex(sc.nums[k].Start)
	found := sc.word(first-1) == "their" && sc.word(first-2) != "in" // "in their hundreds of thousands": many
	for j := first; j < np.head && !found; j++ {
		found = sc.word(j) == "their"
		if sc.word(j) == "its" && j > first && sc.word(j-1) == "of" {
			// "Kyrgyzstan said 59 of its citizens had been killed": the
			// speaker's own, or the side named before the figure.
			if own := sc.sourceSide(q); own != "" {
				return own
			}
			if a := sc.covering(q); a != nil && a.Source.Type != news.SourceOutlet {
				if c := sc.s.G.CountryOfName(a.Source.Name); c != "" {
					return c // "Kyrgyzstan Health Ministry"
				}
			}
			return sc.sideBefore(first)
		}
	}
	if !found {
		return ""
	}
	own := sc.sourceSide(q)
	from := 0
	if i := sc.idx - lookback; i > 0 {
		from = sc.d.Sentences[i].Start
	}
	ents := sc.d.Entities
	for i := len(ents) - 1; i >= 0; i-- {
		e := ents[i]
		if e.Start >= sc.nums[k].Start {
			continue
		}
		if e.Start < from {
			break
		}
		if !isActorType(e) && !e.Demonym || e.Type == news.EntityPerson || sc.speaks(e.Span) {
			continue
		}
		if c := sc.countryOf(e); c != "" && c != own {
			return c
		}
	}
	return ""
}

// speaks reports whether a span lies inside the source of an attribution.
func (sc *sentence) speaks(sp news.Span) bool {
	for _, a := range sc.d.Attributions {
		if a.SourceSpan.Start <= sp.Start && sp.End <= a.SourceSpan.End {
			return true
		}
	}
	return false
}

// nonState reports whether an owner is an armed group that is no state's.
func (sc *sentence) nonState(name string) bool {
	e, ok := sc.s.G.Lookup(name)
	return ok && e.NonState
}

// civilians reports whether a noun phrase's head always names civilians
// ("families", "refugees").
func (sc *sentence) civilians(np nounPhrase) bool {
	return sc.headIn(np, sc.s.Lex.Civilians)
}

// regularForces reports whether a noun phrase's head names a state's
// regular forces ("soldiers", "police officers", "members of the
// security forces"), not people held, fighters of no state or men of no
// side.
func (sc *sentence) regularForces(np nounPhrase) bool {
	if np.of > 0 {
		return sc.headIn(nounPhrase{head: np.of}, sc.s.Lex.Regulars)
	}
	return sc.headIn(np, sc.s.Lex.Regulars)
}

// headIn reports whether a phrase of the list, of one or two words, ends
// at the noun phrase's head ("soldiers", "police officers").
func (sc *sentence) headIn(np nounPhrase, list *lang.Phrases) bool {
	for j := max(np.head-1, 0); j <= np.head; j++ {
		if n, _ := list.MatchWords(sc.words, j); n > 0 && j+n == np.head+1 {
			return true
		}
	}
	return false
}

// lastGroup returns the armed group that is no state's whose people or
// things the story named last, in its figures or its owned nouns, or "".
func (sc *sentence) lastGroup() string {
	nonState := func(name string) bool {
		e, ok := sc.s.G.Lookup(name)
		return ok && e.NonState
	}
	for i := len(sc.d.Quantities) - 1; i >= 0; i-- {
		if a := sc.d.Quantities[i].Actor; nonState(a) {
			return a
		}
	}
	for i := len(sc.refs) - 1; i >= 0; i-- {
		if nonState(sc.refs[i].actor) {
			return sc.refs[i].actor
		}
	}
	return ""
}

// jointSubject reports whether entity i is the second of two sides joined
// by "and" ("Russia and Ukraine each released ..."): a figure of both has
// no single owner.
func (sc *sentence) jointSubject(i int) bool {
	if i == 0 {
		return false
	}
	a, b := sc.ents[i-1], sc.ents[i]
	if sc.srcs[i-1] || !isActorType(a) || a.End > b.Start || strings.TrimSpace(sc.d.Text[a.End:b.Start]) != "and" {
		return false
	}
	ca, cb := sc.countryOf(a), sc.countryOf(b)
	return ca != "" && cb != "" && ca != cb
}

// peopleFirst reports whether a noun phrase opens with a noun of people
// before the head the lexicon reads ("800 people dead", "12 civilians
// killed"): the dead are people, whose the text must say.
func (sc *sentence) peopleFirst(k int, np nounPhrase) bool {
	if np.head < 0 {
		return false
	}
	for j := sc.tokIndex(sc.nums[k].End); j < np.head; j++ {
		if n, what := sc.s.Lex.Nouns.MatchWords(sc.words, j); n > 0 && what == "people" {
			return true
		}
	}
	return false
}

// agentMeasures are the measures whose figure belongs to the side that
// acts: what it sends, trains, fires, makes or plans.
var agentMeasures = wordset.New(map[string]bool{
	"deployed": true, "reinforced": true, "trained": true, "supplied": true,
	"launched": true, "produced": true, "planned": true,
})

// modals and adverbs may stand between a subject and its verb.
var modals = wordset.New(map[string]bool{
	"will": true, "would": true, "could": true, "can": true, "may": true, "might": true,
	"must": true, "should": true, "also": true, "now": true, "then": true, "still": true, "already": true,
})

// bareForces reports whether the clause of the figure at token ft is told
// of a state's forces with no owner: "the army has trained", "the
// security forces deployed" (a phrase of Forces, article and all, then an
// auxiliary, a modal or a verb of a measure), with no name between them
// and the figure.
func (sc *sentence) bareForces(ft int) bool {
	lex := sc.s.Lex
	for j := sc.tokIndex(sc.clauseStart(ft)); j+1 < ft; j++ {
		if objectPrepositions.Has(sc.word(j-1)) || placePrepositions.Has(sc.word(j-1)) {
			continue // "attacks on the army"
		}
		n, _ := lex.Forces.MatchWords(sc.words, j)
		end := j + n
		if n == 0 || end >= ft || sc.toks[end].Kind != token.Word || isCapitalizedWord(sc.d.Text, sc.toks[end].Span) {
			continue
		}
		if w := sc.word(end); !auxiliaries.Has(w) && !modals.Has(w) {
			if n, _ := lex.Measures.MatchWords(sc.words, end); n == 0 {
				continue // "the army of Mali", "the army and militias", "the military spokesman"
			}
		}
		for _, e := range sc.ents {
			if e.Start >= sc.toks[j].Start && e.End <= sc.toks[ft].Start {
				return false
			}
		}
		return true
	}
	return false
}
