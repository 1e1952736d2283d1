package pipelinetest

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/analysis"
	"github.com/sitrep/sitrep/internal/bench"
	"github.com/sitrep/sitrep/internal/ingest"
	"github.com/sitrep/sitrep/internal/news"
)

var (
	pipeOnce sync.Once
	pipe     analysis.Pipeline
	pipeErr  error
)

func pipeline(t testing.TB) analysis.Pipeline {
	t.Helper()
	pipeOnce.Do(func() { pipe, pipeErr = analysis.Default(analysis.Options{}) })
	if pipeErr != nil {
		t.Fatalf("default pipeline: %v", pipeErr)
	}
	return pipe
}

// checkDoc asserts the properties every analyzed document has: every span
// inside the text (Doc.Check), each claim's quote the text it points at, its
// sentence a piece of the text, and the claim encodable as the contract's JSON.
func checkDoc(t testing.TB, d *news.Doc) {
	t.Helper()
	if err := d.Check(); err != nil {
		t.Fatalf("%s: %v", d.Path, err)
	}
	for i, c := range d.Claims {
		if c.Start < 0 || c.End > len(d.Text) || c.Start > c.End || d.Text[c.Start:c.End] != c.Quote {
			t.Fatalf("%s: claim %d: quote %q is not text[%d:%d]", d.Path, i, c.Quote, c.Start, c.End)
		}
		if c.Sentence != "" && !strings.Contains(d.Text, c.Sentence) {
			t.Fatalf("%s: claim %d: sentence %q is not in the text", d.Path, i, c.Sentence)
		}
		if c.Type != news.ClaimQuantity && c.Type != news.ClaimStatement {
			t.Fatalf("%s: claim %d: type %q", d.Path, i, c.Type)
		}
		b, err := json.Marshal(c)
		if err != nil {
			t.Fatalf("%s: claim %d: encode: %v", d.Path, i, err)
		}
		var back news.Claim
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("%s: claim %d: decode %s: %v", d.Path, i, b, err)
		}
	}
}

// analyze runs the pipeline on text as the document named name.
func analyze(t testing.TB, name, text string) *news.Doc {
	t.Helper()
	d := &news.Doc{ID: name, Path: name, Text: text}
	if err := pipeline(t).Run(context.Background(), d); err != nil {
		t.Fatalf("%s: analyze: %v", name, err)
	}
	if d.Text != text {
		t.Fatalf("%s: the pipeline changed the text", name)
	}
	return d
}

// moduleRoot walks up from the working directory to the folder of go.mod.
func moduleRoot(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("module root not found")
		}
		dir = parent
	}
}

// corpusFiles are the project's corpus reports and, when ../shared is there,
// the seed reports.
func corpusFiles(t testing.TB) []string {
	t.Helper()
	root := moduleRoot(t)
	files, _ := filepath.Glob(filepath.Join(root, "testdata", "corpus", "*.txt"))
	seeds, _ := filepath.Glob(filepath.Join(filepath.Dir(root), "shared", "seeds", "*.txt"))
	return append(files, seeds...)
}

func TestCorpusProperties(t *testing.T) {
	files := corpusFiles(t)
	if len(files) == 0 {
		t.Skip("no corpus")
	}
	claims := 0
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			d, _, err := ingest.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			checkDoc(t, analyze(t, f, d.Text))
			claims += len(analyze(t, f, d.Text).Claims)
		})
	}
	if claims == 0 {
		t.Errorf("no claims in %d corpus documents", len(files))
	}
}

// TestCutDocuments analyzes every prefix cut of a few reports at many byte
// offsets, mid-word, mid-number, mid-sentence and mid-rune included.
func TestCutDocuments(t *testing.T) {
	files := corpusFiles(t)
	if len(files) > 4 {
		files = files[:4]
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		step := max(len(text)/40, 1)
		for cut := 0; cut <= len(text); cut += step {
			checkDoc(t, analyze(t, filepath.Base(f), text[:cut]))
			checkDoc(t, analyze(t, filepath.Base(f), text[cut:]))
		}
	}
}

func TestGeneratedDocuments(t *testing.T) {
	g := bench.NewGenerator(9)
	for range 30 {
		checkDoc(t, analyze(t, "generated", g.Text(8)))
	}
}

// TestHostileText: texts that are valid UTF-8 but nothing like news.
func TestHostileText(t *testing.T) {
	// Figure-dense texts stay small: the claim stage's hedge search grows
	// with the cube of the figures in one sentence (see the lead's notes).
	tests := []struct{ name, text string }{
		{"empty", ""},
		{"spaces", strings.Repeat(" \n\t", 1000)},
		{"one long word", strings.Repeat("a", 200_000)},
		{"digits", strings.Repeat("1", 300)},
		{"numbers without end", strings.Repeat("1,000 ", 200)},
		{"separators", strings.Repeat(",.-%$", 10_000)},
		{"one long sentence", strings.Repeat("Officials said 40 drones and ", 100)},
		{"quotes unclosed", strings.Repeat(`"He said 3 troops `, 100)},
		{"brackets", strings.Repeat("(((", 10_000) + "12 troops" + strings.Repeat(")", 5)},
		{"cyrillic and cjk", strings.Repeat("Войска 11 000 солдат 北朝鮮 3千人. ", 300)},
		{"combining marks", strings.Repeat("e\u0301\u0302 12\u0301 troops. ", 300)},
		{"replacement runes", strings.Repeat("\uFFFD 12 \uFFFD troops said. ", 300)},
		{"nul bytes", "Officials said\x00 40 drones\x00 were launched."},
		{"bom", "\uFEFFOfficials said 40 drones were launched."},
		{"crlf", strings.Repeat("Officials said 40 drones were launched.\r\n", 500)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkDoc(t, analyze(t, tt.name, tt.text))
		})
	}
}

