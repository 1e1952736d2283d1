package quantity

import (
	"math"
	"strings"
	"unicode"

	"github.com/sitrep/sitrep/internal/analysis/numbers"
	"github.com/sitrep/sitrep/internal/analysis/token"
	"github.com/sitrep/sitrep/internal/analysis/wordset"
	"github.com/sitrep/sitrep/internal/news"
)

// durationWords follow a number that measures time, not a count
// ("four months after", "a five-year plan", "45-year-old").
var durationWords = map[string]bool{
	"year": true, "years": true, "month": true, "months": true, "week": true, "weeks": true,
	"day": true, "days": true, "hour": true, "hours": true, "minute": true, "minutes": true,
	"min": true, "mins": true, "second": true, "seconds": true, "decade": true, "decades": true,
	"century": true, "centuries": true, "year-old": true, "years-old": true,
}

// stateCounts count countries, which a story names as who took part or
// where, not as a figure anyone claims.
var stateCounts = wordset.New(map[string]bool{"countries": true, "nations": true, "nationalities": true})

// keep reports whether a number mention is a quantity worth a claim. Dates,
// years, clock times, ages, calibers, model numbers, ordinals, durations and
// small number words used as pronouns ("the two sides", "one of") are not.
// maxFigure bounds what news counts: larger "figures" are digit strings
// (codes, hashes) or overflow, and JSON cannot hold an infinite value.
const maxFigure = 1e15

// plausible reports whether a value is finite and within maxFigure.
func plausible(v news.Value) bool {
	for _, x := range []float64{v.V, v.Low, v.High} {
		if math.IsNaN(x) || math.IsInf(x, 0) || math.Abs(x) > maxFigure {
			return false
		}
	}
	return true
}

