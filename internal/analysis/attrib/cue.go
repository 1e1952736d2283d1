package attrib

import (
	"strings"

	"github.com/sitrep/sitrep/internal/analysis/numbers"
	"github.com/sitrep/sitrep/internal/analysis/token"
	"github.com/sitrep/sitrep/internal/news"
)

// cue is a reporting word or phrase found in a sentence.
type cue struct {
	tok, n int
	hedge  string // the hedge the word implies
	prep   bool   // "according to", "per", "citing": the source follows
}

// nounish cues read as nouns or other senses unless something marks them as
// reporting ("the report by", "state media", "per cent").
var nounish = newWordSet(map[string]bool{
	"report": true, "reports": true, "claim": true, "claims": true, "estimate": true, "estimates": true,
	"announcement": true, "assertion": true,
	"note": true, "notes": true, "state": true, "states": true, "put": true, "raised": true, "upped": true,
	"revised": true, "shows": true, "showed": true, "indicates": true, "indicated": true, "say": true,
	"think": true, "expects": true, "expected": true, "considered": true, "considers": true, "judged": true,
	"reporting": true, "quoted": true, "informed": true, "highlighted": true, "detailed": true, "observed": true,
	"posted": true, "specified": true, "tell": true, "fire": true, "suspects": true, "counts": true,
})

// declaredActs after "declare" make it an act rather than a statement:
// "declared a state of emergency", "declares war".
var declaredActs = newWordSet(map[string]bool{
	"a": true, "an": true, "the": true, "state": true, "war": true, "martial": true, "emergency": true,
	"ceasefire": true, "independence": true, "victory": true, "mobilisation": true, "mobilization": true,
})

// passive auxiliaries before a cue make it a hedge unless an agent follows
// ("was reported by Yonhap").
var passive = newWordSet(map[string]bool{"is": true, "was": true, "are": true, "were": true, "been": true, "be": true, "being": true})

// figureWords after "upped", "raised", "put" make them cues ("upped that
// number to 11,000", "put the toll at 500").
var figureWords = newWordSet(map[string]bool{"number": true, "figure": true, "estimate": true, "toll": true, "tally": true, "count": true, "total": true,
	"numbers": true, "figures": true, "estimates": true, "tallies": true, "counts": true, "totals": true})

// cues appends the reporting cues of the sentence to out, left to right.
func (sc *sentence) cues(out []cue) []cue {
	for j := 0; ; j++ {
		var n int
		var h string
		if j, n, h = sc.st.Lex.Cues.NextKeyed(sc.words, sc.keys, j); n == 0 {
			break
		}
		w := sc.word(j)
		c := cue{tok: j, n: n, hedge: h}
		if m, _ := sc.match(sc.st.Lex.Preps, j); m > 0 && m <= n {
			c.prep = true // "selon", "за даними": the source follows
		}
		switch w {
		case "according", "per", "citing":
			c.prep = true
			if w == "per" && (sc.word(j+1) == "cent" || sc.word(j+1) == "day" || sc.word(j+1) == "month" || sc.word(j+1) == "year" || sc.word(j+1) == "week" || sc.word(j+1) == "hour" || sc.word(j+1) == "capita") {
				continue
			}
		}
		if n == 1 && nounish.has(w) && !sc.reportingUse(j) {
			continue
		}
		if passive.has(sc.word(j-1)) && sc.word(j+n) != "by" && !c.prep {
			continue // "it is estimated that", "are believed to": a hedge, not a speaker
		}
		if n == 1 && !c.prep && sc.st.Lex.Lang == "en" && strings.HasSuffix(w, "ed") && sc.lossAfter(j+1) {
			continue // "1,500 civilians reported killed", "30 believed dead": a hedge, not a speaker
		}
		if prev := sc.word(j - 1); n == 1 && (prev == "the" || prev == "a" || prev == "an" || prev == "this" || prev == "its" || prev == "their" || prev == "his" || prev == "her") && !c.prep {
			continue // "the report", "a claim"
		}
		if n == 1 && !c.prep && sc.st.Lex.Lang == "en" && sc.word(j-1) == "of" && strings.HasSuffix(w, "ed") {
			continue // "the number of suspected cases", "a list of confirmed deaths": an adjective
		}
		if n == 1 && sc.st.Lex.Lang == "en" && strings.HasPrefix(w, "declar") && declaredActs.has(sc.word(j+1)) {
			continue // "Petro declares a state of unrest": an act, not a statement
		}
		if n == 1 && (w == "found" || w == "finds") && sc.st.Lex.Lang == "en" && j+1 < len(sc.toks) && !clauseEnds.has(sc.word(j+1)) {
			continue // "Rescuers found 14 survivors": a deed; "..., the chairman found." says
		}
		if w == "told" && sc.st.Lex.Lang == "en" && sc.d.Sentences[sc.idx].Headline && sc.figureAt(j+1) {
			continue // "Council told at least 272 killed": a headline's passive, who was told
		}
		out = append(out, c)
		j += n - 1
	}
	return out
}

