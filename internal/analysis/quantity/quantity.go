// Package quantity is the analysis stage that turns numbers into quantities:
// it drops what is not a count (dates, ages, calibers, durations), finds the
// counted noun even when it comes late or is elided, classifies it, and reads
// the measure, the actor and the location from the words around it.
package quantity

import (
	"context"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/analysis/lang"
	"github.com/sitrep/sitrep/internal/analysis/numbers"
	"github.com/sitrep/sitrep/internal/analysis/token"
	"github.com/sitrep/sitrep/internal/gazetteer"
	"github.com/sitrep/sitrep/internal/news"
)

// Stage fills Doc.Quantities. It reads Sentences, Entities and Times.
type Stage struct {
	Numbers *numbers.Recognizer
	Lex     *lang.Lexicon
	G       *gazetteer.Gazetteer

	capitalsOnce sync.Once
	capitals     map[string]string // country -> its capital, from G
}

// capitalOf returns the capital of a country the gazetteer names, or "".
func (s *Stage) capitalOf(country string) string {
	s.capitalsOnce.Do(func() {
		s.capitals = map[string]string{}
		for _, e := range s.G.Entries() {
			if e.Kind == "capital" && e.Country != "" {
				if _, ok := s.capitals[e.Country]; !ok {
					s.capitals[e.Country] = e.Canonical
				}
			}
		}
	})
	return s.capitals[country]
}

// Name implements the analysis stage contract.
func (s *Stage) Name() string { return "quantity" }

// sentence is the working context for one sentence.
type sentence struct {
	ctx   context.Context // the document's: token.Sentence memoizes the words in it
	s     *Stage
	d     *news.Doc
	idx   int
	span  news.Span
	toks  []token.Token
	words []string // token.Norm of each of toks
	// tokAt maps a byte offset, less the first token's start, to
	// tokIndex's answer; built from tokBuf at the first tokIndex call
	// (tokenTable). A sentence without tokBuf searches instead.
	tokAt  []int32
	tokBuf *[]int32
	// locBuf is the stage's buffer that copyPlaces copies into; nil in
	// a sentence made without one, which clones instead.
	locBuf *[]place
	ents   []news.Entity
	srcs   []bool // ents[i] names a speaker, not an actor or place
	nums   []numbers.Mention
	raw    rawMeasure      // the measure of the last figure built, before refine
	prior  []news.Quantity // quantities of earlier sentences, for elided nouns
	scene  scene           // where the story was before this sentence
	home   string          // where the headline sets the whole story (headlineScene)
	group  string          // the only armed group no state's the story names (soleGroup)
	state  string          // the only state whose forces the story names (soleState)
	label  string          // the place that labels the sentence's list item (itemLabel)
	sides  sides           // the story's two parties, for what one takes from the other
	refs   []referent      // whose people and things earlier sentences named
	// from is the first sentence whose figures, places and owners this one
	// may take up: itself for a standalone item (see item), else 0.
	from int
	// section is the first sentence of the roundup story this one is in
	// (token.Roundup), or 0: unlike a digest's one-line item, such a story
	// has a home of its own, its dateline's city.
	section int
	covers  *news.ContentIndex // the document's attributions by content (covering)
	// speakers are the spans of the sentence's unnamed speakers right
	// before their cues ("a local official and two residents said"): no
	// figure in them is a claim (speakerSpans).
	speakers []news.Span
	// sources are the spans of all the sentence's speakers, by start.
	sources []news.Span
	// nation caches nationwide once nationScanned is set.
	nation, nationScanned bool
	// scannedPl caches scannedPlaces once scanned is set.
	scannedPl []place
	scanned   bool
	// placedList caches places(placedActor, placedEnt) once placed is set.
	placedList  []place
	placedActor string
	placedEnt   int
	placed      bool
	// asked is the interviewer's "how many" question this sentence may
	// answer, or nil.
	asked *question
	// story finds the border between two countries the story names, for
	// a border named without them (storyBorder); nil in the scratch
	// sentence that scans for it.
	story *storyBorders
	// writer is who the document says wrote it, read once per document
	// when a figure asks (ownBodyActs).
	writer *writer
}

