package quantity

import "strings"

// reinforceWords before or after a figure make it an addition
// ("an additional 3,000", "200 more", "another 1,500").
var reinforceWords = map[string]bool{"additional": true, "more": true, "another": true, "extra": true, "fresh": true, "further": true}

// measureHit is a measure word found near a figure.
type measureHit struct {
	measure string
	tok     int // token index where the phrase starts
	n       int // its length in tokens
}

// measure reads the measure of mention k with noun phrase np: a noun that
// implies one ("casualties", "reinforcements"), an addition word, the
// participle or verb after the noun ("troops sent", "killed or wounded"),
// else the nearest verb before the figure ("has sent", "provided").
// It returns the hit (tok -1 when none) so callers can extend the quote.
func (sc *sentence) measure(k int, np nounPhrase) measureHit {
	lex := sc.s.Lex
	m := sc.nums[k]
	first := sc.tokIndex(m.Start)
	last := np.end
	if np.head < 0 {
		last = sc.tokIndex(m.End)
	}
	// Scope: from the previous figure to the next one, and after the figure
	// to the end of its clause.
	lo := 0
	if k > 0 {
		lo = sc.tokIndex(sc.nums[k-1].End)
	}
	hi := len(sc.toks)
	if k+1 < len(sc.nums) {
		hi = sc.tokIndex(sc.nums[k+1].Start)
	}
	for j := last; j < hi; j++ {
		if w := sc.word(j); w == "," || w == ";" || w == ":" || w == "—" {
			hi = j
			break
		}
	}
	if np.head >= 0 {
		if n, v := lex.Measures.MatchAt(sc.d.Text, sc.toks, np.head); n > 0 && v != "deployed" {
			return measureHit{v, np.head, n}
		}
	}
	if q := strings.Fields(strings.ToLower(m.Qualifier)); len(q) > 0 {
		for i, w := range q {
			if reinforceWords[w] && !(w == "more" && i+1 < len(q) && q[i+1] == "than") {
				return measureHit{"reinforced", first, 1}
			}
		}
	}
	for _, j := range []int{first - 1, first - 2, last} {
		if reinforceWords[sc.word(j)] && !(sc.word(j) == "more" && sc.word(j+1) == "than") {
			return measureHit{"reinforced", j, 1}
		}
	}
	// After the noun: participles and verbs of the figure's own clause.
	var after measureHit
	after.tok = -1
	for j := last; j < hi && j < last+8; j++ {
		if n, v := lex.Measures.MatchAt(sc.d.Text, sc.toks, j); n > 0 && !reinforceWords[sc.word(j)] {
			after = measureHit{v, j, n}
			break
		}
	}
	if after.tok >= 0 && after.tok-last <= 5 {
		return after
	}
	// Before the figure: the nearest verb since the previous figure.
	for j := first - 1; j >= lo; j-- {
		n, v := lex.Measures.MatchAt(sc.d.Text, sc.toks, j)
		if n > 0 && j+n <= first && !reinforceWords[sc.word(j)] {
			return measureHit{v, j, n}
		}
	}
	return after
}

// refine adjusts a measure to what is counted: deploying weapons is
// supplying them; killing counts casualties.
func refine(measure, what string) (string, string) {
	switch what {
	case "equipment", "munitions", "missiles", "drones", "money":
		if measure == "deployed" || measure == "reinforced" {
			measure = "supplied"
		}
	}
	switch measure {
	case "killed", "wounded", "casualties":
		if what == "personnel" || what == "other" || what == "" {
			what = "casualties"
		}
	}
	if what == "casualties" && measure == "" {
		measure = "casualties"
	}
	return measure, what
}
