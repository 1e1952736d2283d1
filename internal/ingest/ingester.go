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
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				j, ok := q.pop()
				if !ok {
					return
				}
				if ctx.Err() == nil {
					if res, doc := in.process(ctx, j, q.push); doc != nil {
						w.in <- pending{doc: doc, res: res}
					} else {
						report(res)
					}
				}
				q.done()
			}
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

// process handles one job; push queues the items of a feed. A document to
// store comes back with the result to report once it is stored; otherwise
// the result is final (a failure, a feed).
func (in *Ingester) process(ctx context.Context, j job, push func(job)) (Result, *store.Document) {
	res := Result{Input: j.input, Feed: j.feed}
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
	d, err := in.analyze(ctx, j.input, src)
	if err != nil {
		res.Err = err
		return res, nil
	}
	return res, d
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

// analyze builds the document to store, analysed unless the store holds it
// already (storing it again then reports the stored story and changes
// nothing).
func (in *Ingester) analyze(ctx context.Context, input string, s *source) (*store.Document, error) {
	id := store.DocID(s.text)
	has, err := in.Store.Has(ctx, id)
	if err != nil {
		return nil, err
	}
	d := &store.Document{
		ID: id, Source: input, ContentType: s.contentType, Meta: s.meta,
		Text: s.text, Raw: s.raw, Sketch: simhash.Sketch(s.text),
	}
	if !has && in.Analyzer != nil {
		nd := news.Doc{ID: id, Path: input, Text: s.text, Meta: s.meta}
		if err := in.Analyzer.Run(ctx, &nd); err != nil {
			return nil, fmt.Errorf("analyze: %w", err)
		}
		d.Meta = nd.Meta
		d.Sentences, d.Entities, d.Claims = nd.Sentences, nd.Entities, nd.Claims
	}
	return d, nil
}

// store analyzes and stores one document at once, outside any batch.
func (in *Ingester) store(ctx context.Context, input string, s *source) (id, story string, added bool, claims int, err error) {
	d, err := in.analyze(ctx, input, s)
	if err != nil {
		return "", "", false, 0, err
	}
	if added, err = in.Store.Put(ctx, d); err != nil {
		return "", "", false, 0, err
	}
	return d.ID, d.Story, added, len(d.Claims), nil
}
