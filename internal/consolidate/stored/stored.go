// Package stored builds consolidation input from a store: every claim with
// its document's metadata in one query, so commands, the web UI and tests
// consolidate exactly what is stored. It is kept apart from consolidate so
// that package stays pure (no store, no I/O).
package stored

import (
	"context"
	"fmt"

	"github.com/sitrep/sitrep/internal/consolidate"
	"github.com/sitrep/sitrep/internal/news"
	"github.com/sitrep/sitrep/internal/store"
)

// Input loads the claims matching f with their documents' metadata in one
// store query (DocClaims). DocInfo.Path and Title stay empty: filling them
// needs the document list, which Describe adds where titles are wanted.
func Input(ctx context.Context, st store.Store, f store.ClaimFilter) (consolidate.Input, error) {
	dcs, err := st.DocClaims(ctx, f)
	if err != nil {
		return consolidate.Input{}, fmt.Errorf("load claims for consolidation: %w", err)
	}
	return FromDocClaims(dcs), nil
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
