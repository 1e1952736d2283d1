package token

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/news"
)

func TestCached(t *testing.T) {
	text := "Seoul's spy agency said 11,000 troops were sent. The U.S. agreed."
	first := news.Span{Start: 0, End: strings.Index(text, " The") + 1}
	ctx := WithMemo(context.Background(), text)

	got := Cached(ctx, text, first)
	if want := Tokenize(text, first); !slices.Equal(got, want) {
		t.Fatalf("Cached = %v, Tokenize = %v", got, want)
	}
	again := Cached(ctx, text, first)
	if &again[0] != &got[0] {
		t.Error("second call tokenized again instead of using the memo")
	}

	// A caller that appends must not change what the memo gives others.
	grown := append(got, Token{Span: news.Span{Start: 0, End: 1}, Kind: Punct})
	grown[0].Kind = Punct
	if after := Cached(ctx, text, first); !slices.Equal(after, Tokenize(text, first)) {
		t.Errorf("memo changed by a caller's append: %v", after)
	}

	// Another text of the same length is not served from this memo.
	other := strings.ToUpper(text)
	if got, want := Cached(ctx, other, first), Tokenize(other, first); !slices.Equal(got, want) {
		t.Errorf("other text: Cached = %v, want %v", got, want)
	}
	// Without a memo, Cached is Tokenize.
	if got, want := Cached(context.Background(), text, first), Tokenize(text, first); !slices.Equal(got, want) {
		t.Errorf("no memo: Cached = %v, want %v", got, want)
	}
}

// TestNormAll: each word is Norm of its token, whether it changes or not,
// however many change.
func TestNormAll(t *testing.T) {
	tests := []struct{ name, text string }{
		{"none change", "troops were sent to the front"},
		{"all change", "KIM JONG-UN’S ÉTAT"},
		{"mixed", "Seoul’s spy agency said U.S. troops left Ёлки"},
		{"long", strings.Repeat("Capitalized Words Fold Into One Buffer ", 40)},
		{"empty", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := Tokenize(tt.text, news.Span{Start: 0, End: len(tt.text)})
			words := normAll(make([]string, len(toks)), tt.text, toks)
			if len(words) != len(toks) {
				t.Fatalf("%d words for %d tokens", len(words), len(toks))
			}
			for i, tk := range toks {
				if got, want := words[i], Norm(tk.Text(tt.text)); got != want {
					t.Errorf("word %d = %q, want %q", i, got, want)
				}
			}
		})
	}
}

// BenchmarkMemoWords tokenizes and normalizes a document sentence by
// sentence through a fresh Memo each time, as the stages of one pipeline
// run do.
func BenchmarkMemoWords(b *testing.B) {
	sentence := "Pyongyang has sent some 11,000 soldiers to regions such as Kursk, according to NATO’s officials. "
	text := strings.Repeat(sentence, 20)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		ctx := WithMemo(context.Background(), text)
		for i := 0; i < len(text); i += len(sentence) {
			sp := news.Span{Start: i, End: i + len(sentence) - 1}
			Cached(ctx, text, sp)
			Words(ctx, text, sp)
		}
	}
}

// BenchmarkPooledMemoWords is BenchmarkMemoWords with the memo of each
// document taken from the pool and released, as analysis.Pipeline.Run does.
func BenchmarkPooledMemoWords(b *testing.B) {
	sentence := "Pyongyang has sent some 11,000 soldiers to regions such as Kursk, according to NATO’s officials. "
	text := strings.Repeat(sentence, 20)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		ctx, m := WithPooledMemo(context.Background(), text)
		for i := 0; i < len(text); i += len(sentence) {
			sp := news.Span{Start: i, End: i + len(sentence) - 1}
			Cached(ctx, text, sp)
			Words(ctx, text, sp)
		}
		m.Release()
	}
}

