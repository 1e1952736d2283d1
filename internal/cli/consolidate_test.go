package cli

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sitrep/sitrep/internal/news"
	"github.com/sitrep/sitrep/internal/simhash"
	"github.com/sitrep/sitrep/internal/store"
	_ "github.com/sitrep/sitrep/internal/store/sqlite"
)

// fixtureClaim is a claim whose span is found by its quote in the text.
type fixtureClaim struct {
	quote, source, srcType, hedge, said, loc string
	v                                        news.Value
	actor, measure, what                     string
	statement                                bool
}

type fixtureDoc struct {
	outlet, published string
	text              string
	claims            []fixtureClaim
}

// putFixtures stores the documents, claims and all, without analysis, so
// command tests do not move when the analysis improves.
func putFixtures(tb testing.TB, dsn string, docs []fixtureDoc) {
	tb.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, dsn)
	if err != nil {
		tb.Fatal(err)
	}
	defer st.Close()
	for _, fd := range docs {
		d := fixtureDocument(tb, fd)
		if _, err := st.Put(ctx, d); err != nil {
			tb.Fatal(err)
		}
	}
}

func fixtureDocument(tb testing.TB, fd fixtureDoc) *store.Document {
	d := &store.Document{ID: store.DocID(fd.text), Source: fd.outlet + ".txt", ContentType: "text/plain",
		Text: fd.text, Sketch: simhash.Sketch(fd.text)}
	d.Meta.Outlet = fd.outlet
	if fd.published != "" {
		d.Meta.Published, _ = time.Parse("2006-01-02", fd.published)
	}
	from := 0
	for _, fc := range fd.claims {
		i := strings.Index(fd.text[from:], fc.quote)
		if i < 0 {
			tb.Fatalf("quote %q not in the text after %d", fc.quote, from)
		}
		start := from + i
		from = start + len(fc.quote)
		c := news.Claim{Type: news.ClaimQuantity, Start: start, End: from, Quote: fc.quote, Sentence: fc.quote,
			Source: news.Source{Name: fc.source, Type: or(fc.srcType, news.SourceAgency)}, Via: []string{},
			Hedge: or(fc.hedge, news.HedgeAsserted), SaidOn: news.Str(fc.said), Published: news.Str(fd.published)}
		if fc.statement {
			c.Type = news.ClaimStatement
		} else {
			v := fc.v
			c.Value, c.NumberText = &v, news.Str(news.Group(v.V))
			c.Actor = news.Str(or(fc.actor, "North Korea"))
			c.Measure = news.Str(or(fc.measure, "deployed"))
			c.What = news.Str(or(fc.what, "personnel"))
			c.Location = news.Str(fc.loc)
		}
		d.Claims = append(d.Claims, c)
	}
	return d
}

func or(s, alt string) string {
	if s == "" {
		return alt
	}
	return s
}

func exactV(v float64) news.Value  { return news.Value{Kind: news.KindExact, V: v} }
func approxV(v float64) news.Value { return news.Value{Kind: news.KindApprox, V: v} }

// troopFixtures: the NIS says about 3,000 then 11,000 (an update, not a
// conflict); a week after its first figure the Pentagon says 10,000 (a
// conflict with it); a syndicated copy repeats the Pentagon (one source);
// ten days later Zelenskyy counts 11,000 in Kursk alone, more than the
// Pentagon's whole of Russia (a second conflict, across nested places).
var troopFixtures = []fixtureDoc{
	{outlet: "Seoul Daily", published: "2024-10-18",
		text: "Seoul's spy agency estimated about 3,000 troops had left for Russia.\n",
		claims: []fixtureClaim{{quote: "about 3,000 troops", source: "South Korea NIS", hedge: "estimated",
			said: "2024-10-18", loc: "Russia", v: approxV(3000)}}},
	{outlet: "Wire One", published: "2024-10-25",
		text: "The Pentagon said 10,000 troops were training in eastern Russia, officials told reporters on Friday.\n",
		claims: []fixtureClaim{{quote: "10,000 troops", source: "Pentagon", srcType: "military", said: "2024-10-25",
			loc: "Russia", v: exactV(10000)}}},
	{outlet: "Wire Two", published: "2024-10-26",
		text: "The Pentagon said 10,000 troops were training in eastern Russia, officials told reporters on Friday!\n",
		claims: []fixtureClaim{{quote: "10,000 troops", source: "Pentagon", srcType: "military", said: "2024-10-25",
			loc: "Russia", v: exactV(10000)}}},
	{outlet: "Seoul Daily", published: "2024-11-13",
		text: "The agency now puts the number at 11,000 troops, with some sent to the front.\n",
		claims: []fixtureClaim{{quote: "11,000 troops", source: "South Korea NIS", said: "2024-11-13", loc: "Russia",
			v: exactV(11000)}}},
	{outlet: "Kyiv Evening", published: "2024-11-05",
		text: "Zelenskyy said 11,000 soldiers were in the Kursk region. Russia is training North Korean soldiers to fly drones, he said.\n",
		claims: []fixtureClaim{
			{quote: "11,000 soldiers", source: "Volodymyr Zelenskyy", srcType: "person", said: "2024-11-04", loc: "Kursk", v: exactV(11000)},
			{quote: "Russia is training North Korean soldiers to fly drones", source: "Volodymyr Zelenskyy", srcType: "person", statement: true},
		}},
}

