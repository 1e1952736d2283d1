package consolidate

import (
	"cmp"
	"math"
	"slices"

	"github.com/sitrep/sitrep/internal/news"
)

// DefaultSimilarity is the weighted overlap of content terms above which two
// statements count as saying the same thing, tuned on the hand-made cases in
// propositions_test.go.
const DefaultSimilarity = 0.44

// Proposition is one thing said, in different words, by one or more sources.
type Proposition struct {
	ID     string   `json:"id"`   // "p1", "p2", ... in output order
	Text   string   `json:"text"` // the statement closest to all the others
	Claims []string `json:"claims"`
	Docs   []string `json:"docs"`
	// Support lists the independent primary sources behind it, most claims
	// first; relays and copies of one story count once.
	Support []Support `json:"support"`
	// SingleSource is set when one primary source carries it alone.
	SingleSource bool `json:"single_source"`
	// Unconfirmed is set when no supporting claim is firmer than hearsay:
	// every one is hedged reported or unconfirmed, or has an unnamed source.
	Unconfirmed bool `json:"unconfirmed"`
}

// Support is one primary source's backing of a proposition.
type Support struct {
	Source news.Source `json:"source"`
	Hedge  string      `json:"hedge"` // the firmest of its claims
	Claims []string    `json:"claims"`
}

// stmt is a statement claim with its content terms.
type stmt struct {
	c       *news.Claim
	terms   []string
	figures []string // the numbers written in digits, commas dropped
}

// Propositions groups the statement claims that say the same thing.
//
// Statements are compared on their content terms (stopwords dropped,
// synonyms and demonyms folded, lightly stemmed), each term weighted by how
// rare it is among the statements, so "drone" and "Russia", present in most
// of a war's reporting, count for less than "Lancet" or "instructor". Two
// statements are similar when the weighted Dice overlap of their terms
// reaches Options.Similarity; groups form by average linkage, so a chain of
// pairwise look-alikes does not pull unrelated statements together.
func Propositions(in Input, opt Options) []Proposition {
	opt = opt.withDefaults()
	var ss []stmt
	for i := range in.Claims {
		c := &in.Claims[i]
		if c.Type == news.ClaimStatement {
			ss = append(ss, stmt{c: c, terms: terms(c.Quote), figures: figures(c.Quote)})
		}
	}
	slices.SortFunc(ss, func(a, b stmt) int { return cmp.Compare(claimID(a.c), claimID(b.c)) })
	sim := similarities(ss)
	groups := cluster(len(ss), sim, opt.Similarity)
	out := make([]Proposition, 0, len(groups))
	for _, g := range groups {
		out = append(out, proposition(&in, ss, g, sim))
	}
	slices.SortStableFunc(out, func(a, b Proposition) int {
		if c := cmp.Compare(len(b.Support), len(a.Support)); c != 0 {
			return c
		}
		if c := cmp.Compare(len(b.Claims), len(a.Claims)); c != 0 {
			return c
		}
		return cmp.Compare(a.Claims[0], b.Claims[0])
	})
	for i := range out {
		out[i].ID = "p" + itoa(i+1)
	}
	return out
}

type pair struct{ i, j int32 }

// similarities returns the weighted Dice overlap of every pair of statements
// that share a term. Terms found in more than maxShare of the statements
// (and at least a few) generate no candidate pairs: they would make the work
// quadratic and, weighted by rarity, decide little.
func similarities(ss []stmt) map[pair]float64 {
	df := map[string]int{}
	for _, s := range ss {
		for _, t := range s.terms {
			df[t]++
		}
	}
	n := float64(len(ss))
	idf := func(t string) float64 { return math.Log(1 + n/float64(df[t])) }
	mass := make([]float64, len(ss))
	post := map[string][]int32{}
	limit := max(50, len(ss)/20)
	for i, s := range ss {
		for _, t := range s.terms {
			mass[i] += idf(t)
			if df[t] <= limit {
				post[t] = append(post[t], int32(i))
			}
		}
	}
	shared := map[pair]float64{}
	for t, ids := range post {
		w := idf(t)
		for a := range ids {
			for b := a + 1; b < len(ids); b++ {
				shared[pair{ids[a], ids[b]}] += w
			}
		}
	}
	// Frequent terms were left out of the postings; add their weight back
	// for the pairs that the rare terms found.
	for p := range shared {
		var extra float64
		for _, t := range ss[p.i].terms {
			if df[t] > limit && slices.Contains(ss[p.j].terms, t) {
				extra += idf(t)
			}
		}
		shared[p] = 2 * (shared[p] + extra) / (mass[p.i] + mass[p.j])
		if disjointFigures(ss[p.i].figures, ss[p.j].figures) {
			// "sent about 3,000 troops" and "sent 10,000 troops" share every
			// word and say different things.
			delete(shared, p)
		}
	}
	return shared
}

