package alert

import (
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/sitrep/sitrep/internal/consolidate"
	"github.com/sitrep/sitrep/internal/news"
)

// Evaluate returns the alerts that the claims of the documents in newDocs
// raise against the rest of in, rule by rule.
//
// A point of a series is new when every claim behind it is new (a reprint
// joining a known point is not news); it is out of range when the series
// has older points and the new figure lies wholly above or below all of
// them. A conflict is new when one of its sides is a new point. A
// proposition gains a new source when a source backs it only with new
// claims while another backed it before.
//
// Evaluate is pure: the same claims and the same new documents give the same
// alerts with the same keys, which is what lets a restarted watcher
// re-evaluate without raising anything twice.
func Evaluate(rules []Rule, in consolidate.Input, newDocs map[string]bool, opt consolidate.Options) []Alert {
	if len(newDocs) == 0 {
		return nil
	}
	e := &evaluator{in: in, opt: opt, newDocs: newDocs, byID: map[string]*news.Claim{}}
	for i := range in.Claims {
		e.byID[in.Claims[i].ID] = &in.Claims[i]
	}
	var out []Alert
	need := func(k Kind) bool {
		return slices.ContainsFunc(rules, func(r Rule) bool { return r.wants(k) })
	}
	figures := touched(in, newDocs)
	if need(NewPoint) || need(OutOfRange) {
		for _, s := range consolidate.Series(figures, opt) {
			out = append(out, e.series(rules, &s)...)
		}
	}
	if need(NewConflict) {
		for _, c := range consolidate.Conflicts(figures, opt) {
			out = append(out, e.conflict(rules, &c)...)
		}
	}
	if need(NewSource) {
		for _, p := range consolidate.Propositions(in, opt) {
			out = append(out, e.proposition(rules, &p)...)
		}
	}
	return out
}

// touched keeps the quantity claims of the series that new claims fall
// in: those sharing actor, measure and what with a new claim. Series,
// their nesting of places and their conflicts depend on nothing else, so
// the rest of the store need not be consolidated again on every poll.
func touched(in consolidate.Input, newDocs map[string]bool) consolidate.Input {
	type base struct{ actor, measure, what string }
	baseOf := func(c *news.Claim) base {
		return base{strings.ToLower(news.Deref(c.Actor)), strings.ToLower(news.Deref(c.Measure)), strings.ToLower(news.Deref(c.What))}
	}
	bases := map[base]bool{}
	for i := range in.Claims {
		if c := &in.Claims[i]; c.Type == news.ClaimQuantity && newDocs[c.Doc] {
			bases[baseOf(c)] = true
		}
	}
	out := consolidate.Input{Docs: in.Docs}
	for i := range in.Claims {
		if c := &in.Claims[i]; c.Type == news.ClaimQuantity && bases[baseOf(c)] {
			out.Claims = append(out.Claims, *c)
		}
	}
	return out
}

type evaluator struct {
	in      consolidate.Input
	opt     consolidate.Options
	newDocs map[string]bool
	byID    map[string]*news.Claim
}

// age tells whether all the claims are new, all old, or a mix.
type age int

const (
	mixed age = iota
	allNew
	allOld
)

func (e *evaluator) age(ids []string) age {
	nNew := 0
	for _, id := range ids {
		if c := e.byID[id]; c != nil && e.newDocs[c.Doc] {
			nNew++
		}
	}
	switch nNew {
	case len(ids):
		return allNew
	case 0:
		return allOld
	}
	return mixed
}

// first returns the point's claim with the smallest id: stable whatever the
// order consolidation lists them in.
func (e *evaluator) first(ids []string) *news.Claim {
	if len(ids) == 0 {
		return nil
	}
	return e.byID[slices.Min(ids)]
}