// Annotate finds the quantities of every sentence that is not boilerplate.
func (s *Stage) Annotate(ctx context.Context, d *news.Doc) error {
	d.Quantities = d.Quantities[:0]
	// Figures are read in the document's language ("11.000" is eleven thousand
	// in German); English when no lexicon exists for it.
	buf := scratchPool.Get().(*scratch)
	defer func() {
		buf.covers.Reset(nil) // hold no document in the pool
		clear(buf.located[:cap(buf.located)])
		buf.located = buf.located[:0]
		scratchPool.Put(buf)
	}()
	all := numbers.ForLang(d.Meta.Lang, s.Numbers).AppendFind(buf.all[:0], d.Text)
	buf.all = all
	if cap(d.Quantities) < len(all) {
		// A figure makes at most one quantity: one allocation, not a
		// doubling per few figures.
		d.Quantities = make([]news.Quantity, 0, len(all))
	}
	ents := d.Entities
	if !strictlyOrdered(ents) {
		// Only a list with equal or unordered starts needs the sort (and
		// its reflection): on starts that all differ, sort.Slice is a no-op.
		sort.Slice(ents, func(i, j int) bool { return ents[i].Start < ents[j].Start })
	}
	mi, ei := 0, 0
	var sc0 scene
	var refs []referent
	docHome := headlineScene(d, ents, s.Lex.Lang == "en", s.G)
	if docHome == "" && s.Lex.Lang == "en" {
		docHome = standfirstScene(d, ents, s.G)
	}
	if docHome == "" {
		docHome = issuedIn(d, ents)
	}
	inBody := false // a sentence of the body came before
	sd := s.belligerents(ents)
	group := soleGroup(ents, s.G)
	state := soleState(ents, d.Focus, s.G)
	named := countriesNamed(ents)
	var asked *question
	borders := &storyBorders{ents: ents}
	wr := &writer{}
	roundup := token.Roundup(d.Text, d.Sentences)
	if docHome == "" && !roundup {
		docHome = setting(ents, state, named[state], s.G)
	}
	home := docHome
	covers := &buf.covers
	covers.Reset(d.Attributions)
	buf.speakers = speakerSpans(buf.speakers[:0], d.Attributions)
	buf.sources = sourceSpans(buf.sources[:0], d.Attributions)
	speakers, sources := spanWindow{spans: buf.speakers}, spanWindow{spans: buf.sources}
	section := 0
	for si, sent := range d.Sentences {
		if err := ctx.Err(); err != nil {
			return err
		}
		if q, isQ := s.question(ctx, d, sent.Span, si); isQ {
			asked = q // a question without "how many" answers none
		}
		for mi < len(all) && all[mi].Start < sent.Start {
			mi++
		}
		mj := mi
		for mj < len(all) && all[mj].End <= sent.End {
			mj++
		}
		for ei < len(ents) && ents[ei].Start < sent.Start {
			ei++
		}
		ej := ei
		for ej < len(ents) && ents[ej].End <= sent.End {
			ej++
		}
		if sent.Boilerplate || mj == mi && ej == ei && !mayNamePlace(d.Text, sent.Span) {
			mi = mj
			continue
		}
		if !sent.Headline && !sent.Boilerplate {
			inBody = true
		}
		if sent.Headline && inBody && !d.Headline.Contains(sent.Span) {
			// A heading inside the text ("Death toll in Iran rises" over a
			// live blog's entry) sets the scene of what is under it, or
			// lets the headline's hold again. Headings before the body
			// (a standfirst, a byline "in Guayaquil") set none.
			if h := sceneOf(d, sent.Span, ents, s.Lex.Lang == "en", s.G, true); h != "" {
				home = h
			} else {
				home = docHome
			}
		}
		if inBody && token.WholeLine(d.Text, sent.Span) {
			if e, ok := soleName(d.Text, sent.Span, ents[ei:ej]); ok && !e.Demonym && (e.Type == news.EntityCountry || e.Type == news.EntityPlace) {
				// "NIGER" over a roundup's section: what is under it is
				// there, and takes up no figure, place or owner of the
				// last section.
				section, sc0, refs, home = si, scene{}, nil, e.Canonical
				if e.Type == news.EntityCountry {
					state = e.Canonical // its soldiers no one owns are its own
				}
			}
		}
		if roundup && (sent.Start == 0 || d.Text[sent.Start-1] == '\n') {
			if p := token.DatelineEnd(d.Text, sent.Span); p > 0 {
				// "SEOUL - At least 151 people died": a new story, in
				// the dateline's city.
				section, sc0, refs, home = si, scene{}, nil, ""
				for _, e := range ents[ei:ej] {
					if e.End <= p && (e.Type == news.EntityPlace || e.Type == news.EntityCountry) && !e.Demonym {
						home = e.Canonical
					}
				}
			}
		}
		sc := &sentence{ctx: ctx, s: s, d: d, idx: si, span: sent.Span, ents: ents[ei:ej], prior: d.Quantities, scene: sc0, home: home, group: group, state: state, sides: sd, refs: refs, nums: buf.nums[:0], story: borders, writer: wr, from: section, section: section, covers: covers, tokBuf: &buf.tokAt, locBuf: &buf.located}
		if asked != nil && si-asked.sentence <= maxAnswerGap {
			sc.asked = asked
		}
		if p := token.DatelineEnd(d.Text, sent.Span); p > 0 {
			for len(sc.ents) > 0 && sc.ents[0].End <= p {
				sc.ents = sc.ents[1:] // the city filed from
			}
		}
		if s.Lex.Lang == "en" && len(sc.ents) > 0 && (sent.Start == 0 || d.Text[sent.Start-1] == '\n') {
			if _, end, ok := token.SpeakerLabel(d.Text, sent.Start); ok && end <= sent.End {
				for len(sc.ents) > 0 && sc.ents[0].End <= end {
					sc.ents = sc.ents[1:] // who speaks: "REPORTER (Arta Krasniqi, Radio Ura):"
				}
			}
		}
		sc.label = itemLabel(d, sent.Start, s.G)
		if item(d.Text, sent.Span, d.Headline.Contains(sent.Span)) {
			sc.from = si
		}
		sc.toks, sc.words = token.Sentence(ctx, d.Text, sent.Span)
		sc.speakers, sc.sources = speakers.in(sent.Span), sources.in(sent.Span)
		sc.markSources()
		for i, m := range all[mi:mj] {
			if m.Unit == "m" {
				m = sc.millions(m)
			}
			if i > 0 && sc.ratioBase(all[mi+i-1], m) {
				continue
			}
			if sc.keep(m) {
				sc.nums = append(sc.nums, sc.share(m))
			}
		}
		from := len(d.Quantities)
		for k := range sc.nums {
			if q, ok := sc.quantity(k); ok {
				d.Quantities = append(d.Quantities, q)
			}
		}
		sc.shareBackward(from)
		if p, ok := sc.lastPlace(); ok && !sc.signOff() {
			en, known := s.G.Lookup(p)
			known = known || isBorder(p) // read from two countries the gazetteer knows
			// A capital abroad named in passing ("a court ruling in
			// Nairobi", "talks in Geneva") does not move a story about
			// other countries.
			c := s.G.CountryOf(p)
			abroad := known && c != "" && d.Focus != "" && c != d.Focus && named[c] < 2
			if abroad && en.Kind != "capital" {
				// Any other place abroad only in a story that names its
				// own country often ("detained in Texas in July" in a
				// story on Mexico).
				abroad = named[d.Focus] >= minFocusMentions
			}
			if abroad && sc.placedIn(p) && slices.ContainsFunc(d.Quantities[from:], func(q news.Quantity) bool { return q.Location == p && lossOrLaunch(q.Measure) }) {
				// "two truck bombs struck the Multinational Force in
				// Beirut": where the sentence's own attack or losses
				// happened is no place named in passing.
				abroad = false
			}
			if !abroad {
				sc0 = scene{name: p, sentence: si, known: known}
			}
		}
		refs = sc.addReferents(refs)
		buf.nums = sc.nums[:0]
		mi = mj
	}
	return nil
}

