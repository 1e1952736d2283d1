package quantity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/news"

	"github.com/sitrep/sitrep/internal/analysis/token"
	"github.com/sitrep/sitrep/internal/analysis/wordset"
)

// reinforceWords before or after a figure make it an addition
// ("an additional 3,000", "200 more", "another 1,500").
var reinforceWords = wordset.New(map[string]bool{"additional": true, "more": true, "another": true, "extra": true, "fresh": true, "further": true})

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
	if np.head < 0 && !np.partitive {
		last = sc.tokIndex(m.End)
	}
	// Scope: from the previous figure to the next one, and after the figure
	// to the end of its clause.
	lo := 0
	if k > 0 {
		lo = sc.tokIndex(sc.nums[k-1].End)
	}
	hi := len(sc.toks)
	for n := k + 1; n < len(sc.nums); n++ {
		// the next figure, past one inside the noun phrase ("48 of 72
		// drones had been shot down")
		if t := sc.tokIndex(sc.nums[n].Start); t >= last {
			hi = t
			break
		}
	}
	hi = sc.clauseEnd(last, hi)
	if np.head >= 0 {
		if n, v := lex.Measures.MatchWords(sc.words, np.head); n > 0 && v != "deployed" && v != "reinforced" && v != "trained" {
			if v == "captured" {
				// "21 hostages had died": what befell the people the noun
				// says were taken.
				if h := sc.verbMeasure(k, first, last, max(lo, np.head+n), hi); h.tok > np.head && events.Has(h.measure) && h.measure != "captured" && !sc.joinBetween(np.head+n, h.tok) {
					return h
				}
			}
			return measureHit{v, np.head, n}
		}
		if strikeNouns.Has(sc.word(np.head)) && np.head >= sc.tokIndex(m.End) {
			return measureHit{"launched", np.head, 1} // "37 drone strikes on Kordofan towns"
		}
		// A loss participle between the figure and its noun says what
		// befell them, whatever verb follows: "about a dozen wounded
		// villagers were taken to hospital", "40 dead soldiers".
		for j := sc.tokIndex(m.End); j < np.head; j++ {
			if n, v := lex.Measures.MatchWords(sc.words, j); n > 0 && j+n <= np.head && lossMeasures.Has(v) && v != "casualties" {
				return measureHit{v, j, n}
			}
		}
		// So does one right after the noun of a figure that is a verb's
		// object: "the department received 54 people hurt in the
		// attacks" (a reduced relative, not the verb before).
		if n, v := sc.verbAt(last); n > 0 && (v == "killed" || v == "wounded") && first > 0 {
			if bn, _ := sc.verbAt(first - 1); bn > 0 {
				return measureHit{v, last, n}
			}
		}
	}
	// A verb before "that" belongs to another clause: "one person had been
	// killed and that several hundred homes had been left without power".
	for j := first - 1; j > lo; j-- {
		if w := sc.word(j); w == "that" || w == ";" {
			lo = j + 1
			break
		}
	}
	hit := sc.verbMeasure(k, first, last, lo, hi)
	if hit.measure == "released" && hit.tok < first && sc.word(hit.tok+hit.n) == "by" {
		// "In a video released by state media, he said he had been
		// offered 500,000 roubles": the participle is an earlier noun's.
		hit = measureHit{tok: -1}
	}
	if hit.measure == "found" && last < hi {
		if n, v := sc.verbAt(last); n > 0 {
			hit = measureHit{v, last, n} // "found six men guilty": what they were found to be
		}
	}
	if hit.tok < last {
		if c := sc.appositiveEnd(last, len(sc.toks)); c > 0 {
			// "Nine people, all of them holidaymakers from Iraq, were
			// killed", "Six Lebanese civilians, among them four
			// children, were also killed": the verb after the
			// apposition, which may count parts of its own.
			end := len(sc.toks)
			for n := k + 1; n < len(sc.nums); n++ {
				if t := sc.tokIndex(sc.nums[n].Start); t > c {
					end = t
					break
				}
			}
			if h := sc.verbMeasure(k, first, c+1, c+1, sc.clauseEnd(c+1, end)); h.tok > c {
				hit = h
			}
		}
	}
	if hit.measure == "captured" && hit.n == 1 && hit.tok == first-2 && sc.word(first-1) == "at" {
		// "Crude exports have held at around 3.3 million barrels a
		// day": a level kept, nothing taken.
		hit = measureHit{tok: -1}
	}
	if hit.tok >= 0 && hit.tok < first-2 && sc.word(first-1) == "at" && figureNouns.Has(sc.word(first-2)) && sc.word(first-2) != "toll" {
		// "We hold our market loss estimate at $500 million": the verb
		// keeps or sets the estimate; it says nothing of what it counts.
		hit = measureHit{tok: -1}
	}
	if hit.tok >= 0 {
		hit = sc.future(hit)
	}
	if hit.measure != "planned" && sc.word(last) != "already" {
		if it := sc.intentBefore(first, lo); it >= 0 && (!events.Has(hit.measure) || hit.tok < it || m.Currency != "" || np.what == "money") {
			// "wanted to reach 190", "would pay each refugee 100,000 drams",
			// "hoped to bring home another 1,000": a verb of intent governs
			// the verb right before the figure.
			return measureHit{"planned", first, 1}
		}
	}
	// An addition word makes reinforcements of people sent or of people
	// with no verb at all; a verb of another kind wins ("three more
	// soldiers went missing", "a further 2,000 were trained").
	if (np.what == "personnel" || np.what == "") && (hit.measure == "" || hit.measure == "deployed" || hit.measure == "used") && sc.reinforcement(k, first, last) {
		return measureHit{"reinforced", first, 1}
	}
	return hit
}

