package quantity

// Where a figure is: the places a sentence names (from the gazetteer, from
// their shape, or referred back to), the one a figure takes, and the scene
// later sentences may still be in.

import (
	"cmp"
	"slices"
	"strings"

	"github.com/sitrep/sitrep/internal/analysis/lang"
	"github.com/sitrep/sitrep/internal/analysis/token"
	"github.com/sitrep/sitrep/internal/analysis/wordset"
	"github.com/sitrep/sitrep/internal/news"
)

// place is a candidate location in a sentence.
type place struct {
	news.Span
	name    string
	country bool // a country, not a place inside one
	border  bool // the border between two countries (borderPlaces)
}

// places lists the sentence's candidate locations in order: gazetteer
// places and countries (never a demonym, a speaker or the actor itself;
// capitals after "in", "to"... are the city, elsewhere their country), and
// places the gazetteer does not know, read from their shape ("in Kidal",
// "the western city of Lutsk").
//
// The list is kept for the next call with the same actor: a figure asks
// for it twice (its destination, its location), and the sentence once
// more for its scene. Callers must not change it.
func (sc *sentence) places(actor string, actorEnt int) []place {
	if sc.placed && sc.placedActor == actor && sc.placedEnt == actorEnt {
		return sc.placedList
	}
	out := sc.listPlaces(actor, actorEnt)
	sc.placed, sc.placedActor, sc.placedEnt, sc.placedList = true, actor, actorEnt, out
	return out
}

// listPlaces is places without the memo.
func (sc *sentence) listPlaces(actor string, actorEnt int) []place {
	var out []place
	for i, e := range sc.ents {
		if e.Demonym && !sc.srcs[i] && e.Type == news.EntityCountry && e.Country != "" && (regionNouns.Has(sc.word(sc.tokIndex(e.End))) || regionNounsBefore.Has(sc.word(sc.tokIndex(e.Start)-1))) {
			// "над російськими регіонами", "over Russian territory": the
			// country itself.
			out = append(out, place{Span: e.Span, name: e.Country, country: true})
			continue
		}
		if i == actorEnt || sc.srcs[i] || e.Demonym || sc.agent(e) || sc.ownerOfNoun(e) || sc.ownsBody(e) || sc.origin(i) || sc.placeModifier(e) || sc.surname(e) || sc.citizenship(e) || sc.saidIn(e.Span) {
			continue
		}
		name := ""
		switch {
		case e.Type == news.EntityPlace && e.StandsFor != "":
			if w := sc.word(sc.tokIndex(e.Start) - 1); placePrepositions.Has(w) && w != "a" {
				// Spanish "a Moscú" names the receiver, the country.
				name = e.Canonical
			} else if e.StandsFor != actor && !sc.subject(e) {
				name = e.StandsFor
			}
		case e.Type == news.EntityPlace:
			name = e.Canonical
		case e.Type == news.EntityCountry:
			if e.Canonical != actor {
				name = e.Canonical
			}
		}
		if name != "" {
			out = append(out, place{Span: e.Span, name: name, country: e.Type == news.EntityCountry || name == e.StandsFor})
		}
	}
	scanned := sc.scannedPlaces()
	for _, p := range scanned {
		if !sc.saidIn(p.Span) {
			out = append(out, p)
		}
	}
	for _, b := range scanned {
		if b.border {
			// "on the border with Tajikistan", "the Thai-Cambodian
			// border": its countries are the border's, no places of
			// their own.
			out = slices.DeleteFunc(out, func(p place) bool { return !p.border && p.Start >= b.Start && p.End <= b.End })
		}
	}
	// slices.SortFunc runs sort.Slice's algorithm, so places of one start
	// keep the order they had, without sort.Slice's reflection (its
	// swapper cost an allocation per call).
	slices.SortFunc(out, func(a, b place) int { return cmp.Compare(a.Start, b.Start) })
	return out
}

// carriedWords before "to" and a place say where people were taken, not
// where they fell ("flown to N'Djamena"; not "admitted to Tripoli
// hospitals").
var carriedWords = wordset.New(map[string]bool{
	"flown": true, "taken": true, "evacuated": true, "airlifted": true, "transferred": true,
	"moved": true, "rushed": true, "brought": true, "driven": true, "carried": true,
})

// careWords are where the wounded are carried: "a hospital in Chitwan".
var careWords = wordset.New(map[string]bool{"hospital": true, "hospitals": true, "clinic": true, "clinics": true, "facility": true, "facilities": true})

// treatedWords say that people are cared for somewhere.
var treatedWords = wordset.New(map[string]bool{
	"treated": true, "hospitalised": true, "hospitalized": true, "recovering": true, "admitted": true,
})

// carePlace reports whether place p is where people are treated: "are
// being treated in Maputo", "treated at the military hospital in
// Parakou", "two are being treated in a hospital in Algiers". The wounded
// fell elsewhere, and the story goes on there. English only.
func (sc *sentence) carePlace(p place) bool {
	j := sc.tokIndex(p.Start) - 1
	if w := sc.word(j); w != "in" && w != "at" {
		return false
	}
	for k := j - 1; k >= 0 && k >= j-6; k-- {
		w := sc.word(k)
		if treatedWords.Has(w) {
			return true
		}
		if sc.toks[k].Kind != token.Word || sc.s.Lex.Stop.Has(w) && w != "the" && w != "a" && w != "an" && w != "in" && w != "at" {
			return false
		}
	}
	return false
}

