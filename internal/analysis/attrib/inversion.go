package attrib

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
var frenchSkippable = map[string]bool{
	"a": true, "ont": true, "avait": true, "avaient": true, "par": true, "ailleurs": true, "également": true,
	"aussi": true, "déjà": true, "encore": true, "outre": true, "pour": true, "sa": true, "son": true, "part": true,
	"lundi": true, "mardi": true, "mercredi": true, "jeudi": true, "vendredi": true, "samedi": true, "dimanche": true, "hier": true,
}

// skipBeforeCue reports whether token j may stand between a speaker and its
// reporting verb ("The NIS also noted", "Le NIS a par ailleurs indiqué").
func (sc *sentence) skipBeforeCue(j int) bool {
	w := sc.word(j)
	return skippable[w] || sc.st.Lex.Lang == "fr" && frenchSkippable[w]
}
