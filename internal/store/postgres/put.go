package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/sitrep/sitrep/internal/news"
	"github.com/sitrep/sitrep/internal/simhash"
	"github.com/sitrep/sitrep/internal/store"
)

// annotations are the spans kept with a document besides its claims.
type annotations struct {
	Sentences []news.Sentence `json:"sentences"`
	Entities  []news.Entity   `json:"entities"`
}

// bandLock is the first key of the transaction-level advisory locks a writer
// takes on its sketch's band values (the second key is band<<16|value). Near
// duplicates share a band value, so a writer waits for any near duplicate
// being stored at the same moment and then sees it: the story is then the
// earliest document's, as with one writer at a time. Locks are taken in band
// order, so two writers cannot deadlock on them.
const bandLock int32 = 0x73746f72 // "stor"

// testHookMidTx, when set (by tests only), runs inside putOnce's open
// transaction, between its two batches: a test kills the process there.
var testHookMidTx func()

// querier is what both the pool and a transaction offer.
type querier interface {
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
}

// Put implements store.Store.
func (db *DB) Put(ctx context.Context, d *store.Document) (bool, error) {
	if err := d.Prepare(); err != nil {
		return false, fmt.Errorf("put document: %w", err)
	}
	// Most documents a busy ingester sees again are already stored: answer
	// those without a write transaction or locks.
	if found, err := stored(ctx, db.pool, d); err != nil || found {
		if err != nil {
			return false, fmt.Errorf("put document %.12s: %w", d.ID, err)
		}
		return false, nil
	}
	row, err := newDocRow(d)
	if err != nil {
		return false, fmt.Errorf("put document %.12s: %w", d.ID, err)
	}
	added, story, ingested, err := db.putRetrying(ctx, row)
	var pe *pgconn.PgError
	if errors.As(err, &pe) && pe.Code == "23505" && pe.TableName == "documents" {
		found, serr := stored(ctx, db.pool, d)
		if serr != nil {
			return false, fmt.Errorf("put document %.12s: %w", d.ID, serr)
		}
		if found {
			return false, nil
		}
	}
	if err != nil {
		return false, fmt.Errorf("put document %.12s: %w", d.ID, err)
	}
	d.Story, d.Ingested = story, ingested
	return added, nil
}

// putRetrying runs putOnce until it succeeds, fails for good, or has failed
// transiently maxAttempts times.
func (db *DB) putRetrying(ctx context.Context, row *docRow) (added bool, story string, ingested time.Time, err error) {
	b := newBackoff(20*time.Millisecond, 2*time.Second)
	for attempt := 1; ; attempt++ {
		added, story, ingested, err = db.putOnce(ctx, row)
		if err == nil || !transient(err) || attempt == maxAttempts {
			return added, story, ingested, err
		}
		if b.sleep(ctx) != nil {
			return added, story, ingested, err
		}
	}
}

// putOnce stores a document in one transaction sent as two pipelined
// batches, so a write costs two round trips to the server: the first opens
// the transaction, takes the band locks and reads what the story depends on;
// the second writes the document, its bands and claims and commits. Any
// failure rolls everything back.
func (db *DB) putOnce(ctx context.Context, row *docRow) (added bool, story string, ingested time.Time, err error) {
	d := row.d
	conn, err := db.pool.Acquire(ctx)
	if err != nil {
		return false, "", time.Time{}, err
	}
	defer conn.Release()
	committed := false
	defer func() {
		if !committed {
			// Ends the transaction if one is open; a broken connection is
			// dropped by Release instead.
			conn.Exec(context.WithoutCancel(ctx), `ROLLBACK`)
		}
	}()

	var read pgx.Batch
	read.Queue(`BEGIN`)
	for i, v := range simhash.BandValues(d.Sketch) {
		read.Queue(`SELECT pg_advisory_xact_lock($1, $2)`, bandLock, int32(i)<<16|int32(v&0xffff))
	}
	found := false
	read.Queue(`SELECT story, ingested FROM documents WHERE id = $1`, d.ID).Query(func(rows pgx.Rows) error {
		for rows.Next() {
			found = true
			if err := rows.Scan(&story, &ingested); err != nil {
				return err
			}
		}
		return rows.Err()
	})
	story = d.ID
	storyFound := false
	idx, vals := bandArrays(d.Sketch)
	read.Queue(`SELECT d.sketch, d.story FROM documents d
		WHERE d.id IN (SELECT b.doc_id FROM sketch_bands b
			JOIN unnest($1::smallint[], $2::bigint[]) AS u(band, value) ON b.band = u.band AND b.value = u.value)
		ORDER BY d.seq`, idx, vals).Query(func(rows pgx.Rows) error {
		for rows.Next() {
			var sk int64
			var s string
			if err := rows.Scan(&sk, &s); err != nil {
				return err
			}
			if !found && !storyFound && simhash.Near(uint64(sk), d.Sketch) {
				story, storyFound = s, true
			}
		}
		return rows.Err()
	})
	if err := conn.SendBatch(ctx, &read).Close(); err != nil {
		return false, "", time.Time{}, err
	}
	if found {
		return false, story, ingested.UTC(), nil
	}
	if testHookMidTx != nil {
		testHookMidTx()
	}

	ingested = time.Now().UTC().Truncate(time.Microsecond)
	var write pgx.Batch
	row.queueInsert(&write, story, ingested)
	write.Queue(`INSERT INTO sketch_bands (band, value, doc_id)
		SELECT band, value, $3 FROM unnest($1::smallint[], $2::bigint[]) AS u(band, value)`, idx, vals, d.ID)
	row.queueClaims(&write)
	write.Queue(`COMMIT`)
	if err := conn.SendBatch(ctx, &write).Close(); err != nil {
		return false, "", time.Time{}, err
	}
	committed = true
	return true, story, ingested, nil
}

