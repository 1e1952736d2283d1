package attrib

import (
	"strings"

	"github.com/sitrep/sitrep/internal/analysis/token"
	"github.com/sitrep/sitrep/internal/news"
)

// quoteGoesOn reads a sentence that is one quotation and names no speaker,
// right after a quotation whose speaker the sentence before named, as the
// same speaker going on: `"People sleep in schools," said the head of
// mission. "We see 1,000 new arrivals a day."`
func (sc *sentence) quoteGoesOn(p news.Attribution) (news.Attribution, bool) {
	if !p.Direct || p.Source.Type == news.SourceMedia && p.Source.Name == "" {
		return news.Attribution{}, false
	}
	body := sc.span // trimSpan would drop the marks
	s := body.Of(sc.d.Text)
	if !strings.HasPrefix(s, "\"") && !strings.HasPrefix(s, "“") {
		return news.Attribution{}, false
	}
	r, ok := regionAt(sc.regions, body.Start+1)
	if !ok || r.End+4 < body.End || r.Start > body.Start+len("“") {
		return news.Attribution{}, false // the quotation ends before the sentence does
	}
	if sc.idx == 0 || token.HasBlankLine(sc.d.Text[sc.d.Sentences[sc.idx-1].End:sc.span.Start]) {
		return news.Attribution{}, false // a new paragraph may be a new speaker
	}
	a := news.Attribution{
		Source: p.Source, Via: append([]string(nil), p.Via...), Cue: p.Cue, CueSpan: p.CueSpan,
		SourceSpan: p.SourceSpan, Hedge: p.Hedge, Direct: true, Sentences: []int{sc.idx},
		Content: trimSpan(sc.d.Text, news.Span{Start: r.Start, End: min(r.End, body.End)}), SaidOn: p.SaidOn,
	}
	return a, a.Content.Len() > 0
}
