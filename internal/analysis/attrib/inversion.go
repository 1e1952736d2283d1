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
	r := j
	if o := sc.ownerEnd(j); o > j {
		r = o // "the mission's coordinator, Ana Ruiz": whose role
	}
	n, _ := sc.match(sc.st.Lex.Roles, r)
	if n == 0 {
		return speaker{}, 0, 0, false
	}
	for c := r + n; c+1 < len(sc.toks) && c < j+maxRoleTokens; c++ {
		if sc.toks[c].Kind != token.Punct {
			continue
		}
		if sc.word(c) != "," {
			break
		}
		title := sc.spanOf(j, c).Of(sc.d.Text)
		for _, e := range sc.ents {
			if e.Start != sc.toks[c+1].Start || e.Type != news.EntityPerson {
				continue
			}
			sp, ok := sc.st.speakerOf(e)
			if !ok {
				break
			}
			if sp.src.Title == nil {
				sp.src.Title = &title
			}
			return sp, c + 1, sc.lastTokenOf(e.Span) + 1, true
		}
		// A name the gazetteer does not know: two or more capitalized
		// words that end the sentence's clause ("..., said the
		// mission's coordinator, Clara Inés Rojas.").
		e := c + 1
		for e < len(sc.toks) && isName(sc.d.Text, sc.toks[e]) {
			e++
		}
		if e-(c+1) < 2 || e < len(sc.toks) && sc.toks[e].Kind == token.Word {
			break
		}
		if sp, ok := sc.unknownName(c+1, e, nil); ok && sp.kind == "person" {
			sp.src.Title = &title
			return sp, c + 1, e, true
		}
		break
	}
	return speaker{}, 0, 0, false
}

// maxOwnerTokens bounds the owner before a role ("the ministry's").
const maxOwnerTokens = 4

// ownerEnd returns the token after the possessive that ends an owner
// phrase opening at j ("mission's", "the Foreign Ministry's"), or j when
// there is none.
func (sc *sentence) ownerEnd(j int) int {
	for k := j; k < len(sc.toks) && k < j+maxOwnerTokens; k++ {
		switch sc.toks[k].Kind {
		case token.Possessive:
			return k + 1
		case token.Word:
		default:
			return j
		}
	}
	return j
}
