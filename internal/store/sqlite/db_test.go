package sqlite

import (
	"errors"

	"context"
	"github.com/sitrep/sitrep/internal/news"
	"path/filepath"
	"testing"

	"github.com/sitrep/sitrep/internal/store"
	"github.com/sitrep/sitrep/internal/store/storetest"
)

func TestStore(t *testing.T) {
	storetest.Run(t, func(t *testing.T) store.Store {
		db, err := Open(context.Background(), filepath.Join(t.TempDir(), "test.db"))
		if err != nil {
			t.Fatal(err)
		}
		return db
	})
}

func TestReopen(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "re.db")
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	d := storetest.NewDoc("a.txt", "Officials said 40 drones were launched.", news.Meta{},
		storetest.ClaimSpec{Quote: "40 drones", Type: news.ClaimQuantity, Source: "officials", SourceType: "unnamed"})
	if _, err := db.Put(ctx, d); err != nil {
		t.Fatal(err)
	}
	db.Close()
	for range 2 {
		db, err = Open(ctx, "file:"+path)
		if err != nil {
			t.Fatalf("reopen: %v", err)
		}
		var versions int
		if err := db.r.QueryRow(`SELECT count(*) FROM schema_version`).Scan(&versions); err != nil {
			t.Fatal(err)
		}
		ms, _ := migrations()
		if got, want := versions, len(ms); got != want {
			t.Errorf("schema versions = %d, want %d", got, want)
		}
		got, err := db.Document(ctx, d.ID)
		if err != nil {
			t.Fatalf("after reopen: %v", err)
		}
		if got, want := len(got.Claims), 1; got != want {
			t.Errorf("claims after reopen = %d, want %d", got, want)
		}
		if s, err := db.IntegrityCheck(ctx); err != nil || s != "ok" {
			t.Errorf("integrity = %q, %v", s, err)
		}
		var mode string
		db.r.QueryRow(`PRAGMA journal_mode`).Scan(&mode)
		if mode != "wal" {
			t.Errorf("journal mode = %q, want wal", mode)
		}
		db.Close()
	}
}

func TestOpenByDSN(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name, dsn string
		wantErr   error
	}{
		{"path", filepath.Join(t.TempDir(), "x.db"), nil},
		{"file uri", "file:" + filepath.Join(t.TempDir(), "y.db") + "?mode=rwc", nil},
		{"postgres", "postgres://localhost/sitrep", store.ErrUnavailable},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := store.Open(ctx, tt.dsn)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("Open(%q) = %v, want %v", tt.dsn, err, tt.wantErr)
			}
			if s != nil {
				s.Close()
			}
		})
	}
	_, err := store.Open(ctx, "postgres://x")
	if got, want := err.Error(), "open store: postgres store not available in this build"; got != want {
		t.Errorf("error = %q, want %q", got, want)
	}
	if _, err := store.Open(ctx, filepath.Join(t.TempDir(), "no", "such", "dir", "z.db")); err == nil {
		t.Errorf("Open in a missing directory: no error")
	}
}

func TestDefaultDSN(t *testing.T) {
	env := map[string]string{}
	getenv := func(k string) string { return env[k] }
	if got, want := store.DefaultDSN(getenv), "sitrep.db"; got != want {
		t.Errorf("DefaultDSN = %q, want %q", got, want)
	}
	env["SITREP_DB"] = "/tmp/other.db"
	if got, want := store.DefaultDSN(getenv), "/tmp/other.db"; got != want {
		t.Errorf("DefaultDSN = %q, want %q", got, want)
	}
}
