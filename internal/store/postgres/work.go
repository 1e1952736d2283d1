package postgres

import (
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/sitrep/sitrep/internal/store"
)

// DB shares the work of ingesting between processes.
var _ store.WorkClaimer = (*DB)(nil)

// workLock is the first key of the advisory locks that claim work ("work");
// the second is a hash of the work's key.
const workLock int32 = 0x776f726b

// claimer holds the claims of this process on one connection of its own,
// outside the pool: claims must not starve writers of connections, and
// everything a process claimed is released the moment that connection ends,
// however the process ends.
type claimer struct {
	mu   sync.Mutex // guards conn and held, held while using conn
	conn *pgx.Conn
	held map[int32]bool // lock keys held

	// Released claims are unlocked in batches, by one query each, so that
	// an ingester releasing a stored batch of documents neither waits for
	// a round trip per document nor holds up the claims of its workers.
	pmu      sync.Mutex // guards the fields below
	released []releasedClaim
	flushing bool // a goroutine is on its way to unlock released
}

// releasedClaim is a claim released by its holder, still locked on conn.
type releasedClaim struct {
	conn *pgx.Conn
	key  int32
}

// ClaimWork claims the work named by key (a document id, a URL) for this
// process, so that several processes over the same inputs split them
// instead of all analysing each: ok is false when another process holds the
// claim now. release ends the claim; call it once the work is stored. It
// returns at once; the server lets go of the claim a moment later, with
// those released meanwhile.
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
		conn, err := pgx.ConnectConfig(ctx, claimsConfig(db.pool.Config().ConnConfig))
		if err != nil {
			return nil, false, fmt.Errorf("claim %.40s: connect to postgres at %s: %w", key, db.addr, err)
		}
		c.conn, c.held = conn, map[int32]bool{}
	}
	if err := ctx.Err(); err != nil {
		return nil, false, fmt.Errorf("claim %.40s: %w", key, err)
	}
	// Not cancelled by ctx: pgx closes a connection whose query is
	// cancelled, and this one carries every claim of the process. The query
	// never waits, and statement_timeout bounds it anyway.
	if err := c.conn.QueryRow(context.WithoutCancel(ctx), `SELECT pg_try_advisory_lock($1, $2)`, workLock, k).Scan(&ok); err != nil {
		return nil, false, fmt.Errorf("claim %.40s: %w", key, err)
	}
	if !ok {
		return nil, false, nil
	}
	c.held[k] = true
	conn := c.conn
	var once sync.Once
	return func() { once.Do(func() { c.release(conn, k) }) }, true, nil
}

// release queues the unlock of a claim, starting a goroutine to do it
// unless one is on its way.
func (c *claimer) release(conn *pgx.Conn, k int32) {
	c.pmu.Lock()
	c.released = append(c.released, releasedClaim{conn: conn, key: k})
	start := !c.flushing
	c.flushing = true
	c.pmu.Unlock()
	if start {
		go c.unlockReleased()
	}
}

// unlockReleased unlocks every claim released so far in one query.
func (c *claimer) unlockReleased() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.pmu.Lock()
	batch := c.released
	c.released, c.flushing = nil, false
	c.pmu.Unlock()
	var keys []int32
	for _, r := range batch {
		if r.conn == c.conn && !r.conn.IsClosed() {
			delete(c.held, r.key)
			keys = append(keys, r.key)
		} // else the connection, and with it the lock, is gone
	}
	if len(keys) == 0 {
		return
	}
	if _, err := c.conn.Exec(context.Background(),
		`SELECT pg_advisory_unlock($1, k) FROM unnest($2::int4[]) AS k`, workLock, keys); err != nil {
		// Locks we cannot release must not outlive us: drop the
		// connection, and all claims with it.
		c.conn.Close(context.Background())
	}
}

// claimsConfig is the configuration of the claims connection: cfg (a
// copy), with TCP keepalives the server sends on it. A process that is
// killed releases its claims at once, since its system closes the
// connection; one whose machine vanishes sends no close, and the server
// would hold its claims until TCP gave up (hours, by default). With these
// it lets go after about a minute of silence (30 s, then 3 probes 10 s
// apart). The server ignores them on Unix sockets, which are local anyway.
func claimsConfig(cfg *pgx.ConnConfig) *pgx.ConnConfig {
	params := map[string]string{"tcp_keepalives_idle": "30", "tcp_keepalives_interval": "10", "tcp_keepalives_count": "3"}
	for k, v := range params {
		if _, set := cfg.RuntimeParams[k]; !set {
			cfg.RuntimeParams[k] = v
		}
	}
	return cfg
}

// AwaitWork claims the work named by key, waiting while another process
// holds it. An ingester that found work claimed elsewhere comes back to it
// with AwaitWork after its other work: once it holds the claim, the other
// process has stored the document (check with Has) or died before storing
// it, and the work is its own to do.
func (db *DB) AwaitWork(ctx context.Context, key string) (release func(), err error) {
	// Poll rather than block in pg_advisory_lock: the claims connection is
	// shared by the process's workers and must stay free for their claims.
	b := newBackoff(10*time.Millisecond, 500*time.Millisecond)
	for {
		release, ok, err := db.ClaimWork(ctx, key)
		if err != nil || ok {
			return release, err
		}
		if err := b.sleep(ctx); err != nil {
			return nil, fmt.Errorf("await claim %.40s: %w", key, err)
		}
	}
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
