package postgres

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/sitrep/sitrep/internal/simhash"
	"github.com/sitrep/sitrep/internal/store"
)

var _ store.BatchPutter = (*DB)(nil)

// writeLock is the advisory lock key pair every writing transaction holds
// ("stor", 0). One writer at a time decides stories as SQLite's single
// writer does: a document's near duplicate stored by another process a
// moment earlier is seen, and the story is always the earliest document's.
// Writes are batched (PutBatch), so holding it costs little, and with a
// single lock writers cannot deadlock.
const writeLock int32 = 0x73746f72

// testHookMidTx, when set (by tests only), runs inside putOnce's open
// transaction, between its two batches: a test kills the process there.
var testHookMidTx func()

// Put implements store.Store.
func (db *DB) Put(ctx context.Context, d *store.Document) (bool, error) {
	added, err := db.PutBatch(ctx, []*store.Document{d})
	if err != nil {
		return false, err
	}
	return added[0], nil
}

// PutBatch implements store.BatchPutter: docs in order, in one transaction.
func (db *DB) PutBatch(ctx context.Context, docs []*store.Document) ([]bool, error) {
	if len(docs) == 0 {
		return []bool{}, nil
	}
	what := fmt.Sprintf("put document %.12s", docs[0].ID)
	if len(docs) > 1 {
		what = fmt.Sprintf("put %d documents", len(docs))
	}
	rows := make([]*docRow, len(docs))
	for i, d := range docs {
		if err := d.Prepare(); err != nil {
			return nil, fmt.Errorf("%s: %w", what, err)
		}
		r, err := newDocRow(d)
		if err != nil {
			return nil, fmt.Errorf("%s: document %.12s: %w", what, d.ID, err)
		}
		rows[i] = r
	}
	// A busy ingester puts documents it already holds (to learn their
	// story): answer those without a write transaction or the lock.
	known, err := storedMeta(ctx, db.pool, rows)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	if len(known) == len(rows) {
		p := plan(rows, known, nil, time.Time{})
		return p.apply(rows), nil
	}
	b := newBackoff(20*time.Millisecond, 2*time.Second)
	for attempt := 1; ; attempt++ {
		var p *putPlan
		p, err = db.putOnce(ctx, rows)
		if err == nil {
			return p.apply(rows), nil
		}
		if !transient(err) || attempt == maxAttempts || b.sleep(ctx) != nil {
			return nil, fmt.Errorf("%s: %w", what, err)
		}
	}
}

// meta is what a stored document tells a writer about itself.
type meta struct {
	story    string
	ingested time.Time
}

func storedMeta(ctx context.Context, q interface {
	Query(context.Context, string, ...any) (pgx.Rows, error)
}, rows []*docRow) (map[string]meta, error) {
	ids := make([]string, len(rows))
	for i, r := range rows {
		ids[i] = r.d.ID
	}
	res, err := q.Query(ctx, `SELECT id, story, ingested FROM documents WHERE id = ANY($1)`, ids)
	if err != nil {
		return nil, err
	}
	known := map[string]meta{}
	var id string
	var m meta
	_, err = pgx.ForEachRow(res, []any{&id, &m.story, &m.ingested}, func() error {
		m.ingested = m.ingested.UTC()
		known[id] = m
		return nil
	})
	return known, err
}

