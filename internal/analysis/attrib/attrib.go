// Package attrib is the analysis stage that finds who says what: reporting
// cues ("said", "according to", "told AFP"), the source they name (resolving
// pronouns and descriptions to earlier sources), the content they cover
// (across sentences for long quotations), relays ("reports via", "citing"),
// hedges, and when it was said.
package attrib

import (
	"context"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/sitrep/sitrep/internal/analysis/lang"
	"github.com/sitrep/sitrep/internal/analysis/numbers"
	"github.com/sitrep/sitrep/internal/analysis/token"
	"github.com/sitrep/sitrep/internal/gazetteer"
	"github.com/sitrep/sitrep/internal/news"
)

// Stage fills Doc.Attributions. It reads Sentences, Entities and Times.
type Stage struct {
	Lex *lang.Lexicon
	G   *gazetteer.Gazetteer

	bodiesOnce sync.Once
	bodies     map[string]map[string]string // country -> lower-cased body -> canonical name (knownBody)
}

// Name implements the analysis stage contract.
func (st *Stage) Name() string { return "attrib" }

// sentence is the working context for one sentence.
type sentence struct {
	st      *Stage
	d       *news.Doc
	idx     int
	span    news.Span
	toks    []token.Token
	words   []string // token.Norm of each of toks
	keys    []uint16 // lang.AppendKeys of words, for the word lists' filters
	ents    []news.Entity
	mem     *memory
	regions []news.Span
	doc     *docState
	// heard is the last speaker the sentence's cues met so far, or nil:
	// "Iran's health ministry says ..., state media report" are that
	// country's state media.
	heard *speaker
	// lastHeard holds the speaker heard points to while attributions
	// runs: a local variable whose address the sentence keeps went to the
	// heap, one allocation per sentence.
	lastHeard speaker
}

// docState is what the stage learns about the whole document as it goes.
type docState struct {
	focus       string          // the country the document is most about
	filed       string          // the country of the city the document is filed from (its first dateline)
	relay       []string        // "X reports via Y": the chain for the document
	unconfirmed map[string]bool // sources whose statements the outlet could not confirm
	// unconfirmedFrom are the countries whose speakers' figures the outlet
	// could not confirm ("the casualty figures from Iran").
	unconfirmedFrom map[string]bool
	acronyms        map[string]string // "AA" -> "Arakan Army", as the document defines them
	// turns is how many lines open with a speaker label (-1 fewer than a
	// transcript has; 0 not counted yet): see transcript.
	turns int
	// turnNames are the speakers a transcript's labels named, by label
	// and by a person's surname in capitals (see rememberTurn).
	turnNames map[string]speaker

	// ordered is whether the sentences come in order, each ending
	// before the next starts, as the segmenter gives them.
	ordered bool

	cues []cue // the buffer attributions reads a sentence's cues into

	// lowerSeen memoizes openingName's search: whether the text writes
	// a word in lower case.
	lowerSeen []wordSeen

	ents, speakers []news.Entity // the buffers resolve reads a phrase's entities into
	ints           []int         // a block the one-sentence Sentences lists are cut from

	figs []numbers.Mention // the buffer figures reads a stretch's figures into

	// spare holds the emptied maps of an earlier document that
	// unconfirmed takes as unconfirmed and unconfirmedFrom.
	spare struct{ unconfirmed, unconfirmedFrom map[string]bool }
}

// maxDatelineSentence is the last sentence, counted from 0, that may open
// with the story's dateline (after a headline, a standfirst and a byline).
const maxDatelineSentence = 4

// wordSeen is one word openingName looked for and whether it was found.
type wordSeen struct {
	word string
	seen bool
}

// sentences returns the list of one sentence, si, for an attribution's
// Sentences. The lists are cut from blocks, each its own capacity, so that
// an append to one never writes into the next: a story's dozens of
// attributions took an allocation each.
func (ds *docState) sentences(si int) []int {
	if len(ds.ints) == cap(ds.ints) {
		ds.ints = make([]int, 0, 32)
	}
	n := len(ds.ints)
	ds.ints = append(ds.ints, si)
	return ds.ints[n : n+1 : n+1]
}

