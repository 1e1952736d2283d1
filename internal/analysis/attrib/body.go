package attrib

// A country's bodies as speakers: "the Ukrainian air force", "Russia's
// Defence Ministry".

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/analysis/token"
	"github.com/sitrep/sitrep/internal/news"
)

// institution reads "the Ukrainian air force", "Russia's Defence Ministry",
// "Ukraine's prosecutor general's office": a country's body, named
// "<Country> <Body>".
func (sc *sentence) institution(a, b int, ents []news.Entity) (speaker, bool) {
	for j := a; j < b; j++ {
		n, typ := sc.match(sc.st.Lex.Orgs, j)
		if n == 0 || j+n != b {
			continue
		}
		// "U.S. Central Command", "Israel's Home Front Command": the
		// capitalized words of a proper name before the body's noun are
		// part of it.
		k := j
		for k > a && sc.properWord(k-1, ents) {
			k--
		}
		if sc.st.Lex.Lang == "en" && isName(sc.d.Text, sc.toks[j]) {
			if p := sc.placeNameBefore(a, j); p >= 0 {
				// "Greater Manchester Police", "Kaduna State Government": a
				// place's own body, under its proper name.
				return speaker{news.Source{Name: sc.spanOf(p, j+n).Of(sc.d.Text), Type: typ}, typ}, true
			}
		}
		body := titleCase(sc.spanOf(j, j+n).Of(sc.d.Text))
		full := sc.spanOf(k, j+n).Of(sc.d.Text)
		country := countryBefore(ents, sc.toks[k].Start)
		if country == "" && k == j && subnational.has(sc.word(j-1)) && sc.st.Lex.Lang == "en" {
			// "The state government gives a toll", in a story from
			// Mumbai: Maharashtra's, not India's.
			if region := sc.regionBefore(sc.toks[j].Start); region != "" {
				return speaker{news.Source{Name: region + " " + body, Type: typ}, typ}, true
			}
		}
		if country == "" {
			if place := sc.placeReferredBy(k); place != "" {
				// "the territory's health ministry", after Gaza: the
				// place's own body when the gazetteer knows it.
				if e, ok := sc.st.G.Lookup(place + " " + body); ok && e.Kind != "place" && e.Kind != "person" {
					return speaker{news.Source{Name: e.Canonical, Type: typ}, typ}, true
				}
				country = sc.st.G.CountryOf(place)
			}
		}
		if country == "" {
			country = sc.openingCountry(k)
		}
		if country == "" {
			// "the air force said": the one named before, else the
			// document's own country.
			for i := len(sc.mem.speakers) - 1; i >= 0; i-- {
				if m := sc.mem.speakers[i]; strings.HasSuffix(m.src.Name, " "+body) {
					return m, true
				}
			}
			if m, ok := sc.bodyFromMemory(typ); ok && !sc.st.namesOtherBody(m, body) {
				return m, true
			}
			country = sc.speakerCountry()
			if country == "" {
				// "WASHINGTON - The Army told Congress": the army of the
				// country the story is filed from, before the one it is
				// most about.
				country = sc.doc.filed
			}
			if country == "" {
				country = sc.doc.focus
			}
		}
		if country == "" {
			// "Civil protection says", "police said", in a story that
			// names no country: the body speaks under its own name.
			if k < j {
				body = full
			}
			return speaker{news.Source{Name: body, Type: typ}, typ}, true
		}
		if k < j {
			if name, ok := sc.st.knownBody(country, full); ok {
				return speaker{news.Source{Name: name, Type: typ}, typ}, true
			}
		}
		if name, ok := sc.st.knownBody(country, body); ok {
			return speaker{news.Source{Name: name, Type: typ}, typ}, true
		}
		if k < j {
			body = full
		}
		body = forceName(ministryName(body))
		if !latinText(body) {
			// Canonical names are English: "британская разведка" is the
			// United Kingdom's, not "United Kingdom Разведка".
			return speaker{news.Source{Name: country, Type: typ}, typ}, true
		}
		return speaker{news.Source{Name: country + " " + body, Type: typ}, typ}, true
	}
	return speaker{}, false
}