func (sc *sentence) keep(m numbers.Mention) bool {
	if m.Ordinal || m.Empty() || !plausible(m.Value) {
		return false
	}
	if m.Unit != "" && !m.Percent && !isCurrency(m.Unit) && !isAmount(m.Unit) && !sc.squared(m) {
		return false
	}
	for _, t := range sc.d.SentenceTimes(sc.idx) {
		if t.Overlaps(m.Num) && !(t.Granularity == "year" && sc.countedAfter(m)) {
			return false
		}
	}
	for _, sp := range sc.speakers {
		if sp.Contains(m.Num) {
			return false // "a local official and two residents said": who speaks, not what
		}
	}
	text := sc.d.Text
	if phoneNumber(text, m.Num) || listMarker(text, m.Num) || identifier(text, m.Num) || streetNumber(text, m.Num) || sc.partOfTime(m) {
		return false
	}
	if m.Num.Start >= 2 && text[m.Num.Start-1] == ':' && text[m.Num.Start-2] >= '0' && text[m.Num.Start-2] <= '9' {
		return false // "Romans 5:1-5", "16:12": a verse or a time, after its chapter or hour
	}
	if sc.slashCode(m) {
		return false // "Battalion Landing Team 1/8", "flights ZS 310/311"
	}
	// A number glued to letters is a model number or a code ("KN-23", "F-16s").
	if m.Start > 0 && isCodeJoin(text[m.Start-1]) && m.Start > 1 && isLetter(text[m.Start-2]) {
		return false
	}
	if m.Num.Start > 0 && text[m.Num.Start] == '.' && isLetter(text[m.Num.Start-1]) {
		return false // "a G.222 was shot down": a model's name, no fraction
	}
	rest := text[m.End:min(len(text), m.End+24)]
	if len(rest) > 0 && (rest[0] == '-' || isLetter(rest[0])) {
		suffix := strings.ToLower(strings.TrimLeft(rest, "-"))
		for w := range durationWords {
			if strings.HasPrefix(suffix, w) {
				return false
			}
		}
		if rest[0] == '-' && compoundUnits.Has(leadingWord(suffix)) {
			return false // "a five-storey building", "a 40-kilometre stretch"
		}
		if isLetter(rest[0]) && !strings.HasPrefix(suffix, "s ") && !m.Percent {
			// "1950s" is a decade; "170mm" a caliber the recognizer missed.
			return false
		}
		if strings.HasPrefix(suffix, "s") && len(suffix) > 1 && !isLetter(suffix[1]) && !m.Words {
			return false
		}
	}
	if m.Value.Kind != news.KindRange && !m.Words && !m.Percent && m.Qualifier == "" {
		v := m.Value.V
		num := text[m.Num.Start:m.Num.End]
		if v >= 1800 && v <= 2100 && v == float64(int(v)) && !strings.ContainsAny(num, ",. \u00a0\u202f") {
			return false // a year
		}
	}
	ti := sc.tokIndex(m.End)
	next := sc.word(ti)
	if durationWords[next] || strings.HasPrefix(next, "-year") {
		return false
	}
	if n, what := sc.s.Lex.Nouns.MatchWords(sc.words, ti); n > 0 && what == "duration" {
		return false // the language's own units of time ("за три дні")
	}
	prevTok := sc.tokIndex(m.Start) - 1
	prev := sc.word(prevTok)
	if prev == "aged" || prev == "age" || prev == "ages" || referenceNouns.Has(prev) || prev == "no." || prev == "number" && !numberVerb(sc.word(prevTok-1)) {
		return false
	}
	if sc.designation(m, prevTok, ti) {
		return false // "in Case 4", "The Fieseler Fi 103 carried": a name's number
	}
	if sc.voteTally(m, prevTok) {
		return false // "voted 15 to 0", "passed by 13 votes to 2": a vote, no count
	}
	if sc.modelNumber(m, prevTok) {
		return false // "18 Leopard 2 tanks": the tank's model, not a second figure
	}
	if prev == "of" && (sc.word(prevTok-1) == "age" || sc.word(prevTok-1) == "ages") {
		return false // "under the age of five"
	}
	if after := sc.tokIndex(m.End); prev == "at" && sc.s.Lex.Lang == "en" && deathVerbs.Has(sc.word(prevTok-1)) && after == prevTok+2 && (after >= len(sc.toks) || sc.toks[after].Kind != token.Word) && m.Value.V < maxAge {
		return false // "Colonel Arvo Tamm ... dies at 81": an age (not "put Russia's dead at 5,937")
	}
	if next == "in" && ti+1 < len(sc.toks) && !m.Percent && m.Value.V < 100 && (ratioWords.Has(sc.word(ti+1)) || token.IsDigits(sc.word(ti+1)) && len(sc.word(ti+1)) < 4) {
		return false // "about one in seven Pakistanis": a share, not a count
	}
	if sc.s.Lex.Lang == "en" && prev == "count" && sc.toks[prevTok].Text(text) != "count" && (next == ":" || next == ".") {
		return false // "COUNT 1: THE GOVERNMENT QUARTER": a charge sheet's heading
	}
	if sc.s.Lex.Lang == "en" && (prev == "as" && (sc.word(prevTok-1) == "young" || sc.word(prevTok-1) == "old") && sc.word(prevTok-2) == "as" || prev == "was" && sc.word(prevTok-2) == "since") {
		return false // "as young as eight", "since he was 19": an age
	}
	if sc.s.Lex.Lang == "en" && !m.Percent && (next == "pages" || next == "pp" || next == "words") {
		return false // "695 + 189 pages", "412 pp.", "no longer than 300 words": a text's length
	}
	if sc.s.Lex.Lang == "en" && !m.Percent && (stateCounts.Has(next) || ti+1 < len(sc.toks) && sc.toks[ti].Kind == token.Word && stateCounts.Has(sc.word(ti+1))) {
		return false // "ships from more than 20 countries", "of eight nationalities", "the three worst-hit countries": who took part, no count of a claim
	}
	if next == "times" && multiplied.Has(sc.word(ti+1)) {
		return false // "three times that", "five times as many": a ratio
	}
	if m.Value.V < 10 && (magnitudeWords.Has(next) || sc.afterMagnitude(prevTok)) {
		return false // "of magnitude 7.8 and 7.5", "a 6.1 magnitude quake"
	}
	if clockTime(text[m.Num.Start:m.Num.End], prev, next) {
		return false // "the 1300 bulletin", "at 1400 hours"
	}
	if prev == "," && next == "," && !m.Words && m.Qualifier == "" && m.Value.Kind == news.KindExact && m.Value.V >= 1 && m.Value.V <= 120 && prevTok > 0 && isCapitalizedWord(text, sc.toks[prevTok-1].Span) {
		return false // "Salah Abdeslam, 33, who is already serving": an age
	}
	if m.Words && !m.Vague && m.Value.Kind == news.KindExact && m.Value.V > 0 && m.Value.V < 1 && ordinalNext.Has(next) {
		return false // "for a third straight day", "a fourth time": an ordinal, no share
	}
	if m.Words && !m.Vague && m.Value.Kind == news.KindExact {
		if m.Value.V == 1 && !sc.countsPeople(ti) && !sc.countsOne(ti) {
			return false // "one of", "a", pronoun uses
		}
		if m.Value.V <= 10 && !(prev == "our" && ownPeople.Has(next)) {
			// (Not the publisher's own people: "to bring our nine
			// students home".)
			switch prev {
			case "the", "these", "those", "both", "its", "their", "our", "his", "her",
				"les", "des", "ces", "ses", "leurs", "nos": // French: "des deux côtés", "les deux pays"
				return false // "the two sides", "its two neighbours"
			}
		}
	}
	return true
}

