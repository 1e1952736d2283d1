package langid

import "github.com/sitrep/sitrep/internal/news"

// Evidence a sentence needs before it is said to be in another language
// than its document: short sentences share too many words across
// languages to be judged alone.
const (
	minSentenceEvidence   = 3
	minSentenceConfidence = 0.75
)

// Sentences returns for each of d's sentences its language when it is
// clearly written in another language than d.Meta.Lang (a statement quoted
// in the original, an untranslated paragraph), else "". Run it after the
// segmenter; stages that read figures or words per language use it to
// switch where it matters.
func Sentences(d *news.Doc) []string {
	out := make([]string, len(d.Sentences))
	doc := Normalize(d.Meta.Lang)
	for i, s := range d.Sentences {
		if !s.Valid(len(d.Text)) {
			continue
		}
		g := Detect(s.Of(d.Text))
		if g.Lang == "" || g.Lang == doc {
			continue
		}
		if doc != "" && cyrillic(doc) != cyrillic(g.Lang) && g.Evidence >= 1 {
			out[i] = g.Lang // another script says enough on its own
			continue
		}
		if g.Evidence >= minSentenceEvidence && g.Confidence >= minSentenceConfidence {
			out[i] = g.Lang
		}
	}
	return out
}