// ministryName turns "Ministry of National Defence" into "Defence
// Ministry", the form canonical names take ("Turkey Defence Ministry"),
// and leaves other names as they are.
func ministryName(body string) string {
	rest, ok := strings.CutPrefix(body, "Ministry of ")
	if !ok {
		return body
	}
	rest = strings.TrimPrefix(strings.TrimPrefix(rest, "the "), "National ")
	switch rest {
	case "Foreign Affairs":
		rest = "Foreign"
	case "Internal Affairs":
		rest = "Interior"
	case "Home Affairs":
		rest = "Home" // as "the home ministry" names it
	}
	if strings.Contains(rest, " ") {
		return body // "Ministry of Labour and Social Policy"
	}
	return rest + " Ministry"
}

// forceName names a country's units as its forces: "Iraqi units" ->
// Forces.
func forceName(body string) string {
	if body == "Units" {
		return "Forces"
	}
	return body
}

// placeReferredBy returns the place a possessive place noun before token
// k refers back to: "the territory's" or "the country's" health ministry
// is the one of the last place or country the sentence named before it
// (not as an owner: "Gaza, where 23,000 have been killed in Israel's
// offensive, according to the territory's health ministry"), or "".
func (sc *sentence) placeReferredBy(k int) string {
	if k < 2 || sc.toks[k-1].Kind != token.Possessive || !placeReferents.has(sc.word(k-2)) || sc.st.G == nil {
		return ""
	}
	for i := len(sc.ents) - 1; i >= 0; i-- {
		e := sc.ents[i]
		if e.End > sc.toks[k-2].Start || e.Demonym {
			continue
		}
		if t := sc.tokAt(e.End); t < len(sc.toks) && sc.toks[t].Kind == token.Possessive {
			continue // "Israel's offensive": whose, not where
		}
		if e.Type == news.EntityCountry || e.Type == news.EntityPlace {
			return e.Canonical
		}
	}
	return ""
}

// placeNameBefore returns the first token of a proper name that ends right
// before token j with a place below a country ("Greater Manchester", "Kaduna
// State"), no further back than a, or -1.
func (sc *sentence) placeNameBefore(a, j int) int {
	if j == 0 {
		return -1
	}
	end := sc.toks[j-1].End
	for _, e := range sc.ents {
		if e.End != end || e.Type != news.EntityPlace || e.Demonym {
			continue
		}
		p := sc.tokAt(e.Start)
		if p < a || p >= j {
			return -1
		}
		for p > a && sc.properWord(p-1, sc.ents) {
			p--
		}
		return p
	}
	return -1
}

// subnational words before "government" or "authorities" name a state's
// or province's, not the country's.
var subnational = newWordSet(map[string]bool{"state": true, "provincial": true, "regional": true})

// regionBefore returns the region right under its country that the
// places the document names before offset p lie in most often ("Mumbai"
// -> "Maharashtra"; a region itself, "Kaduna", is its own; a city
// commandos "fly in from" once is outnumbered or, at a tie, named after
// the story's own), or "".
func (sc *sentence) regionBefore(p int) string {
	if sc.st.G == nil {
		return ""
	}
	counts := map[string]int{}
	best, most := "", 0
	for _, e := range sc.d.Entities {
		if e.End > p || e.Type != news.EntityPlace || e.Demonym {
			continue
		}
		chain := sc.st.G.Parents(e.Canonical)
		if len(chain) < 2 {
			continue
		}
		if top, ok := sc.st.G.Lookup(chain[len(chain)-1]); !ok || top.Kind != "country" {
			continue
		}
		r := chain[len(chain)-2]
		counts[r]++
		if counts[r] > most {
			best, most = r, counts[r]
		}
	}
	return best
}

// placeReferents are the nouns that refer back to a place in a
// possessive: "the territory's", "the country's".
var placeReferents = newWordSet(map[string]bool{"territory": true, "country": true, "region": true, "enclave": true, "strip": true, "province": true, "city": true, "state": true})

