package lang

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/sitrep/sitrep/internal/analysis/token"
	"github.com/sitrep/sitrep/internal/news"
)

// slowMatch is MatchAt without the first-word filter.
func slowMatch(p *Phrases, text string, toks []token.Token, i int) (int, string) {
	n := &p.root
	best, val := 0, ""
	for k := i; k < len(toks) && n.next != nil; k++ {
		n = n.next[token.Norm(toks[k].Text(text))]
		if n == nil {
			break
		}
		if n.value != nil {
			best, val = k-i+1, *n.value
		}
	}
	return best, val
}

// sets returns every word list of l by name.
func sets(l *Lexicon) map[string]*Phrases {
	out := map[string]*Phrases{}
	v := reflect.ValueOf(l).Elem()
	for i := 0; i < v.NumField(); i++ {
		if p, ok := v.Field(i).Interface().(*Phrases); ok {
			out[v.Type().Field(i).Name] = p
		}
	}
	return out
}

// TestMatchAgrees checks MatchAt, MatchWords and Get against a plain walk
// of the trie at every token of the test corpora, for every list of every
// language: the first-word filter and the word fast paths change no answer.
func TestMatchAgrees(t *testing.T) {
	files, err := filepath.Glob("../../../testdata/corpus*/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no corpus: %v", err)
	}
	var texts []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	// The texts of one to three tokens, as written and normalized: Get's
	// questions.
	phrases := map[string]bool{}
	for _, text := range texts {
		toks := token.Tokenize(text, news.Span{Start: 0, End: len(text)})
		for i := range toks {
			for j := i + 1; j <= len(toks) && j <= i+3; j++ {
				raw := text[toks[i].Start:toks[j-1].End]
				phrases[raw] = true
				phrases[token.Norm(raw)] = true
			}
		}
	}
	hits, gets := 0, 0
	for _, code := range Languages() {
		l, err := Get(code)
		if err != nil {
			t.Fatal(err)
		}
		for name, p := range sets(l) {
			for w := range phrases {
				wtoks := token.Tokenize(w, news.Span{Start: 0, End: len(w)})
				gn, gv := slowMatch(p, w, wtoks, 0)
				want := gn == len(wtoks) && gn > 0
				if v, ok := p.Get(w); ok != want || ok && v != gv {
					t.Fatalf("%s %s: Get(%q) = %q, %v; want %q, %v", code, name, w, v, ok, gv, want)
				}
				if want {
					gets++
				}
			}
			for _, text := range texts {
				toks := token.Tokenize(text, news.Span{Start: 0, End: len(text)})
				words := make([]string, len(toks))
				for i, tk := range toks {
					words[i] = token.Norm(tk.Text(text))
				}
				keys := AppendKeys(nil, words)
				next, nn, nv := len(toks), 0, "" // the first match at or after i
				for i := len(toks) - 1; i >= 0; i-- {
					wn, wv := slowMatch(p, text, toks, i)
					if n, v := p.MatchAt(text, toks, i); n != wn || v != wv {
						t.Fatalf("%s %s: MatchAt at %q = %d %q, want %d %q", code, name, words[i], n, v, wn, wv)
					}
					if n, v := p.MatchWords(words, i); n != wn || v != wv {
						t.Fatalf("%s %s: MatchWords at %q = %d %q, want %d %q", code, name, words[i], n, v, wn, wv)
					}
					if wn > 0 {
						hits++
						next, nn, nv = i, wn, wv
					}
					if j, n, v := p.Next(words, i); j != next || n != nn || v != nv {
						t.Fatalf("%s %s: Next from %d = %d %d %q, want %d %d %q", code, name, i, j, n, v, next, nn, nv)
					}
					if j, n, v := p.NextKeyed(words, keys, i); j != next || n != nn || v != nv {
						t.Fatalf("%s %s: NextKeyed from %d = %d %d %q, want %d %d %q", code, name, i, j, n, v, next, nn, nv)
					}
					// Up to a bound: a phrase starts before it or none is found.
					if end := min(i+3, len(toks)); next < end {
						if j, n, v := p.NextKeyed(words, keys[:end], i); j != next || n != nn || v != nv {
							t.Fatalf("%s %s: NextKeyed from %d before %d = %d %d %q, want %d %d %q", code, name, i, end, j, n, v, next, nn, nv)
						}
					} else if j, n, _ := p.NextKeyed(words, keys[:end], i); j != end || n != 0 {
						t.Fatalf("%s %s: NextKeyed from %d before %d = %d %d, want none", code, name, i, end, j, n)
					}
					if n, v := p.MatchKeyed(words, keys, i); n != wn || v != wv {
						t.Fatalf("%s %s: MatchKeyed at %q = %d %q, want %d %q", code, name, words[i], n, v, wn, wv)
					}
				}
			}
		}
	}
	if hits == 0 || gets == 0 {
		t.Errorf("no phrase matched anywhere (%d matches, %d found by Get)", hits, gets)
	}
}
