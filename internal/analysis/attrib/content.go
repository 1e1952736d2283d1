package attrib

import (
	"sort"
	"strings"

	"github.com/sitrep/sitrep/internal/analysis/token"
	"github.com/sitrep/sitrep/internal/news"
)

// contentAfter finds the content that follows a cue: after "that" or a
// colon when one comes within a few words ("said on Monday that", "said in
// a statement to B-17 that"), else right after the cue and its object
// ("told AFP"). Outlets named in "told X" or "in a statement to X" relay.
func (sc *sentence) contentAfter(j, end int, a *news.Attribution) news.Span {
	start := j
	for k := j; k < end && k < j+10; k++ {
		w := sc.word(k)
		if k == j && subjectPronouns.has(w) && sc.st.Lex.Lang == "en" {
			break // "said it had intercepted objects that entered ...": the clause starts at once
		}
		if sc.isOpenQuote(k) && k > j {
			break
		}
		if complementizer.has(w) || w == ":" {
			if complementizer.has(w) && k > j && (sc.word(k-1) == "and" || sc.word(k-1) == "y") {
				break // "said X and that Y": both clauses are the content
			}
			if w == "that" && k-2 >= j && determiners.has(sc.word(k-2)) {
				break // "says it killed 30, a claim that could not be checked": a noun's clause
			}
			if w == "that" && sc.digitsBetween(j, k) {
				break // "has identified 354 villages that were destroyed": the figure's own clause
			}
			if w == ":" && sc.digitsBetween(j, k) && sc.measureBetween(j, k) {
				break // "said 67 people had died: 61 civilians and ...": the colon lists the content's parts
			}
			start = k + 1
			break
		}
	}
	for k := j; k < start; k++ {
		for _, e := range sc.ents {
			if e.Start == sc.toks[k].Start && e.Type == news.EntityOutlet {
				a.Via = append(a.Via, e.Canonical)
			}
		}
	}
	if start == j && (strings.HasPrefix(a.Cue, "told") || strings.HasPrefix(a.Cue, "tell")) {
		oa, ob := sc.objectAfter(j)
		if ob == j && j+2 < end && (sc.word(j) == "this" || sc.word(j) == "our") && sc.toks[j+1].Kind == token.Word {
			ob = j + 2 // "told this digest the team expected ...": the writer, told
		}
		if strings.Contains(a.Cue, " ") {
			ob = j // "told reporters 19 people were missing": the cue named who was told
		}
		ob = sc.listenerEnd(j, ob)
		if sp, ok := sc.resolve(oa, ob); ok && sp.kind == "media" {
			a.Via = append(a.Via, sp.src.Name)
		}
		start = ob
		if start < end && complementizer.has(sc.word(start)) {
			start++
		}
	}
	for start < end && sc.word(start) == "," {
		start++
	}
	if start == j && j < end && sc.st.Lex.Lang == "en" {
		// "said on Tuesday its air defences had destroyed ...": when it
		// was said, not what.
		k := j
		if sc.word(k) == "on" {
			k++
		}
		if t := sc.skipTimes(k); t > k && t < end {
			start = t
		}
	}
	// Stop before a trailing ", according to X" or ", per X", and before a
	// clause after a semicolon that reports something of its own ("...;
	// by Wednesday, they said ...").
	for k := start; k < end; k++ {
		if sc.word(k) == "," && (sc.word(k+1) == "according" || sc.word(k+1) == "per" || sc.word(k+1) == "citing") {
			end = k
			break
		}
		if sc.word(k) == ";" && sc.reportsAfter(k+1, end) {
			end = k
			break
		}
		if sc.word(k) == "," && contrasts.has(sc.word(k+1)) && sc.reportsAfter(k+2, end) {
			end = k // "..., while the bishop said 38 had died": another speaker's words
			break
		}
	}
	if start >= end {
		return news.Span{}
	}
	return sc.spanOf(start, end)
}

// contrasts open a clause set against the one before: ", while the bishop
// said ...".
var contrasts = newWordSet(map[string]bool{"while": true, "whereas": true, "but": true})

