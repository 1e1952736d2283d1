// Package pgtest gives the tests of other packages (alert, web, watch) a
// PostgreSQL database the way package postgres's own tests get theirs:
// $SITREP_TEST_POSTGRES names it; "auto" starts a throwaway cluster on
// loopback from the installed server binaries; unset, the tests skip (and
// fail under CI, where .ci/setup.d/postgres.sh sets the variable). Each test
// gets an empty schema of its own, dropped when it ends.
package pgtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"net"
	"net/url"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

var (
	once     sync.Once
	baseDSN  string
	whyNot   string
	stop     func()
	inMain   bool
	stopOnce sync.Once
)

// Main runs a package's tests and then stops the cluster "auto" started
// for them; call it from TestMain. Without it, "auto" starts nothing (a
// cluster nobody stops would outlive the test process).
func Main(m *testing.M) {
	inMain = true
	code := m.Run()
	if stop != nil {
		stopOnce.Do(stop)
	}
	os.Exit(code)
}

func setup() {
	baseDSN = os.Getenv("SITREP_TEST_POSTGRES")
	if baseDSN != "auto" {
		return
	}
	baseDSN = ""
	if !inMain {
		whyNot = "SITREP_TEST_POSTGRES=auto needs pgtest.Main in the package's TestMain"
		return
	}
	var err error
	if baseDSN, stop, err = StartCluster(); err != nil {
		baseDSN = ""
		whyNot = fmt.Sprintf("SITREP_TEST_POSTGRES=auto, but no cluster could be started: %v", err)
	}
}

// DSN returns the test database's DSN, skipping the test when there is
// none, and failing it under CI, where a skip would hide that PostgreSQL
// went untested.
func DSN(t testing.TB) string {
	t.Helper()
	once.Do(setup)
	if baseDSN != "" {
		return baseDSN
	}
	if os.Getenv("CI") != "" {
		t.Fatal("CI is set but SITREP_TEST_POSTGRES is not: .ci/setup.d/postgres.sh should have started PostgreSQL " + whyNot)
	}
	msg := "no PostgreSQL: set SITREP_TEST_POSTGRES=postgres://... (a database the tests may create schemas in), " +
		"or SITREP_TEST_POSTGRES=auto to start a throwaway cluster from the installed server (Debian: apt-get install postgresql)"
	if whyNot != "" {
		msg = "no PostgreSQL: " + whyNot
	}
	t.Skip(msg)
	return ""
}

// SchemaPrefix starts the name of every schema a test creates, followed by
// the Unix time of its creation, as in package postgres's tests (whose
// TestMain drops such schemas left by killed test processes).
const SchemaPrefix = "sitrep_test_"

// Fresh creates an empty schema and returns a DSN whose connections use
// it. The schema is dropped when the test ends.
func Fresh(t testing.TB) string {
	t.Helper()
	return FreshIn(t, DSN(t))
}

// FreshIn is Fresh in the database dsn names.
func FreshIn(t testing.TB, dsn string) string {
	t.Helper()
	ctx := context.Background()
	b := make([]byte, 6)
	rand.Read(b)
	schema := fmt.Sprintf("%s%d_%s", SchemaPrefix, time.Now().Unix(), hex.EncodeToString(b))
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		t.Fatalf("connect to test database: %v", err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, `CREATE SCHEMA `+schema); err != nil {
		t.Fatalf("create schema: %v", err)
	}
	t.Cleanup(func() {
		c, err := pgx.Connect(ctx, dsn)
		if err != nil {
			return
		}
		defer c.Close(ctx)
		c.Exec(ctx, `DROP SCHEMA `+schema+` CASCADE`)
	})
	return WithParam(t, dsn, "search_path", schema)
}

// WithParam sets a parameter of a DSN (URL or key=value).
func WithParam(t testing.TB, dsn, key, value string) string {
	t.Helper()
	if !strings.Contains(dsn, "://") {
		return dsn + " " + key + "=" + value
	}
	u, err := url.Parse(dsn)
	if err != nil {
		t.Fatalf("parse %s: %v", dsn, err)
	}
	q := u.Query()
	q.Set(key, value)
	u.RawQuery = q.Encode()
	return u.String()
}

