package segment

import (
	"strings"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/analysis/token"
	"github.com/sitrep/sitrep/internal/news"
)

// page is what the line rules found, as spans.
type page struct {
	headline    news.Span
	byline      news.Span   // the first byline's name
	boilerplate []news.Span // merged regions, in order
	headings    []news.Span // heading lines and repeated headlines, in order
}

// How far into the text the header reaches, in non-blank lines.
const (
	headlineWithin = 8  // the headline is the first content line among these
	repeatWithin   = 12 // a repeated headline among these is header too
	maxLinkLines   = 20 // lines a related heading may take after it
	maxHeadingWord = 15
	// A title of this many words, not in capitals, is taken for the
	// headline at once; shorter ones only when nothing better follows.
	minHeadlineWords = 4
	minProseWords    = 6  // a line with a final stop and this many words is prose
	maxLabelWords    = 4  // a header line this short without a final stop is a label
	minWrappedLine   = 40 // hard-wrapped text is wrapped at no fewer bytes than this
	wrapSlack        = 12 // a wrapped line's successor is at most this much wider
	// maxWrappedAppeal is the most lines of a wrapped paragraph scored as
	// one appeal; appeals are short.
	maxWrappedAppeal = 12
)

// layout applies the rules that need a line's neighbours: link lists after
// related headings, the headline and its repeats, the block of boilerplate
// at the end, and headings.
func (lx *lexicon) layout(text string, ls []line, d *news.Doc) page {
	var pg page
	lx.wrappedAppeals(ls)
	lx.linkLists(ls)
	h := lx.headline(text, ls, d)
	if h >= 0 {
		pg.headline = ls[h].Span
		if label, title, ok := labelled(text, &ls[h]); ok {
			// "TRANSCRIPT | Government press briefing on the attack":
			// the section label is header, the rest the headline.
			pg.headline = title
			pg.boilerplate = append(pg.boilerplate, label)
		}
		lx.repeats(text, ls, h)
		lx.headerFurniture(ls, h)
	}
	lx.trailing(ls)
	for i := range ls {
		l := &ls[i]
		if l.blank() {
			continue
		}
		switch {
		case l.kind == kindRepeat || i != h && l.kind == kindContent && lx.heading(ls, i):
			pg.headings = append(pg.headings, l.Span)
		case l.kind == kindByline && pg.byline.Empty():
			pg.byline = l.byline
		}
	}
	pg.boilerplate = append(regions(ls), pg.boilerplate...)
	return pg
}

// wrappedAppeals scores hard-wrapped paragraphs as a whole: an appeal
// broken into short lines spreads its cues over several of them.
func (lx *lexicon) wrappedAppeals(ls []line) {
	for i := 0; i < len(ls); {
		if ls[i].blank() {
			i++
			continue
		}
		// Wrapped lines are narrow and most break off mid-sentence.
		j, score, narrow, open := i, 0, true, 0
		for ; j < len(ls) && !ls[j].blank(); j++ {
			if ls[j].kind == kindContent {
				score += ls[j].score // lines marked on their own prove nothing here
			}
			narrow = narrow && ls[j].runes <= maxWrapWidth
			if ls[j].end == endNone {
				open++
			}
		}
		n := j - i
		if narrow && n >= 2 && n <= maxWrappedAppeal && 2*open >= n-1 && score >= 2 && 4*score >= n {
			for k := i; k < j; k++ {
				if ls[k].kind == kindContent {
					ls[k].kind = kindAppeal
				}
			}
		}
		i = j
	}
}

// linkLists marks the lines after a related heading that read like link
// titles: list items, short lines without a final stop.
func (lx *lexicon) linkLists(ls []line) {
	for i := 0; i < len(ls); i++ {
		if ls[i].kind != kindRelated {
			continue
		}
		for j, taken := i+1, 0; j < len(ls) && taken < maxLinkLines; j++ {
			l := &ls[j]
			if l.blank() {
				continue
			}
			if l.kind == kindContent && !l.bullet && !(lx.titleLike(l) && l.end != endPeriod) {
				break
			}
			if l.kind == kindContent {
				l.kind = kindLink
			}
			taken++
			i = j
		}
	}
}

