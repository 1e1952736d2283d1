package quantity

import (
	"strings"

	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/analysis/token"
)

// quoteSpace are the characters around a name in quotation marks
// ("гармат «Коксан» та 120 систем").
const quoteSpace = " \u00a0«»„“”\""

// feedItem reports whether the sentence opens with a clock time, as the
// items of a news feed or a live blog do ("22:40 Зеленський: ...", "14:05
// Russia launched ..."; token.StampEnd), or with a bullet: each is its own
// story, so no owner or place carries over from the items before it.
func (sc *sentence) feedItem() bool {
	return sc.bulletItem() || token.StampEnd(sc.d.Text, sc.span) > 0
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

// proseBullet reports whether the sentence is a bullet that reads as
// prose, its line ending with a full stop ("- The Investigative Committee
// said that 143 people had been killed."): an explainer's point, still
// in the story the headline sets, unlike a headline in a list.
func (sc *sentence) proseBullet() bool {
	if !sc.bulletItem() {
		return false
	}
	_, end := lineOf(sc.d.Text, sc.span.Start)
	line := strings.TrimRight(sc.d.Text[sc.span.Start:end], " \t\r")
	return strings.HasSuffix(line, ".")
}

// destinationWords mark the place a sending verb names as its destination.
var destinationWords = map[string]bool{"to": true, "into": true, "a": true, "al": true, "hacia": true}

// maxDestinationGap bounds the words between a destination word and its
// place ("a la región rusa de Kursk").
const maxDestinationGap = 5

// destinationBefore returns the place that a verb of sending names before
// its figure, as Spanish puts it: "enviará a la región rusa de Kursk mil
// zapadores ... tras reunirse en Pionyang" goes to Kursk, whatever place
// follows. It returns "" unless the nearest place before the figure is a
// destination in the same clause.
func (sc *sentence) destinationBefore(k int, actor string, actorEnt int) string {
	m := sc.nums[k]
	first := sc.tokIndex(m.Start)
	ps := sc.places(actor, actorEnt)
	for i := len(ps) - 1; i >= 0; i-- {
		p := ps[i]
		if p.End > m.Start {
			continue
		}
		for t := sc.tokIndex(p.End); t < first; t++ {
			if sc.toks[t].Kind == token.Punct {
				return ""
			}
		}
		j := sc.tokIndex(p.Start)
		for b := j - 1; b >= 0 && b >= j-maxDestinationGap; b-- {
			if destinationWords[sc.word(b)] {
				return p.name
			}
			if sc.toks[b].Kind == token.Punct {
				break
			}
		}
		return ""
	}
	return ""
}
