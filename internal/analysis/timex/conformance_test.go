package timex

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/sitrep/sitrep/internal/news"
)

var conformanceVerbose = flag.Bool("conformance.verbose", false, "log every failing conformance case")

// conformanceFloors are the pass rates achieved when the suite was last
// tuned, rounded down: the test fails when a change drops below them. Cases
// left out on purpose are listed, with reasons, in
// testdata/conformance_leave_out.txt. Run with -args -conformance.verbose to
// see each failing case.
var conformanceFloors = map[string]float64{
	"DateExtractor":       0.82, // 34/41
	"DateParser":          1.00, // 43/43
	"DatePeriodExtractor": 0.92, // 211/229
	"DatePeriodParser":    0.58, // 67/115
}

// rtCase is one Recognizers-Text test case.
type rtCase struct {
	Input        string
	NotSupported string
	Context      struct{ ReferenceDateTime string }
	Results      []struct {
		Text  string
		Start int
		Value *struct {
			PastResolution map[string]string
		}
	}
}

// leaveOut is one line of testdata/conformance_leave_out.txt: cases of a file
// whose input matches a pattern are left out on purpose, for a reason.
type leaveOut struct {
	file   string
	re     *regexp.Regexp
	reason string
}

func loadLeaveOuts(t *testing.T) []leaveOut {
	b, err := os.ReadFile("testdata/conformance_leave_out.txt")
	if err != nil {
		t.Fatal(err)
	}
	var out []leaveOut
	sc := bufio.NewScanner(bytes.NewReader(b))
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.SplitN(line, "\t", 3)
		if len(f) != 3 {
			t.Fatalf("conformance_leave_out.txt:%d: want FILE<TAB>REGEXP<TAB>REASON", n)
		}
		re, err := regexp.Compile(f[1])
		if err != nil {
			t.Fatalf("conformance_leave_out.txt:%d: %v", n, err)
		}
		out = append(out, leaveOut{file: f[0], re: re, reason: f[2]})
	}
	return out
}

func TestConformance(t *testing.T) {
	dir := filepath.Join(sharedDir(t), "conformance", "recognizers-text", "DateTime", "English")
	leave := loadLeaveOuts(t)
	f := finder(t)
	files := make([]string, 0, len(conformanceFloors))
	for name := range conformanceFloors {
		files = append(files, name)
	}
	sort.Strings(files)
	var summary []string
	for _, name := range files {
		t.Run(name, func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join(dir, name+".json"))
			if err != nil {
				t.Skipf("conformance file absent: %v", err)
			}
			var cases []rtCase
			if err := json.Unmarshal(bytes.TrimPrefix(b, []byte("\xef\xbb\xbf")), &cases); err != nil {
				t.Fatalf("decode %s: %v", name, err)
			}
			run, pass, left := 0, 0, 0
		cases:
			for _, c := range cases {
				if strings.Contains(c.NotSupported, "dotnet") {
					continue
				}
				for _, l := range leave {
					if (l.file == "*" || l.file == name) && l.re.MatchString(c.Input) {
						left++
						continue cases
					}
				}
				run++
				if why := checkCase(f, name, c); why != "" {
					if *conformanceVerbose {
						t.Logf("FAIL %q: %s", c.Input, why)
					}
					continue
				}
				pass++
			}
			rate := float64(pass) / float64(max(run, 1))
			line := name + ": " + strings.Join([]string{itoa(pass), "/", itoa(run)}, "") +
				" passed (" + ftoa(100*rate) + "%), " + itoa(left) + " left out"
			t.Log(line)
			summary = append(summary, line)
			if floor := conformanceFloors[name]; rate < floor {
				t.Errorf("pass rate %.3f is below the floor %.3f", rate, floor)
			}
		})
	}
	t.Logf("summary:\n%s", strings.Join(summary, "\n"))
}

// checkCase returns why the finder disagrees with a case, or "".
func checkCase(f *Finder, file string, c rtCase) string {
	var ref time.Time
	if s := c.Context.ReferenceDateTime; len(s) >= 10 {
		ref, _ = time.Parse("2006-01-02", s[:10])
	}
	var got []news.TimeExpr
	for _, te := range f.Find(c.Input, news.Span{Start: 0, End: len(c.Input)}, ref) {
		if te.Granularity != granTime {
			got = append(got, te)
		}
	}
	if len(got) != len(c.Results) {
		return "got " + showAll(c.Input, got) + "; want " + itoa(len(c.Results)) + " results"
	}
	for i, r := range c.Results {
		te := got[i]
		if te.Start != r.Start || !strings.EqualFold(te.Of(c.Input), r.Text) {
			return "span " + strings.Join([]string{te.Of(c.Input), "@", itoa(te.Start)}, "") + ", want " + r.Text + "@" + itoa(r.Start)
		}
		if !strings.HasSuffix(file, "Parser") || r.Value == nil || len(r.Value.PastResolution) == 0 {
			continue
		}
		past := r.Value.PastResolution
		if d, ok := past["date"]; ok {
			want := d
			if want == "0001-01-01" {
				want = "-"
			}
			if got := fmtDay(te.Date); got != want {
				return "date " + got + ", want " + want
			}
			continue
		}
		if got, want := fmtDay(te.Date), past["startDate"]; got != want {
			return "start " + got + ", want " + want
		}
		// A whole period's end is exclusive in Recognizers-Text, an explicit
		// range's end inclusive; TimeExpr.End is always the last day.
		end := past["endDate"]
		if end != "" && fmtDay(te.End) != end && fmtDay(te.End.AddDate(0, 0, 1)) != end {
			return "end " + fmtDay(te.End) + ", want " + end
		}
	}
	return ""
}

func itoa(n int) string { return strconv.Itoa(n) }

// ftoa writes a percentage with one decimal at most: "82.9", "100".
func ftoa(f float64) string {
	return strconv.FormatFloat(float64(int(f*10))/10, 'f', -1, 64)
}
