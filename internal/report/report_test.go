package report

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/sitrep/sitrep/internal/consolidate"
	"github.com/sitrep/sitrep/internal/news"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// claimSet is a hand-made week of reporting on North Korean troops in
// Russia: an early agency estimate that another source contradicts, the
// agency's own later update, a syndicated copy, a relay, a regional figure
// nested in its country, an undated one, statements made by several sources
// and by one, and a document whose text tries to inject markup.
func claimSet() consolidate.Input {
	day := func(s string) time.Time { t, _ := time.Parse("2006-01-02", s); return t }
	docs := map[string]consolidate.DocInfo{
		"d1": {ID: "d1", Outlet: "Seoul Daily", Published: day("2024-10-18"), URL: "https://seoul-daily.example/a1"},
		"d2": {ID: "d2", Outlet: "Dnipro Times", Published: day("2024-10-28")},
		"d3": {ID: "d3", Outlet: "Global Wire", Published: day("2024-11-05"), Story: "d3"},
		"d4": {ID: "d4", Outlet: "Harbour Herald", Published: day("2024-11-06"), Story: "d3"},
		"d5": {ID: "d5", Outlet: "Seoul Daily", Published: day("2024-11-13")},
		"d6": {ID: "d6", Outlet: `A & B <News>`, Published: day("2024-12-17"), URL: "javascript:alert(1)"},
		"d7": {ID: "d7", Title: "Notes from the front", Path: "notes.txt"},
	}
	q := func(id, doc, src, typ, h string, v news.Value, said, loc, quote, sentence string) news.Claim {
		return news.Claim{ID: id, Type: news.ClaimQuantity, Doc: doc, Quote: quote, Sentence: sentence, Value: &v,
			Actor: news.Str("North Korea"), Measure: news.Str("deployed"), What: news.Str("personnel"),
			Location: news.Str(loc), Source: news.Source{Name: src, Type: typ}, Via: []string{}, Hedge: h,
			SaidOn: news.Str(said)}
	}
	s := func(id, doc, src, typ, h, text string) news.Claim {
		return news.Claim{ID: id, Type: news.ClaimStatement, Doc: doc, Quote: text, Sentence: text,
			Source: news.Source{Name: src, Type: typ}, Via: []string{}, Hedge: h}
	}
	approx := func(v float64) news.Value { return news.Value{Kind: news.KindApprox, V: v} }
	exact := func(v float64) news.Value { return news.Value{Kind: news.KindExact, V: v} }
	cs := []news.Claim{
		q("c01", "d1", "South Korea NIS", news.SourceAgency, news.HedgeEstimated, approx(3000), "2024-10-18", "Russia",
			"about 3,000 soldiers", "The spy agency put the contingent at about 3,000 soldiers so far."),
		s("c02", "d1", "South Korea NIS", news.SourceAgency, news.HedgeAsserted,
			"North Korean soldiers are being trained by Russia to fly attack drones"),
		q("c03", "d2", "Pentagon", news.SourceMilitary, news.HedgeAsserted, approx(10000), "2024-10-28", "Russia",
			"around 10,000 troops", "A Pentagon spokesperson said around 10,000 troops had been sent for training."),
		s("c04", "d2", "Pentagon", news.SourceMilitary, news.HedgeAsserted,
			"Russia is training North Korean soldiers to fly attack drones"),
		q("c05", "d3", "Volodymyr Zelenskyy", news.SourcePerson, news.HedgeAsserted, exact(11000), "2024-11-04", "Kursk",
			"11,000 soldiers", "Zelenskyy said 11,000 soldiers were already in the Kursk region."),
		s("c06", "d3", "Volodymyr Zelenskyy", news.SourcePerson, news.HedgeAsserted,
			"the troops would join the fighting around Kursk within days"),
		q("c07", "d4", "Volodymyr Zelenskyy", news.SourcePerson, news.HedgeAsserted, exact(11000), "2024-11-04", "Kursk",
			"11,000 soldiers", "Zelenskyy said 11,000 soldiers were already in the Kursk region."),
		q("c08", "d5", "South Korea NIS", news.SourceAgency, news.HedgeAsserted, news.Value{Kind: news.KindMin, V: 10000},
			"2024-11-13", "Russia", "more than 10,000 troops", "The agency now counts more than 10,000 troops, Yonhap reported."),
		s("c09", "d5", "unnamed officials", news.SourceUnnamed, news.HedgeReported,
			"several North Korean soldiers have deserted their units"),
		q("c10", "d6", "Ukraine GUR", news.SourceMilitary, news.HedgeAsserted, news.Value{Kind: news.KindRange, Low: 11000, High: 12000},
			"2024-12-16", "Kursk", "11,000 to 12,000 <b>troops</b>", `Between 11,000 to 12,000 <b>troops</b> & "crews" <script>alert(1)</script> remain.`),
		q("c11", "d7", "a soldier", news.SourcePerson, news.HedgeUnconfirmed, approx(12000), "", "Kursk",
			"some 12,000 men", "A soldier guessed some 12,000 men | *maybe more*."),
	}
	cs[7].Via = []string{"Yonhap"}
	casualty := q("c12", "d6", "Ukraine GUR", news.SourceMilitary, news.HedgeAsserted, exact(200), "2024-12-16", "Kursk",
		"200 were killed", "At least 200 were killed in the first week, the directorate said.")
	casualty.Measure, casualty.What = news.Str("killed"), news.Str("casualties")
	cs = append(cs, casualty)
	return consolidate.Input{Claims: cs, Docs: docs}
}

