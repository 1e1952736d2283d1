package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"sync"

	"github.com/sitrep/sitrep/internal/news"
	"github.com/sitrep/sitrep/internal/simhash"
	"github.com/sitrep/sitrep/internal/store"
)

// Analyzer annotates a document; analysis.Pipeline is one.
type Analyzer interface {
	Run(ctx context.Context, d *news.Doc) error
}

// Ingester reads sources, analyzes the new documents and stores them.
type Ingester struct {
	Store    store.Store
	Analyzer Analyzer // nil: documents are stored without claims
	Fetcher  *Fetcher // nil: NewFetcher(FetchOptions{})
	Workers  int      // documents analyzed at once (default 1)
	Batch    int      // documents stored per transaction (default 128)
	Stdin    io.Reader
	// Report is told about each input as it finishes, one call at a time.
	Report func(Result)
	// NoWorkClaims analyses every new document without claiming it first,
	// even when the store lets processes share the work
	// (store.WorkClaimer): for connections whose session locks do not
	// hold, such as PgBouncer in transaction mode.
	NoWorkClaims bool
}

// Result is the outcome of one input: a file, a page, a feed item, stdin.
type Result struct {
	Input  string // the file, URL or "-"; a feed item's page URL
	Feed   string // the feed a feed item came from, else ""
	Doc    string // the document id, "" on failure or for a feed
	Story  string // the document's story id
	Added  bool   // stored now; false: already stored, or a failure
	Items  int    // for a feed: the number of items queued
	Claims int    // claims stored with the document
	Err    error  // the failure, naming nothing: Input says what failed
}

// Stats counts the outcomes of a run.
type Stats struct {
	Inputs, Added, Unchanged, Feeds, Failed int
}

// Ingest processes every source. It returns an error only when ctx ends the
// run early; failures of single inputs go to Report and Stats.Failed, and the
// rest of the batch goes on.
func (in *Ingester) Ingest(ctx context.Context, sources []string) (Stats, error) {
	if in.Fetcher == nil {
		in.Fetcher = NewFetcher(FetchOptions{})
	}
	workers := max(in.Workers, 1)
	var (
		mu    sync.Mutex
		stats Stats
	)
	report := func(r Result) {
		mu.Lock()
		defer mu.Unlock()
		stats.Inputs++
		switch {
		case r.Err != nil:
			stats.Failed++
		case r.Items > 0:
			stats.Feeds++
		case r.Added:
			stats.Added++
		default:
			stats.Unchanged++
		}
		if in.Report != nil {
			in.Report(r)
		}
	}
	q := newQueue()
	w := newWriter(ctx, in.Store, in.Batch, report)
	sh := in.newSharing()
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			in.work(ctx, q, sh, w, report)
		}()
	}
	for _, src := range sources {
		if ctx.Err() != nil {
			break
		}
		if err := expand(src, q.push); err != nil {
			report(Result{Input: src, Err: err})
		}
	}
	q.close()
	finished := make(chan struct{})
	go func() {
		select {
		case <-ctx.Done():
			q.abort()
		case <-finished:
		}
	}()
	wg.Wait()
	w.close()
	close(finished)
	return stats, ctx.Err()
}

// work is one worker: it takes jobs until the queue is finished, then
// comes back to the documents set aside while other holders had them.
func (in *Ingester) work(ctx context.Context, q *queue, sh *sharing, w *writer, report func(Result)) {
	for {
		if h, ok := sh.overflow(); ok {
			in.submit(ctx, h.res, h.src, sh.await, w, report)
			continue
		}
		j, ok := q.pop()
		if !ok {
			break
		}
		if ctx.Err() == nil {
			res, src := in.process(ctx, j, q.push)
			if src == nil {
				report(res)
			} else if in.submit(ctx, res, src, sh.try, w, report) {
				sh.hold(res, src)
			}
		}
		q.done()
	}
	for h, ok := sh.next(); ok && ctx.Err() == nil; h, ok = sh.next() {
		in.submit(ctx, h.res, h.src, sh.await, w, report)
	}
}

// submit analyses a document unless stored, claiming it with claim, and
// queues it for the writer; a failure is reported at once. held is true,
// and nothing done, when another holder has the document's claim.
func (in *Ingester) submit(ctx context.Context, res Result, src *source, claim claimFunc, w *writer, report func(Result)) (held bool) {
	d, release, held, err := in.analyze(ctx, res.Input, src, claim)
	switch {
	case err != nil:
		res.Err = err
		report(res)
	case !held:
		w.in <- pending{doc: d, res: res, release: release}
	}
	return held
}

// process handles one job; push queues the items of a feed. A document's
// source comes back with the result to report once it is stored;
// otherwise (src nil) the result is final (a failure, a feed).
func (in *Ingester) process(ctx context.Context, j job, push func(job)) (res Result, src *source) {
	res = Result{Input: j.input, Feed: j.feed}
	src, err := in.read(ctx, j)
	if err != nil {
		res.Err = err
		return res, nil
	}
	if src.items != nil {
		for i := range src.items {
			it := &src.items[i]
			input := it.Link
			if input == "" {
				input = fmt.Sprintf("%s#item%d", j.input, i+1)
			}
			push(job{input: input, kind: jobItem, item: it, feed: j.input})
		}
		res.Items = len(src.items)
		return res, nil
	}
	return res, src
}

