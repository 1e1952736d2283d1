package cli

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/sitrep/sitrep/internal/export"
	"github.com/sitrep/sitrep/internal/news"
	"github.com/sitrep/sitrep/internal/store"
	"github.com/sitrep/sitrep/internal/store/storetest"
)

// exportDB stores two hand-made documents and returns the DSN and the
// claims as the store gives them.
func exportDB(t *testing.T) (string, []news.Claim) {
	t.Helper()
	ctx := context.Background()
	dsn := filepath.Join(t.TempDir(), "x.db")
	st, err := store.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	pub := time.Date(2025, 3, 6, 0, 0, 0, 0, time.UTC)
	docs := []*store.Document{
		storetest.NewDoc("a.txt", "Seoul said 11,000 troops were deployed to Kursk. More may follow.",
			news.Meta{Title: "Troops", Published: pub, URL: "https://example.org/a"},
			storetest.ClaimSpec{Quote: "11,000 troops", Type: news.ClaimQuantity, Actor: "North Korea",
				Measure: "deployed", What: "personnel", Source: "South Korea NIS", SourceType: "agency"}),
		storetest.NewDoc("b.txt", "Kyiv said 3,000 soldiers were killed or wounded in January.",
			news.Meta{Published: pub.AddDate(0, 0, 2)},
			storetest.ClaimSpec{Quote: "3,000 soldiers", Type: news.ClaimQuantity, Actor: "North Korea",
				Measure: "casualties", What: "casualties", Source: "Volodymyr Zelenskyy", SourceType: "person"}),
	}
	for _, d := range docs {
		if _, err := st.Put(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	claims, err := st.Claims(ctx, store.ClaimFilter{})
	if err != nil {
		t.Fatal(err)
	}
	return dsn, claims
}

func runCLI(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	env := &Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb, Getenv: func(string) string { return "" }}
	code = Run(context.Background(), env, args)
	return out.String(), errb.String(), code
}

func TestExportCommand(t *testing.T) {
	dsn, claims := exportDB(t)
	t.Run("jsonl round trip", func(t *testing.T) {
		out, errs, code := runCLI(t, "export", "--db", dsn, "--format", "jsonl")
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errs)
		}
		back, err := export.ReadJSONL(strings.NewReader(out))
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(back, claims) {
			t.Errorf("re-read claims differ:\n got %+v\nwant %+v", back, claims)
		}
	})
	t.Run("csv to file with filter", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "out.csv")
		if _, errs, code := runCLI(t, "export", "--db", dsn, "--format", "csv", "--measure", "deployed", "--out", path); code != 0 {
			t.Fatalf("exit %d: %s", code, errs)
		}
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		rows, err := csv.NewReader(f).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		if got, want := len(rows), 2; got != want {
			t.Fatalf("rows = %d, want %d (header and one claim)", got, want)
		}
		if got, want := strings.Join(rows[0], ","), strings.Join(export.CSVHeader, ","); got != want {
			t.Errorf("header = %s", got)
		}
	})
	t.Run("format from the file name", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "bundle.json")
		if _, errs, code := runCLI(t, "export", "--db", dsn, "--out", path); code != 0 {
			t.Fatalf("exit %d: %s", code, errs)
		}
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(b), `"type": "bundle"`) {
			t.Errorf("bundle.json is not a STIX bundle: %.200s", b)
		}
	})
	t.Run("stix", func(t *testing.T) {
		out, errs, code := runCLI(t, "export", "--db", dsn, "--format", "stix")
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errs)
		}
		var b struct {
			Type    string `json:"type"`
			Objects []struct {
				Type string `json:"type"`
			} `json:"objects"`
		}
		if err := json.Unmarshal([]byte(out), &b); err != nil {
			t.Fatal(err)
		}
		notes := 0
		for _, o := range b.Objects {
			if o.Type == "note" {
				notes++
			}
		}
		if b.Type != "bundle" || notes != len(claims) {
			t.Errorf("type %q with %d notes, want a bundle with %d", b.Type, notes, len(claims))
		}
	})
	for _, tc := range []struct {
		name string
		args []string
	}{
		{"no format", []string{"export", "--db", dsn}},
		{"no format from the file name", []string{"export", "--db", dsn, "--out", "x.txt"}},
		{"bad format", []string{"export", "--db", dsn, "--format", "xml"}},
		{"bad date", []string{"export", "--db", dsn, "--format", "csv", "--since", "yesterday"}},
		{"argument", []string{"export", "--db", dsn, "--format", "csv", "extra"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, _, code := runCLI(t, tc.args...); code != 2 {
				t.Errorf("exit %d, want 2", code)
			}
		})
	}
}
