// Package sqlite is the embedded store: one SQLite file through
// modernc.org/sqlite (pure Go), in WAL mode, with versioned migrations and
// FTS5 full-text search over claims and document texts.
package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"sync/atomic"

	"github.com/sitrep/sitrep/internal/store"
	_ "modernc.org/sqlite" // the database/sql driver "sqlite"
)

var _ store.Store = (*DB)(nil)

// DB is a Store over one SQLite file. Writes go through one connection,
// reads through a small pool: SQLite admits one writer at a time anyway, and
// a single writer connection turns contention between goroutines into
// queueing instead of busy errors.
type DB struct {
	w *sql.DB // writer: one connection, transactions BEGIN IMMEDIATE
	r *sql.DB // readers

	stories stories     // sketches for near-duplicate lookups, loaded by the first write
	wrote   atomic.Bool // a Put committed: Close refreshes the planner's statistics
}

// busyTimeout is how long a connection waits for another process's write lock.
const busyTimeout = "10000"

func init() {
	store.Register("sqlite", func(ctx context.Context, dsn string) (store.Store, error) {
		return Open(ctx, dsn)
	})
}

// Open opens (creating if needed) the database at dsn, a file path or a
// "file:" URI, and migrates its schema.
func Open(ctx context.Context, dsn string) (*DB, error) {
	if dsn == "" {
		return nil, fmt.Errorf("open database: empty path")
	}
	w, err := openPool(dsn, "immediate")
	if err != nil {
		return nil, fmt.Errorf("open database %s: %w", dsn, err)
	}
	w.SetMaxOpenConns(1)
	if err := migrate(ctx, w); err != nil {
		w.Close()
		return nil, fmt.Errorf("open database %s: %w", dsn, err)
	}
	r, err := openPool(dsn, "deferred")
	if err != nil {
		w.Close()
		return nil, fmt.Errorf("open database %s: %w", dsn, err)
	}
	r.SetMaxOpenConns(4)
	return &DB{w: w, r: r}, nil
}

func openPool(dsn, txlock string) (*sql.DB, error) {
	path, query, _ := strings.Cut(strings.TrimPrefix(dsn, "file:"), "?")
	q, err := url.ParseQuery(query)
	if err != nil {
		return nil, fmt.Errorf("parse dsn: %w", err)
	}
	q.Add("_pragma", "busy_timeout("+busyTimeout+")")
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "synchronous(NORMAL)")
	q.Add("_pragma", "foreign_keys(ON)")
	// Claim rows are large (sentence and JSON): a filter that walks an index
	// reads many of them, and SQLite's default 2 MB page cache makes each read
	// a system call. Mapping the file and a larger cache keep them in memory.
	q.Add("_pragma", "mmap_size(268435456)")
	q.Add("_pragma", "cache_size(-32768)")
	q.Set("_txlock", txlock)
	db, err := sql.Open("sqlite", "file:"+path+"?"+q.Encode())
	if err != nil {
		return nil, err
	}
	if err := db.Ping(); err != nil {
		db.Close()
		return nil, err
	}
	return db, nil
}

// Close closes both pools. After writes it first lets SQLite refresh the
// statistics its query planner reads: without them a query filtering on
// actor and measure walks every claim of the measure instead of the few of
// the actor. A failure there only costs speed, so it is not an error.
func (db *DB) Close() error {
	if db.wrote.Load() {
		db.w.Exec(`PRAGMA optimize = 0x10002`)
	}
	return errors.Join(db.r.Close(), db.w.Close())
}

// IntegrityCheck runs PRAGMA integrity_check and returns its verdict ("ok").
func (db *DB) IntegrityCheck(ctx context.Context) (string, error) {
	var s string
	if err := db.r.QueryRowContext(ctx, `PRAGMA integrity_check`).Scan(&s); err != nil {
		return "", fmt.Errorf("integrity check: %w", err)
	}
	return s, nil
}