func fixtureDB(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "fixture.db")
	putFixtures(t, db, troopFixtures)
	return db
}

func TestEstimates(t *testing.T) {
	db := fixtureDB(t)
	for _, tc := range []struct {
		name             string
		args             []string
		series, points   int
		sources, conflic int
	}{
		{"all", nil, 1, 4, 3, 2},
		{"query", []string{"north korean personnel"}, 1, 4, 3, 2},
		{"query misses", []string{"drones"}, 0, 0, 0, 0},
		{"actor", []string{"--actor", "north korea"}, 1, 4, 3, 2},
		{"other actor", []string{"--actor", "Russia"}, 0, 0, 0, 0},
		{"nested location", []string{"--location", "Kursk"}, 1, 4, 3, 2},
		{"measure", []string{"--measure", "killed"}, 0, 0, 0, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, stderr, code := runSitrep(t, "", append([]string{"estimates", "--db", db, "--format", "jsonl"}, tc.args...)...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			var ss []news.Series
			for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
				if line == "" {
					continue
				}
				var s news.Series
				if err := json.Unmarshal([]byte(line), &s); err != nil {
					t.Fatalf("bad line %q: %v", line, err)
				}
				ss = append(ss, s)
			}
			if got, want := len(ss), tc.series; got != want {
				t.Fatalf("series: got %d, want %d\n%s", got, want, out)
			}
			if len(ss) == 0 {
				return
			}
			s := ss[0]
			if got, want := s.Key, (news.SeriesKey{Actor: "North Korea", Measure: "deployed", What: "personnel", Location: "Russia"}); got != want {
				t.Errorf("key: got %+v, want %+v", got, want)
			}
			if got, want := len(s.Points), tc.points; got != want {
				t.Errorf("points: got %d, want %d", got, want)
			}
			if got, want := s.Sources, tc.sources; got != want {
				t.Errorf("sources: got %d, want %d", got, want)
			}
			if got, want := s.Conflicts, tc.conflic; got != want {
				t.Errorf("conflicts: got %d, want %d", got, want)
			}
		})
	}
}

func TestEstimatesFormats(t *testing.T) {
	db := fixtureDB(t)
	for _, tc := range []struct {
		format string
		want   []string
	}{
		{"table", []string{"SERIES", "North Korean personnel deployed in Russia", "  2024-10-25", "Pentagon"}},
		{"csv", []string{"label,actor,measure,what,location", "North Korean personnel deployed in Russia,North Korea,deployed"}},
		{"json", []string{`"label": "North Korean personnel deployed in Russia"`, `"sources": 3`}},
	} {
		t.Run(tc.format, func(t *testing.T) {
			out, stderr, code := runSitrep(t, "", "estimates", "--db", db, "--format", tc.format, "--points")
			if code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			for _, w := range tc.want {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %q:\n%s", w, out)
				}
			}
		})
	}
	if _, _, code := runSitrep(t, "", "estimates", "--db", db, "--format", "xml"); code != 2 {
		t.Errorf("--format xml: exit %d, want 2", code)
	}
}

func TestConflictsCommand(t *testing.T) {
	db := fixtureDB(t)
	for _, tc := range []struct {
		name   string
		args   []string
		want   int
		status int
	}{
		{"default window", nil, 2, 0},
		{"short window", []string{"--window", "3d"}, 0, 0},
		{"weeks", []string{"--window", "2w"}, 2, 0},
		{"ten days", []string{"--window", "10d"}, 2, 0},
		{"a week", []string{"--window", "7d"}, 1, 0},
		{"bad window", []string{"--window", "soon"}, 0, 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, stderr, code := runSitrep(t, "", append([]string{"conflicts", "--db", db, "--format", "jsonl"}, tc.args...)...)
			if got, want := code, tc.status; got != want {
				t.Fatalf("exit %d, want %d: %s", got, want, stderr)
			}
			if code != 0 {
				return
			}
			lines := jsonLines(t, out)
			if got, want := len(lines), tc.want; got != want {
				t.Fatalf("conflicts: got %d, want %d\n%s", got, want, out)
			}
			if len(lines) == 0 {
				return
			}
			// Most recent first: the older conflict is the last line.
			b, _ := json.Marshal(lines[len(lines)-1])
			for _, w := range []string{`"about 3,000 troops"`, `"10,000 troops"`, `"South Korea NIS"`, `"Pentagon"`, `"days_apart":7`} {
				if !strings.Contains(string(b), w) {
					t.Errorf("conflict lacks %s: %s", w, b)
				}
			}
		})
	}
}

