package attrib

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/analysis/lang"
	"github.com/sitrep/sitrep/internal/analysis/numbers"
	"github.com/sitrep/sitrep/internal/analysis/token"
	"github.com/sitrep/sitrep/internal/news"
)

// earlierName finds the full name a single capitalized word stands for
// when the text before off introduced it: after "Ukraine's commander,
// Oleksandr Tarnavskyi, said ..." a later "Tarnavskyi said" is Oleksandr
// Tarnavskyi, and after "the Haitian National Police" a bare "Police"
// would be that body. The name is the run of up to four capitalized words
// that ends in w at its first such occurrence; a w never seen after a
// capitalized word is no one's name.
func earlierName(text string, off int, w string) (string, bool) {
	if w == "" || off > len(text) {
		return "", false
	}
	// A story names its people within its last pages: the search looks
	// back a bounded stretch, so a huge text costs no more per name.
	start := max(0, off-nameLookback)
	for start > 0 && start < off && text[start]&0xC0 == 0x80 {
		start++ // not inside a rune
	}
	prior := text[start:off]
	for from := 0; ; {
		i := strings.Index(prior[from:], w)
		if i < 0 {
			return "", false
		}
		i += from
		from = i + len(w)
		if !wordEdge(prior, i-1, true) || !wordEdge(prior, i+len(w), false) {
			continue
		}
		start, words := i, 0
		for words < 3 {
			s, ok := capitalizedBefore(prior, start)
			if !ok {
				break
			}
			start, words = s, words+1
		}
		if words > 0 {
			return prior[start : i+len(w)], true
		}
	}
}

// nameLookback is how many bytes before a sentence earlierName searches.
const nameLookback = 32 << 10

// capitalizedBefore returns the start of the capitalized word that ends
// one space before i, if there is one that can be part of a name.
func capitalizedBefore(text string, i int) (int, bool) {
	if i < 2 || text[i-1] != ' ' {
		return 0, false
	}
	end, start := i-1, i-1
	for start > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:start])
		if !unicode.IsLetter(r) && r != '-' && r != '\'' {
			break
		}
		start -= n
	}
	w := text[start:end]
	if w == "" || !token.IsCapitalized(w) || notNameWords.has(w) || notBeforeSurname.has(w) {
		return 0, false
	}
	if monthNames.has(w) && (monthsNoOneIsNamed.has(w) || afterDay(text, start)) {
		return 0, false // "On 6 July Churchill told": a date, then the surname
	}
	return start, true
}

// afterDay reports whether a day's digits end one space before i: "6 July".
func afterDay(text string, i int) bool {
	return i >= 2 && text[i-1] == ' ' && text[i-2] >= '0' && text[i-2] <= '9'
}

// monthNames are the English months; a name may begin with one only when
// people are also called so (monthsNoOneIsNamed) and no day comes before it.
var monthNames = newWordSet(map[string]bool{
	"January": true, "February": true, "March": true, "April": true, "May": true, "June": true, "July": true,
	"August": true, "September": true, "October": true, "November": true, "December": true,
	"Jan": true, "Feb": true, "Mar": true, "Apr": true, "Jun": true, "Jul": true, "Aug": true, "Sep": true,
	"Sept": true, "Oct": true, "Nov": true, "Dec": true,
})

// monthsNoOneIsNamed are the months no one is called ("Jan" is also a
// given name): never a name's first word.
var monthsNoOneIsNamed = newWordSet(map[string]bool{
	"January": true, "February": true, "July": true, "September": true, "October": true, "November": true,
	"December": true, "Feb": true, "Jul": true, "Sep": true, "Sept": true, "Oct": true,
	"Nov": true, "Dec": true,
})