// source is what reading a job gives: a document, or the items of a feed.
type source struct {
	text, contentType string
	meta              news.Meta
	raw               []byte
	items             []FeedItem
}

func (in *Ingester) read(ctx context.Context, j job) (*source, error) {
	switch j.kind {
	case jobFile:
		f, err := os.Open(j.input)
		if err != nil {
			return nil, unwrapPath(err)
		}
		defer f.Close()
		raw, err := readLimited(f, MaxBytes)
		if err != nil {
			return nil, err
		}
		return parse(j.input, "", "", raw)
	case jobStdin:
		if in.Stdin == nil {
			return nil, errors.New("no standard input")
		}
		raw, err := readLimited(in.Stdin, MaxBytes)
		if err != nil {
			return nil, err
		}
		return parse("-", "", "", raw)
	case jobURL:
		page, err := in.Fetcher.Fetch(ctx, j.input)
		if err != nil {
			return nil, err
		}
		return parse(page.URL, page.URL, page.ContentType, page.Body)
	}
	it := j.item
	if it.Text != "" {
		return &source{text: it.Text, contentType: "text/html", meta: it.Meta, raw: []byte(it.Text)}, nil
	}
	page, err := in.Fetcher.Fetch(ctx, it.Link)
	if err != nil {
		return nil, err
	}
	s, err := parse(page.URL, page.URL, page.ContentType, page.Body)
	if err != nil {
		return nil, err
	}
	if s.items != nil {
		return nil, errors.New("feed item links to another feed")
	}
	s.meta = merge(s.meta, it.Meta)
	return s, nil
}

func parse(name, pageURL, contentType string, raw []byte) (*source, error) {
	kind, err := Detect(name, contentType, raw)
	if err != nil {
		return nil, err
	}
	if kind == KindFeed {
		items, err := ParseFeed(raw, pageURL)
		if err != nil {
			return nil, err
		}
		return &source{items: items}, nil
	}
	text, meta, kind, err := Parse(name, pageURL, contentType, raw)
	if err != nil {
		return nil, err
	}
	return &source{text: text, meta: meta, raw: raw, contentType: kind.String()}, nil
}

// merge fills the page's missing metadata from the feed's.
func merge(page, feed news.Meta) news.Meta {
	fill := func(dst *string, src string) {
		if *dst == "" {
			*dst = src
		}
	}
	fill(&page.Title, feed.Title)
	fill(&page.Byline, feed.Byline)
	fill(&page.Outlet, feed.Outlet)
	fill(&page.URL, feed.URL)
	fill(&page.Lang, feed.Lang)
	if page.Published.IsZero() {
		page.Published = feed.Published
	}
	return page
}

// analyze builds the document to store, analysed unless the store holds
// it already (storing it again then reports the stored story and changes
// nothing). A new document is analysed only once claim has claimed it:
// held is true, and d nil, when another holder has it. release ends the
// claim once d is stored.
func (in *Ingester) analyze(ctx context.Context, input string, s *source, claim claimFunc) (d *store.Document, release func(), held bool, err error) {
	d = &store.Document{
		ID: store.DocID(s.text), Source: input, ContentType: s.contentType, Meta: s.meta,
		Text: s.text, Raw: s.raw, Sketch: simhash.Sketch(s.text),
	}
	stored, err := in.Store.Has(ctx, d.ID)
	if err != nil || stored || in.Analyzer == nil {
		return d, noRelease, false, err
	}
	release, held, err = in.claim(ctx, d.ID, claim)
	if err != nil || held {
		return nil, nil, held, err
	}
	// A holder stores the document before it lets go of the claim, so
	// once claimed, a document stored meanwhile shows here.
	if stored, err = in.Store.Has(ctx, d.ID); err != nil || stored {
		release()
		return d, noRelease, false, err
	}
	nd := news.Doc{ID: d.ID, Path: input, Text: s.text, Meta: s.meta}
	if err := in.Analyzer.Run(ctx, &nd); err != nil {
		release()
		return nil, nil, false, fmt.Errorf("analyze: %w", err)
	}
	d.Meta = nd.Meta
	d.Sentences, d.Entities, d.Claims = nd.Sentences, nd.Entities, nd.Claims
	return d, release, false, nil
}

// claim claims a document, or reports it held by another holder. A claim
// that fails for another reason than the run ending (the claims
// connection lost) does not stop the document: claims only save work, so
// it is analysed unclaimed.
func (in *Ingester) claim(ctx context.Context, id string, claim claimFunc) (release func(), held bool, err error) {
	release, ok, err := claim(ctx, id)
	switch {
	case err != nil && ctx.Err() != nil:
		return nil, false, err
	case err != nil:
		return noRelease, false, nil
	case !ok:
		return nil, true, nil
	}
	return release, false, nil
}
