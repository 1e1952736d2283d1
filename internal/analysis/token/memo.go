package token

import (
	"context"

	"github.com/sitrep/sitrep/internal/news"
)

// Memo keeps the tokens of the spans that one document's stages split, so
// that a sentence read by the entity, quantity, attribution and claim
// stages is tokenized once instead of once per stage. It belongs to one
// document and one goroutine.
type Memo struct {
	text  string
	spans map[news.Span][]Token
	norms map[news.Span][]string
}

type memoKey struct{}

// WithMemo returns ctx carrying a new Memo for text, the document text the
// stages will tokenize (analysis.Pipeline.Run sets it per document).
func WithMemo(ctx context.Context, text string) context.Context {
	return context.WithValue(ctx, memoKey{}, &Memo{text: text, spans: map[news.Span][]Token{}, norms: map[news.Span][]string{}})
}

// Cached is Tokenize through the Memo in ctx, when ctx has one for this
// text (the comparison is a pointer check for the document's own text);
// otherwise it is Tokenize. The tokens are shared with the other
// stages: a caller must not change them (appending is safe, as the slice's
// capacity ends at its length).
func Cached(ctx context.Context, text string, sp news.Span) []Token {
	m, _ := ctx.Value(memoKey{}).(*Memo)
	if m == nil || m.text != text {
		return Tokenize(text, sp)
	}
	if toks, ok := m.spans[sp]; ok {
		return toks
	}
	toks := Tokenize(text, sp)
	toks = toks[:len(toks):len(toks)]
	m.spans[sp] = toks
	return toks
}

// Words returns Norm of each token of Cached(ctx, text, sp), through the
// Memo in ctx when it has one for text: the stages look words up by their
// normal form many times over, and a capitalized or non-ASCII word costs an
// allocation to normalize. The slice is shared, like Cached's.
func Words(ctx context.Context, text string, sp news.Span) []string {
	m, _ := ctx.Value(memoKey{}).(*Memo)
	if m != nil && m.text == text {
		if w, ok := m.norms[sp]; ok {
			return w
		}
	}
	words := normAll(text, Cached(ctx, text, sp))
	if m != nil && m.text == text {
		m.norms[sp] = words
	}
	return words
}

// normAll returns Norm of each token's text. The words that change are
// folded into one buffer that becomes one string, which they share: a
// sentence costs two allocations, not one per capitalized word.
func normAll(text string, toks []Token) []string {
	words := make([]string, len(toks))
	type fold struct{ tok, end int32 } // a changed word: its token, its end in buf
	var (
		stack     [512]byte
		foldStack [64]fold
	)
	buf, folds := stack[:0], foldStack[:0]
	for i, t := range toks {
		s := t.Text(text)
		if isNorm(s) {
			words[i] = s
			continue
		}
		buf = appendFolded(buf, s)
		folds = append(folds, fold{int32(i), int32(len(buf))})
	}
	if len(folds) == 0 {
		return words
	}
	all, start := string(buf), int32(0)
	for _, f := range folds {
		words[f.tok] = all[start:f.end]
		start = f.end
	}
	return words
}
