package numbers

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/sitrep/sitrep/internal/news"
)

// The conformance suite is Microsoft Recognizers-Text's English, German,
// Spanish and French number, number-range and percent specifications, kept
// in ../shared. Each model maps a case onto Find differently; see the adapt
// functions.

// floors are the pass rates the suite must keep, in percent of all the cases
// the reference implementation passes, the ones left out on purpose counted
// as failures. English models are named alone, the others by folder.
var floors = map[string]float64{
	"NumberModel":      78,
	"NumberRangeModel": 89,
	"PercentModel":     85,

	"German/NumberModel":       78,
	"German/NumberRangeModel":  100,
	"German/PercentModel":      100,
	"Spanish/NumberModel":      60,
	"Spanish/NumberRangeModel": 85,
	"Spanish/PercentModel":     65,
	"French/NumberModel":       69,
	"French/PercentModel":      100,
}

type specCase struct {
	Input        string
	NotSupported string
	Results      []specResult
}

type specResult struct {
	Text       string
	TypeName   string
	Resolution struct {
		Value any `json:"value"`
	}
	Start, End int // End is inclusive
}

// got is one result in the spec's terms.
type got struct {
	text       string
	start, end int
	value      string
}

// sharedDir finds ../shared beside the module root, or "".
func sharedDir(t testing.TB) string {
	dir, err := os.Getwd()
	if err != nil {
		t.Fatalf("working dir: %v", err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
	s := filepath.Join(filepath.Dir(dir), "shared")
	if _, err := os.Stat(s); err != nil {
		return ""
	}
	return s
}

// loadSkips reads testdata/conformance_skip.txt: MODEL, TAB, the input as a
// Go string literal, TAB, the reason the case is left out.
func loadSkips(t *testing.T) map[string]string {
	f, err := os.Open("testdata/conformance_skip.txt")
	if err != nil {
		t.Fatalf("open skip list: %v", err)
	}
	defer f.Close()
	skips := map[string]string{}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		parts := strings.SplitN(line, "\t", 3)
		if len(parts) != 3 || strings.TrimSpace(parts[2]) == "" {
			t.Fatalf("skip list line %d: want MODEL<TAB>\"input\"<TAB>reason", n)
		}
		in, err := strconv.Unquote(parts[1])
		if err != nil {
			t.Fatalf("skip list line %d: input: %v", n, err)
		}
		skips[parts[0]+"\x00"+in] = parts[2]
	}
	return skips
}

// conformanceLangs are the languages of the suite: the folder of their
// specifications and the recognizer's language.
var conformanceLangs = []struct{ folder, lang string }{
	{"English", "en"}, {"German", "de"}, {"Spanish", "es"}, {"French", "fr"},
}

func TestConformance(t *testing.T) {
	shared := sharedDir(t)
	if shared == "" {
		t.Skip("../shared is absent")
	}
	skips := loadSkips(t)
	used := map[string]bool{}
	var summary []string
	for _, cl := range conformanceLangs {
		t.Run(cl.folder, func(t *testing.T) {
			summary = append(summary, conformanceLang(t, shared, cl.folder, cl.lang, skips, used)...)
		})
	}
	for k := range skips {
		if !used[k] {
			t.Errorf("skip list entry matches no case: %q", strings.ReplaceAll(k, "\x00", " "))
		}
	}
	t.Logf("conformance summary: %s", strings.Join(summary, "; "))
}

// skipModel is the model name of a skip list line: English lines name the
// model alone, the other languages "German/NumberModel".
func skipModel(folder, model string) string {
	if folder == "English" {
		return model
	}
	return folder + "/" + model
}

// conformanceLang runs one language's three models and returns a summary
// line per model.
func conformanceLang(t *testing.T, shared, folder, lang string, skips map[string]string, used map[string]bool) []string {
	r, err := New(lang)
	if err != nil {
		t.Fatal(err)
	}
	adapters := map[string]func(string, []Mention) []got{
		"NumberModel":      adaptNumber,
		"NumberRangeModel": adaptRange,
		"PercentModel":     adaptPercent,
	}
	var summary []string
	for _, model := range []string{"NumberModel", "NumberRangeModel", "PercentModel"} {
		path := filepath.Join(shared, "conformance/recognizers-text/Number", folder, model+".json")
		b, err := os.ReadFile(path)
		if err != nil {
			t.Skipf("conformance data: %v", err)
		}
		var cases []specCase
		if err := json.Unmarshal(bytes.TrimPrefix(b, []byte("\xef\xbb\xbf")), &cases); err != nil {
			t.Fatalf("decode %s: %v", path, err)
		}
		name := skipModel(folder, model)
		run, pass, skipped := 0, 0, 0
		for _, c := range cases {
			if strings.Contains(strings.ToLower(c.NotSupported), "dotnet") {
				continue
			}
			key := name + "\x00" + c.Input
			gotRes := adapters[model](c.Input, r.Find(c.Input))
			diff := compare(c.Results, gotRes)
			if skips[key] != "" {
				used[key] = true
				skipped++
				if diff == "" {
					t.Logf("%s %q passes now: take it off the skip list", name, c.Input)
				}
				continue
			}
			run++
			if diff != "" {
				if testing.Verbose() {
					t.Logf("%s %q: %s", name, c.Input, diff)
				}
				continue
			}
			pass++
		}
		rate := 100 * float64(pass) / float64(max(run+skipped, 1))
		line := fmt.Sprintf("%s: %d/%d passed (%.1f%%); %d/%d of the cases not left out", name, pass, run+skipped, rate, pass, run)
		t.Log(line)
		summary = append(summary, line)
		if floor := floors[name]; rate < floor {
			t.Errorf("%s pass rate %.1f%% is below the floor %.0f%%", name, rate, floor)
		}
	}
	return summary
}

// compare returns "" when got matches the expected results, else a diff.
func compare(want []specResult, have []got) string {
	ok := len(want) == len(have)
	for i := 0; ok && i < len(want); i++ {
		w, h := want[i], have[i]
		ok = strings.EqualFold(w.Text, h.text) && w.Start == h.start && w.End == h.end && sameValue(fmt.Sprint(w.Resolution.Value), h.value)
	}
	if ok {
		return ""
	}
	var ws []string
	for _, w := range want {
		ws = append(ws, fmt.Sprintf("%q[%d,%d]=%v", w.Text, w.Start, w.End, w.Resolution.Value))
	}
	var hs []string
	for _, h := range have {
		hs = append(hs, fmt.Sprintf("%q[%d,%d]=%s", h.text, h.start, h.end, h.value))
	}
	return fmt.Sprintf("want %s, got %s", strings.Join(ws, " "), strings.Join(hs, " "))
}

// sameValue compares .NET value strings: numbers with a relative tolerance,
// intervals and percents part by part.
func sameValue(want, have string) bool {
	if !strings.ContainsAny(want, "[]()") {
		// German number values write a decimal comma: "2,35".
		want = strings.Replace(want, ",", ".", 1)
	}
	if want == have {
		return true
	}
	split := func(s string) []string {
		return strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune("[](),%", r) })
	}
	ws, hs := split(want), split(have)
	if len(ws) != len(hs) || strings.Trim(want, "0123456789.-+E,") != strings.Trim(have, "0123456789.-+E,") {
		return false
	}
	for i := range ws {
		a, err1 := strconv.ParseFloat(ws[i], 64)
		b, err2 := strconv.ParseFloat(hs[i], 64)
		if err1 != nil || err2 != nil || math.Abs(a-b) > 1e-9*math.Max(1, math.Abs(a)) {
			return false
		}
	}
	return true
}

