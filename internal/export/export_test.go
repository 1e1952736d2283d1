package export

import (
	"bytes"
	"encoding/csv"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestJSONLRoundTrip(t *testing.T) {
	in := fixture(t)
	var buf bytes.Buffer
	if err := JSONL(&buf, in.Claims); err != nil {
		t.Fatal(err)
	}
	if got, want := strings.Count(buf.String(), "\n"), len(in.Claims); got != want {
		t.Fatalf("lines = %d, want %d", got, want)
	}
	back, err := ReadJSONL(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back, in.Claims) {
		t.Errorf("re-read claims differ:\n got %+v\nwant %+v", back, in.Claims)
	}
}

func TestReadJSONLErrors(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		n        int
		err      string
	}{
		{"empty", "", 0, ""},
		{"blank lines", "\n  \n", 0, ""},
		{"one", `{"id":"x","type":"statement","via":[]}` + "\n", 1, ""},
		{"malformed", "{\"id\":1}\n", 0, "line 1"},
		{"second line bad", `{"id":"x"}` + "\n{\n", 0, "line 2"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cs, err := ReadJSONL(strings.NewReader(tc.in))
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("err = %v, want one naming %q", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got, want := len(cs), tc.n; got != want {
				t.Errorf("claims = %d, want %d", got, want)
			}
		})
	}
}

func TestCSV(t *testing.T) {
	in := fixture(t)
	var buf bytes.Buffer
	if err := CSV(&buf, in.Claims); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if got, want := len(rows), len(in.Claims)+1; got != want {
		t.Fatalf("rows = %d, want %d", got, want)
	}
	if got, want := strings.Join(rows[0], ","), strings.Join(CSVHeader, ","); got != want {
		t.Errorf("header = %s, want %s", got, want)
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	for i, c := range in.Claims {
		r := rows[i+1]
		if got, want := r[col["quote"]], c.Quote; got != want {
			t.Errorf("row %d quote = %q, want %q", i, got, want)
		}
		if got, want := r[col["id"]], c.ID; got != want {
			t.Errorf("row %d id = %q, want %q", i, got, want)
		}
	}
	if got, want := rows[1][col["value"]], "12000"; got != want {
		t.Errorf("value = %q, want %q", got, want)
	}
	if got, want := rows[3][col["via"]], "lawmaker"; got != want {
		t.Errorf("via = %q, want %q", got, want)
	}
}

// The README documents the header: the CSV must open with exactly that line.
func TestCSVHeaderInREADME(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(moduleRoot(t), "README.md"))
	if err != nil {
		t.Skipf("no README: %v", err)
	}
	if want := strings.Join(CSVHeader, ","); !strings.Contains(string(b), want) {
		t.Errorf("README.md does not document the CSV header %s", want)
	}
}

func TestWriteUnknownFormat(t *testing.T) {
	if err := Write(&bytes.Buffer{}, "xml", fixture(t)); err == nil {
		t.Error("Write(xml) succeeded, want an error")
	}
}

func FuzzReadJSONL(f *testing.F) {
	var buf bytes.Buffer
	if err := JSONL(&buf, fixture(f).Claims); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.String())
	f.Add("{}\n\n{\"value\":{\"kind\":\"range\",\"low\":1,\"high\":2}}")
	f.Fuzz(func(t *testing.T, s string) {
		cs, err := ReadJSONL(strings.NewReader(s))
		if err != nil {
			return
		}
		// What was read writes back and reads again to the same claims.
		var out bytes.Buffer
		if err := JSONL(&out, cs); err != nil {
			t.Fatal(err)
		}
		again, err := ReadJSONL(&out)
		if err != nil {
			t.Fatalf("re-read: %v", err)
		}
		if len(again) != len(cs) {
			t.Fatalf("re-read %d claims, want %d", len(again), len(cs))
		}
	})
}

func BenchmarkJSONL(b *testing.B) {
	in := fixture(b)
	for b.Loop() {
		JSONL(&bytes.Buffer{}, in.Claims)
	}
}

func BenchmarkCSV(b *testing.B) {
	in := fixture(b)
	for b.Loop() {
		CSV(&bytes.Buffer{}, in.Claims)
	}
}
