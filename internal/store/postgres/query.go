package postgres

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/sitrep/sitrep/internal/news"
	"github.com/sitrep/sitrep/internal/store"
)

// Has implements store.Store.
func (db *DB) Has(ctx context.Context, id string) (bool, error) {
	var ok bool
	if err := db.pool.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM documents WHERE id = $1)`, id).Scan(&ok); err != nil {
		return false, fmt.Errorf("look up document %.12s: %w", id, err)
	}
	return ok, nil
}

const docColumns = `d.id, d.source, d.content_type, d.title, d.byline, d.outlet, d.url, d.canonical_url, d.lang,
	d.published, d.sketch, d.story, d.ingested, d.nclaims`

func scanDoc(sc pgx.Row, d *store.Document, extra ...any) error {
	var pub string
	var sketch int64
	m := &d.Meta
	dest := append([]any{&d.ID, &d.Source, &d.ContentType, &m.Title, &m.Byline, &m.Outlet, &m.URL,
		&m.CanonicalURL, &m.Lang, &pub, &sketch, &d.Story, &d.Ingested, &d.NumClaims}, extra...)
	if err := sc.Scan(dest...); err != nil {
		return err
	}
	d.Sketch = uint64(sketch)
	d.Ingested = d.Ingested.UTC()
	if pub != "" {
		m.Published, _ = time.Parse(time.RFC3339, pub)
	}
	return nil
}

// prefixRange turns an id prefix into the bounds of a range scan on the
// primary key: ids are lowercase hex, so the prefix followed by the highest
// code point bounds every id that starts with it.
func prefixRange(id string) (lo, hi string) {
	id = strings.ToLower(id)
	return id, id + "\U0010FFFF"
}

// Document implements store.Store.
func (db *DB) Document(ctx context.Context, id string) (*store.Document, error) {
	id = clean(strings.ToLower(strings.TrimSpace(id)))
	if len(id) < 4 {
		return nil, fmt.Errorf("document %q: id prefix shorter than 4 characters: %w", id, store.ErrInvalid)
	}
	lo, hi := prefixRange(id)
	// COLLATE "C": byte order, so the range is a prefix in any database locale.
	rows, err := db.pool.Query(ctx, `SELECT `+docColumns+`, d.text, d.text_bytes, d.raw, d.annotations::text
		FROM documents d WHERE d.id COLLATE "C" >= $1 AND d.id COLLATE "C" < $2 ORDER BY d.id COLLATE "C" LIMIT 2`, lo, hi)
	if err != nil {
		return nil, fmt.Errorf("document %s: %w", id, err)
	}
	defer rows.Close()
	var found []*store.Document
	for rows.Next() {
		d := new(store.Document)
		var ann string
		var textBytes []byte
		if err := scanDoc(rows, d, &d.Text, &textBytes, &d.Raw, &ann); err != nil {
			return nil, fmt.Errorf("document %s: %w", id, err)
		}
		if textBytes != nil {
			d.Text = string(textBytes)
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
	if f.Limit < 0 || f.Offset < 0 {
		return nil, fmt.Errorf("list documents: negative limit or offset: %w", store.ErrInvalid)
	}
	q := `SELECT ` + docColumns + ` FROM documents d WHERE true`
	var args []any
	if f.Story != "" {
		args = append(args, clean(f.Story))
		q += ` AND d.story = $` + strconv.Itoa(len(args))
	}
	if strings.TrimSpace(f.Text) != "" {
		args = append(args, clean(f.Text))
		q += ` AND ` + textMatch("d", len(args))
	}
	q += ` ORDER BY d.seq` + limit(f.Limit, f.Offset)
	rows, err := db.pool.Query(ctx, q, args...)
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
	where, args := claimWhere(f)
	q := `SELECT c.json::text FROM claims c`
	if withDoc {
		q = `SELECT c.json::text, d.outlet, d.published, d.story, d.url FROM claims c JOIN documents d ON d.id = c.doc_id`
	}
	q += where + ` ORDER BY c.doc_seq, c.ord` + limit(f.Limit, f.Offset)
	rows, err := db.pool.Query(ctx, q, args...)
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

// claimWhere turns a filter into a WHERE clause with $n parameters. String
// filters ignore case as the SQLite store's NOCASE columns do.
func claimWhere(f store.ClaimFilter) (string, []any) {
	var conds []string
	var args []any
	arg := func(v string) string {
		args = append(args, clean(v))
		return "$" + strconv.Itoa(len(args))
	}
	if f.Doc != "" {
		lo, hi := prefixRange(f.Doc)
		conds = append(conds, `c.doc_id COLLATE "C" >= `+arg(lo)+` AND c.doc_id COLLATE "C" < `+arg(hi))
	}
	if f.Type != "" {
		conds = append(conds, `c.type = `+arg(f.Type))
	}
	if f.Source != "" {
		conds = append(conds, `(c.source_name ILIKE `+arg("%"+likeEscape(f.Source)+"%")+` ESCAPE '\'`+
			` OR lower(c.source_type) = lower(`+arg(f.Source)+`))`)
	}
	if f.Actor != "" {
		conds = append(conds, `lower(c.actor) = lower(`+arg(f.Actor)+`)`)
	}
	if f.Measure != "" {
		conds = append(conds, `lower(c.measure) = lower(`+arg(f.Measure)+`)`)
	}
	if f.What != "" {
		conds = append(conds, `lower(c.what) = lower(`+arg(f.What)+`)`)
	}
	if f.Since != "" {
		conds = append(conds, `c.day COLLATE "C" >= `+arg(f.Since))
	}
	if f.Until != "" {
		conds = append(conds, `c.day <> '' AND c.day COLLATE "C" <= `+arg(f.Until))
	}
	if strings.TrimSpace(f.Text) != "" {
		arg(f.Text)
		conds = append(conds, textMatch("c", len(args)))
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

func limit(n, off int) string {
	switch {
	case n > 0:
		return fmt.Sprintf(" LIMIT %d OFFSET %d", n, off)
	case off > 0:
		return fmt.Sprintf(" OFFSET %d", off)
	}
	return ""
}
