package attrib

import (
	"strings"

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

// resolve names the speaker of the phrase toks[a:b]: entities in it (several
// joined, "NATO, the United States and South Korea"), an unnamed or
// collective noun ("officials", "experts"), a pronoun or description that
// points back ("he", "the report"), or a capitalized name the gazetteer does
// not know ("Eric Schmidt").
func (sc *sentence) resolve(a, b int) (speaker, bool) {
	if a >= b {
		return speaker{}, false
	}
	text := sc.d.Text
	sp := news.Span{Start: sc.toks[a].Start, End: sc.toks[b-1].End}
	var ents []news.Entity
	for _, e := range sc.ents {
		if sp.Contains(e.Span) {
			ents = append(ents, e)
		}
	}
	var best []news.Entity
	top := 0
	var all []news.Entity
	for _, e := range ents {
		if _, ok := sc.st.speakerOf(e); ok {
			all = append(all, e)
		}
	}
	if len(all) > 1 && sc.isList(all) {
		best = all // "NATO, the United States and South Korea": all of them
	}
	for _, e := range ents {
		if _, ok := sc.st.speakerOf(e); !ok || len(best) > 1 {
			continue
		}
		switch r := rank[e.Type]; {
		case r > top:
			best, top = []news.Entity{e}, r
		case r == top && e.Type != news.EntityPerson:
			best = append(best, e)
		}
	}
	if len(best) > 0 && !sc.collectiveAfter(best[len(best)-1], b) {
		s, _ := sc.st.speakerOf(best[0])
		if len(best) > 1 && sc.isList(best) {
			names := make([]string, len(best))
			for i, e := range best {
				x, _ := sc.st.speakerOf(e)
				names[i] = x.src.Name
			}
			s.src.Name = strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
		}
		return s, true
	}
	// Collective nouns: "a Ukrainian official", "Sources", "Experts".
	for j := a; j < b; j++ {
		n, v := sc.st.Lex.Sources.MatchAt(text, sc.toks, j)
		if n == 0 || j+n < b && sc.toks[j+n].Kind == token.Word && !isBoundary(sc.word(j+n)) {
			continue
		}
		typ, name, _ := strings.Cut(v, "|")
		var demonym string
		for _, e := range ents {
			if e.End <= sc.toks[j].Start && (e.Demonym || e.Type == news.EntityCountry) {
				demonym = e.Country
				if !e.Demonym {
					demonym = e.Canonical
				}
			}
		}
		if demonym != "" {
			name = demonym + " " + strings.TrimPrefix(strings.TrimPrefix(name, "unnamed "), "an ")
		}
		return speaker{news.Source{Name: name, Type: typ}, typ}, true
	}
	phrase := token.Norm(sp.Of(text))
	if types, ok := sc.st.Lex.Pronouns.Get(phrase); ok {
		return sc.mem.find(strings.Split(types, ";"))
	}
	// A name the gazetteer does not know: two or more capitalized words at
	// the end of the phrase; the words before it are the title
	// ("former Google CEO Eric Schmidt").
	end := b
	start := end
	for start > a && isName(text, sc.toks[start-1]) {
		start--
	}
	if end-start >= 2 {
		name := news.Span{Start: sc.toks[start].Start, End: sc.toks[end-1].End}.Of(text)
		s := speaker{news.Source{Name: name, Type: news.SourcePerson}, "person"}
		if start > a {
			title := strings.TrimSpace(news.Span{Start: sc.toks[a].Start, End: sc.toks[start-1].End}.Of(text))
			title = strings.TrimPrefix(strings.TrimPrefix(title, "the "), "The ")
			if title != "" && len(title) < 80 {
				s.src.Title = &title
			}
		}
		return s, true
	}
	return speaker{}, false
}

// isList reports whether entities are joined only by commas, "and" and
// articles: a list of several sources rather than one name in another's
// phrase.
func (sc *sentence) isList(ents []news.Entity) bool {
	for i := 1; i < len(ents); i++ {
		gap := strings.Fields(strings.NewReplacer(",", " ").Replace(sc.d.Text[ents[i-1].End:ents[i].Start]))
		for _, w := range gap {
			if w != "and" && w != "the" && w != "as" && w != "well" {
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

// isName reports whether a token can be part of a person's name.
func isName(text string, t token.Token) bool {
	if t.Kind != token.Word {
		return false
	}
	s := t.Text(text)
	if !token.IsCapitalized(s) {
		return false
	}
	switch s {
	case "The", "A", "An", "In", "On", "It", "He", "She", "They", "But", "And", "Last", "Earlier", "Late", "Meanwhile", "Recently", "President", "Minister", "Secretary", "General", "CEO", "Chief", "Head":
		return false
	}
	return true
}

// memory is the discourse memory of speakers, most recent last, for
// pronouns and descriptions that point back.
type memory struct{ speakers []speaker }

func (m *memory) push(s speaker) {
	m.speakers = append(m.speakers, s)
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

// collectiveAfter reports whether a country or capital is followed, before
// token b, by a collective speaker noun: "Ukraine official", "Seoul
// officials" name unnamed officials of that country.
func (sc *sentence) collectiveAfter(e news.Entity, b int) bool {
	if e.Type != news.EntityCountry && e.StandsFor == "" {
		return false
	}
	for j := range sc.toks[:b] {
		if sc.toks[j].Start < e.End {
			continue
		}
		if n, _ := sc.st.Lex.Sources.MatchAt(sc.d.Text, sc.toks, j); n > 0 {
			return true
		}
	}
	return false
}
