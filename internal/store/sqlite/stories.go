package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"sync"

	"github.com/sitrep/sitrep/internal/simhash"
	"github.com/sitrep/sitrep/internal/store"
)

// stories finds the story of a new document: the story of the earliest
// stored document whose sketch is near its own. It keeps every stored
// document's sketch in memory, in storing order, and scans them: a hundred
// thousand comparisons take well under a millisecond, while a banded lookup
// in SQL costs more with every document stored, because news on one topic
// shares sketch bands far more often than chance. Only writers load it,
// on their first Put, and each transaction first reads the documents other
// processes stored since, so it is never stale inside a transaction.
type stories struct {
	mu      sync.Mutex // held for a whole write transaction
	loaded  int64      // the highest documents.rowid read
	sketch  []uint64
	story   []string
	pending int   // entries added by the open transaction, dropped on rollback
	base    int64 // loaded when the open transaction began
}

// begin locks the index for a transaction and reads what others stored.
func (s *stories) begin(ctx context.Context, tx *sql.Tx) error {
	s.mu.Lock()
	s.pending = 0
	rows, err := tx.QueryContext(ctx, `SELECT rowid, sketch, story FROM documents WHERE rowid > ? ORDER BY rowid`, s.loaded)
	if err != nil {
		s.mu.Unlock()
		return fmt.Errorf("read sketches: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var rowid, sk int64
		var story string
		if err := rows.Scan(&rowid, &sk, &story); err != nil {
			s.mu.Unlock()
			return fmt.Errorf("read sketches: %w", err)
		}
		s.sketch, s.story, s.loaded = append(s.sketch, uint64(sk)), append(s.story, story), rowid
	}
	if err := rows.Err(); err != nil {
		s.mu.Unlock()
		return fmt.Errorf("read sketches: %w", err)
	}
	s.base = s.loaded
	return nil
}

// find returns the story for a document with this sketch and id.
func (s *stories) find(sketch uint64, id string) string {
	for i, sk := range s.sketch {
		if simhash.Near(sk, sketch) {
			return s.story[i]
		}
	}
	return id
}

// add records a document stored by the open transaction.
func (s *stories) add(rowid int64, d *store.Document) {
	s.sketch, s.story = append(s.sketch, d.Sketch), append(s.story, d.Story)
	s.pending++
	s.loaded = max(s.loaded, rowid)
}

// end unlocks the index; without a commit it forgets the transaction's
// documents, which are not stored.
func (s *stories) end(committed bool) {
	if !committed && s.pending > 0 {
		n := len(s.sketch) - s.pending
		s.sketch, s.story, s.loaded = s.sketch[:n], s.story[:n], s.base
	}
	s.pending = 0
	s.mu.Unlock()
}
