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
	if fast, slow := lx.find(nil, text, true), lx.find(nil, text, false); !reflect.DeepEqual(fast, slow) {
		t.Fatalf("find(%q) with skipPlain\n got %+v\nwant %+v", text, fast, slow)
	}
}
