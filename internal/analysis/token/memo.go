package token

import (
	"cmp"
	"context"
	"slices"
	"sync"

	"github.com/sitrep/sitrep/internal/news"
)

// Memo keeps the tokens and words of the spans that one document's stages
// split, so that a sentence read by the entity, quantity, attribution and
// claim stages is tokenized and normalized once instead of once per stage.
// It belongs to one document and one goroutine.
type Memo struct {
	text string
	// entries holds the spans in the order they were first asked for, and
	// find finds one by its span. Each stage walks the sentences in order,
	// so the entry after the last one served is nearly always the next one
	// asked for: next turns most look-ups into one span comparison instead
	// of hashing the span.
	entries []entry
	index   map[news.Span]int32 // nil while the entries are sorted by span
	next    int
	// toks and words are the free ends of the blocks the spans' tokens and
	// words are carved from: a document costs a few allocations, not two
	// a sentence.
	toks  []Token
	words []string
	// tokBlock and wordBlock are the largest blocks the memo was given,
	// kept for the next document when the memo is pooled (see
	// WithPooledMemo): a run over many documents then allocates no blocks
	// once the first few are read.
	tokBlock  []Token
	wordBlock []string
}

// entry is one span's tokens and, once a stage asked for them, its words.
type entry struct {
	span  news.Span
	toks  []Token
	words []string
	hasW  bool // words set (a span without tokens has nil words)
}

// maxBlock bounds a block, in tokens or words, so that a huge document
// does not get one huge block at once.
const maxBlock = 1 << 13

// tokenize is Tokenize into the memo's current block.
func (m *Memo) tokenize(sp news.Span) []Token {
	est := sp.Len()/5 + 1 // what Tokenize allocates
	if cap(m.toks) < est {
		m.toks = make([]Token, 0, max(est, min(len(m.text)/5+16, maxBlock)))
		if cap(m.toks) > cap(m.tokBlock) {
			m.tokBlock = m.toks
		}
	}
	toks := appendTokens(m.toks[:0], m.text, sp)
	if n := len(toks); n <= cap(m.toks) {
		m.toks = m.toks[n:n] // taken from the block; else append made its own array
	}
	return toks[:len(toks):len(toks)]
}

// wordSlice returns n empty words from the memo's current block.
func (m *Memo) wordSlice(n int) []string {
	if cap(m.words) < n {
		m.words = make([]string, 0, max(n, min(len(m.text)/5+16, maxBlock)))
		if cap(m.words) > cap(m.wordBlock) {
			m.wordBlock = m.words
		}
	}
	w := m.words[:n:n]
	m.words = m.words[n:n]
	return w
}

// entry returns the entry of sp, tokenizing sp the first time.
func (m *Memo) entry(sp news.Span) *entry {
	if i := m.next - 1; i >= 0 && m.entries[i].span == sp {
		return &m.entries[i] // asked again, as Cached then Words do
	}
	i := m.next
	if i >= len(m.entries) {
		i = 0 // a new stage starts again at the first sentence
	}
	if i >= len(m.entries) || m.entries[i].span != sp {
		k, ok := m.find(sp)
		if !ok {
			k = m.add(sp)
		}
		i = k
	}
	m.next = i + 1
	return &m.entries[i]
}

// find returns the index of sp's entry. While the spans came in order, as
// sentences do, that is a binary search; only a document whose stages asked
// for spans out of order pays for the index map.
func (m *Memo) find(sp news.Span) (int, bool) {
	if m.index == nil {
		i, ok := slices.BinarySearchFunc(m.entries, sp, cmpEntry)
		return i, ok
	}
	k, ok := m.index[sp]
	return int(k), ok
}

// add appends sp's entry, keeping the entries sorted for find or, once
// that fails, indexing them all by span, and returns its index.
func (m *Memo) add(sp news.Span) int {
	k := len(m.entries)
	if m.index == nil && k > 0 && cmpEntry(m.entries[k-1], sp) >= 0 {
		m.index = make(map[news.Span]int32, 2*k)
		for j, e := range m.entries {
			m.index[e.span] = int32(j)
		}
	}
	m.entries = append(m.entries, entry{span: sp, toks: m.tokenize(sp)})
	if m.index != nil {
		m.index[sp] = int32(k)
	}
	return k
}

// cmpEntry orders entries by start, then end.
func cmpEntry(e entry, sp news.Span) int {
	if c := cmp.Compare(e.span.Start, sp.Start); c != 0 {
		return c
	}
	return cmp.Compare(e.span.End, sp.End)
}

