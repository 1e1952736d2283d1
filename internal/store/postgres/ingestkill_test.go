package postgres

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sitrep/sitrep/internal/analysis"
	"github.com/sitrep/sitrep/internal/bench"
	"github.com/sitrep/sitrep/internal/ingest"
	"github.com/sitrep/sitrep/internal/news"
	"github.com/sitrep/sitrep/internal/store"
)

// holderEnv makes the test binary an ingester that claims a document and
// never finishes analysing it (see TestKilledIngester).
const holderEnv = "SITREP_PG_TEST_HOLDER_DSN"

// TestKilledIngester kills an ingester process while it holds the claim
// of the document it is analysing (SIGKILL: it releases nothing itself)
// and checks that another ingester, which found the document claimed and
// set it aside, takes it over and stores it whole.
func TestKilledIngester(t *testing.T) {
	if dsn := os.Getenv(holderEnv); dsn != "" {
		holdForever(dsn, os.Getenv(holderEnv+"_FILE"))
		return
	}
	dsn := freshSchema(t)
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	dir := filepath.Join(t.TempDir(), "docs")
	if _, err := bench.WriteDocs(dir, 3, 4, false, 11); err != nil {
		t.Fatal(err)
	}
	first := filepath.Join(dir, "000", "doc000000.txt")
	text, err := os.ReadFile(first)
	if err != nil {
		t.Fatal(err)
	}
	held := store.DocID(string(text))
	db, err := Open(ctx, dsn) // migrate before the holder starts
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()

	holder := startHolder(t, dsn, first)
	pipe, err := analysis.Default(analysis.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var (
		mu       sync.Mutex
		analysed = map[string]int{}
		results  = map[string]ingest.Result{}
		kill     sync.Once
		killed   bool // guarded by mu
		early    bool // the held document was analysed while its holder lived
	)
	in := &ingest.Ingester{Store: db, Workers: 1,
		Analyzer: analyzerFunc(func(ctx context.Context, d *news.Doc) error {
			mu.Lock()
			analysed[d.ID]++
			early = early || d.ID == held && !killed
			mu.Unlock()
			return pipe.Run(ctx, d)
		}),
		// The first result is another document's: by then this ingester
		// has found the held one claimed and set it aside. Kill the
		// holder now, in the middle of its document.
		Report: func(r ingest.Result) {
			results[r.Doc] = r
			kill.Do(func() {
				holder.Process.Kill()
				mu.Lock()
				killed = true
				mu.Unlock()
			})
		}}
	stats, err := in.Ingest(ctx, []string{dir})
	holder.Process.Kill()
	holder.Wait()
	if err != nil {
		// The context's deadline is shorter than the ingester's own limit
		// on waiting for a claim: ending here means the claim of the
		// killed process was never released.
		t.Fatalf("Ingest: %v", err)
	}
	if stats.Added != 3 || stats.Failed != 0 {
		t.Errorf("stats = %+v, want 3 added, none failed", stats)
	}
	if r := results[held]; !r.Added || r.Claims == 0 {
		t.Errorf("the killed holder's document: %+v, want it added with its claims", r)
	}
	if early {
		t.Error("the held document was analysed while another process held its claim")
	}
	if n := analysed[held]; n != 1 {
		t.Errorf("the killed holder's document analysed %d times here, want 1", n)
	}
	var docs, short int
	if err := db.pool.QueryRow(ctx, `SELECT count(*),
		count(*) FILTER (WHERE nclaims <> (SELECT count(*) FROM claims c WHERE c.doc_id = d.id))
		FROM documents d`).Scan(&docs, &short); err != nil {
		t.Fatal(err)
	}
	if docs != 3 || short != 0 {
		t.Errorf("%d documents stored, %d without all their claims; want 3, all whole", docs, short)
	}
}

// startHolder starts a process that claims the document in file and
// hangs in its analysis, and returns once it holds the claim.
func startHolder(t *testing.T, dsn, file string) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestKilledIngester$")
	// The holder uses the parent's database as is; it must not start a
	// cluster of its own.
	cmd.Env = append(os.Environ(), "SITREP_TEST_POSTGRES="+testDSN, holderEnv+"="+dsn, holderEnv+"_FILE="+file)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	sc := bufio.NewScanner(out)
	for sc.Scan() {
		switch line := sc.Text(); {
		case line == "holding":
			return cmd
		case strings.HasPrefix(line, "error"):
			t.Fatalf("holder: %s", line)
		}
	}
	t.Fatalf("holder ended before it held its document: %v", sc.Err())
	return nil
}

// holdForever ingests file with an analysis that never ends, saying
// "holding" once it has begun: the ingester claims a document before it
// analyses it, so the claim is held from then on.
func holdForever(dsn, file string) {
	ctx := context.Background()
	db, err := Open(ctx, dsn)
	if err != nil {
		fmt.Println("error:", err)
		os.Exit(1)
	}
	in := &ingest.Ingester{Store: db, Workers: 1,
		Analyzer: analyzerFunc(func(ctx context.Context, d *news.Doc) error {
			fmt.Println("holding")
			time.Sleep(time.Hour) // killed long before
			return nil
		})}
	in.Ingest(ctx, []string{file})
	fmt.Println("error: the analysis ended")
	os.Exit(1)
}
