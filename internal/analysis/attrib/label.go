package attrib

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/analysis/token"
	"github.com/sitrep/sitrep/internal/news"
)

// maxLabelTokens bounds the speaker before a headline colon.
const maxLabelTokens = 6

// labelColon finds a headline or bullet label: the tokens from the label's
// start up to a colon within maxLabelTokens, with text after the colon.
func (sc *sentence) labelColon() (from, colon int, ok bool) {
	from = sc.labelStart()
	for j := from + 1; j < len(sc.toks) && j <= from+maxLabelTokens; j++ {
		if sc.word(j) == ":" {
			return from, j, j+1 < len(sc.toks)
		}
	}
	return from, -1, false
}

// labelled reads a headline or bullet that names its speaker before a
// colon: "NIS: about 300 troops killed", "US official: ...". A place or a
// topic before the colon ("Sudan: army retakes ...", "Gaza ceasefire: ...")
// is not a speaker.
func (sc *sentence) labelled() (news.Attribution, speaker, bool) {
	var a news.Attribution
	if t, ok := sc.turnOf(); ok {
		return sc.turnSays(t)
	}
	from, colon, ok := sc.labelColon()
	if !ok {
		return a, speaker{}, false
	}
	if colon == from+1 && creditLabels.has(sc.word(from)) || rubricLabels[strings.ToLower(strings.TrimLeft(sc.spanOf(from, colon).Of(sc.d.Text), "0123456789./)# "))] || sc.word(from) == "about" {
		// "Source: ministry statement No. 31": a credit line; "CORRECTION:",
		// "UPDATED:", "Timeline:", a press release's "About the Alliance:":
		// a rubric. No one speaking.
		return a, speaker{}, false
	}
	if eventLabels.has(sc.word(from)) {
		return a, speaker{}, false // "Cyclone Freddy: casualties by district": the event, no speaker
	}
	sp, ok := sc.resolve(from, colon)
	if !ok || sp.kind == "country" && !sc.capitalLabel(from, colon) || sp.kind == "media" && !sc.st.stateMedia(sp.src.Name) {
		return a, sp, false
	}
	if colon == from+1 && !sc.hasEntity(from, colon) && !sc.speaksElsewhere(sc.toks[from].Text(sc.d.Text)) {
		// "Westgate: 39 still missing", "Beslan: 354 hostages": one word
		// the gazetteer does not know labels the story's topic unless the
		// text has it speak ("Syrskyi: ..." over "Syrskyi said").
		return a, sp, false
	}
	sc.saidAfterColon(&a, sp, sc.spanOf(from, colon), colon)
	return a, sp, !a.Content.Empty()
}

// saidAfterColon fills in an attribution of the words after the colon at
// token colon to sp, named at src.
func (sc *sentence) saidAfterColon(a *news.Attribution, sp speaker, src news.Span, colon int) {
	a.SourceSpan = src
	a.CueSpan = sc.spanOf(colon, colon+1)
	a.Cue = ":"
	a.Hedge = news.HedgeAsserted
	a.Source = sp.src
	a.Sentences = sc.doc.sentences(sc.idx)
	a.Content = sc.spanOf(colon+1, sc.contentEnd())
}

// speaksElsewhere reports whether a name speaks somewhere in the text
// outside this sentence: before a reporting word ("Syrskyi said") or after
// one ("according to Syrskyi", "said Syrskyi").
func (sc *sentence) speaksElsewhere(name string) bool {
	text, cues := sc.d.Text, sc.st.Lex.Cues
	for off := 0; off < len(text); {
		k := strings.Index(text[off:], name)
		if k < 0 {
			return false
		}
		at := off + k
		off = at + len(name)
		if sc.span.Contains(news.Span{Start: at, End: off}) || at > 0 && isWordByte(text[at-1]) || off < len(text) && isWordByte(text[off]) {
			continue
		}
		after := strings.Fields(strings.ToLower(text[off:min(len(text), off+40)]))
		before := strings.Fields(strings.ToLower(text[max(0, at-40):at]))
		if len(after) > 0 && cues.Has(strings.Trim(after[0], ",.;:")) {
			return true
		}
		if n := len(before); n > 0 && invertedCues[before[n-1]] || n > 1 && before[n-1] == "to" && cues.Has(before[n-2]+" "+before[n-1]) {
			return true // "said Syrskyi", "according to Syrskyi"; not "we expect Haiyan to ..."
		}
	}
	return false
}