// setting returns where a story set in one country happens, when its
// headline does not say: the narrowest place that holds every place the
// story names in that country ("Makhachkala" and "Dagestan" -> Dagestan),
// or the country itself when it names them fewer than twice (capitals
// count for none: they stand for governments). "" when the story is set
// in no one country: its forces are several states' (state is "", see
// soleState), it names that country and its places fewer than
// minFocusMentions times in all (named counts the country and its
// bodies), or it names a sea or strait, which lies in no country.
func setting(ents []news.Entity, state string, named int, g *gazetteer.Gazetteer) string {
	if state == "" {
		return ""
	}
	var common []string // the places holding each place so far, narrowest first
	first, n := true, 0
	for _, e := range ents {
		if e.Demonym || e.Type != news.EntityPlace {
			continue
		}
		en, ok := g.Lookup(e.Canonical)
		if !ok || en.Region {
			continue
		}
		if e.StandsFor != "" || en.Kind == "capital" {
			if g.CountryOf(e.Canonical) == state {
				named++ // where the government sits: the country, named again
			}
			continue
		}
		c := g.CountryOf(e.Canonical)
		if c == "" {
			return "" // at sea
		}
		if c != state {
			continue
		}
		n++
		chain := g.Parents(e.Canonical)
		if first {
			common, first = slices.Clone(chain), false
			continue
		}
		common = slices.DeleteFunc(common, func(p string) bool { return !slices.Contains(chain, p) })
	}
	if named+n < minFocusMentions {
		return "" // a country named in passing sets no story in it
	}
	if len(common) == 0 || n < minSettingMentions {
		return state
	}
	return common[0]
}

