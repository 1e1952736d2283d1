package cli

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runSitrep runs one command line in process and returns its stdout, stderr
// and exit status.
func runSitrep(t testing.TB, stdin string, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	env := &Env{Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errb,
		Getenv: func(string) string { return "" }}
	code := Run(context.Background(), env, args)
	return out.String(), errb.String(), code
}

// writeTestFiles writes name -> body under dir.
func writeTestFiles(t testing.TB, dir string, files map[string]string) {
	t.Helper()
	for name, body := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// jsonLines decodes JSON lines into maps.
func jsonLines(t testing.TB, s string) []map[string]any {
	t.Helper()
	var out []map[string]any
	sc := bufio.NewScanner(strings.NewReader(s))
	sc.Buffer(nil, 16<<20)
	for sc.Scan() {
		var m map[string]any
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			t.Fatalf("bad JSON line %q: %v", sc.Text(), err)
		}
		out = append(out, m)
	}
	return out
}

const goodReport = `Ukraine says 120 drones launched overnight

KYIV, April 2 - Russia launched 120 drones and four missiles at Ukraine overnight, the air force said on Wednesday, adding that 95 of the drones were shot down over eleven regions.
`

// badInputs writes one good file and one file of each bad kind into dir and
// returns the failing inputs (as they will be named) with a word of the
// reason each must give.
func badInputs(t *testing.T, dir string) map[string]string {
	t.Helper()
	writeTestFiles(t, dir, map[string]string{
		"good.txt":    goodReport,
		"empty.txt":   "",
		"latin1.txt":  "Caf\xe9 owners said 12 windows were broken.\n",
		"binary.bin":  "\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03\x00>\x00\x01\x00",
		"broken.html": "<!doctype html><html><head><title>Troops sent to Kursk</ti",
		// A figure beyond float64: today it reaches JSON as +Inf and the
		// document fails alone (see overflowFailed); the batch and the
		// output must stay whole either way.
		"overflow.txt": "Officials said " + strings.Repeat("9", 400) + " drones were launched overnight.\n",
	})
	big := filepath.Join(dir, "big.txt")
	if err := os.WriteFile(big, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(big, 21<<20); err != nil { // sparse: cheap to make, over the limit
		t.Fatal(err)
	}
	bad := map[string]string{
		filepath.Join(dir, "empty.txt"):   "empty",
		filepath.Join(dir, "latin1.txt"):  "invalid UTF-8",
		filepath.Join(dir, "binary.bin"):  "binary",
		filepath.Join(dir, "broken.html"): "no article text",
		big:                               "too large",
	}
	locked := filepath.Join(dir, "locked.txt")
	writeTestFiles(t, dir, map[string]string{"locked.txt": goodReport})
	if err := os.Chmod(locked, 0); err != nil {
		t.Fatal(err)
	}
	if f, err := os.Open(locked); err == nil {
		f.Close() // root reads anything: the file is good then
		os.Remove(locked)
	} else {
		bad[locked] = "permission denied"
	}
	return bad
}

// overflowFailed reports whether the overflow.txt of badInputs failed, and
// checks that it failed at most once and for the reason it may fail for.
func overflowFailed(t *testing.T, stderr, dir string) bool {
	t.Helper()
	var hits []string
	for _, l := range strings.Split(stderr, "\n") {
		if strings.Contains(l, filepath.Join(dir, "overflow.txt")+": ") {
			hits = append(hits, l)
		}
	}
	if len(hits) > 1 || len(hits) == 1 && !strings.Contains(hits[0], "encode claim") {
		t.Errorf("overflow.txt: stderr lines %q, want none or one about encoding", hits)
	}
	return len(hits) == 1
}

// checkFailureLines checks that stderr has exactly one line for each bad
// input, naming it and its reason.
func checkFailureLines(t *testing.T, stderr string, bad map[string]string) {
	t.Helper()
	lines := strings.Split(strings.TrimSpace(stderr), "\n")
	for input, reason := range bad {
		var hits []string
		for _, l := range lines {
			if strings.Contains(l, input+": ") {
				hits = append(hits, l)
			}
		}
		if len(hits) != 1 {
			t.Errorf("%s: %d stderr lines, want 1:\n%s", input, len(hits), stderr)
			continue
		}
		if !strings.Contains(hits[0], reason) {
			t.Errorf("%s: line %q does not give the reason %q", input, hits[0], reason)
		}
	}
}

func badServer(t *testing.T) *httptest.Server {
	mux := http.NewServeMux()
	mux.HandleFunc("/gone", http.NotFound)
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><item><title>x</ti`)
	})
	mux.HandleFunc("/story", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, `<html><head><title>Drones over Kyiv</title></head><body><nav>Home World</nav><article><h1>Drones over Kyiv</h1>
<p>Russia launched 120 drones and four missiles at Ukraine overnight, the air force said on Wednesday, adding that 95 were shot down.</p>
<p>The mayor said falling debris damaged three buildings and two people were hurt in the capital's western districts.</p></article></body></html>`)
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func TestIngestBadInputs(t *testing.T) {
	dir := t.TempDir()
	bad := badInputs(t, dir)
	srv := badServer(t)
	dead := httptest.NewServer(http.NotFoundHandler())
	deadURL := dead.URL + "/story"
	dead.Close() // nothing listens there now
	missing := filepath.Join(dir, "missing.txt")
	bad[missing] = "no such file"
	notDir := filepath.Join(dir, "good.txt", "inner.txt")
	bad[notDir] = "not a directory"
	bad[srv.URL+"/gone"] = "404"
	bad[srv.URL+"/feed.xml"] = "malformed feed"
	bad[deadURL] = "refused"
	bad["gopher://example.com/x"] = "unsupported URL scheme"

	db := filepath.Join(t.TempDir(), "s.db")
	_, stderr, code := runSitrep(t, "", "ingest", "--db", db, "--allow-private", dir, missing, notDir,
		srv.URL+"/gone", srv.URL+"/feed.xml", deadURL, "gopher://example.com/x", srv.URL+"/story")
	if got, want := code, 1; got != want {
		t.Errorf("exit status = %d, want %d", got, want)
	}
	checkFailureLines(t, stderr, bad)
	nbad := len(bad)
	if overflowFailed(t, stderr, dir) {
		nbad++
	}
	if !strings.Contains(stderr, fmt.Sprintf("%d failed", nbad)) {
		t.Errorf("summary does not count %d failures:\n%s", nbad, stderr)
	}
	out, _, code := runSitrep(t, "", "docs", "--db", db, "--format", "jsonl")
	if code != 0 {
		t.Fatalf("docs: exit %d", code)
	}
	sources := map[string]bool{}
	for _, d := range jsonLines(t, out) {
		sources[d["source"].(string)] = true
	}
	for _, want := range []string{filepath.Join(dir, "good.txt"), srv.URL + "/story"} {
		if !sources[want] {
			t.Errorf("%s not stored; stored: %v", want, sources)
		}
	}
	for input := range bad {
		if sources[input] {
			t.Errorf("bad input %s was stored", input)
		}
	}
}

func TestExtractBadInputs(t *testing.T) {
	dir := t.TempDir()
	bad := badInputs(t, dir)
	missing := filepath.Join(dir, "missing.txt")
	bad[missing] = "no such file"
	stdout, stderr, code := runSitrep(t, "", "extract", "--format", "jsonl", dir, missing)
	if got, want := code, 1; got != want {
		t.Errorf("exit status = %d, want %d", got, want)
	}
	checkFailureLines(t, stderr, bad)
	overflowFailed(t, stderr, dir)
	docs := map[string]bool{}
	for _, c := range jsonLines(t, stdout) {
		docs[c["doc"].(string)] = true
	}
	if !docs[filepath.Join(dir, "good.txt")] {
		t.Errorf("the good file's claims are missing: %v", docs)
	}
}