// Annotate finds the attributions of every sentence that is not boilerplate.
func (st *Stage) Annotate(ctx context.Context, d *news.Doc) error {
	d.Attributions = d.Attributions[:0]
	regions := quoteRegions(d.Text)
	ents := d.Entities
	if !startsIncrease(ents) {
		sort.Slice(ents, func(i, j int) bool { return ents[i].Start < ents[j].Start })
	}
	buf := scratchPool.Get().(*scratch)
	mem := &buf.mem
	ds := &docState{focus: d.Focus, acronyms: acronyms(d.Text), cues: buf.cues, lowerSeen: buf.seen, ordered: ordered(d.Sentences),
		ents: buf.ents, speakers: buf.speakers, figs: buf.figs}
	ds.spare.unconfirmed, ds.spare.unconfirmedFrom = buf.unconfirmed, buf.unconfirmedFrom
	ei := 0
	var prev []news.Attribution // the attributions of the sentence before
	// The attributions gather in a pooled buffer, each sentence's read
	// into its free end, and are copied into d.Attributions once their
	// number is known: appending them as they came grew slices of large
	// structs again and again.
	all := buf.atts[:0]
	flush := func() {
		d.Attributions = append(slices.Grow(d.Attributions, len(all)), all...)
	}
	// release gives the buffers back to the pool, once the document's
	// last look at ds (the unconfirmed sources) is done.
	release := func() {
		buf.reset(all, ds)
		scratchPool.Put(buf)
	}
	sc := new(sentence)
	var iv *interview
	if st.Lex.Lang == "en" && isInterview(d) {
		iv = new(interview)
	}
	roundup := st.G != nil && token.Roundup(d.Text, d.Sentences)
	for si, sent := range d.Sentences {
		if err := ctx.Err(); err != nil {
			flush()
			release()
			return err
		}
		for ei < len(ents) && ents[ei].Start < sent.Start {
			ei++
		}
		ej := ei
		for ej < len(ents) && ents[ej].End <= sent.End {
			ej++
		}
		if sent.Boilerplate {
			prev = nil
			continue
		}
		if st.G != nil && si > 0 && len(ents[ei:ej]) == 1 && token.WholeLine(d.Text, sent.Span) {
			// "MALI" over a roundup's section: the country its bodies
			// ("the army") belong to.
			if e := ents[ei]; e.Type == news.EntityCountry && !e.Demonym && strings.TrimRight(strings.TrimSpace(sent.Of(d.Text)), ":") == e.Of(d.Text) {
				// "the army said" under it is not the army heard under
				// the last country's heading.
				ds.focus = e.Canonical
				clear(mem.speakers)
				clear(mem.named)
				prev, mem.speakers, mem.named = nil, mem.speakers[:0], mem.named[:0]
			}
		}
		if ds.filed == "" && !roundup && si <= maxDatelineSentence && st.G != nil {
			// The story's dateline opens one of its first sentences (a
			// roundup's stories each have their own: see below).
			if p := token.DatelineEnd(d.Text, sent.Span); p > 0 {
				for _, e := range ents[ei:ej] {
					if c := st.G.CountryOf(e.Canonical); e.End <= p && !e.Demonym && c != "" {
						ds.filed = c
					}
				}
			}
		}
		if roundup && (sent.Start == 0 || d.Text[sent.Start-1] == '\n') {
			if p := token.DatelineEnd(d.Text, sent.Span); p > 0 {
				// "SEOUL - ...": a roundup's new story is about its
				// dateline's country ("citing police" is Seoul's).
				for _, e := range ents[ei:ej] {
					if c := st.G.CountryOf(e.Canonical); e.End <= p && !e.Demonym && c != "" {
						ds.focus = c
					}
				}
				// Its descriptions point to no speaker of the story
				// before: "the national disaster agency" in Manila is not
				// the police heard in Seoul.
				clear(mem.speakers)
				clear(mem.named)
				prev, mem.speakers, mem.named = nil, mem.speakers[:0], mem.named[:0]
			}
		}
		*sc = sentence{st: st, d: d, idx: si, span: sent.Span, ents: ents[ei:ej], mem: mem, regions: regions, doc: ds}
		if p := token.EntryStampEnd(d.Text, sent.Span); p > 0 {
			sc.span.Start = p // "08:15 The mayor of Amatrice, Sergio Pirozzi, says", "Evening - Officials put ...": the entry, not its time
		}
		sc.toks, sc.words = token.Sentence(ctx, d.Text, sc.span)
		buf.keys = lang.AppendKeys(buf.keys[:0], sc.words)
		sc.keys = buf.keys
		n := len(all)
		atts := sc.discourse(sc.attributions(all[n:n]), prev)
		// After the sentence's own speakers are met: "the army says it
		// killed 30, a claim that could not be checked" doubts the army.
		sc.unconfirmed(atts)
		if len(atts) == 0 && len(prev) > 0 {
			if a, ok := sc.quoteGoesOn(prev[len(prev)-1]); ok {
				atts = append(atts, a)
			} else if a, ok := sc.figureGoesOn(prev[len(prev)-1]); ok {
				atts = append(atts, a)
			} else if a, ok := sc.backshiftGoesOn(prev); ok {
				atts = append(atts, a)
			}
		}
		if iv != nil {
			iv.step(d, si, mem)
			atts = sc.answer(iv, atts)
		}
		// atts is most often all's free end already, and the append
		// copies it onto itself.
		all = append(all, atts...)
		atts = all[n:len(all):len(all)]
		prev = atts
		if len(atts) == 0 {
			// The subject of a sentence without a cue is who "he" or "the
			// group" will point back to: "Russia's acting governor of
			// Kursk, Alexei Smirnov, gave a different picture."
			if sp, ok := sc.subjectAfterDateline(); ok {
				mem.push(sp)
			}
		} else if atts[0].Content.Start == sent.Start || atts[0].Content.Start == token.DatelineEnd(d.Text, sent.Span) {
			// "Mexico's Defense Ministry is sending 600 soldiers, officials
			// said": the body the reported words open with is named, not
			// heard; "the ministry" may point to it later (sameHead).
			if sp, ok := sc.subjectAfterDateline(); ok && bodyKinds[sp.kind] && sp.src.Name != atts[0].Source.Name {
				mem.named = append(mem.named, sp)
			}
		}
	}
	flush()
	for i := range d.Attributions {
		a := &d.Attributions[i]
		if a.Hedge != news.HedgeDenied && (ds.unconfirmed[a.Source.Name] || ds.fromUnconfirmed(st, a.Source.Name)) {
			// A denial stays one: what could not be confirmed is what the
			// source claims, not what it denies.
			a.Hedge = news.HedgeUnconfirmed
		}
		if len(a.Via) == 0 && len(ds.relay) > 0 && a.Source.Type != news.SourceMedia {
			a.Via = append([]string(nil), ds.relay...)
		}
		if a.Via == nil {
			a.Via = []string{}
		}
	}
	release()
	return nil
}