// speakerSpans appends to dst, by start, the spans of the unnamed or
// collective speakers right before their cues ("a local official and two
// residents said"), whose figures count who speaks, not what happened. A
// speaker read further from its cue may hold the figures said.
func speakerSpans(dst []news.Span, atts []news.Attribution) []news.Span {
	for i := range atts {
		a := &atts[i]
		if a.Source.Type != news.SourceUnnamed && a.Source.Type != news.SourceExperts {
			continue
		}
		if sp := a.SourceSpan; sp.Len() > 0 && sp.Len() <= maxSpeakerBytes && sp.End <= a.CueSpan.Start && a.CueSpan.Start-sp.End <= 1 {
			dst = append(dst, sp)
		}
	}
	slices.SortFunc(dst, func(a, b news.Span) int { return a.Start - b.Start })
	return dst
}

// sourceSpans appends to dst, by start, the spans of every speaker atts
// name.
func sourceSpans(dst []news.Span, atts []news.Attribution) []news.Span {
	for i := range atts {
		if sp := atts[i].SourceSpan; sp.Len() > 0 {
			dst = append(dst, sp)
		}
	}
	slices.SortFunc(dst, func(a, b news.Span) int { return a.Start - b.Start })
	return dst
}

// spanWindow walks spans sorted by start with the sentences, in order: a
// sentence's own spans in time linear in the document, not a scan of all
// of them per sentence.
type spanWindow struct {
	spans []news.Span
	from  int
}

// in returns the spans that start inside sp; sp must not start before the
// span of the call before.
func (w *spanWindow) in(sp news.Span) []news.Span {
	for w.from < len(w.spans) && w.spans[w.from].Start < sp.Start {
		w.from++
	}
	to := w.from
	for to < len(w.spans) && w.spans[to].Start < sp.End {
		to++
	}
	return w.spans[w.from:to]
}

// maxSpeakerBytes bounds the speaker phrases whose figures are no claims.
const maxSpeakerBytes = 60

// minSettingMentions is how often a story must name places inside its
// country before the one holding them is its setting: a town named once
// ("a rally in Gomel") is no more than a scene.
const minSettingMentions = 2