// designation reports whether a bare number names the thing a capitalized
// word before it names, with no counted noun after it: "in Case 4",
// "Gallery 2,", "The Fieseler Fi 103 carried". Not after the sentence's
// first word, a known name (a place, a country: "Kherson 12"), a measure
// word, a counted noun or a figure noun of a title-case headline ("Strike
// Kills 12 in Kharkiv", "Death Toll 40"). English only.
func (sc *sentence) designation(m numbers.Mention, prevTok, next int) bool {
	if sc.s.Lex.Lang != "en" || m.Words || m.Qualifier != "" || m.Percent || m.Currency != "" || m.Value.Kind != news.KindExact || m.Value.V >= 10000 || prevTok < 1 {
		return false
	}
	if t := sc.toks[prevTok]; t.Kind != token.Word || !isCapitalizedWord(sc.d.Text, t.Span) || t.End != m.Start-1 || strings.ToUpper(t.Text(sc.d.Text)) == t.Text(sc.d.Text) {
		return false // (a word in capitals is a heading's: "DEATHS REACH 70")
	}
	if sc.entityAt(prevTok) >= 0 || sc.isMeasureAt(prevTok) || figureNouns.Has(sc.word(prevTok)) || sc.s.Lex.Stop.Has(sc.word(prevTok)) {
		return false
	}
	if n, _ := sc.s.Lex.Nouns.MatchWords(sc.words, prevTok); n > 0 {
		return false
	}
	if next >= len(sc.toks) {
		return true
	}
	if t := sc.toks[next]; t.Kind != token.Word {
		w := sc.word(next)
		return w == "," || w == "." || w == ";" || w == ")" || w == ":"
	}
	if isCapitalizedWord(sc.d.Text, sc.toks[next].Span) {
		return false
	}
	n, _ := sc.s.Lex.Nouns.MatchWords(sc.words, next)
	return n == 0 && !sc.isMeasureAt(next)
}

// modelNumber reports whether a small bare number is the model number of a
// name right before it, after a figure and before a lower-case noun: "18
// Leopard 2 tanks", "14 Challenger 2 tanks".
func (sc *sentence) modelNumber(m numbers.Mention, prevTok int) bool {
	if m.Words || m.Qualifier != "" || m.Value.Kind != news.KindExact || m.Value.V >= 100 || prevTok < 1 {
		return false
	}
	text := sc.d.Text
	if !isCapitalizedWord(text, sc.toks[prevTok].Span) {
		return false
	}
	if t := sc.toks[prevTok-1].Text(text); t == "" || t[0] < '0' || t[0] > '9' {
		return false
	}
	next := sc.tokIndex(m.End)
	if next >= len(sc.toks) || sc.toks[next].Kind != token.Word {
		return false
	}
	w := sc.toks[next].Text(text)
	return w != "" && w[0] >= 'a' && w[0] <= 'z'
}

