package store

import (
	"context"
	"fmt"
	"strings"
	"sync"
)

// OpenFunc opens a store from a DSN.
type OpenFunc func(ctx context.Context, dsn string) (Store, error)

var (
	mu      sync.Mutex
	openers = map[string]OpenFunc{}
)

// Register makes a backend available to Open under a kind ("sqlite",
// "postgres"). Backends register themselves from their package, the way
// database/sql drivers do, because they import this package and so it cannot
// import them.
func Register(kind string, open OpenFunc) {
	mu.Lock()
	defer mu.Unlock()
	openers[kind] = open
}

// DefaultDSN is $SITREP_DB, else ./sitrep.db.
func DefaultDSN(getenv func(string) string) string {
	if v := getenv("SITREP_DB"); v != "" {
		return v
	}
	return "sitrep.db"
}

// Kind names the backend a DSN selects: "postgres" for postgres:// and
// postgresql:// URLs, "sqlite" for anything else (a file path or a file: URI).
func Kind(dsn string) string {
	if strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://") {
		return "postgres"
	}
	return "sqlite"
}

// Open opens the store the DSN names. A backend not compiled in gives an
// error wrapping ErrUnavailable.
func Open(ctx context.Context, dsn string) (Store, error) {
	kind := Kind(dsn)
	mu.Lock()
	open := openers[kind]
	mu.Unlock()
	if open == nil {
		return nil, fmt.Errorf("open store: %s store %w", kind, ErrUnavailable)
	}
	s, err := open(ctx, dsn)
	if err != nil {
		return nil, fmt.Errorf("open store: %w", err)
	}
	return s, nil
}
