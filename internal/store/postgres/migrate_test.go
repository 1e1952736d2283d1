package postgres

import (
	"context"
	"fmt"
	"net/url"
	"sync"
	"testing"
	"time"

	"github.com/sitrep/sitrep/internal/news"
	"github.com/sitrep/sitrep/internal/store"
	"github.com/sitrep/sitrep/internal/store/storetest"
)

func TestMigrateConcurrently(t *testing.T) {
	app := fmt.Sprintf("sitrep-test-%d", time.Now().UnixNano())
	dsn := withParam(t, freshSchema(t), "application_name", app)
	ctx := context.Background()
	const n = 6
	var wg sync.WaitGroup
	dbs := make([]*DB, n)
	errs := make([]error, n)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			dbs[i], errs[i] = Open(ctx, dsn)
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("Open %d: %v", i, err)
		}
		defer dbs[i].Close()
	}
	ms, err := migrations()
	if err != nil {
		t.Fatal(err)
	}
	var versions int
	if err := dbs[0].pool.QueryRow(ctx, `SELECT count(*) FROM schema_version`).Scan(&versions); err != nil {
		t.Fatal(err)
	}
	if got, want := versions, len(ms); got != want {
		t.Errorf("schema versions = %d, want %d", got, want)
	}
	// No connection of these stores still holds the lock (other test
	// processes on the same database may, hence the application name).
	var held int
	if err := dbs[0].pool.QueryRow(ctx, `SELECT count(*) FROM pg_locks l JOIN pg_stat_activity a USING (pid)
		WHERE l.locktype = 'advisory' AND l.objsubid = 1 AND l.granted AND a.application_name = $1`, app).Scan(&held); err != nil {
		t.Fatal(err)
	}
	if held != 0 {
		t.Errorf("migration lock still held after Open by %d connections", held)
	}
}

// TestWriterPrivileges: once the schema exists, a role that may only read
// and insert can open the store, write and query.
func TestWriterPrivileges(t *testing.T) {
	ctx := context.Background()
	dsn := freshSchema(t)
	owner, err := Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer owner.Close()
	var schema string
	if err := owner.pool.QueryRow(ctx, `SELECT current_schema()`).Scan(&schema); err != nil {
		t.Fatal(err)
	}
	role := schema + "_writer"
	if _, err := owner.pool.Exec(ctx, `CREATE ROLE `+role+` LOGIN`); err != nil {
		t.Skipf("cannot create a role to test with: %v", err)
	}
	t.Cleanup(func() {
		owner.pool.Exec(ctx, `DROP OWNED BY `+role)
		owner.pool.Exec(ctx, `DROP ROLE `+role)
	})
	for _, grant := range []string{
		`GRANT USAGE ON SCHEMA ` + schema + ` TO ` + role,
		`GRANT SELECT, INSERT ON ALL TABLES IN SCHEMA ` + schema + ` TO ` + role,
	} {
		if _, err := owner.pool.Exec(ctx, grant); err != nil {
			t.Fatalf("%s: %v", grant, err)
		}
	}
	u, err := url.Parse(dsn)
	if err != nil {
		t.Skipf("DSN is not a URL: %v", err)
	}
	u.User = url.User(role)
	db, err := Open(ctx, u.String())
	if err != nil {
		t.Fatalf("Open as a writer: %v", err)
	}
	defer db.Close()
	d := storetest.NewDoc("a.txt", "Officials said 40 drones were launched.", news.Meta{},
		storetest.ClaimSpec{Quote: "40 drones", Type: news.ClaimQuantity, Source: "officials", SourceType: "unnamed"})
	if added, err := db.Put(ctx, d); err != nil || !added {
		t.Fatalf("Put as a writer = %v, %v", added, err)
	}
	if cs, err := db.Claims(ctx, store.ClaimFilter{Text: "drones"}); err != nil || len(cs) != 1 {
		t.Errorf("Claims as a writer = %d, %v", len(cs), err)
	}
}
