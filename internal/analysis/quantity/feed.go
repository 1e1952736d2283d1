package quantity

import "github.com/sitrep/sitrep/internal/analysis/token"

// quoteSpace are the characters around a name in quotation marks
// ("гармат «Коксан» та 120 систем").
const quoteSpace = " \u00a0«»„“”\""

// feedItem reports whether the sentence opens with a clock time, as the
// items of a news feed or a live blog do ("22:40 Зеленський: ...", "14:05
// Russia launched ..."): each is its own story, so no owner or place
// carries over from the items before it.
func (sc *sentence) feedItem() bool {
	if len(sc.toks) < 4 || sc.toks[1].Kind != token.Punct || sc.word(1) != ":" {
		return false
	}
	return isClockPart(sc.word(0), 2) && isClockPart(sc.word(2), 2) && len(sc.word(2)) == 2
}

// isClockPart reports whether w is one or up to n digits.
func isClockPart(w string, n int) bool {
	if w == "" || len(w) > n {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}
