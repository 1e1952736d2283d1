package attrib

import (
	"strings"

	"github.com/sitrep/sitrep/internal/news"
)

// apposition resolves "NAME, APPOSITION," ending at the comma at token k:
// the name before the first comma, titled by the apposition.
func (sc *sentence) apposition(k int) (speaker, bool, int) {
	for p := k - 1; p > 0 && p > k-25; p-- {
		if sc.word(p) != "," {
			continue
		}
		// "the US special envoy for Sudan, Tom Perriello, has said": the
		// name between the commas, titled by the phrase before them.
		if sc.isNameOnly(p+1, k) || sc.titledNameOnly(p+1, k) {
			if sp, ok := sc.resolve(p+1, k); ok && (sp.kind == "person" || sp.kind == "agency" || sp.kind == "military") {
				a, _ := sc.subjectBefore(p)
				if sp.kind == "person" && a < p && sp.src.Title == nil {
					if title := cleanTitle(sc.spanOf(a, p).Of(sc.d.Text)); title != "" {
						sp.src.Title = &title
					}
				}
				return sp, true, p + 1
			}
		}
		if sc.st.Lex.Lang == "en" && (sc.word(p+1) == "the" || sc.word(p+1) == "a") && isName(sc.d.Text, sc.toks[k-1]) && isName(sc.d.Text, sc.toks[k-2]) && sc.describedBefore(p) && !sc.relationBetween(p+1, k) {
			// "the UN force commander, the Canadian general Romeo
			// Dallaire, said": a titled name between the commas.
			if sp, ok := sc.resolve(p+1, k); ok && sp.kind == "person" && sp.src.Type == news.SourcePerson && strings.HasSuffix(sc.spanOf(p+1, k).Of(sc.d.Text), sp.src.Name) {
				return sp, true, p + 1
			}
		}
		a, b := sc.subjectBefore(p)
		if a >= b {
			return speaker{}, false, 0
		}
		if _, pron := sc.st.Lex.Pronouns.Get(sc.word(a)); pron && b-a == 1 {
			// "derribaron 60 de ellos, mientras que ..., añadió el
			// comunicado": a pronoun before a comma is no apposition.
			return speaker{}, false, 0
		}
		// "The Assistance Association ..., a rights group, has documented";
		// a bare country before a comma is more often the end of a clause.
		sp, ok := sc.resolve(a, b)
		if !ok || sp.kind == "country" {
			return speaker{}, false, 0
		}
		if sp.src.Type == news.SourceUnnamed && p+1 < k && isName(sc.d.Text, sc.toks[p+1]) {
			// "A collective of victims' relatives, Justice pour
			// Barsalogho, says": the name after the description
			// speaks (see build's described).
			return speaker{}, false, 0
		}
		if sp.src.Type == news.SourcePerson && sc.describesBody(p+1, k) && !sc.hasEntity(a, b) {
			// "Dryad Global, a maritime security consultancy, said": the
			// description makes the name an organization's.
			return sc.newBody(sp.src.Name), true, a
		}
		if sp.src.Type == news.SourcePerson && !sc.participial(p+1) {
			if title := cleanTitle(sc.spanOf(p+1, k).Of(sc.d.Text)); title != "" {
				sp.src.Title = &title // not an age: "Aisha Khan, 34, said"
			}
		}
		return sp, true, a
	}
	return speaker{}, false, 0
}

// describedBefore reports whether the phrase before the comma at p is a
// description, not a name: "the UN force commander, ...".
func (sc *sentence) describedBefore(p int) bool {
	a, b := sc.subjectBefore(p)
	return a < b && (sc.word(a) == "the" || sc.word(a) == "a" || sc.word(a) == "an")
}

// relationBetween reports whether tokens [a, b) relate their head to
// someone else ("the London envoy of the rebel leader Aslan Maskhadov"):
// the name at its end is not the phrase's person.
func (sc *sentence) relationBetween(a, b int) bool {
	for j := a; j < b; j++ {
		if w := sc.word(j); w == "of" || w == "for" || w == "to" || w == "under" {
			return true
		}
	}
	return false
}

