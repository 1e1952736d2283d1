package numbers

import (
	"os"
	"path/filepath"
	"reflect"
	"sync"
	"testing"
)

// TestSkipPlain checks that Find passes over plain words with skipPlain
// and without it to the same mentions, on the reports of every language,
// generated news and the table cases.
func TestSkipPlain(t *testing.T) {
	reports, _ := filepath.Glob("testdata/report*.txt")
	texts := map[string]string{"news": newsText(32 << 10)}
	for _, name := range reports {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		texts[name] = string(b)
	}
	for _, tt := range findTests {
		texts["find/"+tt.in] = tt.in
	}
	for _, tc := range localeTests {
		texts["locale/"+tc.in] = tc.in
	}
	for _, lang := range []string{"en", "es", "fr", "ru", "uk"} {
		r, err := New(lang)
		if err != nil {
			t.Fatal(err)
		}
		for name, text := range texts {
			t.Run(lang+"/"+name, func(t *testing.T) {
				sameBothWays(t, r.lx, text)
			})
		}
	}
}

// sameBothWays fails when find with skipPlain differs from find without.
func sameBothWays(t *testing.T, lx *lexicon, text string) {
	t.Helper()
	if lx.loc.joiner != "" {
		return
	}
	if fast, slow := newScanner(lx).find(nil, text, true), newScanner(lx).find(nil, text, false); !reflect.DeepEqual(fast, slow) {
		t.Fatalf("find(%q) with skipPlain\n got %+v\nwant %+v", text, fast, slow)
	}
}

// TestScannerMemo checks that the scanner's memo returns the token the
// lexicon reads, whatever order the positions come in and however they
// collide in the memo.
func TestScannerMemo(t *testing.T) {
	text := newsText(4 << 10)
	for _, lang := range []string{"en", "de", "uk"} {
		r, err := New(lang)
		if err != nil {
			t.Fatal(err)
		}
		orders := map[string]func(i int) int{
			"forward":   func(i int) int { return i % len(text) },
			"backward":  func(i int) int { return len(text) - 1 - i%len(text) },
			"colliding": func(i int) int { return (i * memoSize) % len(text) },
			"revisit":   func(i int) int { return (i / 3 * 7) % len(text) },
		}
		for name, at := range orders {
			t.Run(lang+"/"+name, func(t *testing.T) {
				sc := newScanner(r.lx)
				for i := 0; i < 3*len(text); i++ {
					pos := at(i)
					if got, want := sc.next(text, pos), r.lx.next(text, pos); got != want {
						t.Fatalf("next(%d) = %+v, want %+v", pos, got, want)
					}
				}
			})
		}
	}
}

// TestNeedsNext checks that the early end of an article's tries
// (needsNext) changes no mention: Find with the words marked and with the
// marks cleared agree on the reports of every language, generated news
// and the table cases.
func TestNeedsNext(t *testing.T) {
	texts := []string{newsText(32 << 10)}
	reports, _ := filepath.Glob("testdata/report*.txt")
	for _, name := range reports {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	for _, tt := range findTests {
		texts = append(texts, tt.in)
	}
	for _, tc := range localeTests {
		texts = append(texts, tc.in)
	}
	for _, lang := range Languages() {
		t.Run(lang, func(t *testing.T) {
			marked, err := loadLexicon(lang)
			if err != nil {
				t.Fatal(err)
			}
			plain, err := loadLexicon(lang)
			if err != nil {
				t.Fatal(err)
			}
			for i := range plain.words {
				plain.words[i].needsNext = false
			}
			fast := plain.loc.joiner == ""
			for _, text := range texts {
				got := newScanner(marked).find(nil, text, fast)
				want := newScanner(plain).find(nil, text, fast)
				if !reflect.DeepEqual(got, want) {
					t.Fatalf("find(%q) with needsNext\n got %+v\nwant %+v", text, got, want)
				}
			}
		})
	}
}

// unmarked holds, by language, a lexicon with needsNext cleared.
var unmarked sync.Map

// sameUnmarked fails when find differs with needsNext cleared.
func sameUnmarked(t *testing.T, lx *lexicon, lang, text string) {
	t.Helper()
	v, ok := unmarked.Load(lang)
	if !ok {
		plain, err := loadLexicon(lang)
		if err != nil {
			t.Fatal(err)
		}
		for i := range plain.words {
			plain.words[i].needsNext = false
		}
		v, _ = unmarked.LoadOrStore(lang, plain)
	}
	fast := lx.loc.joiner == ""
	if got, want := newScanner(lx).find(nil, text, fast), newScanner(v.(*lexicon)).find(nil, text, fast); !reflect.DeepEqual(got, want) {
		t.Fatalf("find(%q) with needsNext\n got %+v\nwant %+v", text, got, want)
	}
}
