package attrib

import (
	"github.com/sitrep/sitrep/internal/analysis/token"
	"github.com/sitrep/sitrep/internal/news"
)

// pronounInCue resolves a speaker that the cue carries inside it, as French
// subject inversion does ("..., a-t-elle précisé", "« ... », ajoute-t-il"):
// a token of the cue that the language's pronoun list knows points back to
// an earlier speaker. English cues hold no pronoun, so nothing changes there.
func (sc *sentence) pronounInCue(c cue) (speaker, bool) {
	for k := c.tok; k < c.tok+c.n; k++ {
		if _, ok := sc.st.Lex.Pronouns.Get(sc.word(k)); !ok {
			continue
		}
		if sp, ok := sc.resolve(k, k+1); ok {
			return sp, true
		}
	}
	return speaker{}, false
}

// frenchSkippable are the French auxiliaries and adverbs that stand between
// a speaker and its participle: "Le NIS a par ailleurs indiqué", "Le
// Kremlin a pour sa part démenti", "Séoul a mercredi estimé". They are read
// only in French ("a" is an English article).
var frenchSkippable = newWordSet(map[string]bool{
	"a": true, "ont": true, "avait": true, "avaient": true, "par": true, "ailleurs": true, "également": true,
	"aussi": true, "déjà": true, "encore": true, "outre": true, "pour": true, "sa": true, "son": true, "part": true,
	"lundi": true, "mardi": true, "mercredi": true, "jeudi": true, "vendredi": true, "samedi": true, "dimanche": true, "hier": true,
})

// skipBeforeCue reports whether token j may stand between a speaker and its
// reporting verb ("The NIS also noted", "Le NIS a par ailleurs indiqué").
func (sc *sentence) skipBeforeCue(j int) bool {
	w := sc.word(j)
	return skippable.has(w) || sc.st.Lex.Lang == "fr" && frenchSkippable.has(w)
}

// maxRoleTokens bounds the role phrase between an inverted cue and the
// comma before the name it introduces.
const maxRoleTokens = 10

// roleThenName reads an inverted speaker given by role first and named
// after a comma: "..., a annoncé le secrétaire du Conseil de sécurité
// russe, Sergueï Choïgou". From token j (after an article), a role word of
// the language opens a phrase that runs to a comma; a person the gazetteer
// knows right after that comma is the speaker, titled by the phrase.
func (sc *sentence) roleThenName(j int) (speaker, int, int, bool) {
	if j < len(sc.toks) && sc.isStop(j) {
		j++
	}
	n, _ := sc.match(sc.st.Lex.Roles, j)
	if n == 0 {
		return speaker{}, 0, 0, false
	}
	for c := j + n; c+1 < len(sc.toks) && c < j+maxRoleTokens; c++ {
		if sc.toks[c].Kind != token.Punct {
			continue
		}
		if sc.word(c) != "," {
			break
		}
		for _, e := range sc.ents {
			if e.Start != sc.toks[c+1].Start || e.Type != news.EntityPerson {
				continue
			}
			sp, ok := sc.st.speakerOf(e)
			if !ok {
				break
			}
			if sp.src.Title == nil {
				title := sc.spanOf(j, c).Of(sc.d.Text)
				sp.src.Title = &title
			}
			return sp, c + 1, sc.lastTokenOf(e.Span) + 1, true
		}
		break
	}
	return speaker{}, 0, 0, false
}
