package web

import (
	"context"
	"slices"
	"testing"

	"github.com/sitrep/sitrep/internal/store"
)

// TestClaimIndexMatchesStore checks that the in-memory listing gives the
// store's answer, claim for claim and in order, for every kind of filter.
func TestClaimIndexMatchesStore(t *testing.T) {
	st := openTestStore(t)
	docs := fixtureDocs(t, st)
	fillStore(t, st, 4)
	ctx := context.Background()
	claims, err := st.DocClaims(ctx, store.ClaimFilter{})
	if err != nil {
		t.Fatal(err)
	}
	ix := newClaimIndex(claims)
	filters := map[string]store.ClaimFilter{
		"all":                 {},
		"page":                {Limit: 7, Offset: 30},
		"past the end":        {Limit: 10, Offset: 1000},
		"doc prefix":          {Doc: docs[1].ID[:6]},
		"doc prefix upper":    {Doc: "F" + docs[1].ID[1:6]},
		"type":                {Type: "statement"},
		"source name part":    {Source: "nis"},
		"source name case":    {Source: "PENTAGON"},
		"source type":         {Source: "unnamed"},
		"source type case":    {Source: "Agency"},
		"actor":               {Actor: "north korea"},
		"measure":             {Measure: "DEPLOYED"},
		"what":                {What: "personnel", Limit: 5},
		"since":               {Since: "2025-06-01"},
		"until":               {Until: "2025-01-14"},
		"range":               {Since: "2025-01-10", Until: "2025-03-05"},
		"combined":            {Source: "isw", Actor: "Iran", Since: "2025-02-01", Limit: 3, Offset: 1},
		"nothing":             {Actor: "Atlantis"},
		"source with percent": {Source: "%"},
		"source with under":   {Source: "_"},
	}
	for name, f := range filters {
		t.Run(name, func(t *testing.T) {
			want, err := st.Claims(ctx, f)
			if err != nil {
				t.Fatal(err)
			}
			var wantIDs, gotIDs []string
			for _, c := range want {
				wantIDs = append(wantIDs, c.ID)
			}
			for _, i := range ix.match(f) {
				gotIDs = append(gotIDs, claims[i].ID)
			}
			if !slices.Equal(gotIDs, wantIDs) {
				t.Errorf("index gives %d claims %v\nstore gives %d %v", len(gotIDs), gotIDs, len(wantIDs), wantIDs)
			}
		})
	}
}
