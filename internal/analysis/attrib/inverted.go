package attrib

import (
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/analysis/token"
	"github.com/sitrep/sitrep/internal/news"
)

// labelStart returns the token a headline label starts at: after a clock
// time that opens a line of a live blog or a news feed ("22:40 Зеленський:
// ...", "14:05 NIS: ..."), else 0.
func (sc *sentence) labelStart() int {
	if len(sc.toks) > 3 && sc.word(1) == ":" && token.IsDigits(sc.word(0)) && token.IsDigits(sc.word(2)) && len(sc.word(2)) == 2 {
		return 3
	}
	// Page furniture before a bar: "Guerra en Ucrania, en directo |
	// Zelenski: ...".
	from := 0
	for j := 0; j < len(sc.toks) && j < maxLabelStart; j++ {
		if sc.word(j) == "|" {
			from = j + 1
		}
	}
	return from
}

// maxLabelStart bounds the page furniture before a labelled headline.
const maxLabelStart = 12

// capitalLabel reports whether the label [a, b) is a capital alone
// ("Сеул:", "Seoul:"), which speaks for its government; a country alone
// ("Sudan: army retakes ...") is more often the topic.
func (sc *sentence) capitalLabel(a, b int) bool {
	for _, e := range sc.ents {
		if e.Type == news.EntityPlace && e.StandsFor != "" && e.Start == sc.toks[a].Start && e.End == sc.toks[b-1].End {
			return true
		}
	}
	return false
}

// maxSkipBeforeSource bounds the words between an inverted cue and its
// source: "— написав у телеграмі президент Зеленський", "— заявив
// агентству міністр", "уточнили у Повітряних силах".
const maxSkipBeforeSource = 3

// sourceAfterSkip resolves the source of an inverted cue that stands a few
// words after it, and returns its tokens; ok false when none does.
func (sc *sentence) sourceAfterSkip(j int) (speaker, int, int, bool) {
	for s := j + 1; s <= j+maxSkipBeforeSource && s < len(sc.toks); s++ {
		if sc.toks[s-1].Kind != token.Word || sc.toks[s].Kind != token.Word {
			return speaker{}, 0, 0, false
		}
		oa, ob := sc.objectAfter(s)
		if oa >= ob {
			continue
		}
		if sp, ok := sc.resolve(oa, ob); ok && sp.kind != "country" {
			return sp, oa, ob, true
		}
	}
	return speaker{}, 0, 0, false
}

// isDash reports whether token j is a dash that introduces the speaker of
// a direct quotation ("», — сказав він").
func (sc *sentence) isDash(j int) bool {
	w := sc.word(j)
	return w == "—" || w == "–"
}

// previousContent returns the sentence before this one when this one opens
// with a phrase that takes it up as what was said ("Про це заявив ...",
// "Об этом сообщил ..."): the reporting verb follows in this sentence.
func (sc *sentence) previousContent(cueTok int) (news.Span, bool) {
	if sc.idx == 0 || !aboutThis.has(sc.word(0)) || !thisWords.has(sc.word(1)) || cueTok > 8 {
		return news.Span{}, false
	}
	prev := sc.d.Sentences[sc.idx-1]
	if prev.Boilerplate {
		return news.Span{}, false
	}
	return trimSpan(sc.d.Text, prev.Span), true
}

// aboutThis and thisWords open a sentence that takes up the one before as
// what a source said: "Про це", "Об этом".
var (
	aboutThis = newWordSet(map[string]bool{"про": true, "об": true, "о": true})
	thisWords = newWordSet(map[string]bool{"це": true, "этом": true, "том": true})
)

// restLonger reports whether more of the sentence follows a mid-sentence
// prepositional cue's source than precedes the cue: "Восени, за даними
// розвідки, Пхеньян перекинув ..." says its content after the source,
// "..., according to the NIS." before the cue. A new clause after the
// source (", and ...") leaves the content before it.
func (sc *sentence) restLonger(cueTok, srcEnd, end int) bool {
	k := srcEnd
	for k < end && sc.word(k) == "," {
		k++
	}
	if w := sc.word(k); cueTok > 2 && sc.word(cueTok-1) == "," && (w == "and" || w == "but" || subordinators.has(w)) {
		// "Moscow recruits 30,000 soldiers a month, according to X, and
		// its factories ...", "Exports held at 3.3 million barrels a
		// day, according to the IEA, as buyers in India took ...": a
		// clause of its own follows; the source speaks for the one it
		// closes.
		return false
	}
	return end-srcEnd > cueTok
}

