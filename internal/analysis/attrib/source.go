package attrib

import (
	"bytes"
	"strings"
	"unicode"

	"github.com/sitrep/sitrep/internal/analysis/token"
	"github.com/sitrep/sitrep/internal/news"
)

// speaker is a resolved source with the kind used to resolve pronouns.
type speaker struct {
	src  news.Source
	kind string // person, agency, military, government, media, country, experts, unnamed
}

// rank orders speaker kinds when a phrase names several entities:
// "US Secretary of State Antony Blinken" is Blinken, not the US.
var rank = map[news.EntityType]int{
	news.EntityPerson: 5, news.EntityAgency: 4, news.EntityMilitary: 4, news.EntityOutlet: 3,
	news.EntityGovernment: 2, news.EntityCountry: 1, news.EntityPlace: 1,
}

// speakerOf turns an entity into a speaker.
func (st *Stage) speakerOf(e news.Entity) (speaker, bool) {
	switch e.Type {
	case news.EntityPerson:
		return speaker{news.Source{Name: e.Canonical, Type: news.SourcePerson, Title: news.Str(e.Title)}, "person"}, true
	case news.EntityAgency:
		return speaker{news.Source{Name: e.Canonical, Type: news.SourceAgency}, "agency"}, true
	case news.EntityMilitary:
		return speaker{news.Source{Name: e.Canonical, Type: news.SourceMilitary}, "military"}, true
	case news.EntityGovernment:
		return speaker{news.Source{Name: e.Canonical, Type: news.SourceGovernment}, "government"}, true
	case news.EntityOutlet:
		return speaker{news.Source{Name: e.Canonical, Type: news.SourceMedia}, "media"}, true
	case news.EntityCountry:
		if e.Demonym {
			return speaker{}, false
		}
		return speaker{news.Source{Name: e.Canonical, Type: news.SourceGovernment}, "country"}, true
	case news.EntityPlace:
		if e.StandsFor != "" {
			return speaker{news.Source{Name: e.StandsFor, Type: news.SourceGovernment}, "country"}, true
		}
	}
	return speaker{}, false
}

// speaks reports whether speakerOf(e) is ok, without making the speaker.
func speaks(e news.Entity) bool {
	switch e.Type {
	case news.EntityPerson, news.EntityAgency, news.EntityMilitary, news.EntityGovernment, news.EntityOutlet:
		return true
	case news.EntityCountry:
		return !e.Demonym
	case news.EntityPlace:
		return e.StandsFor != ""
	}
	return false
}