// clauseEnds end a clause right after a trailing cue: "..., the MPs found."
var clauseEnds = newWordSet(map[string]bool{".": true, ",": true, ";": true})

// lossAfter reports whether a word of loss opens at token j: "killed",
// "dead", "missing".
func (sc *sentence) lossAfter(j int) bool {
	_, v := sc.st.Lex.Measures.MatchWords(sc.words, j)
	switch v {
	case "killed", "wounded", "missing", "casualties":
		return true
	}
	return false
}

// reportingUse reports whether a cue that is often a noun is used as a
// reporting verb here: followed by "that", a colon, a quotation, "via", or
// for figure verbs by "that number".
func (sc *sentence) reportingUse(j int) bool {
	w := sc.word(j)
	next := sc.word(j + 1)
	switch w {
	case "put", "raised", "upped", "revised":
		if next == "it" && (sc.word(j+2) == "to" || sc.word(j+2) == "at") && sc.figureAt(j+3) {
			return true // "The committee raised it to 115": the figure before, changed
		}
		return figureWords.has(sc.word(j+2)) || figureWords.has(sc.word(j+3)) || w == "put" && sc.putsAt(j)
	}
	if j > 0 && sc.toks[j-1].Kind == token.Possessive && sc.thatWithin(j+1, maxNominalGap) {
		return true // "Governor Rossello's announcement on Tuesday that ..."
	}
	if next != "that" && next != ":" && sc.namedNoun(j) {
		return false // "a United Nations report published in September": a noun
	}
	switch next {
	case "that", ":", "“", "\"", "via":
		return true
	case ",", ".", "":
		// "..., the agency reports." ends a sentence with the cue.
		return j > 0 && sc.toks[j-1].Kind == 0 && w != "state" && w != "states"
	}
	// "Independent analysts say 3,000 is more realistic", "The AA claims
	// to have ...": a verb when a speaker comes right before it and no
	// noun complement follows.
	if (next == "on" || next == "in") && j > 0 && sc.toks[j-1].Kind == token.Word && !determiners.has(sc.word(j-1)) && sc.thatWithin(j+2, maxChannelTokens) {
		// "posted on Telegram that", "wrote in a statement that": the
		// channel, then what was said.
		return true
	}
	if nounFollowers.has(next) && sc.figureAt(j+1) {
		// "expects about one million refugees to return", "say at least
		// 149 people": a figure's qualifier, no "claims about".
		next = ""
	}
	if j == 0 || sc.toks[j-1].Kind != token.Word || nounFollowers.has(next) || w == "state" || w == "states" || next == "tank" || next == "tanks" {
		return false
	}
	if determiners.has(sc.word(j - 1)) {
		return false
	}
	sa, sb := sc.subjectBefore(j)
	if sa >= sb {
		return false
	}
	if _, ok := sc.resolve(sa, sb); ok {
		return true
	}
	_, ok := sc.agentNouns(sa, sb)
	return ok
}

