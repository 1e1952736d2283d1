package watch

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/sitrep/sitrep/internal/ingest"
	"github.com/sitrep/sitrep/internal/news"
	"github.com/sitrep/sitrep/internal/simhash"
	"github.com/sitrep/sitrep/internal/store"
)

// pollURL reads one page or feed if it is due and has changed.
func (w *Watcher) pollURL(ctx context.Context, src string, st *Stats) {
	now := w.Now()
	ss, err := w.state.source(ctx, src)
	if err != nil {
		w.Logf("%s: %v", src, err)
		st.Failed++
		return
	}
	if !ss.NextTry.IsZero() && now.Before(ss.NextTry) {
		st.Waiting++
		return
	}
	st.Polled++
	ss.Checked = now
	resp, err := w.fetch.get(ctx, src, ss.ETag, ss.LastModified)
	if err == nil && !resp.NotModified {
		err = w.readURL(ctx, src, resp, st)
	}
	switch {
	case ctx.Err() != nil && err != nil:
		// Stopped mid-feed: keep the old validators so the next run reads it again.
		return
	case err != nil:
		ss.Failures++
		ss.NextTry = now.Add(w.backoff(ss.Failures))
		ss.LastError = err.Error()
		st.Failed++
		w.Logf("%s: %v (attempt %d, next at %s)", src, err, ss.Failures, ss.NextTry.Format(time.RFC3339))
	default:
		if resp.NotModified {
			st.Unchanged++
		}
		ss.ETag, ss.LastModified = resp.ETag, resp.LastModified
		ss.Failures, ss.NextTry, ss.LastError = 0, time.Time{}, ""
	}
	if err := w.state.saveSource(context.WithoutCancel(ctx), ss); err != nil {
		w.Logf("%v", err)
	}
}

// readURL stores a fetched page, or a feed's new items. Any failed item
// fails the feed, so that its validators are not saved and the next poll
// reads it again.
func (w *Watcher) readURL(ctx context.Context, src string, resp *response, st *Stats) error {
	kind, err := ingest.Detect(resp.URL, resp.ContentType, resp.Body)
	if err != nil {
		return err
	}
	if kind != ingest.KindFeed {
		text, meta, kind, err := ingest.Parse(resp.URL, resp.URL, resp.ContentType, resp.Body)
		if err != nil {
			return err
		}
		_, added, err := w.storeDoc(context.WithoutCancel(ctx), src, text, kind.String(), meta, resp.Body)
		if added {
			st.Added++
		}
		return err
	}
	items, err := ingest.ParseFeed(resp.Body, resp.URL)
	if err != nil {
		return err
	}
	var failed int
	for i := range items {
		if ctx.Err() != nil {
			return errStopped
		}
		if err := w.readItem(ctx, src, &items[i], st); err != nil {
			failed++
			st.Failed++
			w.Logf("%s: item %s: %v", src, itemKey(&items[i]), err)
		}
	}
	if failed > 0 {
		return fmt.Errorf("%d of %d items failed", failed, len(items))
	}
	return nil
}

// itemKey names a feed item: its link, else a hash of its text.
func itemKey(it *ingest.FeedItem) string {
	if it.Link != "" {
		return it.Link
	}
	h := sha256.Sum256([]byte(it.Text))
	return "text:" + hex.EncodeToString(h[:12])
}

func (w *Watcher) readItem(ctx context.Context, feed string, it *ingest.FeedItem, st *Stats) error {
	k := itemKey(it)
	seen, err := w.state.seenItem(ctx, feed, k)
	if err != nil || seen {
		return err
	}
	text, meta, ctype, raw, input := it.Text, it.Meta, "text/html", []byte(it.Text), k
	if text == "" {
		resp, err := w.fetch.get(ctx, it.Link, "", "")
		if err != nil {
			return err
		}
		var kind ingest.Kind
		text, meta, kind, err = ingest.Parse(resp.URL, resp.URL, resp.ContentType, resp.Body)
		if err != nil {
			return err
		}
		ctype, raw, input = kind.String(), resp.Body, resp.URL
		meta = merge(meta, it.Meta)
	}
	id, added, err := w.storeDoc(context.WithoutCancel(ctx), input, text, ctype, meta, raw)
	if err != nil {
		return err
	}
	if added {
		st.Added++
	}
	return w.state.markItem(context.WithoutCancel(ctx), feed, k, id, w.Now())
}

