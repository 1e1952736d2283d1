package sqlite

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/sitrep/sitrep/internal/news"
	"github.com/sitrep/sitrep/internal/store"
)

// Has implements store.Store.
func (db *DB) Has(ctx context.Context, id string) (bool, error) {
	var n int
	if err := db.r.QueryRowContext(ctx, `SELECT count(*) FROM documents WHERE id = ?`, id).Scan(&n); err != nil {
		return false, fmt.Errorf("look up document %.12s: %w", id, err)
	}
	return n > 0, nil
}

const docColumns = `id, source, content_type, title, byline, outlet, url, canonical_url, lang, published,
	sketch, story, ingested, nclaims`

func scanDoc(sc interface{ Scan(...any) error }, d *store.Document, extra ...any) error {
	var pub, ingested string
	var sketch int64
	m := &d.Meta
	dest := append([]any{&d.ID, &d.Source, &d.ContentType, &m.Title, &m.Byline, &m.Outlet, &m.URL,
		&m.CanonicalURL, &m.Lang, &pub, &sketch, &d.Story, &ingested, &d.NumClaims}, extra...)
	if err := sc.Scan(dest...); err != nil {
		return err
	}
	d.Sketch = uint64(sketch)
	if pub != "" {
		m.Published, _ = time.Parse(time.RFC3339, pub)
	}
	d.Ingested, _ = time.Parse(time.RFC3339Nano, ingested)
	return nil
}

// Document implements store.Store.
func (db *DB) Document(ctx context.Context, id string) (*store.Document, error) {
	id = strings.ToLower(strings.TrimSpace(id))
	if len(id) < 4 {
		return nil, fmt.Errorf("document %q: id prefix shorter than 4 characters: %w", id, store.ErrInvalid)
	}
	rows, err := db.r.QueryContext(ctx, `SELECT `+docColumns+`, text, raw, annotations FROM documents
		WHERE id >= ? AND id < ? ORDER BY id LIMIT 2`, id, id+"\U0010FFFF")
	if err != nil {
		return nil, fmt.Errorf("document %s: %w", id, err)
	}
	defer rows.Close()
	var found []*store.Document
	for rows.Next() {
		d := new(store.Document)
		var ann string
		if err := scanDoc(rows, d, &d.Text, &d.Raw, &ann); err != nil {
			return nil, fmt.Errorf("document %s: %w", id, err)
		}
		var a annotations
		if err := json.Unmarshal([]byte(ann), &a); err != nil {
			return nil, fmt.Errorf("document %s: decode annotations: %w", id, err)
		}
		d.Sentences, d.Entities = a.Sentences, a.Entities
		found = append(found, d)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("document %s: %w", id, err)
	}
	switch {
	case len(found) == 0:
		return nil, fmt.Errorf("document %s: %w", id, store.ErrNotFound)
	case len(found) > 1 && found[0].ID != id:
		return nil, fmt.Errorf("document %s: %w", id, store.ErrAmbiguous)
	}
	d := found[0]
	d.Claims, err = db.Claims(ctx, store.ClaimFilter{Doc: d.ID})
	if err != nil {
		return nil, fmt.Errorf("document %s: %w", id, err)
	}
	return d, nil
}

// Documents implements store.Store.
func (db *DB) Documents(ctx context.Context, f store.DocFilter) ([]store.Document, error) {
	q := `SELECT ` + docColumns + ` FROM documents WHERE 1=1`
	var args []any
	if f.Story != "" {
		q += ` AND story = ?`
		args = append(args, f.Story)
	}
	if strings.TrimSpace(f.Text) != "" {
		q += ` AND rowid IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)`
		args = append(args, ftsQuery(f.Text))
	}
	q += ` ORDER BY rowid` + limit(f.Limit, f.Offset)
	rows, err := db.r.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("list documents: %w", err)
	}
	defer rows.Close()
	out := []store.Document{}
	for rows.Next() {
		var d store.Document
		if err := scanDoc(rows, &d); err != nil {
			return nil, fmt.Errorf("list documents: %w", err)
		}
		out = append(out, d)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list documents: %w", err)
	}
	return out, nil
}

// Claims implements store.Store.
func (db *DB) Claims(ctx context.Context, f store.ClaimFilter) ([]news.Claim, error) {
	dcs, err := db.query(ctx, f, false)
	if err != nil {
		return nil, err
	}
	out := make([]news.Claim, len(dcs))
	for i := range dcs {
		out[i] = dcs[i].Claim
	}
	return out, nil
}

