package bench

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/sitrep/sitrep/internal/store"
	_ "github.com/sitrep/sitrep/internal/store/sqlite" // the store measured
)

// Options configure a bench run.
type Options struct {
	Exe   string    // the binary that acts as sitrep (see ChildEnv)
	Dir   string    // scratch folder for documents and databases
	Out   io.Writer // the report
	Paras int       // body paragraphs per document (default 8)
	Seed  uint64
	// Profile, when set, is a folder for one CPU profile per measured run.
	Profile string
	// Corpus, when set, is a folder of articles Extract copies (CopyDocs)
	// instead of generating text.
	Corpus string
}

// profile names the CPU profile file of a run, "" when none is wanted.
func (o *Options) profile(name string) string {
	if o.Profile == "" {
		return ""
	}
	return filepath.Join(o.Profile, name+".pprof")
}

func (o *Options) paras() int {
	if o.Paras <= 0 {
		return 8
	}
	return o.Paras
}

func mb(n int64) float64 { return float64(n) / (1 << 20) }

// Extract runs `sitrep extract` over generated folders of each size in
// sizes (documents) and reports MB/s (wall and per CPU second) and peak
// memory; the peak should not grow with the input.
//
// It also runs extract over a single one-paragraph document to measure
// the fixed cost of starting the process (package initialisation, loading
// the word lists and the gazetteer), and, given two sizes or more, the
// throughput past that cost: the extra bytes of the largest run over the
// extra time it took beyond the smallest.
func Extract(ctx context.Context, o Options, sizes []int, html bool) ([]Run, error) {
	var runs []Run
	dir := filepath.Join(o.Dir, fmt.Sprintf("extract-start-%v", html))
	if _, err := WriteDocs(dir, 1, 1, html, o.Seed); err != nil {
		return nil, err
	}
	start, err := Sitrep(ctx, o.Exe, "", "extract", "--format", "jsonl", dir)
	if err != nil {
		return nil, err
	}
	fmt.Fprintf(o.Out, "extract  start-up (one short document): %.2fs wall, %.2fs cpu\n", start.Wall.Seconds(), start.CPU.Seconds())
	var sizeOf []int64
	for _, n := range sizes {
		dir := filepath.Join(o.Dir, fmt.Sprintf("extract-%d-%v", n, html))
		size, err := int64(0), error(nil)
		if o.Corpus != "" {
			dir = filepath.Join(o.Dir, fmt.Sprintf("extract-%d-corpus", n))
			size, err = CopyDocs(dir, n, o.Corpus)
		} else {
			size, err = WriteDocs(dir, n, o.paras(), html, o.Seed)
		}
		if err != nil {
			return runs, err
		}
		r, err := Sitrep(ctx, o.Exe, o.profile(fmt.Sprintf("extract-%d-%s", n, o.kind(html))), "extract", "--format", "jsonl", dir)
		if err != nil {
			return runs, err
		}
		runs = append(runs, r)
		fmt.Fprintf(o.Out, "extract  %6d %s docs, %7.1f MB: %6.2fs wall, %6.2fs cpu, %6.2f MB/s (%.2f MB per cpu-s), peak RSS %4.0f MB, %.1f MB of claims\n",
			n, o.kind(html), mb(size), r.Wall.Seconds(), r.CPU.Seconds(), mb(size)/r.Wall.Seconds(),
			mb(size)/r.CPU.Seconds(), mb(r.PeakRSS), mb(r.Stdout))
		sizeOf = append(sizeOf, size)
	}
	if len(runs) >= 2 {
		first, last := runs[0], runs[len(runs)-1]
		bytes := mb(sizeOf[len(sizeOf)-1] - sizeOf[0])
		if wall, cpu := (last.Wall - first.Wall).Seconds(), (last.CPU - first.CPU).Seconds(); wall > 0 && cpu > 0 && bytes > 0 {
			fmt.Fprintf(o.Out, "extract  past start-up (%d -> %d docs): %.2f MB/s (%.2f MB per cpu-s)\n", sizes[0], sizes[len(sizes)-1], bytes/wall, bytes/cpu)
		}
	}
	return runs, nil
}

// kind names the documents of an Extract run.
func (o *Options) kind(html bool) string {
	if o.Corpus != "" {
		return "corpus"
	}
	return kind(html)
}

func kind(html bool) string {
	if html {
		return "html"
	}
	return "text"
}