// scratch holds what Annotate reuses from one document to the next.
type scratch struct {
	atts []news.Attribution // the attributions found so far
	mem  memory             // the speakers named so far
	cues []cue              // docState.cues
	keys []uint16           // the sentence's sentence.keys
	seen []wordSeen         // docState.lowerSeen
	// ents, speakers and figs are docState's buffers of the same names:
	// a new document's grew them again, several allocations each.
	ents, speakers []news.Entity
	figs           []numbers.Mention
	// unconfirmed and unconfirmedFrom are docState's maps of the same
	// names, emptied; nil until a document needed them.
	unconfirmed, unconfirmedFrom map[string]bool
}

var scratchPool = sync.Pool{New: func() any {
	return &scratch{mem: memory{speakers: make([]speaker, 0, 16)}} // a story names a dozen or so
}}

// reset keeps the buffers' room, emptied: the pool keeps no document's
// strings alive. The buffers ds read into by turns (ents, speakers,
// figs) are cleared to their capacity, as an earlier use may have been
// longer than the last.
func (s *scratch) reset(atts []news.Attribution, ds *docState) {
	cues, seen := ds.cues, ds.lowerSeen
	clear(atts)
	clear(s.mem.speakers)
	clear(s.mem.named)
	clear(cues)
	clear(seen)
	s.atts, s.mem.speakers, s.mem.named, s.cues, s.seen = atts[:0], s.mem.speakers[:0], s.mem.named[:0], cues[:0], seen[:0]
	clear(ds.ents[:cap(ds.ents)])
	clear(ds.speakers[:cap(ds.speakers)])
	clear(ds.figs[:cap(ds.figs)])
	s.ents, s.speakers, s.figs = ds.ents[:0], ds.speakers[:0], ds.figs[:0]
	if ds.unconfirmed != nil {
		clear(ds.unconfirmed)
		clear(ds.unconfirmedFrom)
		s.unconfirmed, s.unconfirmedFrom = ds.unconfirmed, ds.unconfirmedFrom
	}
}