func dotnet(v float64) string {
	return strings.ToUpper(strconv.FormatFloat(v, 'g', 15, 64))
}

// span converts a byte span to the spec's UTF-16 offsets, End inclusive.
func span(in string, s news.Span, v string) got {
	u16 := func(b int) int {
		n := 0
		for _, r := range in[:b] {
			n += utf16.RuneLen(r)
		}
		return n
	}
	return got{text: strings.ToLower(in[s.Start:s.End]), start: u16(s.Start), end: u16(s.End) - 1, value: v}
}

// adaptNumber: the number model returns each number on its own, without
// qualifiers, ordinals, measurements or vague amounts.
func adaptNumber(in string, ms []Mention) []got {
	var out []got
	for _, m := range ms {
		switch {
		case m.Ordinal || m.Measurement() || m.Vague:
		case m.Value.Kind == news.KindRange:
			out = append(out, span(in, m.Low, dotnet(m.Value.Low)), span(in, m.High, dotnet(m.Value.High)))
		default:
			out = append(out, span(in, m.Num, dotnet(m.Value.V)))
		}
	}
	return out
}

// adaptPercent: the percent model returns percentages without qualifiers.
func adaptPercent(in string, ms []Mention) []got {
	var out []got
	for _, m := range ms {
		if m.Percent && m.Value.Kind != news.KindRange {
			start := m.Start // "percent of 10" starts with the percent word
			if m.Qualifier != "" || m.Currency != "" {
				start = m.Num.Start
			}
			out = append(out, span(in, news.Span{Start: start, End: m.End}, dotnet(m.Value.V)+"%"))
		}
	}
	return out
}

// adaptRange: the range model returns bounded figures as intervals. It
// writes plain ranges ("between 20 and 30", "20-30") half-open, [20,30).
func adaptRange(in string, ms []Mention) []got {
	var out []got
	for _, m := range ms {
		if m.Vague || m.Ordinal || m.Measurement() {
			continue
		}
		v := m.Value
		var iv string
		switch v.Kind {
		case news.KindMin:
			iv = bracket(m.OpenLow, "(", "[") + dotnet(v.V) + ",)"
		case news.KindMax:
			iv = "(," + dotnet(v.V) + bracket(m.OpenHigh, ")", "]")
		case news.KindRange:
			if m.Qualifier == "" || halfOpen[m.Qualifier] {
				iv = "[" + dotnet(v.Low) + "," + dotnet(v.High) + ")"
			} else {
				iv = bracket(m.OpenLow, "(", "[") + dotnet(v.Low) + "," + dotnet(v.High) + bracket(m.OpenHigh, ")", "]")
			}
		case news.KindExact:
			if m.Qualifier == "" {
				continue
			}
			iv = "[" + dotnet(v.V) + "," + dotnet(v.V) + "]"
		default:
			continue
		}
		out = append(out, span(in, m.Span, iv))
	}
	return out
}

// halfOpen are the range openers the spec writes as half-open intervals.
var halfOpen = map[string]bool{
	"between": true, "from": true, "entre": true, "entre el": true, "desde": true, "de": true, "del": true,
	"zwischen": true, "von": true,
}

func bracket(open bool, yes, no string) string {
	if open {
		return yes
	}
	return no
}
