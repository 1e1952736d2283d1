package news

import (
	"cmp"
	"slices"
	"sort"
)

// ContentIndex finds the attributions whose content overlaps a span
// without reading them all: a long document has thousands of figures and
// of attributions, and a scan per figure grew with the square of its
// length. Reset it once the attributions are final; it reads them, so it
// must not outlive a change to them. The zero value indexes nothing.
type ContentIndex struct {
	atts   []Attribution
	order  []int32 // attribution indexes by content start; nil when atts are in that order
	maxLen int     // the longest content
}

// NewContentIndex indexes the contents of atts.
func NewContentIndex(atts []Attribution) *ContentIndex {
	x := new(ContentIndex)
	x.Reset(atts)
	return x
}

// Reset indexes the contents of atts, reusing the index's memory.
func (x *ContentIndex) Reset(atts []Attribution) {
	x.atts, x.maxLen, x.order = atts, 0, x.order[:0]
	sorted := true
	for i := range atts {
		x.maxLen = max(x.maxLen, atts[i].Content.Len())
		if i > 0 && atts[i].Content.Start < atts[i-1].Content.Start {
			sorted = false
		}
	}
	if sorted {
		x.order = nil // the attributions' own order: most documents
		return
	}
	for i := range atts {
		x.order = append(x.order, int32(i))
	}
	slices.SortStableFunc(x.order, func(a, b int32) int {
		return cmp.Compare(atts[a].Content.Start, atts[b].Content.Start)
	})
}

// at returns the index of the attribution k-th in content order.
func (x *ContentIndex) at(k int) int32 {
	if x.order == nil {
		return int32(k)
	}
	return x.order[k]
}

// overlapping appends to out, in index order, the attributions whose
// content overlaps sp.
func (x *ContentIndex) overlapping(sp Span, out []int32) []int32 {
	// The first in start order that starts at or after sp's end: those
	// before it start before sp ends.
	hi := sort.Search(len(x.atts), func(k int) bool { return x.atts[x.at(k)].Content.Start >= sp.End })
	for k := hi - 1; k >= 0; k-- {
		i := x.at(k)
		c := x.atts[i].Content
		if c.Start+x.maxLen <= sp.Start {
			break // no content this early reaches sp
		}
		if c.Overlaps(sp) {
			out = append(out, i)
		}
	}
	slices.Sort(out)
	return out
}

// FirstOverlapping returns the lowest index of an attribution whose
// content overlaps sp, or -1 (also on a nil index).
func (x *ContentIndex) FirstOverlapping(sp Span) int {
	if x == nil {
		return -1
	}
	var buf [8]int32
	if c := x.overlapping(sp, buf[:0]); len(c) > 0 {
		return int(c[0])
	}
	return -1
}

// Covering returns the attribution whose content holds sp, the innermost
// when several do (of two that hold each other, the later, unless it only
// denies what the earlier one said: "..., a claim the Pentagon rejected"),
// or -1 (also on a nil index).
func (x *ContentIndex) Covering(sp Span) int {
	best := -1
	if x == nil {
		return best
	}
	var buf [8]int32
	for _, i := range x.overlapping(sp, buf[:0]) {
		a := x.atts[i].Content
		if !a.Contains(sp) {
			continue
		}
		if best < 0 || x.atts[best].Content.Contains(a) && !(a == x.atts[best].Content && x.atts[i].Hedge == HedgeDenied && x.atts[best].Hedge != HedgeDenied) {
			best = int(i)
		}
	}
	return best
}