// scratch holds the slices of mentions Annotate needs for one document:
// pooled, they are allocated once, not per document and sentence. Nothing
// keeps them past Annotate: the quantities copy what they need.
type scratch struct {
	all      []numbers.Mention // the document's figures
	nums     []numbers.Mention // the kept figures of one sentence
	covers   news.ContentIndex // the document's attributions by content
	speakers []news.Span       // the document's unnamed speakers' spans, by start (speakerSpans)
	sources  []news.Span       // the document's speakers' spans, by start (sourceSpans)
	tokAt    []int32           // the token table of the sentence at hand (sentence.tokAt)
	located  []place           // the copy of the places location reads (sentence.copyPlaces)
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// strictlyOrdered reports whether each entity starts after the one before.
func strictlyOrdered(ents []news.Entity) bool {
	for i := 1; i < len(ents); i++ {
		if ents[i].Start <= ents[i-1].Start {
			return false
		}
	}
	return true
}

// scene is the place the story was last in: the last specific place (not a
// country) a sentence named.
type scene struct {
	name     string
	sentence int
	// known reports a gazetteer place; a place read from its shape only
	// ("the Sviatoshynskyi district") sets the scene of its own paragraph.
	known bool
}

// minFocusMentions is how often a story must name its own country before a
// place in a country it names at most once counts as named in passing.
const minFocusMentions = 3

// sceneLookback is how many sentences a scene lasts without being named again.
const sceneLookback = 3

// mayNamePlace reports whether a sentence without entities may still name a
// place the gazetteer does not know: a capital letter after its first word.
func mayNamePlace(text string, sp news.Span) bool {
	s := sp.Of(text)
	for i := 1; i < len(s); i++ {
		if s[i] >= 'A' && s[i] <= 'Z' && s[i-1] == ' ' {
			return true
		}
	}
	return false
}

// item reports whether a sentence is a standalone item: a line of its own
// that ends without a full stop, next to another such line, like the
// entries of a headline digest or a bulleted list ("NIS: about 300 North
// Korean troops killed, 2,700 wounded"). Such an item is a story of its
// own, so it takes no owner, place or elided noun from the lines before
// it. A lone unpunctuated line (a headline, a standfirst) is not an item:
// the story goes on from it; nor is a headline with its standfirst under
// it, two lines: a digest's headline is one of three or more.
func item(text string, sp news.Span, headline bool) bool {
	start, end := lineOf(text, sp.Start)
	if strings.TrimSpace(text[start:sp.Start]) != "" || end < sp.End || strings.TrimSpace(text[sp.End:end]) != "" {
		return false
	}
	if !unpunctuated(text[start:end]) {
		return false
	}
	run := 1 // unpunctuated lines in a row, counted up to three
	for s := start; s > 0 && run < 3; {
		ps, pe := lineOf(text, s-1)
		if !unpunctuated(text[ps:pe]) || !worded(text[ps:pe]) {
			break
		}
		run, s = run+1, ps
	}
	for e := end; e < len(text) && run < 3; {
		ns, ne := lineOf(text, e+1)
		if !unpunctuated(text[ns:ne]) || !worded(text[ns:ne]) {
			break
		}
		run, e = run+1, ne
	}
	return run >= 3 || run == 2 && !headline
}

// maxLabelBytes bounds the place name that labels a list item.
const maxLabelBytes = 40

// itemLabel returns the place that labels the line holding off, as a
// digest's items and some datelines write it: a capitalized name of one to
// three words, a comma, a date and a colon at the line's start ("-
// Gagangir, Oct 20: Gunmen opened fire ..."); "" otherwise. A name the
// gazetteer knows must be a place.
func itemLabel(d *news.Doc, off int, g *gazetteer.Gazetteer) string {
	start, end := lineOf(d.Text, off)
	line := d.Text[start:end]
	trim := strings.TrimLeft(line, " \t-*•–—")
	i := strings.IndexByte(trim, ',')
	if i <= 0 || i > maxLabelBytes {
		return ""
	}
	name := trim[:i]
	if strings.TrimSpace(name) != name {
		return ""
	}
	// The words are read as they are split (strings.FieldsSeq): asked at
	// every sentence, strings.Fields cost an allocation each time.
	words := 0
	for w := range strings.FieldsSeq(name) {
		if words++; words > 3 {
			return ""
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '\'' }) >= 0 {
			return ""
		}
	}
	if words == 0 {
		return ""
	}
	if e, ok := g.Lookup(name); ok && e.Kind != "place" && e.Kind != "capital" {
		return ""
	}
	after := start + len(line) - len(trim) + i + 1
	for _, t := range d.Times {
		if t.Start < after {
			continue
		}
		if t.Start > after+1 || t.Span.End >= len(d.Text) || d.Text[t.Span.End] != ':' {
			return ""
		}
		return name
	}
	return ""
}

