package attrib

import (
	"strings"

	"github.com/sitrep/sitrep/internal/analysis/token"
)

// relativeOpener returns the index of the "who" or "which" that opens a
// relative clause, without a comma before it, holding the tokens from a to
// the cue at j; 0 when there is none.
func (sc *sentence) relativeOpener(a, j int) int {
	for k := a - 1; k > 0 && k > j-maxRelativeTokens; k-- {
		w := sc.word(k)
		if relativeWords.has(w) && !sc.isEntity(k) {
			if sc.word(k-1) == "," {
				return 0
			}
			return k
		}
		if w == "," || w == "that" || w == ":" || sc.toks[k].Kind == token.Punct && w != "-" {
			return 0
		}
		if _, isCue := sc.st.Lex.Cues.Get(w); isCue && !nounish.has(w) {
			return 0
		}
	}
	return 0
}

// participleAfterSpeaker returns the token of a participle that opens a
// phrase between a speaker of the Sources lexicon and its cue at b ("A
// post shared widely that night claimed", "Villagers interviewed in the
// camp said"), or 0. The phrase holds only words. English only.
func (sc *sentence) participleAfterSpeaker(b int) int {
	if sc.st.Lex.Lang != "en" {
		return 0
	}
	for k := b - 1; k >= 1 && k >= b-maxRelativeTokens; k-- {
		if sc.toks[k].Kind != token.Word {
			return 0
		}
		w := sc.word(k)
		if _, isCue := sc.st.Lex.Cues.Get(w); isCue && k < b-1 && sc.word(k+1) != "by" {
			return 0 // (not "quoted by": the one quoted speaks)
		}
		if !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "en") || k == b-1 || sc.word(k+1) == "by" && w != "quoted" && w != "cited" {
			continue // (an agent after "by" has rules of its own: "soldiers captured by Ukrainian forces"; who is quoted by the media still speaks)
		}
		for s := max(0, k-3); s < k; s++ {
			if n, _ := sc.match(sc.st.Lex.Sources, s); n > 0 && s+n == k {
				return k
			}
		}
	}
	return 0
}

// skipAdverbsBack moves token index b back over the words that may stand
// between a speaker and its reporting verb: the English skippable words,
// the language's own (inversion.go) and its discourse list's adverbs.
func (sc *sentence) skipAdverbsBack(b int) int {
	for b > 0 {
		if sc.skipBeforeCue(b - 1) {
			b--
			continue
		}
		if n := sc.adverbBefore(b); n > 0 {
			b -= n
			continue
		}
		if sc.word(b-1) == "," {
			// Set off by commas: "Местные власти, в свою очередь, сообщили".
			if n := sc.adverbBefore(b - 1); n > 0 && sc.word(b-2-n) == "," {
				b -= n + 2
				continue
			}
		}
		break
	}
	return b
}

