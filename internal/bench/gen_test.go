package bench

import (
	"strings"
	"testing"
)

func TestGeneratorDeterministicAndDistinct(t *testing.T) {
	a, b := NewGenerator(7), NewGenerator(7)
	seen := map[string]bool{}
	for i := range 50 {
		x, y := a.Text(8), b.Text(8)
		if x != y {
			t.Fatalf("doc %d differs between generators with the same seed", i)
		}
		if seen[x] {
			t.Fatalf("doc %d repeats an earlier document", i)
		}
		seen[x] = true
		if strings.Contains(x, "{") || strings.Contains(x, "}") {
			t.Fatalf("doc %d has an unfilled slot: %q", i, x)
		}
	}
}

func TestGeneratorHTML(t *testing.T) {
	g := NewGenerator(1)
	p := g.HTML(6)
	for _, want := range []string{"<article>", "<p>", "og:site_name", "</html>"} {
		if !strings.Contains(p, want) {
			t.Errorf("page lacks %q", want)
		}
	}
}

func TestListsParsed(t *testing.T) {
	for _, name := range []string{"outlet", "source", "cue", "figure", "noun", "verbed", "headline", "lead", "body", "credit"} {
		if len(lists[name]) == 0 {
			t.Errorf("list %q is empty", name)
		}
	}
}
