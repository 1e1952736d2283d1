package alert

import (
	"context"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/sitrep/sitrep/internal/news"
	"github.com/sitrep/sitrep/internal/store"
	"github.com/sitrep/sitrep/internal/store/postgres/pgtest"
	"github.com/sitrep/sitrep/internal/store/storetest"
)

// TestLogWaitsForOpenTransactions: on PostgreSQL a document stored while
// an older transaction is still open is held back until that transaction
// ends, because the older one may still store a document numbered before
// it; the cursor must not pass over that one. (SQLite has one writer at a
// time, so there the question does not arise.)
func TestLogWaitsForOpenTransactions(t *testing.T) {
	ctx := context.Background()
	dsn := pgtest.Fresh(t)
	st, err := store.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	l := openLog(t, dsn)
	_, start, err := l.DocsAfter(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	// An older writer: a transaction with an id, still open.
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	tx, err := conn.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback(ctx)
	if _, err := tx.Exec(ctx, `SELECT pg_current_xact_id()`); err != nil {
		t.Fatal(err)
	}
	d := storetest.NewDoc("late.txt", "A report stored while another writer is busy.", news.Meta{})
	if _, err := st.Put(ctx, d); err != nil {
		t.Fatal(err)
	}
	ids, held, err := l.DocsAfter(ctx, start)
	if err != nil {
		t.Fatal(err)
	}
	if len(ids) != 0 {
		t.Errorf("docs after start while an older transaction is open = %v, want none yet", ids)
	}
	if later, err := l.StoredAfter(ctx, held); err != nil || len(later) != 1 || later[0] != d.ID {
		t.Errorf("stored after the held position = %v (%v), want the new document (left out of evaluation)", later, err)
	}
	if err := tx.Commit(ctx); err != nil {
		t.Fatal(err)
	}
	ids, _, err = l.DocsAfter(ctx, held)
	if err != nil {
		t.Fatal(err)
	}
	if len(ids) != 1 || ids[0] != d.ID {
		t.Errorf("docs after the older transaction ended = %v, want [%s]", ids, d.ID)
	}
}
