package attrib

import (
	"github.com/sitrep/sitrep/internal/news"
)

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
	a.Sentences = []int{sc.idx}
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
	a.Sentences = []int{sc.idx}
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