// headline finds the headline line: the line equal to a title already known,
// else the best title-like line of the header (the lines before the first
// prose line), else a line that puts a section label before a headline
// (see labelled); a labelled headline before a shorter line that reads
// like one wins. It returns -1 when there is none.
func (lx *lexicon) headline(text string, ls []line, d *news.Doc) int {
	if title := strings.TrimSpace(d.Meta.Title); title != "" {
		for i, seen := 0, 0; i < len(ls) && seen < headlineWithin; i++ {
			if ls[i].blank() {
				continue
			}
			seen++
			if strings.EqualFold(ls[i].Of(text), title) {
				ls[i].kind = kindContent
				return i
			}
		}
	}
	// The first line that reads like a headline wins; mastheads ("THE
	// HARBOUR COURIER", "Seoul Tribune") and datelines only when nothing
	// better comes before the prose.
	best, bestScore, lab, labWords := -1, 0, -1, 0
	for i, seen := 0, 0; i < len(ls) && seen < headlineWithin; i++ {
		l := &ls[i]
		if l.blank() {
			continue
		}
		seen++
		if l.kind != kindContent {
			continue
		}
		if lx.prose(l) || lx.wrappedProse(ls, i) {
			break
		}
		if !lx.titleLike(l) || !lx.standsAlone(ls, i) || !contentAfter(ls, i) || credit(l.Of(text)) {
			continue
		}
		if l.seps > 0 {
			if _, title, ok := labelled(text, l); ok && lab < 0 {
				lab, labWords = i, len(strings.Fields(title.Of(text)))
			}
			continue
		}
		score := min(l.words, 20)
		if l.allCaps || l.words <= 3 || l.dateLike || tagline(ls, i) || seen == 1 && capsLead(l.Of(text)) {
			score = max(score/4, 1) // a masthead, its tagline, a label, a dateline
		} else if l.words >= minHeadlineWords {
			if lab >= 0 && labWords > l.words {
				// "LIVE | Catatumbo crisis: Petro declares state of
				// unrest" over "Cordillera Post live coverage".
				return lab
			}
			return i
		}
		if score > bestScore {
			best, bestScore = i, score
		}
	}
	if lab >= 0 {
		// A headline after a section label ("TRANSCRIPT | Government
		// briefing on the attack") when no line of its own is one.
		return lab
	}
	return best
}

// credit reports whether a header line credits its writer rather than
// heads the story: a social handle ("Anjali Rao (@anjalirao_mp)") or a
// comma-set part that ends in a journalist's role ("..., South Asia
// correspondent, in Kathmandu"). English roles.
func credit(line string) bool {
	if strings.Contains(line, "(@") {
		return true
	}
	// The parts and their words are read as they are split, without the
	// slices and the lower-cased copy strings.Split, strings.Fields and
	// strings.ToLower made of every line: lower-casing changes no space,
	// so the last word lower-cased is the lower-cased part's last word.
	first := true
	for p := range strings.SplitSeq(line, ",") {
		if first {
			first = false
			continue
		}
		n, last := 0, ""
		for w := range strings.FieldsSeq(p) {
			n, last = n+1, w
		}
		if n > 0 && n <= maxRoleWords && writerRoles[strings.ToLower(last)] {
			return true
		}
	}
	return false
}

// maxRoleWords bounds a comma-set role in a credit line ("South Asia
// correspondent", "senior defence editor").
const maxRoleWords = 5

// writerRoles end the role a credit line gives its writer.
var writerRoles = map[string]bool{
	"correspondent": true, "reporter": true, "editor": true, "writer": true, "columnist": true,
	"photographer": true, "chief": true, "producer": true, "journalist": true,
}

// maxLabelWordsBeforeTitle is the most words of a section label before a
// headline on its line ("Briefing Paper 9 | ...").
const maxLabelWordsBeforeTitle = 3

// labelled splits a header line made of a short section label, one
// separator and a headline ("TRANSCRIPT | Government press briefing on
// the Banjska attack", "Analysis · Why the toll keeps rising"): it returns
// the label with its separator, and the headline. Navigation and
// mastheads ("Home | World", "THE REVIEW | Interview") have no headline
// of minHeadlineWords words after the separator.
func labelled(text string, l *line) (label, title news.Span, ok bool) {
	if l.seps != 1 || l.bullet {
		return label, title, false
	}
	raw := l.Of(text)
	i, n := separatorAt(raw)
	if i <= 0 {
		return label, title, false
	}
	head, rest := raw[:i], raw[i+n:]
	trimmed := strings.TrimLeft(rest, " ")
	if w := len(strings.Fields(head)); w == 0 || w > maxLabelWordsBeforeTitle {
		return label, title, false
	}
	if len(strings.Fields(trimmed)) < minHeadlineWords || isLower(first(trimmed)) {
		return label, title, false
	}
	start := l.Start + len(raw) - len(trimmed)
	return news.Span{Start: l.Start, End: start}, news.Span{Start: start, End: l.End}, true
}