// ordered reports whether each sentence's span is well formed and ends
// at or before the start of the next.
func ordered(sents []news.Sentence) bool {
	for i, s := range sents {
		if s.Start > s.End || i > 0 && sents[i-1].End > s.Start {
			return false
		}
	}
	return true
}

// startsIncrease reports whether the entities come in order of their
// starts, none sharing one, as the entity stage gives them: sorting them
// again then leaves them as they are.
func startsIncrease(ents []news.Entity) bool {
	for i := 1; i < len(ents); i++ {
		if ents[i].Start <= ents[i-1].Start {
			return false
		}
	}
	return true
}

// match is MatchWords of the word list p at token j, through the
// sentence's filter keys.
func (sc *sentence) match(p *lang.Phrases, j int) (int, string) {
	return p.MatchKeyed(sc.words, sc.keys, j)
}

// word returns the lower-cased text of token i, or "" out of range.
func (sc *sentence) word(i int) string {
	if i < 0 || i >= len(sc.words) {
		return ""
	}
	return sc.words[i]
}

// fromUnconfirmed reports whether a speaker is of a country whose figures
// the outlet could not confirm: the country itself, a body the gazetteer
// places there, or one named after it ("Iran Health Ministry").
func (ds *docState) fromUnconfirmed(st *Stage, name string) bool {
	if len(ds.unconfirmedFrom) == 0 {
		return false
	}
	if st.G != nil && ds.unconfirmedFrom[st.G.CountryOf(name)] {
		return true
	}
	for c := range ds.unconfirmedFrom {
		if name == c || strings.HasPrefix(name, c+" ") {
			return true
		}
	}
	return false
}

// sideOfSpeaker returns the country a speaker is of: its name's, else
// the one its title opens with ("Taliban spokesman" Zabihullah Mujahid is
// Afghanistan's), or "".
func (st *Stage) sideOfSpeaker(src news.Source) string {
	if c := st.G.CountryOfName(src.Name); c != "" || src.Title == nil {
		return c
	}
	title := *src.Title
	for i := range len(title) + 1 {
		if i < len(title) && title[i] != ' ' {
			continue
		}
		if c := st.G.CountryOf(title[:i]); c != "" {
			return c
		}
	}
	return ""
}