// saidIn reports whether a place is where words were said ("told
// reporters in Port Moresby", "said at a briefing in Kyiv"), not where
// the figures are. English only.
func (sc *sentence) saidIn(sp news.Span) bool {
	j := sc.tokIndex(sp.Start) - 1
	if w := sc.word(j); w != "in" && w != "at" || sc.s.Lex.Lang != "en" {
		return false
	}
	return audienceWords.Has(sc.word(j - 1))
}

// audienceWords before "in" and a place make it where words were said.
var audienceWords = wordset.New(map[string]bool{
	"reporters": true, "journalists": true, "conference": true, "briefing": true, "interview": true,
	"speaking": true, "parliament": true, "lawmakers": true, "statement": true,
})

// citizenship reports whether a country names whose citizens people are
// ("the second engineer, a citizen of Azerbaijan"): a nationality, no
// place.
func (sc *sentence) citizenship(e news.Entity) bool {
	if e.Type != news.EntityCountry {
		return false
	}
	j := sc.tokIndex(e.Start)
	if sc.word(j-1) == "the" {
		j--
	}
	return sc.word(j-1) == "of" && citizenNouns.Has(sc.word(j-2))
}

// citizenNouns name people by the country they belong to.
var citizenNouns = wordset.New(map[string]bool{
	"citizen": true, "citizens": true, "national": true, "nationals": true, "native": true, "natives": true,
	"subject": true, "subjects": true,
})

// ownsBody reports whether a country is named as the owner of one of its
// bodies, not as a place: "outside Somalia's education ministry", "Turkey's
// Ministry of National Defence".
func (sc *sentence) ownsBody(e news.Entity) bool {
	if e.Type != news.EntityCountry {
		return false
	}
	j := sc.tokIndex(e.End)
	if j >= len(sc.toks) || sc.toks[j].Kind != token.Possessive {
		return false
	}
	for k := j + 1; k < len(sc.toks) && k <= j+3; k++ {
		if n, _ := sc.s.Lex.Orgs.MatchWords(sc.words, k); n > 0 {
			return true
		}
		if sc.s.Lex.Bodies.Has(sc.word(k)) {
			return true
		}
	}
	return false
}

// surname reports whether a place's name is a person's surname: after a
// capitalized word that is no name the gazetteer knows and no direction,
// inside the sentence or, opening it, when "who" or "whom" follows
// ("Oussama Atar, whom investigators regard as the cell's organiser";
// Atar is also a town in Mauritania).
func (sc *sentence) surname(e news.Entity) bool {
	if e.Type != news.EntityPlace || e.StandsFor != "" || sc.s.Lex.Lang != "en" {
		return false // German capitalizes every noun: "die Region Kursk"
	}
	j := sc.tokIndex(e.Start) - 1
	if j < 0 || sc.toks[j].Kind != token.Word || sc.toks[j].End+1 != e.Start || !isCapitalizedWord(sc.d.Text, sc.toks[j].Span) {
		return false
	}
	if j == 0 {
		// Any word opens a sentence in capitals: only a relative
		// pronoun for people after the name makes it a person's.
		k := sc.tokIndex(e.End)
		if sc.word(k) != "," || !(sc.word(k+1) == "who" || sc.word(k+1) == "whom" || sc.word(k+1) == "whose") {
			return false
		}
	}
	if directions.Has(sc.word(j)) || sc.entityAt(j) >= 0 {
		return false
	}
	_, isNoun := sc.s.Lex.Nouns.Get(sc.word(j))
	return !isNoun && !sc.s.Lex.Stop.Has(sc.word(j))
}

// directions open a place's name without making it a person's: "Greater
// Manchester", "Upper Nile".
var directions = wordset.New(map[string]bool{"north": true, "south": true, "east": true, "west": true, "northern": true, "southern": true, "eastern": true, "western": true, "central": true, "upper": true, "lower": true, "greater": true, "new": true, "old": true, "port": true, "fort": true, "mount": true, "lake": true, "cape": true, "saint": true, "st.": true})

