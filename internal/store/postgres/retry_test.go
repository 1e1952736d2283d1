package postgres

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgconn"
)

func TestTransient(t *testing.T) {
	refused := &net.OpError{Op: "dial", Net: "tcp", Err: os.NewSyscallError("connect", syscall.ECONNREFUSED)}
	tests := []struct {
		name    string
		err     error
		want    bool
		connect bool // transientConnect
	}{
		{"serialization failure", &pgconn.PgError{Code: "40001"}, true, false},
		{"deadlock", fmt.Errorf("put: %w", &pgconn.PgError{Code: "40P01"}), true, false},
		{"starting up", &pgconn.PgError{Code: "57P03"}, true, true},
		{"too many connections", &pgconn.PgError{Code: "53300"}, true, true},
		{"connection failure", &pgconn.PgError{Code: "08006"}, true, true},
		{"unique violation", &pgconn.PgError{Code: "23505"}, false, false},
		{"statement timeout", &pgconn.PgError{Code: "57014"}, false, false},
		{"bad password", &pgconn.PgError{Code: "28P01"}, false, false},
		{"refused", fmt.Errorf("connect: %w", refused), true, true},
		{"cancelled", context.Canceled, false, false},
		{"deadline", fmt.Errorf("x: %w", context.DeadlineExceeded), false, false},
		{"other", errors.New("something else"), false, false},
		{"nil", nil, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := transient(tt.err); got != tt.want {
				t.Errorf("transient(%v) = %v, want %v", tt.err, got, tt.want)
			}
			if tt.err == nil {
				return
			}
			if got := transientConnect(tt.err); got != tt.connect {
				t.Errorf("transientConnect(%v) = %v, want %v", tt.err, got, tt.connect)
			}
		})
	}
}

func TestBackoff(t *testing.T) {
	b := newBackoff(time.Millisecond, 4*time.Millisecond)
	var peeks []time.Duration
	for range 4 {
		peeks = append(peeks, b.peek())
		if err := b.sleep(context.Background()); err != nil {
			t.Fatal(err)
		}
	}
	want := []time.Duration{time.Millisecond, 2 * time.Millisecond, 4 * time.Millisecond, 4 * time.Millisecond}
	for i := range want {
		if peeks[i] != want[i] {
			t.Errorf("step %d: next sleep up to %v, want %v", i, peeks[i], want[i])
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := newBackoff(time.Hour, time.Hour).sleep(ctx); !errors.Is(err, context.Canceled) {
		t.Errorf("sleep with a cancelled context = %v, want context.Canceled", err)
	}
}