// titledNameOnly reports whether tokens [a, b) are a title word and a
// bare name: "General Romeo Dallaire", "President Ruto". English only.
func (sc *sentence) titledNameOnly(a, b int) bool {
	if sc.st.Lex.Lang != "en" || b-a < 2 || !capitalized(sc.toks[a].Text(sc.d.Text)) {
		return false
	}
	if n, _ := sc.match(sc.st.Lex.Roles, a); n != 1 && !titleWords.has(sc.word(a)) {
		return false
	}
	return sc.isNameOnly(a+1, b)
}

// appositionAfter returns the apposition after a name at the comma at k
// ("says Andrii Kovalenko, head of the Center ..., according to ..."): the
// tokens up to the next comma or the end, when they start like a title.
func (sc *sentence) appositionAfter(k int) (int, int) {
	a := k + 1
	w := sc.word(a)
	if w == "the" || w == "a" || w == "an" {
		a++
	}
	switch sc.word(a) {
	case "head", "chief", "director", "president", "spokesman", "spokeswoman", "spokesperson", "minister", "secretary", "commander", "leader", "adviser", "advisor", "deputy", "ambassador", "founder", "professor", "analyst", "researcher", "governor", "mayor":
	default:
		return 0, 0
	}
	b := a
	for b < len(sc.toks) && sc.word(b) != "," && sc.word(b) != "." {
		b++
	}
	return a, b
}

// participial reports whether the apposition at token j opens with a
// participle, a clause of what befell the speaker ("Mr Rossello, asked on
// Tuesday whether ..., denied it"), not a title; "retired", "acting" and
// the like open titles. English only.
func (sc *sentence) participial(j int) bool {
	w := sc.word(j)
	if sc.st.Lex.Lang != "en" || titleParticiples[w] || j >= len(sc.toks) || !isLowerStart(sc.toks[j].Text(sc.d.Text)) {
		return false
	}
	return len(w) > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing"))
}

// titleParticiples open titles though they end like participles.
var titleParticiples = map[string]bool{
	"retired": true, "acting": true, "serving": true, "outgoing": true, "incoming": true, "ruling": true,
	"leading": true, "elected": true, "appointed": true, "designated": true, "founding": true,
	"managing": true, "presiding": true, "retiring": true, "governing": true, "ousted": true,
	"exiled": true, "jailed": true, "detained": true, "self-styled": true, "unnamed": true, "wounded": true,
}

func isLowerStart(s string) bool { return s != "" && s[0] >= 'a' && s[0] <= 'z' }

// describesBody reports whether the apposition [j, k) is a description
// of an organization: an article, then words ending in an organization's
// noun ("a maritime security consultancy", "the state-run company").
func (sc *sentence) describesBody(j, k int) bool {
	if k-j < 2 || k-j > maxBodyDescription {
		return false
	}
	if w := sc.word(j); w != "a" && w != "an" && w != "the" {
		return false
	}
	last := sc.word(k - 1)
	return orgWords.has(last) || bodyNouns[last]
}

// maxBodyDescription bounds an organization's description in apposition.
const maxBodyDescription = 7

// bodyNouns are more nouns for organizations that describe a name
// ("a maritime security consultancy").
// (orgWords holds the rest: "company", "network", "group" ...).
var bodyNouns = map[string]bool{
	"consultancy": true, "firm": true, "charity": true, "ngo": true, "manufacturer": true, "insurer": true,
	"think-tank": true, "tank": true, "outlet": true, "newspaper": true, "broadcaster": true,
	"operator": true, "carrier": true, "airline": true, "utility": true, "provider": true, "regulator": true,
}

// hasEntity reports whether a gazetteer entity lies in tokens [a, b).
func (sc *sentence) hasEntity(a, b int) bool {
	sp := sc.spanOf(a, b)
	for _, e := range sc.ents {
		if sp.Contains(e.Span) {
			return true
		}
	}
	return false
}
