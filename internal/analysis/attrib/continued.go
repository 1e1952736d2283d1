package attrib

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/analysis/token"
	"github.com/sitrep/sitrep/internal/news"
)

// openingMarks open a quotation that may go on from the sentence before.
const openingMarks = "\"“«„"

// quoteGoesOn reads a sentence that is one quotation and names no speaker,
// right after a quotation whose speaker the sentence before named, as the
// same speaker going on: `"People sleep in schools," said the head of
// mission. "We see 1,000 new arrivals a day."`
func (sc *sentence) quoteGoesOn(p news.Attribution) (news.Attribution, bool) {
	if !p.Direct {
		return news.Attribution{}, false
	}
	body := sc.span // trimSpan would drop the marks
	s := body.Of(sc.d.Text)
	open, mark := utf8.DecodeRuneInString(s)
	if !strings.ContainsRune(openingMarks, open) {
		// 'Grant said: "Our officers faced bricks. About 300 officers
		// were deployed."': a sentence inside the quotation the one
		// before opened goes on in its speaker's words.
		if r, ok := regionAt(sc.regions, body.Start); ok && r.Start < body.Start && p.Content.Start >= r.Start && p.Content.End <= r.End+1 {
			a := sc.goingOn(p, news.Span{Start: body.Start, End: min(r.End, body.End)})
			a.Direct = true
			return a, a.Content.Len() > 0
		}
		return news.Attribution{}, false
	}
	// The quotation starts after the mark, which may be several bytes.
	r, ok := regionAt(sc.regions, body.Start+mark)
	// The quotation runs to the sentence's end, but for its closing mark
	// and a stop (at most 4 bytes: "”.").
	if !ok || r.End+4 < body.End || r.Start > body.Start+len("“") {
		return news.Attribution{}, false // the quotation ends before the sentence does
	}
	if sc.idx == 0 || token.HasBlankLine(sc.d.Text[sc.d.Sentences[sc.idx-1].End:sc.span.Start]) {
		return news.Attribution{}, false // a new paragraph may be a new speaker
	}
	a := sc.goingOn(p, news.Span{Start: r.Start, End: min(r.End, body.End)})
	a.Direct = true
	return a, a.Content.Len() > 0
}

// goingOn is the attribution of a sentence in which the speaker of p, the
// sentence before's, goes on saying content: the same source, cue, relays
// and day.
func (sc *sentence) goingOn(p news.Attribution, content news.Span) news.Attribution {
	return news.Attribution{
		Source: p.Source, Via: append([]string(nil), p.Via...), Cue: p.Cue, CueSpan: p.CueSpan,
		SourceSpan: p.SourceSpan, Hedge: p.Hedge, Sentences: sc.doc.sentences(sc.idx),
		Content: trimSpan(sc.d.Text, content), SaidOn: p.SaidOn,
	}
}

// figureGoesOn reads an English sentence that opens by adding to a figure
// and names no speaker ("Another 23 were wounded.", "A further 33 people
// were hurt.", "Two more soldiers are missing."), right after a sentence in
// the same paragraph whose speaker gave figures, as that speaker going on.
func (sc *sentence) figureGoesOn(p news.Attribution) (news.Attribution, bool) {
	if sc.st.Lex.Lang != "en" || len(sc.toks) < 3 || sc.idx == 0 {
		return news.Attribution{}, false
	}
	if token.HasBlankLine(sc.d.Text[sc.d.Sentences[sc.idx-1].End:sc.span.Start]) {
		return news.Attribution{}, false // a new paragraph may be a new speaker
	}
	k := 0
	switch {
	case sc.word(0) == "another" || sc.word(0) == "further":
		k = 1
	case sc.word(0) == "a" && sc.word(1) == "further":
		k = 2
	}
	if !sc.figureAt(k) {
		return news.Attribution{}, false
	}
	if k == 0 && !sc.moreAfterFigure() || !sc.holdsFigure(p.Content) {
		return news.Attribution{}, false
	}
	a := sc.goingOn(p, sc.span)
	return a, a.Content.Len() > 0
}

// moreAfterFigure reports whether "more" follows the figure the sentence
// opens with, within its first few tokens ("Two more soldiers", "30 more").
func (sc *sentence) moreAfterFigure() bool {
	for k := 1; k < len(sc.toks) && k <= 3; k++ {
		if sc.word(k) == "more" {
			return true
		}
	}
	return false
}

// backshiftGoesOn reads an English sentence that names no speaker and
// tells, in the past perfect, more of what the speaker of the sentence
// before told in reported speech of the same tense, in the same
// paragraph, as that speaker going on: "The mission had not been able to
// verify that count, he said. Roughly 36,000 residents had fled their
// homes." A sentence in the plain past is the writer's own account.
func (sc *sentence) backshiftGoesOn(prev []news.Attribution) (news.Attribution, bool) {
	if sc.st.Lex.Lang != "en" || len(prev) == 0 || sc.idx == 0 || !sc.holdsFigure(sc.span) {
		return news.Attribution{}, false
	}
	if token.HasBlankLine(sc.d.Text[sc.d.Sentences[sc.idx-1].End:sc.span.Start]) {
		return news.Attribution{}, false // a new paragraph may be a new speaker
	}
	// The speaker of the sentence before, if all its words are one
	// speaker's and some are told in the past perfect.
	p := prev[len(prev)-1]
	backshifted := false
	for i := len(prev) - 1; i >= 0 && slices.Contains(prev[i].Sentences, sc.idx-1); i-- {
		if prev[i].Source != p.Source || prev[i].Direct {
			return news.Attribution{}, false
		}
		backshifted = backshifted || pastPerfect(strings.Fields(prev[i].Content.Of(sc.d.Text)))
	}
	if !backshifted {
		return news.Attribution{}, false
	}
	if _, n, _ := sc.st.Lex.Cues.NextKeyed(sc.words, sc.keys, 0); n > 0 {
		return news.Attribution{}, false // a cue of its own, whoever it names: "A 12-year-old survivor told ..."
	}
	// The main clause, up to its first comma, tells in the past perfect.
	main := len(sc.words)
	for j, w := range sc.words {
		if w == "," || w == ";" || w == ":" {
			main = j
			break
		}
	}
	if !pastPerfect(sc.words[:main]) {
		return news.Attribution{}, false
	}
	a := sc.goingOn(p, sc.span)
	return a, a.Content.Len() > 0
}

// pastPerfect reports whether words tell in the past perfect: "had" and a
// past participle ("had been killed", "had not been able to", "had
// fled"), speech reported in the past (not "had 40 wounded").
func pastPerfect(words []string) bool {
	for j := 0; j+1 < len(words); j++ {
		if words[j] != "had" {
			continue
		}
		k := j + 1
		if k+1 < len(words) && perfectAdverbs[words[k]] {
			k++ // "had not been able to", "had already fled"
		}
		if participle(words[k]) {
			return true
		}
	}
	return false
}

// perfectAdverbs stand between "had" and its participle.
var perfectAdverbs = map[string]bool{"not": true, "never": true, "already": true, "also": true, "just": true, "since": true, "previously": true}

// participle reports whether an English word can be a past participle
// after "had": "been", regular "-ed" forms and common irregular ones.
func participle(w string) bool {
	switch w {
	case "been", "fled", "left", "lost", "seen", "taken", "made", "sent", "found", "held", "fallen", "risen", "gone", "come", "begun", "shot", "hit", "struck", "died":
		return true
	}
	return strings.HasSuffix(w, "ed") && len(w) > 3
}
