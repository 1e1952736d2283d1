package segment

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/sitrep/sitrep/internal/news"
)

// FuzzAnnotate feeds arbitrary bytes through Annotate: no panic, Check
// passes, sentences are trimmed and non-empty, flags agree with regions.
func FuzzAnnotate(f *testing.F) {
	seeds := []string{
		"", "\n", "a", "U.S.", "“", "\xff\xfe", "By ", "Related:\n  • x\n", "1. \n2. ",
		"Title\n\nBody text. More text.\n\nBecome a Patron!",
		"Mr. \u00a0\u2029x... Y?\u201d z", "\u2028\u2028", "e.g. i.e. a.m. p.m. ", "\xe2\x80", "\xc2",
	}
	files, _ := filepath.Glob("testdata/*.txt")
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			seeds = append(seeds, string(b))
		}
	}
	for _, s := range seeds {
		f.Add(s)
	}
	s, err := New("en")
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		d := &news.Doc{Text: text}
		if err := s.Annotate(context.Background(), d); err != nil {
			t.Fatalf("Annotate: %v", err)
		}
		if d.Text != text {
			t.Fatal("Annotate changed the text")
		}
		if err := d.Check(); err != nil {
			t.Fatalf("Check: %v", err)
		}
		for i, sn := range d.Sentences {
			if sn.Empty() {
				t.Fatalf("sentence %d is empty", i)
			}
			if lo, hi := trimSpace(text, sn.Start, sn.End); lo != sn.Start || hi != sn.End {
				t.Fatalf("sentence %d %q is not trimmed", i, sn.Of(text))
			}
			if sn.Boilerplate != d.InBoilerplate(sn.Span) {
				t.Fatalf("sentence %d boilerplate flag %v disagrees with the regions", i, sn.Boilerplate)
			}
		}
		for i := 1; i < len(d.Boilerplate); i++ {
			if d.Boilerplate[i].Start <= d.Boilerplate[i-1].End {
				t.Fatalf("boilerplate regions %d and %d overlap or touch", i-1, i)
			}
		}
	})
}

// FuzzSentences checks the exported splitter on arbitrary spans.
func FuzzSentences(f *testing.F) {
	f.Add("He left. She stayed.", 0, 20)
	f.Add("U.S. \xff “a.” b", 2, 9)
	s, err := New("en")
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string, lo, hi int) {
		sp := news.Span{Start: lo, End: hi}
		prev := min(max(lo, 0), len(text))
		for i, g := range s.Sentences(text, sp) {
			if g.Start < prev || g.End > len(text) || g.Empty() {
				t.Fatalf("sentence %d [%d,%d) out of order or outside [%d,%d) of %d bytes", i, g.Start, g.End, lo, hi, len(text))
			}
			prev = g.End
		}
	})
}
