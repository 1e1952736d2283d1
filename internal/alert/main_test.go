package alert

import (
	"path/filepath"
	"testing"

	"github.com/sitrep/sitrep/internal/store/postgres/pgtest"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

// eachStore runs test once per kind of store, each on an empty one, so
// that the alert log behaves the same on SQLite and PostgreSQL. The
// PostgreSQL run skips without a test database (see pgtest).
func eachStore(t *testing.T, test func(t *testing.T, dsn string)) {
	t.Helper()
	for _, b := range []struct {
		name string
		dsn  func(t *testing.T) string
	}{
		{"sqlite", func(t *testing.T) string { return filepath.Join(t.TempDir(), "a.db") }},
		{"postgres", func(t *testing.T) string { return pgtest.Fresh(t) }},
	} {
		t.Run(b.name, func(t *testing.T) { test(t, b.dsn(t)) })
	}
}