func (e *evaluator) series(rules []Rule, s *news.Series) []Alert {
	var old, fresh []*news.Point
	for i := range s.Points {
		p := &s.Points[i]
		switch e.age(p.Claims) {
		case allNew:
			fresh = append(fresh, p)
		case allOld:
			old = append(old, p)
		}
	}
	if len(fresh) == 0 {
		return nil
	}
	lo, hi := valueRange(old)
	var out []Alert
	for _, p := range fresh {
		c := e.first(p.Claims)
		if c == nil {
			continue
		}
		for _, r := range rules {
			if !e.matchSeries(&r, s, p, c) {
				continue
			}
			if r.wants(NewPoint) {
				a := e.base(&r, NewPoint, c, key(r.Name, NewPoint, c.ID))
				a.Series, a.Value = &s.Key, &p.Value
				a.Title = fmt.Sprintf("%s: %s (%s, %s)", s.Label, p.Value.String(), p.Source.Name, dateOr(p.Date))
				if len(old) > 0 {
					a.Detail = fmt.Sprintf("%d earlier figures, from %s to %s", len(old), news.Group(lo), news.Group(hi))
				} else {
					a.Detail = "no earlier figure in this series"
				}
				out = append(out, a)
			}
			if r.wants(OutOfRange) && len(old) > 0 {
				plo, phi := reps(p.Value)
				if plo <= hi && phi >= lo {
					continue
				}
				dir := "above"
				if phi < lo {
					dir = "below"
				}
				a := e.base(&r, OutOfRange, c, key(r.Name, OutOfRange, c.ID))
				a.Series, a.Value = &s.Key, &p.Value
				a.Title = fmt.Sprintf("%s: %s is %s the range so far (%s, %s)", s.Label, p.Value.String(), dir,
					p.Source.Name, dateOr(p.Date))
				a.Detail = fmt.Sprintf("%d earlier figures ranged from %s to %s", len(old), news.Group(lo), news.Group(hi))
				out = append(out, a)
			}
		}
	}
	return out
}

// reps returns the figures a value states: V, or a range's ends. Open
// ends (min, max) count as their stated figure: "at least 300" says 300.
func reps(v news.Value) (lo, hi float64) {
	if v.Kind == news.KindRange {
		return v.Low, v.High
	}
	return v.V, v.V
}

func valueRange(ps []*news.Point) (lo, hi float64) {
	lo, hi = math.Inf(1), math.Inf(-1)
	for _, p := range ps {
		l, h := reps(p.Value)
		lo, hi = min(lo, l), max(hi, h)
	}
	return lo, hi
}

func (e *evaluator) conflict(rules []Rule, c *consolidate.Conflict) []Alert {
	aNew, bNew := e.age(c.A.Claims) == allNew, e.age(c.B.Claims) == allNew
	if !aNew && !bNew {
		return nil
	}
	mine, other := &c.B, &c.A
	if !bNew {
		mine, other = &c.A, &c.B
	}
	nc, oc := e.first(mine.Claims), e.first(other.Claims)
	if nc == nil || oc == nil {
		return nil
	}
	pair := []string{nc.ID, oc.ID}
	slices.Sort(pair)
	s := &news.Series{Key: c.Key, Label: c.Label}
	var out []Alert
	for _, r := range rules {
		if !r.wants(NewConflict) || !e.matchSeries(&r, s, &mine.Point, nc) {
			continue
		}
		a := e.base(&r, NewConflict, nc, key(r.Name, NewConflict, pair[0], pair[1]))
		a.Series, a.Value = &c.Key, &mine.Value
		a.Title = fmt.Sprintf("%s: %s says %s, %s says %s", c.Label, mine.Source.Name, mine.Value.String(),
			other.Source.Name, other.Value.String())
		a.Detail = fmt.Sprintf("%d days apart (%s and %s)", c.DaysApart, dateOr(mine.Date), dateOr(other.Date))
		a.Other = ref(oc, &other.Value, other.Date)
		out = append(out, a)
	}
	return out
}

