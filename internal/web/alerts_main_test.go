package web

import (
	"testing"

	"github.com/sitrep/sitrep/internal/store/postgres/pgtest"
)

// TestMain lets SITREP_TEST_POSTGRES=auto start a cluster for the alert
// tests on PostgreSQL, and stops it after.
func TestMain(m *testing.M) { pgtest.Main(m) }