// resolve names the speaker of the phrase toks[a:b]: entities in it (several
// joined, "NATO, the United States and South Korea"), a country's
// institution ("the Ukrainian air force"), a name the gazetteer does not know
// ("the International Organization for Migration", "Eric Schmidt"), an
// unnamed or collective speaker ("officials in Kyiv", "experts"), or a
// pronoun or description that points back ("he", "the report").
func (sc *sentence) resolve(a, b int) (speaker, bool) {
	b = min(b, len(sc.toks))
	if a < 0 || a >= b {
		return speaker{}, false
	}
	if k := sc.placeAfterSpeaker(a, b); k > a && !sc.namesEntity(k+1, b) {
		// "a customs official at Torkham told H24 News": where the
		// speaker was, a place no list knows, is no part of who (a city
		// the gazetteer knows tells whose: "Officials in Kyiv").
		if s, ok := sc.resolve(a, k); ok && s.kind == "unnamed" {
			return s, true
		}
	}
	for k := a + 1; k+1 < b && k <= a+3; k++ {
		if (figureWords.has(sc.word(k)) || sc.word(k) == "data") && (sc.word(k+1) == "from" || sc.word(k+1) == "by") {
			// "Earlier figures from the ministry had put the toll at
			// ...", "according to a tally by El Debate": whose figures
			// they are speaks, the words before it no title.
			if s, ok := sc.resolve(k+2, b); ok {
				return s, true
			}
		}
	}
	for k := a + 1; k+2 < b && k <= a+4; k++ {
		if sc.word(k+1) == "by" && agentParticiples.has(sc.word(k)) {
			// "Satellite images analysed by Maxar show", "data compiled
			// by Airwars": who made them speaks, a name no list knows
			// as an organization.
			if s, ok := sc.resolve(k+2, b); ok {
				return s, true
			}
			if s, ok := sc.capitalizedName(k+2, b); ok {
				return s, true
			}
		}
	}
	for k := a + 1; k+2 < b; k++ {
		if sc.word(k+1) == "by" && (sc.word(k) == "led" || sc.word(k) == "headed") {
			// "Players led by Emmanuel Adebayor said": the group speaks,
			// not the one who leads it.
			if s, ok := sc.resolve(a, k); ok {
				return s, true
			}
			if s, ok := sc.agentNouns(a, k); ok {
				return s, true
			}
		}
	}
	if b-a >= 2 && (figureWords.has(sc.word(b-1)) || sc.word(b-1) == "data" || sc.word(b-1) == "statistics") {
		// "according to the last government count", "police figures":
		// whose figures they are speaks.
		k := a
		official := false
		for k < b-1 && (figureQualifiers.has(sc.word(k)) || sc.word(k) == "post-war") {
			official = official || sc.word(k) == "official"
			k++
		}
		if k == b-1 && official && sc.doc.focus != "" && sc.st.Lex.Lang == "en" {
			// "according to official figures": the state of the country
			// the story is about ("government figures" name it below).
			return speaker{news.Source{Name: sc.doc.focus, Type: news.SourceGovernment}, "government"}, true
		}
		if k < b-1 {
			if s, ok := sc.resolve(k, b-1); ok {
				return s, true
			}
			for _, e := range sc.ents {
				if e.Demonym && e.Type == news.EntityCountry && e.Country != "" && e.Start == sc.toks[k].Start && e.End == sc.toks[b-2].End {
					// "according to Israeli tallies": the country's own
					return speaker{news.Source{Name: e.Country, Type: news.SourceGovernment}, "government"}, true
				}
			}
		}
	}
	if (sc.word(a) == "its" || sc.word(a) == "their") && sc.st.Lex.Lang == "en" && a > 0 {
		for k := a + 1; k < b && k <= a+3; k++ {
			if !ownDocuments.has(sc.word(k)) {
				continue
			}
			// "..., according to its closing summary of 31 October": the
			// body the sentence opens with, whose document it is.
			if s, ok := sc.subject(); ok && (bodyKinds[s.kind] || s.kind == "media") {
				return s, true
			}
			break
		}
	}
	if b-a == 2 && (sc.word(a) == "his" || sc.word(a) == "her") && sc.st.Lex.Lang == "en" && speaksFor.has(sc.word(a+1)) {
		// "His office says ...", "her spokesman said": the person the
		// pronoun points to speaks through them.
		if s, ok := sc.resolve(a, a+1); ok && s.kind == "person" {
			return s, true
		}
	}
	if b-a == 2 && (sc.word(a) == "his" || sc.word(a) == "her") && sc.st.Lex.Lang == "en" && sc.word(a+1) == "ministry" {
		// "By Wednesday his ministry had revised its figures": the
		// ministry the minister the pronoun points to heads.
		if s, ok := sc.resolve(a, a+1); ok && s.kind == "person" && s.src.Title != nil {
			if name := ministryOf(*s.src.Title, sc.doc.focus); name != "" {
				return speaker{news.Source{Name: name, Type: news.SourceGovernment}, "government"}, true
			}
		}
	}
	if k := sc.possessiveAt(a, b); k > a && k+1 < b && envoyWords.has(sc.word(k+1)) && sc.st.Lex.Lang == "en" {
		// "Iran's mission to the United Nations said": the country its
		// mission speaks for, not the body it is accredited to.
		if s, ok := sc.resolve(a, k); ok && (s.kind == "country" || s.kind == "government") {
			return speaker{news.Source{Name: s.src.Name, Type: news.SourceGovernment}, "government"}, true
		}
	}
	if mediumWords.has(sc.word(b - 1)) {
		if k := sc.possessiveAt(a, b); k > a {
			// "citing the health ministry's channel": its owner speaks.
			return sc.resolve(a, k)
		}
	}
	text := sc.d.Text
	sp := news.Span{Start: sc.toks[a].Start, End: sc.toks[b-1].End}
	// The phrase's entities gather in the document's buffers, which no
	// call that resolve makes uses in turn: room for them made on every
	// call cost more than the rest of a short phrase's reading.
	ents := sc.doc.ents[:0]
	for _, e := range sc.ents {
		if sp.Contains(e.Span) && (speaks(e) || e.Demonym) {
			ents = append(ents, e)
		}
	}
	speakers := sc.doc.speakers[:0]
	for _, e := range ents {
		if !e.Demonym {
			speakers = append(speakers, e)
		}
	}
	sc.doc.ents, sc.doc.speakers = ents, speakers // their room serves the next call
	if len(speakers) > 1 && sc.isList(speakers) {
		s, _ := sc.st.speakerOf(speakers[0])
		names := make([]string, len(speakers))
		for i, e := range speakers {
			x, _ := sc.st.speakerOf(e)
			names[i] = x.src.Name
		}
		s.src.Name = strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
		return s, true
	}
	if e, ok := sc.bestEntity(speakers, news.EntityPerson); ok {
		return e, true
	}
	if s, ok := sc.personOfBody(a, b, ents); ok {
		return s, true
	}
	if s, ok := sc.bodyOf(b, speakers); ok {
		return s, true
	}
	if e, ok := sc.bestEntity(speakers, news.EntityAgency, news.EntityMilitary, news.EntityOutlet, news.EntityGovernment); ok {
		if sc.hasRole(a, b) {
			// "NATO spokeswoman Allison Hart": the person the role
			// introduces speaks, not the organization.
			if s, ok := sc.unknownName(a, b, speakers); ok && s.kind == "person" {
				return s, true
			}
			e.kind = "person" // "a UN spokesperson": she, not it
		}
		return e, true
	}
	if s, ok := sc.civilBody(a, b); ok {
		return s, true
	}
	if s, ok := sc.bodyOfPlace(a, b); ok {
		return s, true
	}
	if s, ok := sc.institution(a, b, ents); ok {
		return s, true
	}
	if s, ok := sc.unknownName(a, b, speakers); ok {
		return s, true
	}
	if s, ok := sc.collective(a, b, ents); ok {
		return s, true
	}
	if e, ok := sc.bestEntity(speakers, news.EntityCountry, news.EntityPlace); ok {
		if k := sc.lastOf(a, b); k > a && k >= b-4 && sc.hasRole(a, k) {
			// "The representative of China said ... he said": he. A role
			// after the country ("Cambodia's spokeswoman, Maly Socheata")
			// leaves the name that follows to speak.
			e.kind = "person"
		}
		return e, true
	}
	// token.Norm of the phrase, made on the stack when it is short: most
	// phrases that reach here are names, which Norm would copy. Most are
	// no pronoun or description either, and the paths below that keep the
	// phrase are the only ones that make it a string of its own.
	var buf [64]byte
	phrase := sp.Of(text)
	norm := token.AppendNorm(buf[:0], phrase)
	if string(norm) == phrase {
		norm = nil // the phrase is its own normal form
	}
	var types string
	var isPronoun bool
	if norm == nil {
		types, isPronoun = sc.st.Lex.Pronouns.Get(phrase)
	} else {
		types, isPronoun = sc.st.Lex.Pronouns.Get(string(norm)) // a short string(norm) stays on the stack
	}
	if norm != nil && (isPronoun || bytes.HasPrefix(norm, []byte("th"))) {
		phrase = string(norm)
	}
	if isPronoun {
		if types == "self" {
			return sc.self(sp)
		}
		if strings.Contains(phrase, " ") {
			// "Hospitals supported by the ICRC treated 600 wounded, the
			// organisation said": a description points first to a body
			// of its kind the sentence named before it.
			if s, ok := sc.namedBefore(a, types); ok {
				return s, true
			}
			if s, ok := sc.sameHead(phrase, types); ok {
				return s, true
			}
			if strings.HasPrefix(types, "head;") {
				// "the council said", no council named before: a body
				// under its description, not the last ministry heard.
				return sc.describedBody(a, b)
			}
		}
		if (phrase == "he" || phrase == "she") && a > 2 && sc.st.Lex.Lang == "en" {
			// "Aslambek Aslakhanov, an adviser to President Putin, went
			// further: the hostage-takers, he said, had claimed ...": the
			// person the sentence opens with, before anyone heard earlier.
			if s, ok := sc.openingPerson(a); ok {
				return s, true
			}
		}
		if s, ok := sc.described(types); ok && !(s.kind == "person" && s.src.Title != nil && (strings.Count(phrase, " ") >= 2 || officeRoles[phrase]) && !s.hasHead(phrase, "")) &&
			!(s.kind == "person" && titledRoles[phrase] && !s.hasHead(phrase, "")) {
			// (Not a titled person whose title is not the description:
			// "according to the prime minister" after Defence Minister
			// Ann Lee, "the minister said" after President Uhuru
			// Kenyatta.)
			return s, true
		}
		if rest, ok := strings.CutPrefix(phrase, "the "); ok && (strings.HasPrefix(types, "person") || strings.HasPrefix(types, "org;")) && sc.st.Lex.Lang == "en" && strings.Count(rest, " ") <= 1 {
			// "Speaking in Kyiv, the minister said", "according to the
			// prime minister", "the aid group estimated": a role or body
			// no one named before speaks unnamed.
			return speaker{news.Source{Name: "unnamed " + rest, Type: news.SourceUnnamed}, "unnamed"}, true
		}
		return speaker{}, false
	}
	// "the ethnic armed group" points back like "the group". A phrase
	// starts at a token, never with a space: its first field can be "the"
	// or "this" only when the phrase starts with "th".
	if strings.HasPrefix(phrase, "th") {
		if n, first, last := fieldEnds(phrase); n > 2 && (first == "the" || first == "this") {
			if types, ok := sc.st.Lex.Pronouns.Get("the " + last); ok {
				if strings.HasPrefix(types, "head;") {
					// "the provincial health department": one named so
					// before, else the body under its description.
					if s, ok := sc.sameHead(phrase, types); ok {
						return s, true
					}
				} else if s, ok := sc.described(types); ok {
					return s, true
				}
				// "the national disaster agency", with no agency heard
				// before: a body under its description.
				return sc.describedBody(a, b)
			}
		}
	}
	if s, ok := sc.describedBody(a, b); ok {
		return s, true
	}
	if s, ok := sc.singularAgent(a, b); ok {
		return s, true
	}
	// "In its daily briefing the ministry said": an opening phrase with
	// no comma before it; the subject is the phrase after the last
	// article, when the whole names no one.
	for k := b - 2; k > a; k-- {
		if w := sc.word(k); w == "the" || w == "a" || w == "an" {
			if sc.toks[k-1].Kind == token.Word && !sc.st.Lex.Stop.Has(sc.word(k-1)) {
				return sc.resolve(k, b)
			}
			break
		}
	}
	return speaker{}, false
}