func bandArrays(sketch uint64) ([]int16, []int64) {
	bands := simhash.BandValues(sketch)
	idx := make([]int16, len(bands))
	vals := make([]int64, len(bands))
	for i, v := range bands {
		idx[i], vals[i] = int16(i), v
	}
	return idx, vals
}

// stored reports whether d is stored, and if so sets its story and ingested
// time to the stored ones.
func stored(ctx context.Context, q querier, d *store.Document) (bool, error) {
	story, ingested, err := storedMeta(ctx, q, d.ID)
	switch {
	case errors.Is(err, pgx.ErrNoRows):
		return false, nil
	case err != nil:
		return false, err
	}
	d.Story, d.Ingested = story, ingested
	return true, nil
}

func storedMeta(ctx context.Context, q querier, id string) (story string, ingested time.Time, err error) {
	err = q.QueryRow(ctx, `SELECT story, ingested FROM documents WHERE id = $1`, id).Scan(&story, &ingested)
	return story, ingested.UTC(), err
}

// docRow is a document encoded for its INSERT, built before the transaction
// so that a retried transaction does not encode it again.
type docRow struct {
	d           *store.Document
	text        string
	textBytes   []byte // nil unless text had to be cleaned
	published   string
	annotations string
	tsconfig    string
	claims      claimRows
}

// claimRows are the claims as columns, for one INSERT over unnest().
type claimRows struct {
	ord                                                          []int32
	id, typ, quote, sentence, actor, measure, what, sname, stype []string
	day, json                                                    []string
}

func newDocRow(d *store.Document) (*docRow, error) {
	ann, err := json.Marshal(annotations{d.Sentences, d.Entities})
	if err != nil {
		return nil, fmt.Errorf("encode annotations: %w", err)
	}
	r := &docRow{d: d, annotations: string(ann), tsconfig: tsconfig(d.Meta.Lang)}
	var changed bool
	if r.text, changed = pgText(d.Text); changed {
		r.textBytes = []byte(d.Text)
	}
	if !d.Meta.Published.IsZero() {
		r.published = d.Meta.Published.Format(time.RFC3339)
	}
	c := &r.claims
	for i, cl := range d.Claims {
		js, err := json.Marshal(cl)
		if err != nil {
			return nil, fmt.Errorf("encode claim %d: %w", i, err)
		}
		day := news.Deref(cl.SaidOn)
		if day == "" {
			day = news.Deref(cl.Published)
		}
		c.ord = append(c.ord, int32(i))
		c.id = append(c.id, cl.ID)
		c.typ = append(c.typ, clean(cl.Type))
		c.quote = append(c.quote, clean(cl.Quote))
		c.sentence = append(c.sentence, clean(cl.Sentence))
		c.actor = append(c.actor, clean(news.Deref(cl.Actor)))
		c.measure = append(c.measure, clean(news.Deref(cl.Measure)))
		c.what = append(c.what, clean(news.Deref(cl.What)))
		c.sname = append(c.sname, clean(cl.Source.Name))
		c.stype = append(c.stype, clean(cl.Source.Type))
		c.day = append(c.day, clean(day))
		c.json = append(c.json, string(js))
	}
	return r, nil
}

// queueInsert queues the document's INSERT. Writers of one text share every
// band lock, so the document cannot have been stored since the read batch
// looked; were it all the same, the primary key fails the transaction and Put
// reports the stored document.
func (r *docRow) queueInsert(b *pgx.Batch, story string, ingested time.Time) {
	d, m := r.d, r.d.Meta
	raw := d.Raw
	if raw == nil {
		raw = []byte{}
	}
	b.Queue(`INSERT INTO documents (id, source, content_type, title, byline, outlet, url,
		canonical_url, lang, published, text, text_bytes, raw, sketch, story, ingested, annotations, nclaims,
		tsconfig, fts)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17::json, $18,
		$19::regconfig, setweight(to_tsvector($19::regconfig, $4), 'A') || to_tsvector($19::regconfig, $11))
`,
		d.ID, clean(d.Source), clean(d.ContentType), clean(m.Title), clean(m.Byline), clean(m.Outlet), clean(m.URL),
		clean(m.CanonicalURL), clean(m.Lang), r.published, r.text, r.textBytes, raw, int64(d.Sketch), story,
		ingested, r.annotations, len(d.Claims), r.tsconfig)
}

func (r *docRow) queueClaims(b *pgx.Batch) {
	c := &r.claims
	if len(c.ord) == 0 {
		return
	}
	b.Queue(`INSERT INTO claims (doc_seq, doc_id, tsconfig, ord, id, type, quote, sentence,
		actor, measure, what, source_name, source_type, day, json, fts)
		SELECT (SELECT seq FROM documents WHERE id = $1), $1, $2::regconfig, u.ord, u.id, u.type, u.quote,
			u.sentence, u.actor, u.measure, u.what, u.sname, u.stype, u.day, u.json::json,
			to_tsvector($2::regconfig, u.quote || ' ' || u.sentence)
		FROM unnest($3::int[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[],
			$10::text[], $11::text[], $12::text[], $13::text[], $14::text[])
			AS u(ord, id, type, quote, sentence, actor, measure, what, sname, stype, day, json)`,
		r.d.ID, r.tsconfig, c.ord, c.id, c.typ, c.quote, c.sentence, c.actor, c.measure, c.what,
		c.sname, c.stype, c.day, c.json)
}
