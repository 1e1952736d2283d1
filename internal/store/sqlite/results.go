package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/sitrep/sitrep/internal/store"
)

var _ store.ResultCache = (*DB)(nil)

// Generation implements store.ResultCache. Documents and claims are only
// added or removed, never changed, and rowids only grow: the counts and the
// largest rowids of both tables change with every write.
func (db *DB) Generation(ctx context.Context) (string, error) {
	var dn, dmax, cn, cmax int64
	err := db.r.QueryRowContext(ctx, `SELECT
		(SELECT count(*) FROM documents), (SELECT coalesce(max(rowid), 0) FROM documents),
		(SELECT count(*) FROM claims), (SELECT coalesce(max(rowid), 0) FROM claims)`).Scan(&dn, &dmax, &cn, &cmax)
	if err != nil {
		return "", fmt.Errorf("store generation: %w", err)
	}
	return fmt.Sprintf("d%d.%d-c%d.%d", dn, dmax, cn, cmax), nil
}

// Result implements store.ResultCache.
func (db *DB) Result(ctx context.Context, key string) (string, []byte, error) {
	var gen string
	var value []byte
	err := db.r.QueryRowContext(ctx, `SELECT generation, value FROM results WHERE key = ?`, key).Scan(&gen, &value)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil, fmt.Errorf("result %q: %w", key, store.ErrNotFound)
	}
	if err != nil {
		return "", nil, fmt.Errorf("result %q: %w", key, err)
	}
	return gen, value, nil
}

// PutResult implements store.ResultCache.
func (db *DB) PutResult(ctx context.Context, key, generation string, value []byte) error {
	_, err := db.w.ExecContext(ctx, `INSERT INTO results (key, generation, value, computed) VALUES (?, ?, ?, ?)
		ON CONFLICT (key) DO UPDATE SET generation = excluded.generation, value = excluded.value, computed = excluded.computed`,
		key, generation, value, time.Now().UTC().Format(time.RFC3339))
	if err != nil {
		return fmt.Errorf("keep result %q: %w", key, err)
	}
	return nil
}
