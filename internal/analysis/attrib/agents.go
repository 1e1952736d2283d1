package attrib

import (
	"strings"

	"github.com/sitrep/sitrep/internal/analysis/token"
	"github.com/sitrep/sitrep/internal/news"
)

// maxAgentTokens bounds a collective speaker named by a plain noun phrase.
const maxAgentTokens = 4

// agentNouns reads the subject of a reporting verb that no list knows but
// that names people by what they do, in the plural: "Local business
// chambers estimate ...", "Partners estimate ...", "Camp managers say
// ...". They speak as an unnamed collective under the words the text
// uses. English agent nouns end in -ers, -ors, -ists, -ants, -ents or
// -ians; a few such words name things, not people ("numbers", "papers").
func (sc *sentence) agentNouns(a, b int) (speaker, bool) {
	if sc.st.Lex.Lang != "en" || b-a > maxAgentTokens {
		return speaker{}, false
	}
	if w := sc.word(a); w == "the" || w == "some" || w == "many" || w == "several" {
		a++
	}
	if a >= b {
		return speaker{}, false
	}
	for j := a; j < b; j++ {
		t := sc.toks[j]
		if t.Kind != token.Word || j > a && isName(sc.d.Text, t) {
			return speaker{}, false
		}
	}
	last := sc.word(b - 1)
	if thingNouns.has(last) || !agentSuffix(last) {
		return speaker{}, false
	}
	// Lower case but for a nationality: "Local business chambers" ->
	// "local business chambers", "Russian investigators" as written.
	words := make([]string, 0, b-a)
	for j := a; j < b; j++ {
		w := sc.toks[j].Text(sc.d.Text)
		if !sc.entityAt(j) {
			w = strings.ToLower(w)
		}
		words = append(words, w)
	}
	name := strings.Join(words, " ")
	return speaker{news.Source{Name: name, Type: news.SourceUnnamed}, "unnamed"}, true
}

// singularAgent reads "the shipowner", "a coroner": one lower-case noun
// that names a person by what they do, which no list knows, after an
// article. It speaks as "unnamed shipowner" (English).
func (sc *sentence) singularAgent(a, b int) (speaker, bool) {
	if sc.st.Lex.Lang != "en" || b-a != 2 {
		return speaker{}, false
	}
	if w := sc.word(a); w != "the" && w != "a" && w != "an" {
		return speaker{}, false
	}
	t, w := sc.toks[a+1], sc.word(a+1)
	if t.Kind != token.Word || isName(sc.d.Text, t) || !agentSuffix(w+"s") || thingNouns.has(w+"s") {
		return speaker{}, false
	}
	if sc.lexiconWord(w) {
		return speaker{}, false
	}
	return speaker{news.Source{Name: "unnamed " + w, Type: news.SourceUnnamed}, "unnamed"}, true
}

// entityAt reports whether a mention of the gazetteer, a nationality
// included, starts at token j.
func (sc *sentence) entityAt(j int) bool {
	for _, e := range sc.ents {
		if e.Start == sc.toks[j].Start {
			return true
		}
	}
	return false
}

// agentSuffix reports whether a plural noun ends like an English agent noun.
func agentSuffix(w string) bool {
	for _, suf := range []string{"ers", "ors", "ists", "ants", "ents", "ians"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// thingNouns end like agent nouns but name things or are no speakers.
var thingNouns = newWordSet(map[string]bool{
	"numbers": true, "papers": true, "others": true, "figures": true, "documents": true, "orders": true,
	"letters": true, "members": true, "centers": true, "centres": true, "events": true, "statements": true,
	"comments": true, "elements": true, "parents": true, "monitors": true, "headquarters": true,
	"quarters": true, "waters": true, "borders": true, "matters": true, "layers": true, "errors": true,
	"factors": true, "sectors": true, "segments": true, "arguments": true, "incidents": true,
	"developments": true, "agreements": true, "payments": true, "settlements": true, "shipments": true,
	"governments": true, "departments": true, "parliaments": true, "regiments": true, "detachments": true,
	"assessments": true, "estimates": true, "reports": true, "posters": true, "registers": true,
})
