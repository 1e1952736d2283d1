// Package segment is the first analysis stage: it finds a document's
// headline, its boilerplate (appeals, link lists, bylines, bios, share
// buttons, captions, date lines, keyword salad) and its sentences, as byte
// spans into the unchanged text.
//
// Everything is decided by the shape of the text — line length, casing,
// punctuation, position — and by cue words in embedded per-language lists
// (data/<lang>/), so no rule names one outlet's sentences. The scanner reads
// bytes and decodes runes only where a decision needs one; it never uses
// regular expressions on the hot path.
//
// The package does not import internal/analysis; Segmenter satisfies its
// Stage interface structurally.
package segment

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"github.com/sitrep/sitrep/internal/news"
)

// ErrUnsupported is returned by New for a language without word lists.
var ErrUnsupported = errors.New("unsupported language")

// DefaultLang is the language used for "auto" when a document's language is
// unknown or has no word lists.
const DefaultLang = "en"

// Segmenter marks headlines, boilerplate and sentences. It is safe for
// concurrent use.
type Segmenter struct {
	def    *lexicon
	byLang map[string]*lexicon // for "auto": chosen by Doc.Meta.Lang
}

// New returns a segmenter for lang ("en", ...). "" or "auto" loads every
// language and picks one per document from Doc.Meta.Lang, falling back to
// English.
func New(lang string) (*Segmenter, error) {
	if lang != "" && lang != "auto" {
		lx, err := loadLexicon(lang)
		if err != nil {
			return nil, fmt.Errorf("segment: %w", err)
		}
		return &Segmenter{def: lx}, nil
	}
	s := &Segmenter{byLang: map[string]*lexicon{}}
	for _, l := range languages() {
		lx, err := loadLexicon(l)
		if err != nil {
			return nil, fmt.Errorf("segment: %w", err)
		}
		s.byLang[l] = lx
	}
	s.def = s.byLang[DefaultLang]
	if s.def == nil {
		return nil, fmt.Errorf("segment: no word lists for %q: %w", DefaultLang, ErrUnsupported)
	}
	return s, nil
}

// Name is the stage name.
func (s *Segmenter) Name() string { return "segment" }

// Sentences splits text[sp] into sentences: offsets into text, in order,
// trimmed of surrounding space, list markers left out. It uses the
// segmenter's default language.
func (s *Segmenter) Sentences(text string, sp news.Span) []news.Span {
	sp.Start = min(max(sp.Start, 0), len(text))
	sp.End = min(max(sp.End, sp.Start), len(text))
	return s.def.sentences(text, sp, nil)
}

func (s *Segmenter) lexiconFor(d *news.Doc) *lexicon {
	if lx := s.byLang[d.Meta.Lang]; lx != nil {
		return lx
	}
	return s.def
}

// Annotate fills d.Headline, d.Boilerplate, d.Sentences, and d.Meta.Title
// and d.Meta.Byline when they are empty. A headline already set (by HTML
// extraction) is kept, and boilerplate already marked is merged with what
// this stage finds.
func (s *Segmenter) Annotate(ctx context.Context, d *news.Doc) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	lx := s.lexiconFor(d)
	text := d.Text
	buf, _ := lineBufs.Get().(*[]line)
	if buf == nil {
		buf = new([]line)
	}
	ls := lx.appendLines((*buf)[:0], text)
	pg := lx.layout(text, ls, d)
	if cap(ls) <= maxPooledLines {
		*buf = ls[:0]
		lineBufs.Put(buf)
	}

	if d.Headline.Empty() || !d.Headline.Valid(len(text)) {
		d.Headline = pg.headline
	}
	if d.Meta.Title == "" && !d.Headline.Empty() {
		d.Meta.Title = d.Headline.Of(text)
	}
	if d.Meta.Byline == "" && !pg.byline.Empty() {
		d.Meta.Byline = pg.byline.Of(text)
	}
	d.Boilerplate = mergeSpans(append(validSpans(d.Boilerplate, len(text)), pg.boilerplate...))
	d.Sentences = lx.markSentences(text, d, pg)
	return nil
}

// spanBufs keeps the sentence spans markSentences gathers from document
// to document: they are copied into the sentences.
var spanBufs sync.Pool // *[]news.Span

// markSentences splits the text between the cut points (the edges of
// headlines, headings and boilerplate regions, so no sentence straddles
// one) and flags each sentence.
func (lx *lexicon) markSentences(text string, d *news.Doc, pg page) []news.Sentence {
	var cutBuf [32]int // most documents' cut points fit: no allocation
	cuts := append(cutBuf[:0], 0, len(text))
	for _, h := range pg.headings {
		cuts = append(cuts, h.Start, h.End)
	}
	if !d.Headline.Empty() {
		cuts = append(cuts, d.Headline.Start, d.Headline.End)
	}
	for _, b := range d.Boilerplate {
		cuts = append(cuts, b.Start, b.End)
	}
	cuts = sortUnique(cuts)
	buf, _ := spanBufs.Get().(*[]news.Span)
	if buf == nil {
		buf = new([]news.Span)
	}
	spans := (*buf)[:0]
	for i := 0; i+1 < len(cuts); i++ {
		spans = lx.sentences(text, news.Span{Start: cuts[i], End: cuts[i+1]}, spans)
	}
	defer func() {
		if cap(spans) <= maxPooledLines {
			*buf = spans[:0]
			spanBufs.Put(buf)
		}
	}()
	// The sentences go in d.Sentences' memory when it has room: a caller
	// that reuses its documents (extract) allocates none.
	out := d.Sentences[:0]
	if cap(out) < len(spans) {
		out = make([]news.Sentence, len(spans))
	}
	out = out[:len(spans)]
	b, h := 0, 0
	for i, sp := range spans {
		out[i].Span = sp
		for b < len(d.Boilerplate) && d.Boilerplate[b].End <= sp.Start {
			b++
		}
		out[i].Boilerplate = b < len(d.Boilerplate) && d.Boilerplate[b].Contains(sp)
		for h < len(pg.headings) && pg.headings[h].End <= sp.Start {
			h++
		}
		out[i].Headline = d.Headline.Contains(sp) && !d.Headline.Empty() ||
			h < len(pg.headings) && pg.headings[h].Contains(sp)
	}
	return out
}