// putOnce stores the documents in one transaction sent as two pipelined
// batches, so a write costs two round trips to the server whatever the
// number of documents: the first opens the transaction, takes the write lock
// and reads what is stored and which stored documents are near the new
// ones; the second writes the documents, their bands and claims and
// commits. Any failure rolls everything back.
func (db *DB) putOnce(ctx context.Context, rows []*docRow) (*putPlan, error) {
	conn, err := db.pool.Acquire(ctx)
	if err != nil {
		return nil, err
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

	var known map[string]meta
	near := map[int]string{}
	var read pgx.Batch
	read.Queue(`BEGIN`)
	read.Queue(`SELECT pg_advisory_xact_lock($1, 0)`, writeLock)
	ids := make([]string, len(rows))
	var idx []int32
	var bands []int16
	var values, sketches []int64
	for i, r := range rows {
		ids[i] = r.d.ID
		for b, v := range simhash.BandValues(r.d.Sketch) {
			idx = append(idx, int32(i))
			bands = append(bands, int16(b))
			values = append(values, v)
			sketches = append(sketches, int64(r.d.Sketch))
		}
	}
	read.Queue(`SELECT id, story, ingested FROM documents WHERE id = ANY($1)`, ids).Query(func(res pgx.Rows) error {
		known = map[string]meta{}
		var id string
		var m meta
		_, err := pgx.ForEachRow(res, []any{&id, &m.story, &m.ingested}, func() error {
			m.ingested = m.ingested.UTC()
			known[id] = m
			return nil
		})
		return err
	})
	// For each new document, the story of the earliest stored document
	// within simhash.MaxDistance bits, found through a shared band value.
	read.Queue(`SELECT DISTINCT ON (u.i) u.i, d.story
		FROM unnest($1::int[], $2::smallint[], $3::bigint[], $4::bigint[]) AS u(i, band, value, sketch)
		JOIN sketch_bands b ON b.band = u.band AND b.value = u.value
		JOIN documents d ON d.id = b.doc_id
		WHERE bit_count((d.sketch # u.sketch)::bit(64)) <= $5
		ORDER BY u.i, d.seq`, idx, bands, values, sketches, simhash.MaxDistance).Query(func(res pgx.Rows) error {
		var i int32
		var story string
		_, err := pgx.ForEachRow(res, []any{&i, &story}, func() error {
			near[int(i)] = story
			return nil
		})
		return err
	})
	if err := conn.SendBatch(ctx, &read).Close(); err != nil {
		return nil, err
	}
	p := plan(rows, known, near, time.Now().UTC().Truncate(time.Microsecond))
	if !slices.Contains(p.added, true) {
		return p, nil
	}
	if testHookMidTx != nil {
		testHookMidTx()
	}

	var write pgx.Batch
	var bandDocs []string
	bands, values = bands[:0], values[:0]
	for i, r := range rows {
		if !p.added[i] {
			continue
		}
		r.queueInsert(&write, p.stories[i], p.ingested[i])
		r.queueClaims(&write)
		for b, v := range simhash.BandValues(r.d.Sketch) {
			bandDocs = append(bandDocs, r.d.ID)
			bands = append(bands, int16(b))
			values = append(values, v)
		}
	}
	write.Queue(`INSERT INTO sketch_bands (band, value, doc_id)
		SELECT * FROM unnest($1::smallint[], $2::bigint[], $3::text[])`, bands, values, bandDocs)
	write.Queue(`COMMIT`)
	if err := conn.SendBatch(ctx, &write).Close(); err != nil {
		return nil, err
	}
	committed = true
	return p, nil
}

// putPlan is what a batch does with each of its documents.
type putPlan struct {
	added    []bool
	stories  []string
	ingested []time.Time
}

// plan decides, in batch order, which documents are new and their stories:
// a stored document keeps its own; a repeat within the batch is the earlier
// copy's; a new one joins the earliest near document, stored (near) before
// earlier in the batch, else starts its own story.
func plan(rows []*docRow, known map[string]meta, near map[int]string, now time.Time) *putPlan {
	p := &putPlan{
		added:    make([]bool, len(rows)),
		stories:  make([]string, len(rows)),
		ingested: make([]time.Time, len(rows)),
	}
	first := map[string]int{} // id -> index of its first new copy in the batch
	for i, r := range rows {
		d := r.d
		if m, ok := known[d.ID]; ok {
			p.stories[i], p.ingested[i] = m.story, m.ingested
			continue
		}
		if j, ok := first[d.ID]; ok {
			p.stories[i], p.ingested[i] = p.stories[j], p.ingested[j]
			continue
		}
		first[d.ID] = i
		p.added[i], p.ingested[i] = true, now
		p.stories[i] = d.ID
		if s, ok := near[i]; ok {
			p.stories[i] = s
			continue
		}
		for j := range i {
			if p.added[j] && simhash.Near(rows[j].d.Sketch, d.Sketch) {
				p.stories[i] = p.stories[j]
				break
			}
		}
	}
	return p
}

// apply sets each document's story and ingested time and returns which were
// added.
func (p *putPlan) apply(rows []*docRow) []bool {
	for i, r := range rows {
		r.d.Story, r.d.Ingested = p.stories[i], p.ingested[i]
	}
	return p.added
}