// DocClaims implements store.Store.
func (db *DB) DocClaims(ctx context.Context, f store.ClaimFilter) ([]store.DocClaim, error) {
	return db.query(ctx, f, true)
}

func (db *DB) query(ctx context.Context, f store.ClaimFilter, withDoc bool) ([]store.DocClaim, error) {
	if err := f.Validate(); err != nil {
		return nil, fmt.Errorf("query claims: %w", err)
	}
	cols := `c.json`
	if withDoc {
		cols = `c.json, d.outlet, d.published, d.story, d.url`
	}
	q, args := claimQuery(f, cols, withDoc)
	rows, err := db.r.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("query claims: %w", err)
	}
	defer rows.Close()
	out := []store.DocClaim{}
	for rows.Next() {
		var dc store.DocClaim
		var js, pub string
		dest := []any{&js}
		if withDoc {
			dest = append(dest, &dc.Outlet, &pub, &dc.Story, &dc.URL)
		}
		if err := rows.Scan(dest...); err != nil {
			return nil, fmt.Errorf("query claims: %w", err)
		}
		if err := json.Unmarshal([]byte(js), &dc.Claim); err != nil {
			return nil, fmt.Errorf("query claims: decode claim: %w", err)
		}
		if pub != "" {
			dc.Published, _ = time.Parse(time.RFC3339, pub)
		}
		out = append(out, dc)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("query claims: %w", err)
	}
	return out, nil
}

// claimQuery is the SELECT of cols for the claims matching f, in storing
// order, with the documents joined as d when withDoc is set.
func claimQuery(f store.ClaimFilter, cols string, withDoc bool) (string, []any) {
	where, args := claimWhere(f)
	from, order := ` FROM claims c`, ` ORDER BY c.rowid`
	if strings.TrimSpace(f.Text) != "" {
		// The full-text index drives the query: it yields its matches in
		// rowid order, so a limit stops it early, where an IN (subquery)
		// would first collect every match.
		from, order = ` FROM claims_fts JOIN claims c ON c.rowid = claims_fts.rowid`, ` ORDER BY claims_fts.rowid`
	}
	if withDoc {
		from += ` JOIN documents d ON d.id = c.doc_id`
	}
	return `SELECT ` + cols + from + where + order + limit(f.Limit, f.Offset), args
}

// claimWhere turns a filter into a WHERE clause over claims c, with
// claims_fts joined when f.Text is set; rowids are in storing order, so
// ordering by them keeps documents together and claims in text order.
func claimWhere(f store.ClaimFilter) (string, []any) {
	var conds []string
	var args []any
	add := func(cond string, a ...any) {
		conds = append(conds, cond)
		args = append(args, a...)
	}
	if f.Doc != "" {
		id := strings.ToLower(f.Doc)
		add(`c.doc_id >= ? AND c.doc_id < ?`, id, id+"\U0010FFFF")
	}
	if f.Type != "" {
		add(`c.type = ?`, f.Type)
	}
	if f.Source != "" {
		add(`(c.source_name LIKE ? ESCAPE '\' OR c.source_type = ?)`, "%"+likeEscape(f.Source)+"%", f.Source)
	}
	if f.Actor != "" {
		add(`c.actor = ?`, f.Actor)
	}
	if f.Measure != "" {
		add(`c.measure = ?`, f.Measure)
	}
	if f.What != "" {
		add(`c.what = ?`, f.What)
	}
	if f.Since != "" {
		add(`c.day >= ?`, f.Since)
	}
	if f.Until != "" {
		add(`c.day <> '' AND c.day <= ?`, f.Until)
	}
	if strings.TrimSpace(f.Text) != "" {
		add(`claims_fts MATCH ?`, ftsQuery(f.Text))
	}
	if len(conds) == 0 {
		return "", nil
	}
	return " WHERE " + strings.Join(conds, " AND "), args
}

func likeEscape(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)
	return r.Replace(s)
}

// ftsQuery turns words into an FTS5 query in which every word must occur:
// each word is quoted, so no user text is read as query syntax.
func ftsQuery(s string) string {
	var parts []string
	for _, w := range strings.Fields(s) {
		parts = append(parts, `"`+strings.ReplaceAll(w, `"`, `""`)+`"`)
	}
	if len(parts) == 0 {
		return `""`
	}
	return strings.Join(parts, " ")
}

func limit(n, off int) string {
	switch {
	case n > 0:
		return fmt.Sprintf(" LIMIT %d OFFSET %d", n, off)
	case off > 0:
		return fmt.Sprintf(" LIMIT -1 OFFSET %d", off)
	}
	return ""
}
