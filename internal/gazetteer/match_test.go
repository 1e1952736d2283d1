package gazetteer

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/analysis/token"
	"github.com/sitrep/sitrep/internal/news"
)

// slowMatchAt is matchAt as a plain walk of the trie, with keys made by
// strings.ToLower and fold and no first-token filter.
func (g *Gazetteer) slowMatchAt(root *node, text string, toks []token.Token, i int) (int, *alias) {
	n := root
	var best *alias
	bestLen := 0
	for k := i; k < len(toks); k++ {
		n = n.next[strings.ToLower(fold(toks[k].Text(text)))]
		if n == nil {
			break
		}
		for ai := range n.aliases {
			if a := &n.aliases[ai]; g.verify(a, text, toks[i:k+1]) {
				best, bestLen = a, k-i+1
				break
			}
		}
	}
	return bestLen, best
}

// TestMatchAgrees checks matchAt against the plain walk at every token of
// the test corpora in every language, with and without the tokens' normal
// forms: the filter, the allocation-free keys and the words change no
// match.
func TestMatchAgrees(t *testing.T) {
	g := mustDefault(t)
	root := refTrie(g)
	files, err := filepath.Glob("../../testdata/corpus*/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no corpus: %v", err)
	}
	hits := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		toks := token.Tokenize(text, news.Span{Start: 0, End: len(text)})
		words := make([]string, len(toks))
		for i, tk := range toks {
			words[i] = token.Norm(tk.Text(text))
		}
		for i := range toks {
			wn, wa := g.slowMatchAt(root, text, toks, i)
			for _, ws := range [][]string{nil, words} {
				n, a := g.matchAt(text, toks, ws, i)
				if n != wn {
					t.Fatalf("%s: matchAt at %q (words %t) = %d tokens, want %d", f, toks[i].Text(text), ws != nil, n, wn)
				}
				if n > 0 && !sameAlias(*a, *wa) {
					t.Fatalf("%s: matchAt at %q (words %t) = %+v, want %+v", f, toks[i].Text(text), ws != nil, a, wa)
				}
			}
			if wn > 0 {
				hits++
			}
		}
	}
	if hits == 0 {
		t.Error("no name matched anywhere")
	}
}

func TestAppendKey(t *testing.T) {
	for _, s := range []string{"", "abc", "ABC", "Seoul’s", "‘Kim", "Jong‐un", "Jong‑Un", "Київ", "ЁЛКА", "İstanbul", "\xff\xe2\x80\x99A", "a\u212aB", "ẞ", "–"} {
		if got, want := string(appendKey(nil, s)), strings.ToLower(fold(s)); got != want {
			t.Errorf("appendKey(%q) = %q, want %q", s, got, want)
		}
	}
}

// FuzzAppendKey: the key is strings.ToLower(fold(s)) for any input.
func FuzzAppendKey(f *testing.F) {
	f.Add("Seoul’s")
	f.Add("\xe2\x80")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := string(appendKey(nil, s)), strings.ToLower(fold(s)); got != want {
			t.Errorf("appendKey(%q) = %q, want %q", s, got, want)
		}
	})
}
