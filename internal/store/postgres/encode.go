package postgres

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/sitrep/sitrep/internal/news"
	"github.com/sitrep/sitrep/internal/store"
)

// annotations are the spans kept with a document besides its claims.
type annotations struct {
	Sentences []news.Sentence `json:"sentences"`
	Entities  []news.Entity   `json:"entities"`
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

// queueInsert queues the document's INSERT. Writers hold the write lock, so
// the document cannot have been stored since the read batch looked.
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
		$19::regconfig, setweight(to_tsvector($19::regconfig, $4), 'A') || to_tsvector($19::regconfig, $11))`,
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