// listenerEnd trims the object of "told" that runs from j to ob to the
// listener alone when the reported clause follows with no "that": a pronoun
// is the whole listener ("told me 812 people had died"), and a figure after
// a name or a plain noun starts the clause ("told Reuters 55 boats had sunk",
// "told reporters 19 people were missing"). A figure after a determiner
// stays in the listener ("told the 15 ministers").
func (sc *sentence) listenerEnd(j, ob int) int {
	if sc.st.Lex.Lang != "en" || ob <= j {
		return ob
	}
	if objectPronouns.has(sc.word(j)) {
		return j + 1
	}
	for k := j + 1; k < ob; k++ {
		if !determiners.has(sc.word(k-1)) && !strings.Contains(sc.word(k), "-") && sc.figureAt(k) {
			return k
		}
	}
	return ob
}

// objectPronouns are who was told: "told me", "told us", "told them".
var objectPronouns = newWordSet(map[string]bool{"me": true, "us": true, "him": true, "her": true, "them": true, "you": true})

// digitsBetween reports whether a token in [j, k) is written in digits.
func (sc *sentence) digitsBetween(j, k int) bool {
	for ; j < k; j++ {
		if t := sc.toks[j].Text(sc.d.Text); t != "" && t[0] >= '0' && t[0] <= '9' {
			return true
		}
	}
	return false
}

// subjectPronouns open a reported clause with no "that" before them.
var subjectPronouns = newWordSet(map[string]bool{"it": true, "he": true, "she": true, "they": true, "we": true, "i": true})

// measureBetween reports whether a word of what befell a figure ("died",
// "killed") stands among the tokens from j to k: a clause has begun.
func (sc *sentence) measureBetween(j, k int) bool {
	for ; j < k; j++ {
		if n, _ := sc.st.Lex.Measures.MatchWords(sc.words, j); n > 0 {
			return true
		}
	}
	return false
}

// reportsAfter reports whether a reporting cue stands in the clause from
// token k to the next semicolon or end.
func (sc *sentence) reportsAfter(k, end int) bool {
	for ; k < end && sc.word(k) != ";"; k++ {
		if n, _ := sc.st.Lex.Cues.MatchWords(sc.words, k); n > 0 {
			return true
		}
	}
	return false
}

// finish extends content over a quotation that runs past the sentence,
// marks direct speech, sets the hedge from the content's own words, and
// takes said_on from a time expression outside the content.
func (sc *sentence) finish(a *news.Attribution) {
	if r, ok := regionAt(sc.regions, a.Content.Start); ok {
		if r.End > a.Content.End && r.End > sc.span.End {
			a.Content.End = r.End
		}
	}
	if a.Content.End > 0 {
		if r, ok := regionAt(sc.regions, a.Content.End-1); ok && r.Start < a.Content.Start {
			a.Content.Start = r.Start
		}
	}
	if a.Content.Start == sc.span.Start {
		if p := token.DatelineEnd(sc.d.Text, sc.span); p > 0 && p < a.Content.End {
			a.Content.Start = p // "MOGADISHU - Two car bombs ... killed 100, the president said"
		}
	}
	a.Content = trimSpan(sc.d.Text, a.Content)
	for _, r := range sc.regions {
		if r.Overlaps(a.Content) && r.Len()*2 >= a.Content.Len() {
			a.Direct = true
			break
		}
	}
	if h := sc.contentHedge(a.Content); h != "" && outranks(h, a.Hedge) {
		a.Hedge = h
	}
	sents, si := sc.d.Sentences, 0
	if sc.doc.ordered {
		// The sentences the content overlaps are a run: from the first
		// that ends after the content starts to the first that starts
		// after it ends.
		si = sort.Search(len(sents), func(i int) bool { return sents[i].End > a.Content.Start })
	}
	for ; si < len(sents); si++ {
		s := sents[si].Span
		if sc.doc.ordered && s.Start >= a.Content.End {
			break
		}
		if s.Overlaps(a.Content) && si != sc.idx {
			a.Sentences = append(a.Sentences, si)
		}
	}
	for _, t := range sc.d.SentenceTimes(sc.idx) {
		if !sc.span.Contains(t.Span) || t.Overlaps(a.Content) || t.Date.IsZero() {
			continue
		}
		if t.Granularity == "time" || t.Granularity == "year" {
			continue
		}
		a.SaidOn = t.Date
		break
	}
}

