package ingest

import (
	"context"
	"errors"
	"fmt"
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
	// Two servers given the same document at once analyse it once: the
	// second waits for the first's claim and then finds it stored.
	d, release, _, err := in.analyze(ctx, name, src, in.newSharing().await)
	if err != nil {
		res.Err = err
		return res
	}
	defer release()
	// Put even a known document: it reports the stored story and changes nothing.
	added, err := in.Store.Put(ctx, d)
	if err != nil {
		res.Err = err
		return res
	}
	res.Doc, res.Story, res.Added, res.Claims = d.ID, d.Story, added, len(d.Claims)
	return res
}
