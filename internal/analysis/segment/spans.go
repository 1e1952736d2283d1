package segment

import (
	"slices"

	"github.com/sitrep/sitrep/internal/news"
)

// validSpans drops spans that do not fit a text of n bytes or are empty.
func validSpans(sps []news.Span, n int) []news.Span {
	out := sps[:0:0]
	for _, s := range sps {
		if s.Valid(n) && !s.Empty() {
			out = append(out, s)
		}
	}
	return out
}

// mergeSpans sorts spans and joins those that overlap or touch.
func mergeSpans(sps []news.Span) []news.Span {
	if len(sps) == 0 {
		return nil
	}
	slices.SortFunc(sps, func(a, b news.Span) int { return a.Start - b.Start })
	out := sps[:1]
	for _, s := range sps[1:] {
		last := &out[len(out)-1]
		if s.Start <= last.End {
			last.End = max(last.End, s.End)
			continue
		}
		out = append(out, s)
	}
	return out
}

func sortUnique(xs []int) []int {
	slices.Sort(xs)
	return slices.Compact(xs)
}