// contentHedge returns the first hedge phrase in the content.
func (sc *sentence) contentHedge(sp news.Span) string {
	// The tokens inside sp are a run, as tokens come in order: the first
	// phrase that starts in the run is the answer.
	j := 0
	for j < len(sc.toks) && sc.toks[j].Start < sp.Start {
		j++
	}
	end := j
	for end < len(sc.toks) && sc.toks[end].End <= sp.End {
		end++
	}
	_, _, h := sc.st.Lex.Hedges.NextKeyed(sc.words, sc.keys[:end], j)
	return h
}

// complementizer holds the words that open a reported clause in the
// languages with word lists: "said that", "dijo que", "sagte, dass".
var complementizer = newWordSet(map[string]bool{"that": true, "que": true, "dass": true, "что": true, "що": true})

// trimSpan drops surrounding space, quotation marks and final punctuation.
func trimSpan(text string, sp news.Span) news.Span {
	const cut = " \t\n\r\"“”«»‘’'.,;:—-"
	for sp.Start < sp.End {
		r, n := firstRune(text[sp.Start:sp.End])
		if !strings.ContainsRune(cut, r) {
			break
		}
		sp.Start += n
	}
	for sp.End > sp.Start {
		r, n := lastRune(text[sp.Start:sp.End])
		if !strings.ContainsRune(cut, r) {
			break
		}
		sp.End -= n
	}
	return sp
}

// endsClause reports whether the tokens from j to end only finish an
// attribution ("he said.", "told AFP.", ", according to Ukrinform."): no
// "that", colon or quotation follows, and little is left.
func (sc *sentence) endsClause(j, end int) bool {
	for k := j; k < end; k++ {
		w := sc.word(k)
		if w == "," || w == ";" {
			return true // ", adding that ...": a new clause
		}
		if complementizer.has(w) || w == ":" || sc.isOpenQuote(k) || k-j > 24 {
			return false
		}
		if w == "to" && (sc.word(k+1) == "have" || sc.word(k+1) == "be") {
			return false // "claimed on its channels to have killed ...": the content
		}
	}
	return true
}

// hedgeRank orders hedges by how much they qualify a claim: a source's own
// belief or estimate ("believes that ... is preparing to") outranks what
// the content says of itself; both outrank mere reporting.
var hedgeRank = map[string]int{
	news.HedgeAsserted: 0, news.HedgeReported: 1, news.HedgePlanned: 2, news.HedgeBelieved: 3,
	news.HedgeEstimated: 3, news.HedgeUnconfirmed: 4, news.HedgeDenied: 5,
}

// outranks reports whether a content hedge replaces the cue's hedge.
func outranks(content, cue string) bool { return hedgeRank[content] >= hedgeRank[cue] }

// trimTrailingWord drops a final conjunction left by a cut.
func trimTrailingWord(text string, sp news.Span, w string) news.Span {
	s := sp.Of(text)
	if strings.HasSuffix(s, " "+w) {
		sp.End -= len(w) + 1
		return trimSpan(text, sp)
	}
	return sp
}

// onlyTime reports whether content is a time expression and nothing else.
func (sc *sentence) onlyTime(content news.Span) bool {
	text := content.Of(sc.d.Text)
	for _, p := range timePrepositions {
		if len(text) > len(p) && strings.EqualFold(text[:len(p)], p) {
			content.Start += len(p) // "said on Tuesday": the day, after its preposition
			break
		}
	}
	for _, t := range sc.d.SentenceTimes(sc.idx) {
		if t.Span.Contains(content) {
			return true
		}
	}
	return false
}

// timePrepositions open a time expression that does not hold them.
var timePrepositions = []string{"on ", "in ", "at ", "during ", "by ", "late on ", "early on "}
