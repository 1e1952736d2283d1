package postgres

import (
	"context"
	"errors"
	"math/rand/v2"
	"net"
	"strings"
	"syscall"
	"time"

	"github.com/jackc/pgx/v5/pgconn"
)

// maxAttempts bounds how often a transaction is tried when it keeps failing
// for transient reasons.
const maxAttempts = 6

// backoff is exponential backoff with full jitter, so writers that collided
// do not collide again in step.
type backoff struct {
	next, max time.Duration
}

func newBackoff(first, max time.Duration) *backoff { return &backoff{next: first, max: max} }

// peek is the longest the next sleep can take.
func (b *backoff) peek() time.Duration { return b.next }

func (b *backoff) sleep(ctx context.Context) error {
	d := b.next/2 + rand.N(b.next/2+1)
	b.next = min(2*b.next, b.max)
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// SQLSTATE codes after which trying the whole transaction again can succeed.
var retryCodes = map[string]bool{
	"40001": true,                                                             // serialization_failure
	"40P01": true,                                                             // deadlock_detected
	"55P03": true,                                                             // lock_not_available
	"57P01": true,                                                             // admin_shutdown (a failover or restart)
	"57P03": true,                                                             // cannot_connect_now (starting up)
	"53300": true,                                                             // too_many_connections
	"08000": true, "08003": true, "08006": true, "08001": true, "08004": true, // connection exceptions
}

// transient reports whether err is worth another try of the whole
// transaction: a serialization failure or deadlock, a lost or refused
// connection. Constraint violations, bad data and timeouts are not.
func transient(err error) bool {
	if err == nil || errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return false
	}
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		return retryCodes[pe.Code]
	}
	return transientConnect(err)
}

// transientConnect reports whether a connection attempt failed in a way that
// may pass: refused or reset (the server is starting or restarting), or the
// server said so.
func transientConnect(err error) bool {
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		return (retryCodes[pe.Code] && strings.HasPrefix(pe.Code, "5")) || strings.HasPrefix(pe.Code, "08")
	}
	if errors.Is(err, syscall.ECONNREFUSED) || errors.Is(err, syscall.ECONNRESET) {
		return true
	}
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		return false
	}
	return pgconn.SafeToRetry(err)
}