// invertedCues stand before a speaker they report: "said Syrskyi".
var invertedCues = map[string]bool{"said": true, "says": true, "added": true, "wrote": true, "told": true}

// creditLabels open the lines that credit a table's or a chart's figures.
var creditLabels = newWordSet(map[string]bool{"source": true, "sources": true, "data": true, "note": true, "notes": true, "credit": true, "credits": true, "charts": true, "chart": true})

// eventLabels open a label that names an event, not who speaks.
var eventLabels = newWordSet(map[string]bool{
	"cyclone": true, "typhoon": true, "hurricane": true, "storm": true, "tropical": true, "earthquake": true,
	"quake": true, "floods": true, "flood": true, "wildfire": true, "wildfires": true, "operation": true,
	"battle": true, "siege": true, "war": true, "attack": true, "attacks": true, "explosion": true, "blast": true,
})

// rubricLabels are the words of a rubric before a colon, which names no
// speaker.
var rubricLabels = map[string]bool{
	"correction": true, "corrections": true, "clarification": true, "update": true, "updated": true,
	"updates": true, "editor's note": true, "editor’s note": true, "looking back": true, "background": true,
	"context": true, "analysis": true, "timeline": true, "what we know": true, "key facts": true,
	"breaking": true, "latest": true, "live": true, "summary": true, "at a glance": true, "explainer": true,
	"fact check": true, "fact-check": true, "the claim": true, "the facts": true, "verdict": true, "read more": true,
}

// stateMedia reports whether an outlet is a country's state media: "KCNA:
// Kim Jong-un ordenó ..." is the agency's own report, while another
// outlet's name before a colon is a credit line.
func (st *Stage) stateMedia(name string) bool {
	if st.G == nil {
		return false
	}
	e, ok := st.G.Lookup(name)
	return ok && e.StateMedia
}

// headlineLabel reads the speaker of a headline or feed line that has no
// reporting verb when the line names it in one of two ways the colon label
// (labelled) leaves out: a collective of the media before a colon ("СМИ:
// ..."; an outlet's own name there is page furniture), and a speaker after
// a final dash ("В Одессе ранены трое — местные власти").
func (sc *sentence) headlineLabel() (news.Attribution, speaker, bool) {
	if a, sp, ok := sc.mediaLabel(); ok {
		return a, sp, true
	}
	return sc.dashLabel()
}

// mediaLabel reads "СМИ: ...", "Media: ...": collective media reports.
func (sc *sentence) mediaLabel() (news.Attribution, speaker, bool) {
	var a news.Attribution
	from, colon, ok := sc.labelColon()
	if !ok {
		return a, speaker{}, false
	}
	sp, ok := sc.resolve(from, colon)
	if !ok || sp.kind != news.SourceMedia || sc.namesOutlet(from, colon) {
		return a, sp, false
	}
	a.SourceSpan = sc.spanOf(from, colon)
	a.CueSpan = sc.spanOf(colon, colon+1)
	a.Cue = ":"
	a.Hedge = news.HedgeReported // what the media report, passed on
	a.Source = sp.src
	a.Sentences = sc.doc.sentences(sc.idx)
	a.Content = sc.spanOf(colon+1, sc.contentEnd())
	return a, sp, !a.Content.Empty()
}

// dashLabel reads a line that ends with its speaker after a dash:
// "повреждены 12 жилых домов — местные власти". A country there is no
// speaker ("— Украина" may be a place or a side).
func (sc *sentence) dashLabel() (news.Attribution, speaker, bool) {
	var a news.Attribution
	end := sc.contentEnd()
	d := -1
	for j := end - 1; j > 1 && j >= end-maxLabelTokens-1; j-- {
		if sc.isDash(j) {
			d = j
			break
		}
	}
	if d < 0 || d+1 >= end {
		return a, speaker{}, false
	}
	sp, ok := sc.resolve(d+1, end)
	if !ok || sp.kind == "country" {
		return a, sp, false
	}
	a.SourceSpan = sc.spanOf(d+1, end)
	a.CueSpan = sc.spanOf(d, d+1)
	a.Cue = sc.word(d)
	a.Hedge = news.HedgeAsserted
	a.Source = sp.src
	a.Sentences = sc.doc.sentences(sc.idx)
	a.Content = sc.spanOf(sc.labelStart(), sc.trimBack(d))
	return a, sp, !a.Content.Empty()
}