// subjectBefore returns the token range of the noun phrase that ends just
// before the cue at j (skipping adverbs), walking back over names, nouns,
// possessives and bracketed acronyms ("the Korean Central News Agency (KCNA)").
func (sc *sentence) subjectBefore(j int) (int, int) {
	b := j
	if b > 1 && sc.word(b-1) == "," {
		// "Ukraine's General Staff, which publishes its own tally, said":
		// the subject comes before the relative clause.
		for k := b - 2; k > 0 && k > b-maxRelativeTokens; k-- {
			if sc.word(k) == "," {
				if relativeWords.has(sc.word(k + 1)) {
					b = k
				}
				break
			}
		}
	}
	if a, e := sc.agentAside(b); a < e {
		return a, e // "The first toll, released by the army on Monday, reported": the army
	}
	if k := sc.participleAfterSpeaker(b); k > 0 {
		return sc.subjectBefore(k) // "A post shared widely that night claimed": the post
	}
	if b > 2 && sc.word(b-2) == "," && len(sc.word(b-1)) <= 3 && token.IsDigits(sc.word(b-1)) {
		b -= 2 // "Daisuke Ono, 44, whose unit came from Kumamoto, said": an age
	}
	b = sc.skipAdverbsBack(b)
	if k := sc.frameBefore(b); k < b {
		// "Умеров в интервью телеканалу KBS сказал".
		b = sc.skipAdverbsBack(k)
	}
	if k := sc.skipTimeBack(b); k < b {
		// "НСР в лютому повідомила", "ГУР ще в січні нараховував".
		b = sc.skipAdverbsBack(k)
	}
	a := b
	if sc.pronounBefore(b - 1) {
		return b - 1, b // "Он также сообщил"
	}
	if b > 0 {
		// A pronoun or a coordinated verb stands alone before its cue:
		// "he said", "It warned", "... and said".
		switch w := sc.word(b - 1); w {
		case "he", "she", "it", "they", "we", "i":
			return b - 1, b
		case "and":
			return b, b
		case "y":
			if sc.st.Lex.Lang == "es" {
				return b, b // "Kiev asegura ... y afirma"
			}
		}
	}
	for a > 0 && b-a < 14 {
		t := sc.toks[a-1]
		w := sc.word(a - 1)
		if w == ")" {
			k := a - 1
			for k > 0 && sc.word(k) != "(" {
				k--
			}
			if k == 0 {
				break
			}
			a = k
			continue
		}
		if w == "to" && a >= 2 && envoyWords.has(sc.word(a-2)) && sc.st.Lex.Lang == "en" {
			a-- // "Iran's mission to the United Nations said": whose mission, where
			continue
		}
		if t.Kind == 2 || npWords.has(w) || sc.continuesEntity(a-1) || sc.titleDot(a-1) {
			a-- // (a title's or an initial's dot: "Maj. Gen. Pat Ryder", "George W. Bush")
			continue
		}
		if t.Kind != 0 {
			break
		}
		if n, _ := sc.match(sc.st.Lex.Stop, a-1); n > 0 && !sc.continuesEntity(a-1) && !sc.isEntity(a-1) {
			break
		}
		if _, isCue := sc.st.Lex.Cues.Get(w); isCue && !nounish.has(w) {
			break
		}
		a--
	}
	if a > 0 {
		if n, _ := sc.match(sc.st.Lex.Pronouns, a-1); a-1+n == b {
			a-- // "Our teams recorded": a description of the writer, whole
		} else if b-a == 1 && (sc.word(a-1) == "his" || sc.word(a-1) == "her") && (speaksFor.has(sc.word(a)) || sc.word(a) == "ministry") {
			a-- // "His office says": whose office (see resolve)
		}
	}
	for a < b && (sc.word(a) == "and" || sc.word(a) == "of" || sc.word(a) == "by" || sc.toks[a].Kind == token.Possessive || sc.skipBeforeCue(a)) {
		a++
	}
	for _, t := range sc.d.SentenceTimes(sc.idx) {
		if a < b && t.Span.Start < sc.toks[a].End && sc.toks[a].Start < t.Span.End && t.Span.End < sc.toks[b-1].End {
			a = sc.tokAt(t.Span.End) // "This morning Georgian officials said": when, not who
		}
	}
	if k := sc.relativeOpener(a, j); k > 0 {
		// "A Ukrainian sergeant who left the town on Friday night told":
		// the phrase before the cue lies in a relative clause; its
		// subject comes before "who".
		return sc.subjectBefore(k)
	}
	// "officials in Kyiv said": a collective speaker placed by a preposition.
	if a >= 2 && placeWord(sc.word(a-1)) {
		if n, _ := sc.match(sc.st.Lex.Sources, a-2); n == 1 {
			a -= 2
			if pa, pb := sc.subjectBefore(a + 1); pa < a && pb == a+1 {
				a = pa // "a customs official at Torkham told": the whole description
			}
		} else if pa, pb := sc.subjectBefore(a - 1); pa < pb && !sc.namesEntity(a, b) {
			// "UNHCR teams at the Shah Porir Dwip landing point
			// registered": the speaker before the place it stood at.
			if sp, ok := sc.resolve(pa, pb); ok && sp.kind != "country" {
				return pa, b
			}
		}
	}
	return a, b
}

// namesEntity reports whether tokens [a, b) hold a gazetteer entity.
func (sc *sentence) namesEntity(a, b int) bool {
	if a >= b {
		return false
	}
	sp := sc.spanOf(a, b)
	for _, e := range sc.ents {
		if sp.Contains(e.Span) {
			return true
		}
	}
	return false
}

// agentAside returns the tokens of the agent an aside names right before a
// cue at b ("The first toll, released by the Benin Armed Forces on the
// evening of the attack, reported"; "The first count, given by the FSB,
// was"): who made the figure the subject names speaks. a == e when there is
// no such aside. English only.
func (sc *sentence) agentAside(b int) (int, int) {
	if sc.st.Lex.Lang != "en" || b < 4 || sc.word(b-1) != "," {
		return 0, 0
	}
	for k := b - 2; k > 0 && k >= b-maxRelativeTokens; k-- {
		if sc.word(k) != "," {
			continue
		}
		if w := sc.word(k + 1); (agentParticiples.has(w) || w == "given") && sc.word(k+2) == "by" {
			oa, ob := sc.objectAfter(k + 3)
			if oa < ob && ob <= b-1 {
				if _, ok := sc.resolve(oa, ob); ok {
					return oa, ob
				}
			}
		}
		return 0, 0
	}
	return 0, 0
}
