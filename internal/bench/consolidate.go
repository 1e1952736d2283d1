package bench

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"time"
)

// Consolidation is the time of one consolidating command over a store.
type Consolidation struct {
	Args    []string
	Lines   int           // series or conflicts printed
	Median  time.Duration // the whole command, process start-up included
	Fastest time.Duration
}

// Consolidate fills db up to want claims (as Claims does) and times the
// commands that consolidate the whole store: `estimates` (every series)
// and `conflicts`, each run reps times in a process of its own; the median
// and the fastest run are reported, with how many series or conflicts came
// out, so a run that found nothing is seen for what it is.
func Consolidate(ctx context.Context, o Options, db string, want, reps int) ([]Consolidation, error) {
	have, err := fill(ctx, o, db, want)
	if err != nil {
		return nil, err
	}
	fmt.Fprintf(o.Out, "consolidate store of %d claims (%s)\n", have, db)
	var out []Consolidation
	for _, args := range [][]string{
		{"estimates", "--db", db, "--format", "jsonl"},
		{"conflicts", "--db", db, "--format", "jsonl"},
		{"estimates", "--db", db, "--format", "jsonl", "--actor", "North Korea"},
	} {
		c := Consolidation{Args: args}
		var walls []time.Duration
		for range max(reps, 1) {
			var stdout bytes.Buffer
			r, err := sitrepOut(ctx, o.Exe, &stdout, args...)
			if err != nil {
				return out, err
			}
			walls = append(walls, r.Wall)
			c.Lines = bytes.Count(stdout.Bytes(), []byte("\n"))
		}
		c.Median = median(walls)
		c.Fastest = minDuration(walls)
		out = append(out, c)
		fmt.Fprintf(o.Out, "consolidate %-52s %6d lines: median %7.1f ms, fastest %7.1f ms (%d runs)\n",
			strings.Join(withoutDB(args), " "), c.Lines, ms(c.Median), ms(c.Fastest), len(walls))
	}
	return out, nil
}

func minDuration(ds []time.Duration) time.Duration {
	m := ds[0]
	for _, d := range ds[1:] {
		m = min(m, d)
	}
	return m
}

// withoutDB drops "--db PATH" from args for the report.
func withoutDB(args []string) []string {
	var out []string
	for i := 0; i < len(args); i++ {
		if args[i] == "--db" {
			i++
			continue
		}
		out = append(out, args[i])
	}
	return out
}
