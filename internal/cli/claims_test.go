package cli

import (
	"encoding/json"
	"html"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/store"
)

// sharedTestDir finds ../shared/<name> next to the module root, or skips.
func sharedTestDir(t testing.TB, name string) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("module root not found")
		}
		dir = parent
	}
	p := filepath.Join(filepath.Dir(dir), "shared", name)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("%s not present", p)
	}
	return p
}

// claimLinesByDoc splits JSON lines by their "doc" field, keeping order, and
// rewrites doc through rename (nil: unchanged).
func claimLinesByDoc(t *testing.T, out string, rename func(string) string) map[string][]string {
	t.Helper()
	by := map[string][]string{}
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		if line == "" {
			continue
		}
		var m map[string]json.RawMessage
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatalf("bad line %q: %v", line, err)
		}
		var doc string
		json.Unmarshal(m["doc"], &doc)
		if rename != nil {
			b, _ := json.Marshal(rename(doc))
			line = strings.Replace(line, `"doc":`+string(m["doc"]), `"doc":`+string(b), 1)
		}
		by[doc] = append(by[doc], line)
	}
	return by
}

// TestSeedsIngestTwiceAndClaimsAsExtract ingests the five seeds twice, checks
// that five documents and the same claims are stored, and that `claims`
// prints exactly the lines `extract` printed, with doc the document id.
func TestSeedsIngestTwiceAndClaimsAsExtract(t *testing.T) {
	seeds := sharedTestDir(t, "seeds")
	files, _ := filepath.Glob(filepath.Join(seeds, "*.txt"))
	if len(files) == 0 {
		t.Skip("no seed reports")
	}
	db := filepath.Join(t.TempDir(), "seeds.db")
	var claimsRuns []string
	for run := range 2 {
		if _, stderr, code := runSitrep(t, "", "ingest", "--db", db, filepath.Join(seeds, "*.txt")); code != 0 {
			t.Fatalf("ingest run %d: exit %d: %s", run+1, code, stderr)
		}
		out, _, code := runSitrep(t, "", "claims", "--db", db, "--format", "jsonl")
		if code != 0 {
			t.Fatalf("claims: exit %d", code)
		}
		claimsRuns = append(claimsRuns, out)
	}
	if claimsRuns[0] != claimsRuns[1] {
		t.Errorf("claims changed when the seeds were ingested again")
	}
	docsOut, _, _ := runSitrep(t, "", "docs", "--db", db, "--format", "jsonl")
	if got, want := len(jsonLines(t, docsOut)), len(files); got != want {
		t.Errorf("documents after two runs = %d, want %d", got, want)
	}

	extractOut, stderr, code := runSitrep(t, "", append([]string{"extract", "--format", "jsonl"}, files...)...)
	if code != 0 {
		t.Fatalf("extract: exit %d: %s", code, stderr)
	}
	idOf := map[string]string{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		idOf[f] = store.DocID(string(b))
	}
	want := claimLinesByDoc(t, extractOut, func(path string) string { return idOf[path] })
	got := claimLinesByDoc(t, claimsRuns[0], nil)
	for _, f := range files {
		id := idOf[f]
		w, g := want[f], got[id]
		if len(w) == 0 {
			t.Errorf("%s: extract printed no claims", filepath.Base(f))
		}
		if !slices.Equal(g, w) {
			t.Errorf("%s: claims prints %d lines that differ from extract's %d", filepath.Base(f), len(g), len(w))
			for i := range min(len(g), len(w)) {
				if g[i] != w[i] {
					t.Errorf("first difference, line %d:\nclaims:  %s\nextract: %s", i+1, g[i], w[i])
					break
				}
			}
		}
	}
}

// TestSeedHTMLCopyIsSameStory wraps a seed's text in a web page with its own
// boilerplate and checks that ingest files it under the seed's story.
func TestSeedHTMLCopyIsSameStory(t *testing.T) {
	seeds := sharedTestDir(t, "seeds")
	files, _ := filepath.Glob(filepath.Join(seeds, "*.txt"))
	if len(files) == 0 {
		t.Skip("no seed reports")
	}
	seed, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatal(err)
	}
	title, body, _ := strings.Cut(string(seed), "\n")
	var page strings.Builder
	page.WriteString(`<!doctype html><html lang="en"><head><title>` + html.EscapeString(title) + ` - The Other Daily</title>
<meta property="og:site_name" content="The Other Daily"></head><body>
<header><nav><a href="/">Front page</a> <a href="/politics">Politics</a> <a href="/culture">Culture</a></nav></header>
<article><h1>` + html.EscapeString(title) + `</h1>`)
	for _, p := range strings.Split(body, "\n") {
		if p = strings.TrimSpace(p); p != "" {
			page.WriteString("<p>" + html.EscapeString(p) + "</p>\n")
		}
	}
	page.WriteString(`<p>Reporting by The Other Daily's foreign desk.</p></article>
<aside>Trending: recipes for autumn, the transfer window, a new phone</aside>
<footer>The Other Daily. Sign up for our newsletter.</footer></body></html>`)
	dir := t.TempDir()
	writeTestFiles(t, dir, map[string]string{"copy.html": page.String()})
	db := filepath.Join(t.TempDir(), "s.db")
	if _, stderr, code := runSitrep(t, "", "ingest", "--db", db, filepath.Join(seeds, "*.txt"), filepath.Join(dir, "copy.html")); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, stderr)
	}
	out, _, _ := runSitrep(t, "", "docs", "--db", db, "--format", "jsonl")
	seedID := store.DocID(string(seed))
	stories := map[string]int{}
	var copyStory, copyID string
	for _, d := range jsonLines(t, out) {
		stories[d["story"].(string)]++
		if strings.HasSuffix(d["source"].(string), "copy.html") {
			copyStory, copyID = d["story"].(string), d["id"].(string)
		}
	}
	if copyID == "" || copyID == seedID {
		t.Fatalf("copy stored as %q (seed %q): want a document of its own", copyID, seedID)
	}
	// Workers race, so either may have come first; they share one story.
	if stories[copyStory] != 2 {
		t.Errorf("the HTML copy's story %.12s holds %d documents, want the seed and the copy (stories %v)", copyStory, stories[copyStory], stories)
	}
	if got, want := len(stories), len(files); got != want {
		t.Errorf("stories = %d, want %d", got, want)
	}
}