// openingCountry returns the country of the place an opening adverbial
// names before token k ("In Iran, the health ministry said", "In Tehran,
// ..."): the body speaks for it, whatever country the story is about.
// "" when the sentence opens otherwise.
func (sc *sentence) openingCountry(k int) string {
	if sc.st.G == nil {
		return ""
	}
	if c := sc.labelCountry(k); c != "" {
		return c
	}
	if sc.st.Lex.Lang != "en" || !placeWord(sc.word(0)) {
		return ""
	}
	comma := -1
	for j := 1; j < k && j < 8; j++ {
		if sc.word(j) == "," {
			comma = j
			break
		}
	}
	if comma < 0 {
		return ""
	}
	for _, e := range sc.ents {
		if e.Start < sc.toks[1].Start || e.End > sc.toks[comma].Start || e.Demonym {
			continue
		}
		if e.Type == news.EntityCountry || e.Type == news.EntityPlace {
			return sc.st.G.CountryOf(e.Canonical)
		}
	}
	return ""
}

// labelCountry returns the country of a place that labels the sentence, a
// digest's item ("- Ukraine: Russia launched 96 drones ...; 64 were shot
// down, the air force said"), when the label stands before token k.
func (sc *sentence) labelCountry(k int) string {
	s := 0
	for s < k && s < 2 && s < len(sc.toks) && sc.toks[s].Kind != token.Word {
		s++ // a bullet
	}
	if s >= len(sc.toks) {
		return ""
	}
	for _, e := range sc.ents {
		if e.Start != sc.toks[s].Start || e.Demonym || e.Type != news.EntityCountry && e.Type != news.EntityPlace {
			continue
		}
		if j := sc.lastTokenOf(e.Span) + 1; j < k && sc.word(j) == ":" {
			return sc.st.G.CountryOf(e.Canonical)
		}
	}
	return ""
}

// properWord reports whether token i is a capitalized word outside every
// entity, not the sentence's first: a word of a body's proper name.
func (sc *sentence) properWord(i int, ents []news.Entity) bool {
	t := sc.toks[i]
	if t.Start == sc.span.Start || !isName(sc.d.Text, t) {
		return false
	}
	for _, e := range ents {
		if e.Start < t.End && t.Start < e.End {
			return false
		}
	}
	return true
}

// namesOtherBody reports whether the body, in the country of speaker m,
// is a known entity other than m: "la Fuerza Aérea" does not point back to
// the General Staff that spoke before.
func (st *Stage) namesOtherBody(m speaker, body string) bool {
	if st.G == nil {
		return false
	}
	e, ok := st.G.Lookup(m.src.Name)
	if !ok {
		return false
	}
	name, ok := st.knownBody(e.Country, body)
	return ok && name != m.src.Name
}

// knownBody returns the gazetteer entity of the country whose alias is the
// body followed by more words, as the language writes a country's body
// with its demonym after it: "la Fuerza Aérea" in a story about Ukraine is
// the entity that "Fuerza Aérea ucraniana" names.
func (st *Stage) knownBody(country, body string) (string, bool) {
	if st.G == nil {
		return "", false
	}
	st.bodiesOnce.Do(st.indexBodies)
	var buf [64]byte
	name, ok := st.bodies[country][string(appendLower(buf[:0], body))]
	return name, ok
}

// indexBodies fills st.bodies for knownBody, which institution calls for
// every country's body a sentence names: scanning every alias of the
// gazetteer per call cost more than the rest of the stage. Every
// lower-cased alias of a country's body (not a person or a place) is
// indexed under each of its prefixes that a space ends, to the first entry
// in file order that has it, as the scan found it.
func (st *Stage) indexBodies() {
	st.bodies = map[string]map[string]string{}
	for _, e := range st.G.Entries() {
		if e.Kind == "person" || e.Kind == "place" || e.Kind == "capital" {
			continue
		}
		m := st.bodies[e.Country]
		if m == nil {
			m = map[string]string{}
			st.bodies[e.Country] = m
		}
		for _, al := range e.Aliases {
			al = strings.ToLower(al)
			for i := 0; i < len(al); i++ {
				if al[i] != ' ' {
					continue
				}
				if _, ok := m[al[:i]]; !ok {
					m[al[:i]] = e.Canonical
				}
			}
			// "Sudan's army", "the Israeli army": the words after the
			// country name the body itself ("the army said" in a story
			// about Sudan).
			if body, ok := st.bodyAfterCountry(al, e.Country); ok {
				if _, ok := m[body]; !ok {
					m[body] = e.Canonical
				}
			}
		}
	}
}