// placeModifier reports whether a place's name only describes the noun
// after it: a place noun, "the Red Sea city", "the Black Sea port of
// Odesa" (the place meant is the city or port, not the sea), or a noun for
// a figure, "the Élysée total", "a Kyiv estimate" (whose figure, not
// where).
func (sc *sentence) placeModifier(e news.Entity) bool {
	if e.Type == news.EntityCountry && !e.Demonym {
		// "fired 12 missiles at a US warship": a country's name after "a"
		// qualifies the noun after it; it is no place.
		a, b := sc.tokIndex(e.Start), sc.tokIndex(e.End)
		w := sc.word(a - 1)
		if sc.s.Lex.Lang != "en" || b >= len(sc.toks) || sc.toks[b].Kind != token.Word || sc.toks[b].Text(sc.d.Text) != sc.word(b) {
			return false
		}
		if w == "a" || w == "an" {
			return true
		}
		// "US jets flew", "a team of 20 US troops landed": the country
		// owns the forces after it, where they are is elsewhere.
		if placePrepositions.Has(w) {
			return false
		}
		if n, _ := sc.s.Lex.Agents.MatchWords(sc.words, b); n > 0 {
			return true
		}
		n, what := sc.s.Lex.Nouns.MatchWords(sc.words, b)
		return n > 0 && (what == "personnel" || what == "equipment" || what == "drones" || what == "missiles" || what == "munitions")
	}
	if e.Type != news.EntityPlace {
		return false
	}
	a, b := sc.tokIndex(e.Start), sc.tokIndex(e.End)
	if b < len(sc.toks) && figureNouns.Has(sc.word(b)) {
		return true
	}
	the := sc.word(a) == "the" || a > 0 && sc.word(a-1) == "the" // the alias may hold it: "the Red Sea"
	return the && b < len(sc.toks) && placeNouns.Has(sc.word(b)) && sc.word(b) != "region" && sc.word(b) != "area"
}

// agent reports whether a country names a side rather than a place: the
// owner of forces ("Ukraine's forces have destroyed") or the enemy in a
// war ("Russia's war against Ukraine").
func (sc *sentence) agent(e news.Entity) bool {
	if e.Type != news.EntityCountry && e.StandsFor == "" {
		return false
	}
	if sc.word(sc.tokIndex(e.Start)-1) == "against" {
		return true
	}
	j := sc.tokIndex(e.End)
	if j < len(sc.toks) && sc.toks[j].Kind == token.Possessive {
		if n, what := sc.s.Lex.Nouns.MatchWords(sc.words, j+1); n > 0 && what == "personnel" {
			return true
		}
		switch sc.word(j + 1) {
		case "military", "army", "navy", "air":
			return true
		}
		// "Yemen's Houthi movement sank the ship": the country's armed
		// group or body right after it acts; the country is whose.
		for _, o := range sc.ents {
			if o.Start == sc.toks[min(j+1, len(sc.toks)-1)].Start && (o.Type == news.EntityMilitary || o.Type == news.EntityGovernment || o.Type == news.EntityAgency) {
				return true
			}
		}
	}
	return false
}

// subject reports whether a capital standing for its government is the
// subject of a verb of the lexicon, a plan, a measure, a report or a
// receipt, at most two words (an auxiliary, an adverb) after it ("Moscow
// planned to bring the number to 15,000", "Pyongyang has sent"): the
// government acts there, it is not where the figure is.
func (sc *sentence) subject(e news.Entity) bool {
	lex := sc.s.Lex
	first := sc.tokIndex(e.End)
	for j := first; j < len(sc.toks) && j < first+3; j++ {
		if sc.toks[j].Kind != token.Word {
			return false
		}
		for _, p := range []*lang.Phrases{lex.Future, lex.Measures, lex.Cues, lex.Receive} {
			if n, _ := p.MatchWords(sc.words, j); n > 0 {
				return true
			}
		}
	}
	return false
}

// placeSites after a name make it a place's site: "Gorom hospital".
var placeSites = wordset.New(map[string]bool{"hospital": true, "camp": true, "clinic": true, "school": true, "base": true, "port": true, "airport": true, "market": true, "mosque": true, "church": true})

// publishedIn before "in" make the name after it a publication, not a
// place: "a survey published in PLOS Medicine", "an op-ed in Foreign
// Affairs".
var publishedIn = wordset.New(map[string]bool{"published": true, "printed": true, "appeared": true, "reported": true, "quoted": true, "cited": true, "wrote": true, "written": true, "interview": true, "article": true, "study": true, "column": true, "op-ed": true, "editorial": true})

// placeNouns introduce a place name after "of": "the city of Lutsk".
var placeNouns = wordset.New(map[string]bool{"city": true, "town": true, "village": true, "region": true, "province": true, "district": true, "state": true, "oblast": true, "port": true, "capital": true, "base": true, "area": true})

// unknownPlaces finds capitalized names after a spatial preposition that the
// gazetteer does not know and that are not dates.
func (sc *sentence) unknownPlaces() []place {
	var out []place
	for j := 0; j+1 < len(sc.toks); j++ {
		k := j + 1
		if sc.word(k) == "the" {
			k++
		}
		if k >= len(sc.toks) || !isCapitalizedWord(sc.d.Text, sc.toks[k].Span) {
			continue // the cheap test first: a name must follow
		}
		w := sc.word(j)
		if !(placePrepositions.Has(w) && w != "to" && w != "from" && w != "a" && w != "desde") && !(w == "of" && j > 0 && placeNouns.Has(sc.word(j-1))) && !sc.whereAfter(k) {
			continue
		}
		if w == "at" && j > 0 {
			if _, ok := sc.s.Lex.Sources.Get(sc.word(j - 1)); ok && !placeSites.Has(sc.word(k+1)) {
				continue // "analysts at Petrolytica": whom they work for (not "staff at Gorom hospital": where)
			}
		}
		if w == "in" && j > 0 && publishedIn.Has(sc.word(j-1)) {
			continue // "a survey published in PLOS Medicine": where it was printed, not a place
		}
		end := k
		for end < len(sc.toks) && sc.toks[end].Kind == token.Word && isCapitalizedWord(sc.d.Text, sc.toks[end].Span) && end-k < 3 {
			end++
		}
		if end == k || sc.notPlaceName(k, end) {
			continue
		}
		sp := news.Span{Start: sc.toks[k].Start, End: sc.toks[end-1].End}
		if sc.known(sp) {
			continue
		}
		out = append(out, place{Span: sp, name: sp.Of(sc.d.Text)})
	}
	return out
}

