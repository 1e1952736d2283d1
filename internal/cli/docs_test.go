package cli

import (
	"encoding/csv"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

// TestQueryCommands ingests two reports and reads them back through docs,
// show and claims in every format.
func TestQueryCommands(t *testing.T) {
	dir := t.TempDir()
	writeTestFiles(t, dir, map[string]string{
		"a.txt": goodReport,
		"b.txt": "Seoul says 11,000 troops deployed\n\nSEOUL, Nov 4 - South Korea's spy agency said on Monday that about 11,000 North Korean troops had been deployed to the Kursk region.\n",
	})
	db := filepath.Join(t.TempDir(), "q.db")
	if _, stderr, code := runSitrep(t, "", "ingest", "--db", db, dir); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, stderr)
	}

	out, _, code := runSitrep(t, "", "docs", "--db", db, "--format", "json")
	var docs []docRow
	if err := json.Unmarshal([]byte(out), &docs); code != 0 || err != nil {
		t.Fatalf("docs --format json: exit %d, %v: %s", code, err, out)
	}
	if got, want := len(docs), 2; got != want {
		t.Fatalf("documents = %d, want %d", got, want)
	}
	table, _, _ := runSitrep(t, "", "docs", "--db", db, "--format", "table")
	if lines := strings.Split(strings.TrimSpace(table), "\n"); len(lines) != 3 || !strings.HasPrefix(lines[0], "ID") {
		t.Errorf("docs table:\n%s", table)
	}

	var a docRow
	for _, d := range docs {
		if strings.HasSuffix(d.Source, "a.txt") {
			a = d
		}
	}
	if a.Claims == 0 {
		t.Fatalf("a.txt stored with no claims: %+v", a)
	}
	show, stderr, code := runSitrep(t, "", "show", "--db", db, a.ID[:10])
	if code != 0 {
		t.Fatalf("show: exit %d: %s", code, stderr)
	}
	for _, want := range []string{"id:        " + a.ID, "[[", "]]", "Russia launched"} {
		if !strings.Contains(show, want) {
			t.Errorf("show lacks %q:\n%s", want, show)
		}
	}
	if _, stderr, code := runSitrep(t, "", "show", "--db", db, "ffffffff"); code != 1 || !strings.Contains(stderr, "not found") {
		t.Errorf("show of an unknown id: exit %d, %q", code, stderr)
	}

	jsonl, _, _ := runSitrep(t, "", "claims", "--db", db, "--format", "jsonl", "--doc", a.ID[:8])
	lines := jsonLines(t, jsonl)
	if got, want := len(lines), a.Claims; got != want {
		t.Errorf("claims of a.txt = %d, want %d", got, want)
	}
	js, _, _ := runSitrep(t, "", "claims", "--db", db, "--format", "json", "--doc", a.ID[:8])
	var arr []map[string]any
	if err := json.Unmarshal([]byte(js), &arr); err != nil || len(arr) != len(lines) {
		t.Errorf("claims --format json: %d claims, %v", len(arr), err)
	}
	csvOut, _, _ := runSitrep(t, "", "claims", "--db", db, "--format", "csv", "--doc", a.ID[:8])
	rows, err := csv.NewReader(strings.NewReader(csvOut)).ReadAll()
	if err != nil || len(rows) != len(lines)+1 || rows[0][0] != "id" {
		t.Errorf("claims --format csv: %d rows, %v", len(rows), err)
	}
	tbl, _, _ := runSitrep(t, "", "claims", "--db", db, "--format", "table", "--text", "troops")
	if !strings.Contains(tbl, "QUOTE") || !strings.Contains(tbl, "11,000") {
		t.Errorf("claims --text troops table:\n%s", tbl)
	}
	for _, args := range [][]string{{"--since", "yesterday"}, {"--type", "rumour"}, {"stray"}} {
		if _, _, code := runSitrep(t, "", append([]string{"claims", "--db", db}, args...)...); code != 2 {
			t.Errorf("claims %v: exit %d, want 2", args, code)
		}
	}
}
