// Package postgres is the shared store: a PostgreSQL database through
// jackc/pgx/v5 and its connection pool, for several sitrep processes on one
// or many machines. It behaves as the SQLite store does (storetest.Run proves
// it): documents keyed by the hash of their text and written with their claims
// in one transaction, so writers racing on the same input store it once;
// versioned migrations under an advisory lock; PostgreSQL's own text search,
// in the document's language where known.
package postgres

import (
	"context"
	"errors"
	"fmt"
	"net"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/sitrep/sitrep/internal/store"
)

var _ store.Store = (*DB)(nil)

func init() {
	store.Register("postgres", func(ctx context.Context, dsn string) (store.Store, error) {
		return Open(ctx, dsn)
	})
}

// Options tune Open. Zero fields take the defaults.
type Options struct {
	// StatementTimeout bounds every statement (default 60s). A DSN parameter
	// statement_timeout takes precedence.
	StatementTimeout time.Duration
	// ConnectWait is how long Open keeps retrying, with backoff, while the
	// server refuses connections or is starting up (default 5s): processes
	// started together with their database do not fail on the first try.
	ConnectWait time.Duration
	// MaxConns is the pool size (default: pgxpool's, max(4, CPUs)). A DSN
	// parameter pool_max_conns takes precedence.
	MaxConns int32
}

const defaultStatementTimeout = 60 * time.Second

// defaultConnectWait is a variable so that tests of unreachable servers need
// not wait it out.
var defaultConnectWait = 5 * time.Second

// DB is a Store over a PostgreSQL database.
type DB struct {
	pool   *pgxpool.Pool
	addr   string // host:port, for messages
	claims claimer
}

// Open connects to the database at dsn (a postgres:// or postgresql:// URL, or
// a libpq key=value string) with default options and migrates its schema.
func Open(ctx context.Context, dsn string) (*DB, error) {
	return OpenOptions(ctx, dsn, Options{})
}

// OpenOptions is Open with options.
func OpenOptions(ctx context.Context, dsn string, opt Options) (*DB, error) {
	cfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		return nil, fmt.Errorf("postgres dsn: %w", err)
	}
	addr := net.JoinHostPort(cfg.ConnConfig.Host, strconv.Itoa(int(cfg.ConnConfig.Port)))
	params := cfg.ConnConfig.RuntimeParams
	if _, ok := params["statement_timeout"]; !ok {
		st := opt.StatementTimeout
		if st <= 0 {
			st = defaultStatementTimeout
		}
		params["statement_timeout"] = strconv.FormatInt(st.Milliseconds(), 10)
	}
	if _, ok := params["application_name"]; !ok {
		params["application_name"] = "sitrep"
	}
	if opt.MaxConns > 0 && !strings.Contains(dsn, "pool_max_conns") {
		cfg.MaxConns = opt.MaxConns
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("connect to postgres at %s: %w", addr, err)
	}
	wait := opt.ConnectWait
	if wait <= 0 {
		wait = defaultConnectWait
	}
	if err := ping(ctx, pool, wait); err != nil {
		pool.Close()
		return nil, fmt.Errorf("connect to postgres at %s: %w", addr, err)
	}
	db := &DB{pool: pool, addr: addr}
	if err := db.migrate(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("postgres at %s: %w", addr, err)
	}
	return db, nil
}

// ping waits for the server, retrying transient failures until wait is over.
func ping(ctx context.Context, pool *pgxpool.Pool, wait time.Duration) error {
	deadline := time.Now().Add(wait)
	b := newBackoff(50*time.Millisecond, time.Second)
	for {
		err := pool.Ping(ctx)
		if err == nil {
			return nil
		}
		if !transientConnect(err) {
			return err
		}
		if time.Now().Add(b.peek()).After(deadline) {
			return fmt.Errorf("gave up after trying for %s: %w", wait, err)
		}
		if err := b.sleep(ctx); err != nil {
			return errors.Join(err, ctx.Err())
		}
	}
}

// Close ends this process's work claims and closes the pool.
func (db *DB) Close() error {
	err := db.closeClaims()
	db.pool.Close()
	return err
}

// Pool is the connection pool, for tools and tests that need plain SQL.
func (db *DB) Pool() *pgxpool.Pool { return db.pool }
