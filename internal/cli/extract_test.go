package cli

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/news"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden from the current output")

// goldenDocs are corpus reports whose whole extract output is kept in
// testdata: a wire story, a live blog, a syndicated copy.
var goldenDocs = []string{
	"c01_wire_seoul_reinforcements.txt",
	"c06_liveblog_gaza.txt",
	"c08_syndicated_wire_copy.txt",
}

// TestExtractGolden runs `extract --format jsonl` and `--format text` on
// corpus reports and compares the whole output with testdata/NAME.golden.
// When the analysis changes on purpose, rewrite them with
//
//	go test ./internal/cli -run ExtractGolden -update
//
// and read the diff.
func TestExtractGolden(t *testing.T) {
	corpus := filepath.Join("..", "..", "testdata", "corpus")
	for _, name := range goldenDocs {
		t.Run(name, func(t *testing.T) {
			// The path as given is the claims' doc field: relative, so the
			// output does not depend on where the module is checked out.
			path := filepath.Join(corpus, name)
			if _, err := os.Stat(path); err != nil {
				t.Skipf("corpus report missing: %v", err)
			}
			var got strings.Builder
			for _, format := range []string{"jsonl", "text"} {
				out, stderr, code := runSitrep(t, "", "extract", "--format", format, "--published", "2025-03-01", filepath.ToSlash(path))
				if code != 0 {
					t.Fatalf("extract --format %s: exit %d: %s", format, code, stderr)
				}
				got.WriteString("-- " + format + " --\n" + out)
			}
			golden := filepath.Join("testdata", strings.TrimSuffix(name, ".txt")+".golden")
			if *update {
				if err := os.MkdirAll("testdata", 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, []byte(got.String()), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (create it with -update)", err)
			}
			if got.String() != string(want) {
				gl, wl := strings.Split(got.String(), "\n"), strings.Split(string(want), "\n")
				for i := range max(len(gl), len(wl)) {
					g, w := lineAt(gl, i), lineAt(wl, i)
					if g != w {
						t.Fatalf("output differs from %s at line %d (run with -update if the change is meant):\ngot:  %s\nwant: %s", golden, i+1, g, w)
					}
				}
			}
		})
	}
}

func lineAt(lines []string, i int) string {
	if i < len(lines) {
		return lines[i]
	}
	return "<end of output>"
}

// TestExtractTable checks `extract --format table` on corpus reports: whole
// output against testdata/NAME.table.golden (rewritten by -update), no line
// wider than 100 columns, and every claim's figure, hedge, date and full
// source (title and relays included) on the page.
func TestExtractTable(t *testing.T) {
	corpus := filepath.Join("..", "..", "testdata", "corpus")
	for _, name := range append(goldenDocs, "c13_newspaper_russian_losses.txt", "c20_relay_nk_redeploy.txt") {
		t.Run(name, func(t *testing.T) {
			path := filepath.ToSlash(filepath.Join(corpus, name))
			if _, err := os.Stat(path); err != nil {
				t.Skipf("corpus report missing: %v", err)
			}
			table, stderr, code := runSitrep(t, "", "extract", "--format", "table", "--published", "2025-03-01", path)
			if code != 0 {
				t.Fatalf("extract --format table: exit %d: %s", code, stderr)
			}
			for i, line := range strings.Split(table, "\n") {
				if n := utf8.RuneCountInString(line); n > tableWidth {
					t.Errorf("line %d is %d columns wide, want <= %d: %s", i+1, n, tableWidth, line)
				}
			}
			jsonl, stderr, code := runSitrep(t, "", "extract", "--format", "jsonl", "--published", "2025-03-01", path)
			if code != 0 {
				t.Fatalf("extract --format jsonl: exit %d: %s", code, stderr)
			}
			rows := strings.Split(table, "\n")
			for _, l := range strings.Split(strings.TrimSpace(jsonl), "\n") {
				var c news.Claim
				if err := json.Unmarshal([]byte(l), &c); err != nil {
					t.Fatal(err)
				}
				if !strings.Contains(table, sourceLine(c)) {
					t.Errorf("source %q of claim %q is nowhere in the table", sourceLine(c), c.Quote)
				}
				if c.Value == nil {
					continue
				}
				date := news.Deref(c.SaidOn)
				if date == "" {
					date = news.Deref(c.Published)
				}
				if !slices.ContainsFunc(rows, func(r string) bool {
					return strings.HasPrefix(r, c.Value.String()+" ") && strings.Contains(r, " "+c.Hedge+" ") && strings.HasSuffix(r, " "+date)
				}) {
					t.Errorf("no row with figure %s, hedge %s and date %s for %q", c.Value, c.Hedge, date, c.Quote)
				}
			}
			golden := filepath.Join("testdata", strings.TrimSuffix(name, ".txt")+".table.golden")
			if *update {
				if err := os.WriteFile(golden, []byte(table), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (create it with -update)", err)
			}
			if table != string(want) {
				gl, wl := strings.Split(table, "\n"), strings.Split(string(want), "\n")
				for i := range max(len(gl), len(wl)) {
					if g, w := lineAt(gl, i), lineAt(wl, i); g != w {
						t.Fatalf("table differs from %s at line %d (run with -update if the change is meant):\ngot:  %s\nwant: %s", golden, i+1, g, w)
					}
				}
			}
		})
	}
}
