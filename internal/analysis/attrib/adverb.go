package attrib

import "github.com/sitrep/sitrep/internal/analysis/token"

// discAdverb marks the discourse words (lang's discourse.txt) that may
// stand between a speaker and its reporting verb besides the English
// skippable words: "Он также сообщил", "Минобороны России в свою очередь
// заявило".
const discAdverb = "adverb"

// maxAdverbTokens bounds an adverbial phrase of the discourse list.
const maxAdverbTokens = 4

// adverbBefore returns the number of tokens of the discourse list's adverb
// or adverbial phrase that ends right before token b, or 0.
func (sc *sentence) adverbBefore(b int) int {
	lex := sc.st.Lex.Discourse
	if lex.Empty() {
		return 0
	}
	for s := max(0, b-maxAdverbTokens); s < b; s++ {
		if n, kind := sc.match(lex, s); n > 0 && kind == discAdverb && s+n == b {
			return n
		}
	}
	return 0
}

// pronounBefore reports whether token j is a personal pronoun of a language
// other than English that stands alone as the subject of the cue after it
// ("Он также сообщил"): a function word the pronoun list knows.
func (sc *sentence) pronounBefore(j int) bool {
	if j < 0 || sc.st.Lex.Lang == "en" || !sc.isStop(j) {
		return false
	}
	_, ok := sc.st.Lex.Pronouns.Get(sc.word(j))
	return ok
}

// discFrame marks the discourse phrases that open an adverbial of the
// setting between a speaker and its reporting verb, with an object of their
// own: "Умеров в интервью телеканалу KBS сказал", "на брифинге в Сеуле".
const discFrame = "frame"

// maxFrameTokens bounds a setting phrase with its object.
const maxFrameTokens = 8

// frameBefore returns the token where a setting phrase of the discourse
// list begins when it runs, without punctuation, up to token b; else b.
func (sc *sentence) frameBefore(b int) int {
	lex := sc.st.Lex.Discourse
	if lex.Empty() {
		return b
	}
	for s := max(0, b-maxFrameTokens); s < b; s++ {
		n, kind := sc.match(lex, s)
		if n == 0 || kind != discFrame || s+n > b {
			continue
		}
		plain := true
		for k := s + n; k < b; k++ {
			if sc.toks[k].Kind != token.Word {
				plain = false
				break
			}
		}
		if plain && s > 0 {
			return s
		}
	}
	return b
}