// determiners before a cue word make it a noun: "the report", "its claims".
var determiners = newWordSet(map[string]bool{
	"the": true, "a": true, "an": true, "these": true, "those": true, "such": true, "new": true,
	"latest": true, "earlier": true, "its": true, "their": true, "his": true, "her": true,
})

// maxChannelTokens bounds the channel between a cue and "that": "posted on
// his Telegram channel that".
const maxChannelTokens = 5

// thatWithin reports whether "that" stands within n tokens from k.
func (sc *sentence) thatWithin(k, n int) bool {
	for i := k; i < len(sc.toks) && i < k+n; i++ {
		if sc.word(i) == "that" {
			return true
		}
		if sc.toks[i].Kind != token.Word {
			return false
		}
	}
	return false
}

// figureAt reports whether token k opens a figure ("about one million").
func (sc *sentence) figureAt(k int) bool {
	if k >= len(sc.toks) {
		return false
	}
	r := numbers.ForLang(sc.st.Lex.Lang, nil)
	if r == nil {
		return false
	}
	start := sc.toks[k].Start
	ms := sc.figures(r, sc.d.Text[start:min(start+maxFigureBytes, sc.toks[len(sc.toks)-1].End)])
	return len(ms) > 0 && ms[0].Start == 0
}

// figures returns r.Find(text) read into the document's buffer: figureAt
// asks at many cue words, and a new slice each time was a tenth of the
// bytes the pipeline allocated. The slice is valid until the next call.
func (sc *sentence) figures(r *numbers.Recognizer, text string) []numbers.Mention {
	sc.doc.figs = r.AppendFind(sc.doc.figs[:0], text)
	return sc.doc.figs
}

// maxFigureBytes bounds the text figureAt reads: a qualifier and a figure.
const maxFigureBytes = 48

// putsAt reports whether "put" at j puts something at a figure: "put
// Russian losses in the campaign at between 16,000 and 17,000", "put it at
// \"perhaps 8,000\"".
func (sc *sentence) putsAt(j int) bool {
	for k := j + 2; k < len(sc.toks) && k <= j+14; k++ {
		if sc.word(k) != "at" {
			continue
		}
		for m := k + 1; m < len(sc.toks) && m <= k+4; m++ {
			if t := sc.toks[m].Text(sc.d.Text); t != "" && (t[0] >= '0' && t[0] <= '9' || t == "\"" || t == "“") {
				return true
			}
		}
		return false
	}
	return false
}

// namedNoun reports whether the cue at token j is a noun that a name
// before it qualifies, after an indefinite article: "a United Nations
// report".
func (sc *sentence) namedNoun(j int) bool {
	k := j
	for k > 0 && sc.toks[k-1].Kind == token.Word && token.IsCapitalized(sc.toks[k-1].Text(sc.d.Text)) {
		k--
	}
	if k == j || k == 0 {
		return false
	}
	w := sc.word(k - 1)
	return w == "a" || w == "an" // not "the": "the NDMA counts" is a verb
}

// nounFollowers come after a cue word used as a noun: "claims of",
// "reports by", "estimates are".
var nounFollowers = newWordSet(map[string]bool{
	"of": true, "by": true, "for": true, "from": true, "about": true, "on": true, "were": true,
	"are": true, "is": true, "was": true, "have": true, "had": true, "has": true, "and": true, "or": true,
	"in": true, "at": true, "with": true, "suggest": true, "show": true, "put": true,
})

// maxRelativeTokens bounds a relative clause between a subject and its cue.
const maxRelativeTokens = 25

// relativeWords open a relative clause.
var relativeWords = newWordSet(map[string]bool{"which": true, "who": true, "whose": true, "whom": true})