func TestParseWindow(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want time.Duration
		ok   bool
	}{
		{"14d", 14 * 24 * time.Hour, true},
		{"2w", 14 * 24 * time.Hour, true},
		{"36h", 36 * time.Hour, true},
		{"0d", 0, false},
		{"-3d", 0, false},
		{"d", 0, false},
		{"fortnight", 0, false},
		{"200000d", 0, false},
	} {
		t.Run(tc.in, func(t *testing.T) {
			got, err := parseWindow(tc.in)
			if (err == nil) != tc.ok {
				t.Fatalf("parseWindow(%q) error %v, want ok=%v", tc.in, err, tc.ok)
			}
			if got != tc.want {
				t.Errorf("parseWindow(%q) = %v, want %v", tc.in, got, tc.want)
			}
		})
	}
}

func TestReportCommand(t *testing.T) {
	db := fixtureDB(t)
	t.Run("md", func(t *testing.T) {
		out, stderr, code := runSitrep(t, "", "report", "--db", db, "--title", "Troops")
		if code != 0 {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		for _, w := range []string{"# Troops", "| North Korean personnel deployed in Russia | 11,000 | 11,000 | 3 |",
			"## Conflicts", "about 3,000 troops", "Seoul Daily, 2024-10-18", "## Citations", "[1]"} {
			if !strings.Contains(out, w) {
				t.Errorf("briefing lacks %q:\n%s", w, out)
			}
		}
	})
	t.Run("html to file", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "b.html")
		out, stderr, code := runSitrep(t, "", "report", "--db", db, "--format", "html", "--out", path)
		if code != 0 || out != "" {
			t.Fatalf("exit %d, stdout %q: %s", code, out, stderr)
		}
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range []string{"<!DOCTYPE html>", "<svg", "Pentagon"} {
			if !strings.Contains(string(b), w) {
				t.Errorf("html briefing lacks %q", w)
			}
		}
	})
	t.Run("bad format", func(t *testing.T) {
		if _, _, code := runSitrep(t, "", "report", "--db", db, "--format", "pdf"); code != 2 {
			t.Errorf("exit %d, want 2", code)
		}
	})
}

// TestSeedsNorthKoreanDeployment runs the five seed reports through ingest,
// estimates and report: the North Korean personnel deployed series must
// gather points from at least five distinct sources, among them the 8,000
// and 11,000 figures, and the briefing must show both with citations.
func TestSeedsNorthKoreanDeployment(t *testing.T) {
	seeds := sharedTestDir(t, "seeds")
	files, _ := filepath.Glob(filepath.Join(seeds, "*.txt"))
	if len(files) == 0 {
		t.Skip("no seed reports")
	}
	db := filepath.Join(t.TempDir(), "seeds.db")
	if _, stderr, code := runSitrep(t, "", append([]string{"ingest", "--db", db}, files...)...); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, stderr)
	}
	out, stderr, code := runSitrep(t, "", "estimates", "--db", db, "--format", "jsonl",
		"--actor", "North Korea", "--measure", "deployed", "--what", "personnel")
	if code != 0 {
		t.Fatalf("estimates: exit %d: %s", code, stderr)
	}
	var s *news.Series
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var x news.Series
		if err := json.Unmarshal([]byte(line), &x); err != nil {
			t.Fatalf("bad line %q: %v", line, err)
		}
		if x.Key.Location == "Russia" {
			s = &x
		}
	}
	if s == nil {
		t.Fatalf("no North Korean personnel deployed series in Russia:\n%s", out)
	}
	sources := map[string]bool{}
	figures := map[float64]bool{}
	for _, p := range s.Points {
		sources[p.Source.Name] = true
		figures[p.Value.V] = true
	}
	if got, want := len(sources), 5; got < want {
		t.Errorf("distinct sources: got %d %v, want at least %d", got, sources, want)
	}
	for _, v := range []float64{8000, 11000} {
		if !figures[v] {
			t.Errorf("no %s figure among %v", news.Group(v), figures)
		}
	}

	md, stderr, code := runSitrep(t, "", "report", "--db", db)
	if code != 0 {
		t.Fatalf("report: exit %d: %s", code, stderr)
	}
	for _, fig := range []string{"8,000", "11,000"} {
		t.Run(fig, func(t *testing.T) {
			row := ""
			for _, line := range strings.Split(md, "\n") {
				if strings.HasPrefix(line, "| ") && strings.Contains(line, fig) && strings.Contains(line, "[") {
					row = line
					break
				}
			}
			if row == "" {
				t.Fatalf("no timeline row with %s and a citation", fig)
			}
			n := row[strings.LastIndex(row, "[")+1:]
			n = n[:strings.Index(n, "]")]
			cite := ""
			for _, line := range strings.Split(md, "\n") {
				if strings.HasPrefix(line, "["+n+"] ") {
					cite = line
				}
			}
			if !strings.Contains(cite, fig) {
				t.Errorf("row %q cites [%s], which does not quote %s: %q", row, n, fig, cite)
			}
		})
	}
}

func FuzzParseWindow(f *testing.F) {
	for _, s := range []string{"14d", "2w", "36h", "0d", "-1w", "d", "9999999999999999999d", "1.5h"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := parseWindow(s)
		if err == nil && d <= 0 {
			t.Errorf("parseWindow(%q) = %v without an error", s, d)
		}
	})
}
