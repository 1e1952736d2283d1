package claim

import (
	"context"

	"github.com/sitrep/sitrep/internal/analysis/lang"
	"github.com/sitrep/sitrep/internal/analysis/token"
	"github.com/sitrep/sitrep/internal/news"
)

// sentHedges is what localHedge reads of one sentence, kept for the next
// figure of the same sentence: the quantities come in sentence order, and
// every figure of a sentence scans its words for hedge phrases again.
type sentHedges struct {
	ends  map[int]int // figureEnds of the document
	idx   int         // the sentence loaded, -1 for none
	span  news.Span
	toks  []token.Token
	words []string
	hedge *lang.Phrases
	// n[j] is 1 + the length in tokens of the hedge phrase at token j (1
	// for none), 0 until matched; h[j] is its hedge.
	n []int32
	h []string
	// figEnds are the ends of the figures of the sentence, those that
	// ends maps to it.
	figEnds []int
}

// load makes sentence i of d the sentence hs reads.
func (hs *sentHedges) load(ctx context.Context, hedge *lang.Phrases, d *news.Doc, i int) {
	if hs.idx == i {
		return
	}
	hs.idx, hs.hedge = i, hedge
	hs.span = d.Sentences[i].Span
	hs.toks = token.Cached(ctx, d.Text, hs.span)
	hs.words = token.Words(ctx, d.Text, hs.span)
	hs.n = append(hs.n[:0], make([]int32, len(hs.toks))...)
	hs.h = append(hs.h[:0], make([]string, len(hs.toks))...)
	hs.figEnds = hs.figEnds[:0]
	for _, q := range d.Quantities {
		if q.Sentence == i && hs.ends[q.Number.End] == i+1 {
			hs.figEnds = append(hs.figEnds, q.Number.End)
		}
	}
}

// match is Hedges.MatchWords at token j of the sentence.
func (hs *sentHedges) match(j int) (int, string) {
	if hs.n[j] == 0 {
		n, h := hs.hedge.MatchWords(hs.words, j)
		hs.n[j], hs.h[j] = int32(n)+1, h
	}
	return int(hs.n[j]) - 1, hs.h[j]
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
