package ingest

import (
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"testing"
)

func TestWalkReadsDocumentsOnly(t *testing.T) {
	dir := t.TempDir()
	files := []string{"a.txt", "b.html", "c", "gold.jsonl", "README.md", "data.csv", "notes.md", "sub/d.htm", ".hidden.txt", "sub/LICENSE", "x.bin", "sitrep.db"}
	for _, f := range files {
		p := filepath.Join(dir, f)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("text"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var got []string
	if err := expand(dir, func(j job) {
		rel, _ := filepath.Rel(dir, j.input)
		got = append(got, filepath.ToSlash(rel))
	}); err != nil {
		t.Fatal(err)
	}
	sort.Strings(got)
	want := []string{"a.txt", "b.html", "c", "notes.md", "sub/d.htm", "x.bin"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("walk read %q, want %q", got, want)
	}
	// A file named on the command line is read whatever its ending.
	var named []string
	if err := expand(filepath.Join(dir, "gold.jsonl"), func(j job) { named = append(named, j.input) }); err != nil {
		t.Fatal(err)
	}
	if len(named) != 1 {
		t.Errorf("named file gave %d jobs, want 1", len(named))
	}
}
