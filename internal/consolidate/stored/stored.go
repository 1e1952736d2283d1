// Package stored builds consolidation input from a store: every claim with
// its document's metadata in one query, so commands, the web UI and tests
// consolidate exactly what is stored. It is kept apart from consolidate so
// that package stays pure (no store, no I/O).
package stored

import (
	"context"
	"fmt"
	"runtime"
	"sync"

	"github.com/sitrep/sitrep/internal/consolidate"
	"github.com/sitrep/sitrep/internal/news"
	"github.com/sitrep/sitrep/internal/store"
)

// Input loads the claims matching f with their documents' metadata
// (DocClaims). DocInfo.Path and Title stay empty: filling them needs the
// document list, which Describe adds where titles are wanted.
//
// Decoding stored claims costs more than finding them, so the load is split
// by the first hex digit of the document id (ids are hex SHA-256, so the
// sixteen parts are about even and each is an index range) over one
// goroutine per processor. Claims come out grouped by part, in storing
// order within each; consolidation does not depend on their order. A
// filter on one document (f.Doc), a limit or an offset makes one query.
func Input(ctx context.Context, st store.Store, f store.ClaimFilter) (consolidate.Input, error) {
	dcs, err := load(ctx, st, f, runtime.GOMAXPROCS(0))
	if err != nil {
		return consolidate.Input{}, fmt.Errorf("load claims for consolidation: %w", err)
	}
	return FromDocClaims(dcs), nil
}

const hexDigits = "0123456789abcdef"

func load(ctx context.Context, st store.Store, f store.ClaimFilter, workers int) ([]store.DocClaim, error) {
	if workers <= 1 || f.Doc != "" || f.Limit != 0 || f.Offset != 0 {
		return st.DocClaims(ctx, f)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	parts := make([][]store.DocClaim, len(hexDigits))
	errs := make([]error, len(hexDigits))
	next := make(chan int, len(hexDigits))
	for i := range hexDigits {
		next <- i
	}
	close(next)
	var wg sync.WaitGroup
	for range min(workers, len(hexDigits)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				if ctx.Err() != nil {
					return
				}
				g := f
				g.Doc = hexDigits[i : i+1]
				parts[i], errs[i] = st.DocClaims(ctx, g)
				if errs[i] != nil {
					cancel()
				}
			}
		}()
	}
	wg.Wait()
	n := 0
	for i := range parts {
		if errs[i] != nil {
			return nil, errs[i]
		}
		n += len(parts[i])
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	out := make([]store.DocClaim, 0, n)
	for _, p := range parts {
		out = append(out, p...)
	}
	return out, nil
}

// FromDocClaims builds the input from claims already loaded.
func FromDocClaims(dcs []store.DocClaim) consolidate.Input {
	in := consolidate.Input{Docs: map[string]consolidate.DocInfo{}}
	in.Claims = make([]news.Claim, len(dcs))
	for i := range dcs {
		dc := &dcs[i]
		in.Claims[i] = dc.Claim
		if _, ok := in.Docs[dc.Doc]; !ok {
			in.Docs[dc.Doc] = consolidate.DocInfo{ID: dc.Doc, Outlet: dc.Outlet, URL: dc.URL,
				Published: dc.Published, Story: dc.Story}
		}
	}
	return in
}

// Describe fills the Path (the source as first stored) and Title of the
// documents in.Docs from the store's document list.
func Describe(ctx context.Context, st store.Store, in *consolidate.Input) error {
	docs, err := st.Documents(ctx, store.DocFilter{})
	if err != nil {
		return fmt.Errorf("describe documents: %w", err)
	}
	for _, d := range docs {
		if di, ok := in.Docs[d.ID]; ok {
			di.Path, di.Title = d.Source, d.Meta.Title
			in.Docs[d.ID] = di
		}
	}
	return nil
}
