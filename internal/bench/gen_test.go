package bench

import (
	"io/fs"
	"os"
	"path/filepath"
	"slices"
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

func TestCopyDocs(t *testing.T) {
	from := t.TempDir()
	for name, body := range map[string]string{"b.txt": "second article\n", "a.html": "<p>first</p>\n", "gold.jsonl": "{}\n"} {
		if err := os.WriteFile(filepath.Join(from, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	dir := filepath.Join(t.TempDir(), "docs")
	size, err := CopyDocs(dir, 5, from)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"000/doc000000.html", "000/doc000001.txt", "000/doc000002.html", "000/doc000003.txt", "000/doc000004.html"}
	var got []string
	var total int64
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && d.Type().IsRegular() {
			rel, _ := filepath.Rel(dir, p)
			got = append(got, filepath.ToSlash(rel))
			b, _ := os.ReadFile(p)
			total += int64(len(b))
		}
		return nil
	})
	if !slices.Equal(got, want) {
		t.Errorf("files %q, want %q (round-robin, the jsonl left out)", got, want)
	}
	if size != total || size != 3*13+2*15 {
		t.Errorf("size %d, files hold %d, want %d", size, total, 3*13+2*15)
	}
	if _, err := CopyDocs(filepath.Join(t.TempDir(), "x"), 1, t.TempDir()); err == nil || !strings.Contains(err.Error(), "no .txt or .html files") {
		t.Errorf("empty folder: error %v, want one naming the missing articles", err)
	}
}
