package quantity

import (
	"github.com/sitrep/sitrep/internal/analysis/token"
	"strings"

	"github.com/sitrep/sitrep/internal/analysis/wordset"
	"github.com/sitrep/sitrep/internal/news"
)

// nounPhrase is what a number counts.
type nounPhrase struct {
	span    news.Span // the noun as written ("artillery rounds"); empty when elided
	what    string
	head    int  // token index of the head noun, -1 when elided
	end     int  // token index just past the noun phrase
	generic bool // "units", "containers": what comes from the "of" complement
	// of is the token index of the "of" complement's head noun a generic
	// noun stands for ("forces" in "six members of the security forces"),
	// 0 if none.
	of      int
	anaphor int // token index of "number"/"figure" taken up by the figure, else -1
	// partitive marks "30 of them": the figure is part of an earlier one.
	partitive bool
	// nationals marks a plural demonym as the noun ("6,000 Americans"):
	// people of a nation, who are its personnel only when captured.
	nationals bool
	// whole is the token of the figure a part names its noun through
	// ("16 of the 109 Bradley fighting vehicles"), 0 if none: what befell
	// the part is read before that figure, whose own clause may follow
	// ("the US has delivered").
	whole int
}

// maxNPTokens bounds how far after a number its noun may stand
// ("3,000 highly trained North Korean special forces troops").
const maxNPTokens = 7

// noun finds the counted noun after mention k: the first counted noun from
// the lexicon, skipping modifiers, names and demonyms, stopping at function
// words and punctuation. "thousands of troops" and "units of guns" look
// through "of".
func (sc *sentence) noun(k int) nounPhrase {
	m := sc.nums[k]
	np := nounPhrase{head: -1, anaphor: -1}
	i := sc.tokIndex(m.End)
	np.end = i
	limit := len(sc.toks)
	if k+1 < len(sc.nums) {
		limit = min(limit, sc.tokIndex(sc.nums[k+1].Start))
	}
	whole := 0
	if m.Percent {
		// "15% of the troops": the share of something; what stays percent.
		np.what = "percent"
		if sc.isOf(i) {
			if sub := sc.scanNoun(i+1, limit); sub.head >= 0 {
				sub.what = "percent"
				return sub
			}
		}
		return np
	}
	if sc.isOf(i) {
		// "thousands of troops", "3,000 of the troops", "30 of them".
		switch sc.word(i + 1) {
		case "them", "those", "these", "ellos", "ellas", "eux", "elles", "них", "ihnen", "denen":
			np.partitive = true
			np.end = i + 2 // the verb after "30 of them", "47 з них" says what happened
			return np
		case "the", "its", "their", "his", "her", "our",
			"los", "las", "sus", "esos", "esas", "estos", "estas", "ces", "ses", "leurs",
			"den", "seinen", "ihren":
			i += 2
			if j := sc.numAfter(m.End); j >= 0 && sc.tokIndex(sc.nums[j].Start) == i {
				// "18 of the 22 drones": part of the figure after it,
				// which names the noun.
				whole = i
				i = sc.tokIndex(sc.nums[j].End)
				limit = len(sc.toks)
				if j+1 < len(sc.nums) {
					limit = min(limit, sc.tokIndex(sc.nums[j+1].Start))
				}
			}
		default:
			if m.Vague || sc.word(i) != "of" {
				i++ // "miles de soldados", "6 millones de proyectiles"
			} else if j := sc.numAfter(m.End); j >= 0 && sc.tokIndex(sc.nums[j].Start) == i+1 {
				// "48 of 72 drones": part of the figure after it, which
				// names the noun.
				i = sc.tokIndex(sc.nums[j].End)
				limit = len(sc.toks)
				if j+1 < len(sc.nums) {
					limit = min(limit, sc.tokIndex(sc.nums[j+1].Start))
				}
			}
		}
	}
	sub := sc.scanNoun(i, limit)
	if sub.head < 0 {
		return np
	}
	sub.whole = whole
	if sub.generic && sc.isOf(sub.end) {
		from := sub.end + 1
		if determiners.Has(sc.word(from)) {
			from++ // "members of the security forces"
		}
		if inner := sc.scanNoun(from, limit); inner.head >= 0 && inner.what != "" {
			sub.what, sub.of = inner.what, inner.head
		}
	}
	return sub
}

// determiners may open the "of" complement a generic noun stands for.
var determiners = wordset.New(map[string]bool{"the": true, "its": true, "their": true, "his": true, "her": true, "our": true})

// numAfter returns the index in sc.nums of the first figure that starts
// at or after offset end, or -1.
func (sc *sentence) numAfter(end int) int {
	for k := range sc.nums {
		if sc.nums[k].Start >= end {
			return k
		}
	}
	return -1
}

// ofWords link a figure to what it counts, per language: "thousands of
// troops", "miles de soldados", "19 de ellos", "4.700 von ihnen".
var ofWords = map[string]map[string]bool{
	"en": {"of": true},
	"es": {"de": true, "del": true},
	"fr": {"de": true, "des": true, "du": true, "d'entre": true},
	"uk": {"з": true, "із": true, "зі": true},
	"ru": {"из": true, "изо": true},
	"de": {"von": true},
}