// cluster groups n items by average linkage over the sparse similarities:
// pairs are taken most similar first, and two groups join only when the
// mean similarity over all their cross pairs (absent pairs count 0) reaches
// the threshold. Groups come back with their members in order.
func cluster(n int, sim map[pair]float64, threshold float64) [][]int {
	type edge struct {
		p pair
		s float64
	}
	var es []edge
	for p, s := range sim {
		if s >= threshold {
			es = append(es, edge{p, s})
		}
	}
	slices.SortFunc(es, func(a, b edge) int {
		if c := cmp.Compare(b.s, a.s); c != 0 {
			return c
		}
		if c := cmp.Compare(a.p.i, b.p.i); c != 0 {
			return c
		}
		return cmp.Compare(a.p.j, b.p.j)
	})
	of := make([]int, n)
	members := make([][]int, n)
	for i := range of {
		of[i], members[i] = i, []int{i}
	}
	for _, e := range es {
		a, b := of[e.p.i], of[e.p.j]
		if a == b {
			continue
		}
		var total float64
		for _, x := range members[a] {
			for _, y := range members[b] {
				total += sim[pair{int32(min(x, y)), int32(max(x, y))}]
			}
		}
		if total/float64(len(members[a])*len(members[b])) < threshold {
			continue
		}
		if len(members[a]) < len(members[b]) {
			a, b = b, a
		}
		for _, y := range members[b] {
			of[y] = a
		}
		members[a] = append(members[a], members[b]...)
		members[b] = nil
	}
	var out [][]int
	for _, m := range members {
		if len(m) > 0 {
			slices.Sort(m)
			out = append(out, m)
		}
	}
	return out
}

// proposition builds the proposition of one group of statements.
func proposition(in *Input, ss []stmt, g []int, sim map[pair]float64) Proposition {
	var p Proposition
	best, bestScore := g[0], -1.0
	for _, x := range g {
		var score float64
		for _, y := range g {
			if x != y {
				score += sim[pair{int32(min(x, y)), int32(max(x, y))}]
			}
		}
		q := ss[x].c.Quote
		if score > bestScore || (score == bestScore && len(q) < len(ss[best].c.Quote)) {
			best, bestScore = x, score
		}
	}
	p.Text = ss[best].c.Quote
	bySrc := map[string]int{}
	p.Unconfirmed = true
	for _, x := range g {
		c := ss[x].c
		p.Claims = append(p.Claims, claimID(c))
		p.Docs = append(p.Docs, c.Doc)
		key, src := in.primary(c)
		i, ok := bySrc[key]
		if !ok {
			i = len(p.Support)
			bySrc[key] = i
			p.Support = append(p.Support, Support{Source: src, Hedge: c.Hedge})
		}
		s := &p.Support[i]
		s.Claims = append(s.Claims, claimID(c))
		if hedgeRank(c.Hedge) < hedgeRank(s.Hedge) {
			s.Hedge = c.Hedge
		}
		if c.Source.Type != news.SourceUnnamed && c.Hedge != news.HedgeReported && c.Hedge != news.HedgeUnconfirmed {
			p.Unconfirmed = false
		}
	}
	slices.Sort(p.Docs)
	p.Docs = slices.Compact(p.Docs)
	slices.SortStableFunc(p.Support, func(a, b Support) int { return cmp.Compare(len(b.Claims), len(a.Claims)) })
	p.SingleSource = len(p.Support) == 1
	return p
}

// figures returns the numbers a statement writes in digits ("8,000" ->
// "8000"), each once.
func figures(s string) []string {
	var out []string
	digit := func(i int) bool { return i < len(s) && s[i] >= '0' && s[i] <= '9' }
	for i := 0; i < len(s); i++ {
		if !digit(i) {
			continue
		}
		var b []byte
		for ; i < len(s); i++ {
			if digit(i) {
				b = append(b, s[i])
			} else if s[i] == '.' && digit(i+1) {
				b = append(b, '.')
			} else if s[i] != ',' || !digit(i+1) {
				break
			}
		}
		if f := string(b); !slices.Contains(out, f) {
			out = append(out, f)
		}
	}
	return out
}

// disjointFigures reports whether both statements give figures and none is
// shared: then they cannot say the same thing.
func disjointFigures(a, b []string) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	for _, f := range a {
		if slices.Contains(b, f) {
			return false
		}
	}
	return true
}