// skippable words stand between a subject and its reporting verb
// ("The NIS also noted", "Experts have told", "South Korea recently said",
// "Police would later say").
var skippable = newWordSet(map[string]bool{
	"also": true, "has": true, "have": true, "had": true, "recently": true, "earlier": true, "previously": true,
	"further": true, "then": true, "again": true, "publicly": true, "officially": true, "repeatedly": true,
	"since": true, "subsequently": true, "already": true, "would": true,
	"later": true, "separately": true, "initially": true, "once": true, "reportedly": true, "is": true, "was": true,
	"were": true, "are": true, "now": true, "first": true, "has also": true, "had also": true, "last": true,
	"week": true, "month": true, "year": true, "on": true, "monday": true, "tuesday": true, "wednesday": true,
	"thursday": true, "friday": true, "saturday": true, "sunday": true, "yesterday": true, "today": true,
	// Ukrainian and Russian adverbs between a speaker and its verb.
	"також": true, "вже": true, "уже": true, "ще": true, "раніше": true, "тоді": true, "знову": true, "офіційно": true,
	"также": true, "ещё": true, "еще": true, "ранее": true, "тогда": true, "снова": true, "официально": true,
})

// npWords may appear inside a source's noun phrase besides names.
var npWords = newWordSet(map[string]bool{"the": true, "a": true, "an": true, "of": true, "for": true, "'s": true, "’s": true, "by": true, "and": true, "under": true})

// objectAfter returns the noun phrase that starts at token j and runs to
// the next comma, full stop, quotation mark or function word; a list of
// names joined by commas and "and" stays whole ("NATO, the United States and
// South Korea"), and "a document published today by the JCS" is followed to
// its agent.
func (sc *sentence) objectAfter(j int) (int, int) {
	b := j
	for b < len(sc.toks) && b-j < 16 {
		t := sc.toks[b]
		w := sc.word(b)
		if w == "(" {
			for b < len(sc.toks) && sc.word(b) != ")" {
				b++
			}
			if b < len(sc.toks) {
				b++ // past the ")"; an unclosed bracket runs to the end
			}
			continue
		}
		if w == "," && sc.startsEntity(b+1) && sc.listGoesOn(b+1) {
			b++
			continue
		}
		if agentParticiples.has(w) {
			for k := b; k < len(sc.toks) && k < b+6; k++ {
				if sc.word(k) == "by" {
					return k + 1, sc.objectEnd(k + 1)
				}
			}
		}
		if t.Kind == 2 || npWords.has(w) || sc.continuesEntity(b) || sc.titleDot(b) || b == j && (w == "its" || w == "their") && sc.st.Lex.Lang == "en" {
			b++ // (an owner's pronoun may open it: "according to its website")
			continue
		}
		if t.Kind != 0 {
			break
		}
		if n, _ := sc.match(sc.st.Lex.Stop, b); n > 0 && !sc.continuesEntity(b) && !sc.isEntity(b) {
			break // (not "WHO" the organization: "according to the WHO")
		}
		b++
	}
	return j, b
}

// listGoesOn reports whether the name at token j, after a comma, continues
// a list of speakers or an apposition ("NATO, the United States and South
// Korea", "el gobernador regional, Oleh Sinegúbov."): an "and" follows
// among names, or the name ends the clause. A name that starts the clause
// after an opening "según X," is its subject.
func (sc *sentence) listGoesOn(j int) bool {
	for k := j; k < len(sc.toks); k++ {
		w := sc.word(k)
		switch {
		case w == "and" || w == "y" || w == "e":
			return true
		case w == "," || w == "." || w == ";" || w == ")" || sc.isCloseQuote(k):
			return true
		case sc.toks[k].Kind == token.Word && sc.partOfName(k):
			continue // "the United States": "States" is a name here, not a verb
		case sc.toks[k].Kind == token.Word && (sc.insideEntity(k) || sc.startsEntity(k) || npWords.has(w) || !sc.isStop(k)) && !sc.isVerbLike(k):
			continue
		default:
			return false
		}
	}
	return true
}

