package quantity

// Answers in a transcript: "Q: How many soldiers were wounded? ... A:
// Eleven." The figure of an answer without its own noun counts what the
// question asked about.

import (
	"context"
	"strings"

	"github.com/sitrep/sitrep/internal/analysis/token"
	"github.com/sitrep/sitrep/internal/news"
)

// question is what an interviewer's "how many" asks about.
type question struct {
	sentence int
	noun     string // "soldiers"
	what     string
	measure  string // "wounded"; "" when the question has no measure word
}

// maxAnswerGap is how many sentences after its question an answer may
// come: the answer's label line, and a sentence or two of it.
const maxAnswerGap = 3

// question reads a sentence on an interviewer's line ("Q: How many
// soldiers were wounded?") or a question that is a paragraph of its own,
// as interviews set them. isQ reports such a question; q is what its "how
// many" asks about, nil when it asks no count.
func (s *Stage) question(ctx context.Context, d *news.Doc, sp news.Span, si int) (q *question, isQ bool) {
	if s.Lex.Lang != "en" {
		return nil, false
	}
	labelled := false
	if sp.Start == 0 || d.Text[sp.Start-1] == '\n' {
		// A labelled question opens its line: "Q: How many ...?"
		start, end, ok := token.SpeakerLabel(d.Text, sp.Start)
		labelled = ok && end <= sp.End && token.Question(d.Text[start:end])
	}
	if !labelled && !token.QuestionParagraph(d, si) {
		return nil, false
	}
	if !strings.Contains(strings.ToLower(sp.Of(d.Text)), "how many") {
		return nil, true
	}
	toks, words := token.Sentence(ctx, d.Text, sp)
	for i := 0; i+2 < len(words); i++ {
		if words[i] != "how" || words[i+1] != "many" {
			continue
		}
		for j := i + 2; j < len(words) && j < i+6; j++ {
			n, what := s.Lex.Nouns.MatchWords(words, j)
			if n == 0 {
				continue
			}
			q = &question{sentence: si, noun: news.Span{Start: toks[j].Start, End: toks[j+n-1].End}.Of(d.Text), what: what}
			for k := j + n; k < len(words); k++ {
				if m, v := s.Lex.Measures.MatchWords(words, k); m > 0 {
					q.measure = v
					break
				}
			}
			return q, true
		}
	}
	return nil, true
}