// whereAfter reports whether the one capitalized word at token k, after a
// lower-case word, is followed by ", where": "Our prayers for Owo, where
// 40 died" names a place whatever preposition comes before it. English
// only.
func (sc *sentence) whereAfter(k int) bool {
	return sc.s.Lex.Lang == "en" && sc.word(k+1) == "," && sc.word(k+2) == "where" && k > 0 && !isCapitalizedWord(sc.d.Text, sc.toks[k-1].Span)
}

// scannedPlaces returns the places read from the sentence's words rather
// than its entities (unknownPlaces, placesReferredTo), scanned once per
// sentence: they do not depend on the figure.
func (sc *sentence) scannedPlaces() []place {
	if !sc.scanned {
		sc.scanned = true
		sc.scannedPl = append(append(sc.unknownPlaces(), sc.placesReferredTo()...), sc.borderPlaces()...)
	}
	return sc.scannedPl
}

// placesReferredTo resolves "in the city", "to the region", "across the
// country" to the scene the story was last in (the country it lies in for
// "the country"): a definite place noun without a name refers back.
func (sc *sentence) placesReferredTo() []place {
	inScene := sc.scene.name != "" && sc.scene.sentence >= sc.from && sc.idx-sc.scene.sentence <= lookback
	var out []place
	for j := 0; j+2 < len(sc.toks); j++ {
		if sc.word(j+1) != "the" {
			continue // the cheap test first: most words are no "the"
		}
		if w := sc.word(j); !placePrepositions.Has(w) && w != "across" && w != "throughout" {
			continue
		}
		n := j + 2
		if sc.word(n) == "same" {
			n++ // "in the same area"
		}
		noun := sc.word(n)
		if next := sc.word(n + 1); next == "of" || next == "'s" || n >= len(sc.toks) || sc.toks[n].Kind != token.Word {
			continue
		}
		sp := news.Span{Start: sc.toks[j+1].Start, End: sc.toks[n].End}
		switch {
		case !inScene && noun != "capital":
			// only "the capital" can be read without a scene
		case noun == "country":
			if c := sc.s.G.CountryOf(sc.scene.name); c != "" {
				out = append(out, place{Span: sp, name: c, country: true})
			}
		case noun == "capital":
			if c := sc.capitalReferredTo(); c != "" {
				out = append(out, place{Span: sp, name: c})
			}
		case placeNouns.Has(noun) && noun != "base":
			out = append(out, place{Span: sp, name: sc.levelOf(sc.scene.name, noun)})
		}
	}
	return out
}

// levelOf returns the place around scene that a noun of its kind refers to:
// "in the state" after Jos is Plateau State, the first place around Jos
// whose name ends in "State"; else, for a province's noun, the province
// of the country the scene lies in ("the state" after Culiacán is
// Sinaloa); else the scene itself.
func (sc *sentence) levelOf(scene, noun string) string {
	chain := sc.s.G.Parents(scene)
	for _, p := range chain {
		if i := strings.LastIndexByte(p, ' '); i > 0 && strings.EqualFold(p[i+1:], noun) {
			return p
		}
	}
	if provinceNouns.Has(noun) {
		if rs, inCountry := sc.regionsAround(scene); inCountry && len(rs) > 0 {
			// "812 homicides were recorded in the state", after
			// Culiacán: the country's province the city lies in.
			return rs[len(rs)-1]
		}
	}
	return scene
}

// regionsAround returns the places a place lies in below its country,
// nearest first, and whether a country holds them ("Culiacán": Sinaloa,
// in Mexico).
func (sc *sentence) regionsAround(name string) (regions []string, inCountry bool) {
	up := sc.s.G.Parents(name)[1:]
	for i, p := range up {
		if e, ok := sc.s.G.Lookup(p); ok && e.Kind == "country" {
			return up[:i], true
		}
	}
	return up, false
}

// provinceNouns name a country's first-level division.
var provinceNouns = wordset.New(map[string]bool{"state": true, "province": true, "region": true, "oblast": true})

