package ingest

import (
	"context"
	"time"

	"github.com/sitrep/sitrep/internal/store"
)

// Batching: one transaction per document costs more than analysing the
// document, so analysed documents queue for a single writer that stores
// them in batches of up to maxBatch (Ingester.Batch), or whatever is queued after
// batchLinger. The linger is long because a commit to a large store
// rewrites pages all over its indexes, whatever the batch's size; the last
// batch goes as soon as the input ends. A crash loses at most the batch in
// flight, which the next run stores again: every batch is one transaction.
const (
	maxBatch    = 128
	batchLinger = 250 * time.Millisecond
)

// pending is an analysed document on its way to the store.
type pending struct {
	doc     *store.Document
	res     Result
	release func() // ends the document's work claim; nil: none
}

// finished reports a stored (or failed) document and only then ends its
// work claim: another process that takes the claim next must find the
// document stored, not analyse it again.
func (w *writer) finished(p pending) {
	w.report(p.res)
	if p.release != nil {
		p.release()
	}
}

// writer stores pending documents and reports each result once stored.
type writer struct {
	st     store.Store
	batch  int
	in     chan pending
	done   chan struct{}
	report func(Result)
}

func newWriter(ctx context.Context, st store.Store, batch int, report func(Result)) *writer {
	if batch <= 0 {
		batch = maxBatch
	}
	w := &writer{st: st, batch: batch, in: make(chan pending, 2*batch), done: make(chan struct{}), report: report}
	go w.run(ctx)
	return w
}

// close waits until every queued document is stored or has failed.
func (w *writer) close() {
	close(w.in)
	<-w.done
}

func (w *writer) run(ctx context.Context) {
	defer close(w.done)
	batch := make([]pending, 0, w.batch)
	for p := range w.in {
		batch = append(batch[:0], p)
		timer := time.NewTimer(batchLinger)
	fill:
		for len(batch) < w.batch {
			select {
			case p, ok := <-w.in:
				if !ok {
					break fill
				}
				batch = append(batch, p)
			case <-timer.C:
				break fill
			}
		}
		timer.Stop()
		w.flush(ctx, batch)
	}
}

// flush stores a batch and reports its documents. A document the store
// rejects on its own fails alone; a failed transaction fails the batch.
func (w *writer) flush(ctx context.Context, batch []pending) {
	docs := make([]*store.Document, 0, len(batch))
	ok := batch[:0:0]
	for _, p := range batch {
		if err := p.doc.Prepare(); err != nil {
			p.res.Err = err
			w.finished(p)
			continue
		}
		docs = append(docs, p.doc)
		ok = append(ok, p)
	}
	if len(docs) == 0 {
		return
	}
	added, err := w.put(ctx, docs)
	if err != nil && len(docs) > 1 {
		// One document the store cannot take (a claim it cannot encode)
		// must not sink the others: store them one by one.
		for _, p := range ok {
			w.flush(ctx, []pending{p})
		}
		return
	}
	for i, p := range ok {
		if err != nil {
			p.res.Err = err
		} else {
			p.res.Doc, p.res.Story, p.res.Added, p.res.Claims = p.doc.ID, p.doc.Story, added[i], len(p.doc.Claims)
		}
		w.finished(p)
	}
}

func (w *writer) put(ctx context.Context, docs []*store.Document) ([]bool, error) {
	// Documents already analysed are stored even when the run is being
	// interrupted: a batch is quick, and the next run need not redo them.
	ctx = context.WithoutCancel(ctx)
	if bp, ok := w.st.(store.BatchPutter); ok {
		return bp.PutBatch(ctx, docs)
	}
	added := make([]bool, len(docs))
	for i, d := range docs {
		a, err := w.st.Put(ctx, d)
		if err != nil {
			return nil, err
		}
		added[i] = a
	}
	return added, nil
}