// wordEdge reports whether the byte at i (before a word when before is
// set, else after it) is outside any word: the text's edge or no letter.
func wordEdge(text string, i int, before bool) bool {
	if i < 0 || i >= len(text) {
		return true
	}
	var r rune
	if before {
		r, _ = utf8.DecodeLastRuneInString(text[:i+1])
	} else {
		r, _ = utf8.DecodeRuneInString(text[i:])
	}
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// notNameWords are capitalized words that open sentences and titles, not
// names ("The", "President"): a run of name words stops at them.
var notNameWords = newWordSet(map[string]bool{
	"The": true, "A": true, "An": true, "In": true, "On": true, "It": true, "He": true, "She": true,
	"They": true, "But": true, "And": true, "Last": true, "Earlier": true, "Late": true, "Meanwhile": true,
	"Recently": true, "President": true, "Minister": true, "Secretary": true, "General": true, "CEO": true,
	"Chief": true, "Head": true, "One": true, "Two": true, "Three": true, "Another": true, "Some": true,
	"Several": true, "Many": true, "Other": true,
	"What": true, "Who": true, "How": true, "Why": true, "When": true, "Where": true, "Which": true, "Whose": true,
	"Do": true, "Does": true, "Did": true, "Is": true, "Are": true, "Was": true, "Were": true, "By": true,
	// wire slugs before a headline: "UPDATE 3-Kyrgyzstan says ..."
	"UPDATE": true, "UPDATED": true, "WRAPUP": true, "REFILE": true, "CORRECTED": true, "EXCLUSIVE": true,
	"FACTBOX": true, "ANALYSIS": true, "INSIGHT": true, "BREAKING": true, "URGENT": true, "FLASH": true,
})

// notBeforeSurname are more capitalized words that never begin the full
// name a surname points back to: prepositions, days and ranks ("By
// Saturday Prigozhin ..." must not make "Saturday Prigozhin").
var notBeforeSurname = newWordSet(map[string]bool{
	"At": true, "By": true, "For": true, "We": true, "Or": true, "Gen": true,
	"Commander": true, "Governor": true, "Mayor": true, "Spokesman": true, "Spokeswoman": true,
	"Monday": true, "Tuesday": true, "Wednesday": true, "Thursday": true, "Friday": true, "Saturday": true,
	"Sunday": true, "Mr": true, "Mrs": true, "Ms": true, "Dr": true, "Prime": true, "Foreign": true,
	"Defence": true, "Defense": true, "Interior": true, "Lieutenant": true, "Colonel": true, "Major": true,
})

// honorifics stand before a surname alone ("Mr Vega", "Dr. Haddad").
var honorifics = map[string]bool{"Mr": true, "Mrs": true, "Ms": true, "Miss": true, "Dr": true, "Mr.": true, "Mrs.": true, "Ms.": true, "Dr.": true}

// newBody is an organization the gazetteer does not know, speaking under
// the name the text gives it; a national body's name ("National Disaster
// Management Authority") takes the story's country, whose it is.
func (sc *sentence) newBody(name string) speaker {
	if strings.HasPrefix(name, "National ") && sc.doc.focus != "" {
		name = sc.doc.focus + " " + name
	}
	return speaker{news.Source{Name: name, Type: news.SourceAgency}, "agency"}
}

// earlierSpeaker is the speaker a single capitalized word names by
// pointing back to its full name earlier in the document.
func (sc *sentence) earlierSpeaker(w string) (speaker, bool) {
	if len(sc.toks) == 0 {
		return speaker{}, false
	}
	full, ok := earlierName(sc.d.Text, sc.toks[0].Start, w)
	if !ok {
		return speaker{}, false
	}
	for _, f := range strings.Fields(full) {
		if orgWords.has(strings.ToLower(f)) {
			return sc.newBody(full), true
		}
	}
	return speaker{news.Source{Name: full, Type: news.SourcePerson}, "person"}, true
}

// initialAt reports whether token i is one capital letter glued to the
// full stop after it: a name's initial ("W." in "George W. Bush").
func (sc *sentence) initialAt(i int) bool {
	t := sc.toks[i]
	s := t.Text(sc.d.Text)
	return len(s) == 1 && s[0] >= 'A' && s[0] <= 'Z' && i+1 < len(sc.toks) && sc.toks[i+1].Start == t.End
}

// spokesRoles after a name make it the body the speaker speaks for: "a
// Raytheon spokesman". English only: other languages put the role first.
var spokesRoles = map[string]bool{"spokesman": true, "spokeswoman": true, "spokesperson": true, "representative": true}

// numberWordAt reports whether token j is a number written as a word
// ("Six", "Seventeen").
func (sc *sentence) numberWordAt(j int) bool {
	r := numbers.ForLang(sc.st.Lex.Lang, nil)
	if r == nil {
		return false
	}
	t := sc.toks[j].Text(sc.d.Text)
	ms := sc.figures(r, t)
	return len(ms) == 1 && ms[0].Num.Start == 0 && ms[0].Num.End == len(t) && ms[0].Words
}

// unknownName reads a capitalized name the gazetteer does not know: the
// last run of capitalized words in the phrase, joined by "of", "for",
// "the", "and" ("Office of the President of Ukraine"), or one acronym
// ("JNIM"). Organizations are told by their words; the rest are people, and
// the words before a person's name are the title ("former Google CEO").
func (sc *sentence) unknownName(a, b int, speakers []news.Entity) (speaker, bool) {
	text := sc.d.Text
	end := b
	for end > a && !isName(text, sc.toks[end-1]) {
		end--
	}
	start := end
	for start > a {
		if isName(text, sc.toks[start-1]) {
			start--
			continue
		}
		w := sc.word(start - 1)
		if (w == "of" || w == "for" || w == "the" || w == "and" || w == "on" || w == "pour") && start-2 >= a && isName(text, sc.toks[start-2]) {
			start--
			continue
		}
		if w == "the" && start-3 >= a && (sc.word(start-2) == "of" || sc.word(start-2) == "for") && isName(text, sc.toks[start-3]) && !sc.st.Lex.Sources.Has(sc.word(start-3)) {
			start -= 2 // "the Front for the Liberation of the Enclave of Cabinda"
			continue
		}
		if w == "." && start-3 >= a && sc.initialAt(start-2) && isName(text, sc.toks[start-3]) {
			start -= 2 // "George W. Bush": a middle initial
			continue
		}
		// "Vivian van de Perre", "Ursula von der Leyen": particles of
		// a surname between capitalized names.
		k := start - 1
		for k > a && nameParticles.has(sc.word(k)) {
			k--
		}
		if k < start-1 && isName(text, sc.toks[k]) {
			start = k
			continue
		}
		break
	}
	for start < end && !isName(text, sc.toks[start]) {
		start++
	}
	if start < end && (start == 0 || sc.toks[start-1].Kind != token.Word) && sc.numberWordAt(start) {
		// A number word opening the sentence, a line or a quotation is
		// no name: "Six Lebanese civilians were killed". (Elsewhere its
		// capital would make it no number word.)
		start++
	}
	if start >= end {
		return speaker{}, false
	}
	if start > 0 && onlyPlaceAfter.has(sc.word(start-1)) {
		// "A gunner from a battery near Hawkinge wrote": a place where
		// the one who speaks is, whoever that is; no one by that name.
		return speaker{}, false
	}
	if end-start >= 2 && (paperWords.has(sc.word(end-1)) || sc.word(start) == "daily" || sc.word(end-1) == "daily") {
		// "The Island Herald leads on ...", "the Daily Nation", "China
		// Daily": a newspaper's name.
		first := start
		if sc.word(first) == "the" {
			first++
		}
		return speaker{news.Source{Name: sc.spanOf(first, end).Of(text), Type: news.SourceMedia}, "media"}, true
	}
	if p, ok := sc.titledPerson(a, start, end, speakers); ok {
		return p, true
	}
	name := sc.spanOf(start, end)
	for _, e := range speakers {
		if e.Overlaps(name) {
			return speaker{}, false // a known entity, resolved elsewhere
		}
	}
	if sc.demonymsOnly(start, end) {
		return speaker{}, false // "Posts translated from Russian and Belarusian": languages, no one
	}
	if last := sc.toks[end-1]; sc.inPlace(last.Span) && !sc.namedFor(start, end-1) {
		if of := end - 2; of-start >= 2 && sc.word(of) == "of" && sc.st.Lex.Lang == "en" {
			// "Bishop Jude Arogundade of Ondo said": a titled person
			// and the place the title is of.
			if p, ok := sc.unknownName(a, of, speakers); ok && p.kind == "person" && p.src.Title != nil {
				title := *p.src.Title + " " + sc.spanOf(of, end).Of(text)
				p.src.Title = &title
				return p, true
			}
		}
		return speaker{}, false // "Губернатор Белгородской области": a role and its region
	}
	for _, t := range sc.d.SentenceTimes(sc.idx) {
		if t.Overlaps(name) {
			return speaker{}, false // "January and February" is no one
		}
	}
	if end-start == 2 && honorifics[sc.toks[start].Text(text)] {
		// "Ms Ruiz said", after "Governor Ana Ruiz": the full name the
		// surname points back to.
		if sp, ok := sc.earlierSpeaker(sc.toks[start+1].Text(text)); ok && sp.kind == "person" {
			return sp, true
		}
	}
	single := end-start == 1
	if end == b-1 && spokesRoles[sc.word(end)] && (start == a || start == a+1 && (sc.word(a) == "a" || sc.word(a) == "an" || sc.word(a) == "the")) && !sc.st.Lex.Stop.Has(sc.word(start)) {
		// "A Raytheon spokesman said": the body a spokesman speaks for,
		// named before the role.
		return sc.newBody(name.Of(text)), true
	}
	if single && indefinites.has(sc.word(start)) {
		return speaker{}, false // "\"Nobody counts the boats\"": no one
	}
	if single && !isAcronymWord(name.Of(text)) {
		if sp, ok := sc.earlierSpeaker(name.Of(text)); ok {
			return sp, true
		}
		if sc.toks[start].Start == sc.span.Start && start == a && end == b && sc.openingName(start) {
			// "Nexta wrote that ...": a word the text never writes in
			// lower case opens the sentence as its subject.
			return sc.newBody(name.Of(text)), true
		}
		if sc.toks[start].Start == sc.span.Start || start != a || end != b || !lowerRest(name.Of(text)) || sc.st.Lex.Lang == "de" ||
			strings.Contains(name.Of(text), "-") || sc.st.Lex.Stop.Has(sc.word(start)) || sc.st.Lex.Pronouns.Has(sc.word(start)) {
			// Only a name that is the whole phrase speaks: a capitalized
			// word opening the sentence may be any word ("Officials
			// said"), one inside a phrase modifies or places it ("the
			// ship's Greek manager", "officials in Metuge"), one in
			// capitals is a heading, and German writes every noun so.
			return speaker{}, false
		}
		// "according to Cogat", "..., Maxar said": a name met for the
		// first time, most often an organization's.
		return sc.newBody(name.Of(text)), true
	}
	if full, ok := sc.doc.acronyms[name.Of(text)]; ok && single {
		return sc.newBody(full), true
	}
	// "the Kenya Wildlife Trust said": no one's name takes an article.
	org := single || start > a && sc.word(start-1) == "the"
	for j := start; j < end; j++ {
		if w := sc.word(j); orgWords.has(w) || j > start && (w == "for" || w == "pour" || w == "of") {
			org = true // "Justice for Barsalogho": no one's name joins words so
		}
	}
	if org {
		return sc.newBody(name.Of(text)), true
	}
	// "Lawmaker Lee Seong-kweun", "General Oleksandr Syrskyi", "Lt Gen
	// Ahmed Sharif Chaudhry": role words and ranks opening the name are
	// the title.
	for start < end-1 {
		if n, _ := sc.match(sc.st.Lex.Roles, start); n > 0 && start+n < end {
			start += n
			continue
		}
		if titleWords.has(sc.word(start)) {
			start++
			continue
		}
		break
	}
	if end-start > 4 {
		return speaker{}, false
	}
	name = sc.spanOf(start, end)
	s := speaker{news.Source{Name: name.Of(text), Type: news.SourcePerson}, "person"}
	if w := sc.word(start - 1); w == "by" || w == "from" {
		return s, true // "Figures gathered by Ahmed Ali": the agent, untitled
	}
	if a = sc.pastTimes(a, start); start > a {
		title := cleanTitle(sc.spanOf(a, start).Of(text))
		if title != "" && len(title) < 80 {
			s.src.Title = &title
		}
	}
	return s, true
}

// titledPerson reads a run of capitalized words that a title word splits
// ("Kaduna State Governor Uba Sani", "Texas Governor Greg Abbott"): the
// words after the last title word are a person's name, the words before it
// with the title word are the title, even when the gazetteer knows a place
// among them.
func (sc *sentence) titledPerson(a, start, end int, speakers []news.Entity) (speaker, bool) {
	text := sc.d.Text
	for j := end - 2; j > start; j-- {
		if n, _ := sc.match(sc.st.Lex.Roles, j); !titleWords.has(sc.word(j)) && n != 1 {
			continue
		}
		if end-(j+1) > 4 {
			return speaker{}, false
		}
		for k := j + 1; k < end; k++ {
			if !isName(text, sc.toks[k]) || orgWords.has(sc.word(k)) {
				return speaker{}, false
			}
		}
		name := sc.spanOf(j+1, end)
		for _, e := range speakers {
			if e.Overlaps(name) {
				return speaker{}, false
			}
		}
		s := speaker{news.Source{Name: name.Of(text), Type: news.SourcePerson}, "person"}
		title := cleanTitle(sc.spanOf(sc.pastTimes(a, j), j+1).Of(text))
		if title != "" && len(title) < 80 {
			s.src.Title = &title
		}
		return s, true
	}
	return speaker{}, false
}

// pastTimes returns the first token from i on, before limit, that no time
// expression of the sentence covers: in "On 24 September President Uhuru
// Kenyatta said", the month is no part of the title.
func (sc *sentence) pastTimes(i, limit int) int {
	times := sc.d.SentenceTimes(sc.idx)
	for i < limit && slices.ContainsFunc(times, func(t news.TimeExpr) bool { return t.Contains(sc.toks[i].Span) }) {
		i++
	}
	return i
}

// namedFor reports whether the capitalized words toks[start:place] name a
// body after the place at place, joined by "for" or "pour" ("Justice for
// Barsalogho", "Justice pour Barsalogho"), not a role and its region.
func (sc *sentence) namedFor(start, place int) bool {
	if place-start < 2 || sc.titleWord(sc.word(start)) || sc.st.Lex.Roles.Has(sc.word(start)) {
		return false
	}
	w := sc.word(place - 1)
	return w == "for" || w == "pour"
}

// nameParticles stand lower-case inside a person's name.
var nameParticles = newWordSet(map[string]bool{"van": true, "von": true, "de": true, "der": true, "den": true, "da": true, "di": true, "du": true, "del": true, "la": true, "le": true, "bin": true, "al": true, "ter": true, "ten": true, "dos": true, "das": true})

// titleWords open a person's name as a title rather than a name.
var titleWords = newWordSet(map[string]bool{
	"lawmaker": true, "governor": true, "mayor": true, "regional": true, "deputy": true, "colonel": true,
	"lieutenant": true, "major": true, "captain": true, "sergeant": true, "marshal": true, "senator": true,
	"representative": true, "rep.": true, "sen.": true, "gen.": true, "col.": true, "lt.": true, "dr.": true,
	"mr.": true, "mrs.": true, "ms.": true, "prof.": true, "professor": true, "former": true, "acting": true,
	"chairman": true, "chairwoman": true, "director": true, "head": true, "leader": true, "king": true, "queen": true,
	// ranks as British and wire style write them, without a dot
	"lt": true, "gen": true, "maj": true, "brig": true, "col": true, "capt": true, "sgt": true, "cpl": true,
	"adm": true, "cdr": true, "cmdr": true, "maj.": true, "brig.": true, "capt.": true, "sgt.": true, "adm.": true,
	// occupations written before a name as its title: "Co-author Les Roberts"
	"co-author": true, "author": true, "co-founder": true, "founder": true, "researcher": true, "economist": true,
	"historian": true, "editor": true, "correspondent": true, "reporter": true, "pastor": true, "bishop": true,
	"archbishop": true, "imam": true, "rabbi": true, "rev.": true, "rev": true, "dr": true, "doctor": true,
})

// lastTokenOf returns the index of the last token inside sp.
func (sc *sentence) lastTokenOf(sp news.Span) int {
	k := 0
	for i, t := range sc.toks {
		if t.Start >= sp.Start && t.End <= sp.End {
			k = i
		}
	}
	return k
}

// isName reports whether a token can be part of a person's name.
func isName(text string, t token.Token) bool {
	if t.Kind != token.Word {
		return false
	}
	s := t.Text(text)
	if !token.IsCapitalized(s) {
		return articledName(s)
	}
	if notNameWords.has(s) {
		return false
	}
	return true
}

// articledName reports whether a word is a name after the Arabic article
// joined to it as transliterations write it: "al-Ubaidi", "el-Sisi",
// "ad-Dawla".
func articledName(s string) bool {
	pre, rest, ok := strings.Cut(s, "-")
	if !ok || !token.IsCapitalized(rest) {
		return false
	}
	switch pre {
	case "al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ul", "ud":
		return true
	}
	return false
}

// paperWords end the names of newspapers and news sites: "The Gulf Coast
// Ledger", "the Island Herald".
var paperWords = newWordSet(map[string]bool{
	"herald": true, "times": true, "post": true, "ledger": true, "gazette": true, "tribune": true,
	"journal": true, "chronicle": true, "courier": true, "observer": true, "telegraph": true,
	"inquirer": true, "dispatch": true, "mirror": true, "examiner": true, "sentinel": true,
	"bugle": true, "clarion": true, "enquirer": true, "diario": true, "zeitung": true, "gazeta": true,
})

// demonymsOnly reports whether every capitalized word of tokens [a, b) is
// a demonym: "Russian and Belarusian" names no one.
func (sc *sentence) demonymsOnly(a, b int) bool {
	for j := a; j < b; j++ {
		if !isName(sc.d.Text, sc.toks[j]) {
			continue
		}
		if !slices.ContainsFunc(sc.ents, func(e news.Entity) bool { return e.Demonym && e.Contains(sc.toks[j].Span) }) {
			return false
		}
	}
	return true
}

// openingName reports whether the capitalized word at token i, which opens
// its sentence, is a name rather than any word a sentence may open with
// ("Officials said", "Rescuers said"): English, no plural in -s, no word
// of the lexicons, and never written in lower case in the text.
func (sc *sentence) openingName(i int) bool {
	w := sc.toks[i].Span.Of(sc.d.Text)
	lw := sc.word(i)
	if sc.st.Lex.Lang != "en" || len(w) < 3 || !lowerRest(w) || strings.HasSuffix(lw, "s") || strings.Contains(w, "-") {
		return false
	}
	if indefinites.has(lw) {
		return false // "Nobody counts the boats"
	}
	if eventLabels.has(lw) {
		return false // "Quake death toll passes 2,000": an event, no one
	}
	if sc.lexiconWord(lw) {
		return false
	}
	for _, w := range sc.doc.lowerSeen {
		if w.word == lw {
			return !w.seen
		}
	}
	seen := writesLower(sc.d.Text, sc.span, lw)
	if len(sc.doc.lowerSeen) < maxLowerSeen {
		sc.doc.lowerSeen = append(sc.doc.lowerSeen, wordSeen{lw, seen})
	}
	return !seen
}

// indefinites are the pronouns that open a sentence like a name: no one.
var indefinites = newWordSet(map[string]bool{
	"nobody": true, "everybody": true, "everyone": true, "someone": true, "somebody": true, "anyone": true,
	"anybody": true, "none": true, "nothing": true, "everything": true, "something": true, "each": true,
	"either": true, "neither": true, "another": true, "many": true, "most": true, "few": true, "all": true,
	"both": true, "one": true, "some": true, "this": true, "that": true, "these": true, "those": true,
})

// maxLowerSeen bounds the words openingName remembers per document, and
// so its linear search.
const maxLowerSeen = 64

// lexiconWord reports whether one of the language's word lists holds w: a
// word of the language, no name (openingName, singularAgent).
func (sc *sentence) lexiconWord(w string) bool {
	lex := sc.st.Lex
	for _, p := range []*lang.Phrases{lex.Stop, lex.Pronouns, lex.Sources, lex.Nouns, lex.Roles, lex.Orgs, lex.Measures, lex.Cues, lex.Hedges, lex.Generic, lex.Anaphora} {
		if p.Has(w) {
			return true
		}
	}
	return false
}

// lowerWindow bounds the text around a sentence writesLower reads: a long
// document is read near the sentence only, so that the search does not
// grow with the square of its length.
const lowerWindow = 32 << 10

// writesLower reports whether the text near sp holds lw as a whole word
// ("Nothing said", when the text writes "nothing" too).
func writesLower(text string, sp news.Span, lw string) bool {
	rest := text[max(0, sp.Start-lowerWindow):min(len(text), sp.End+lowerWindow)]
	for {
		k := strings.Index(rest, lw)
		if k < 0 {
			return false
		}
		before := k == 0 || !isWordByte(rest[k-1])
		after := k+len(lw) >= len(rest) || !isWordByte(rest[k+len(lw)])
		if before && after {
			return true
		}
		rest = rest[k+len(lw):]
	}
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// cleanTitle trims a speaker's title as the words before the name give it:
// spaces, a live blog's time stamp ("09:42 Civil protection chief"), an
// article and a closing comma.
func cleanTitle(s string) string {
	s = strings.TrimSpace(s)
	if t := strings.TrimLeft(s, "0123456789:. "); t != s && len(s)-len(t) <= 6 {
		s = t
	}
	return strings.TrimSuffix(strings.TrimPrefix(strings.TrimPrefix(s, "the "), "The "), ",")
}

// lowerRest reports whether a word's letters after its first are lower
// case: "Cogat", not "NATO" or "McDonald".
func lowerRest(w string) bool {
	for i, r := range w {
		if i > 0 && unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// onlyPlaceAfter are prepositions whose name is a place: no speaker.
var onlyPlaceAfter = newWordSet(map[string]bool{"near": true, "outside": true, "nearby": true})
