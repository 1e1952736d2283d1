package quantity

import (
	"strings"
	"unicode"

	"github.com/sitrep/sitrep/internal/analysis/numbers"
	"github.com/sitrep/sitrep/internal/analysis/token"
	"github.com/sitrep/sitrep/internal/analysis/wordset"
	"github.com/sitrep/sitrep/internal/news"
)

// coordWords join two figures that share the verb after the second one, in
// the languages whose verb comes last or after a list: "67 Raketen und
// 194 Drohnen ... abgefeuert", "145 drones and four missiles were fired".
var coordWords = wordset.New(map[string]bool{
	"and": true, "or": true, "as": true, "well": true, "plus": true,
	"und": true, "oder": true, "sowie": true,
})

// plannable measures become "planned" when the verb they share is a plan:
// "sollen 1.000 Minenräumer und 5.000 Bauarbeiter entsandt werden".
var plannable = wordset.New(map[string]bool{"deployed": true, "supplied": true, "reinforced": true, "trained": true, "produced": true})

// maxShareGap bounds the bytes between a share and the figure it is of:
// "per cent of the army's".
const maxShareGap = 24

// shareBackward gives a figure that found no measure of its own the
// measure of the figure joined right after it (or whose measure the plan
// of that figure's verb makes planned), from the sentence's
// figures starting at index from of Doc.Quantities: the verb after the
// second figure tells what happened to both.
func (sc *sentence) shareBackward(from int) {
	qs := sc.d.Quantities
	for i := from; i < len(qs); i++ {
		sc.settle(&qs[i])
		sc.dativeOrder(&qs[i])
	}
	for i := from + 1; i < len(qs); i++ {
		if a, b := &qs[i-1], &qs[i]; (b.Measure == "" || b.Measure == "other") && lossMeasures.Has(a.Measure) && sc.breakdown(a.End, b.Number.Start) {
			// "killing seven people - a local doctor and six labourers",
			// "We lost three members: a conductor and two track workers":
			// the parts a dash or a colon lists after a toll befell the
			// same, and are its people.
			b.Measure = a.Measure
			if b.What == "personnel" || b.What == "people" || b.What == "other" {
				b.What = a.What
			}
			if b.Actor == "" {
				b.Actor = a.Actor
			}
			if b.Location == "" {
				b.Location = a.Location
			}
		}
	}
	for i := len(qs) - 2; i >= from; i-- {
		a, b := &qs[i], &qs[i+1]
		if a.What == "percent" && a.Actor == "" && b.Actor != "" && a.End <= b.Number.Start && b.Number.Start-a.End <= maxShareGap && sc.s.Lex.Lang == "en" {
			// "about 90 per cent of the army's 100,000 soldiers": a share
			// of a side's figure is that side's.
			if gap := strings.TrimSpace(sc.d.Text[a.End:b.Number.Start]); gap == "of" || strings.HasPrefix(gap, "of ") {
				a.Actor = b.Actor
			}
		}
		// "Two soldiers and two civilian porters died": a verb of loss
		// after the pair befell both, whatever deployment the first's
		// noun suggested.
		lossOver := events.Has(b.Measure) && (a.Measure == "deployed" || a.Measure == "captured" && sc.takenNoun(a.Noun)) && strings.TrimSpace(sc.d.Text[min(a.End, b.Number.Start):b.Number.Start]) == "and"
		if b.Measure == "" || b.Measure == "other" || a.Measure != "" && a.Measure != "other" && !(b.Measure == "planned" && plannable.Has(a.Measure)) && !lossOver {
			continue
		}
		if a.End > b.Number.Start || !joinedOnly(sc.d.Text[a.End:b.Number.Start]) {
			continue
		}
		a.Measure, a.What = refine(b.Measure, a.What)
		what, _ := sc.s.Lex.Nouns.Get(a.Noun)
		if lossMeasures.Has(a.Measure) && what == "people" {
			// "21 hostages and four soldiers had died", "20 civilians
			// and a dozen gunmen were killed": people lost are casualties.
			a.What = "casualties"
		}
		if a.Actor == "" && what != "people" {
			// People are no side's for being listed beside its soldiers
			// ("51 protesters and 14 police officers").
			a.Actor = b.Actor
		}
		if a.Location == "" {
			a.Location = b.Location
		}
	}
}

// takenNoun reports whether a noun itself says its people were taken
// ("hostages", "prisoners"): a verb of loss after it tells what befell them
// since ("21 hostages and four soldiers had died").
func (sc *sentence) takenNoun(noun string) bool {
	v, ok := sc.s.Lex.Measures.Get(noun)
	return ok && v == "captured"
}

// joinedOnly reports whether the text between two figures is only commas
// and words that join them: a list ("1.200 Gleitbomben, 870 Drohnen und
// 80 Raketen ... eingesetzt").
func joinedOnly(gap string) bool {
	if strings.TrimSpace(gap) == "" {
		return false // one figure's parts
	}
	for w := range strings.FieldsFuncSeq(gap, func(r rune) bool { return r == ',' || unicode.IsSpace(r) }) {
		w = strings.ToLower(w)
		if !coordWords.Has(w) && !joiners.Has(w) {
			return false
		}
	}
	return true
}