// clauseEnd returns the token where the clause that goes on at token from
// ends, at most hi: a comma, a colon, a dash or a word that opens another
// clause.
func (sc *sentence) clauseEnd(from, hi int) int {
	for j := from; j < hi; j++ {
		if w := sc.word(j); w == "," || w == ";" || w == ":" || w == "—" || w == "but" || w == "while" || w == "whereas" || clauseBreaks.Has(w) {
			return j
		}
	}
	return hi
}

// maxAppositiveTokens bounds an apposition between a figure's noun and
// its verb ("Nine people, all of them holidaymakers from Iraq, were").
const maxAppositiveTokens = 14

// appositiveEnd returns the comma that closes an apposition opening with
// a comma at token j, right after a figure's noun phrase, when an
// auxiliary or a measure verb follows it; else -1. An apposition holds no
// figure (hi is the next one) and no other punctuation.
func (sc *sentence) appositiveEnd(j, hi int) int {
	if sc.word(j) != "," {
		return -1
	}
	for c := j + 1; c < hi && c <= j+maxAppositiveTokens; c++ {
		switch w := sc.word(c); w {
		case ",":
			if c == j+1 {
				return -1
			}
			if n, _ := sc.verbAt(c + 1); n > 0 || auxiliaries.Has(sc.word(c+1)) {
				return c
			}
			return -1
		case ";", ":", "—", "(", ")", ".":
			return -1
		}
	}
	return -1
}

// auxiliaries open a verb phrase after an apposition: "were killed".
var auxiliaries = wordset.New(map[string]bool{"was": true, "were": true, "had": true, "have": true, "has": true, "are": true, "is": true, "been": true})