// notPlaceName reports whether the capitalized words toks[k:end] are no
// place's name: a word of the lexicon ("in Figure 2", "in Casualties"), a
// label before a number ("in Table 3", "at Gate 5"), or an organisation's
// name ("at Ghent University").
func (sc *sentence) notPlaceName(k, end int) bool {
	if end < len(sc.toks) {
		if c := sc.d.Text[sc.toks[end].Start]; c >= '0' && c <= '9' {
			return true
		}
		if facilityNouns.Has(sc.word(end)) && sc.word(k-1) == "the" {
			// "near the Jebel base", "the M4 highway": a site in a place
			// (not "at Wabag hospital", the town's).
			return true
		}
	}
	if end-k > 1 && facilityNouns.Has(sc.word(end-1)) {
		return true // "at South Hospital", "near Al-Shifa Hospital": a site in the town, not the town
	}
	if w := sc.word(end - 1); strings.Contains(w, "-") && facilityNouns.Has(w[strings.LastIndexByte(w, '-')+1:]) {
		return true // "outside the H-block": a building
	}
	if end-k == 1 && services.Has(sc.word(k)) {
		return true // "had been at Mass that morning": a service, no place
	}
	lex := sc.s.Lex
	for _, p := range []*lang.Phrases{lex.Nouns, lex.Anaphora, lex.Generic, lex.Measures, lex.Cues, lex.Orgs, lex.Roles} {
		if n, _ := p.MatchWords(sc.words, k); n > 0 {
			return true
		}
	}
	for j := k; j < end; j++ {
		if lex.Bodies.Has(sc.word(j)) {
			return true // "at Ghent University": a body, where people work
		}
	}
	return false
}

// facilityNouns after an unknown name make it a site's, which lies in the
// place the story is in rather than naming one, after "the": "the Jebel
// base", "the M4 highway", "the Okrestina detention centre".
var facilityNouns = wordset.New(map[string]bool{
	"base": true, "highway": true, "motorway": true, "road": true, "junction": true, "bridge": true,
	"airport": true, "airbase": true, "checkpoint": true, "hospital": true, "prison": true, "detention": true,
	"compound": true, "mall": true, "stadium": true, "hotel": true, "mosque": true, "church": true,
	"hall": true, "centre": true, "center": true, "cathedral": true, "chapel": true, "theatre": true,
	"theater": true, "museum": true, "auditorium": true, "arena": true, "mass": true, "block": true,
	"building": true, "tower": true,
})

// services are the worship a name after "at" may be: "at Mass".
var services = wordset.New(map[string]bool{"mass": true, "vespers": true, "matins": true, "liturgy": true, "evensong": true})

// capitalReferredTo resolves "the capital": the capital named last in the
// sentences before ("Kyiv's military administration said ... across the
// capital"), else the capital of the scene's country, else of the country
// the story is about.
func (sc *sentence) capitalReferredTo() string {
	from := sc.span.Start
	if i := max(sc.from, sc.idx-lookback); i < sc.idx {
		from = sc.d.Sentences[i].Start
	}
	for i := len(sc.d.Entities) - 1; i >= 0; i-- {
		e := sc.d.Entities[i]
		if e.End > sc.span.Start || e.Start < from {
			continue
		}
		if en, ok := sc.s.G.Lookup(e.Canonical); ok && en.Kind == "capital" {
			return en.Canonical
		}
	}
	country := sc.s.G.CountryOf(sc.scene.name)
	if country == "" {
		country = sc.d.Focus
	}
	return sc.s.capitalOf(country)
}

// known reports whether sp overlaps an entity or a time expression.
func (sc *sentence) known(sp news.Span) bool {
	for _, e := range sc.ents {
		if e.Overlaps(sp) {
			return true
		}
	}
	for _, t := range sc.d.SentenceTimes(sc.idx) {
		if t.Overlaps(sp) {
			return true
		}
	}
	return false
}