// TestBadFiles: what ingest.ReadFile refuses is refused with a clear error
// naming the file, before the pipeline sees it.
func TestBadFiles(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	big := write("big.txt", nil)
	if err := os.Truncate(big, 50<<20); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, path string
		err        error
	}{
		{"invalid UTF-8", write("latin1.txt", []byte("Caf\xe9 owners said 12 windows were broken.")), ingest.ErrEncoding},
		{"empty", write("empty.txt", nil), ingest.ErrEmpty},
		{"binary", write("x.bin", []byte("\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00")), ingest.ErrBinary},
		{"50 MB", big, ingest.ErrTooLarge},
		{"truncated rune", write("cut.txt", []byte("Officials said 40 drones \xe2\x80")), ingest.ErrEncoding},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := ingest.ReadFile(tt.path)
			if !errors.Is(err, tt.err) {
				t.Fatalf("ReadFile error = %v, want %v", err, tt.err)
			}
			if !strings.HasPrefix(err.Error(), tt.path+": ") {
				t.Errorf("error %q does not name the file", err)
			}
		})
	}
}

// TestOverflowingFigure: a figure too large for a float64 must not reach
// the output as a value JSON cannot hold.
func TestOverflowingFigure(t *testing.T) {
	d := analyze(t, "overflow", "Officials said "+strings.Repeat("9", 400)+" drones were launched.")
	for i, c := range d.Claims {
		if _, err := json.Marshal(c); err != nil {
			t.Errorf("claim %d of a 400-digit figure cannot be encoded: %v", i, err)
		}
	}
	checkDoc(t, d)
}

// TestLargeDocument analyzes a large document in one piece: a clear result,
// no panic. It stays at 256 KB because the claim stage's time grows with the
// square of a document's figures (BenchmarkDocSize shows it).
func TestLargeDocument(t *testing.T) {
	if testing.Short() {
		t.Skip("a large document takes a few seconds")
	}
	g := bench.NewGenerator(11)
	var b strings.Builder
	for b.Len() < 256<<10 {
		b.WriteString(g.Text(8))
		b.WriteString("\n")
	}
	d := analyze(t, "large", b.String())
	checkDoc(t, d)
	if len(d.Claims) == 0 {
		t.Errorf("no claims in %d bytes of generated news", b.Len())
	}
}

// FuzzPipeline reads arbitrary bytes as ingest does (text or HTML) and
// analyzes what it accepts; it also analyzes the bytes as a string directly,
// valid UTF-8 or not.
func FuzzPipeline(f *testing.F) {
	for _, p := range corpusFiles(f) {
		if b, err := os.ReadFile(p); err == nil && len(b) < 8<<10 {
			f.Add(b)
		}
	}
	f.Add([]byte("Officials said about 11,000 troops were deployed to Kursk, Seoul's spy agency said on Wednesday."))
	f.Add([]byte("-- Small named values: the cursor over documents already evaluated (here a"))
	f.Add([]byte("<html><head><title>Drones</title></head><body><article><p>Kyiv said 120 drones were launched.</p></article></body></html>"))
	f.Add([]byte("between 10,000 and 12,000 — “up to 3 million” (some 40%) said\xff\xfe"))
	f.Add([]byte("HOSPITAL\nLyon, Sunday 15 November 2015, 18:00\n\nWe treated 54\n\nIn Case 4, the Fi 103 (G.222) fell; Romans 5:1-5. He said 40 had died, while Bishop Ann Vale of Ife said 38. The 147 had fled, she said. Roughly 36,000 had fled. We lost 14 men and had 40 wounded.\n"))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		d, _, err := ingest.Read("fuzz", bytes.NewReader(b))
		if err != nil {
			if !strings.HasPrefix(err.Error(), "fuzz: ") {
				t.Fatalf("error %q does not name the input", err)
			}
		} else {
			if !utf8.ValidString(d.Text) {
				t.Fatalf("ingest accepted invalid UTF-8 as text")
			}
			checkDoc(t, analyze(t, "fuzz", d.Text))
		}
		// Straight to the pipeline, past ingest's checks: valid UTF-8 must
		// give a valid document; invalid UTF-8 (which ingest refuses) must
		// still not panic nor point outside the text.
		raw := analyze(t, "fuzz-raw", string(b))
		if utf8.Valid(b) {
			checkDoc(t, raw)
			return
		}
		for i, c := range raw.Claims {
			if c.Start < 0 || c.End > len(raw.Text) || c.Start > c.End || raw.Text[c.Start:c.End] != c.Quote {
				t.Fatalf("claim %d: quote %q is not text[%d:%d]", i, c.Quote, c.Start, c.End)
			}
		}
	})
}