func (e *evaluator) proposition(rules []Rule, p *consolidate.Proposition) []Alert {
	var oldClaim *news.Claim
	var fresh []*consolidate.Support
	for i := range p.Support {
		sp := &p.Support[i]
		switch e.age(sp.Claims) {
		case allNew:
			fresh = append(fresh, sp)
		default:
			if c := e.first(sp.Claims); c != nil && (oldClaim == nil || c.ID < oldClaim.ID) {
				oldClaim = c
			}
		}
	}
	if oldClaim == nil || len(fresh) == 0 {
		return nil
	}
	var out []Alert
	for _, sp := range fresh {
		c := e.first(sp.Claims)
		if c == nil {
			continue
		}
		for _, r := range rules {
			if !r.wants(NewSource) || !e.matchClaim(&r, c) {
				continue
			}
			a := e.base(&r, NewSource, c, key(r.Name, NewSource, c.ID, oldClaim.ID))
			a.Title = fmt.Sprintf("%s now also says: %s", sp.Source.Name, clip(oneLine(p.Text), 120))
			a.Detail = fmt.Sprintf("%d independent sources (first: %s)", len(p.Support), oldClaim.Source.Name)
			a.Other = ref(oldClaim, nil, oldClaim.SaidOn)
			out = append(out, a)
		}
	}
	return out
}

func (e *evaluator) base(r *Rule, k Kind, c *news.Claim, key string) Alert {
	d := e.in.Docs[c.Doc]
	link := d.URL
	if link == "" {
		link = d.Path
	}
	return Alert{Key: key, Rule: r.Name, Kind: k, Quote: c.Quote, Source: c.Source, Link: link, Doc: c.Doc, Claim: c.ID}
}

func ref(c *news.Claim, v *news.Value, date *string) *Ref {
	return &Ref{Claim: c.ID, Doc: c.Doc, Quote: c.Quote, Source: c.Source, Value: v, Date: date}
}

// matchSeries applies a rule's filter to a figure of series s.
func (e *evaluator) matchSeries(r *Rule, s *news.Series, p *news.Point, c *news.Claim) bool {
	if !eq(r.Actor, s.Key.Actor) || !eq(r.Measure, s.Key.Measure) || !eq(r.What, s.Key.What) {
		return false
	}
	if r.Location != "" && !eq(r.Location, s.Key.Location) && !e.within(news.Deref(p.Location), r.Location) {
		return false
	}
	return matchSource(r.Source, c.Source) && matchText(r.Text, c)
}

// matchClaim applies a rule's filter to one claim.
func (e *evaluator) matchClaim(r *Rule, c *news.Claim) bool {
	if !eq(r.Actor, news.Deref(c.Actor)) || !eq(r.Measure, news.Deref(c.Measure)) || !eq(r.What, news.Deref(c.What)) {
		return false
	}
	if r.Location != "" && !e.within(news.Deref(c.Location), r.Location) {
		return false
	}
	return matchSource(r.Source, c.Source) && matchText(r.Text, c)
}

// within reports whether place is loc or lies inside it.
func (e *evaluator) within(place, loc string) bool {
	if place == "" {
		return false
	}
	chain := []string{place}
	if e.opt.Parents != nil {
		chain = e.opt.Parents(place)
	}
	return slices.ContainsFunc(chain, func(p string) bool { return strings.EqualFold(p, loc) })
}

func eq(want, got string) bool { return want == "" || strings.EqualFold(want, got) }

func matchSource(want string, s news.Source) bool {
	return want == "" || strings.EqualFold(want, s.Type) ||
		strings.Contains(strings.ToLower(s.Name), strings.ToLower(want))
}

func matchText(want string, c *news.Claim) bool {
	hay := strings.ToLower(c.Quote + " " + c.Sentence)
	for _, w := range strings.Fields(strings.ToLower(want)) {
		if !strings.Contains(hay, w) {
			return false
		}
	}
	return true
}

func dateOr(d *string) string {
	if d == nil {
		return "undated"
	}
	return *d
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
