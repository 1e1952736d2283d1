package main

import (
	"context"
	"database/sql"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/sitrep/sitrep/internal/bench"
	"github.com/sitrep/sitrep/internal/store"
	"github.com/sitrep/sitrep/internal/store/sqlite"
)

// asSitrep makes the test binary act as sitrep when the tests run it as a
// child process: a real process to kill, without a separate build.
const asSitrep = "SITREP_TEST_AS_MAIN"

func TestMain(m *testing.M) {
	if os.Getenv(asSitrep) != "" {
		main()
		return
	}
	os.Exit(m.Run())
}

func sitrepCmd(t *testing.T, args ...string) *exec.Cmd {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(exe, args...)
	cmd.Env = append(os.Environ(), asSitrep+"=1")
	return cmd
}

// storedDocs counts the documents in the database at path (0 while it does
// not exist yet or cannot be read). It reads without the store's migrations,
// which would take the write lock the ingest under test needs.
func storedDocs(path string) int {
	if _, err := os.Stat(path); err != nil {
		return 0
	}
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro&_pragma=busy_timeout(1000)")
	if err != nil {
		return 0
	}
	defer db.Close()
	var n int
	if err := db.QueryRow(`SELECT count(*) FROM documents`).Scan(&n); err != nil {
		return 0
	}
	return n
}

// snapshot is what a database holds: per document id, its claims as JSON
// lines, and the number of claims the document row records.
func snapshot(t *testing.T, path string) (map[string][]string, map[string]int) {
	t.Helper()
	ctx := context.Background()
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if v, err := db.IntegrityCheck(ctx); err != nil || v != "ok" {
		t.Fatalf("integrity check of %s: %q, %v", path, v, err)
	}
	docs, err := db.Documents(ctx, store.DocFilter{})
	if err != nil {
		t.Fatal(err)
	}
	claims, err := db.Claims(ctx, store.ClaimFilter{})
	if err != nil {
		t.Fatal(err)
	}
	byDoc := map[string][]string{}
	nclaims := map[string]int{}
	for _, d := range docs {
		if _, dup := nclaims[d.ID]; dup {
			t.Errorf("document %.12s listed twice", d.ID)
		}
		nclaims[d.ID] = d.NumClaims
		byDoc[d.ID] = []string{}
	}
	for _, c := range claims {
		byDoc[c.Doc] = append(byDoc[c.Doc], c.ID+" "+c.Quote)
	}
	return byDoc, nclaims
}

// TestKillDuringIngest kills `sitrep ingest` with SIGKILL at random moments,
// runs it again to completion, and checks the database against a clean run:
// every document stored exactly once, with all its claims.
func TestKillDuringIngest(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a few hundred documents and runs several processes")
	}
	dir := t.TempDir()
	const n = 400
	if _, err := bench.WriteDocs(filepath.Join(dir, "docs"), n, 6, false, 42); err != nil {
		t.Fatal(err)
	}
	clean, crashed := filepath.Join(dir, "clean.db"), filepath.Join(dir, "crashed.db")
	if out, err := sitrepCmd(t, "ingest", "--db", clean, filepath.Join(dir, "docs")).CombinedOutput(); err != nil {
		t.Fatalf("clean ingest: %v\n%s", err, out)
	}

	rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 1))
	kills := 0
	for round := range 5 {
		// Small batches: many transactions in a run, so kills land in
		// the middle of one as often as between two.
		cmd := sitrepCmd(t, "ingest", "--db", crashed, "--workers", "2", "--batch", "8", filepath.Join(dir, "docs"))
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		exited := make(chan error, 1)
		go func() { exited <- cmd.Wait() }()
		// The first kill comes at a random moment, perhaps before anything is
		// stored (while the schema is created); the others a random moment
		// after the run has stored something, in the middle of a batch or of
		// its commit as often as between two.
		before := storedDocs(crashed)
		var deadline <-chan time.Time
		if round == 0 {
			deadline = time.After(time.Duration(rng.IntN(400)) * time.Millisecond)
		}
		killed := false
	wait:
		for {
			select {
			case err := <-exited:
				t.Logf("round %d: ingest finished before the kill (%v)", round, err)
				break wait
			case <-deadline:
			case <-time.After(3 * time.Millisecond):
				if deadline != nil || storedDocs(crashed) <= before {
					continue
				}
				deadline = time.After(time.Duration(rng.IntN(40)) * time.Millisecond)
				continue
			}
			cmd.Process.Signal(syscall.SIGKILL)
			<-exited
			killed = true
			break
		}
		if killed {
			kills++
			t.Logf("round %d: killed with %d documents stored (%d before)", round, storedDocs(crashed), before)
		}
	}
	if kills < 2 {
		t.Errorf("only %d runs were killed mid-way; the test proves little", kills)
	}
	out, err := sitrepCmd(t, "ingest", "--db", crashed, filepath.Join(dir, "docs")).CombinedOutput()
	if err != nil {
		t.Fatalf("ingest after the kills: %v\n%s", err, out)
	}
	if !strings.Contains(string(out), "0 failed") {
		t.Errorf("ingest after the kills: %s", out)
	}

	want, wantN := snapshot(t, clean)
	got, gotN := snapshot(t, crashed)
	if len(want) != n {
		t.Fatalf("clean run stored %d documents, want %d", len(want), n)
	}
	if len(got) != len(want) {
		t.Errorf("after kills: %d documents, want %d", len(got), len(want))
	}
	for id, w := range want {
		g, ok := got[id]
		switch {
		case !ok:
			t.Errorf("document %.12s missing after the kills", id)
		case !slices.Equal(g, w):
			t.Errorf("document %.12s: %d claims, want %d", id, len(g), len(w))
		case gotN[id] != len(g) || wantN[id] != len(w):
			t.Errorf("document %.12s: rows say %d and %d claims, %d stored", id, gotN[id], wantN[id], len(g))
		}
	}
}