// placeAfterSpeaker returns the token of "at" or "in" that opens a
// capitalized place name ending the phrase [a, b) ("at Torkham", "in
// Quetta"), or -1. English only.
func (sc *sentence) placeAfterSpeaker(a, b int) int {
	if sc.st.Lex.Lang != "en" || b-a < 3 {
		return -1
	}
	for k := b - 2; k > a; k-- {
		if w := sc.word(k); w == "at" || w == "in" {
			for j := k + 1; j < b; j++ {
				if sc.toks[j].Kind != token.Word || !isName(sc.d.Text, sc.toks[j]) {
					return -1
				}
			}
			return k
		}
	}
	return -1
}

// agentParticiples make a noun phrase the work of whom "by" names:
// "images analysed by", "a survey conducted by".
var agentParticiples = newWordSet(map[string]bool{
	"compiled": true, "gathered": true, "collected": true, "published": true, "released": true, "issued": true,
	"analysed": true, "analyzed": true, "reviewed": true, "obtained": true, "seen": true, "provided": true,
	"prepared": true, "conducted": true, "commissioned": true, "verified": true, "geolocated": true,
})

// figureQualifiers stand before whose figures they are: "the latest
// official government count".
var figureQualifiers = newWordSet(map[string]bool{"the": true, "a": true, "last": true, "latest": true, "official": true, "new": true,
	"most": true, "recent": true, "preliminary": true, "final": true, "initial": true, "first": true})