// location finds where mention k is: the first place after the figure in
// its sentence, else the nearest one before it. Of a country and a place in
// it named together ("Russia's Kursk region"), the place wins.
//
// spread reports a figure spread over a list of places ("fled to Chad,
// Egypt and South Sudan"): it has no single location, and none should be
// taken from elsewhere.
func (sc *sentence) location(k int, actor string, actorEnt int, measure string) (name string, spread bool) {
	m := sc.nums[k]
	ps := sc.copyPlaces(sc.places(actor, actorEnt)) // DeleteFunc below changes it
	if measure == "produced" {
		// Where things are made, not where they go: "factories produce
		// 1.5 million shells a year, most of which go to Russia".
		ps = slices.DeleteFunc(ps, func(p place) bool { return destinations.Has(sc.word(sc.tokIndex(p.Start) - 1)) })
	}
	// A place passed through is a route, not where the figure is: "200
	// aid trucks enter Gaza through Rafah".
	ps = slices.DeleteFunc(ps, func(p place) bool { return routes.Has(sc.word(sc.tokIndex(p.Start) - 1)) })
	sent := measure == "deployed" || measure == "reinforced" || measure == "supplied"
	if sent || measure == "planned" || lossMeasures.Has(measure) && slices.ContainsFunc(ps, func(p place) bool { return p.Start >= m.End && !origins.Has(sc.prepBefore(p)) }) {
		// "reinforced El Obeid with 3,000 troops, some flown in from Port
		// Sudan": where forces came from is not where they went, even
		// when the sentence names no other place ("ready to send up to
		// 130 more from Djibouti": the story's place is where).
		// "Nine people, holidaymakers from Iraq, were killed in the
		// village of Parakh": where the dead came from is not where
		// they died, when the sentence names that too.
		ps = slices.DeleteFunc(ps, func(p place) bool { return origins.Has(sc.prepBefore(p)) })
	}
	if measure == "launched" || measure == "used" {
		// "40 projectiles crossed from Lebanon into the Galilee": where
		// what was fired came from is not where it struck.
		ps = slices.DeleteFunc(ps, func(p place) bool { return sc.word(sc.tokIndex(p.Start)-1) == "from" })
	}
	if lossMeasures.Has(measure) && measure != "captured" {
		// "32 were wounded and flown to N'Djamena": where the wounded
		// were taken is not where they fell.
		ps = slices.DeleteFunc(ps, func(p place) bool {
			j := sc.tokIndex(p.Start) - 1
			if p.Start >= m.End && sc.word(j) == "in" && careWords.Has(sc.word(j-1)) {
				// "flown by army helicopter to a hospital in Chitwan"
				for k := sc.tokIndex(m.End); k < j-1; k++ {
					if carriedWords.Has(sc.word(k)) {
						return true
					}
				}
			}
			return p.Start >= m.End && (destinations.Has(sc.word(j)) && carriedWords.Has(sc.word(j-1)) || sc.carePlace(p))
		})
	}
	pick := func(i int) string {
		if i+1 < len(ps) && ps[i+1].Start-ps[i].End < 12 && (sc.within(ps[i+1].name, ps[i].name) || ps[i].border && !ps[i+1].country) {
			// "Russia's Kursk region"; "near the border in Ubon
			// Ratchathani": the place on the border.
			return ps[i+1].name
		}
		return ps[i].name
	}
	for i, p := range ps {
		if p.Start >= m.End {
			if sc.newClauseBetween(sc.tokIndex(m.End), sc.tokIndex(p.Start)) {
				break // "fired all five of its missiles, and she takes apart the claim, still repeated in Buenos Aires"
			}
			if sc.labelsFigureAfter(k, p) {
				continue // "with 347 deaths, followed by Khyber Pakhtunkhwa with 264": the next figure's
			}
			if sc.listed(ps, i) {
				return "", true
			}
			return pick(i), false
		}
	}
	for i := len(ps) - 1; i >= 0; i-- {
		if ps[i].End <= m.Start {
			if sc.listed(ps, i) {
				return "", true
			}
			if sc.locates(ps, i) {
				return ps[i-1].name, false // "In Parakh, north of Zakho, nine were killed"
			}
			return ps[i].name, false
		}
	}
	return "", false
}

// newClauseBetween reports whether a clause with a subject of its own
// opens between tokens from and to: after a semicolon, or "and" or "but"
// with a pronoun ("..., and she takes apart the claim"). English only.
func (sc *sentence) newClauseBetween(from, to int) bool {
	for j := from; j < to; j++ {
		switch sc.word(j) {
		case ";":
			return true
		case "and", "but":
			switch sc.word(j + 1) {
			case "he", "she", "they", "we", "i", "it":
				return true
			}
		}
	}
	return false
}

// copyPlaces returns a copy of ps that the caller may change, until the
// next call: location copies the sentence's places at every figure, and a
// new slice each time was a tenth of the objects the stage allocated.
func (sc *sentence) copyPlaces(ps []place) []place {
	if sc.locBuf == nil {
		return slices.Clone(ps)
	}
	*sc.locBuf = append((*sc.locBuf)[:0], ps...)
	return *sc.locBuf
}

// labelsFigureAfter reports whether place p, after figure k, is the place
// of a later figure of the sentence that follows it with "with" ("...,
// followed by Khyber Pakhtunkhwa with 264 and Balochistan with 238").
func (sc *sentence) labelsFigureAfter(k int, p place) bool {
	j := sc.tokIndex(p.End)
	if sc.word(j) != "with" {
		return false
	}
	for n := k + 1; n < len(sc.nums); n++ {
		if t := sc.tokIndex(sc.nums[n].Start); t > j {
			return t == j+1
		}
	}
	return false
}

// maxLocatorWords is the most words of a phrase that locates one place by
// another ("a market town in the").
const maxLocatorWords = 9

// locates reports whether place i only says where place i-1 lies, after a
// comma: "Moura, a market town in the Mopti region", "Parakh, north of
// Zakho", "Kramatorsk, Donetsk region", "Goris, the first town on the
// road from the Lachin corridor". The words between end in a preposition
// of place or "of" (and an article); inside them prepositions and
// articles may stand, but another function word, or one right before that
// preposition ("Bakhmut, and then in Soledar"), makes them a clause of
// their own. A preposition alone ("Alabuga, in Tatarstan") adds the wider
// place the story goes on in.
func (sc *sentence) locates(ps []place, i int) bool {
	if i == 0 || ps[i-1].country {
		return false
	}
	j := sc.tokIndex(ps[i-1].End)
	end := sc.tokIndex(ps[i].Start)
	if j >= end || sc.word(j) != "," {
		return false
	}
	j++
	if j == end {
		return sc.within(ps[i-1].name, ps[i].name) || sc.appositive(ps, i) // "Kramatorsk, Donetsk region"
	}
	last := end - 1
	if last > j && sc.s.Lex.Stop.Has(sc.word(last)) && !placePrepositions.Has(sc.word(last)) && sc.word(last) != "of" {
		last-- // an article: "in the"
	}
	if w := sc.word(last); w != "of" && (!placePrepositions.Has(w) || destinations.Has(w)) {
		return false
	}
	if last == j {
		// "Alabuga, in Tatarstan": the wider place goes on, unless the
		// town is one the gazetteer lacks ("Owo, in Ondo State"), which
		// only the place after the comma can say where it lies.
		_, known := sc.s.G.Lookup(ps[i-1].name)
		_, wider := sc.s.G.Lookup(ps[i].name)
		return !known && wider && sc.word(j) == "in"
	}
	if end-j > maxLocatorWords {
		return false
	}
	for k := j; k < last; k++ {
		if sc.toks[k].Kind != token.Word {
			return false
		}
		if w := sc.word(k); sc.s.Lex.Stop.Has(w) && (k > j && !placePrepositions.Has(w) && w != "of" && w != "the" && w != "on" && w != "along" || k+1 == last) {
			return false // "and then in": a clause; "the first town on the road from": a description
		}
	}
	return true
}

