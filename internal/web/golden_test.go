package web

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestDocPageGolden renders the document page of the first fixture report
// (claims, hedges, a relay, markup in the text) and compares the whole
// article element with testdata/doc.golden.
func TestDocPageGolden(t *testing.T) {
	st := openTestStore(t)
	docs := fixtureDocs(t, st)
	s := newTestServer(t, st, nil)
	body := do(t, s, "GET", "/docs/"+docs[0].ID, nil, nil).Body.String()
	start, end := strings.Index(body, `<article class="doctext">`), strings.Index(body, `</article>`)
	if start < 0 || end < start {
		t.Fatalf("no article element in the page")
	}
	got := body[start:end+len("</article>")] + "\n"
	path := filepath.Join("testdata", "doc.golden")
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("document text differs from %s (go test -update rewrites it):\ngot:\n%s\nwant:\n%s", path, got, want)
	}
}
