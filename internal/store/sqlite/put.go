package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/sitrep/sitrep/internal/news"
	"github.com/sitrep/sitrep/internal/store"
)

// annotations are the spans kept with a document besides its claims.
type annotations struct {
	Sentences []news.Sentence `json:"sentences"`
	Entities  []news.Entity   `json:"entities"`
}

var _ store.BatchPutter = (*DB)(nil)

// Put implements store.Store.
func (db *DB) Put(ctx context.Context, d *store.Document) (bool, error) {
	added, err := db.PutBatch(ctx, []*store.Document{d})
	if err != nil {
		return false, err
	}
	return added[0], nil
}

// PutBatch implements store.BatchPutter.
func (db *DB) PutBatch(ctx context.Context, docs []*store.Document) ([]bool, error) {
	for _, d := range docs {
		if err := d.Prepare(); err != nil {
			return nil, fmt.Errorf("put document: %w", err)
		}
	}
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("put documents: begin: %w", err)
	}
	defer tx.Rollback()
	if err := db.stories.begin(ctx, tx); err != nil {
		return nil, fmt.Errorf("put documents: %w", err)
	}
	committed := false
	defer func() { db.stories.end(committed) }()
	st, err := prepareInserts(ctx, tx)
	if err != nil {
		return nil, fmt.Errorf("put documents: %w", err)
	}
	defer st.close()
	added := make([]bool, len(docs))
	for i, d := range docs {
		if added[i], err = db.putTx(ctx, tx, st, d); err != nil {
			return nil, fmt.Errorf("put document %.12s: %w", d.ID, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("put documents: commit: %w", err)
	}
	committed = true
	db.wrote.Store(true)
	return added, nil
}

// putTx stores d in tx unless it is there already, and sets its story and
// ingestion time to the stored ones.
func (db *DB) putTx(ctx context.Context, tx *sql.Tx, st *inserts, d *store.Document) (bool, error) {
	var story, ingested string
	err := tx.QueryRowContext(ctx, `SELECT story, ingested FROM documents WHERE id = ?`, d.ID).Scan(&story, &ingested)
	switch {
	case err == nil:
		d.Story = story
		d.Ingested, _ = time.Parse(time.RFC3339Nano, ingested)
		return false, nil
	case !errors.Is(err, sql.ErrNoRows):
		return false, err
	}
	d.Story = db.stories.find(d.Sketch, d.ID)
	d.Ingested = time.Now().UTC()
	rowid, err := insertDoc(ctx, st, d)
	if err != nil {
		return false, err
	}
	db.stories.add(rowid, d)
	if err := insertClaims(ctx, st, d); err != nil {
		return false, err
	}
	return true, nil
}

// inserts are the statements of a put, prepared once per transaction.
type inserts struct {
	doc, docFTS, claim, claimFTS *sql.Stmt
}

func prepareInserts(ctx context.Context, tx *sql.Tx) (*inserts, error) {
	st := &inserts{}
	for _, p := range []struct {
		dst **sql.Stmt
		q   string
	}{
		{&st.doc, `INSERT INTO documents (id, source, content_type, title, byline, outlet, url,
		canonical_url, lang, published, text, raw, sketch, story, ingested, annotations, nclaims)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`},
		{&st.docFTS, `INSERT INTO documents_fts(rowid, title, text) VALUES (?, ?, ?)`},
		{&st.claim, `INSERT INTO claims (id, doc_id, ord, type, quote, sentence, actor, measure,
		what, source_name, source_type, day, json, shape) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`},
		{&st.claimFTS, `INSERT INTO claims_fts(rowid, quote, sentence) VALUES (?, ?, ?)`},
	} {
		s, err := tx.PrepareContext(ctx, p.q)
		if err != nil {
			st.close()
			return nil, fmt.Errorf("prepare: %w", err)
		}
		*p.dst = s
	}
	return st, nil
}

func (st *inserts) close() {
	for _, s := range []*sql.Stmt{st.doc, st.docFTS, st.claim, st.claimFTS} {
		if s != nil {
			s.Close()
		}
	}
}

func insertDoc(ctx context.Context, st *inserts, d *store.Document) (int64, error) {
	ann, err := json.Marshal(annotations{d.Sentences, d.Entities})
	if err != nil {
		return 0, fmt.Errorf("encode annotations: %w", err)
	}
	m := d.Meta
	pub := ""
	if !m.Published.IsZero() {
		pub = m.Published.Format(time.RFC3339)
	}
	raw := d.Raw
	if raw == nil {
		raw = []byte{}
	}
	res, err := st.doc.ExecContext(ctx, d.ID, d.Source, d.ContentType, m.Title, m.Byline, m.Outlet, m.URL, m.CanonicalURL, m.Lang, pub,
		d.Text, raw, int64(d.Sketch), d.Story, d.Ingested.Format(time.RFC3339Nano), string(ann), len(d.Claims))
	if err != nil {
		return 0, fmt.Errorf("insert document: %w", err)
	}
	rowid, err := res.LastInsertId()
	if err != nil {
		return 0, fmt.Errorf("insert document: %w", err)
	}
	if _, err := st.docFTS.ExecContext(ctx, rowid, m.Title, d.Text); err != nil {
		return 0, fmt.Errorf("index document: %w", err)
	}
	return rowid, nil
}

func insertClaims(ctx context.Context, st *inserts, d *store.Document) error {
	for i, c := range d.Claims {
		js, err := encodeClaim(&c)
		if err != nil {
			return fmt.Errorf("encode claim %d: %w", i, err)
		}
		day := news.Deref(c.SaidOn)
		if day == "" {
			day = news.Deref(c.Published)
		}
		res, err := st.claim.ExecContext(ctx, c.ID, d.ID, i, c.Type, c.Quote, c.Sentence, news.Deref(c.Actor),
			news.Deref(c.Measure), news.Deref(c.What), c.Source.Name, c.Source.Type, day, string(js), claimShape)
		if err != nil {
			return fmt.Errorf("insert claim %d: %w", i, err)
		}
		rowid, err := res.LastInsertId()
		if err != nil {
			return fmt.Errorf("insert claim %d: %w", i, err)
		}
		if _, err := st.claimFTS.ExecContext(ctx, rowid, c.Quote, c.Sentence); err != nil {
			return fmt.Errorf("index claim %d: %w", i, err)
		}
	}
	return nil
}
