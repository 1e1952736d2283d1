package stored

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/sitrep/sitrep/internal/news"
	"github.com/sitrep/sitrep/internal/store"
)

// prefixStore answers DocClaims from a slice, honouring the Doc prefix,
// and fails for the prefix fail when set.
type prefixStore struct {
	store.Store
	claims []store.DocClaim
	fail   string
}

func (p *prefixStore) DocClaims(ctx context.Context, f store.ClaimFilter) ([]store.DocClaim, error) {
	if p.fail != "" && f.Doc == p.fail {
		return nil, errors.New("disk on fire")
	}
	var out []store.DocClaim
	for _, dc := range p.claims {
		if strings.HasPrefix(dc.Doc, f.Doc) {
			out = append(out, dc)
		}
	}
	return out, nil
}

// claims makes n claims, three a document, documents named like ids.
func claims(n int) []store.DocClaim {
	out := make([]store.DocClaim, n)
	for i := range out {
		doc := store.DocID(fmt.Sprint(i / 3))
		out[i] = store.DocClaim{Claim: news.Claim{ID: fmt.Sprint(i), Doc: doc},
			Outlet: "o", Published: time.Date(2024, 11, 1, 0, 0, 0, 0, time.UTC), Story: fmt.Sprintf("s%d", i/6)}
	}
	return out
}

func TestLoadEveryClaimOnce(t *testing.T) {
	for _, tc := range []struct {
		name       string
		n, workers int
	}{
		{"empty", 0, 2},
		{"few", 7, 2},
		{"many", 500, 3},
		{"one worker", 50, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			st := &prefixStore{claims: claims(tc.n)}
			got, err := load(context.Background(), st, store.ClaimFilter{}, tc.workers)
			if err != nil {
				t.Fatal(err)
			}
			if got, want := len(got), tc.n; got != want {
				t.Fatalf("claims: got %d, want %d", got, want)
			}
			seen := map[string]bool{}
			for _, dc := range got {
				if seen[dc.ID] {
					t.Fatalf("claim %s twice", dc.ID)
				}
				seen[dc.ID] = true
			}
		})
	}
}

func TestLoadError(t *testing.T) {
	st := &prefixStore{claims: claims(95), fail: "a"}
	if _, err := load(context.Background(), st, store.ClaimFilter{}, 2); err == nil {
		t.Fatal("no error from a failing part")
	}
}

func TestFromDocClaims(t *testing.T) {
	in := FromDocClaims(claims(7))
	if got, want := len(in.Claims), 7; got != want {
		t.Errorf("claims: got %d, want %d", got, want)
	}
	if got, want := len(in.Docs), 3; got != want {
		t.Errorf("docs: got %d, want %d", got, want)
	}
	if got, want := in.Docs[store.DocID("2")].Story, "s1"; got != want {
		t.Errorf("story of the third document: got %q, want %q", got, want)
	}
}