// originWords between "of" and a demonym say who made a thing: "drones de
// fabricación ucraniana", "proyectiles de origen norcoreano".
var originWords = wordset.New(map[string]bool{"fabricación": true, "producción": true, "origen": true, "diseño": true})

// isOf reports whether token i is the language's "of".
func (sc *sentence) isOf(i int) bool {
	w := sc.word(i)
	if w == "of" {
		return true
	}
	return ofWords[sc.s.Lex.Lang][w]
}

// scanNoun looks for a counted noun from token i, within maxNPTokens.
func (sc *sentence) scanNoun(i, limit int) nounPhrase {
	lex := sc.s.Lex
	np := nounPhrase{head: -1, anaphor: -1, end: i}
	start := -1
	for j := i; j < limit && j < i+maxNPTokens; j++ {
		t := sc.toks[j]
		if t.Kind == token.Possessive && j > i && isCapitalizedWord(sc.d.Text, sc.toks[j-1].Span) {
			continue // "the North's troops": a name's possessive modifies the noun
		}
		if openQuotes.Has(sc.word(j)) && j+1 < limit && sc.toks[j+1].Kind == token.Word {
			continue // "2 700 «Шахедів»": a name in quotation marks
		}
		if t.Kind != token.Word { // punctuation or possessive ends the phrase
			return np
		}
		if n, what := lex.Nouns.MatchWords(sc.words, j); n > 0 {
			// Prefer the longest compound that ends the phrase: "artillery
			// rounds" over "artillery"; "troops" after "special forces".
			for j+n < limit {
				if n2, w2 := lex.Nouns.MatchWords(sc.words, j+n); n2 > 0 && !sc.demonymAt(j+n) {
					j, n, what = j+n, n2, w2
					continue
				}
				break
			}
			if start < 0 || !sc.modifierRun(start, j) {
				start = j
			}
			if j+n < limit && siteNouns.Has(sc.word(j+n)) {
				// "two ammunition depots", "three drone factories": the
				// noun names what the site keeps; the site is counted.
				n++
				what = "other"
			}
			np.head = j + n - 1
			np.end = j + n
			np.what = what
			np.span = news.Span{Start: sc.toks[start].Start, End: sc.toks[j+n-1].End}
			if j+n < limit && sc.demonymAt(j+n) && !slavicGenitive.Has(sc.s.Lex.Lang) {
				// "drones ucranianos": the demonym after the noun belongs
				// to its phrase and names the owner; in Ukrainian and
				// Russian it opens the next noun ("кілометрів української
				// території").
				e := sc.ents[sc.entityAt(j+n)]
				np.span.End = e.End
				np.end = sc.tokIndex(e.End)
			} else if k := j + n + 2; k < len(sc.toks) && sc.isOf(j+n) && originWords.Has(sc.word(j+n+1)) && sc.demonymAt(k) {
				// "drones de fabricación ucraniana": made by that side.
				e := sc.ents[sc.entityAt(k)]
				np.span.End = e.End
				np.end = sc.tokIndex(e.End)
			}
			if g, _ := lex.Generic.MatchWords(sc.words, j); g == n {
				np.generic = true
			}
			return np
		}
		w := sc.word(j)
		if e := sc.entityAt(j); e >= 0 {
			// Names and demonyms modify the noun ("Hamas fighters", "North
			// Korean troops"); a plural demonym can be the noun itself
			// ("43,712 Palestinians", "6,000 Americans"): people.
			ent := sc.ents[e]
			next := sc.tokIndex(ent.End)
			if ent.Demonym && (strings.HasSuffix(ent.Span.Of(sc.d.Text), "s") || sc.s.Lex.Lang == "en" && i >= 2 && (sc.word(i-2) == "," || sc.word(i-2) == "and")) {
				// ("255 British and three islanders", after "649
				// Argentine servicemen,": a listed demonym with no
				// noun of its own is the people.)
				if next >= limit || sc.toks[next].Kind != 0 || sc.isStopAt(next) || sc.isMeasureAt(next) {
					np.head, np.end, np.what, np.nationals = next-1, next, "people", true
					np.span = ent.Span
					return np
				}
			}
			if ent.Type == news.EntityPlace && ent.StandsFor == "" {
				// A place ends the phrase ("1,200 in Goma") unless a
				// counted noun follows it, which it modifies: "27 of our
				// Beira staff", "2,000 Gaza residents".
				if n2, _ := lex.Nouns.MatchWords(sc.words, next); next >= limit || n2 == 0 || sc.toks[next].Kind != token.Word {
					return np
				}
				j = next - 1
				continue
			}
			if ent.Type == news.EntityWeapon {
				// "two more Patriot systems", "2,700 Gerans": the weapon
				// is the noun unless a counted noun follows it.
				if next < limit && sc.toks[next].Kind == token.Word {
					if n2, _ := lex.Nouns.MatchWords(sc.words, next); n2 > 0 {
						j = next - 1
						continue
					}
				}
				np.head, np.end = next-1, next
				np.span = news.Span{Start: ent.Start, End: ent.End}
				np.what = sc.weaponWhat(ent)
				return np
			}
			if next < limit && sc.toks[next].Kind == token.Possessive {
				next++ // "the North's troops"
			}
			j = next - 1
			continue
		}
		if n, _ := lex.Stop.MatchWords(sc.words, j); n > 0 {
			if (w == "and" || w == "or" || nounJoiners.Has(w)) && j > i && sc.nounWithin(j+1, limit, maxCoordinatedModifiers) {
				continue // "Israeli and foreign hostages", "122mm and 152mm rounds"
			}
			return np
		}
		if n, _ := lex.Measures.MatchWords(sc.words, j); n > 0 && w != "more" && w != "additional" && w != "new" && w != "fresh" && w != "extra" {
			if n2, _ := lex.Nouns.MatchWords(sc.words, j+n); n2 == 0 || j+n >= limit {
				if k := j + n; k < limit && (sc.word(k) == "and" || sc.word(k) == "or") && sc.nounWithin(k+1, limit, maxCoordinatedModifiers) {
					// "238,000 rescue and relief workers": modifiers
					// joined before the noun.
					if start < 0 {
						start = j
					}
					j = k
					continue
				}
				return np // a verb: the noun is elided ("4,000 killed")
			}
			// "17 of the escaped inmates", "a dozen wounded villagers":
			// a participle before the noun qualifies it.
			if start < 0 {
				start = j
			}
			j += n - 1
			continue
		}
		if start < 0 && !isCapitalizedWord(sc.d.Text, t.Span) {
			start = j
		}
	}
	return np
}

