package report

import (
	"strings"

	"github.com/sitrep/sitrep/internal/consolidate"
	"github.com/sitrep/sitrep/internal/news"
)

// citer numbers claims as the briefing first cites them, so [1] is the
// first reference a reader meets.
type citer struct {
	in     *consolidate.Input
	claims map[string]*news.Claim
	num    map[string]int
	list   []Citation
	max    int
}

func newCiter(in *consolidate.Input, perPoint int) *citer {
	c := &citer{in: in, claims: make(map[string]*news.Claim, len(in.Claims)), num: map[string]int{}, max: perPoint}
	for i := range in.Claims {
		cl := &in.Claims[i]
		c.claims[consolidate.ClaimID(cl)] = cl
	}
	return c
}

// point cites the claims behind a figure: one per document, at most max,
// so syndicated copies do not bury the rest of the list.
func (c *citer) point(p news.Point) []int {
	return c.ids(p.Claims)
}

func (c *citer) ids(ids []string) []int {
	var out []int
	docs := map[string]bool{}
	for _, id := range ids {
		if len(out) == c.max {
			break
		}
		cl, ok := c.claims[id]
		if !ok || docs[cl.Doc] {
			continue
		}
		docs[cl.Doc] = true
		out = append(out, c.cite(id, cl))
	}
	return out
}

func (c *citer) cite(id string, cl *news.Claim) int {
	if n, ok := c.num[id]; ok {
		return n
	}
	d := c.in.Docs[cl.Doc]
	ct := Citation{N: len(c.list) + 1, Outlet: firstOf(d.Outlet, d.Title, d.Path, short(cl.Doc)),
		Source: citedSource(cl, d), Via: strings.Join(cl.Via, " via "), Hedge: cl.Hedge,
		Quote: oneLine(cl.Quote), Context: oneLine(cl.Sentence), URL: webURL(d.URL), Doc: cl.Doc}
	switch {
	case !d.Published.IsZero():
		ct.Date = d.Published.Format("2006-01-02")
	case cl.Published != nil:
		ct.Date = *cl.Published
	case cl.SaidOn != nil:
		ct.Date = *cl.SaidOn
	}
	c.num[id] = ct.N
	c.list = append(c.list, ct)
	return ct.N
}

// citedSource names who said it; the outlet's own statements say so.
func citedSource(cl *news.Claim, d consolidate.DocInfo) string {
	if cl.Source.Type == news.SourceOutlet {
		return "the outlet, unattributed"
	}
	return sourceName(cl.Source)
}

func firstOf(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

func short(id string) string {
	if len(id) > 12 && !strings.ContainsAny(id, "/.#") {
		return id[:12]
	}
	return id
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// webURL keeps only http and https links: a briefing is opened by people
// who trust it, so a stored javascript: or file: address must not become
// a link in it.
func webURL(u string) string {
	l := strings.ToLower(u)
	if strings.HasPrefix(l, "https://") || strings.HasPrefix(l, "http://") {
		return u
	}
	return ""
}
