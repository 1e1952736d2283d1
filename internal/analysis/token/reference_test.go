package token

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/news"
)

// tokenizeRef and wordEndRef are Tokenize and wordEnd as they were before
// their ASCII fast paths: the reference the fast paths must agree with.
func tokenizeRef(text string, sp news.Span) []Token {
	toks := make([]Token, 0, sp.Len()/5+1)
	i := sp.Start
	for i < sp.End {
		r, n := utf8.DecodeRuneInString(text[i:sp.End])
		switch {
		case r == utf8.RuneError && n <= 1:
			toks = append(toks, Token{news.Span{Start: i, End: i + 1}, Punct})
			i++
		case unicode.IsSpace(r):
			i += n
		case isApostrophe(r) && isPossessiveAt(text, i+n, sp.End, toks, i):
			end := i + n
			if end < sp.End && (text[end] == 's' || text[end] == 'S') {
				end++
			}
			toks = append(toks, Token{news.Span{Start: i, End: end}, Possessive})
			i = end
		case isWordRune(r):
			end := wordEndRef(text, i, sp.End)
			toks = append(toks, Token{news.Span{Start: i, End: end}, Word})
			i = end
		default:
			toks = append(toks, Token{news.Span{Start: i, End: i + n}, Punct})
			i += n
		}
	}
	return toks
}
func wordEndRef(text string, i, end int) int {
	j := i
	segLen := 0 // letters since the last inner period
	dotted := false
	for j < end {
		r, n := utf8.DecodeRuneInString(text[j:end])
		if isWordRune(r) {
			j += n
			segLen++
			continue
		}
		next := runeAt(text, j+n, end)
		switch {
		case isHyphen(r) && isWordRune(next):
		case r == '.' && isWordRune(next) && !unicode.IsSpace(next):
			dotted = true
			segLen = -1
		case (r == ',') && j > i && unicode.IsDigit(runeAt(text, j-1, end)) && unicode.IsDigit(next):
		case isApostrophe(r) && unicode.IsLetter(next) && !isClitic(text, j+n, end):
		default:
			if r == '.' && dotted && segLen == 1 {
				return j + n
			}
			return j
		}
		j += n
		segLen = 0
	}
	return j
}

// corpusTexts returns the test corpora's documents, for differential tests.
func corpusTexts(t testing.TB) []string {
	files, _ := filepath.Glob("../../../testdata/corpus*/*.txt")
	if len(files) == 0 {
		t.Fatal("no corpus files")
	}
	var out []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, string(b))
	}
	return out
}

var oddTexts = []string{
	"Seoul’s spy agency", "U.S. 11,000", "a\xffb’s", "''s", "-.-", "soldiers' families", "O'Brien's",
	"Jong-un ‐ Jong‑un", "e\u0301tat", "\u00a0nbsp\u0085nel", "1,2,3.4.5", "a.b.c. x.", "Kim’S", "x's'",
	"\t\v\f\r\n", "ab\u0300\u0301", "١٢٣ ٤", "中文字", "‘quoted’", "5'", "a-", "-a", "a--b", "a.", ".a",
}

func TestTokenizeMatchesReference(t *testing.T) {
	for _, s := range append(corpusTexts(t), oddTexts...) {
		for _, sp := range []news.Span{{Start: 0, End: len(s)}, {Start: len(s) / 3, End: len(s) / 2}} {
			if got, want := Tokenize(s, sp), tokenizeRef(s, sp); !reflect.DeepEqual(got, want) {
				t.Fatalf("Tokenize(%.60q, %v) differs from the reference", s, sp)
			}
		}
	}
}

func FuzzTokenizeMatchesReference(f *testing.F) {
	for _, s := range oddTexts {
		f.Add(s, 0)
	}
	f.Fuzz(func(t *testing.T, s string, start int) {
		sp := news.Span{Start: min(max(start, 0), len(s)), End: len(s)}
		if got, want := Tokenize(s, sp), tokenizeRef(s, sp); !reflect.DeepEqual(got, want) {
			t.Fatalf("Tokenize(%q, %v) = %v, reference %v", s, sp, got, want)
		}
	})
}

// Through a Memo, tokens and words come from shared blocks: they must be
// Tokenize's and Norm's, span after span, overlapping or repeated.
func TestCachedMatchesTokenize(t *testing.T) {
	for _, s := range append(corpusTexts(t), oddTexts...) {
		ctx := WithMemo(context.Background(), s)
		var spans []news.Span
		for i := 0; i < len(s); i += 97 {
			spans = append(spans, news.Span{Start: i, End: min(i+211, len(s))}, news.Span{Start: i, End: i})
		}
		spans = append(spans, news.Span{Start: 0, End: len(s)})
		for round := range 2 {
			for _, sp := range spans {
				toks, words := Cached(ctx, s, sp), Words(ctx, s, sp)
				want := Tokenize(s, sp)
				if !reflect.DeepEqual(toks, want) || cap(toks) != len(toks) {
					t.Fatalf("round %d: Cached(%v) differs from Tokenize", round, sp)
				}
				for i, tk := range want {
					if words[i] != Norm(tk.Text(s)) {
						t.Fatalf("Words(%v)[%d] = %q, want %q", sp, i, words[i], Norm(tk.Text(s)))
					}
				}
			}
		}
	}
}

// reportCPU-free variant for the A/B script: Tokenize on the corpora.
func BenchmarkTokenizeCorpus(b *testing.B) {
	texts := corpusTexts(b)
	n := 0
	for _, s := range texts {
		n += len(s)
	}
	b.SetBytes(int64(n))
	for b.Loop() {
		for _, s := range texts {
			Tokenize(s, news.Span{Start: 0, End: len(s)})
		}
	}
}