// mediumWords name where a speaker publishes: "the ministry's channel".
var mediumWords = newWordSet(map[string]bool{"channel": true, "account": true, "page": true, "website": true, "feed": true, "statement": true, "bulletin": true})

// possessiveAt returns the token of the last possessive "'s" in tokens
// [a, b), or -1: "Belarus's health ministry's channel" is the ministry's.
func (sc *sentence) possessiveAt(a, b int) int {
	for k := b - 1; k >= a; k-- {
		if sc.toks[k].Kind == token.Possessive {
			return k
		}
	}
	return -1
}

// lastOf returns the last "of" in tokens [a, b), or -1.
func (sc *sentence) lastOf(a, b int) int {
	for k := b - 1; k >= a; k-- {
		if sc.word(k) == "of" {
			return k
		}
	}
	return -1
}

// namedBefore returns the speaker of the last entity before token a in the
// sentence whose kind is one of types (";"-separated), that is no country.
func (sc *sentence) namedBefore(a int, types string) (speaker, bool) {
	if a <= 0 || a >= len(sc.toks) {
		return speaker{}, false
	}
	for i := len(sc.ents) - 1; i >= 0; i-- {
		e := sc.ents[i]
		if e.End > sc.toks[a].Start || e.Demonym || e.Type == news.EntityCountry || e.Type == news.EntityPlace {
			continue
		}
		if s, ok := sc.st.speakerOf(e); ok && kindIn(s.kind, types) {
			return s, true
		}
	}
	return speaker{}, false
}

// headLookback is how many sentences back a description may find a body
// it names by its head noun that has not spoken.
const headLookback = 12

// sameHead resolves a description by its head noun ("the ministry", "the
// office") to the latest body of its types whose name has that noun:
// "Mexico's Defense Ministry is sending 600 soldiers ... According to the
// state prosecutor's office, ... the office said ... the ministry said"
// is the Defense Ministry, though the prosecutor's office spoke last. A
// speaker heard before comes first, then a body reported words opened
// with (memory.named), then a body of the gazetteer the last sentences
// named anywhere. Descriptions of armed groups keep their own rule
// (described).
func (sc *sentence) sameHead(phrase, types string) (speaker, bool) {
	if strings.HasPrefix(types, "armed;") || strings.HasPrefix(types, "rebels;") {
		return speaker{}, false
	}
	head := phrase[strings.LastIndexByte(phrase, ' ')+1:]
	for i := len(sc.mem.speakers) - 1; i >= 0; i-- {
		if s := sc.mem.speakers[i]; kindIn(s.kind, types) && s.hasHead(phrase, head) {
			return s, true
		}
	}
	for i := len(sc.mem.named) - 1; i >= 0; i-- {
		if s := sc.mem.named[i]; kindIn(s.kind, types) && s.hasHead(phrase, head) {
			return s, true
		}
	}
	from := sc.d.Sentences[max(0, sc.idx-headLookback)].Start
	ents := sc.d.Entities
	for i := len(ents) - 1; i >= 0; i-- {
		e := ents[i]
		if e.Start >= sc.span.Start {
			continue
		}
		if e.Start < from {
			break
		}
		if e.Type == news.EntityCountry || e.Type == news.EntityPlace || e.Type == news.EntityPerson {
			continue
		}
		if s, ok := sc.st.speakerOf(e); ok && kindIn(s.kind, types) && hasWordFold(e.Canonical, head) {
			return s, true
		}
	}
	return speaker{}, false
}

