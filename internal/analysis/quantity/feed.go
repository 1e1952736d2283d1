package quantity

import (
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/analysis/token"
)

// quoteSpace are the characters around a name in quotation marks
// ("гармат «Коксан» та 120 систем").
const quoteSpace = " \u00a0«»„“”\""

// feedItem reports whether the sentence opens with a clock time, as the
// items of a news feed or a live blog do ("22:40 Зеленський: ...", "14:05
// Russia launched ..."): each is its own story, so no owner or place
// carries over from the items before it.
func (sc *sentence) feedItem() bool {
	if sc.bulletItem() {
		return true
	}
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

// bulletItem reports whether the sentence is an item of a list of
// headlines, a line that opens with a bullet ("- Járkov: un ataque con
// drones deja al menos 47 heridos"): like a feed item, its own story.
func (sc *sentence) bulletItem() bool {
	text := sc.d.Text
	i := sc.span.Start
	for i > 0 && text[i-1] == ' ' {
		i--
	}
	if i == 0 {
		return false
	}
	r, n := utf8.DecodeLastRuneInString(text[:i])
	switch r {
	case '-', '•', '–', '—', '*':
	default:
		return false
	}
	i -= n
	return i == 0 || text[i-1] == '\n'
}