// maxPlaceModifiers bounds the words between a place and its preposition
// ("from central and southern Iraq").
const maxPlaceModifiers = 3

// prepBefore returns the preposition of a place: the word right before it,
// or the one before a few lower-case words that qualify it ("from central
// and southern Iraq"); "" when none.
func (sc *sentence) prepBefore(p place) string {
	j := sc.tokIndex(p.Start) - 1
	for n := 0; j >= 0 && n <= maxPlaceModifiers; j, n = j-1, n+1 {
		w := sc.word(j)
		if placePrepositions.Has(w) || routes.Has(w) || destinations.Has(w) {
			return w
		}
		if sc.toks[j].Kind != token.Word || isCapitalizedWord(sc.d.Text, sc.toks[j].Span) {
			return ""
		}
	}
	return ""
}

// listed reports whether place i is one of a list of places that are not
// inside one another ("Chad, Egypt and South Sudan"): a figure spread over
// them has no single location.
func (sc *sentence) listed(ps []place, i int) bool {
	if i+1 < len(ps) && listJoin(sc.d.Text[ps[i].End:max(ps[i].End, ps[i+1].Start)]) && !sc.within(ps[i+1].name, ps[i].name) && !sc.within(ps[i].name, ps[i+1].name) && !sc.appositive(ps, i+1) {
		return true
	}
	return i > 0 && listJoin(sc.d.Text[ps[i-1].End:max(ps[i-1].End, ps[i].Start)]) && !sc.within(ps[i].name, ps[i-1].name) && !sc.within(ps[i-1].name, ps[i].name) && !sc.appositive(ps, i)
}

// appositive reports whether place i, after a comma, only says where place
// i-1 lies though the gazetteer cannot tell: a town it does not know, then
// a place it knows, and no list going on ("coal mines in Duki,
// Balochistan, on Oct 11", not "in Duki, Zhob and Quetta").
func (sc *sentence) appositive(ps []place, i int) bool {
	if i == 0 || strings.TrimSpace(sc.d.Text[ps[i-1].End:max(ps[i-1].End, ps[i].Start)]) != "," {
		return false
	}
	if _, ok := sc.s.G.Lookup(ps[i-1].name); ok {
		return false
	}
	if _, ok := sc.s.G.Lookup(ps[i].name); !ok {
		return false
	}
	return i+1 == len(ps) || !listJoin(sc.d.Text[ps[i].End:max(ps[i].End, ps[i+1].Start)])
}

// listJoin reports whether the text between two names joins them in a list.
func listJoin(between string) bool {
	switch strings.TrimSpace(between) {
	case ",", "and", "or", ", and", ", or":
		return true
	}
	return false
}

// lastPlace returns the last place that the sentence names other than a
// country, the scene later sentences may still be in: of a place and the
// place that locates it ("Moura, a market town in the Mopti region",
// "Parakh, north of Zakho"), the place located.
func (sc *sentence) lastPlace() (string, bool) {
	ps := sc.places("", -1)
	for i := len(ps) - 1; i >= 0; i-- {
		if ps[i].country || !sc.setsScene(ps[i].name) || sc.namesEvent(ps[i]) || sc.arrivedFrom(ps[i]) || sc.lifePlace(ps[i]) || sc.carePlace(ps[i]) {
			continue
		}
		if ps[i].border && slices.ContainsFunc(ps, func(p place) bool { return !p.country && !p.border && sc.setsScene(p.name) }) {
			// "the base in Maungdaw, completing its control of the
			// border with Bangladesh": the town is where, on the border.
			continue
		}
		if sc.locates(ps, i) && sc.setsScene(ps[i-1].name) && !sc.namesEvent(ps[i-1]) {
			return ps[i-1].name, true
		}
		if sc.listed(ps, i) {
			// "took Aleppo within four days, then Hama and Homs": a story
			// that goes through several places goes on in the region
			// around them, else their country.
			if r := sc.listRegion(ps, i); r != "" {
				return r, true
			}
			if c := sc.s.G.CountryOf(ps[i].name); c != "" {
				return c, true
			}
		}
		return ps[i].name, true
	}
	return "", false
}