// openingPerson returns the person a sentence opens with, up to its first
// comma before token a ("Aslambek Aslakhanov, an adviser to ..."), or the
// role it opens with after its time ("On Wednesday the governor ...").
func (sc *sentence) openingPerson(a int) (speaker, bool) {
	for k := 0; k < a; k++ {
		if sc.word(k) == "," {
			if s, ok := sc.resolve(0, k); ok && s.kind == "person" {
				return s, true
			}
			break
		}
	}
	// "On Wednesday the governor corrected his figure: 40 people had
	// died, he said": the role the sentence opens with, after its time.
	k := 0
	if w := sc.word(0); w == "on" || w == "in" || w == "by" || w == "late" || w == "early" || w == "earlier" {
		k = sc.pastTimes(1, a)
	}
	if sc.word(k) == "the" && k+2 < a && sc.st.Lex.Roles.Has(sc.word(k+1)) && sc.toks[k+2].Kind == token.Word {
		if s, ok := sc.resolve(k, k+2); ok && s.kind == "person" {
			return s, true
		}
	}
	return speaker{}, false
}

// civilBody reads the name of a body the gazetteer does not know that
// holds a country's or a place's name: "the Kenya Medical Association",
// "the Sudan Doctors Network", "the Ukrainian Helsinki Human Rights Union"
// speak as themselves, not as the country. Every word is capitalized (or
// joins: "of", "for", "and") and the last is a civil body's noun.
func (sc *sentence) civilBody(a, b int) (speaker, bool) {
	if sc.word(a) == "the" {
		a++
	}
	if b-a < 2 || !civilBodyWords.has(sc.word(b-1)) {
		return speaker{}, false
	}
	last := sc.toks[b-1]
	for _, e := range sc.ents {
		if e.Start <= last.Start && last.End <= e.End {
			return speaker{}, false // a body the gazetteer knows: "the Norwegian Refugee Council"
		}
	}
	for j := a; j < b; j++ {
		t := sc.toks[j]
		if t.Kind != token.Word {
			return speaker{}, false
		}
		if w := sc.word(j); j > a && j < b-1 && (w == "of" || w == "for" || w == "and") {
			continue
		}
		if !capitalized(t.Text(sc.d.Text)) {
			return speaker{}, false
		}
	}
	return sc.newBody(sc.spanOf(a, b).Of(sc.d.Text)), true
}

// bodyOfPlace reads a body named after the country or place it serves,
// which the gazetteer does not know: "the Bank of England", "the Central
// Bank of Nigeria", "the University of Nairobi". Every word is
// capitalized, a word before "of" names an organization, and what follows
// "of" is a country or a place. English only.
func (sc *sentence) bodyOfPlace(a, b int) (speaker, bool) {
	if sc.st.Lex.Lang != "en" {
		return speaker{}, false
	}
	if sc.word(a) == "the" {
		a++
	}
	of := -1
	for j := a; j < b; j++ {
		t := sc.toks[j]
		if t.Kind != token.Word {
			return speaker{}, false
		}
		if sc.word(j) == "of" && of < 0 && j > a {
			of = j
			continue
		}
		if !capitalized(t.Text(sc.d.Text)) {
			return speaker{}, false
		}
	}
	if of < 0 || of+1 >= b {
		return speaker{}, false
	}
	org := false
	for j := a; j < of; j++ {
		org = org || orgWords.has(sc.word(j))
	}
	if !org {
		return speaker{}, false
	}
	place := sc.spanOf(of+1, b)
	for _, e := range sc.ents {
		if e.Span == place && !e.Demonym && (e.Type == news.EntityCountry || e.Type == news.EntityPlace) {
			return sc.newBody(sc.spanOf(a, b).Of(sc.d.Text)), true
		}
	}
	return speaker{}, false
}

// ministryOf returns the ministry a minister's title names ("Health
// Minister", "Lebanon's health minister" -> "Lebanon Health Ministry"),
// in the country the title names or else the story's (focus, which may be
// ""), or "" when the title is no minister of one field.
func ministryOf(title, focus string) string {
	field, ok := strings.CutSuffix(strings.ToLower(title), " minister")
	if !ok {
		return ""
	}
	country := focus
	if i := strings.Index(field, "'s "); i > 0 {
		country, field = title[:i], field[i+3:]
	}
	if field == "" || strings.Count(field, " ") > 1 || strings.Contains(field, "prime") || strings.Contains(field, "deputy") {
		return ""
	}
	name := titleCase(field) + " Ministry"
	if country != "" {
		name = country + " " + name
	}
	return name
}

// civilBodyWords end the names of associations, unions and networks.
var civilBodyWords = newWordSet(map[string]bool{
	"association": true, "union": true, "network": true, "society": true, "federation": true,
	"foundation": true, "institute": true, "league": true, "coalition": true, "movement": true,
	"observatory": true, "watch": true, "monitor": true, "trust": true, "collective": true,
	"syndicate": true, "chamber": true, "initiative": true, "center": true, "centre": true,
})

// envoyWords after a country's possessive speak for that country: "Iran's
// mission to the United Nations", "Russia's embassy in London".
var envoyWords = newWordSet(map[string]bool{"mission": true, "embassy": true, "delegation": true, "consulate": true, "envoy": true, "ambassador": true, "representative": true})

// ownDocuments are what a body publishes of its own: "according to its
// website", "its closing summary", "their latest count".
var ownDocuments = newWordSet(map[string]bool{"summary": true, "report": true, "website": true, "statement": true, "figures": true, "data": true, "count": true, "tally": true, "records": true, "account": true, "bulletin": true, "update": true, "estimate": true, "estimates": true, "assessment": true, "site": true})

