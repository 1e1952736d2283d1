package numbers

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestGolden runs Find over a whole report written for the test in each
// language (testdata/report.txt for English, report_<lang>.txt for the
// others) and compares every mention with the report's .golden file.
func TestGolden(t *testing.T) {
	for _, lang := range Languages() {
		t.Run(lang, func(t *testing.T) {
			name := "testdata/report"
			if lang != "en" {
				name += "_" + lang
			}
			goldenFind(t, lang, name)
		})
	}
}

func goldenFind(t *testing.T, lang, name string) {
	b, err := os.ReadFile(name + ".txt")
	if err != nil {
		t.Fatal(err)
	}
	r, err := New(lang)
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	var out strings.Builder
	ms := r.Find(text)
	checkMentions(t, text, ms)
	for _, m := range ms {
		fmt.Fprintf(&out, "%d-%d %s\n", m.Start, m.End, describe(text, m))
	}
	golden := name + ".golden"
	if *update {
		if err := os.WriteFile(golden, []byte(out.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got := out.String(); got != string(want) {
		t.Errorf("Find output differs from %s (go test -update rewrites it)\ngot:\n%s\nwant:\n%s", golden, got, want)
	}
}
