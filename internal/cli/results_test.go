package cli

import (
	"context"
	"strings"
	"testing"

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
		out, stderr, code := runSitrep(t, "", append(args, "--db", db, "--format", "jsonl")...)
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
	st.Close()
	if out := run("estimates"); !strings.Contains(out, "planted series") {
		t.Fatalf("the run on an unchanged store computed instead of reading the kept result:\n%s", out)
	}

	putFixtures(t, db, []fixtureDoc{{outlet: "Late Wire", published: "2024-12-20",
		text: "Officials in Kyiv said about 12,000 North Korean troops were in Kursk.\n",
		claims: []fixtureClaim{{quote: "about 12,000 North Korean troops", source: "Ukraine", hedge: "asserted",
			said: "2024-12-20", loc: "Kursk", v: approxV(12000)}}}})
	after := run("estimates")
	if strings.Contains(after, "planted series") || after == first {
		t.Fatalf("a new document did not make estimates compute afresh:\n%s", after)
	}
}
