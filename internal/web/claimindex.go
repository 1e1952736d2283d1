package web

import (
	"slices"
	"strings"

	"github.com/sitrep/sitrep/internal/news"
	"github.com/sitrep/sitrep/internal/store"
)

// claimRow is what the in-memory claim listing compares, lowered once.
type claimRow struct {
	doc, typ, source, sourceType, actor, measure, what, day string
}

// claimIndex answers claim listings from memory: the store pages a large
// listing with OFFSET, re-reading and decoding every claim it skips, which
// under load costs more than the answer itself.
type claimIndex struct {
	rows []claimRow // parallel to views.claims, in storing order
	// Posting lists, ascending: the claims with each (lowered) value, so a
	// filtered page reads the fewest candidates rather than every claim.
	byActor, byMeasure, byWhat, byType, bySource, bySourceType map[string][]int
}

func newClaimIndex(claims []store.DocClaim) *claimIndex {
	ix := &claimIndex{rows: make([]claimRow, len(claims)),
		byActor: map[string][]int{}, byMeasure: map[string][]int{}, byWhat: map[string][]int{},
		byType: map[string][]int{}, bySource: map[string][]int{}, bySourceType: map[string][]int{}}
	for i := range claims {
		c := &claims[i].Claim
		r := claimRow{
			doc: c.Doc, typ: c.Type,
			source: strings.ToLower(c.Source.Name), sourceType: strings.ToLower(c.Source.Type),
			actor: strings.ToLower(news.Deref(c.Actor)), measure: strings.ToLower(news.Deref(c.Measure)),
			what: strings.ToLower(news.Deref(c.What)), day: claimDate(c),
		}
		ix.rows[i] = r
		ix.byActor[r.actor] = append(ix.byActor[r.actor], i)
		ix.byMeasure[r.measure] = append(ix.byMeasure[r.measure], i)
		ix.byWhat[r.what] = append(ix.byWhat[r.what], i)
		ix.byType[r.typ] = append(ix.byType[r.typ], i)
		ix.bySource[r.source] = append(ix.bySource[r.source], i)
		ix.bySourceType[r.sourceType] = append(ix.bySourceType[r.sourceType], i)
	}
	return ix
}

// candidates returns the claims that may match, ascending, from the
// shortest posting list of the filters set; all is true when no list
// narrows them.
func (ix *claimIndex) candidates(typ, src, actor, measure, what string) (list []int, all bool) {
	all = true
	take := func(l []int) {
		if all || len(l) < len(list) {
			list, all = l, false
		}
	}
	for _, f := range []struct {
		v string
		m map[string][]int
	}{{actor, ix.byActor}, {measure, ix.byMeasure}, {what, ix.byWhat}, {typ, ix.byType}} {
		if f.v != "" {
			take(f.m[f.v])
		}
	}
	if src != "" {
		// Source matches by name part or by type: the union of the lists
		// of the names holding it and of that type.
		var lists [][]int
		for name, l := range ix.bySource {
			if strings.Contains(name, src) {
				lists = append(lists, l)
			}
		}
		lists = append(lists, ix.bySourceType[src])
		take(union(lists))
	}
	return list, all
}

// union merges ascending lists into one without repeats.
func union(lists [][]int) []int {
	lists = slices.DeleteFunc(lists, func(l []int) bool { return len(l) == 0 })
	if len(lists) == 1 {
		return lists[0]
	}
	n := 0
	for _, l := range lists {
		n += len(l)
	}
	out := make([]int, 0, n)
	for _, l := range lists {
		out = append(out, l...)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// canAnswer reports whether the index gives the store's answer for f:
// full-text search is the store's alone.
func (ix *claimIndex) canAnswer(f store.ClaimFilter) bool {
	return strings.TrimSpace(f.Text) == ""
}

// match returns the indexes of the claims f selects, in storing order,
// paged by f.Limit and f.Offset. It mirrors the store's rules
// (store.ClaimFilter): case-insensitive equality for actor, measure and
// what, source name containing or source type equal to Source, dates
// inclusive with undated claims left out by Until.
func (ix *claimIndex) match(f store.ClaimFilter) []int {
	low := func(s string) string { return strings.ToLower(strings.TrimSpace(s)) }
	doc, src := low(f.Doc), low(f.Source)
	actor, measure, what := low(f.Actor), low(f.Measure), low(f.What)
	if doc == "" && f.Type == "" && src == "" && actor == "" && measure == "" && what == "" && f.Since == "" && f.Until == "" {
		// No filter: a page is a slice of the storing order.
		lo := min(f.Offset, len(ix.rows))
		hi := len(ix.rows)
		if f.Limit > 0 {
			hi = min(lo+f.Limit, hi)
		}
		out := make([]int, hi-lo)
		for i := range out {
			out[i] = lo + i
		}
		return out
	}
	out := make([]int, 0, max(f.Limit, 0))
	skip := f.Offset
	list, all := ix.candidates(f.Type, src, actor, measure, what)
	n := len(list)
	if all {
		n = len(ix.rows)
	}
	for k := range n {
		i := k
		if !all {
			i = list[k]
		}
		r := &ix.rows[i]
		switch {
		case doc != "" && !strings.HasPrefix(r.doc, doc),
			f.Type != "" && r.typ != f.Type,
			src != "" && !strings.Contains(r.source, src) && r.sourceType != src,
			actor != "" && r.actor != actor,
			measure != "" && r.measure != measure,
			what != "" && r.what != what,
			f.Since != "" && r.day < f.Since,
			f.Until != "" && (r.day == "" || r.day > f.Until):
			continue
		}
		if skip > 0 {
			skip--
			continue
		}
		out = append(out, i)
		if f.Limit > 0 && len(out) == f.Limit {
			break
		}
	}
	return out
}