// maxBreakdownWords bounds the words between a toll and a part of it that
// a dash or a colon opens ("- a local doctor and").
const maxBreakdownWords = 6

// breakdown reports whether the text between offsets from and to opens
// with a dash or a colon and holds a few words of no verb of a measure
// before the next figure: a list of what a figure is made of.
func (sc *sentence) breakdown(from, to int) bool {
	if from >= to {
		return false
	}
	gap := strings.TrimSpace(sc.d.Text[from:to])
	rest, ok := strings.CutPrefix(gap, ":")
	if !ok {
		for _, d := range []string{"—", "–", "-"} {
			if rest, ok = strings.CutPrefix(gap, d); ok {
				break
			}
		}
	}
	if !ok || strings.ContainsAny(rest, ".;:—–()") {
		return false
	}
	n := 0
	for w := range strings.FieldsSeq(rest) {
		if n++; n > maxBreakdownWords {
			return false
		}
		if _, ok := sc.s.Lex.Measures.Get(strings.ToLower(strings.Trim(w, ","))); ok {
			return false
		}
	}
	return true
}

// countedAfter reports whether a counted noun follows the figure, right
// after it or after one adjective: "1500 bis 2000 weiteren Soldaten",
// "mehr als 2000 Dollar" count, as a year does not.
func (sc *sentence) countedAfter(m numbers.Mention) bool {
	ti := sc.tokIndex(m.End)
	for j := ti; j < len(sc.toks) && j <= ti+1; j++ {
		if sc.toks[j].Kind != token.Word {
			return false
		}
		if n, what := sc.s.Lex.Nouns.MatchWords(sc.words, j); n > 0 && what != "duration" {
			return true
		}
	}
	return false
}

// settle mends a measure that depends on what is counted: people are not
// launched but sent ("Soldaten eingesetzt" uses the word of "Drohnen
// eingesetzt"), and people sent in addition to those before reinforce
// them, told by an addition word of the language's discourse list inside
// the quote ("weitere 3.000 Soldaten", "3.000 zusätzliche Soldaten"), which
// the measure list cannot hold as it would end the noun phrase.
func (sc *sentence) settle(q *news.Quantity) {
	if q.What != "personnel" {
		return
	}
	if q.Measure == "launched" || q.Measure == "produced" {
		q.Measure = "deployed" // people are not fired or built but sent: "assembled 30,000 troops"
	}
	if q.Measure != "deployed" || sc.s.Lex.Discourse.Empty() {
		return
	}
	for j, t := range sc.toks {
		if t.Start < q.Start || t.End > q.End {
			continue
		}
		if n, kind := sc.s.Lex.Discourse.MatchWords(sc.words, j); n > 0 && kind == "addition" {
			q.Measure = "reinforced"
			return
		}
	}
}

// sendMeasures are the measures of a sender giving something to a receiver.
var sendMeasures = wordset.New(map[string]bool{"supplied": true, "deployed": true, "planned": true, "reinforced": true, "trained": true})

// dativeOrder reads German word order, where the verb comes last and both
// sides stand before the figure, the subject first and the receiver in the
// dative after it: "Nordkorea hat Russland 148 Raketen geliefert",
// "Nordkorea will Russland mit Tausenden Arbeitskräften unterstützen". The
// country nearest the figure is then the receiver, not the sender, when
// only the finite verb stands between the two.
func (sc *sentence) dativeOrder(q *news.Quantity) {
	if sc.s.Lex.Lang != "de" || !sendMeasures.Has(q.Measure) {
		return
	}
	var sides []string
	var starts, ends []int
	for _, e := range sc.ents {
		if e.End > q.Number.Start {
			break
		}
		c := ""
		switch {
		case e.Demonym:
		case e.Type == news.EntityCountry:
			c = e.Canonical
		case e.StandsFor != "":
			c = e.StandsFor
		}
		if c != "" {
			sides = append(sides, c)
			starts = append(starts, e.Start)
			ends = append(ends, e.End)
		}
	}
	if n := len(sides); n > 2 {
		// A dateline or an earlier clause may name others: the two last.
		sides, starts, ends = sides[n-2:], starts[n-2:], ends[n-2:]
	}
	if len(sides) != 2 || sides[0] == sides[1] || q.Actor != sides[1] {
		return
	}
	// Only the finite verb stands between them ("hat", "will"), and no
	// comma parts them from the figure.
	gap := strings.Fields(sc.d.Text[ends[0]:starts[1]])
	if len(gap) == 0 || len(gap) > 2 || strings.Contains(sc.d.Text[starts[0]:q.Number.Start], ",") {
		return
	}
	for _, w := range gap {
		if strings.ToLower(w) != w || strings.ContainsAny(w, ".,;:–—-") {
			return
		}
	}
	q.Actor = sides[0]
	if q.Location == "" || q.Location == sides[0] {
		q.Location = sides[1]
	}
}
