package attrib

// Interviews without speaker labels: questions stand alone in their
// paragraphs, and the paragraphs after each are the answers of the person
// the introduction named ("Major Oleh Kravets commands a battalion ... How
// many attacks do you face? Around 20.").

import (
	"github.com/sitrep/sitrep/internal/analysis/token"
	"github.com/sitrep/sitrep/internal/news"
)

// minQuestions is how many questions alone in their paragraphs make a
// document an interview.
const minQuestions = 2

// interview is the state of an interview document as its sentences go by.
type interview struct {
	question  news.Span // the last question, where an answer's speaker is named from
	answering bool      // the sentence is in an answer
	who       speaker   // the interviewee: the person named before the first question
	found     bool      // who is known
}

// isInterview reports whether a document has at least minQuestions
// questions that stand alone in their paragraphs, unlabelled.
func isInterview(d *news.Doc) bool {
	n := 0
	for i := range d.Sentences {
		if token.QuestionParagraph(d, i) {
			if n++; n >= minQuestions {
				return true
			}
		}
	}
	return false
}

// step moves the interview state to sentence si: a question ends the
// answer before it, and names the interviewee if no one was yet (the
// latest person met); the paragraph after a question answers it.
func (iv *interview) step(d *news.Doc, si int, mem *memory) {
	if token.QuestionParagraph(d, si) {
		iv.question, iv.answering = d.Sentences[si].Span, false
		if !iv.found {
			iv.who, iv.found = mem.find([]string{"person"})
		}
		return
	}
	if iv.question.End > 0 && iv.question.End <= d.Sentences[si].Start {
		iv.answering = true
	}
}

// answer gives an answer's sentence to the interviewee: an attribution of
// the whole sentence when it has none, and the interviewee in place of
// the writer that "we" named.
func (sc *sentence) answer(iv *interview, atts []news.Attribution) []news.Attribution {
	if !iv.answering || !iv.found {
		return atts
	}
	for i := range atts {
		if atts[i].Source.Type == news.SourceOutlet {
			atts[i].Source = iv.who.src
			atts[i].Direct = true
		}
	}
	if len(atts) > 0 {
		return atts
	}
	end := sc.contentEnd()
	if end == 0 {
		return atts
	}
	a := news.Attribution{
		Content:    sc.spanOf(0, end),
		SourceSpan: iv.question,
		CueSpan:    iv.question,
		Source:     iv.who.src,
		Cue:        "answer",
		Direct:     true,
		Hedge:      news.HedgeAsserted,
		Sentences:  sc.doc.sentences(sc.idx),
	}
	return append(atts, a)
}
