package postgres

import (
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"sync"

	"github.com/jackc/pgx/v5"
)

// workLock is the first key of the advisory locks that claim work ("work");
// the second is a hash of the work's key.
const workLock int32 = 0x776f726b

// claimer holds the claims of this process on one connection of its own,
// outside the pool: claims must not starve writers of connections, and
// everything a process claimed is released the moment that connection ends,
// however the process ends.
type claimer struct {
	mu   sync.Mutex
	conn *pgx.Conn
	held map[int32]bool // lock keys held
}

// ClaimWork claims the work named by key (a document id, a URL) for this
// process, so that several processes over the same inputs split them
// instead of all analysing each: ok is false when another process holds the
// claim now. release ends the claim; call it once the work is stored.
//
// Claims are session advisory locks, so a process that dies releases its
// claims with its connection and leaves the work to another; stored
// documents stay correct without claims, since writes are keyed by content.
// Two keys may share a lock (a 32-bit hash): then one waits for the other's
// release, which costs time, never correctness.
func (db *DB) ClaimWork(ctx context.Context, key string) (release func(), ok bool, err error) {
	h := fnv.New32a()
	h.Write([]byte(key))
	k := int32(h.Sum32())
	c := &db.claims
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.held[k] {
		// This process holds it already (the same key, or a hash twin). The
		// server would grant it again, since advisory locks are reentrant
		// within a session, so refuse here.
		return nil, false, nil
	}
	if c.conn == nil || c.conn.IsClosed() {
		conn, err := pgx.ConnectConfig(ctx, db.pool.Config().ConnConfig)
		if err != nil {
			return nil, false, fmt.Errorf("claim %.40s: connect to postgres at %s: %w", key, db.addr, err)
		}
		c.conn, c.held = conn, map[int32]bool{}
	}
	if err := c.conn.QueryRow(ctx, `SELECT pg_try_advisory_lock($1, $2)`, workLock, k).Scan(&ok); err != nil {
		return nil, false, fmt.Errorf("claim %.40s: %w", key, err)
	}
	if !ok {
		return nil, false, nil
	}
	c.held[k] = true
	conn := c.conn
	var once sync.Once
	return func() {
		once.Do(func() {
			c.mu.Lock()
			defer c.mu.Unlock()
			if c.conn != conn || conn.IsClosed() {
				return // the connection, and with it the lock, is gone
			}
			delete(c.held, k)
			if _, err := conn.Exec(context.Background(), `SELECT pg_advisory_unlock($1, $2)`, workLock, k); err != nil {
				// A lock we cannot release must not outlive us: drop the
				// connection, and all claims with it.
				conn.Close(context.Background())
			}
		})
	}, true, nil
}

// closeClaims ends every claim of this process.
func (db *DB) closeClaims() error {
	c := &db.claims
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.conn == nil {
		return nil
	}
	err := c.conn.Close(context.Background())
	c.conn = nil
	if err != nil && !errors.Is(err, context.Canceled) {
		return fmt.Errorf("close claims connection: %w", err)
	}
	return nil
}
