package segment

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/news"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden from the current output")

// render lists what Annotate found in a form a reviewer can read: the
// metadata, the headline, each boilerplate region with the kinds of its
// lines, and every sentence with its flags.
func render(t *testing.T, s *Segmenter, d *news.Doc) string {
	t.Helper()
	var b strings.Builder
	fmt.Fprintf(&b, "title: %q\nbyline: %q\n", d.Meta.Title, d.Meta.Byline)
	fmt.Fprintf(&b, "headline: %s\n", quoteSpan(d.Text, d.Headline))
	ls := s.lexiconFor(d).classify(d.Text)
	s.lexiconFor(d).layout(d.Text, ls, &news.Doc{Text: d.Text})
	for _, r := range d.Boilerplate {
		var kinds []string
		for _, l := range ls {
			if !l.blank() && r.Contains(l.Span) && l.kind != kindContent {
				kinds = append(kinds, l.kind.String())
			}
		}
		fmt.Fprintf(&b, "boilerplate %s: %s\n", strings.Join(kinds, ","), quoteSpan(d.Text, r))
	}
	for i, sn := range d.Sentences {
		flags := "  "
		if sn.Headline {
			flags = "H" + flags[1:]
		}
		if sn.Boilerplate {
			flags = flags[:1] + "B"
		}
		fmt.Fprintf(&b, "%3d %s %s\n", i, flags, quoteSpan(d.Text, sn.Span))
	}
	return b.String()
}

func quoteSpan(text string, sp news.Span) string {
	if sp.Empty() {
		return "none"
	}
	return fmt.Sprintf("[%d,%d) %q", sp.Start, sp.End, sp.Of(text))
}

func annotate(t testing.TB, s *Segmenter, text string) *news.Doc {
	t.Helper()
	d := &news.Doc{Text: text}
	if err := s.Annotate(context.Background(), d); err != nil {
		t.Fatalf("Annotate: %v", err)
	}
	if err := d.Check(); err != nil {
		t.Fatalf("Check after Annotate: %v", err)
	}
	return d
}

func newEnglish(t testing.TB) *Segmenter {
	t.Helper()
	s, err := New("en")
	if err != nil {
		t.Fatalf("New(en): %v", err)
	}
	return s
}

// TestGolden annotates each testdata/*.txt (documents written for these
// tests) and compares the rendering with testdata/*.golden.
func TestGolden(t *testing.T) {
	s := newEnglish(t)
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no testdata/*.txt")
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		t.Run(name, func(t *testing.T) {
			in, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			got := render(t, s, annotate(t, s, string(in)))
			golden := strings.TrimSuffix(f, ".txt") + ".golden"
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if got != string(want) {
				t.Errorf("%s differs from %s (go test -update rewrites it):\n%s", name, golden, diff(string(want), got))
			}
		})
	}
}

// diff lists the lines that differ, enough to see what moved.
func diff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	for i := 0; i < max(len(w), len(g)); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			fmt.Fprintf(&b, "line %d:\n- %s\n+ %s\n", i+1, wl, gl)
		}
	}
	return b.String()
}