// verbMeasure finds the verb or participle that says what happened to the
// figure's noun: right before the figure ("killed 50", "launched a record
// 728"), right after its noun ("47 wounded"), shared with a figure it is
// coordinated with ("launched 728 drones and 13 missiles"), in its own
// clause after the noun, else the nearest before it since the previous
// figure.
func (sc *sentence) verbMeasure(k, first, last, lo, hi int) measureHit {
	if last < hi && sc.word(last) == "already" {
		// "will join roughly 11,000 personnel already stationed in the
		// state": what already befell the noun, not the verb before it.
		if n, v := sc.verbAt(last + 1); n > 0 && last+1 < hi {
			return measureHit{v, last + 1, n}
		}
	}
	for j := first - 2; j >= lo && j >= first-3; j-- {
		// A phrase of several words right before the figure: "calls up
		// two reserve brigades".
		if n, v := sc.verbAt(j); n > 1 && j+n == first && !sc.addition(j, n, v) {
			return sc.longest(measureHit{v, j, n}, lo)
		}
	}
	for j := first - 1; j >= lo && j >= first-3; j-- {
		if n, v := sc.verbAt(j); n > 0 && j+n <= first && !reinforceWords.Has(sc.word(j)) && !sc.addition(j, n, v) {
			return sc.longest(measureHit{v, j, n}, lo)
		}
		if w := sc.word(j); w != "a" && w != "an" && w != "the" && w != "record" && w != "another" && w != "some" && w != "over" {
			break
		}
	}
	after := measureHit{tok: -1}
	for j := last; j < hi && (j < last+8 || after.measure == "deployed" && j < last+maxParticipleTokens); j++ {
		if n, v := sc.verbAt(j); n > 0 && !reinforceWords.Has(sc.word(j)) {
			// A deployment word may be followed by what happened to the
			// people: "soldiers serving with the mission were killed".
			first := after.tok < 0
			if first || events.Has(v) {
				after = measureHit{v, j, n}
			}
			if first && v == "deployed" {
				continue
			}
			break
		}
		if w := sc.word(j); (w == "and" || w == "or" || conjunctions.Has(w)) && j > last && after.measure != "deployed" {
			// Not inside the phrase a deployment participle opens:
			// "soldiers serving with a regional force and with the U.N.
			// mission were killed".
			break
		}
		if sc.word(j) == "de" && sc.word(j+1) == "que" {
			break // "... y de que el Gobierno planea": another reported clause
		}
	}
	if after.tok >= 0 && after.tok-last <= 1 {
		return after
	}
	if h, ok := sc.coordinated(k); ok && h.measure != "" && h.measure != "other" {
		return h // a figure joined to one with a measure shares it
	}
	if after.tok >= 0 && after.tok-last <= 5 {
		return after
	}
	for j := first - 1; j >= lo; j-- {
		n, v := sc.verbAt(j)
		if n > 0 && j+n <= first && !reinforceWords.Has(sc.word(j)) && !sc.addition(j, n, v) && !(v == "deployed" && sc.determined(j)) {
			return sc.longest(measureHit{v, j, n}, lo)
		}
	}
	return after
}

// maxParticipleTokens bounds the phrase a deployment participle after a
// figure's noun opens ("serving with a regional force and with the U.N.
// mission") before the verb that says what befell the noun.
const maxParticipleTokens = 16

// verbAt matches a measure word at token j that can be a verb: not a noun
// a possessive ends ("about 1 percent of a ship's value").
func (sc *sentence) verbAt(j int) (int, string) {
	n, v := sc.s.Lex.Measures.MatchWords(sc.words, j)
	if n > 0 && j+n < len(sc.toks) && sc.toks[j+n].Kind == token.Possessive {
		return 0, ""
	}
	if n > 0 && j+n < len(sc.toks) && sc.s.Lex.Lang == "en" && titleCased(sc.toks[j].Text(sc.d.Text)) && titleCased(sc.toks[j+n].Text(sc.d.Text)) {
		return 0, "" // "Planning Minister Ahsan Iqbal": a word of a title or a name
	}
	if n == 1 && homonyms.Has(sc.word(j)) && sc.s.Lex.Lang == "en" && sc.nounUse(j) {
		return 0, ""
	}
	if v == "supplied" && sc.s.Lex.Lang == "en" && sc.givesFigures(j+n) {
		return 0, "" // "Ellery gives the familiar figures: 649 ...": she states them
	}
	return n, v
}

