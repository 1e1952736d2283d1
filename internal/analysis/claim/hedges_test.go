package claim

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/analysis/lang"
	"github.com/sitrep/sitrep/internal/analysis/numbers"
	"github.com/sitrep/sitrep/internal/analysis/token"
	"github.com/sitrep/sitrep/internal/news"
)

// localHedgeRef is localHedge as first written, scanning the sentence anew
// for every figure: the reference for the sentHedges cache.
func localHedgeRef(s *Stage, d *news.Doc, q *news.Quantity, figureEnds map[int]int) string {
	if q.Sentence < 0 || q.Sentence >= len(d.Sentences) {
		return ""
	}
	sent := d.Sentences[q.Sentence].Span
	toks := token.Tokenize(d.Text, sent)
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = token.Norm(t.Text(d.Text))
	}
	lo := 0
	hedge := ""
	for j, t := range toks {
		if t.Start >= q.Number.Start && t.End <= q.Number.End {
			if n, h := s.Lex.Hedges.MatchWords(words, j); n > 0 && toks[j+n-1].End <= q.Number.End {
				return h
			}
		}
		if t.End > q.Number.Start {
			continue
		}
		if t.Start >= sent.Start && t.End != q.Number.End && figureEnds[t.End] == q.Sentence+1 {
			lo, hedge = j+1, ""
		}
		if j >= lo && slices.ContainsFunc(d.Attributions, func(a news.Attribution) bool { return a.CueSpan.Start == t.Start }) {
			hedge = ""
		}
		if j < lo {
			continue
		}
		if n, h := s.Lex.Hedges.MatchWords(words, j); n > 0 && toks[j+n-1].End <= q.Number.Start {
			hedge = h
		}
	}
	if hedge != "" {
		return hedge
	}
	for j, t := range toks {
		if t.Start < q.Number.End {
			continue
		}
		w := t.Text(d.Text)
		if w == "," || w == ";" || w == ":" || w == "—" || w == "and" || w == "but" {
			break
		}
		if t.Start > q.Number.End && figureEnds[t.End] == q.Sentence+1 {
			break
		}
		if n, h := s.Lex.Hedges.MatchWords(words, j); n > 0 {
			return h
		}
	}
	return ""
}

// TestLocalHedgeCache checks that localHedge with its per-sentence cache
// gives every figure the hedge the uncached reference does.
func TestLocalHedgeCache(t *testing.T) {
	lex, err := lang.Get("en")
	if err != nil {
		t.Fatal(err)
	}
	r, err := numbers.New("en")
	if err != nil {
		t.Fatal(err)
	}
	s := &Stage{Lex: lex}
	tests := []string{
		"An estimated 1,500 troops were killed. Officials said 300 tanks were reportedly destroyed, and 40 jets are believed to be lost.",
		"It is estimated that 3,000 soldiers and 12 drones were sent; 5 more reportedly followed. 7 shells hit the town.",
		"Reportedly 20 people died, 30 were injured and an estimated 45 are missing: 12 allegedly fled.",
		"No figure here. Then 10, 20 and 30 were counted, roughly estimated.",
	}
	for _, text := range tests {
		t.Run(text[:20], func(t *testing.T) {
			d := &news.Doc{ID: "t", Text: text}
			start := 0
			for i := 0; i <= len(text); i++ {
				if i == len(text) || strings.HasPrefix(text[i:], ". ") {
					end := min(i+1, len(text))
					d.Sentences = append(d.Sentences, news.Sentence{Span: news.Span{Start: start, End: end}})
					start = end + 1
				}
			}
			for _, m := range r.Find(text) {
				d.Quantities = append(d.Quantities, news.Quantity{Span: m.Span, Number: m.Num, Sentence: d.SentenceAt(m.Start)})
			}
			ctx := token.WithMemo(context.Background(), text)
			var nBuf [4]int32 // small, so that long sentences allocate
			hs := newSentHedges(d, nBuf[:], nil)
			for i := range d.Quantities {
				q := &d.Quantities[i]
				got := s.localHedge(ctx, d, q, &hs)
				if want := localHedgeRef(s, d, q, figureEnds(d)); got != want {
					t.Errorf("hedge of %q = %q, want %q", q.Number.Of(text), got, want)
				}
			}
		})
	}
}

// TestLastSentence: lastSentence is figureEnds' look-up, by a scan for a
// document's few quantities and by the map for many, figures that share an
// end included (the last one's sentence wins).
func TestLastSentence(t *testing.T) {
	for _, n := range []int{0, 1, 5, maxScannedEnds, maxScannedEnds + 1, 200} {
		d := &news.Doc{}
		for k := range n {
			end := 10 * (k / 2) // every end twice, in neighbouring sentences
			d.Quantities = append(d.Quantities, news.Quantity{Number: news.Span{Start: end - 2, End: end}, Sentence: k})
		}
		ref := figureEnds(d)
		hs := newSentHedges(d, nil, nil)
		for end := -10; end <= 10*n; end += 5 {
			if got, want := hs.lastSentence(end), ref[end]; got != want {
				t.Fatalf("%d quantities: lastSentence(%d) = %d, want %d", n, end, got, want)
			}
		}
	}
}