// contentEnd returns the token index where a line's content ends: before
// a final stop, if any.
func (sc *sentence) contentEnd() int {
	end := len(sc.toks)
	if w := sc.word(end - 1); w == "." || w == "!" || w == "?" {
		end--
	}
	return end
}

// namesOutlet reports whether tokens [a, b) hold an outlet of the gazetteer.
func (sc *sentence) namesOutlet(a, b int) bool {
	sp := sc.spanOf(a, b)
	for _, e := range sc.ents {
		if e.Type == news.EntityOutlet && sp.Contains(e.Span) {
			return true
		}
	}
	return false
}

// reckonings are the nouns of "By the UN's count, ...": whose count,
// estimate or tally opens the sentence speaks for the rest of it.
var reckonings = newWordSet(map[string]bool{
	"count": true, "counts": true, "tally": true, "estimate": true, "estimates": true, "reckoning": true,
	"calculation": true, "calculations": true, "figures": true, "data": true, "assessment": true, "account": true,
})

// unownedReckoning reports whether the words before a reckoning noun name
// no one: "most", "some", "Western", "independent" ("by most Western
// estimates", "by some estimates").
func (sc *sentence) unownedReckoning(a, b int) bool {
	for j := a; j < b; j++ {
		switch sc.word(j) {
		case "most", "some", "many", "several", "other", "all", "the", "western", "independent", "conservative",
			"credible", "recent", "outside", "private", "unofficial", "rough", "various":
		default:
			return false
		}
	}
	return true
}

// byReckoning reads "By South Korea's count, the North has shipped ..." and
// "..., by most Western estimates.": the name before the reckoning noun is
// the source, the rest of the sentence its content; an estimate is
// estimated, a count asserted.
func (sc *sentence) byReckoning() (news.Attribution, speaker, bool) {
	var a news.Attribution
	end := len(sc.toks)
	if w := sc.word(end - 1); w == "." || w == "!" || w == "?" {
		end--
	}
	for i := 0; i < end; i++ {
		if sc.word(i) != "by" || i > 0 && sc.word(i-1) != "," {
			continue
		}
		for k := i + 2; k < end && k <= i+8; k++ {
			if !reckonings.has(sc.word(k)) {
				continue
			}
			// the reckoning ends an opening phrase or the sentence
			opening := i == 0 && sc.word(k+1) == ","
			bare := i == 0 && !opening && sc.figureAt(k+1) // "By the Army's count 158 interceptors were fired"
			if !opening && !bare && !(i > 0 && k+1 == end) {
				break
			}
			nb := k
			if sc.toks[k-1].Kind == token.Possessive {
				nb = k - 1
			}
			sp, ok := sc.resolve(i+1, nb)
			if !ok && sc.unownedReckoning(i+1, nb) {
				// "..., by most Western estimates.": no one in particular,
				// the analysts who make such estimates.
				sp, ok = speaker{news.Source{Name: "experts", Type: news.SourceExperts}, "experts"}, true
			}
			if !ok {
				return a, sp, false
			}
			sc.reckonedBy(&a, sp, sc.spanOf(i+1, nb), k)
			if opening {
				a.Content = sc.spanOf(k+2, end)
			} else if bare {
				a.Content = sc.spanOf(k+1, end)
			} else {
				a.Content = sc.spanOf(0, i-1)
			}
			return a, sp, !a.Content.Empty()
		}
	}
	return a, speaker{}, false
}

// reckonedBy fills in an attribution whose cue is the noun of a count at
// token k ("estimate", "figure", "tally"), said by sp at src: an estimate
// is estimated, any other count asserted.
func (sc *sentence) reckonedBy(a *news.Attribution, sp speaker, src news.Span, k int) {
	a.SourceSpan = src
	a.CueSpan = sc.spanOf(k, k+1)
	a.Cue = sc.word(k)
	a.Hedge = news.HedgeAsserted
	if h, ok := sc.st.Lex.Cues.Get(a.Cue); ok && h == news.HedgeEstimated {
		a.Hedge = h
	}
	a.Source = sp.src
	a.Sentences = sc.doc.sentences(sc.idx)
}