// unconfirmed notes "B-17 was unable to independently confirm his
// statements": every claim of that source in the document is unconfirmed.
// atts are the sentence's own attributions: a speaker who says it could
// not verify a count ("The mission had not been able to verify that count,
// he said") doubts the one who gave it, not itself.
func (sc *sentence) unconfirmed(atts []news.Attribution) {
	// The first phrase decides, wherever it leads.
	j, n, _ := sc.st.Lex.Unconfirmed.NextKeyed(sc.words, sc.keys, 0)
	if n == 0 {
		j, n = sc.negatedCheck()
	}
	if n == 0 {
		return
	}
	if sc.doc.unconfirmed == nil {
		// Made for the stories that need them, or the emptied maps of an
		// earlier document's from the stage's pool.
		sc.doc.unconfirmed, sc.doc.unconfirmedFrom = sc.doc.spare.unconfirmed, sc.doc.spare.unconfirmedFrom
		if sc.doc.unconfirmed == nil {
			sc.doc.unconfirmed, sc.doc.unconfirmedFrom = map[string]bool{}, map[string]bool{}
		}
	}
	end := min(len(sc.toks), j+n+8)
	for k := j + n; k < end; k++ {
		if w := sc.word(k); w == ";" || w == "but" || w == "while" {
			// "Its figures could not be checked; al-Shabaab rarely
			// comments": a name in the next clause is not whose.
			end = k
			break
		}
	}
	// A name after the phrase says whose: "the casualty figures from Iran",
	// "the ministry's claims" when the gazetteer knows the ministry.
	for k := j + n; k < end; k++ {
		for _, e := range sc.ents {
			if e.Start != sc.toks[k].Start {
				continue
			}
			if e.Type == news.EntityCountry && !e.Demonym {
				sc.doc.unconfirmedFrom[e.Canonical] = true // every speaker of that country
				return
			}
			if s, ok := sc.st.speakerOf(e); ok {
				sc.doc.unconfirmed[s.src.Name] = true
				return
			}
		}
		// A collective named by its noun: "any figure posted by
		// opposition channels".
		if w := sc.word(k - 1); (w == "by" || w == "from") && k > j+n {
			if m, _ := sc.match(sc.st.Lex.Sources, k); m > 0 {
				if s, ok := sc.resolve(k, k+m); ok {
					sc.doc.unconfirmed[s.src.Name] = true
					return
				}
			}
		}
		// A description that points back: "the ministry's claims".
		if n, _ := sc.match(sc.st.Lex.Pronouns, k); n > 1 && k+n < len(sc.toks) && sc.toks[k+n].Kind == token.Possessive {
			if s, ok := sc.resolveTrimmed(k, k+n); ok {
				sc.doc.unconfirmed[s.src.Name] = true
			}
			return
		}
	}
	for k := max(0, j-3); k < end; k++ {
		switch sc.word(k) {
		case "his", "her":
			if k > j {
				if s, ok := sc.mem.find([]string{"person"}); ok {
					sc.doc.unconfirmed[s.src.Name] = true
				}
				return
			}
		case "either", "both", "neither":
			// "either account", "Neither claim could be confirmed": the
			// last two speakers who gave one, and the earlier speakers of
			// their sides ("the figures given by either army" covers the
			// commander who spoke before the army's staff).
			sp := sc.mem.speakers
			if sideWords.has(sc.word(k + 1)) {
				// "Neither side's figures", "from either side": every
				// speaker of the last two sides that spoke.
				var sides []string
				for i := len(sp) - 1; i >= 0 && len(sides) < 2; i-- {
					if c := sc.st.sideOfSpeaker(sp[i].src); c != "" && !slices.Contains(sides, c) {
						sides = append(sides, c)
					}
				}
				for _, m := range sp {
					if slices.Contains(sides, sc.st.sideOfSpeaker(m.src)) {
						sc.doc.unconfirmed[m.src.Name] = true
					}
				}
				if len(sides) == 2 {
					return
				}
			}
			marked := 0
			var sides []string
			for i := len(sp) - 1; i >= 0 && marked < 2; i-- {
				if name := sp[i].src.Name; !sc.doc.unconfirmed[name] {
					sc.doc.unconfirmed[name] = true
					marked++
					if c := sc.st.sideOfSpeaker(sp[i].src); c != "" {
						sides = append(sides, c)
					}
				}
			}
			for _, m := range sp {
				if c := sc.st.sideOfSpeaker(m.src); c != "" && slices.Contains(sides, c) {
					sc.doc.unconfirmed[m.src.Name] = true
				}
			}
			return
		}
	}
	for k := j + n; k < end; k++ {
		if w := sc.word(k); w == "by" || w == "from" {
			// "any figure posted by opposition channels": someone named
			// that no speaker is, so no speaker is doubted.
			return
		}
	}
	phrase := sc.toks[j].Start
	lead := sc.toks[max(0, j-3)].Start
	for i := len(sc.mem.speakers) - 1; i >= 0; i-- {
		name := sc.mem.speakers[i].src.Name
		if !slices.ContainsFunc(atts, func(a news.Attribution) bool {
			// The speaker's own words say so: the cue comes after them
			// ("..., he said") or they open with the phrase ("it could
			// not verify"); ", a claim that could not be checked" after
			// them is the writer's.
			return a.Source.Name == name && a.Content.Start <= phrase && phrase < a.Content.End &&
				(a.CueSpan.Start > phrase || a.Content.Start >= lead)
		}) {
			sc.doc.unconfirmed[name] = true
			return
		}
	}
}

// sideWords after "either" or "neither" name the sides of a conflict.
var sideWords = newWordSet(map[string]bool{"side": true, "sides": true, "party": true, "parties": true, "army": true, "armies": true, "country": true, "government": true})

