package alert

import (
	"fmt"
	"slices"
	"testing"

	"github.com/sitrep/sitrep/internal/consolidate"
	"github.com/sitrep/sitrep/internal/news"
)

// fig is a hand-made quantity claim: North Korean personnel deployed in a place.
func fig(id, doc, source, loc string, v float64, date string) news.Claim {
	return news.Claim{ID: id, Type: news.ClaimQuantity, Doc: doc, Quote: fmt.Sprintf("%v troops", v),
		Sentence: fmt.Sprintf("%s said %v troops were deployed.", source, v),
		Value:    &news.Value{Kind: news.KindExact, V: v}, Noun: news.Str("troops"), What: news.Str("personnel"),
		Measure: news.Str("deployed"), Actor: news.Str("North Korea"), Location: news.Str(loc),
		Source: news.Source{Name: source, Type: news.SourceAgency}, Via: []string{}, Hedge: news.HedgeAsserted,
		SaidOn: news.Str(date)}
}

// approx makes a claim's figure approximate: consolidation widens it by 10%.
func approx(c news.Claim) news.Claim {
	c.Value = &news.Value{Kind: news.KindApprox, V: c.Value.V}
	return c
}

func stmt(id, doc, source, quote string) news.Claim {
	return news.Claim{ID: id, Type: news.ClaimStatement, Doc: doc, Quote: quote, Sentence: quote,
		Source: news.Source{Name: source, Type: news.SourcePerson}, Via: []string{}, Hedge: news.HedgeAsserted}
}

func input(cs ...news.Claim) consolidate.Input {
	in := consolidate.Input{Claims: cs, Docs: map[string]consolidate.DocInfo{}}
	for _, c := range cs {
		in.Docs[c.Doc] = consolidate.DocInfo{ID: c.Doc, URL: "https://example.org/" + c.Doc}
	}
	return in
}

type kindClaim struct {
	kind  Kind
	claim string
}

func TestEvaluate(t *testing.T) {
	old := []news.Claim{
		fig("c1", "d1", "South Korea NIS", "Russia", 11000, "2025-01-10"),
		fig("c2", "d2", "HUR", "Russia", 12000, "2025-01-12"),
		stmt("s1", "d1", "Kim Byung-kee", "North Korean troops are learning to fight with drones in Kursk"),
	}
	for _, tc := range []struct {
		name  string
		rules []Rule
		fresh []news.Claim
		want  []kindClaim
	}{
		{"figure in range", DefaultRules(),
			[]news.Claim{approx(fig("c3", "d3", "Pentagon", "Russia", 11500, "2025-01-15"))},
			[]kindClaim{{NewPoint, "c3"}}},
		{"figure above range and in conflict", DefaultRules(),
			[]news.Claim{fig("c3", "d3", "Pentagon", "Russia", 30000, "2025-01-15")},
			[]kindClaim{{NewPoint, "c3"}, {OutOfRange, "c3"}, {NewConflict, "c3"}, {NewConflict, "c3"}}},
		{"first figure of a series", DefaultRules(),
			[]news.Claim{{ID: "c9", Type: news.ClaimQuantity, Doc: "d9", Quote: "40 drones", Value: &news.Value{Kind: news.KindExact, V: 40},
				What: news.Str("drones"), Measure: news.Str("launched"), Actor: news.Str("Russia"),
				Source: news.Source{Name: "Ukrainian Air Force", Type: news.SourceMilitary}, Via: []string{}, Hedge: news.HedgeAsserted}},
			[]kindClaim{{NewPoint, "c9"}}},
		{"filtered out by actor", []Rule{{Name: "r", When: Kinds, Actor: "Russia"}},
			[]news.Claim{fig("c3", "d3", "Pentagon", "Russia", 30000, "2025-01-15")}, nil},
		{"filtered in by source type and location inside", []Rule{{Name: "r", When: []Kind{NewPoint}, Source: "agency", Location: "Russia"}},
			[]news.Claim{fig("c3", "d3", "Pentagon", "Russia", 11500, "2025-01-15")},
			[]kindClaim{{NewPoint, "c3"}}},
		{"reprint of a known figure is no news", DefaultRules(),
			[]news.Claim{fig("c3", "d1", "South Korea NIS", "Russia", 11000, "2025-01-10")}, nil},
		{"a new source for a statement", []Rule{{Name: "r", When: []Kind{NewSource}}},
			[]news.Claim{stmt("s2", "d3", "Rustem Umerov", "North Korean troops are learning to fight with drones in Kursk, Umerov said")},
			[]kindClaim{{NewSource, "s2"}}},
		{"a new statement alone is no new source", []Rule{{Name: "r", When: []Kind{NewSource}}},
			[]news.Claim{stmt("s2", "d3", "Rustem Umerov", "Pyongyang sent artillery shells by rail")}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := input(append(slices.Clone(old), tc.fresh...)...)
			newDocs := map[string]bool{}
			for _, c := range tc.fresh {
				newDocs[c.Doc] = true
			}
			// A new claim in an old document (the reprint case) counts as
			// old: documents are immutable, so mark only unseen ones new.
			for _, c := range old {
				delete(newDocs, c.Doc)
			}
			as := Evaluate(tc.rules, in, newDocs, consolidate.Options{})
			var got []kindClaim
			keys := map[string]bool{}
			for _, a := range as {
				got = append(got, kindClaim{a.Kind, a.Claim})
				if keys[a.Key] {
					t.Errorf("key %s twice", a.Key)
				}
				keys[a.Key] = true
				if a.Title == "" || a.Quote == "" || a.Link == "" {
					t.Errorf("alert without title, quote or link: %+v", a)
				}
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("alerts %v, want %v", got, tc.want)
			}
			// The same input gives the same keys.
			again := Evaluate(tc.rules, in, newDocs, consolidate.Options{})
			for i := range again {
				if again[i].Key != as[i].Key {
					t.Errorf("alert %d key changed between evaluations", i)
				}
			}
		})
	}
}