// Ingest runs `sitrep ingest` of n generated documents into a new SQLite
// file and reports documents per second, end to end (start-up, reading,
// analysis and storing).
func Ingest(ctx context.Context, o Options, n int, html bool) (Run, error) {
	dir := filepath.Join(o.Dir, fmt.Sprintf("ingest-%d-%v", n, html))
	size, err := WriteDocs(dir, n, o.paras(), html, o.Seed+1)
	if err != nil {
		return Run{}, err
	}
	db := filepath.Join(o.Dir, fmt.Sprintf("ingest-%d-%v.db", n, html))
	removeDB(db)
	r, err := Sitrep(ctx, o.Exe, o.profile(fmt.Sprintf("ingest-%d-%s", n, kind(html))), "ingest", "--db", db, dir)
	if err != nil {
		return r, err
	}
	fmt.Fprintf(o.Out, "ingest   %6d %s docs, %7.1f MB: %6.2fs wall, %6.2fs cpu, %7.1f docs/s, peak RSS %4.0f MB\n",
		n, kind(html), mb(size), r.Wall.Seconds(), r.CPU.Seconds(), float64(n)/r.Wall.Seconds(), mb(r.PeakRSS))
	return r, nil
}

func removeDB(path string) {
	for _, suffix := range []string{"", "-wal", "-shm"} {
		os.Remove(path + suffix)
	}
}

// ClaimQuery is one measured `claims` command.
type ClaimQuery struct {
	Args    []string
	Matches int
	Median  time.Duration // of the command, start-up included
	InProc  time.Duration // median of Store.Claims alone
}

// Claims fills db (kept between runs: filled only up to want claims) by
// ingesting generated documents, then times `sitrep claims` with filters,
// the median of reps runs each.
func Claims(ctx context.Context, o Options, db string, want, reps int) ([]ClaimQuery, error) {
	have, err := fill(ctx, o, db, want)
	if err != nil {
		return nil, err
	}
	fmt.Fprintf(o.Out, "claims   store of %d claims (%s)\n", have, db)
	queries := [][]string{
		{"--actor", "Ukraine", "--measure", "killed"},
		{"--what", "drones", "--since", "2025-01-01"},
		{"--source", "agency", "--measure", "killed"},
		{"--measure", "wounded", "--limit", "50"},
		{"--text", "trenches concrete"},
		{"--text", "troops", "--limit", "100"},
	}
	st, err := store.Open(ctx, db)
	if err != nil {
		return nil, err
	}
	defer st.Close()
	var out []ClaimQuery
	for _, q := range queries {
		cq := ClaimQuery{Args: q}
		f := filterOf(q)
		var walls, inproc []time.Duration
		for range reps {
			t0 := time.Now()
			cs, err := st.Claims(ctx, f)
			if err != nil {
				return out, err
			}
			inproc = append(inproc, time.Since(t0))
			cq.Matches = len(cs)
			r, err := Sitrep(ctx, o.Exe, "", append([]string{"claims", "--db", db, "--format", "jsonl"}, q...)...)
			if err != nil {
				return out, err
			}
			walls = append(walls, r.Wall)
		}
		cq.Median, cq.InProc = median(walls), median(inproc)
		out = append(out, cq)
		fmt.Fprintf(o.Out, "claims   %-40s %6d matches: command %7.1f ms, query %6.1f ms (median of %d)\n",
			strings.Join(q, " "), cq.Matches, ms(cq.Median), ms(cq.InProc), reps)
	}
	return out, nil
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

func median(ds []time.Duration) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	return s[len(s)/2]
}

// filterOf reads the flags of a query the way `sitrep claims` does.
func filterOf(args []string) store.ClaimFilter {
	var f store.ClaimFilter
	for i := 0; i+1 < len(args); i += 2 {
		v := args[i+1]
		switch args[i] {
		case "--actor":
			f.Actor = v
		case "--measure":
			f.Measure = v
		case "--what":
			f.What = v
		case "--source":
			f.Source = v
		case "--since":
			f.Since = v
		case "--until":
			f.Until = v
		case "--text":
			f.Text = v
		case "--limit":
			f.Limit, _ = strconv.Atoi(v)
		}
	}
	return f
}

// fill ingests batches of generated documents into db until it holds want
// claims, and returns how many it holds.
func fill(ctx context.Context, o Options, db string, want int) (int, error) {
	count := func() (int, error) {
		st, err := store.Open(ctx, db)
		if err != nil {
			return 0, err
		}
		defer st.Close()
		docs, err := st.Documents(ctx, store.DocFilter{})
		n := 0
		for _, d := range docs {
			n += d.NumClaims
		}
		return n, err
	}
	const batch = 2000
	for round := 0; ; round++ {
		have, err := count()
		if err != nil || have >= want {
			return have, err
		}
		dir := filepath.Join(o.Dir, fmt.Sprintf("fill-%d", round))
		os.RemoveAll(dir)
		// A seed per round and per store size: a kept store grows with new documents.
		if _, err := WriteDocs(dir, batch, o.paras(), false, o.Seed+1000+uint64(have)); err != nil {
			return have, err
		}
		r, err := Sitrep(ctx, o.Exe, o.profile(fmt.Sprintf("fill-%d", round)), "ingest", "--db", db, dir)
		os.RemoveAll(dir)
		if err != nil {
			return have, err
		}
		fmt.Fprintf(o.Out, "fill     %d docs in %.1fs (%.0f docs/s), store had %d claims\n",
			batch, r.Wall.Seconds(), batch/r.Wall.Seconds(), have)
	}
}