// ordinalNext after "a third", "a fourth" make it an ordinal: "a third
// straight day", "a fourth time".
var ordinalNext = wordset.New(map[string]bool{
	"straight": true, "consecutive": true, "successive": true, "day": true, "night": true, "time": true,
	"week": true, "month": true, "year": true, "round": true, "term": true, "attempt": true, "wave": true,
	"session": true, "phase": true, "attack": true, "strike": true,
})

// share reads a fraction in words of a group as the percentage it is:
// "about half of the Syrian refugees" is about 50 per cent of them, "two
// thirds of the dead" 66.7 per cent.
func (sc *sentence) share(m numbers.Mention) numbers.Mention {
	v := m.Value
	if !m.Words || m.Percent || m.Vague || v.V <= 0 || v.V >= 1 || v.Kind == news.KindRange {
		return m
	}
	switch sc.word(sc.tokIndex(m.End)) {
	case "of", "de", "des", "du", "der":
	default:
		return m
	}
	switch sc.word(sc.tokIndex(m.Start) - 1) {
	case "first", "second", "last", "latter", "former", "other", "earlier", "later":
		return m // "in the first half of the year": a part of a time
	}
	m.Percent = true
	m.Value.V = math.Round(v.V*1000) / 10
	return m
}

// compoundUnits after a hyphen make a figure part of an adjective that
// measures, not counts: "a five-storey building", "a 40-kilometre stretch".
var compoundUnits = wordset.New(map[string]bool{
	"storey": true, "story": true, "floor": true, "lane": true, "page": true, "point": true, "bed": true,
	"seat": true, "star": true, "kilometre": true, "kilometer": true, "km": true, "mile": true, "metre": true,
	"meter": true, "inch": true, "foot": true, "acre": true, "hectare": true, "tonne": true, "ton": true,
	"litre": true, "liter": true, "degree": true, "percent": true,
})

// leadingWord returns the letters s opens with.
func leadingWord(s string) string {
	i := 0
	for i < len(s) && isLetter(s[i]) {
		i++
	}
	return s[:i]
}

// referenceNouns before a figure make it a reference to a part of a text:
// "page 4", "in post 1", "item 3".
var referenceNouns = wordset.New(map[string]bool{
	"page": true, "post": true, "tweet": true, "item": true, "entry": true, "paragraph": true,
	"chapter": true, "clause": true, "article": true, "annex": true, "appendix": true, "footnote": true,
	"section": true, "sections": true, "pages": true, "articles": true, "paragraphs": true, "resolution": true, "table": true,
	"update": true, // a wire story's version: "UPDATE 2-Shelling kills 14"
})

// multiplied are the words after "N times" that make it a ratio, not a
// count of occasions: "three times that", "five times as many".
var multiplied = wordset.New(map[string]bool{
	"that": true, "this": true, "those": true, "as": true, "the": true, "more": true, "higher": true,
	"larger": true, "bigger": true, "greater": true, "over": true, "what": true, "fewer": true, "less": true,
})

// magnitudeWords name an earthquake's magnitude, whose figure is a
// measurement on a scale, not a count.
var magnitudeWords = wordset.New(map[string]bool{
	"magnitude": true, "magnitudes": true, "richter": true, "stärke": true, "magnitud": true,
	"магнитуда": true, "магнитудой": true, "магнитуды": true, "магнітуда": true, "магнітудою": true, "магнітуди": true,
})

