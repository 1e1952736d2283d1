package attrib

// Unnamed and collective speakers: "officials", "a Ukrainian official",
// "sources familiar with the matter".

import (
	"strings"

	"github.com/sitrep/sitrep/internal/analysis/token"
	"github.com/sitrep/sitrep/internal/news"
)

// collective reads unnamed and collective speakers: "officials", "a
// Ukrainian official", "officials in Kyiv", "sources", "experts".
func (sc *sentence) collective(a, b int, ents []news.Entity) (speaker, bool) {
	for j := a; j < b; j++ {
		n, v := sc.match(sc.st.Lex.Sources, j)
		ofEvent := false
		if n > 0 && sc.word(j+n) == "of" {
			if sp, ok := sc.collectiveOf(j, n, b, v); ok {
				return sp, true
			}
			// "survivors of one sinking off Malta told": the collective
			// that opens the phrase, whatever the event after "of" names.
			ofEvent = j <= a+1 && !sc.hasSpeakerEntity(j+n, b)
		}
		if n == 0 || !ofEvent && j+n < b && sc.toks[j+n].Kind == token.Word && !isBoundary(sc.word(j+n)) && !relativeWords.has(sc.word(j+n)) && !placeWord(sc.word(j+n)) && !sc.demonymAt(j+n, b) && !sc.placeNameAt(j+n, b) && !sc.postModifier(j+n) {
			continue
		}
		typ, name, _ := strings.Cut(v, "|")
		if sp, ok := sc.employer(j+n, b); ok {
			return sp, true
		}
		if typ == news.SourceUnnamed {
			kind := typ
			if !strings.HasSuffix(sc.word(j+n-1), "s") {
				kind = "person" // "a senior official ... He added"
			}
			listName := name
			from := a
			if sc.word(a) == "what" || sc.word(a) == "which" {
				from = a + 1 // "in what officials called": no part of who
			}
			for k := j - 1; k > a; k-- {
				if phraseBreaks.has(sc.word(k)) {
					from = k + 1 // "the one given to reporters by a US official": the official
					break
				}
			}
			name := sc.unnamedName(from, j, j+n, b, ents)
			if j+n < b && sc.demonymAt(j+n, b) {
				// "fuentes ucranianas": the nationality as the gazetteer
				// first names it, before the noun.
				for _, e := range ents {
					if e.Demonym && e.Start == sc.toks[j+n].Start {
						if d := sc.st.demonym(e.Country); d != "" {
							name = "unnamed " + d + " " + strings.TrimPrefix(name, "unnamed ")
						}
					}
				}
			}
			if !latinText(name) {
				name = listName // "місцева влада": the list's English name
			}
			return speaker{news.Source{Name: name, Type: typ}, kind}, true
		}
		country := countryBefore(ents, sc.toks[j].Start)
		if country == "" {
			country = countryBefore(ents, sc.toks[b-1].End) // "officials in Kyiv"
		}
		if typ == news.SourceMedia && (sc.word(j) == "state" || sc.word(j) == "state-run") {
			// "according to state television": the state media of the
			// country named, else of the speaker the sentence heard before
			// ("Iran's health ministry says ..., state media report"), else
			// of the story's country.
			if country == "" && sc.heard != nil && sc.st.G != nil {
				country = sc.st.sideOfSpeaker(sc.heard.src)
			}
			if country == "" {
				country = sc.doc.focus
			}
			if sc.st.G != nil && country != "" {
				if sm, ok := sc.st.G.StateMediaOf(country); ok {
					return speaker{news.Source{Name: sm, Type: typ}, typ}, true
				}
			}
			if country != "" {
				return speaker{news.Source{Name: country + " state media", Type: typ}, typ}, true
			}
		}
		if country != "" {
			name = country + " " + strings.TrimPrefix(name, "unnamed ")
		}
		return speaker{news.Source{Name: name, Type: typ}, typ}, true
	}
	return speaker{}, false
}

// phraseBreaks are the prepositions that end the words before an unnamed
// speaker's noun that still describe it.
var phraseBreaks = newWordSet(map[string]bool{"by": true, "to": true, "from": true, "with": true, "for": true, "at": true, "on": true})

// postModifier reports whether the word at token j opens a phrase that
// describes the speaker named before it: "an officer serving in the
// area", "officials based in Kyiv", "a source close to the talks".
// English only.
func (sc *sentence) postModifier(j int) bool {
	if sc.st.Lex.Lang != "en" {
		return false
	}
	w := sc.word(j)
	switch w {
	case "based", "stationed", "close", "familiar", "involved", "with":
		return true
	}
	return len(w) > 5 && strings.HasSuffix(w, "ing") && w != "during"
}