// speaksFor are who speak for a person: "his office", "her spokesman".
var speaksFor = newWordSet(map[string]bool{"office": true, "spokesman": true, "spokeswoman": true, "spokesperson": true, "aides": true, "staff": true, "team": true, "lawyer": true, "lawyers": true, "campaign": true})

// officeRoles are descriptions that name one office, which a titled
// person holds only when the title says so ("the minister" is not
// President Kenyatta); "the official", "the spokesman", "the commander"
// may point to anyone titled otherwise.
var officeRoles = map[string]bool{"the president": true, "the minister": true, "the governor": true, "the mayor": true, "the ambassador": true, "the prosecutor": true}

// titledRoles point back only to a person whose title has their words: "the
// chairman found" is no one heard before who was not called chairman.
var titledRoles = map[string]bool{
	"the chairman": true, "the chairwoman": true, "the director": true, "the coroner": true, "the judge": true,
	"the chief executive": true, "the chief constable": true, "the secretary-general": true, "the investigator": true,
	"the inspector": true,
}

// hasHead reports whether a speaker's name has a description's head noun
// ("the ministry" for the Defense Ministry) or its title every word of the
// description ("the President" for President Uhuru Kenyatta, "the prime
// minister" not for a defence minister).
func (s speaker) hasHead(phrase, head string) bool {
	if hasWordFold(s.src.Name, head) {
		return true
	}
	if s.src.Title == nil {
		return false
	}
	for _, w := range strings.Fields(strings.TrimPrefix(phrase, "the ")) {
		if !hasWordFold(*s.src.Title, w) {
			return false
		}
	}
	return true
}

// hasWordFold reports whether name has word as one of its words, in any
// case: "Mexico Defense Ministry" has "ministry".
func hasWordFold(name, word string) bool {
	for rest := name; rest != ""; {
		var w string
		w, rest, _ = strings.Cut(rest, " ")
		if strings.EqualFold(w, word) {
			return true
		}
	}
	return false
}

// described resolves a pronoun or description to the latest speaker of
// its types. A description of an armed group ("the group", "the rebels";
// type "armed" first) is the armed group, no state's, that the last few
// sentences named, whether it spoke before or not: "Troops killed 70
// al-Shabaab fighters, the ministry said. ... The group said it had
// killed 47 soldiers."
func (sc *sentence) described(types string) (speaker, bool) {
	if rest, ok := strings.CutPrefix(types, "armed;"); ok {
		if s, ok := sc.recentArmedGroup(armedLookback); ok {
			return s, true
		}
		types = rest
	}
	if rest, ok := strings.CutPrefix(types, "org;"); ok {
		// "the organisation said": the organization named last, in the
		// sentence or the one or two before, whether or not it spoke
		// ("Médecins Sans Frontières, whose surveys led it to estimate
		// ...; which the organisation said meant ...").
		if s, ok := sc.recentAgency(orgLookback); ok {
			return s, true
		}
		types = rest
	}
	if rest, ok := strings.CutPrefix(types, "rebels;"); ok {
		// "the rebels", "the rebel alliance": an armed group whenever
		// the story named it.
		if s, ok := sc.recentArmedGroup(sc.idx); ok {
			return s, true
		}
		types = rest
	}
	return sc.mem.findAny(types)
}

// armedLookback is how many sentences back "the group" may point to an
// armed group named, not only to one that spoke.
const armedLookback = 3

// recentArmedGroup returns the armed group no state's named last in the
// sentence or the lookback before it.
func (sc *sentence) recentArmedGroup(lookback int) (speaker, bool) {
	if sc.st.G == nil {
		return speaker{}, false
	}
	return sc.recentEntity(lookback, func(e news.Entity) bool {
		en, ok := sc.st.G.Lookup(e.Canonical)
		return e.Type == news.EntityMilitary && ok && en.NonState
	})
}

// orgLookback is how many sentences back "the organisation" may point to
// an organization named, not only to one that spoke.
const orgLookback = 2

// recentAgency returns the organization (an agency of the gazetteer, no
// government's) named last in the sentence or the lookback before it.
func (sc *sentence) recentAgency(lookback int) (speaker, bool) {
	return sc.recentEntity(lookback, func(e news.Entity) bool { return e.Type == news.EntityAgency })
}

// recentEntity returns the speaker of the entity that ok accepts named
// last in the sentence or the lookback of sentences before it.
func (sc *sentence) recentEntity(lookback int, ok func(news.Entity) bool) (speaker, bool) {
	from := sc.d.Sentences[max(0, sc.idx-lookback)].Start
	var best news.Entity
	found := false
	for _, e := range sc.d.Entities {
		if e.Start < from || e.End > sc.span.Start && !sc.span.Contains(e.Span) || found && e.Start < best.Start {
			continue
		}
		if ok(e) {
			best, found = e, true
		}
	}
	if !found {
		return speaker{}, false
	}
	return sc.st.speakerOf(best)
}