// worded reports whether a line has a letter: a live blog's time stamp
// ("18:14") over an entry's heading is no item of a list.
func worded(line string) bool {
	return strings.IndexFunc(line, unicode.IsLetter) >= 0
}

// lineOf returns the bounds of the line holding byte off, without its
// line break.
func lineOf(text string, off int) (int, int) {
	off = min(off, len(text))
	start := strings.LastIndexByte(text[:off], '\n') + 1
	end := strings.IndexByte(text[off:], '\n')
	if end < 0 {
		return start, len(text)
	}
	return start, off + end
}

// unpunctuated reports whether a line has words and ends without a full
// stop, a colon, a closing quote or bracket.
func unpunctuated(line string) bool {
	line = strings.TrimSpace(line)
	if line == "" {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(line)
	return !strings.ContainsRune(".!?…:;\"”»'’)", last)
}

// soleName returns the entity that is the whole of a line, apart from
// spaces and a closing colon: a section heading such as "MALI".
func soleName(text string, sp news.Span, ents []news.Entity) (news.Entity, bool) {
	line := strings.TrimRight(strings.TrimSpace(sp.Of(text)), ":")
	for _, e := range ents {
		if e.Of(text) == line {
			return e, true
		}
	}
	return news.Entity{}, false
}

// rawMeasure is the measure a figure's words gave it before refine made it
// fit what it counts: a figure joined to it shares that, fitted to its own
// noun ("sent 20 tanks and 200 troops": tanks supplied, troops deployed).
type rawMeasure struct {
	k       int
	measure string
}

// signOff reports whether the sentence is a line that signs a letter or a
// column with a name and the writer's town ("Achieng Otieno, Kisumu"): where
// the writer lives, no scene of the story.
func (sc *sentence) signOff() bool {
	text := sc.d.Text
	if len(sc.toks) < 3 || len(sc.toks) > 10 || !token.WholeLine(text, sc.span) {
		return false
	}
	comma := -1
	for i, t := range sc.toks {
		w := t.Text(text)
		switch {
		case w == ",":
			if comma >= 0 || i == 0 {
				return false
			}
			comma = i
		case t.Kind != token.Word || !upperFirst(w) || i > 4 && comma < 0:
			return false
		}
	}
	return comma > 0 && comma < len(sc.toks)-1
}

// upperFirst reports whether a word opens with an upper-case letter.
func upperFirst(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// tokIndex returns the index of the first token starting at or after off.
func (sc *sentence) tokIndex(off int) int {
	// The stage asks this some fifty times per figure: a table of the
	// sentence's offsets, filled once, answers each with one load where
	// a binary search took several mispredicted branches.
	if sc.tokAt == nil && sc.tokBuf != nil && len(sc.toks) > 0 {
		sc.tokenTable()
	}
	if sc.tokAt != nil {
		rel := off - sc.toks[0].Start
		switch {
		case rel <= 0:
			return 0
		case rel >= len(sc.tokAt):
			return len(sc.toks)
		}
		return int(sc.tokAt[rel])
	}
	lo, hi := 0, len(sc.toks)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if sc.toks[m].Start < off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// tokenTable fills sc.tokAt from *sc.tokBuf: entry r holds the index of
// the first token starting at or after the first token's start plus r,
// for every r up to the last token's start.
func (sc *sentence) tokenTable() {
	base := sc.toks[0].Start
	n := sc.toks[len(sc.toks)-1].Start - base + 1
	t := *sc.tokBuf
	if cap(t) < n {
		t = make([]int32, n, max(n, 2*cap(t)))
	}
	t = t[:n]
	r := 0
	for i, tk := range sc.toks {
		for ; r <= tk.Start-base; r++ {
			t[r] = int32(i)
		}
	}
	sc.tokAt, *sc.tokBuf = t, t[:0]
}

// word returns the lower-cased text of token i, or "" out of range.
func (sc *sentence) word(i int) string {
	if i < 0 || i >= len(sc.words) {
		return ""
	}
	return sc.words[i]
}

// entityAt returns the index of the entity starting at token i, or -1.
func (sc *sentence) entityAt(i int) int {
	if i < 0 || i >= len(sc.toks) {
		return -1
	}
	for k, e := range sc.ents {
		if e.Start == sc.toks[i].Start {
			return k
		}
	}
	return -1
}

// markSources flags entities that name a speaker: followed by a reporting
// cue ("Seoul accusing", "South Korea reports") or introduced by one
// ("according to NATO", "told AFP", "per the Kyiv Independent").
// inSourceSpan reports whether sp lies in the words naming the source of
// an attribution ("the US special envoy for Sudan", "A US official").
func (sc *sentence) inSourceSpan(sp news.Span) bool {
	for _, s := range sc.sources {
		if s.Contains(sp) {
			return true
		}
	}
	return false
}

// maxRoleGap is how many modifiers may stand between a name and a role
// noun: "the US special envoy", "a senior Ukrainian military official".
const maxRoleGap = 3

// beforeRole reports whether entity e modifies a role noun of a speaker
// ("a US official", "the UK defence minister"), with a reporting cue later
// in the sentence.
func (sc *sentence) beforeRole(e news.Entity) bool {
	j := sc.tokIndex(e.End)
	if j < len(sc.toks) && sc.toks[j].Kind == token.Possessive {
		j++ // "Ukraine's military intelligence"
	}
	for gap := 0; gap <= maxRoleGap && j < len(sc.toks); gap++ {
		if n, _ := sc.s.Lex.Roles.MatchWords(sc.words, j); n > 0 {
			return sc.cueAfter(j + n)
		}
		if sc.toks[j].Kind != token.Word || isCapitalizedWord(sc.d.Text, sc.toks[j].Span) {
			return false
		}
		j++
	}
	return false
}

// cueAfter reports whether a reporting cue follows token j in the sentence.
func (sc *sentence) cueAfter(j int) bool {
	for _, a := range sc.d.Attributions {
		if a.CueSpan.Start >= sc.toks[j-1].End && a.CueSpan.End <= sc.span.End {
			return true
		}
	}
	return false
}

func (sc *sentence) markSources() {
	sc.srcs = make([]bool, len(sc.ents))
	lex := sc.s.Lex
	for k, e := range sc.ents {
		if e.Demonym || e.Type == news.EntityWeapon {
			continue
		}
		if e.Type == news.EntityOutlet || sc.inSourceSpan(e.Span) || sc.beforeRole(e) {
			sc.srcs[k] = true
			continue
		}
		after := sc.tokIndex(e.End)
		// Skip an apposition or a bracketed acronym: "the NIS (NIS) said".
		for after < len(sc.toks) && sc.word(after) == "(" {
			for after < len(sc.toks) && sc.word(after) != ")" {
				after++
			}
			after++
		}
		for j := after; j < after+3 && j < len(sc.toks); j++ {
			if n, _ := lex.Cues.MatchWords(sc.words, j); n > 0 {
				sc.srcs[k] = true
				break
			}
			if w := sc.word(j); w != "also" && w != "has" && w != "have" && w != "had" && w != "recently" && w != "earlier" {
				break
			}
		}
		before := sc.tokIndex(e.Start)
		for j := before - 1; j >= 0 && j >= before-4; j-- {
			w := sc.word(j)
			if w == "to" && sc.word(j-1) == "according" || w == "per" || w == "citing" || w == "told" || w == "by" && sc.word(j-1) == "published" {
				sc.srcs[k] = true
				break
			}
			if w == "," || w == "." || w == "that" {
				break
			}
		}
	}
}

// placedIn reports whether the sentence names place name after a
// preposition of place ("in Beirut"), not as an object ("cabled New
// York").
func (sc *sentence) placedIn(name string) bool {
	for _, p := range sc.places("", -1) {
		if p.name == name && placePrepositions.Has(sc.prepBefore(p)) {
			return true
		}
	}
	return false
}

// lossOrLaunch reports whether a measure tells of an attack or its toll.
func lossOrLaunch(measure string) bool {
	return lossMeasures.Has(measure) || measure == "launched"
}
