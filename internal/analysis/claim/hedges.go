package claim

import (
	"context"
	"sort"

	"github.com/sitrep/sitrep/internal/analysis/lang"
	"github.com/sitrep/sitrep/internal/analysis/token"
	"github.com/sitrep/sitrep/internal/news"
)

// sentHedges is what localHedge reads of one sentence, kept for the next
// figure of the same sentence: the quantities come in sentence order, and
// every figure of a sentence scans its words for hedge phrases again.
type sentHedges struct {
	qs    []news.Quantity // the document's
	ends  map[int]int     // figureEnds of qs, when there are many (see lastSentence)
	idx   int             // the sentence loaded, -1 for none
	span  news.Span
	toks  []token.Token
	words []string
	hedge *lang.Phrases
	// n[j] is 1 + the length in tokens of the hedge phrase at token j (1
	// for none), 0 until matched. Its hedge is not kept: few words begin
	// one, and match asks again for those.
	n []int32
	// figEnds are the ends of the figures of the sentence, those that
	// lastSentence puts in it.
	figEnds []int
	// cues are the starts of the reporting cues in the sentence: a hedge
	// before a cue is another clause's ("dismissed the figure ... and
	// said the group had lost only three fighters").
	cues []int
	// nBuf and endBuf are memory for n and figEnds, arrays on the
	// caller's stack: the usual sentence needs no allocation.
	nBuf   []int32
	endBuf []int
}

// newSentHedges returns a sentHedges for the figures of d, with its
// memory in nBuf and endBuf.
func newSentHedges(d *news.Doc, nBuf []int32, endBuf []int) sentHedges {
	hs := sentHedges{qs: d.Quantities, idx: -1, nBuf: nBuf, endBuf: endBuf}
	if len(d.Quantities) > maxScannedEnds {
		hs.ends = figureEnds(d)
	}
	return hs
}

// maxScannedEnds is how many quantities lastSentence scans rather than
// look up in a map: a document's few are compared faster than a map is
// made, while a table of hundreds of figures would be scanned too often.
const maxScannedEnds = 64

// lastSentence returns figureEnds(d)[end]: the sentence plus one of the
// last quantity whose figure ends at end, 0 for none.
func (hs *sentHedges) lastSentence(end int) int {
	if hs.ends != nil {
		return hs.ends[end]
	}
	for k := len(hs.qs) - 1; k >= 0; k-- {
		if hs.qs[k].Number.End == end {
			return hs.qs[k].Sentence + 1
		}
	}
	return 0
}

// load makes sentence i of d the sentence hs reads.
func (hs *sentHedges) load(ctx context.Context, hedge *lang.Phrases, d *news.Doc, i int) {
	if hs.idx == i {
		return
	}
	hs.idx, hs.hedge = i, hedge
	hs.span = d.Sentences[i].Span
	hs.toks, hs.words = token.Sentence(ctx, d.Text, hs.span)
	if len(hs.toks) <= cap(hs.nBuf) {
		hs.n = hs.nBuf[:len(hs.toks)]
		clear(hs.n)
	} else {
		hs.n = make([]int32, len(hs.toks))
	}
	hs.figEnds = hs.endBuf[:0]
	hs.cues = hs.cues[:0]
	for k := range d.Attributions {
		if c := d.Attributions[k].CueSpan; c.Start >= hs.span.Start && c.Start < hs.span.End {
			hs.cues = append(hs.cues, c.Start)
		}
	}
	// The quantity stage adds figures sentence by sentence: the
	// sentence's run is found by search, not by a scan of every figure
	// per sentence, which grew with the square of a long document.
	qs := d.Quantities
	for k := sort.Search(len(qs), func(k int) bool { return qs[k].Sentence >= i }); k < len(qs) && qs[k].Sentence == i; k++ {
		if hs.lastSentence(qs[k].Number.End) == i+1 {
			hs.figEnds = append(hs.figEnds, qs[k].Number.End)
		}
	}
}

// cueAt reports whether a reporting cue of the sentence starts at off.
func (hs *sentHedges) cueAt(off int) bool {
	for _, c := range hs.cues {
		if c == off {
			return true
		}
	}
	return false
}

// match is Hedges.MatchWords at token j of the sentence.
func (hs *sentHedges) match(j int) (int, string) {
	if hs.n[j] == 0 {
		n, h := hs.hedge.MatchWords(hs.words, j)
		hs.n[j] = int32(n) + 1
		return n, h
	}
	if hs.n[j] == 1 {
		return 0, ""
	}
	return hs.hedge.MatchWords(hs.words, j)
}

// figureEnd reports whether a figure of the sentence ends at end: whether
// figureEnds maps end to the sentence.
func (hs *sentHedges) figureEnd(end int) bool {
	for _, e := range hs.figEnds {
		if e == end {
			return true
		}
	}
	return false
}

// alreadyAfter reports whether "already" follows the figure ending at end
// within its clause (up to a comma or a few words).
func alreadyAfter(text string, toks []token.Token, end int) bool {
	n := 0
	for _, t := range toks {
		if t.Start < end {
			continue
		}
		switch w := t.Text(text); w {
		case "already":
			return true
		case ",", ";", ":", ".":
			return false
		}
		if n++; n > maxAlreadyGap {
			return false
		}
	}
	return false
}

// maxAlreadyGap bounds the words between a figure and its "already".
const maxAlreadyGap = 8