// isVerbLike reports whether token j is a reporting cue or a measure verb:
// the name before it is a subject, not a list item.
func (sc *sentence) isVerbLike(j int) bool {
	if n, _ := sc.match(sc.st.Lex.Cues, j); n > 0 {
		return true
	}
	n, _ := sc.match(sc.st.Lex.Measures, j)
	return n > 0 && !sc.insideEntity(j)
}

// continuesEntity reports whether token j is part of a gazetteer name of
// several tokens: the article of "El Pentágono", the "de" of "Ministerio de
// Defensa ruso" and the dots of "EE.UU." belong to the name, not end the
// noun phrase.
func (sc *sentence) continuesEntity(j int) bool {
	t := sc.toks[j]
	for _, e := range sc.ents {
		if e.Start <= t.Start && t.End <= e.End && (e.Start < t.Start || t.End < e.End) {
			return true
		}
	}
	return false
}

// isEntity reports whether token j is a whole gazetteer entity of its own:
// "WHO" the organization, never the pronoun.
func (sc *sentence) isEntity(j int) bool {
	t := sc.toks[j]
	for _, e := range sc.ents {
		if e.Start == t.Start && e.End == t.End {
			return true
		}
	}
	return false
}

// partOfName reports whether token j belongs to a gazetteer name of more
// than one token (not a demonym): such a token is never a verb.
func (sc *sentence) partOfName(j int) bool {
	t := sc.toks[j]
	for _, e := range sc.ents {
		if !e.Demonym && e.Start <= t.Start && t.End <= e.End && e.Len() > t.Len() {
			return true
		}
	}
	return false
}

// insideEntity reports whether token j lies strictly inside a gazetteer
// name, as the function words of "Ministerio de Defensa ruso" or "servicio
// de inteligencia de Seúl" do: they do not end the noun phrase.
func (sc *sentence) insideEntity(j int) bool {
	t := sc.toks[j]
	for _, e := range sc.ents {
		if e.Start < t.Start && t.End < e.End {
			return true
		}
	}
	return false
}

// objectEnd returns where a plain noun phrase starting at j ends.
func (sc *sentence) objectEnd(j int) int {
	b := j
	for b < len(sc.toks) && b-j < 12 {
		w := sc.word(b)
		if w == "(" {
			for b < len(sc.toks) && sc.word(b) != ")" {
				b++
			}
			if b < len(sc.toks) {
				b++ // past the ")"; an unclosed bracket runs to the end
			}
			continue
		}
		if sc.toks[b].Kind == 1 || (w != "the" && w != "of" && sc.toks[b].Kind == 0 && sc.isStop(b) && !sc.isEntity(b)) {
			break
		}
		b++
	}
	return b
}

func (sc *sentence) isStop(j int) bool {
	n, _ := sc.match(sc.st.Lex.Stop, j)
	return n > 0
}

// startsEntity reports whether token j (after an optional "the" or "and")
// starts a gazetteer name.
func (sc *sentence) startsEntity(j int) bool {
	for ; j < len(sc.toks); j++ {
		for _, e := range sc.ents {
			if e.Start == sc.toks[j].Start && !e.Demonym {
				return true
			}
		}
		if w := sc.word(j); w != "the" && w != "and" {
			return false
		}
	}
	return false
}

// isOpenQuote and isCloseQuote recognize quotation marks as tokens.
func (sc *sentence) isCloseQuote(j int) bool {
	w := sc.word(j)
	return w == "”" || w == "\"" || w == "»"
}

func (sc *sentence) isOpenQuote(j int) bool {
	w := sc.word(j)
	return w == "“" || w == "\"" || w == "«"
}

// spanOf returns the byte span of tokens [a, b).
func (sc *sentence) spanOf(a, b int) news.Span {
	if a >= b {
		return news.Span{Start: sc.toks[min(a, len(sc.toks)-1)].Start, End: sc.toks[min(a, len(sc.toks)-1)].Start}
	}
	return news.Span{Start: sc.toks[a].Start, End: sc.toks[b-1].End}
}
