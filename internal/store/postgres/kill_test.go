package postgres

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/sitrep/sitrep/internal/news"
	"github.com/sitrep/sitrep/internal/store/storetest"
)

// writerEnv makes the test binary a writer process (see TestKilledWriter).
const writerEnv = "SITREP_PG_TEST_WRITER_DSN"

// TestKilledWriter kills a process that is storing documents, with many
// claims each, at full speed (SIGKILL: no deferred cleanup runs), and checks
// that every stored document has all its claims and bands: a killed process
// leaves nothing half-written, and the same documents can be stored again.
func TestKilledWriter(t *testing.T) {
	if dsn := os.Getenv(writerEnv); dsn != "" {
		first, _ := strconv.Atoi(os.Getenv(writerEnv + "_FIRST"))
		writeForever(dsn, first)
		return
	}
	dsn := freshSchema(t)
	ctx := context.Background()
	db, err := Open(ctx, dsn) // migrate before the writer starts
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for round := range 3 {
		cmd := exec.Command(os.Args[0], "-test.run=^TestKilledWriter$")
		cmd.Env = append(os.Environ(), writerEnv+"="+dsn, writerEnv+"_FIRST="+fmt.Sprint(1000*round))
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// Kill it once it has stored a few documents, in the middle of a
		// transaction that holds locks and has written nothing yet (round
		// 0), or at a moment that differs from round to round.
		sc := bufio.NewScanner(out)
		for n := 0; n < 5+7*round && sc.Scan(); {
			if strings.HasPrefix(sc.Text(), "stored") {
				n++
			}
			if strings.HasPrefix(sc.Text(), "error") {
				t.Fatalf("writer %d: %s", round, sc.Text())
			}
		}
		if round == 0 {
			for sc.Scan() && sc.Text() != "mid" {
			}
		} else {
			time.Sleep(time.Duration(round) * 3 * time.Millisecond)
		}
		cmd.Process.Kill()
		cmd.Wait()
	}
	var docs, bad int
	if err := db.pool.QueryRow(ctx, `SELECT count(*),
		count(*) FILTER (WHERE nclaims <> (SELECT count(*) FROM claims c WHERE c.doc_id = d.id)
			OR (SELECT count(*) FROM sketch_bands b WHERE b.doc_id = d.id) <> 8)
		FROM documents d`).Scan(&docs, &bad); err != nil {
		t.Fatal(err)
	}
	if docs < 5 {
		t.Fatalf("the writer stored only %d documents", docs)
	}
	if bad != 0 {
		t.Errorf("%d of %d documents half-written", bad, docs)
	}
	var orphans int
	if err := db.pool.QueryRow(ctx, `SELECT count(*) FROM claims c
		WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = c.doc_id)`).Scan(&orphans); err != nil {
		t.Fatal(err)
	}
	if orphans != 0 {
		t.Errorf("%d claims without their document", orphans)
	}
	t.Logf("%d documents stored whole across 3 killed writers", docs)
	// The killed transactions' locks are gone: the next writer is not held up.
	d := storetest.NewDoc("after", "Officials said 7 drones flew after the writers died.", news.Meta{})
	done := make(chan error, 1)
	go func() { _, err := db.Put(ctx, d); done <- err }()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Put after the kills: %v", err)
		}
	case <-time.After(30 * time.Second):
		t.Errorf("Put after the kills still waiting after 30s: locks of a killed writer held")
	}
}

// writeForever stores documents with 100 claims each until killed, printing
// a line per document stored.
func writeForever(dsn string, first int) {
	ctx := context.Background()
	testHookMidTx = func() {
		fmt.Println("mid")
		time.Sleep(20 * time.Millisecond)
	}
	db, err := Open(ctx, dsn)
	if err != nil {
		fmt.Println("error:", err)
		os.Exit(1)
	}
	for i := first; ; i++ {
		var b strings.Builder
		var specs []storetest.ClaimSpec
		fmt.Fprintf(&b, "Dispatch %d.", i)
		for j := range 100 {
			fmt.Fprintf(&b, " Officials said %d drones flew in wave %d-%d.", j+1, i, j)
			specs = append(specs, storetest.ClaimSpec{Quote: fmt.Sprintf("wave %d-%d", i, j), Type: news.ClaimStatement,
				Source: "officials", SourceType: "unnamed"})
		}
		d := storetest.NewDoc(fmt.Sprintf("w%d", i), b.String(), news.Meta{}, specs...)
		if _, err := db.Put(ctx, d); err != nil {
			fmt.Println("error:", err)
			os.Exit(1)
		}
		fmt.Println("stored", i)
	}
}