// afterMagnitude reports whether the tokens up to i, read back over a
// list of magnitudes ("magnitude 7.8 and 7.5"), start with a magnitude
// word.
func (sc *sentence) afterMagnitude(i int) bool {
	for k := 0; k < 8 && i >= 0; k, i = k+1, i-1 {
		w := sc.word(i)
		switch {
		case magnitudeWords.Has(w):
			return true
		case w == "," || w == "and" || w == "or" || w == "of" || w == "и" || w == "і" || w == "та" || w == "y" || w == "et" || w == "und":
		case len(w) == 3 && isDigitByte(w[0]) && (w[1] == '.' || w[1] == ',') && isDigitByte(w[2]):
		default:
			return false
		}
	}
	return false
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

// clockTime reports whether a figure written as four digits is a time of
// day on the 24-hour clock: HHMM with valid hours and minutes, before a
// word of broadcast or military time ("1300 bulletin", "0600 hours") or
// after "at", "by", "until" or "since" with no counted word after it ("next
// bulletin at 1400").
func clockTime(num, prev, next string) bool {
	if len(num) != 4 {
		return false
	}
	for i := 0; i < 4; i++ {
		if num[i] < '0' || num[i] > '9' {
			return false
		}
	}
	if (num[0]-'0')*10+num[1]-'0' > 23 || num[2] > '5' {
		return false
	}
	switch next {
	case "bulletin", "hours", "hrs", "gmt", "utc", "local", "edition", "news", "update":
		return true
	}
	switch prev {
	case "at", "by", "until", "till", "since":
		return next == "" || next == "." || next == "," || next == ";" || next == "on" || next == "and"
	}
	return false
}

// countsOne reports whether "one" counts the thing or person a noun
// phrase from token i names ("one soldier", "one military helicopter",
// "only one Scud warhead", "one Algerian"), within three tokens. English
// only: elsewhere "one" is an article's or a pronoun's word too. Whether
// it is kept depends on a deed being said of it (see build).
func (sc *sentence) countsOne(i int) bool {
	if sc.s.Lex.Lang != "en" || i >= len(sc.toks) {
		return false
	}
	if sc.demonymAt(i) && (i+1 >= len(sc.toks) || sc.toks[i+1].Kind != token.Word || sc.isMeasureAt(i+1) || sc.word(i+1) == "had" || sc.word(i+1) == "was") {
		return true // "one Algerian had been killed"
	}
	if w := sc.word(i); w == "from" {
		// "three from Malawi and one from Uruguay": one of the people
		// counted before, by where they came from.
		e := sc.entityAt(i + 1)
		return e >= 0 && sc.ents[e].Type == news.EntityCountry && !sc.ents[e].Demonym
	} else if w == "was" || w == "had" || w == "has" {
		// "One was arrested inside Banjska", "one was killed": a deed
		// done to one of them.
		j := i + 1
		if sc.word(j) == "been" {
			j++
		}
		return sc.isMeasureAt(j)
	}
	np := sc.scanNoun(i, min(len(sc.toks), i+3))
	switch np.what {
	case "personnel", "equipment", "missiles", "drones", "people", "casualties", "munitions":
		return np.head >= 0
	}
	return false
}

// countsPeople reports whether a counted noun of people starts at token i:
// "погиб один человек", "загинула одна людина" count a victim, where "one"
// alone is a pronoun.
func (sc *sentence) countsPeople(i int) bool {
	n, what := sc.s.Lex.Nouns.MatchWords(sc.words, i)
	return n > 0 && (what == "people" || what == "casualties")
}

func isCurrency(u string) bool {
	switch u {
	case "$", "usd", "€", "eur", "£", "gbp", "dollars", "euros", "won", "rubles", "roubles", "yen", "yuan", "hryvnias":
		return true
	}
	return false
}

// isAmount reports whether a unit measures an amount of something (grain
// shipped, land taken) rather than a distance, a caliber or a power rating:
// "43 million tonnes of grain" is a quantity, "155 mm" and "30 km" are not.
func isAmount(u string) bool {
	switch strings.ToLower(u) {
	case "ton", "tons", "tonne", "tonnes", "kg", "kgs", "kilogram", "kilograms", "kilogramme", "kilogrammes",
		"liter", "liters", "litre", "litres", "ha", "hectare", "hectares", "sq km", "km2", "km²":
		return true
	}
	return false
}

// ratioWords are the bases of a ratio in words: "one in seven".
var ratioWords = wordset.New(map[string]bool{"two": true, "three": true, "four": true, "five": true, "six": true, "seven": true,
	"eight": true, "nine": true, "ten": true, "twenty": true, "hundred": true, "thousand": true})

// ratioBase reports whether m is the base of a ratio after the smaller
// figure prev, "one in five soldiers": a share, not five soldiers.
func (sc *sentence) ratioBase(prev, m numbers.Mention) bool {
	j := sc.tokIndex(m.Start)
	return j >= 2 && sc.word(j-1) == "in" && sc.tokIndex(prev.End) == j-1 && prev.Value.V < m.Value.V
}

// millions reads "1.5m people", "40m shells" as millions, not metres: a
// counted noun of the lexicon follows the figure; "a 1.5m wall" stays a
// length.
func (sc *sentence) millions(m numbers.Mention) numbers.Mention {
	j := sc.tokIndex(m.End)
	if j >= len(sc.toks) {
		return m
	}
	if n, _ := sc.s.Lex.Nouns.MatchWords(sc.words, j); n == 0 {
		return m
	}
	m.Unit = ""
	m.Value.V *= 1e6
	m.Value.Low *= 1e6
	m.Value.High *= 1e6
	return m
}

func isLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

func isCodeJoin(c byte) bool { return c == '-' }

// squareWords after a unit of length make it an area, which counts
// territory as "square kilometres" does in English: "1 300 kilomètres
// carrés".
var squareWords = wordset.New(map[string]bool{"carrés": true, "carré": true, "carrées": true})

// numberVerb reports whether the word before "number" makes it a noun
// that a figure fills ("the number 5" no, "that number 5,000") or the verb
// ("it could number 3,000 troops"), not a label ("number 7").
func numberVerb(before string) bool {
	switch before {
	case "the", "that", "could", "would", "will", "may", "might", "can", "should", "to", "now", "already":
		return true
	}
	return false
}

// squared reports whether a square word follows the unit of mention m.
func (sc *sentence) squared(m numbers.Mention) bool {
	for w := range strings.FieldsSeq(sc.d.Text[m.End:min(len(sc.d.Text), m.End+16)]) {
		return squareWords.Has(strings.ToLower(strings.TrimRight(w, ".,;:"))) // the first word only
	}
	return false
}

// phoneNumber reports whether the digits at sp belong to a telephone
// number: a run of digit groups, spaces, dashes, dots and brackets that
// starts with "+" and holds at least eight digits ("+380 44 000 0000").
func phoneNumber(text string, sp news.Span) bool {
	in := func(c byte) bool {
		return c >= '0' && c <= '9' || c == ' ' || c == '-' || c == '.' || c == '(' || c == ')' || c == '+'
	}
	start, end := sp.Start, sp.End
	for start > 0 && in(text[start-1]) {
		start--
	}
	for end < len(text) && in(text[end]) {
		end++
	}
	run := strings.TrimSpace(text[start:end])
	digits, groups := 0, 0
	for i := 0; i < len(run); i++ {
		if run[i] >= '0' && run[i] <= '9' {
			digits++
			if i == 0 || run[i-1] < '0' || run[i-1] > '9' {
				groups++
			}
		}
	}
	// "+380 44 000 0000"; a national number opens with its trunk 0 and
	// comes in groups ("048 700 12 34"), or follows a word that asks to
	// call ("Call 677 000 412").
	// "(02) 911-6193": the trunk 0 may stand in brackets.
	if strings.HasPrefix(run, "+") && digits >= 8 || strings.TrimLeft(run, "(")[0] == '0' && groups >= 3 && digits >= 7 {
		return true
	}
	return groups >= 3 && digits >= 7 && phoneWords.Has(strings.ToLower(lastWord(text[:start])))
}

// phoneWords ask the reader to call the number after them.
var phoneWords = wordset.New(map[string]bool{
	"call": true, "phone": true, "tel": true, "tel.": true, "telephone": true, "dial": true,
	"whatsapp": true, "sms": true, "hotline": true,
})

// lastWord returns the last word of s, without trailing punctuation.
func lastWord(s string) string {
	s = strings.TrimRight(s, " :\t")
	if i := strings.LastIndexAny(s, " \n\t("); i >= 0 {
		s = s[i+1:]
	}
	return s
}

// deathVerbs before "at" and a bare number give an age ("died at 81").
var deathVerbs = wordset.New(map[string]bool{"dies": true, "died": true, "dead": true, "die": true})

// identifierWords name what the number after them identifies, not counts:
// "Registered charity No. 1098765", "Figure 2", "the emergency line 123".
var identifierWords = wordset.New(map[string]bool{
	"no.": true, "nr.": true, "№": true, "figure": true, "fig.": true, "table": true, "chart": true,
	"line": true, "hotline": true, "ext.": true, "box": true, "room": true, "tel.": true, "tel": true,
	"fax": true, "page": true, "p.": true, "pp.": true, "vol.": true, "flight": true, "resolution": true,
	"isbn": true, "isbn:": true, "issn": true, "issn:": true, "doi:": true,
})

// identifier reports whether the number at sp follows a word that makes
// it an identifier, also as a later group of a hyphenated one ("ISBN
// 978-1-80012-417-3"), or is a book's page count ("412 pp.").
func identifier(text string, sp news.Span) bool {
	before := text[max(0, sp.Start-32):sp.Start]
	if strings.HasSuffix(before, "-") {
		before = strings.TrimRight(before, "0123456789-")
	}
	if identifierWords.Has(strings.ToLower(lastWord(before))) {
		return true
	}
	after := text[sp.End:min(len(text), sp.End+5)]
	return strings.HasPrefix(after, " pp.") || strings.HasPrefix(after, " pp,")
}

// streetWords end a street's name.
var streetWords = wordset.New(map[string]bool{
	"street": true, "st.": true, "road": true, "rd.": true, "avenue": true, "ave.": true,
	"boulevard": true, "blvd.": true, "lane": true, "square": true, "highway": true,
})

// streetNumber reports whether the number at sp is a house number: one or
// two capitalized words and a street word follow ("12 Syuniki Street").
func streetNumber(text string, sp news.Span) bool {
	window := text[sp.End:min(len(text), sp.End+48)]
	// Most figures fail at once, before any allocation: the first word
	// after them opens with no capital.
	if w := strings.TrimLeftFunc(window, unicode.IsSpace); w == "" || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	i := 0
	for w := range strings.FieldsSeq(window) {
		if i > 2 || w == "" || w[0] < 'A' || w[0] > 'Z' {
			return false
		}
		if i > 0 && streetWords.Has(strings.ToLower(strings.TrimRight(w, ",;:"))) {
			return true
		}
		i++
	}
	return false
}

// listMarker reports whether the number at sp numbers a section or a list
// item: plain digits opening a line, then "." or ")" and a space ("1.
// Firing rates", "2) Production").
func listMarker(text string, sp news.Span) bool {
	if footnoteMarker(text, sp) || sectionNumber(text, sp) {
		return true
	}
	if sp.End+1 >= len(text) || (text[sp.End] != '.' && text[sp.End] != ')' && text[sp.End] != '/') || text[sp.End+1] != ' ' {
		return false // "3. ", "3) ", and a thread's post number "3/ "
	}
	for i := sp.Start; i < sp.End; i++ {
		if text[i] < '0' || text[i] > '9' {
			return false
		}
	}
	i := sp.Start
	for i > 0 && (text[i-1] == ' ' || text[i-1] == '\t') {
		i--
	}
	return i == 0 || text[i-1] == '\n' // only blanks since the line began
}

// footnoteMarker reports whether digits stand alone in square brackets, as
// a reference to a note does ("the IOM says.[1]", "[2] WFP press
// release"): a note's number, not a quantity.
func footnoteMarker(text string, sp news.Span) bool {
	if sp.Start == 0 || sp.End >= len(text) || text[sp.Start-1] != '[' || text[sp.End] != ']' || sp.End-sp.Start > 3 {
		return false
	}
	for i := sp.Start; i < sp.End; i++ {
		if text[i] < '0' || text[i] > '9' {
			return false
		}
	}
	return true
}

// partOfTime reports whether a fraction in words is a part of a period:
// "in the first half of 2025", "the second half of the year".
func (sc *sentence) partOfTime(m numbers.Mention) bool {
	if !m.Words || m.Value.V >= 1 {
		return false
	}
	rest := strings.TrimLeft(sc.d.Text[m.End:min(len(sc.d.Text), m.End+8)], " ")
	if !strings.HasPrefix(rest, "of ") {
		return false
	}
	from := m.End + strings.Index(sc.d.Text[m.End:], "of ") + len("of ")
	for _, t := range sc.d.SentenceTimes(sc.idx) {
		if t.Start >= from && t.Start <= from+len("the ") {
			return true
		}
	}
	return false
}

// sectionNumber reports whether a dotted number opening a line numbers a
// section or paragraph of a report: "2.2 Arrivals peaked ...", "4.1 The
// joint response plan ...". A capital follows it, never a unit ("2.5
// million people fled").
func sectionNumber(text string, sp news.Span) bool {
	num := text[sp.Start:sp.End]
	dot := strings.IndexByte(num, '.')
	if dot < 1 || dot > 2 || len(num)-dot-1 < 1 || len(num)-dot-1 > 2 || sp.End+1 >= len(text) || text[sp.End] != ' ' {
		return false
	}
	for i := 0; i < len(num); i++ {
		if i != dot && (num[i] < '0' || num[i] > '9') {
			return false
		}
	}
	if c := text[sp.End+1]; c < 'A' || c > 'Z' {
		return false
	}
	i := sp.Start
	for i > 0 && (text[i-1] == ' ' || text[i-1] == '\t') {
		i--
	}
	return i == 0 || text[i-1] == '\n'
}

// maxAge bounds a person's age in years.
const maxAge = 125

// voteTally reports whether figure m is a side of a vote's tally: "the
// Council voted 15 to 0", "passed by 13 votes to 2". English only.
func (sc *sentence) voteTally(m numbers.Mention, prevTok int) bool {
	if sc.s.Lex.Lang != "en" || m.Percent || m.Qualifier != "" || m.Words {
		return false
	}
	j := prevTok
	if sc.word(j) == "to" {
		// the second side: step back over the first ("15 to 0", "13
		// votes to 2")
		j--
		if sc.word(j) == "votes" {
			j--
		}
		if !token.IsDigits(sc.word(j)) {
			return false
		}
		j--
	}
	switch sc.word(j) {
	case "voted":
		return true
	case "by":
		return sc.word(j+2) == "votes"
	}
	return false
}

// slashCode reports whether the number at m is part of digits joined by
// slashes right after a capitalized name, a designation rather than a
// count: "Battalion Landing Team 1/8", "ZS 310/311" (not "1/3 of the
// country", nor dates, which the time stage takes).
func (sc *sentence) slashCode(m numbers.Mention) bool {
	text := sc.d.Text
	isCodeByte := func(c byte) bool { return c >= '0' && c <= '9' || c == '/' }
	a, b := m.Num.Start, m.Num.End
	for a > sc.span.Start && isCodeByte(text[a-1]) {
		a--
	}
	for b < sc.span.End && isCodeByte(text[b]) {
		b++
	}
	if !strings.Contains(text[a:b], "/") {
		return false
	}
	j := sc.tokIndex(a) - 1
	if j < 0 || sc.toks[j].Kind != token.Word {
		return false
	}
	// A sentence's first word has a capital anyway: there only a code in
	// capitals ("ZS 310/311") names the designation.
	w := sc.toks[j].Text(text)
	return j > 0 && isCapitalizedWord(text, sc.toks[j].Span) || w == strings.ToUpper(w) && w != strings.ToLower(w)
}
