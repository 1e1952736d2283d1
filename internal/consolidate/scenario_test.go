package consolidate_test

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/sitrep/sitrep/internal/analysis"
	"github.com/sitrep/sitrep/internal/consolidate"
	"github.com/sitrep/sitrep/internal/consolidate/stored"
	"github.com/sitrep/sitrep/internal/gazetteer"
	"github.com/sitrep/sitrep/internal/news"
	"github.com/sitrep/sitrep/internal/simhash"
	"github.com/sitrep/sitrep/internal/store"
	_ "github.com/sitrep/sitrep/internal/store/sqlite"
)

var update = flag.Bool("update", false, "rewrite the expected sections of testdata/scenarios/*.txt")

// A scenario is a text file of sections, each opened by a line
// "-- NAME --" (the txtar layout): first a comment, then documents named
// "docs/FILE" (header lines "outlet: X" and "published: YYYY-MM-DD", a blank
// line, the text), then the expected "series", "conflicts" and
// "propositions". The documents go through the real analysis pipeline and a
// real SQLite store (which files syndicated copies under one story), then
// consolidation; its results, rendered compactly, must equal the sections.
type section struct{ name, body string }

func parseScenario(data string) (comment string, secs []section) {
	lines := strings.SplitAfter(data, "\n")
	cur := -1
	for _, l := range lines {
		t := strings.TrimRight(l, "\n")
		if strings.HasPrefix(t, "-- ") && strings.HasSuffix(t, " --") && len(t) > 6 {
			secs = append(secs, section{name: strings.TrimSpace(t[3 : len(t)-3])})
			cur = len(secs) - 1
			continue
		}
		if cur < 0 {
			comment += l
		} else {
			secs[cur].body += l
		}
	}
	return comment, secs
}

func formatScenario(comment string, secs []section) string {
	var b strings.Builder
	b.WriteString(comment)
	for _, s := range secs {
		fmt.Fprintf(&b, "-- %s --\n%s", s.name, s.body)
	}
	return b.String()
}

// scenarioNow fixes the clock that bounds year-less dates.
var scenarioNow = func() time.Time { return time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC) }

func TestScenarios(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "scenarios", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no scenarios: %v", err)
	}
	pipe, err := analysis.Default(analysis.Options{Lang: "en", Now: scenarioNow})
	if err != nil {
		t.Fatal(err)
	}
	g, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	opt := consolidate.Options{Parents: g.Parents, Demonym: func(a string) string {
		if e, ok := g.Lookup(a); ok && len(e.Demonyms) > 0 {
			return e.Demonyms[0]
		}
		return a
	}}
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txt"), func(t *testing.T) {
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			comment, secs := parseScenario(string(data))
			in, names := runScenario(t, pipe, secs)
			got := map[string]string{
				"series":       renderSeries(consolidate.Series(in, opt), names),
				"conflicts":    renderConflicts(consolidate.Conflicts(in, opt), names),
				"propositions": renderPropositions(consolidate.Propositions(in, opt), names),
			}
			if *update {
				var out []section
				for _, s := range secs {
					if _, ok := got[s.name]; !ok {
						out = append(out, s)
					}
				}
				for _, name := range []string{"series", "conflicts", "propositions"} {
					out = append(out, section{name, got[name]})
				}
				if err := os.WriteFile(file, []byte(formatScenario(comment, out)), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			for _, name := range []string{"series", "conflicts", "propositions"} {
				t.Run(name, func(t *testing.T) {
					i := slices.IndexFunc(secs, func(s section) bool { return s.name == name })
					if i < 0 {
						t.Fatalf("no -- %s -- section (go test -update writes it)", name)
					}
					if got, want := got[name], secs[i].body; got != want {
						t.Errorf("%s:\ngot:\n%s\nwant:\n%s", name, got, want)
					}
				})
			}
		})
	}
}

// runScenario analyzes and stores the scenario's documents and loads them
// back as the commands do. names maps document ids to file names.
func runScenario(t *testing.T, pipe analysis.Pipeline, secs []section) (consolidate.Input, map[string]string) {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "scenario.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	names := map[string]string{}
	for _, s := range secs {
		name, ok := strings.CutPrefix(s.name, "docs/")
		if !ok {
			continue
		}
		meta, text := parseDoc(t, s.body)
		id := store.DocID(text)
		nd := news.Doc{ID: id, Path: name, Text: text, Meta: meta}
		if err := pipe.Run(ctx, &nd); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		d := &store.Document{ID: id, Source: name, ContentType: "text/plain", Meta: nd.Meta, Text: text,
			Sketch: simhash.Sketch(text), Sentences: nd.Sentences, Entities: nd.Entities, Claims: nd.Claims}
		if _, err := st.Put(ctx, d); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		names[id] = name
	}
	in, err := stored.Input(ctx, st, store.ClaimFilter{})
	if err != nil {
		t.Fatal(err)
	}
	return in, names
}

func parseDoc(t *testing.T, body string) (news.Meta, string) {
	var meta news.Meta
	head, text, ok := strings.Cut(body, "\n\n")
	if !ok {
		return meta, body
	}
	sc := bufio.NewScanner(strings.NewReader(head))
	for sc.Scan() {
		k, v, _ := strings.Cut(sc.Text(), ":")
		v = strings.TrimSpace(v)
		switch strings.TrimSpace(k) {
		case "outlet":
			meta.Outlet = v
		case "published":
			p, err := time.Parse("2006-01-02", v)
			if err != nil {
				t.Fatalf("published: %v", err)
			}
			meta.Published = p
		default:
			return news.Meta{}, body
		}
	}
	return meta, text
}

func docNames(ids []string, names map[string]string) string {
	var ns []string
	for _, id := range ids {
		ns = append(ns, names[id])
	}
	slices.Sort(ns)
	return strings.Join(ns, ",")
}

func renderSeries(ss []news.Series, names map[string]string) string {
	var b strings.Builder
	for _, s := range ss {
		latest := "-"
		if s.Latest != nil {
			latest = s.Latest.String()
		}
		fmt.Fprintf(&b, "%s: sources=%d conflicts=%d latest=%s\n", s.Label, s.Sources, s.Conflicts, latest)
		for _, p := range s.Points {
			fmt.Fprintf(&b, "  %s %s %s (%s) in %s; %s\n", news.Deref(p.Date), p.Value, p.Source.Name, p.Hedge,
				news.Deref(p.Location), docNames(p.Docs, names))
		}
	}
	return b.String()
}

func renderConflicts(cs []consolidate.Conflict, names map[string]string) string {
	var b strings.Builder
	for _, c := range cs {
		fmt.Fprintf(&b, "%s: %s %s %s vs %s %s %s (%d days)\n", c.Label,
			news.Deref(c.A.Date), c.A.Value, c.A.Source.Name, news.Deref(c.B.Date), c.B.Value, c.B.Source.Name, c.DaysApart)
	}
	return b.String()
}

func renderPropositions(ps []consolidate.Proposition, names map[string]string) string {
	var b strings.Builder
	for _, p := range ps {
		var srcs []string
		for _, s := range p.Support {
			srcs = append(srcs, s.Source.Name)
		}
		flags := ""
		if p.SingleSource {
			flags += " single"
		}
		if p.Unconfirmed {
			flags += " unconfirmed"
		}
		fmt.Fprintf(&b, "%s [%s]%s: %s; %s\n", p.ID, strings.Join(srcs, "; "), flags, oneLine(p.Text), docNames(p.Docs, names))
	}
	return b.String()
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