// byUnownedEstimates reads a clause whose subject is estimates or reports
// no one owns: "...; some estimates run as high as 600", "Other reports put
// the toll at 40". Unnamed sources say what follows, the rest of the
// clause: an estimate estimated, a report reported. English only.
func (sc *sentence) byUnownedEstimates() (news.Attribution, speaker, bool) {
	var a news.Attribution
	if sc.st.Lex.Lang != "en" {
		return a, speaker{}, false
	}
	end := len(sc.toks)
	if w := sc.word(end - 1); w == "." || w == "!" || w == "?" {
		end--
	}
	for k := 0; k+2 < end; k++ {
		if k > 0 && sc.word(k-1) != ";" {
			continue
		}
		if !unownedWords.has(sc.word(k)) {
			continue
		}
		noun := sc.word(k + 1)
		hedge := ""
		switch noun {
		case "estimates", "estimate":
			hedge = news.HedgeEstimated
		case "reports", "accounts":
			hedge = news.HedgeReported
		default:
			continue
		}
		content := sc.spanOf(k+2, end)
		if !sc.holdsFigure(content) {
			continue
		}
		sp := speaker{news.Source{Name: "unnamed sources", Type: news.SourceUnnamed}, "unnamed"}
		a.Source, a.SourceSpan = sp.src, sc.spanOf(k, k+2)
		a.Cue, a.CueSpan, a.Hedge = noun, sc.spanOf(k+1, k+2), hedge
		a.Content = content
		a.Sentences = sc.doc.sentences(sc.idx)
		return a, sp, true
	}
	return a, speaker{}, false
}

// unownedWords open estimates or reports no one owns: "some estimates",
// "other reports".
var unownedWords = newWordSet(map[string]bool{"some": true, "other": true, "several": true, "many": true, "one": true})

// byOwnedFigure reads a figure that a speaker's own count names: "The
// President's figure of 175 wounded never matched ...", "Kyiv's estimate of
// 500 dead", "the World Bank's estimate, two days earlier, was $122
// billion". English only.
func (sc *sentence) byOwnedFigure() (news.Attribution, speaker, bool) {
	var a news.Attribution
	if sc.st.Lex.Lang != "en" {
		return a, speaker{}, false
	}
	for k := 2; k+2 < len(sc.toks); k++ {
		if sc.toks[k-1].Kind != token.Possessive || !figureWords.has(sc.word(k)) && !reckonings.has(sc.word(k)) {
			continue
		}
		j := sc.pastAside(k + 1)
		switch sc.word(j) {
		case "of":
			j++
		case "was", "is", "stood", "stands":
			// "the World Bank's estimate, two days earlier, was $122
			// billion"
			j++
			if sc.word(j) == "at" {
				j++
			}
		default:
			continue
		}
		fig := j
		end := sc.figureEnd(fig)
		if end < 0 {
			continue
		}
		from := k - 1
		for from > 0 && k-1-from < 6 && (capitalized(sc.toks[from-1].Text(sc.d.Text)) || sc.word(from-1) == "the") {
			from--
		}
		if from == k-1 {
			continue
		}
		sp, ok := sc.resolve(from, k-1)
		if !ok {
			continue
		}
		sc.reckonedBy(&a, sp, sc.spanOf(from, k-1), k)
		a.Content = sc.spanOf(fig, end)
		return a, sp, true
	}
	return a, speaker{}, false
}

// maxAsideTokens bounds an aside set off by commas (pastAside).
const maxAsideTokens = 8

// pastAside returns the token after an aside that commas set off at token
// j (", two days earlier,"), or j when none opens there.
func (sc *sentence) pastAside(j int) int {
	if sc.word(j) != "," {
		return j
	}
	for k := j + 1; k < len(sc.toks) && k <= j+maxAsideTokens; k++ {
		if sc.word(k) == "," {
			return k + 1
		}
	}
	return j
}

// figureEnd returns the end of the figure and its noun that open at token
// j ("some 175 wounded", "500 dead"), or -1 when no figure written in digits
// opens there.
func (sc *sentence) figureEnd(j int) int {
	start := j
	for j < len(sc.toks) && j-start < 3 && numberQualifiers.has(sc.word(j)) {
		j++
	}
	if w := sc.word(j); w == "$" || w == "€" || w == "£" || w == "¥" {
		j++ // "$122 billion"
	}
	if j >= len(sc.toks) || sc.toks[j].Kind != token.Word || !token.IsDigits(sc.word(j)[:1]) {
		return -1
	}
	j++
	if scaleWords.has(sc.word(j)) {
		j++
	}
	if w := sc.word(j); w == "to" || w == "-" || w == "–" {
		// a range: "$122 billion to $235 billion"
		if e := sc.figureEnd(j + 1); e > 0 {
			return e
		}
	}
	if j < len(sc.toks) && sc.toks[j].Kind == token.Word && !isName(sc.d.Text, sc.toks[j]) && !sc.st.Lex.Stop.Has(sc.word(j)) {
		j++
	}
	return j
}

