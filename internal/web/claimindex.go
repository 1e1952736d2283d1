package web

import (
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
}

func newClaimIndex(claims []store.DocClaim) *claimIndex {
	ix := &claimIndex{rows: make([]claimRow, len(claims))}
	for i := range claims {
		c := &claims[i].Claim
		ix.rows[i] = claimRow{
			doc: c.Doc, typ: c.Type,
			source: strings.ToLower(c.Source.Name), sourceType: strings.ToLower(c.Source.Type),
			actor: strings.ToLower(news.Deref(c.Actor)), measure: strings.ToLower(news.Deref(c.Measure)),
			what: strings.ToLower(news.Deref(c.What)), day: claimDate(c),
		}
	}
	return ix
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
	for i := range ix.rows {
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