// titleCased reports whether a word opens with a capital and goes on in
// lower case ("Planning", not "KIDNAPPED" or "we").
func titleCased(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	for _, r := range w[n:] {
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// givesFigures reports whether the words from token j name figures given
// as information ("the familiar headline figures", "a toll of", "its
// own count"): a verb of giving before them states, it supplies nothing.
// English only.
func (sc *sentence) givesFigures(j int) bool {
	for end := min(j+maxFigureWords, len(sc.words)); j < end; j++ {
		w := sc.word(j)
		if figureNouns.Has(w) {
			return true
		}
		if sc.toks[j].Kind != token.Word || sc.s.Lex.Stop.Has(w) && w != "the" && w != "a" && w != "its" && w != "their" && w != "his" && w != "her" && w != "new" {
			return false
		}
	}
	return false
}

// maxFigureWords bounds the words between a verb of giving and the figure
// noun it gives ("the familiar headline figures").
const maxFigureWords = 5

// figureNouns are English nouns for figures given as information.
var figureNouns = wordset.New(map[string]bool{"figure": true, "figures": true, "toll": true, "tolls": true, "number": true, "numbers": true, "count": true, "counts": true, "tally": true, "tallies": true, "estimate": true, "estimates": true, "breakdown": true, "statistics": true, "total": true, "totals": true})

// nounUse reports whether a one-word English measure word in its base form
// stands where only a noun can: after an article ("the train", "on the
// move") or "of" ("an exchange of fire") or between a name and the noun it modifies ("Balochistan train
// siege"). A verb there would carry an ending or an auxiliary. Most
// measure words keep their sense as nouns ("the dead", "the target", "the
// launch"), so verbAt asks only for the homonyms.
func (sc *sentence) nounUse(j int) bool {
	w := sc.word(j)
	if j == 0 || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "en") {
		return false
	}
	switch sc.word(j - 1) {
	case "the", "a", "an", "this", "its", "their", "his", "her", "passenger", "freight", "of":
		return true // "of": "in the first exchange of fire"
	}
	// "Balochistan train siege": a name, the word, then a noun it
	// modifies.
	prev := sc.toks[j-1]
	return j+1 < len(sc.toks) && prev.Kind == token.Word && j-1 > 0 && isCapitalizedWord(sc.d.Text, prev.Span) && compoundHeads.Has(sc.word(j+1))
}

// homonyms are English measure words whose noun means something else: a
// train, a move, a fire, a ship, a station, the present.
var homonyms = wordset.New(map[string]bool{"train": true, "move": true, "fire": true, "ship": true, "station": true, "present": true})

// compoundHeads are nouns a measure word in its base form may modify.
var compoundHeads = wordset.New(map[string]bool{"siege": true, "station": true, "attack": true, "line": true, "hijacking": true, "crash": true, "service": true, "route": true})

// events are the measures of what happened to people, which win over a
// deployment word before them in the same clause.
var events = wordset.New(map[string]bool{"killed": true, "wounded": true, "casualties": true, "captured": true, "missing": true})

// addition reports whether a measure hit is a one-word addition of a
// language other than English ("ще", "додатково"): it says more came, not
// what happened, and reinforcement decides for people.
func (sc *sentence) addition(j, n int, v string) bool {
	return n == 1 && v == "reinforced" && sc.s.Lex.Lang != "en"
}

// determined reports whether a determiner makes the word at j a noun: "the
// fighting has forced ..." is no deployment.
func (sc *sentence) determined(j int) bool {
	switch sc.word(j - 1) {
	case "the", "a", "an", "this", "that", "its", "their":
		return true
	}
	return false
}

// longest prefers a longer measure phrase that starts before a hit and
// covers it: "will send" (planned) over "send" (deployed).
func (sc *sentence) longest(h measureHit, lo int) measureHit {
	for j := h.tok - 1; j >= lo && j >= h.tok-2; j-- {
		if n, v := sc.s.Lex.Measures.MatchWords(sc.words, j); n > 0 && j+n >= h.tok+h.n {
			h = measureHit{v, j, n}
		}
	}
	return h
}

// future turns a measure into a plan when a modal or a verb of intent
// governs its verb: "will send", "plans to deliver", "is set to deploy".
func (sc *sentence) future(h measureHit) measureHit {
	switch h.measure {
	case "deployed", "supplied", "reinforced", "trained", "produced":
	default:
		return h
	}
	for j := h.tok - 1; j >= 0 && j >= h.tok-3; j-- {
		if n, _ := sc.s.Lex.Future.MatchWords(sc.words, j); n > 0 && j+n <= h.tok {
			return measureHit{"planned", h.tok, h.n}
		}
		if sc.toks[j].Kind != token.Word {
			break
		}
	}
	if h.tok >= 2 && sc.word(h.tok-1) == "to" && (sc.word(h.tok-2) == "and" || sc.word(h.tok-2) == "or") {
		// "has promised to lead a mission and to send 1,000 police
		// officers": an infinitive joined to one a verb of intent governs.
		for j := h.tok - 3; j >= 0 && j >= h.tok-14; j-- {
			if w := sc.word(j); w == "," || w == ";" || w == "." {
				break
			}
			if n, _ := sc.s.Lex.Future.MatchWords(sc.words, j); n > 0 && sc.word(j+n-1) == "to" {
				return measureHit{"planned", h.tok, h.n}
			}
		}
	}
	return h
}

// intentBefore returns the token of a modal or verb of intent that ends
// one to three words before the figure's first token, past lo, with only
// words between (the verb it governs is the figure's), or -1. A word of
// loss before it is not the figure's verb: "for the families of the dead
// and will pay a further €1,500".
func (sc *sentence) intentBefore(first, lo int) int {
	for j := first - 2; j >= lo && j >= first-6; j-- {
		if sc.toks[j+1].Kind != token.Word {
			return -1
		}
		if n, _ := sc.s.Lex.Future.MatchWords(sc.words, j); n > 0 && j+n < first && first-(j+n) <= 3 {
			return j
		}
	}
	return -1
}

// reinforcement reports whether an addition word qualifies the figure: in
// its qualifier ("an additional 3,000"), just before it ("another 1,500")
// or between it and its noun ("3,000 more troops", "200 more").
func (sc *sentence) reinforcement(k, first, last int) bool {
	m := sc.nums[k]
	var qBuf [8]string // a qualifier is a few words: its fields stay on the stack
	q := qBuf[:0]
	for w := range strings.FieldsSeq(strings.ToLower(m.Qualifier)) {
		q = append(q, w)
	}
	for i, w := range q {
		if reinforceWords.Has(w) && !(w == "more" && i+1 < len(q) && q[i+1] == "than") {
			return true
		}
		if v, ok := sc.s.Lex.Measures.Get(w); ok && v == "reinforced" && sc.s.Lex.Lang != "en" {
			return true // "otros 3.000 soldados"
		}
	}
	for _, j := range []int{first - 1, first - 2} {
		if reinforceWords.Has(sc.word(j)) && sc.word(j+1) != "than" {
			return true
		}
	}
	if sc.additionBefore(first) {
		return true
	}
	for j := sc.tokIndex(m.End); j <= last && j < len(sc.toks); j++ {
		if reinforceWords.Has(sc.word(j)) && sc.word(j+1) != "than" {
			return true
		}
		if j > sc.tokIndex(m.End) && sc.addition(j, 1, sc.measureOf(j)) {
			return true // "3.000 soldados adicionales", "3.000 soldados más"
		}
	}
	return false
}

// coordinated returns the measure of the figure before mention k when only
// "and", "or", commas or "as well as" stand between them.
func (sc *sentence) coordinated(k int) (measureHit, bool) {
	prev := sc.coordinatedWith(k)
	if prev == nil {
		return measureHit{}, false
	}
	if sc.raw.k == k-1 && sc.raw.measure != "" {
		return measureHit{sc.raw.measure, -1, 0}, true
	}
	return measureHit{prev.Measure, -1, 0}, true
}

// coordinatedWith returns the quantity of the figure right before mention k
// when only "and", "or", "including", commas or "as well as" stand between
// them, else nil.
func (sc *sentence) coordinatedWith(k int) *news.Quantity {
	if k == 0 {
		return nil
	}
	qs := sc.d.Quantities
	if len(qs) == 0 || qs[len(qs)-1].Sentence != sc.idx || qs[len(qs)-1].Number != sc.nums[k-1].Span {
		return nil
	}
	prev := &qs[len(qs)-1]
	if prev.End > sc.nums[k].Start {
		return nil
	}
	from := prev.End
	for _, e := range sc.ents {
		// "150 missiles balistiques KN-23, ainsi que 120 obusiers": a
		// model name after the previous noun belongs to its phrase.
		if e.Type == news.EntityWeapon && e.Start >= from && e.End <= sc.nums[k].Start && strings.Trim(sc.d.Text[from:e.Start], quoteSpace) == "" {
			from = e.End
		}
	}
	raw := sc.d.Text[from:sc.nums[k].Start]
	if strings.TrimSpace(raw) == "" {
		return nil // one figure's parts, not two figures
	}
	if strings.HasSuffix(strings.TrimSpace(raw), "including") && !strings.Contains(raw, ";") {
		return prev // "47 systems since January, including at least five launchers"
	}
	if strings.HasSuffix(strings.TrimSpace(raw), ",") && !strings.Contains(raw, ";") && sc.amongThem(k) {
		// "40 Chinese vessels in the area, five coast guard ships and 35
		// militia vessels among them": parts of the figure before.
		return prev
	}
	if t := strings.TrimSpace(raw); !strings.Contains(raw, ";") && (strings.HasSuffix(t, ", along with") || strings.HasSuffix(t, ", as well as") || strings.HasSuffix(t, ", together with") || strings.HasSuffix(t, ", plus")) && !sc.verbBetween(prev.End, sc.nums[k].Start) {
		// "shipped more than 12 million rounds to Russia since 2023,
		// along with about 250 ballistic missiles": added to the figure
		// before, whatever words came between, unless a verb of its own
		// ("... and that most had been intercepted, along with two
		// drones").
		return prev
	}
	for w := range strings.FieldsFuncSeq(raw, gapSeparator) {
		switch w {
		case "and", "or", "as", "well", "plus", "including":
		default:
			if joiners.Has(strings.ToLower(w)) {
				continue
			}
			if _, counted := sc.s.Lex.Nouns.Get(strings.ToLower(w)); counted {
				continue // "479 attack drones and decoys and 20 missiles": the noun phrase goes on
			}
			return nil
		}
	}
	return prev
}

// maxAmongBytes bounds how far after a figure "among them" may close the
// list it opens.
const maxAmongBytes = 120

// amongThem reports whether the clause of mention k closes with "among
// them" or "among whom": the figures of that clause are parts of the one
// before it.
func (sc *sentence) amongThem(k int) bool {
	rest := sc.d.Text[sc.nums[k].End:min(sc.span.End, sc.nums[k].End+maxAmongBytes)]
	if i := strings.IndexAny(rest, ";:"); i >= 0 {
		rest = rest[:i]
	}
	return strings.Contains(rest, " among them") || strings.Contains(rest, " among whom")
}

// gapSeparator splits the text between two figures into words: spaces,
// commas and quotation marks separate them.
func gapSeparator(r rune) bool {
	switch r {
	case ',', '«', '»', '„', '“', '”':
		return true
	}
	return unicode.IsSpace(r)
}

// conjunctions and clauseBreaks are the "and"/"or" and the "while"/"but"
// of languages other than English.
var (
	conjunctions = wordset.New(map[string]bool{"y": true, "e": true, "o": true, "u": true, "et": true, "ou": true})
	clauseBreaks = wordset.New(map[string]bool{"mientras": true, "pero": true, "aunque": true, "sino": true, "tandis": true, "mais": true, "alors": true})
)

// measureOf returns the one-word measure of token j, or "".
func (sc *sentence) measureOf(j int) string {
	if n, v := sc.s.Lex.Measures.MatchWords(sc.words, j); n == 1 {
		return v
	}
	return ""
}

// joiners are the words of other languages that join two figures as "and",
// "or" and "including" do: "298 дронами та 69 ракетами", "12 людей, серед
// них троє дітей".
var joiners = wordset.New(map[string]bool{
	"і": true, "й": true, "та": true, "або": true, "а": true, "також": true, "серед": true, "них": true, "зокрема": true,
	"и": true, "или": true, "среди": true, "в": true, "у": true, "тому": true, "том": true, "числі": true, "числе": true,
	// Russian: "12 млн снарядов, а также 120 гаубиц", "28 тыс. контейнеров,
	// т. е. более чем 12 млн снарядов", "то есть".
	"также": true, "т.": true, "е.": true, "то": true, "есть": true,
	"y": true, "e": true, "o": true, "entre": true, "ellos": true, "ellas": true, "incluidos": true, "incluidas": true,
	"además": true, "de": true,
	// French: "728 drones et 13 missiles", "86 drones, dont 23", "ainsi que",
	// "8 millions d'obus, soit 13 000 conteneurs".
	"et": true, "ou": true, "dont": true, "ainsi": true, "que": true, "notamment": true, "parmi": true, "eux": true, "soit": true,
})

// additionBefore reports whether a one-word addition of the language's
// lexicon ("ще", "додатково", "ещё") stands in the clause just before the
// figure: "КНДР додатково направила до Росії 1 000 військових".
func (sc *sentence) additionBefore(first int) bool {
	if sc.s.Lex.Lang == "en" {
		return false // English additions are reinforceWords
	}
	for j := first - 1; j >= 0 && j >= first-maxAdditionGap; j-- {
		if sc.toks[j].Kind != token.Word {
			return false
		}
		if n, v := sc.s.Lex.Measures.MatchWords(sc.words, j); n == 1 && v == "reinforced" {
			return true
		}
	}
	return false
}

// maxAdditionGap bounds the words between an addition adverb and its figure.
const maxAdditionGap = 6

// refine adjusts a measure to what is counted: deploying weapons is
// supplying them; killing counts casualties.
func refine(measure, what string) (string, string) {
	if measure == "destroyed" {
		switch what {
		case "drones", "missiles", "munitions":
			measure = "intercepted"
		case "personnel":
			measure = "killed" // "уничтожены более 1 300 военнослужащих"
		default:
			measure = "other"
		}
	}
	if measure == "impact" {
		switch what {
		case "drones", "missiles", "munitions":
			measure = "launched" // "Four shells fell here", "two missiles hit a mosque"
		default:
			measure = "" // "the strike hit 40 homes": what was hit, not what was fired
		}
	}
	if measure == "serving" {
		measure = "" // "five organisations working in the city"
		if what == "personnel" {
			measure = "deployed" // "100,000 troops are working in the disaster zone", "150 of its staff joined the rescue"
		}
	}
	if measure == "exist" {
		switch what {
		case "personnel", "":
			measure = "deployed" // "there are some 11,000 North Korean troops in Kursk"
		default:
			measure = "" // "there were between 56,000 and 170,000 firearms in the community"
		}
	}
	if measure == "intercepted" && what == "other" {
		measure = "" // "repelled 11 enemy assaults": attacks beaten off, not weapons stopped
	}
	if measure == "allotted" {
		measure = "" // "approved 12 new posts", "announced 40 arrests"
		if what == "money" {
			measure = "planned" // "votes $25,000 for fire relief", "announced 500,000 rupees for each family": money committed, not yet paid
		}
	}
	if measure == "released" {
		measure = "other" // "released 40 hostages": freed
		if what == "money" {
			measure = "supplied" // "has released KSh 1.5 million", "paid out €38 million"
		}
	}
	if measure == "sought" {
		measure = "" // "sought three suspects"
		if what == "money" {
			measure = "planned" // "appealed for $105 million", "$17 million already committed"
		}
	}
	if measure == "found" {
		switch what {
		case "equipment", "munitions", "missiles", "drones":
			measure = "captured" // "police found 87 bomb detonators"
		default:
			measure = "" // "found six men guilty", "found 15 accounts"
		}
	}
	if measure == "used" {
		switch what {
		case "drones", "missiles", "munitions":
			measure = "launched" // "117 drones had been used", "40 rockets crossed from Lebanon"
		case "personnel":
			measure = "deployed"
		default:
			measure = "other"
		}
	}
	switch what {
	case "equipment", "munitions", "missiles", "drones", "money":
		if measure == "deployed" || measure == "reinforced" {
			measure = "supplied"
		}
	case "other":
		if measure == "deployed" {
			measure = "other" // "sent 40 trucks of food", "500 trucks crossed daily": things that move, not forces
		}
	}
	if measure == "launched" && (what == "people" || what == "casualties") {
		measure = "killed" // "67 were shot": people are not fired (as build reads "600 people may have been shot")
	}
	if what == "money" && (measure == "launched" || measure == "intercepted" || measure == "wounded" || measure == "captured") {
		measure = "other" // "the flash appeal launched on 30 August sought $160 million"
	}
	switch measure {
	case "killed", "casualties", "missing":
		// Losses of things, not people: drones and missiles "lost" to
		// jamming or gone missing were stopped; lost tanks are no casualty.
		switch what {
		case "drones", "missiles", "munitions":
			measure = "intercepted"
		case "equipment", "money":
			measure = "other"
		case "other":
			if measure == "casualties" {
				measure = "other" // "lost 2,000 homes": things lost are no casualties (places a side held were captured: see build's lostPlaces)
			}
		}
	}
	switch measure {
	case "killed", "wounded", "casualties", "missing":
		if what == "personnel" || what == "people" || what == "" {
			what = "casualties"
		}
	}
	if what == "casualties" && measure == "" {
		measure = "casualties"
	}
	if what == "casualties" && measure == "captured" {
		what = "personnel" // "dos más fueron capturados" after "18 soldados desaparecidos"
	}
	return measure, what
}

// joinBetween reports whether a conjunction or a comma stands between tokens
// from and to: the verb after it belongs to another clause ("held 214
// hostages and had killed 50 of them").
func (sc *sentence) joinBetween(from, to int) bool {
	for j := from; j < to; j++ {
		if w := sc.word(j); w == "and" || w == "or" || w == "," || w == ";" || conjunctions.Has(w) {
			return true
		}
	}
	return false
}

// verbBetween reports whether a measure word stands between two offsets.
func (sc *sentence) verbBetween(from, to int) bool {
	for j := sc.tokIndex(from); j < len(sc.toks) && sc.toks[j].End <= to; j++ {
		if sc.measureOf(j) != "" {
			return true
		}
	}
	return false
}

// strikeNouns count what was launched when they are the figure's own noun
// ("37 drone strikes"); as the subject of a verb ("strikes kill 22") they
// say nothing of another figure.
var strikeNouns = wordset.New(map[string]bool{"strikes": true, "airstrikes": true, "air-strikes": true, "sorties": true})
