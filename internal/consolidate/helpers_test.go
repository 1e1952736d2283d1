package consolidate

import (
	"time"

	"github.com/sitrep/sitrep/internal/news"
)

// claimOpt adjusts a test claim.
type claimOpt func(*news.Claim)

func exact(v float64) news.Value  { return news.Value{Kind: news.KindExact, V: v} }
func approx(v float64) news.Value { return news.Value{Kind: news.KindApprox, V: v} }
func atMost(v float64) news.Value { return news.Value{Kind: news.KindMax, V: v} }
func atLeast(v float64) news.Value {
	return news.Value{Kind: news.KindMin, V: v}
}
func between(lo, hi float64) news.Value {
	return news.Value{Kind: news.KindRange, Low: lo, High: hi}
}

// quantity is a North Korean personnel deployed claim in Russia by a named
// agency, asserted and undated, unless opts say otherwise.
func quantity(id, doc, source string, v news.Value, opts ...claimOpt) news.Claim {
	c := news.Claim{
		ID: id, Type: news.ClaimQuantity, Doc: doc, Quote: news.Group(v.V) + " troops",
		Value: &v, Actor: news.Str("North Korea"), Measure: news.Str("deployed"),
		What: news.Str("personnel"), Location: news.Str("Russia"),
		Source: news.Source{Name: source, Type: news.SourceAgency}, Via: []string{},
		Hedge: news.HedgeAsserted,
	}
	for _, o := range opts {
		o(&c)
	}
	return c
}

func statement(id, doc, source, text string, opts ...claimOpt) news.Claim {
	c := news.Claim{
		ID: id, Type: news.ClaimStatement, Doc: doc, Quote: text, Sentence: text,
		Source: news.Source{Name: source, Type: news.SourcePerson}, Via: []string{},
		Hedge: news.HedgeAsserted,
	}
	for _, o := range opts {
		o(&c)
	}
	return c
}

func said(d string) claimOpt      { return func(c *news.Claim) { c.SaidOn = news.Str(d) } }
func published(d string) claimOpt { return func(c *news.Claim) { c.Published = news.Str(d) } }
func at(loc string) claimOpt      { return func(c *news.Claim) { c.Location = news.Str(loc) } }
func measure(m, what string) claimOpt {
	return func(c *news.Claim) { c.Measure, c.What = news.Str(m), news.Str(what) }
}
func actor(a string) claimOpt   { return func(c *news.Claim) { c.Actor = news.Str(a) } }
func hedge(h string) claimOpt   { return func(c *news.Claim) { c.Hedge = h } }
func srcType(t string) claimOpt { return func(c *news.Claim) { c.Source.Type = t } }
func via(v ...string) claimOpt  { return func(c *news.Claim) { c.Via = v } }
func rate(per string) claimOpt  { return func(c *news.Claim) { c.Per = news.Str(per) } }
func noun(n string) claimOpt    { return func(c *news.Claim) { c.Noun = news.Str(n) } }

// places is a tiny stand-in for the gazetteer's parent chains.
func places(loc string) []string {
	parents := map[string]string{"Kursk": "Russia", "Belgorod": "Russia", "Sudzha": "Kursk", "Donetsk": "Ukraine"}
	chain := []string{loc}
	for p, ok := parents[loc]; ok; p, ok = parents[p] {
		chain = append(chain, p)
	}
	return chain
}

func demonym(a string) string {
	return map[string]string{"North Korea": "North Korean", "Russia": "Russian", "Ukraine": "Ukrainian"}[a]
}

var testOpt = Options{Parents: places, Demonym: demonym}

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

func docs(ds ...DocInfo) map[string]DocInfo {
	m := map[string]DocInfo{}
	for _, d := range ds {
		m[d.ID] = d
	}
	return m
}
