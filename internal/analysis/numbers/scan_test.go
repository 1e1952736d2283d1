package numbers

import (
	"os"
	"path/filepath"
	"reflect"
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