// StartCluster starts a throwaway cluster on 127.0.0.1 from the installed
// server binaries (Debian's /usr/lib/postgresql/N/bin, or pg_ctl on PATH),
// as .ci/setup.d/postgres.sh does, and returns its DSN and a function that
// stops it and removes its files.
func StartCluster() (dsn string, stop func(), err error) {
	bin, err := binDir()
	if err != nil {
		return "", nil, err
	}
	dir, err := os.MkdirTemp("", "sitrep-pgtest-")
	if err != nil {
		return "", nil, err
	}
	// The server refuses to run as root: as root, run it as postgres.
	var runAs *user.User
	if os.Geteuid() == 0 {
		if runAs, err = user.Lookup("postgres"); err != nil {
			os.RemoveAll(dir)
			return "", nil, fmt.Errorf("running as root and no postgres user to run the server as: %w", err)
		}
		uid, _ := strconv.Atoi(runAs.Uid)
		os.Chmod(dir, 0o755)
		if err := os.Chown(dir, uid, -1); err != nil {
			os.RemoveAll(dir)
			return "", nil, err
		}
	}
	run := func(args ...string) error {
		name := filepath.Join(bin, args[0])
		var cmd *exec.Cmd
		if runAs != nil {
			cmd = exec.Command("su", "postgres", "-s", "/bin/sh", "-c", shellJoin(append([]string{name}, args[1:]...)))
		} else {
			cmd = exec.Command(name, args[1:]...)
		}
		cmd.Dir = "/" // the postgres user may not reach the working directory
		out, err := cmd.CombinedOutput()
		if err != nil {
			return fmt.Errorf("%s: %w: %s", args[0], err, strings.TrimSpace(string(out)))
		}
		return nil
	}
	data := filepath.Join(dir, "data")
	if err := run("initdb", "-D", data, "-U", "sitrep", "--auth=trust", "-E", "UTF8", "--no-sync"); err != nil {
		os.RemoveAll(dir)
		return "", nil, err
	}
	port, err := FreePort()
	if err != nil {
		os.RemoveAll(dir)
		return "", nil, err
	}
	opts := fmt.Sprintf("-k %s -h 127.0.0.1 -p %d -c fsync=off -c synchronous_commit=off -c max_connections=200", dir, port)
	if err := run("pg_ctl", "-D", data, "-l", filepath.Join(dir, "server.log"), "-w", "-t", "60", "-o", opts, "start"); err != nil {
		os.RemoveAll(dir)
		return "", nil, err
	}
	stop = func() {
		run("pg_ctl", "-D", data, "-m", "immediate", "-w", "stop")
		os.RemoveAll(dir)
	}
	if err := run("createdb", "-h", "127.0.0.1", "-p", strconv.Itoa(port), "-U", "sitrep", "sitrep"); err != nil {
		stop()
		return "", nil, err
	}
	return fmt.Sprintf("postgres://sitrep@127.0.0.1:%d/sitrep?sslmode=disable", port), stop, nil
}

func binDir() (string, error) {
	dirs, _ := filepath.Glob("/usr/lib/postgresql/*/bin")
	slices.SortFunc(dirs, func(a, b string) int {
		va, _ := strconv.Atoi(filepath.Base(filepath.Dir(a)))
		vb, _ := strconv.Atoi(filepath.Base(filepath.Dir(b)))
		return vb - va
	})
	for _, d := range dirs {
		if _, err := os.Stat(filepath.Join(d, "initdb")); err == nil {
			return d, nil
		}
	}
	if p, err := exec.LookPath("pg_ctl"); err == nil {
		if _, err := os.Stat(filepath.Join(filepath.Dir(p), "initdb")); err == nil {
			return filepath.Dir(p), nil
		}
	}
	return "", errors.New("no PostgreSQL server binaries (initdb, pg_ctl) installed")
}

// FreePort returns a loopback port nobody listens on now.
func FreePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

func shellJoin(args []string) string {
	q := make([]string, len(args))
	for i, a := range args {
		q[i] = "'" + strings.ReplaceAll(a, "'", `'\''`) + "'"
	}
	return strings.Join(q, " ")
}