// TestPooledMemo: memos taken from the pool after others were released
// give each document its own tokens and words, whatever the size of the
// documents before, and a released memo keeps no words.
func TestPooledMemo(t *testing.T) {
	texts := []string{
		"Seoul's spy agency said 11,000 troops were sent. The U.S. agreed.",
		strings.Repeat("KIM Jong-un’s ÉTAT sent 300 Troops to Kursk. ", 300), // more than a block
		"Ёлки. Short one.",
		strings.Repeat("Officials Said. ", 50),
	}
	for round := range 3 {
		for _, text := range texts {
			ctx, m := WithPooledMemo(context.Background(), text)
			for i := 0; i < len(text); {
				end := strings.IndexByte(text[i:], '.')
				if end < 0 {
					end = len(text)
				} else {
					end += i + 1
				}
				sp := news.Span{Start: i, End: end}
				toks, words := Sentence(ctx, text, sp)
				if want := Tokenize(text, sp); !slices.Equal(toks, want) {
					t.Fatalf("round %d: tokens of %q = %v, want %v", round, sp.Of(text), toks, want)
				}
				for k, tk := range toks {
					if got, want := words[k], Norm(tk.Text(text)); got != want {
						t.Fatalf("round %d: word %d of %q = %q, want %q", round, k, sp.Of(text), got, want)
					}
				}
				i = end
			}
			m.Release()
			for _, e := range m.entries[:cap(m.entries)] {
				if e.words != nil || e.toks != nil {
					t.Fatalf("round %d: a released memo keeps an entry: %+v", round, e)
				}
			}
		}
	}
}

// TestSentence: whatever order the spans are asked for in (a stage's walk,
// another stage's from the start, a skip, a span that is no sentence),
// Sentence gives Tokenize and Norm of each, and the same slices each time.
func TestSentence(t *testing.T) {
	text := "Seoul's spy agency said 11,000 troops were sent. The U.S. agreed. KIM left."
	s1 := news.Span{Start: 0, End: strings.Index(text, " The")}
	s2 := news.Span{Start: s1.End + 1, End: strings.Index(text, " KIM")}
	s3 := news.Span{Start: s2.End + 1, End: len(text)}
	part := news.Span{Start: 5, End: 30} // not a sentence
	empty := news.Span{Start: 3, End: 3}
	tests := []struct {
		name  string
		order []news.Span
	}{
		{"in order twice", []news.Span{s1, s2, s3, s1, s2, s3}},
		{"skips", []news.Span{s1, s3, s2, s3, s1}},
		{"non-sentences", []news.Span{s2, part, empty, s2, part, s1, empty}},
		{"backwards", []news.Span{s3, s2, s1, s3, s2, s1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := WithMemo(context.Background(), text)
			first := map[news.Span][]Token{}
			for i, sp := range tt.order {
				toks, words := Sentence(ctx, text, sp)
				if want := Tokenize(text, sp); !slices.Equal(toks, want) {
					t.Fatalf("call %d %v: toks = %v, want %v", i, sp, toks, want)
				}
				if len(words) != len(toks) {
					t.Fatalf("call %d %v: %d words for %d tokens", i, sp, len(words), len(toks))
				}
				for k, tk := range toks {
					if want := Norm(tk.Text(text)); words[k] != want {
						t.Errorf("call %d %v: word %d = %q, want %q", i, sp, k, words[k], want)
					}
				}
				if c := Cached(ctx, text, sp); !slices.Equal(c, toks) {
					t.Errorf("call %d %v: Cached = %v, Sentence = %v", i, sp, c, toks)
				}
				if prev, ok := first[sp]; ok && len(prev) > 0 && &prev[0] != &toks[0] {
					t.Errorf("call %d %v: tokenized again instead of using the memo", i, sp)
				}
				first[sp] = toks
			}
		})
	}
}

// BenchmarkMemoSentence is BenchmarkMemoWords as the stages now read a
// document: four stages each asking Sentence for every sentence in order.
func BenchmarkMemoSentence(b *testing.B) {
	sentence := "Pyongyang has sent some 11,000 soldiers to regions such as Kursk, according to NATO’s officials. "
	text := strings.Repeat(sentence, 20)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		ctx := WithMemo(context.Background(), text)
		for range 4 {
			for i := 0; i < len(text); i += len(sentence) {
				Sentence(ctx, text, news.Span{Start: i, End: i + len(sentence) - 1})
			}
		}
	}
}

// BenchmarkMemoHit times the look-up alone: a later stage reading every
// sentence of a document whose memo is already filled.
func BenchmarkMemoHit(b *testing.B) {
	sentence := "Pyongyang has sent some 11,000 soldiers to regions such as Kursk, according to NATO’s officials. "
	text := strings.Repeat(sentence, 20)
	ctx := WithMemo(context.Background(), text)
	read := map[string]func(news.Span){
		"Sentence":    func(sp news.Span) { Sentence(ctx, text, sp) },
		"CachedWords": func(sp news.Span) { Cached(ctx, text, sp); Words(ctx, text, sp) },
	}
	for name, f := range read {
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				for i := 0; i < len(text); i += len(sentence) {
					f(news.Span{Start: i, End: i + len(sentence) - 1})
				}
			}
		})
	}
}
