package eval

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/sitrep/sitrep/internal/news"
)

// Fields are the claim fields whose accuracy is measured over found
// quantities, in score.py's order.
var Fields = []string{"measure", "what", "actor", "location", "source", "hedge"}

// Ratio counts hits out of a total.
type Ratio struct{ Hit, Total int }

// Rate is Hit/Total, or 0 when there is nothing to count.
func (r Ratio) Rate() float64 {
	if r.Total == 0 {
		return 0
	}
	return float64(r.Hit) / float64(r.Total)
}

func (r *Ratio) add(ok bool) {
	r.Total++
	if ok {
		r.Hit++
	}
}

// Result is a scoring run's outcome.
type Result struct {
	Gold      int // gold quantities
	Extracted int // quantity claims on the gold documents
	Found     int // gold quantities matched by a claim
	Precision float64
	Recall    float64
	F1        float64
	// Field holds the accuracy of each of Fields over the found quantities.
	Field map[string]Ratio
	// Covered counts gold attributions overlapped by some claim;
	// RightSource those where an overlapping claim names the right source.
	Covered, RightSource Ratio
	// Log lists every miss, wrong field, uncovered attribution and extra
	// claim, as score.py --verbose prints them.
	Log []string
}

// Score matches claims against the gold documents. texts holds each gold
// document's bytes keyed by GoldDoc.Name; claims are assigned to documents by
// the base name of Claim.Doc. Unlike score.py, texts are not newline-translated:
// offsets index the file's bytes, as CONTRACT.md says.
func Score(gold []GoldDoc, texts map[string][]byte, claims []news.Claim) Result {
	byDoc := make(map[string][]news.Claim)
	for _, c := range claims {
		name := filepath.Base(c.Doc)
		byDoc[name] = append(byDoc[name], c)
	}
	quants := make(map[string][]news.Claim)
	res := Result{Field: make(map[string]Ratio)}
	for _, g := range gold {
		name := g.Name()
		if _, seen := quants[name]; seen {
			continue
		}
		var qs []news.Claim
		for _, c := range byDoc[name] {
			if c.Value != nil {
				qs = append(qs, c)
			}
		}
		quants[name] = qs
		res.Extracted += len(qs)
	}
	used := make(map[string]map[int]bool)
	for _, g := range gold {
		name := g.Name()
		if used[name] == nil {
			used[name] = make(map[int]bool)
		}
		res.scoreDoc(name, texts[name], g, quants[name], byDoc[name], used[name])
	}
	res.Precision = ratio(res.Found, res.Extracted)
	res.Recall = ratio(res.Found, res.Gold)
	if res.Precision+res.Recall > 0 {
		res.F1 = 2 * res.Precision * res.Recall / (res.Precision + res.Recall)
	}
	return res
}

func (res *Result) scoreDoc(name string, text []byte, g GoldDoc, cands, all []news.Claim, used map[int]bool) {
	for _, gc := range g.Claims {
		res.Gold++
		sp, ok := spanOf(text, gc.Quote)
		best := -1
		for i, c := range cands {
			if ok && !used[i] && overlaps(c, sp) && sameValue(c.Value, gc.Value) {
				best = i
				break
			}
		}
		if best < 0 {
			res.logf("MISS  %s: %q %s", name, gc.Quote, gc.Value)
			continue
		}
		used[best] = true
		res.Found++
		res.checkFields(name, gc, cands[best])
	}
	for _, ga := range g.Attributions {
		sp, ok := spanOf(text, ga.Quote)
		var hits []news.Claim
		for _, c := range all {
			if ok && overlaps(c, sp) {
				hits = append(hits, c)
			}
		}
		res.Covered.add(len(hits) > 0)
		right := false
		for _, c := range hits {
			right = right || SameName(c.Source.Name, ga.Source)
		}
		res.RightSource.add(right)
		if !right {
			got := make([]string, len(hits))
			for i, c := range hits {
				got[i] = Norm(c.Source.Name)
			}
			res.logf("ATTR  %s: %q want %q got %q", name, prefix(ga.Quote, 60), ga.Source, got)
		}
	}
	for i, c := range cands {
		if !used[i] {
			res.logf("EXTRA %s: %q %s", name, c.Quote, c.Value)
		}
	}
}

func (res *Result) checkFields(name string, gc GoldClaim, c news.Claim) {
	measureOK := false
	for _, m := range append([]string{gc.Measure}, gc.MeasureAlt...) {
		measureOK = measureOK || news.Deref(c.Measure) == m
	}
	checks := []struct {
		field     string
		ok        bool
		want, got string
	}{
		{"measure", measureOK, gc.Measure, news.Deref(c.Measure)},
		{"what", news.Deref(c.What) == gc.What, gc.What, news.Deref(c.What)},
		{"actor", SameName(news.Deref(c.Actor), news.Deref(gc.Actor)), news.Deref(gc.Actor), news.Deref(c.Actor)},
		{"location", SameName(news.Deref(c.Location), news.Deref(gc.Location)), news.Deref(gc.Location), news.Deref(c.Location)},
		{"source", SameName(c.Source.Name, gc.Source), gc.Source, c.Source.Name},
		{"hedge", c.Hedge == gc.Hedge, gc.Hedge, c.Hedge},
	}
	for _, ch := range checks {
		r := res.Field[ch.field]
		r.add(ch.ok)
		res.Field[ch.field] = r
		if !ch.ok {
			res.logf("WRONG %s %s: %q want %q got %q", ch.field, name, gc.Quote, ch.want, ch.got)
		}
	}
}

func (res *Result) logf(format string, args ...any) {
	res.Log = append(res.Log, fmt.Sprintf(format, args...))
}

// Summary renders the result as score.py's closing lines.
func (res Result) Summary() string {
	var b strings.Builder
	b.WriteString("field accuracy over found quantities:")
	for i, f := range Fields {
		sep := ","
		if i == 0 {
			sep = ""
		}
		if r := res.Field[f]; r.Total > 0 {
			fmt.Fprintf(&b, "%s %s %.2f", sep, f, r.Rate())
		} else {
			fmt.Fprintf(&b, "%s %s -", sep, f)
		}
	}
	b.WriteByte('\n')
	if n := res.Covered.Total; n > 0 {
		fmt.Fprintf(&b, "attributions %d: covered %.2f, right source %.2f\n", n, res.Covered.Rate(), res.RightSource.Rate())
	}
	fmt.Fprintf(&b, "quantities: gold %d, extracted %d, found %d: precision %.2f recall %.2f F1 %.2f\n",
		res.Gold, res.Extracted, res.Found, res.Precision, res.Recall, res.F1)
	return b.String()
}

// spanOf locates the first occurrence of quote in text, as score.py does.
func spanOf(text []byte, quote string) (news.Span, bool) {
	i := bytes.Index(text, []byte(quote))
	if i < 0 {
		return news.Span{}, false
	}
	return news.Span{Start: i, End: i + len(quote)}, true
}

func overlaps(c news.Claim, sp news.Span) bool {
	return c.Start < sp.End && c.End > sp.Start
}

func sameValue(v *news.Value, g news.Value) bool {
	if v == nil || v.Kind != g.Kind {
		return false
	}
	if g.Kind == news.KindRange {
		return v.Low == g.Low && v.High == g.High
	}
	return v.V == g.V
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func prefix(s string, n int) string {
	r := []rune(s)
	if len(r) > n {
		return string(r[:n])
	}
	return s
}
