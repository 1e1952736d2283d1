package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/sitrep/sitrep/internal/news"
	"github.com/sitrep/sitrep/internal/simhash"
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
	st, err := prepareInserts(ctx, tx)
	if err != nil {
		return nil, fmt.Errorf("put documents: %w", err)
	}
	defer st.close()
	added := make([]bool, len(docs))
	for i, d := range docs {
		if added[i], err = putTx(ctx, tx, st, d); err != nil {
			return nil, fmt.Errorf("put document %.12s: %w", d.ID, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("put documents: commit: %w", err)
	}
	return added, nil
}

// putTx stores d in tx unless it is there already, and sets its story and
// ingestion time to the stored ones.
func putTx(ctx context.Context, tx *sql.Tx, st *inserts, d *store.Document) (bool, error) {
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
	if d.Story, err = findStory(ctx, tx, d); err != nil {
		return false, fmt.Errorf("find story: %w", err)
	}
	d.Ingested = time.Now().UTC()
	if err := insertDoc(ctx, st, d); err != nil {
		return false, err
	}
	if err := insertClaims(ctx, st, d); err != nil {
		return false, err
	}
	return true, nil
}

// inserts are the statements of a put, prepared once per transaction.
type inserts struct {
	doc, docFTS, band, claim, claimFTS *sql.Stmt
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
		{&st.band, `INSERT INTO sketch_bands(band, value, doc_id) VALUES (?, ?, ?)`},
		{&st.claim, `INSERT INTO claims (id, doc_id, ord, type, quote, sentence, actor, measure,
		what, source_name, source_type, day, json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`},
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
	for _, s := range []*sql.Stmt{st.doc, st.docFTS, st.band, st.claim, st.claimFTS} {
		if s != nil {
			s.Close()
		}
	}
}

// findStory returns the story of the earliest stored document near d, else d.ID.
func findStory(ctx context.Context, tx *sql.Tx, d *store.Document) (string, error) {
	bands := simhash.BandValues(d.Sketch)
	q := `SELECT d.sketch, d.story FROM sketch_bands b JOIN documents d ON d.id = b.doc_id WHERE `
	args := make([]any, 0, 2*len(bands))
	for i, v := range bands {
		if i > 0 {
			q += " OR "
		}
		q += "(b.band = ? AND b.value = ?)"
		args = append(args, i, v)
	}
	q += " ORDER BY d.rowid"
	rows, err := tx.QueryContext(ctx, q, args...)
	if err != nil {
		return "", err
	}
	defer rows.Close()
	for rows.Next() {
		var sk int64
		var story string
		if err := rows.Scan(&sk, &story); err != nil {
			return "", err
		}
		if simhash.Near(uint64(sk), d.Sketch) {
			return story, nil
		}
	}
	if err := rows.Err(); err != nil {
		return "", err
	}
	return d.ID, nil
}

func insertDoc(ctx context.Context, st *inserts, d *store.Document) error {
	ann, err := json.Marshal(annotations{d.Sentences, d.Entities})
	if err != nil {
		return fmt.Errorf("encode annotations: %w", err)
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
		return fmt.Errorf("insert document: %w", err)
	}
	rowid, err := res.LastInsertId()
	if err != nil {
		return fmt.Errorf("insert document: %w", err)
	}
	if _, err := st.docFTS.ExecContext(ctx, rowid, m.Title, d.Text); err != nil {
		return fmt.Errorf("index document: %w", err)
	}
	for i, v := range simhash.BandValues(d.Sketch) {
		if _, err := st.band.ExecContext(ctx, i, v, d.ID); err != nil {
			return fmt.Errorf("insert sketch: %w", err)
		}
	}
	return nil
}

func insertClaims(ctx context.Context, st *inserts, d *store.Document) error {
	for i, c := range d.Claims {
		js, err := json.Marshal(c)
		if err != nil {
			return fmt.Errorf("encode claim %d: %w", i, err)
		}
		day := news.Deref(c.SaidOn)
		if day == "" {
			day = news.Deref(c.Published)
		}
		res, err := st.claim.ExecContext(ctx, c.ID, d.ID, i, c.Type, c.Quote, c.Sentence, news.Deref(c.Actor),
			news.Deref(c.Measure), news.Deref(c.What), c.Source.Name, c.Source.Type, day, string(js))
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