// employer reads the organization that speakers named by their work belong
// to, "at" a name the gazetteer does not list, which ends the phrase:
// "Analysts at Petrolytica estimate", "researchers at Ghent University
// said". The organization speaks for its people; "at" a known place
// ("officials at Kramatorsk") says where they are, not whose. The name is
// read as after "compiled by" (capitalizedName).
func (sc *sentence) employer(k, b int) (speaker, bool) {
	if sc.word(k) != "at" || k+1 >= b {
		return speaker{}, false
	}
	return sc.capitalizedName(k+1, b)
}

// hasSpeakerEntity reports whether tokens [a, b) hold a body or a person
// the gazetteer knows ("relatives of the ministry's staff"), not only
// places.
func (sc *sentence) hasSpeakerEntity(a, b int) bool {
	sp := sc.spanOf(a, b)
	for _, e := range sc.ents {
		if sp.Contains(e.Span) && !e.Demonym && e.Type != news.EntityCountry && e.Type != news.EntityPlace && e.Type != news.EntityWeapon {
			return true
		}
	}
	return false
}

// collectiveOf reads an unnamed collective whose "of" complement ends the
// phrase and says whose it is: "Officials of the US-led coalition" are
// unnamed US-led coalition officials.
func (sc *sentence) collectiveOf(j, n, b int, v string) (speaker, bool) {
	typ, _, _ := strings.Cut(v, "|")
	the := j + n + 1
	k := the
	if sc.word(k) == "the" {
		k++
	}
	if typ != news.SourceUnnamed || k >= b || b-k > 3 {
		return speaker{}, false
	}
	for m := k; m < b; m++ {
		if sc.toks[m].Kind != token.Word {
			return speaker{}, false
		}
	}
	whose := sc.spanOf(k, b).Of(sc.d.Text)
	kind := typ
	if !strings.HasSuffix(sc.word(j+n-1), "s") {
		// "a senior official of the group told ...": one person, whose
		// body a description may name ("the group" is Hezbollah).
		if k == the+1 && b-k == 1 {
			sp, ok := sc.resolve(the, b)
			if !ok || sp.kind == "person" || sp.kind == "unnamed" {
				return speaker{}, false
			}
			whose = sp.src.Name
		}
		kind = "person"
	}
	var noun []string
	for m := j; m < j+n; m++ {
		if w := sc.word(m); !vagueModifiers.has(w) {
			noun = append(noun, w) // "a senior official": "official"
		}
	}
	if len(noun) == 0 {
		return speaker{}, false
	}
	return speaker{news.Source{Name: "unnamed " + whose + " " + strings.Join(noun, " "), Type: typ}, kind}, true
}

// vagueModifiers say nothing about who an unnamed speaker is.
var vagueModifiers = newWordSet(map[string]bool{
	"a": true, "an": true, "the": true, "one": true, "two": true, "three": true, "several": true,
	"some": true, "many": true, "senior": true, "top": true, "high-ranking": true, "other": true,
	"local": true, "former": true, "current": true, "unnamed": true, "anonymous": true,
})

// unnamedName names an unnamed speaker from the words that describe it,
// "unnamed" + nationality + role as written ("A senior Ukrainian military
// official" -> "unnamed Ukrainian military official"); the country of a
// place after it supplies the nationality ("officials in Kyiv" ->
// "unnamed Ukrainian officials").
func (sc *sentence) unnamedName(a, j, end, b int, ents []news.Entity) string {
	var wordBuf [8]string // most descriptions are a few words: no allocation
	words := wordBuf[:0]
	nationality := false
	for k := a; k < end; k++ {
		t := sc.toks[k]
		if w := sc.word(k); t.Kind != token.Word || k < j && vagueModifiers.has(w) || w == "a" || w == "an" {
			continue
		}
		w := t.Text(sc.d.Text)
		if k == j && len(words) == 0 {
			w = sc.word(k) // "Officials said": the role, not a name
		}
		for _, e := range ents {
			if e.Start != t.Start || !(e.Demonym || e.Type == news.EntityCountry) {
				continue
			}
			nationality = true
			if !e.Demonym && !isAcronymWord(e.Span.Of(sc.d.Text)) {
				// "a Ukraine official" is a Ukrainian official; "a US
				// official" stays as written.
				if d := sc.st.demonym(e.Canonical); d != "" {
					w = d
					k = sc.lastTokenOf(e.Span)
				}
			}
		}
		words = append(words, w)
	}
	if !nationality {
		if c := countryBefore(ents, sc.toks[b-1].End); c != "" && sc.nextPlace(end) {
			if d := sc.st.demonym(c); d != "" {
				words = append(words, "")
				copy(words[1:], words)
				words[0] = d
			}
		}
	}
	return unnamedOf(words)
}

// unnamedOf returns "unnamed " and the words joined by spaces, built in
// one allocation rather than strings.Join's and the concatenation's.
func unnamedOf(words []string) string {
	const prefix = "unnamed "
	n := len(prefix)
	for i, w := range words {
		if i > 0 {
			n++
		}
		n += len(w)
	}
	var b strings.Builder
	b.Grow(n)
	b.WriteString(prefix)
	for i, w := range words {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	return b.String()
}
