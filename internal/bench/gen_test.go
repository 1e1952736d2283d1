package bench

import (
	"io/fs"
	"path/filepath"
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

func TestWriteDocs(t *testing.T) {
	for _, html := range []bool{false, true} {
		t.Run(kind(html), func(t *testing.T) {
			dir := t.TempDir()
			size, err := WriteDocs(dir, 7, 3, html, 5)
			if err != nil {
				t.Fatal(err)
			}
			var total int64
			n := 0
			err = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
				if err != nil || d.IsDir() {
					return err
				}
				fi, err := d.Info()
				if err != nil {
					return err
				}
				total += fi.Size()
				n++
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if got, want := n, 7; got != want {
				t.Errorf("files = %d, want %d", got, want)
			}
			if total != size || size == 0 {
				t.Errorf("size reported %d, on disk %d", size, total)
			}
		})
	}
}

func TestFilterOf(t *testing.T) {
	f := filterOf([]string{"--actor", "Ukraine", "--text", "troops", "--limit", "100", "--since", "2025-01-01"})
	if f.Actor != "Ukraine" || f.Text != "troops" || f.Limit != 100 || f.Since != "2025-01-01" {
		t.Errorf("filter = %+v", f)
	}
}