// numberQualifiers open a figure: "some", "at least", "more than".
var numberQualifiers = newWordSet(map[string]bool{
	"some": true, "about": true, "around": true, "nearly": true, "almost": true, "roughly": true, "approximately": true,
	"at": true, "least": true, "more": true, "than": true, "over": true, "up": true, "to": true, "fewer": true, "just": true,
})

// scaleWords follow a figure's digits: "2.5 million".
var scaleWords = newWordSet(map[string]bool{"hundred": true, "thousand": true, "million": true, "billion": true, "trillion": true})

// byColonQuote reads a quotation that a colon brings in after a clause
// opening with a person: "Aiko Tanaka, 27, runs a soup kitchen: "Some
// days we feed 600 people."" English only.
func (sc *sentence) byColonQuote() (news.Attribution, speaker, bool) {
	var a news.Attribution
	if sc.st.Lex.Lang != "en" {
		return a, speaker{}, false
	}
	k := slices.IndexFunc(sc.words, func(w string) bool { return w == ":" })
	end := sc.contentEnd()
	if k < 2 || k+2 >= end {
		return a, speaker{}, false
	}
	if _, ok := regionAt(sc.regions, sc.toks[k+2].Start); !ok {
		return a, speaker{}, false // no quotation after the colon
	}
	sp, ok := sc.subject()
	if !ok || sp.kind != "person" {
		return a, speaker{}, false
	}
	name := k
	if c := slices.Index(sc.words[:k], ","); c > 0 {
		name = c
	}
	sc.saidAfterColon(&a, sp, sc.spanOf(0, name), k)
	return a, sp, true
}

// byBracketCredit reads a line that credits its figures to a body in
// brackets at its end, as key-figure lists write them: "260,000 people
// estimated trapped in El Fasher (IOM, 27 Oct)", "1,500 or more civilians
// reported killed (Sudan Doctors Network)". What follows the comma is when.
func (sc *sentence) byBracketCredit() (news.Attribution, speaker, bool) {
	var a news.Attribution
	end := sc.contentEnd()
	if end < 4 || sc.word(end-1) != ")" {
		return a, speaker{}, false
	}
	k := end - 2
	for k > 0 && sc.word(k) != "(" && sc.word(k) != ")" {
		k--
	}
	if k < 2 || sc.word(k) != "(" {
		return a, speaker{}, false
	}
	name := k + 1
	for name < end-1 && sc.word(name) != "," {
		name++
	}
	if name == k+1 || !sc.holdsFigure(sc.spanOf(0, k)) {
		return a, speaker{}, false
	}
	sp, ok := sc.resolve(k+1, name)
	if !ok || sp.kind == "person" || sp.kind == "country" || sp.kind == "place" || sp.kind == "unnamed" {
		return a, sp, false
	}
	a.SourceSpan = sc.spanOf(k+1, name)
	a.CueSpan = sc.spanOf(k, k+1)
	a.Cue = "("
	a.Hedge = news.HedgeReported
	a.Source = sp.src
	a.Sentences = sc.doc.sentences(sc.idx)
	a.Content = sc.spanOf(0, k)
	return a, sp, true
}

// turnSays is the attribution of a sentence in a transcript's turn: what
// follows the label, or the whole sentence when the label opened an earlier
// sentence of the line, is the labelled speaker's own words.
func (sc *sentence) turnSays(t turn) (news.Attribution, speaker, bool) {
	var a news.Attribution
	sp, ok := sc.turnSpeaker(t)
	if !ok {
		return a, sp, false
	}
	start := 0
	if t.label.Start >= sc.span.Start {
		for start < len(sc.toks) && sc.toks[start].Start <= t.label.End {
			start++ // past the label and its colon
		}
	}
	end := sc.contentEnd()
	if start >= end {
		return a, sp, false
	}
	a.SourceSpan = t.label
	a.CueSpan = news.Span{Start: t.label.End, End: t.label.End + 1}
	a.Cue = ":"
	a.Direct = true
	a.Hedge = news.HedgeAsserted
	a.Source = sp.src
	a.Sentences = sc.doc.sentences(sc.idx)
	a.Content = sc.spanOf(start, end)
	return a, sp, !a.Content.Empty()
}

