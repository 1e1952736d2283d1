package postgres

import (
	"context"
	"fmt"
	"io"
	"net"
	"os"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/sitrep/sitrep/internal/store/postgres/pgtest"
)

// testDSN is the database the tests use: $SITREP_TEST_POSTGRES; or, when
// that is "auto", a throwaway cluster TestMain starts from the installed
// PostgreSQL binaries; else "" and the tests skip (or fail under CI).
var testDSN string

func TestMain(m *testing.M) {
	testDSN = os.Getenv("SITREP_TEST_POSTGRES")
	var stop func()
	// A writer process of TestKilledWriter gets its database from its
	// parent and is killed: it must start nothing it cannot stop.
	if testDSN == "auto" && os.Getenv(writerEnv) == "" {
		var err error
		testDSN, stop, err = pgtest.StartCluster()
		if err != nil {
			fmt.Fprintf(os.Stderr, "postgres tests: SITREP_TEST_POSTGRES=auto, but no cluster could be started: %v\n", err)
			testDSN = ""
		}
	}
	if testDSN != "" {
		dropStaleSchemas(testDSN)
	}
	code := m.Run()
	if stop != nil {
		stop()
	}
	os.Exit(code)
}

// needDB returns the test database's DSN, skipping the test when there is
// none, and failing it instead under CI, where a skip would hide that the
// store went untested.
func needDB(t testing.TB) string {
	t.Helper()
	if testDSN != "" {
		return testDSN
	}
	if os.Getenv("CI") != "" {
		t.Fatal("CI is set but SITREP_TEST_POSTGRES is not: .ci/setup.d/postgres.sh should have started PostgreSQL")
	}
	t.Skip("no PostgreSQL: set SITREP_TEST_POSTGRES=postgres://... (a database the tests may create schemas in), " +
		"or SITREP_TEST_POSTGRES=auto to start a throwaway cluster from the installed server (Debian: apt-get install postgresql)")
	return ""
}

// freshSchema creates an empty schema and returns a DSN whose connections
// use it, so each test gets an empty store in the one test database. The
// schema is dropped when the test ends.
func freshSchema(t testing.TB) string {
	t.Helper()
	return pgtest.FreshIn(t, needDB(t))
}

// schemaPrefix starts the name of every schema a test creates (pgtest's);
// the Unix time of its creation follows.
const schemaPrefix = pgtest.SchemaPrefix

// dropStaleSchemas drops test schemas older than an hour: those of test
// processes that were killed before their cleanup ran.
func dropStaleSchemas(dsn string) {
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		return
	}
	defer conn.Close(ctx)
	rows, err := conn.Query(ctx, `SELECT nspname FROM pg_namespace WHERE starts_with(nspname, $1)`, schemaPrefix)
	if err != nil {
		return
	}
	names, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return
	}
	for _, n := range names {
		secs, _, _ := strings.Cut(strings.TrimPrefix(n, schemaPrefix), "_")
		t, err := strconv.ParseInt(secs, 10, 64)
		if err == nil && time.Since(time.Unix(t, 0)) > time.Hour {
			conn.Exec(ctx, `DROP SCHEMA `+pgx.Identifier{n}.Sanitize()+` CASCADE`)
		}
	}
}

// withParam sets a query parameter of a DSN.
func withParam(t testing.TB, dsn, key, value string) string {
	t.Helper()
	return pgtest.WithParam(t, dsn, key, value)
}

// openFresh opens a store on a fresh schema.
func openFresh(t testing.TB) (*DB, string) {
	t.Helper()
	dsn := freshSchema(t)
	db, err := Open(context.Background(), dsn)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	return db, dsn
}

func itoa(n int) string { return strconv.Itoa(n) }

// proxyLater listens on addr after delay and forwards each connection to
// target: a server that is not up yet when a client first tries it.
func proxyLater(t testing.TB, addr, target string, delay time.Duration) (stop func()) {
	t.Helper()
	done := make(chan struct{})
	var mu sync.Mutex
	var l net.Listener
	go func() {
		select {
		case <-done:
			return
		case <-time.After(delay):
		}
		ln, err := net.Listen("tcp", addr)
		if err != nil {
			t.Errorf("proxy listen: %v", err)
			return
		}
		mu.Lock()
		l = ln
		mu.Unlock()
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go func() {
				defer c.Close()
				s, err := net.Dial("tcp", target)
				if err != nil {
					return
				}
				defer s.Close()
				go io.Copy(s, c)
				io.Copy(c, s)
			}()
		}
	}()
	return func() {
		close(done)
		mu.Lock()
		if l != nil {
			l.Close()
		}
		mu.Unlock()
	}
}

// freePort returns a loopback port nobody listens on now.
func freePort() (int, error) { return pgtest.FreePort() }
