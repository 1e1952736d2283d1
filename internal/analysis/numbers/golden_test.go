package numbers

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestGolden runs Find over a whole report written for the test and
// compares every mention with testdata/report.golden.
func TestGolden(t *testing.T) {
	b, err := os.ReadFile("testdata/report.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	var out strings.Builder
	ms := mustNew(t).Find(text)
	checkMentions(t, text, ms)
	for _, m := range ms {
		fmt.Fprintf(&out, "%d-%d %s\n", m.Start, m.End, describe(text, m))
	}
	const golden = "testdata/report.golden"
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