// negatedCheck finds a check that a negative subject denies: "Neither
// side's figures could be independently verified", "None of the claims
// could be confirmed". It returns the negative word's token and the
// length up to the end of the verb, or 0, 0.
func (sc *sentence) negatedCheck() (int, int) {
	if sc.st.Lex.Lang != "en" || !strings.Contains(sc.span.Of(sc.d.Text), " be ") {
		return 0, 0
	}
	for k := 0; k+2 < len(sc.words); k++ {
		if sc.word(k) != "could" && sc.word(k) != "can" || sc.word(k+1) != "be" {
			continue
		}
		v := k + 2
		if sc.word(v) == "independently" {
			v++
		}
		switch sc.word(v) {
		case "verified", "confirmed", "checked", "corroborated":
		default:
			continue
		}
		for j := k - 1; j >= 0 && j >= k-5; j-- {
			switch sc.word(j) {
			case "neither", "none", "no", "nor":
				return j, v + 1 - j
			}
		}
	}
	return 0, 0
}

// subjectAfterDateline is subject for the words after a wire dateline:
// "CULIACÁN, Mexico, Feb 10 (Wire) - Mexico's Defense Ministry is sending",
// "ANKARA - Turkey's Ministry of National Defence published ...".
func (sc *sentence) subjectAfterDateline() (speaker, bool) {
	if p := token.DatelineEnd(sc.d.Text, sc.span); p > 0 {
		return sc.subjectFrom(sc.tokAt(p))
	}
	return sc.subject()
}

// subject resolves the noun phrase a sentence starts with, skipping an
// opening adverbial ("In January, ..."): names, possessives and the words
// of institutions and collective speakers.
func (sc *sentence) subject() (speaker, bool) { return sc.subjectFrom(0) }

// subjectFrom is subject for the words from token first on.
func (sc *sentence) subjectFrom(first int) (speaker, bool) {
	a := first
	for k := first; k < len(sc.toks) && k < first+6; k++ {
		if sc.word(k) == "," {
			// "Andrii Kovalenko, head of ..., spoke": a person before an
			// apposition is the subject, not an opening phrase to skip.
			if sp, ok := sc.resolve(0, k); ok && sp.kind == "person" {
				return sp, true
			}
			a = k + 1
			break
		}
	}
	b := a
	if n, _ := sc.match(sc.st.Lex.Pronouns, a); n > 1 && (a+n >= len(sc.toks) || sc.toks[a+n].Kind != token.Possessive) {
		// "The group told a different story.": a description that
		// points back is the whole subject.
		return sc.resolveTrimmed(a, a+n)
	}
	for b < len(sc.toks) && b-a < 14 {
		t := sc.toks[b]
		w := sc.word(b)
		switch {
		case t.Kind == 2 || npWords.has(w) || w == ",":
		case t.Kind == 0 && isName(sc.d.Text, t):
		case t.Kind == 0:
			if n, _ := sc.match(sc.st.Lex.Orgs, b); n > 0 {
				b += n
				continue
			}
			if n, _ := sc.match(sc.st.Lex.Sources, b); n > 0 {
				b += n
				continue
			}
			if b == a || !sc.isLowerModifier(b) {
				return sc.resolveTrimmed(a, b)
			}
		default:
			return sc.resolveTrimmed(a, b)
		}
		b++
	}
	return sc.resolveTrimmed(a, b)
}

// isLowerModifier reports whether a lower-case word inside a subject is a
// modifier of a name that follows ("acting governor of Kursk").
func (sc *sentence) isLowerModifier(j int) bool {
	switch sc.word(j + 1) {
	case "to", "in", "on", "at", "into", "from", "across", "with", "over":
		if j > 0 && isName(sc.d.Text, sc.toks[j-1]) {
			return false // "Issa Hayatou flew to Cabinda": a name's verb and where it went
		}
	}
	for k := j + 1; k < len(sc.toks) && k < j+4; k++ {
		if isName(sc.d.Text, sc.toks[k]) {
			return true
		}
	}
	return false
}

// resolveTrimmed resolves [a, b) after dropping trailing commas and joiners.
func (sc *sentence) resolveTrimmed(a, b int) (speaker, bool) {
	for b > a && (sc.word(b-1) == "," || npWords.has(sc.word(b-1))) {
		b--
	}
	return sc.resolve(a, b)
}