// self is the speaker "we" names outside a quotation and a labelled line:
// the outlet or institute that wrote the text ("We estimate that Pyongyang
// has sent ..."). Inside a quotation "we" is the quoted speaker's side, no
// one the text names; after a label, the labelled speaker.
func (sc *sentence) self(sp news.Span) (speaker, bool) {
	for _, r := range sc.regions {
		if r.Start <= sp.Start && sp.End <= r.End {
			return speaker{}, false
		}
	}
	// "SECRETARY LORENZANA: We estimate ...": in a labelled line, as in a
	// transcript, "we" is the side of the one the label names.
	if t, ok := sc.turnOf(); ok && t.label.End <= sp.Start {
		if t.question {
			return speaker{}, false // the interviewer's "we"
		}
		if lsp, ok := sc.turnSpeaker(t); ok {
			return lsp, true
		}
	}
	if from, colon, ok := sc.labelColon(); ok && sc.toks[colon].End <= sp.Start {
		if lsp, ok := sc.resolve(from, colon); ok {
			return lsp, true
		}
	}
	name := sc.d.Meta.Outlet
	if name == "" {
		name = news.OutletName
	}
	return speaker{news.Source{Name: name, Type: news.SourceOutlet}, "self"}, true
}

// fieldEnds returns how many fields strings.Fields(s) has, the first
// and the last, without making the slice.
func fieldEnds(s string) (n int, first, last string) {
	start := -1
	for i, r := range s {
		if !unicode.IsSpace(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			if n++; n == 1 {
				first = s[start:i]
			}
			last, start = s[start:i], -1
		}
	}
	if start >= 0 {
		if n++; n == 1 {
			first = s[start:]
		}
		last = s[start:]
	}
	return n, first, last
}

// bestEntity returns the speaker of the first entity of one of the types.
func (sc *sentence) bestEntity(ents []news.Entity, types ...news.EntityType) (speaker, bool) {
	for _, e := range ents {
		for _, t := range types {
			if e.Type == t {
				return sc.st.speakerOf(e)
			}
		}
	}
	return speaker{}, false
}

// maxBodyWords bounds the words that name a body of an organization.
const maxBodyWords = 4

// bodyOf reads a body of an international organization that the phrase
// ending before token b names by the organization and what the body is:
// "UN sanctions monitors", "the UN human rights office", "the UN human
// rights monitoring mission". The body speaks under those words, not the
// whole organization. The two to four words after the organization must
// end the phrase and end in a body's head noun (lang bodies.txt) or in
// people named by what they do ("monitors", "investigators"); one word
// ("the UN agency") describes a body the text names elsewhere.
func (sc *sentence) bodyOf(b int, speakers []news.Entity) (speaker, bool) {
	for _, e := range speakers {
		if e.Country != "" || e.Type != news.EntityGovernment && e.Type != news.EntityAgency {
			continue
		}
		k := sc.lastTokenOf(e.Span) + 1
		if b-k < 2 || b-k > maxBodyWords || sc.toks[k].Start < e.End {
			continue // one word ("the UN agency") describes a body named elsewhere
		}
		for j := k; j < b; j++ {
			if sc.toks[j].Kind != token.Word {
				return speaker{}, false
			}
		}
		last := sc.word(b - 1)
		if !sc.st.Lex.Bodies.Has(last) && !agentSuffix(last) && last != "monitors" {
			continue
		}
		org := e.Span.Of(sc.d.Text)
		if w, rest, ok := strings.Cut(org, " "); ok && strings.EqualFold(w, "the") {
			org = rest // the alias "the UN"
		}
		name := org + " " + sc.spanOf(k, b).Of(sc.d.Text)
		return speaker{news.Source{Name: name, Type: news.SourceAgency}, news.SourceAgency}, true
	}
	return speaker{}, false
}

// countryBefore returns the country named by a demonym or country entity
// that ends before offset off within ents.
func countryBefore(ents []news.Entity, off int) string {
	c := ""
	for _, e := range ents {
		if e.End > off {
			break
		}
		if n := e.Nation(); n != "" {
			c = n
		}
	}
	return c
}

// nextPlace reports whether a place phrase follows token j: "officials in
// Kyiv".
func (sc *sentence) nextPlace(j int) bool {
	return j < len(sc.toks) && placeWord(sc.word(j))
}

// demonym returns the first demonym the gazetteer lists for a country.
func (st *Stage) demonym(country string) string {
	if st.G == nil {
		return ""
	}
	if e, ok := st.G.Lookup(country); ok && len(e.Demonyms) > 0 {
		return e.Demonyms[0]
	}
	return ""
}

func placeWord(w string) bool { return w == "in" || w == "from" || w == "at" }

func isAcronymWord(s string) bool {
	up := 0
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z':
			up++
		case r == '-' || r >= '0' && r <= '9':
		default:
			return false
		}
	}
	return up >= 2
}

var commaToSpace = strings.NewReplacer(",", " ")

// isList reports whether entities are joined only by commas, "and" and
// articles: a list of several sources rather than one name in another's
// phrase.
func (sc *sentence) isList(ents []news.Entity) bool {
	for i := 1; i < len(ents); i++ {
		raw := sc.d.Text[ents[i-1].End:ents[i].Start]
		if strings.TrimSpace(raw) == "" {
			return false // "начальник ГУР Кирило Буданов": a title, not a list
		}
		for w := range strings.FieldsSeq(commaToSpace.Replace(raw)) {
			if w != "and" && w != "the" && w != "as" && w != "well" && !listJoiners.has(w) {
				return false
			}
		}
	}
	return true
}

