package ingest

import (
	"context"
	"errors"
	"fmt"

	"github.com/sitrep/sitrep/internal/news"
	"github.com/sitrep/sitrep/internal/simhash"
	"github.com/sitrep/sitrep/internal/store"
)

// Add analyzes and stores one document given as bytes, such as a body
// posted to the HTTP API: name is what the document's Source says and what
// type detection reads (an .html name makes it a web page), contentType the
// declared type (may be empty). It reads the bytes as Ingest reads a file
// and stores the document at once, outside Ingest's batches; a feed is
// refused, since its items would have to be fetched.
func (in *Ingester) Add(ctx context.Context, name, contentType string, raw []byte) Result {
	res := Result{Input: name}
	if len(raw) > MaxBytes {
		res.Err = fmt.Errorf("larger than %d bytes", MaxBytes)
		return res
	}
	src, err := parse(name, "", contentType, raw)
	if err != nil {
		res.Err = err
		return res
	}
	if src.items != nil {
		res.Err = errors.New("a feed, not a document: give its URL instead")
		return res
	}
	d := &store.Document{ID: store.DocID(src.text), Source: name, ContentType: src.contentType, Meta: src.meta,
		Text: src.text, Raw: src.raw, Sketch: simhash.Sketch(src.text)}
	has, err := in.Store.Has(ctx, d.ID)
	if err != nil {
		res.Err = err
		return res
	}
	if !has && in.Analyzer != nil {
		nd := news.Doc{ID: d.ID, Path: name, Text: src.text, Meta: src.meta}
		if err := in.Analyzer.Run(ctx, &nd); err != nil {
			res.Err = fmt.Errorf("analyze: %w", err)
			return res
		}
		d.Meta = nd.Meta
		d.Sentences, d.Entities, d.Claims = nd.Sentences, nd.Entities, nd.Claims
	}
	// Put even a known document: it reports the stored story and changes nothing.
	added, err := in.Store.Put(ctx, d)
	if err != nil {
		res.Err = err
		return res
	}
	res.Doc, res.Story, res.Added, res.Claims = d.ID, d.Story, added, len(d.Claims)
	return res
}