// siteNouns after a counted noun name the site that keeps it, which the
// figure counts: "ammunition depots", "drone factories".
var siteNouns = wordset.New(map[string]bool{
	"depot": true, "depots": true, "warehouse": true, "warehouses": true, "dump": true, "dumps": true,
	"factory": true, "factories": true, "plant": true, "plants": true, "stores": true, "workshops": true,
	"workshop": true, "storage": true,
})

// maxCoordinatedModifiers bounds the modifiers after "and" that may still
// lead to the noun of the phrase.
const maxCoordinatedModifiers = 2

// nounWithin reports whether a counted noun starts within n tokens from j,
// with only words (no stop word, punctuation or figure) before it.
func (sc *sentence) nounWithin(j, limit, n int) bool {
	lex := sc.s.Lex
	for k := j; k < limit && k <= j+n; k++ {
		if sc.toks[k].Kind != token.Word {
			return false
		}
		if m, _ := lex.Nouns.MatchWords(sc.words, k); m > 0 {
			return true
		}
		if m, _ := lex.Stop.MatchWords(sc.words, k); m > 0 {
			return false
		}
	}
	return false
}

// modifierRun reports whether tokens [from, to) are lower-case modifiers
// that belong to the noun ("artillery" in "artillery rounds" is matched as a
// compound; "self-propelled" before "guns" is kept too).
func (sc *sentence) modifierRun(from, to int) bool {
	for j := from; j < to; j++ {
		if isCapitalizedWord(sc.d.Text, sc.toks[j].Span) {
			return false
		}
	}
	return to-from <= 2
}

// weaponWhat classifies a weapon named without a counted noun by the last
// word of its name ("Patriot systems" -> equipment, "Shaheds" -> drones),
// else as equipment.
func (sc *sentence) weaponWhat(e news.Entity) string {
	toks := token.Tokenize(sc.d.Text, e.Span)
	for j := len(toks) - 1; j >= 0; j-- {
		if n, what := sc.s.Lex.Nouns.MatchAt(sc.d.Text, toks, j); n > 0 && j+n == len(toks) {
			return what
		}
	}
	return "equipment"
}

func isCapitalizedWord(text string, sp news.Span) bool {
	c := text[sp.Start]
	return c >= 'A' && c <= 'Z'
}

func (sc *sentence) isStopAt(j int) bool {
	n, _ := sc.s.Lex.Stop.MatchWords(sc.words, j)
	return n > 0
}

func (sc *sentence) isMeasureAt(j int) bool {
	n, _ := sc.s.Lex.Measures.MatchWords(sc.words, j)
	return n > 0
}

// demonymAt reports whether token i starts a demonym: after a counted noun
// it is an adjective ("drones ucranianos", "soldados norcoreanos"), not a
// second noun of a compound.
func (sc *sentence) demonymAt(i int) bool {
	e := sc.entityAt(i)
	return e >= 0 && sc.ents[e].Demonym
}

// nounJoiners are other languages' "and" and "or" inside a noun phrase:
// "вбитих і поранених військових".
var nounJoiners = wordset.New(map[string]bool{"і": true, "й": true, "та": true, "або": true, "и": true, "или": true})

// openQuotes may stand between a figure and its noun.
var openQuotes = wordset.New(map[string]bool{"«": true, "„": true, "“": true})