// bodyAfterCountry returns the rest of a lower-cased alias that opens with
// its country's name in the possessive or its demonym ("sudan's army",
// "the israeli army" -> "army").
func (st *Stage) bodyAfterCountry(al, country string) (string, bool) {
	if country == "" {
		return "", false
	}
	al = strings.TrimPrefix(al, "the ")
	first, rest, ok := strings.Cut(al, " ")
	if !ok || rest == "" {
		return "", false
	}
	c, ok := st.G.Lookup(country)
	if !ok {
		return "", false
	}
	if first == strings.ToLower(c.Canonical)+"'s" || first == strings.ToLower(c.Canonical)+"’s" {
		return rest, true
	}
	for _, d := range c.Demonyms {
		if first == strings.ToLower(d) {
			return rest, true
		}
	}
	return "", false
}

// appendLower appends strings.ToLower(s) to dst without allocating: a
// look-up written as m[string(appendLower(buf[:0], s))] finds what
// m[strings.ToLower(s)] finds.
func appendLower(dst []byte, s string) []byte {
	for _, r := range s {
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			dst = append(dst, byte(r))
			continue
		}
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
	}
	return dst
}

// orgWords mark a capitalized name as an organization rather than a person.
var orgWords = newWordSet(map[string]bool{
	"office": true, "organization": true, "organisation": true, "ministry": true, "agency": true, "council": true,
	"forces": true, "force": true, "army": true, "committee": true, "association": true, "institute": true,
	"center": true, "centre": true, "service": true, "command": true, "mission": true, "group": true,
	"coalition": true, "front": true, "movement": true, "alliance": true, "bureau": true, "department": true,
	"commission": true, "court": true, "programme": true, "program": true, "fund": true, "union": true,
	"university": true, "foundation": true, "watch": true, "observatory": true, "monitor": true, "guard": true,
	"staff": true, "directorate": true, "network": true, "project": true, "party": true, "police": true,
	"research": true, "corps": true, "brigade": true, "battalion": true, "regiment": true, "authority": true,
	"administration": true, "secretariat": true, "assembly": true, "parliament": true, "company": true,
	"corporation": true, "bank": true, "board": true, "tribunal": true, "red": true, "crescent": true,
	"collective": true, "initiative": true, "platform": true, "league": true, "federation": true, "society": true,
	"lines": true, "airlines": true, "airways": true, "shipping": true, "logistics": true,
	"analytics": true, "worldwide": true, "consulting": true, "consultancy": true, "consultants": true, "partners": true,
	"associates": true, "insurance": true, "re": true, "capital": true, "holdings": true, "industries": true,
	"laboratory": true, "labs": true, "inc": true, "ltd": true, "llc": true, "plc": true,
	"school": true, "college": true, "academy": true, "hospital": true, "clinic": true, "church": true,
	"museum": true, "library": true, "trust": true, "ministries": true, "asa": true, "ag": true,
	"gmbh": true, "sa": true, "services": true, "systems": true, "energy": true, "media": true,
	"technologies": true, "technology": true, "solutions": true, "software": true, "aerospace": true,
	"dynamics": true, "electronics": true, "communications": true, "telecom": true, "telecoms": true,
	"county": true, "municipality": true, "prefecture": true,
})

// describedBody reads a body named by a description rather than a name,
// when nothing before it was named so: "the port authority said", "the
// regional military administration said". It speaks under that
// description, as an agency.
func (sc *sentence) describedBody(a, b int) (speaker, bool) {
	if w := sc.word(a); b-a < 2 || w != "the" && w != "a" && w != "an" || !orgWords.has(sc.word(b-1)) {
		return speaker{}, false
	}
	for j := a + 1; j < b; j++ {
		if j > a+1 && sc.pluralPossessive(j) {
			continue // "a veterans' association"
		}
		if sc.toks[j].Kind != token.Word || isName(sc.d.Text, sc.toks[j]) {
			return speaker{}, false // a name: unknownName's
		}
	}
	name := news.Span{Start: sc.toks[a+1].Start, End: sc.toks[b-1].End}.Of(sc.d.Text)
	if sc.word(a+1) == "national" && sc.doc.focus != "" {
		// "the national disaster agency": the story's country's.
		name = sc.doc.focus + " " + titleCase(name)
	}
	return speaker{news.Source{Name: name, Type: news.SourceAgency}, "agency"}, true
}