func TestEvaluateNothingNew(t *testing.T) {
	in := input(fig("c1", "d1", "NIS", "Russia", 1, "2025-01-01"))
	if as := Evaluate(DefaultRules(), in, nil, consolidate.Options{}); len(as) != 0 {
		t.Errorf("alerts without new documents: %+v", as)
	}
}

// BenchmarkEvaluate: 500 approximate figures of one series from 17 sources
// over four weeks, 10 of them new; the figures agree within tolerance, as
// reporting mostly does (every pair disagreeing is quadratic in conflicts).
func BenchmarkEvaluate(b *testing.B) {
	var cs []news.Claim
	newDocs := map[string]bool{}
	for i := range 500 {
		doc := fmt.Sprintf("d%d", i)
		cs = append(cs, approx(fig(fmt.Sprintf("c%d", i), doc, fmt.Sprintf("src%d", i%17), "Russia", float64(11000+i%7*100),
			fmt.Sprintf("2025-01-%02d", i%28+1))))
		if i%50 == 0 {
			newDocs[doc] = true
		}
	}
	in := input(cs...)
	for b.Loop() {
		Evaluate(DefaultRules(), in, newDocs, consolidate.Options{})
	}
}

// BenchmarkEvaluateManySeries: 5,000 figures in 50 series (actors), new
// figures in one of them: only that series is consolidated again.
func BenchmarkEvaluateManySeries(b *testing.B) {
	var cs []news.Claim
	newDocs := map[string]bool{}
	for i := range 5000 {
		doc := fmt.Sprintf("d%d", i)
		c := approx(fig(fmt.Sprintf("c%d", i), doc, fmt.Sprintf("src%d", i%17), "Russia", float64(11000+i%7*100),
			fmt.Sprintf("2025-01-%02d", i%28+1)))
		c.Actor = news.Str(fmt.Sprintf("actor%d", i%50))
		cs = append(cs, c)
		if i%500 == 0 {
			newDocs[doc] = true
		}
	}
	in := input(cs...)
	for b.Loop() {
		Evaluate(DefaultRules(), in, newDocs, consolidate.Options{})
	}
}
