package lang

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/sitrep/sitrep/internal/analysis/token"
	"github.com/sitrep/sitrep/internal/news"
)

// corpusWords returns the normal words and tokens of the English test corpus.
func corpusWords(b *testing.B) (string, []token.Token, []string) {
	files, err := filepath.Glob("../../../testdata/corpus/*.txt")
	if err != nil || len(files) == 0 {
		b.Fatalf("no corpus: %v", err)
	}
	var text string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		text += string(data) + "\n"
	}
	toks := token.Tokenize(text, news.Span{Start: 0, End: len(text)})
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = token.Norm(t.Text(text))
	}
	return text, toks, words
}

// BenchmarkMatchWords tries every English list at every token of the
// corpus, as the stages do.
func BenchmarkMatchWords(b *testing.B) {
	_, _, words := corpusWords(b)
	l, err := Get("en")
	if err != nil {
		b.Fatal(err)
	}
	all := sets(l)
	b.SetBytes(int64(len(words)))
	for b.Loop() {
		for _, p := range all {
			for i := range words {
				p.MatchWords(words, i)
			}
		}
	}
}

// BenchmarkMatchAt is BenchmarkMatchWords through MatchAt, which
// normalizes each word it tries.
func BenchmarkMatchAt(b *testing.B) {
	text, toks, _ := corpusWords(b)
	l, err := Get("en")
	if err != nil {
		b.Fatal(err)
	}
	all := sets(l)
	b.SetBytes(int64(len(toks)))
	for b.Loop() {
		for _, p := range all {
			for i := range toks {
				p.MatchAt(text, toks, i)
			}
		}
	}
}

// BenchmarkNextKeyed scans the corpus for every English list's phrases
// with filter keys made once, as the attribution stage scans a sentence.
func BenchmarkNextKeyed(b *testing.B) {
	_, _, words := corpusWords(b)
	l, err := Get("en")
	if err != nil {
		b.Fatal(err)
	}
	all := sets(l)
	b.SetBytes(int64(len(words)))
	for b.Loop() {
		keys := AppendKeys(nil, words)
		for _, p := range all {
			for j := 0; j < len(words); j++ {
				var n int
				if j, n, _ = p.NextKeyed(words, keys, j); n == 0 {
					break
				}
			}
		}
	}
}