// get returns sp's tokens and, when words is set, its words.
func (m *Memo) get(sp news.Span, words bool) ([]Token, []string) {
	e := m.entry(sp)
	if words && !e.hasW {
		e.words, e.hasW = normAll(m.wordSlice(len(e.toks)), m.text, e.toks), true
	}
	return e.toks, e.words
}

type memoKey struct{}

// WithMemo returns ctx carrying a new Memo for text, the document text the
// stages will tokenize.
func WithMemo(ctx context.Context, text string) context.Context {
	m := &Memo{}
	m.reset(text)
	return context.WithValue(ctx, memoKey{}, m)
}

// WithPooledMemo is WithMemo with a Memo that reuses the memory of memos
// released before (analysis.Pipeline.Run takes one per document): the
// blocks of a document's tokens and words were half of the bytes the
// pipeline allocated. The caller calls Release once the stages are done;
// the tokens and words the memo gave out must not be used after that.
func WithPooledMemo(ctx context.Context, text string) (context.Context, *Memo) {
	m := memoPool.Get().(*Memo)
	m.reset(text)
	return context.WithValue(ctx, memoKey{}, m), m
}

var memoPool = sync.Pool{New: func() any { return new(Memo) }}

// maxPooledEntries keeps the entries of a rare huge document out of the
// pool, as maxBlock does its blocks.
const maxPooledEntries = 1 << 12

// reset makes m an empty memo for text, keeping its largest blocks.
func (m *Memo) reset(text string) {
	m.text, m.index, m.next = text, nil, 0
	n := min(len(text)/100, 256) // about a sentence per 100 bytes: entries need not grow
	if cap(m.entries) < n {
		m.entries = make([]entry, 0, n)
	}
	m.entries = m.entries[:0]
	m.toks, m.words = m.tokBlock[:0], m.wordBlock[:0]
}

// Release gives m's memory to the memos WithPooledMemo returns later. It
// drops the words it handed out, which point into the document, so that
// a pooled memo keeps no document alive.
func (m *Memo) Release() {
	for i := range m.entries {
		clear(m.entries[i].words)
	}
	clear(m.entries)
	m.text, m.index, m.toks, m.words = "", nil, nil, nil
	if cap(m.entries) > maxPooledEntries {
		m.entries = nil
	}
	if cap(m.tokBlock) > maxBlock {
		m.tokBlock = nil
	}
	if cap(m.wordBlock) > maxBlock {
		m.wordBlock = nil
	}
	memoPool.Put(m)
}

// memo returns the Memo in ctx when it is one for text (the comparison is
// a pointer check for the document's own text), else nil.
func memo(ctx context.Context, text string) *Memo {
	m, _ := ctx.Value(memoKey{}).(*Memo)
	if m == nil || m.text != text {
		return nil
	}
	return m
}

// Cached is Tokenize through the Memo in ctx, when ctx has one for this
// text; otherwise it is Tokenize. The tokens are shared with the other
// stages: a caller must not change them (appending is safe, as the slice's
// capacity ends at its length).
func Cached(ctx context.Context, text string, sp news.Span) []Token {
	m := memo(ctx, text)
	if m == nil {
		return Tokenize(text, sp)
	}
	toks, _ := m.get(sp, false)
	return toks
}

// Words returns Norm of each token of Cached(ctx, text, sp), through the
// Memo in ctx when it has one for text: the stages look words up by their
// normal form many times over, and a capitalized or non-ASCII word costs an
// allocation to normalize. The slice is shared, like Cached's.
func Words(ctx context.Context, text string, sp news.Span) []string {
	_, words := Sentence(ctx, text, sp)
	return words
}

// Sentence returns Cached and Words of sp together, with one look-up in ctx
// and the memo instead of two each: a stage that reads both calls this.
func Sentence(ctx context.Context, text string, sp news.Span) ([]Token, []string) {
	m := memo(ctx, text)
	if m == nil {
		toks := Tokenize(text, sp)
		return toks, normAll(make([]string, len(toks)), text, toks)
	}
	return m.get(sp, true)
}

// normAll sets words[i] to Norm of toks[i]'s text. The words that change
// are folded into one buffer that becomes one string, which they share: a
// sentence costs one allocation, not one per capitalized word.
func normAll(words []string, text string, toks []Token) []string {
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
