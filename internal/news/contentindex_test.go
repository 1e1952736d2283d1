package news

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestContentIndexMatchesScan checks the index against a scan of every
// attribution, on random contents and spans.
func TestContentIndexMatchesScan(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for round := 0; round < 300; round++ {
		atts := make([]Attribution, r.IntN(30))
		for i := range atts {
			s := r.IntN(500)
			atts[i].Content = Span{Start: s, End: s + r.IntN(120)}
		}
		if round%2 == 0 {
			// In order of content start, as most documents give them.
			slices.SortStableFunc(atts, func(a, b Attribution) int { return a.Content.Start - b.Content.Start })
		}
		x := NewContentIndex(atts)
		for q := 0; q < 50; q++ {
			s := r.IntN(600)
			sp := Span{Start: s, End: s + 1 + r.IntN(20)}
			first, best := -1, -1
			for i, a := range atts {
				if first < 0 && a.Content.Overlaps(sp) {
					first = i
				}
				if a.Content.Contains(sp) && (best < 0 || atts[best].Content.Contains(a.Content)) {
					best = i
				}
			}
			if got := x.FirstOverlapping(sp); got != first {
				t.Fatalf("FirstOverlapping(%v) = %d, want %d", sp, got, first)
			}
			if got := x.Covering(sp); got != best {
				t.Fatalf("Covering(%v) = %d, want %d", sp, got, best)
			}
		}
	}
}

// TestCoveringPrefersTheClaimToItsDenial checks that of two attributions
// with the same content, the later one that only denies it ("..., a claim
// the Pentagon rejected") does not cover its figures.
func TestCoveringPrefersTheClaimToItsDenial(t *testing.T) {
	c := Span{Start: 10, End: 60}
	atts := []Attribution{{Content: c, Hedge: HedgeAsserted}, {Content: c, Hedge: HedgeDenied}}
	if got := NewContentIndex(atts).Covering(Span{Start: 20, End: 30}); got != 0 {
		t.Errorf("Covering = %d, want the claim (0)", got)
	}
	atts[0].Hedge = HedgeReported
	atts[1].Hedge = HedgeAsserted
	if got := NewContentIndex(atts).Covering(Span{Start: 20, End: 30}); got != 1 {
		t.Errorf("Covering = %d, want the later (1) when it denies nothing", got)
	}
}