// byCaption reads a table row whose caption names its source in brackets
// at its end: under "Table 1 — Flood deaths by province (NDMA, 27
// September)" the row "Sindh .......... 724" is the NDMA's, given on the
// day the brackets name. Without such brackets a credit line under the
// rows may name it: "Source: ministry statement No. 31" after "Tanks
// destroyed: 135 (+4)" is the ministry the story named. The row is the
// content; there is no cue.
func (sc *sentence) byCaption() (news.Attribution, speaker, bool) {
	var a news.Attribution
	text := sc.d.Text
	if !token.IsRow(strings.TrimSpace(sc.span.Of(text))) {
		return a, speaker{}, false
	}
	capSp, ok := token.TableCaption(text, sc.span.Start)
	if !ok {
		return a, speaker{}, false
	}
	sp, inner, ok := sc.bracketSource(capSp)
	if ok {
		for _, t := range sc.d.Times { // the caption's line, not the row's
			if inner.Contains(t.Span) && !t.Date.IsZero() && t.Granularity != "time" && t.Granularity != "year" {
				a.SaidOn = t.Date
				break
			}
		}
	} else if sp, inner, ok = sc.creditSource(); !ok {
		return a, speaker{}, false
	}
	a.SourceSpan = inner
	a.Source = sp.src
	a.Hedge = news.HedgeAsserted
	a.Content = trimSpan(text, sc.span)
	a.Sentences = sc.doc.sentences(sc.idx)
	return a, sp, !a.Content.Empty()
}

// bracketSource reads the source a caption names in brackets at its end
// ("(NDMA, 27 September)"): the speaker, and the brackets' inside.
func (sc *sentence) bracketSource(capSp news.Span) (speaker, news.Span, bool) {
	text := sc.d.Text
	line := strings.TrimRight(capSp.Of(text), " ")
	if !strings.HasSuffix(line, ")") {
		return speaker{}, news.Span{}, false
	}
	open := strings.LastIndexByte(line, '(')
	if open < 0 {
		return speaker{}, news.Span{}, false
	}
	inner := news.Span{Start: capSp.Start + open + 1, End: capSp.Start + len(line) - 1}
	for _, e := range sc.d.Entities {
		if e.Start >= inner.End {
			break
		}
		if inner.Contains(e.Span) {
			if sp, ok := sc.st.speakerOf(e); ok {
				return sp, inner, true
			}
		}
	}
	// "(NDMA, 27 September)": an acronym the story defined
	first := inner.Of(text)
	if i := strings.IndexByte(first, ','); i >= 0 {
		first = first[:i]
	}
	if full, found := sc.doc.acronyms[strings.TrimSpace(first)]; found {
		return sc.newBody(full), inner, true
	}
	return speaker{}, news.Span{}, false
}

// creditSource reads the one source a credit line under the table's rows
// names ("Source: ministry statement No. 31, 08:30"): a name of the
// gazetteer, else a body the story named before by the description's head
// ("ministry"). A line that lists several sources ("Sources: AFAD; IOM")
// gives none.
func (sc *sentence) creditSource() (speaker, news.Span, bool) {
	text := sc.d.Text
	sp, ok := token.TableCredit(text, sc.span.Start)
	if !ok || strings.ContainsAny(sp.Of(text), ";") {
		return speaker{}, news.Span{}, false
	}
	for _, e := range sc.d.Entities {
		if e.Start >= sp.End {
			break
		}
		if sp.Contains(e.Span) {
			if s, ok := sc.st.speakerOf(e); ok {
				return s, e.Span, true
			}
		}
	}
	word, _, _ := strings.Cut(strings.ToLower(sp.Of(text)), " ")
	if types, ok := sc.st.Lex.Pronouns.Get("the " + word); ok {
		if s, ok := sc.sameHead("the "+word, types); ok {
			return s, news.Span{Start: sp.Start, End: sp.Start + len(word)}, true
		}
	}
	return speaker{}, news.Span{}, false
}

// capitalized reports whether a word opens with an upper-case letter.
func capitalized(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}