func isBoundary(w string) bool {
	switch w {
	case "said", "say", "says", "told", "have", "has", "had", "were", "are", "also", "suggest", "suggested", "believe", "warned", "familiar":
		return true
	}
	return false
}

// memory is the discourse memory of speakers, most recent last, for
// pronouns and descriptions that point back.
type memory struct {
	speakers []speaker
	// named are bodies the reported words named as their subject without
	// speaking themselves, for sameHead only.
	named []speaker
}

// bodyKinds are the speaker kinds of institutions.
var bodyKinds = map[string]bool{"agency": true, "military": true, "government": true}

func (m *memory) push(s speaker) {
	m.speakers = append(m.speakers, s)
}

// findAny is find of the kinds in a pronoun list's "type;type" value,
// without splitting it.
func (m *memory) findAny(types string) (speaker, bool) {
	for i := len(m.speakers) - 1; i >= 0; i-- {
		if s := m.speakers[i]; kindIn(s.kind, types) {
			return s, true
		}
	}
	return speaker{}, false
}

// kindIn reports whether a speaker's kind is one of types, ";"-separated
// ("agency;military").
func kindIn(kind, types string) bool {
	for rest := types; ; {
		k, more, cut := strings.Cut(rest, ";")
		if kind == k {
			return true
		}
		if !cut {
			return false
		}
		rest = more
	}
}

func (m *memory) find(kinds []string) (speaker, bool) {
	for i := len(m.speakers) - 1; i >= 0; i-- {
		s := m.speakers[i]
		for _, k := range kinds {
			if s.kind == k {
				return s, true
			}
		}
	}
	return speaker{}, false
}

// roleWords name a person who speaks for an organization.
var roleWords = newWordSet(map[string]bool{
	"spokesperson": true, "spokesman": true, "spokeswoman": true, "official": true, "envoy": true,
	"ambassador": true, "minister": true, "commander": true, "chief": true, "head": true, "director": true,
	"governor": true, "representative": true, "adviser": true, "advisor": true,
})

// hasRole reports whether the phrase names a person by role.
func (sc *sentence) hasRole(a, b int) bool {
	for j := a; j < b; j++ {
		if roleWords.has(sc.word(j)) {
			return true
		}
	}
	return false
}

// demonymAt reports whether a demonym alone fills tokens [j, b): the
// nationality after the noun in "fuentes ucranianas", "funcionarios
// surcoreanos".
func (sc *sentence) demonymAt(j, b int) bool {
	for _, e := range sc.ents {
		if e.Demonym && e.Start == sc.toks[j].Start && e.End == sc.toks[b-1].End {
			return true
		}
	}
	return false
}

// inPlace reports whether sp lies inside a place or country of the gazetteer.
func (sc *sentence) inPlace(sp news.Span) bool {
	for _, e := range sc.ents {
		if (e.Type == news.EntityPlace || e.Type == news.EntityCountry) && !e.Demonym && e.Contains(sp) {
			return true
		}
	}
	return false
}

// placeNameAt reports whether a place of the gazetteer fills tokens [j, b):
// the region a collective speaker belongs to, in the genitive after it
// ("Местные власти Сумской области").
func (sc *sentence) placeNameAt(j, b int) bool {
	for _, e := range sc.ents {
		if e.Type == news.EntityPlace && e.Start == sc.toks[j].Start && e.End == sc.toks[b-1].End {
			return true
		}
	}
	return false
}

// listJoiners are other languages' "and" between the names of a list.
var listJoiners = newWordSet(map[string]bool{"і": true, "й": true, "та": true, "и": true, "y": true, "e": true, "et": true, "und": true})

// personOfBody reads a person the gazetteer does not know, named with the
// body they work for: "Steven Hildreth of the Congressional Research
// Service", "Theodore Postol of MIT". The name is two or three capitalized
// words at the phrase's start, none a role, an organization's word or a
// known name ("Secretary General of NATO", "Bank of England", "Joint
// Chiefs of Staff" are no one's name). English only.
func (sc *sentence) personOfBody(a, b int, ents []news.Entity) (speaker, bool) {
	if sc.st.Lex.Lang != "en" {
		return speaker{}, false
	}
	text := sc.d.Text
	o := a
	for o < b && o < a+4 && sc.word(o) != "of" {
		t := sc.toks[o]
		if !isName(text, t) || !token.IsCapitalized(t.Text(text)) || orgWords.has(sc.word(o)) || titleWords.has(sc.word(o)) {
			return speaker{}, false
		}
		if n, _ := sc.match(sc.st.Lex.Roles, o); n > 0 {
			return speaker{}, false
		}
		o++
	}
	if o-a < 2 || o-a > 3 || o+1 >= b || sc.word(o) != "of" {
		return speaker{}, false
	}
	name := sc.spanOf(a, o)
	for _, e := range ents {
		if e.Overlaps(name) {
			return speaker{}, false
		}
	}
	title := sc.spanOf(o, b).Of(text)
	return speaker{news.Source{Name: name.Of(text), Type: news.SourcePerson, Title: &title}, "person"}, true
}