func testOptions() Options {
	parents := map[string][]string{"Kursk": {"Kursk", "Russia"}}
	return Options{Title: "North Korean troops in Russia", Consolidate: consolidate.Options{
		Parents: func(l string) []string {
			if p, ok := parents[l]; ok {
				return p
			}
			return []string{l}
		},
		Demonym: func(a string) string {
			if a == "North Korea" {
				return "North Korean"
			}
			return a
		},
	}}
}

func TestGolden(t *testing.T) {
	b := Build(claimSet(), testOptions())
	for _, tc := range []struct {
		name  string
		write func(*bytes.Buffer) error
	}{
		{"briefing.md", func(w *bytes.Buffer) error { return b.WriteMarkdown(w) }},
		{"briefing.html", func(w *bytes.Buffer) error { return b.WriteHTML(w) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := tc.write(&buf); err != nil {
				t.Fatal(err)
			}
			golden := filepath.Join("testdata", tc.name+".golden")
			if *update {
				if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if got := buf.String(); got != string(want) {
				t.Errorf("%s differs from %s (go test -update rewrites it):\n%s", tc.name, golden, firstDiff(got, string(want)))
			}
		})
	}
}

// firstDiff shows the first line where got and want part.
func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := range max(len(g), len(w)) {
		var a, b string
		if i < len(g) {
			a = g[i]
		}
		if i < len(w) {
			b = w[i]
		}
		if a != b {
			return fmt.Sprintf("line %d", i+1) + ":\n got: " + a + "\nwant: " + b
		}
	}
	return ""
}

// TestHTMLSelfContained checks that the HTML fetches nothing and that no
// markup from documents survives unescaped.
func TestHTMLSelfContained(t *testing.T) {
	var buf bytes.Buffer
	if err := Build(claimSet(), testOptions()).WriteHTML(&buf); err != nil {
		t.Fatal(err)
	}
	html := buf.String()
	for _, bad := range []string{"<script", "<b>troops", "<link", "src=", "@import", "url(", "javascript:", "<News>"} {
		t.Run(bad, func(t *testing.T) {
			if strings.Contains(html, bad) {
				t.Errorf("HTML briefing contains %q", bad)
			}
		})
	}
	if got, want := strings.Count(html, "<svg xmlns"), 1; got != want {
		t.Errorf("charts: got %d, want %d", got, want)
	}
}

func TestMarkdownEscapes(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"plain 11,000 troops", "plain 11,000 troops"},
		{"a | b", `a \| b`},
		{"*bold* _it_ [link](x) <b>", `\*bold\* \_it\_ \[link\](x) \<b\>`},
		{"two\nlines", "two lines"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			if got := md(tc.in); got != tc.want {
				t.Errorf("md(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestCitationsNumberedInOrderOfUse(t *testing.T) {
	b := Build(claimSet(), testOptions())
	for i, c := range b.Citations {
		if got, want := c.N, i+1; got != want {
			t.Errorf("citation %d numbered %d", want, got)
		}
	}
	if got, want := b.Figures[0].Cites, []int{1}; !slices.Equal(got, want) {
		t.Errorf("first figure cites %v, want %v", got, want)
	}
	// The syndicated copy (d4) and the relay (via Yonhap) add no source.
	if got, want := b.Figures[0].Sources, 5; got != want {
		t.Errorf("independent sources: got %d, want %d", got, want)
	}
	if got, want := len(b.Conflicts), 1; got != want {
		t.Errorf("conflicts: got %d, want %d", got, want)
	}
}

func TestEmptyBriefing(t *testing.T) {
	b := Build(consolidate.Input{}, Options{})
	for _, tc := range []struct {
		name  string
		write func(*bytes.Buffer) error
	}{
		{"md", func(w *bytes.Buffer) error { return b.WriteMarkdown(w) }},
		{"html", func(w *bytes.Buffer) error { return b.WriteHTML(w) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := tc.write(&buf); err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(buf.String(), "No figures.") {
				t.Errorf("empty briefing does not say there are no figures:\n%s", buf.String())
			}
		})
	}
}

func BenchmarkBuildAndRender(b *testing.B) {
	in := claimSet()
	opt := testOptions()
	for b.Loop() {
		br := Build(in, opt)
		var buf bytes.Buffer
		br.WriteMarkdown(&buf)
		br.WriteHTML(&buf)
	}
}
