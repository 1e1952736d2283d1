package quantity

import (
	"github.com/sitrep/sitrep/internal/analysis/wordset"
	"github.com/sitrep/sitrep/internal/news"
)

// lossOwner finds whose losses a figure of people counts when the clause
// before it names them next to a word of loss: "потери КНДР достигли 4700
// человек", "КНДР потеряла ... 4,7 тыс. человек", "число погибших
// северокорейцев примерно в 300 человек". A bare counter such as
// "человек" says nothing of its own side, but the loss it measures does.
// It returns the entity index, or -1.
func (sc *sentence) lossOwner(k int, measure string) int {
	if !lossMeasures.Has(measure) {
		return -1
	}
	m := sc.nums[k]
	from := sc.clauseStart(sc.tokIndex(m.Start))
	for i := len(sc.ents) - 1; i >= 0; i-- {
		e := sc.ents[i]
		if e.End > m.Start {
			continue
		}
		if e.Start < from {
			break
		}
		if sc.srcs[i] || !(e.Demonym || e.Type == news.EntityCountry) || sc.placedOrTarget(e) {
			continue
		}
		a, b := sc.tokIndex(e.Start), sc.tokIndex(e.End)
		if lossMeasures.Has(sc.measureEndingAt(a)) || lossMeasures.Has(sc.measureOf(b)) {
			return i
		}
	}
	return -1
}

// lossMeasures are the measures of a side's losses.
var lossMeasures = wordset.New(map[string]bool{"casualties": true, "killed": true, "wounded": true, "missing": true})

// measureEndingAt returns the measure of a word or phrase of the lexicon
// that ends right before token j, or "".
func (sc *sentence) measureEndingAt(j int) string {
	for s := j - 1; s >= 0 && s >= j-3; s-- {
		if n, v := sc.s.Lex.Measures.MatchWords(sc.words, s); n > 0 && s+n == j {
			return v
		}
	}
	return ""
}
