package quantity

import (
	"strings"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/analysis/token"
	"github.com/sitrep/sitrep/internal/analysis/wordset"
	"github.com/sitrep/sitrep/internal/news"
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

// maxHeadingWords bounds the heading over a list whose measure its items
// take (listMeasure).
const maxHeadingWords = 12

// maxHeadingLead bounds the words a heading's measure word may come after,
// unless the heading ends with a colon.
const maxHeadingLead = 2

// bulletLine reports whether a line opens with a bullet ("- ", "• ").
func bulletLine(line string) bool {
	line = strings.TrimLeft(line, " \t")
	r, n := utf8.DecodeRuneInString(line)
	switch r {
	case '-', '•', '–', '—', '*':
		return n < len(line) && line[n] == ' '
	}
	return false
}

// listMeasure returns the measure that the heading over the sentence's
// list names, when the sentence is a bullet item: "Pledges we could
// identify" over "- Germany: €20 million", "Deaths so far:" over "-
// Sindh: 724". The heading is the first line above the list's bullets,
// blank lines aside: a short line that is no sentence, whose measure word
// leads it ("Pledges we could identify", "Aid pledged so far") unless it
// ends with a colon; not a line with a verb late in it ("Attacks mount
// after new government takes office"). "" when there is none or it names
// no measure.
func (sc *sentence) listMeasure() string {
	if !sc.bulletItem() {
		return ""
	}
	text := sc.d.Text
	start, _ := lineOf(text, sc.span.Start)
	for start > 0 {
		ps, pe := lineOf(text, start-1)
		line := text[ps:pe]
		start = ps
		if strings.TrimSpace(line) == "" || bulletLine(line) {
			continue
		}
		colon := strings.HasSuffix(strings.TrimSpace(line), ":")
		if sc.d.Headline.Contains(news.Span{Start: ps, End: pe}) || !(unpunctuated(line) || colon) || len(strings.Fields(line)) > maxHeadingWords {
			return ""
		}
		toks, words := token.Sentence(sc.ctx, text, news.Span{Start: ps, End: pe})
		w := 0 // words so far
		for j := range toks {
			if toks[j].Kind != token.Word {
				continue
			}
			if w++; w > maxHeadingLead && !colon {
				break
			}
			if n, v := sc.s.Lex.Measures.MatchWords(words, j); n > 0 && !captionlessMeasures.Has(v) {
				return v
			}
		}
		return ""
	}
	return ""
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
var destinationWords = wordset.New(map[string]bool{"to": true, "into": true, "a": true, "al": true, "hacia": true})

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
			if destinationWords.Has(sc.word(b)) {
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