// merge fills the page's missing metadata from the feed's, as ingest does.
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

// storeDoc analyses and stores a document unless it is stored already, the
// way ingest.Ingester does. ctx should not be the stop context: a document
// once in hand is finished.
func (w *Watcher) storeDoc(ctx context.Context, input, text, ctype string, meta news.Meta, raw []byte) (id string, added bool, err error) {
	id = store.DocID(text)
	has, err := w.Store.Has(ctx, id)
	if err != nil || has {
		return id, false, err
	}
	d := &store.Document{ID: id, Source: input, ContentType: ctype, Meta: meta, Text: text, Raw: raw,
		Sketch: simhash.Sketch(text)}
	if w.Analyzer != nil {
		nd := news.Doc{ID: id, Path: input, Text: text, Meta: meta}
		if err := w.Analyzer.Run(ctx, &nd); err != nil {
			return id, false, fmt.Errorf("analyze: %w", err)
		}
		d.Meta = nd.Meta
		d.Sentences, d.Entities, d.Claims = nd.Sentences, nd.Entities, nd.Claims
	}
	added, err = w.Store.Put(ctx, d)
	return id, added, err
}

// fileStamp is what a file looked like when last read: unchanged files are
// not read again.
type fileStamp struct {
	size int64
	mod  time.Time
}

// pollFiles ingests a file, folder or glob through ingest.Ingester, one
// file at a time so that a stop request is seen between files.
func (w *Watcher) pollFiles(ctx context.Context, src string, st *Stats) {
	files, err := listFiles(src)
	if err != nil {
		st.Failed++
		w.Logf("%s: %v", src, err)
		return
	}
	st.Polled++
	in := &ingest.Ingester{Store: w.Store, Analyzer: w.Analyzer, Workers: 1,
		Report: func(r ingest.Result) {
			switch {
			case r.Err != nil:
				st.Failed++
				w.Logf("%s: %v", r.Input, r.Err)
			case r.Added:
				st.Added++
			}
		}}
	for _, f := range files {
		if ctx.Err() != nil {
			return
		}
		fi, err := os.Stat(f)
		if err != nil {
			continue
		}
		stamp := fileStamp{fi.Size(), fi.ModTime()}
		if w.files[f] == stamp {
			continue
		}
		if _, err := in.Ingest(context.WithoutCancel(ctx), []string{f}); err == nil {
			w.files[f] = stamp
		}
	}
}

// listFiles expands a file, a folder (recursively, hidden entries skipped)
// or a glob into files, sorted.
func listFiles(src string) ([]string, error) {
	fi, err := os.Stat(src)
	if err != nil {
		if !strings.ContainsAny(src, "*?[") {
			return nil, err
		}
		ms, gerr := filepath.Glob(src)
		if gerr != nil {
			return nil, fmt.Errorf("bad pattern: %w", gerr)
		}
		var out []string
		for _, m := range ms {
			fs, err := listFiles(m)
			if err != nil {
				return nil, err
			}
			out = append(out, fs...)
		}
		sort.Strings(out)
		return out, nil
	}
	if !fi.IsDir() {
		return []string{src}, nil
	}
	var out []string
	err = filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		hidden := path != src && strings.HasPrefix(d.Name(), ".")
		switch {
		case d.IsDir() && hidden:
			return filepath.SkipDir
		case d.IsDir() || hidden || !d.Type().IsRegular():
			return nil
		}
		out = append(out, path)
		return nil
	})
	return out, err
}