// first returns the first rune of s.
func first(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// tagline reports whether line i runs on from a masthead in capitals right
// above it, the text's first line ("THE MEME VALLEY WEEKLY" over "Serving
// Kumba, Mamfe and the South West since 1994"): the masthead's motto, not a
// headline.
func tagline(ls []line, i int) bool {
	if i == 0 || ls[i-1].blank() || !ls[i-1].allCaps || ls[i-1].end != endNone {
		return false
	}
	for _, l := range ls[:i-1] {
		if !l.blank() {
			return false // a section label ("FRONTLINE") over a headline, not the masthead
		}
	}
	return true
}

// prose reports whether a content line is a sentence of reporting rather
// than a title or label.
func (lx *lexicon) prose(l *line) bool {
	// A question is no prose line of the header: "Who has given Ukraine
	// the most military aid?" heads an explainer.
	return l.end != endNone && l.last != '?' && l.words >= minProseWords || l.words > maxHeaderWords
}

// wrappedProse reports whether line i opens a hard-wrapped paragraph of
// reporting: it runs on into a next line no wider than itself (a wrap
// width bounds both), the paragraph ends with a stop and holds at least two
// prose lines' worth of words. A headline followed at once by a wider
// paragraph line is not wrapped prose.
func (lx *lexicon) wrappedProse(ls []line, i int) bool {
	if i+1 >= len(ls) || ls[i+1].blank() || ls[i].end != endNone || ls[i].seps > 0 {
		return false // a line with separators ("Home | World") is furniture
	}
	if ls[i].Len() < minWrappedLine || ls[i+1].Len() > ls[i].Len()+wrapSlack {
		return false
	}
	// Hard-wrapped text has no line in the block wider than a wrap width.
	for j := i; j < len(ls) && !ls[j].blank(); j++ {
		if ls[j].Len() > maxWrapWidth {
			return false
		}
	}
	words := 0
	for j := i; j < len(ls) && !ls[j].blank(); j++ {
		words += ls[j].words
		if ls[j].end != endNone {
			return words >= 2*minProseWords
		}
	}
	return false
}

// headerFurniture marks the content lines of the header that are neither
// the headline nor prose: the masthead and labels before the headline;
// short labels, reading times and metadata with separators after it.
func (lx *lexicon) headerFurniture(ls []line, h int) {
	for i, seen := 0, 0; i < len(ls) && seen < headlineWithin; i++ {
		l := &ls[i]
		if l.blank() {
			continue
		}
		seen++
		if i == h || l.kind != kindContent {
			continue
		}
		if lx.prose(l) || lx.wrappedProse(ls, i) {
			return
		}
		if i < h || l.seps > 0 || l.end == endNone && l.words <= maxLabelWords || l.dateLike {
			l.kind = kindHeader
		}
	}
}

// standsAlone reports whether line i is not the first part of a wrapped
// sentence: the line right after it does not continue in lowercase, and it
// does not end on a function word ("... the Kursk region of").
func (lx *lexicon) standsAlone(ls []line, i int) bool {
	if i+1 < len(ls) && !ls[i+1].blank() {
		if isLower(ls[i+1].first) || ls[i].endsWeak {
			return false
		}
	}
	return true
}

func contentAfter(ls []line, i int) bool {
	for _, l := range ls[i+1:] {
		if !l.blank() && l.kind == kindContent {
			return true
		}
	}
	return false
}

// repeats marks copies of the headline line h in the header.
func (lx *lexicon) repeats(text string, ls []line, h int) {
	head := ls[h].Of(text)
	for i, seen := h+1, 0; i < len(ls) && seen < repeatWithin; i++ {
		if ls[i].blank() {
			continue
		}
		seen++
		if ls[i].Len() == len(head) && strings.EqualFold(ls[i].Of(text), head) {
			ls[i].kind = kindRepeat
		}
	}
}

// trailing walks back from the end over the boilerplate that closes many
// pages: bios, appeals, bylines. Once a line there is boilerplate, a line
// before it needs only one cue of weight 1.
func (lx *lexicon) trailing(ls []line) {
	marked := false
	for i := len(ls) - 1; i >= 0; i-- {
		l := &ls[i]
		switch {
		case l.blank():
		case l.kind != kindContent:
			marked = true
		case l.bio:
			l.kind, marked = kindBio, true
		case marked && l.score >= 1:
			l.kind = kindAppeal
		default:
			return
		}
	}
}

// heading reports whether content line i is a heading inside the text: a
// title-like line without final punctuation, standing alone, that opens a
// paragraph of prose.
func (lx *lexicon) heading(ls []line, i int) bool {
	l := &ls[i]
	if l.end != endNone || l.words > maxHeadingWord || !lx.titleLike(l) || !lx.standsAlone(ls, i) {
		return false
	}
	if i > 0 && !ls[i-1].blank() && ls[i-1].kind == kindContent && ls[i-1].end == endNone {
		return false // the line before runs on into this one
	}
	if l.seps > 0 {
		return false
	}
	for _, n := range ls[i+1:] {
		if n.blank() {
			continue
		}
		return n.kind == kindContent && n.end != endNone && n.words > l.words
	}
	return false
}

// regions joins runs of boilerplate lines, across blank lines, into spans.
func regions(ls []line) []news.Span {
	var out []news.Span
	open := false
	for _, l := range ls {
		switch {
		case l.blank():
		case l.kind == kindContent:
			open = false
		case open:
			out[len(out)-1].End = l.End
		default:
			out = append(out, l.Span)
			open = true
		}
	}
	return out
}

// capsLead reports whether a line opens with a name in capitals before a
// separator, as a masthead does ("GROUNDTRUTH LAB — open-source
// investigations").
func capsLead(line string) bool {
	_, ok := token.CapsName(line)
	return ok
}