// subordinators open a clause that hangs on the one before it: "as buyers
// in India took the bulk", "while ...", "after the storm hit".
var subordinators = newWordSet(map[string]bool{"while": true, "as": true, "after": true, "because": true, "since": true,
	"although": true, "though": true, "amid": true, "despite": true, "when": true, "whereas": true})

// maxBodyLookback bounds how many speakers back a bare body ("розвідка",
// "the ministry") may point.
const maxBodyLookback = 3

// bodyFromMemory returns the latest of the last few speakers of the kind a
// bare body names in a language whose bodies the English canonical names
// do not spell ("Як повідомляє розвідка" after "Головного управління
// розвідки"); ok false for English, which matches them by name.
func (sc *sentence) bodyFromMemory(kind string) (speaker, bool) {
	if sc.st.Lex.Lang == "en" {
		return speaker{}, false
	}
	sp := sc.mem.speakers
	for i := len(sp) - 1; i >= 0 && i >= len(sp)-maxBodyLookback; i-- {
		if sp[i].kind == kind {
			return sp[i], true
		}
	}
	return speaker{}, false
}

// speakerCountry returns the country of the latest speaker the gazetteer
// places in one, the side a bare body most likely belongs to ("за даними
// розвідки" after Budanov has spoken), outside English; "" when none.
func (sc *sentence) speakerCountry() string {
	if sc.st.Lex.Lang == "en" || sc.st.G == nil {
		return ""
	}
	sp := sc.mem.speakers
	for i := len(sp) - 1; i >= 0 && i >= len(sp)-maxBodyLookback; i-- {
		if c := sc.st.G.CountryOf(sp[i].src.Name); c != "" {
			return c
		}
	}
	return ""
}

// skipTimeBack returns the token where a time expression that ends right
// before token b starts, with the preposition that introduces it ("в
// лютому", "on Monday"); b when none ends there.
func (sc *sentence) skipTimeBack(b int) int {
	if b == 0 {
		return b
	}
	end := sc.toks[b-1].End
	for _, t := range sc.d.SentenceTimes(sc.idx) {
		if t.Span.End != end || !sc.span.Contains(t.Span) {
			continue
		}
		k := b - 1
		for k > 0 && sc.toks[k-1].Start >= t.Span.Start {
			k--
		}
		if k > 0 && sc.isStop(k-1) {
			k-- // "в лютому": the preposition of the time
		}
		return k
	}
	return b
}

// latinText reports whether s holds no letters of another script: a name
// made of the text's own words can stand for an unnamed speaker in Latin
// script ("unnamed fuentes ucranianas"), not in Cyrillic, which the
// canonical English names never use.
func latinText(s string) bool {
	i := 0
	for i < len(s) && s[i] < utf8.RuneSelf {
		i++ // an ASCII letter is Latin: only the rest needs the tables
	}
	for _, r := range s[i:] {
		if unicode.IsLetter(r) && !unicode.In(r, unicode.Latin) {
			return false
		}
	}
	return true
}

// maxCitedGap bounds the tokens between a relaying source and the
// prepositional cue that names whom it cites.
const maxCitedGap = 2

// citedAfter reads "з посиланням на Y", "citing Y" right after a source that
// ends at token ob: the source Y that the first one relays.
func (sc *sentence) citedAfter(ob int) (speaker, int, int, bool) {
	for k := ob; k < len(sc.toks) && k <= ob+maxCitedGap; k++ {
		n, _ := sc.match(sc.st.Lex.Preps, k)
		if n == 0 {
			if w := sc.word(k); w == "," || sc.isCloseQuote(k) {
				continue
			}
			return speaker{}, 0, 0, false
		}
		oa, obj := sc.objectAfter(k + n)
		if sp, ok := sc.resolve(oa, obj); ok {
			return sp, oa, obj, true
		}
		return speaker{}, 0, 0, false
	}
	return speaker{}, 0, 0, false
}