// arrivedFrom reports whether a place is where people or things came from
// to the story's place ("commandos fly in from Delhi", "troops sent from
// Port Sudan"): no scene. (Not "pulled sailors from the Red Sea".)
func (sc *sentence) arrivedFrom(p place) bool {
	j := sc.tokIndex(p.Start) - 1
	if j > 0 && sc.word(j) == "the" {
		j--
	}
	return j > 0 && origins.Has(sc.word(j)) && arrivals.Has(sc.word(j-1))
}

// lifePlace reports whether a place is where someone was born, grew up,
// studied or lies buried ("Born in Tartu in 1943"): a life's place, no
// scene of the story's figures.
func (sc *sentence) lifePlace(p place) bool {
	j := sc.tokIndex(p.Start) - 1
	if sc.word(j) != "in" && sc.word(j) != "at" {
		return false
	}
	if w := sc.word(j - 1); w == "up" {
		return sc.word(j-2) == "grew" || sc.word(j-2) == "grown" // not "blew up in Kharkiv"
	}
	return lifeWords.Has(sc.word(j - 1))
}

// lifeWords come before "in" and a place of a life.
var lifeWords = wordset.New(map[string]bool{
	"born": true, "raised": true, "educated": true, "studied": true, "buried": true,
	"schooled": true, "married": true,
})

// arrivals are the words before "from" that bring people or things in.
var arrivals = wordset.New(map[string]bool{
	"in": true, "arrive": true, "arrived": true, "arrives": true, "arriving": true, "sent": true,
	"flown": true, "brought": true, "came": true, "come": true, "comes": true, "moved": true,
	"transferred": true, "redeployed": true, "airlifted": true, "deployed": true, "dispatched": true,
	"shipped": true, "bused": true, "bussed": true, "drawn": true,
})

// listRegion returns the region below the country around listed place i
// and the one listed before it: one the sentence names ("Russia's
// republic of Dagestan ... in Derbent and Makhachkala", though only
// Makhachkala is known to lie in it), else the nearest both lie in; "" if
// none.
func (sc *sentence) listRegion(ps []place, i int) string {
	listedNames := []string{ps[i].name}
	if i > 0 && listJoin(sc.d.Text[ps[i-1].End:max(ps[i-1].End, ps[i].Start)]) {
		listedNames = append(listedNames, ps[i-1].name)
	}
	for _, name := range listedNames {
		rs, _ := sc.regionsAround(name)
		for _, up := range rs {
			if slices.ContainsFunc(ps, func(p place) bool { return p.name == up }) {
				return up
			}
		}
	}
	if len(listedNames) == 2 {
		rs, _ := sc.regionsAround(listedNames[0])
		for _, up := range rs {
			if sc.within(listedNames[1], up) {
				return up
			}
		}
	}
	return ""
}

// namesEvent reports whether a place stands for an event that came before
// the story: "after the Pahalgam attack", "in response to the attack in
// Pahalgam". The story goes on about what followed, not in the place.
func (sc *sentence) namesEvent(p place) bool {
	j := sc.tokIndex(p.Start)
	if i := sc.tokIndex(p.End); i < len(sc.toks) && sc.d.Text[p.End:sc.toks[i].Start] == " " {
		if n, v := sc.s.Lex.Events.MatchWords(sc.words, i); n > 0 && v == "event" {
			return sc.anchoredAt(j) // "after the Pahalgam attack"
		}
	}
	if k := sc.eventWordEndingAt(j, "link"); k >= 0 {
		if e := sc.eventWordEndingAt(k, "event"); e >= 0 {
			return sc.anchoredAt(e) // "after the attack in Pahalgam"
		}
	}
	return false
}

// anchoredAt reports whether an anchor of time or cause ("after", "in
// response to") ends at token j, or before an article there.
func (sc *sentence) anchoredAt(j int) bool {
	if sc.word(j-1) == "the" {
		j--
	}
	return sc.eventWordEndingAt(j, "anchor") >= 0
}

// eventWordEndingAt returns where a phrase of events.txt with that role
// starts when it ends right before token end, or -1.
func (sc *sentence) eventWordEndingAt(end int, role string) int {
	for k := end - 1; k >= 0 && k >= end-4; k-- {
		if n, v := sc.s.Lex.Events.MatchWords(sc.words, k); n > 0 && v == role && k+n == end {
			return k
		}
	}
	return -1
}

// setsScene reports whether a place can be the scene of the figures after
// it: a place in a country, a town read from its shape, or a sea, strait or
// island in none; not a continent or a wide region.
func (sc *sentence) setsScene(name string) bool {
	e, ok := sc.s.G.Lookup(name)
	return !ok || !e.Region
}

// within reports whether place a lies inside place b.
func (sc *sentence) within(a, b string) bool {
	for _, p := range sc.s.G.Parents(a)[1:] {
		if p == b {
			return true
		}
	}
	return false
}

// firedFrom returns the country of a place that figure k was fired "from"
// ("crossed from Lebanon"), or "".
func (sc *sentence) firedFrom(k int) string {
	m := sc.nums[k]
	for _, p := range sc.places("", -1) {
		if p.Start >= m.End && sc.word(sc.tokIndex(p.Start)-1) == "from" {
			return sc.s.G.CountryOf(p.name)
		}
	}
	return ""
}
