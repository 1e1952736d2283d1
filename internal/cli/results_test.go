package cli

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/consolidate"
	"github.com/sitrep/sitrep/internal/news"
	"github.com/sitrep/sitrep/internal/store"
)

// TestResultsKept: estimates and conflicts over the whole store keep their
// result in the store; a run on the unchanged store reads it back (shown by
// planting a different result at the same generation), and a new document
// makes the next run compute afresh.
func TestResultsKept(t *testing.T) {
	db := fixtureDB(t)
	ctx := context.Background()
	opt, err := consolidateOptions()
	if err != nil {
		t.Fatal(err)
	}
	run := func(args ...string) string {
		t.Helper()
		// Flags given after the defaults override them.
		out, stderr, code := runSitrep(t, "", append([]string{args[0], "--db", db, "--format", "jsonl"}, args[1:]...)...)
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", args[0], code, stderr)
		}
		return out
	}
	first := run("estimates")
	if again := run("estimates"); again != first {
		t.Fatalf("the kept result reads back differently:\n%s\nwant:\n%s", again, first)
	}
	firstConflicts := run("conflicts")
	if again := run("conflicts"); again != firstConflicts {
		t.Fatalf("the kept conflicts read back differently:\n%s\nwant:\n%s", again, firstConflicts)
	}

	st, err := store.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	rc := st.(store.ResultCache)
	gen, err := rc.Generation(ctx)
	if err != nil {
		t.Fatal(err)
	}
	kgen, _, err := rc.Result(ctx, resultKey("series", opt))
	if err != nil || kgen != gen {
		t.Fatalf("kept series: generation %q, %v; the store is at %q", kgen, err, gen)
	}
	planted, err := encodeResult([]news.Series{{Key: news.SeriesKey{Actor: "Planted"}, Label: "planted series",
		Points: []news.Point{}}})
	if err != nil {
		t.Fatal(err)
	}
	if err := rc.PutResult(ctx, resultKey("series", opt), gen, planted); err != nil {
		t.Fatal(err)
	}
	kgen, _, err = rc.Result(ctx, seriesJSONLKey(opt))
	if err != nil || kgen != gen {
		t.Fatalf("kept JSON Lines: generation %q, %v; the store is at %q", kgen, err, gen)
	}
	const plantedLines = "{\"label\":\"planted line\"}\n"
	if err := rc.PutResult(ctx, seriesJSONLKey(opt), gen, []byte(plantedLines)); err != nil {
		t.Fatal(err)
	}
	st.Close()
	if out := run("estimates", "--format", "json"); !strings.Contains(out, "planted series") {
		t.Fatalf("the run on an unchanged store computed instead of reading the kept series:\n%s", out)
	}
	if out := run("estimates"); out != plantedLines {
		t.Fatalf("estimates --format jsonl on an unchanged store did not write the kept lines:\n%s", out)
	}

	putFixtures(t, db, []fixtureDoc{{outlet: "Late Wire", published: "2024-12-20",
		text: "Officials in Kyiv said about 12,000 North Korean troops were in Kursk.\n",
		claims: []fixtureClaim{{quote: "about 12,000 North Korean troops", source: "Ukraine", hedge: "asserted",
			said: "2024-12-20", loc: "Kursk", v: approxV(12000)}}}})
	after := run("estimates")
	if strings.Contains(after, "planted") || after == first {
		t.Fatalf("a new document did not make estimates compute afresh:\n%s", after)
	}
	if again := run("estimates"); again != after {
		t.Fatalf("kept lines differ from the computed ones:\n%s\nwant:\n%s", again, after)
	}
}

// TestIngestKeepsEstimates: ingest leaves the store's estimates and
// conflicts kept at the generation it stored, unless told not to.
func TestIngestKeepsEstimates(t *testing.T) {
	ctx := context.Background()
	opt, err := consolidateOptions()
	if err != nil {
		t.Fatal(err)
	}
	corpus := filepath.Join("..", "..", "testdata", "corpus")
	for _, tc := range []struct {
		name string
		args []string
		kept bool
	}{
		{"by default", nil, true},
		{"not when told", []string{"--keep-estimates=false"}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			db := filepath.Join(t.TempDir(), "s.db")
			args := append([]string{"ingest", "--db", db}, tc.args...)
			args = append(args, filepath.Join(corpus, "c01_wire_seoul_reinforcements.txt"), filepath.Join(corpus, "c19_seoul_nis_briefing.txt"))
			if _, stderr, code := runSitrep(t, "", args...); code != 0 {
				t.Fatalf("ingest: exit %d: %s", code, stderr)
			}
			st, err := store.Open(ctx, db)
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			rc := st.(store.ResultCache)
			gen, err := rc.Generation(ctx)
			if err != nil {
				t.Fatal(err)
			}
			conflictOpt := opt
			conflictOpt.Window = consolidate.DefaultWindow
			for _, k := range []string{resultKey("series", opt), resultKey("conflicts", conflictOpt)} {
				kgen, _, err := rc.Result(ctx, k)
				if got := err == nil && kgen == gen; got != tc.kept {
					t.Errorf("%s kept at the store's generation: %v (generation %q, store %q, %v), want %v", k, got, kgen, gen, err, tc.kept)
				}
			}
		})
	}
}
