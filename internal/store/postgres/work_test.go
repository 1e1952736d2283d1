package postgres

import (
	"context"
	"errors"
	"testing"
	"time"
)

func TestClaimWork(t *testing.T) {
	ctx := context.Background()
	dsn := freshSchema(t)
	a, err := Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	b, err := Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	claim := func(db *DB, key string) (func(), bool) {
		t.Helper()
		release, ok, err := db.ClaimWork(ctx, key)
		if err != nil {
			t.Fatalf("ClaimWork(%q): %v", key, err)
		}
		return release, ok
	}

	releaseA, ok := claim(a, "doc-1")
	if !ok {
		t.Fatal("first claim refused")
	}
	if _, ok := claim(b, "doc-1"); ok {
		t.Error("another process claimed work that is held")
	}
	if _, ok := claim(a, "doc-1"); ok {
		t.Error("the same process claimed held work twice")
	}
	releaseB2, ok := claim(b, "doc-2")
	if !ok {
		t.Error("other work refused")
	}
	releaseA()
	releaseA() // twice is harmless
	// The server lets go of a released claim a moment after release
	// returns: wait for it, bounded.
	awaitClaim(t, b, "doc-1")()
	releaseB2()

	// Claims released together are unlocked together, all of them.
	var releases []func()
	for i := range 100 {
		release, ok := claim(a, "batch-"+itoa(i))
		if !ok {
			t.Fatalf("claim batch-%d refused", i)
		}
		releases = append(releases, release)
	}
	for _, release := range releases {
		release()
	}
	for i := range 100 {
		awaitClaim(t, b, "batch-"+itoa(i))()
	}

	// AwaitWork waits for the holder's release.
	releaseA, ok = claim(a, "doc-4")
	if !ok {
		t.Fatal("claim refused")
	}
	got := make(chan error, 1)
	released := make(chan struct{})
	go func() {
		release, err := b.AwaitWork(ctx, "doc-4")
		select {
		case <-released:
		default:
			err = errors.New("AwaitWork returned while the claim was held")
		}
		if release != nil {
			release()
		}
		got <- err
	}()
	time.Sleep(50 * time.Millisecond)
	close(released)
	releaseA()
	if err := <-got; err != nil {
		t.Error(err)
	}
	cctx, cancel := context.WithCancel(ctx)
	releaseA, _ = claim(a, "doc-5")
	cancel()
	if _, err := b.AwaitWork(cctx, "doc-5"); !errors.Is(err, context.Canceled) {
		t.Errorf("AwaitWork with a cancelled context = %v, want context.Canceled", err)
	}
	releaseA()

	// A process that ends without releasing (here: closes its store; a
	// killed one loses its connection the same way) leaves the work free.
	if _, ok := claim(a, "doc-3"); !ok {
		t.Fatal("claim refused")
	}
	a.Close()
	// The server lets go of the locks once it sees the connection end,
	// a moment after the client closed it: wait for that.
	wctx, cancelWait := context.WithTimeout(ctx, time.Minute)
	defer cancelWait()
	if _, err := b.AwaitWork(wctx, "doc-3"); err != nil {
		t.Errorf("work of a closed process still claimed: %v", err)
	}
}

// awaitClaim claims key on db, waiting up to a minute for its holder.
func awaitClaim(t *testing.T, db *DB, key string) (release func()) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	release, err := db.AwaitWork(ctx, key)
	if err != nil {
		t.Fatalf("claim %s, released by its holder: %v", key, err)
	}
	return release
}
