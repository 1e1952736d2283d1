package sqlite

import (
	"context"
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/sitrep/sitrep/internal/news"
	"github.com/sitrep/sitrep/internal/store"
	"github.com/sitrep/sitrep/internal/store/storetest"
)

func TestClaimsJSON(t *testing.T) {
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(t.TempDir(), "s.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	text := `Officials said 40 drones hit "R&D" sites <north> of the city. Kyiv said 12 missiles were fired.`
	d := storetest.NewDoc("a.txt", text, news.Meta{},
		storetest.ClaimSpec{Quote: `40 drones hit "R&D" sites <north>`, Type: news.ClaimQuantity, Actor: "Russia", Source: "officials", SourceType: "unnamed"},
		storetest.ClaimSpec{Quote: "12 missiles", Type: news.ClaimQuantity, Actor: "Russia", Source: "Kyiv", SourceType: "government"})
	if _, err := db.Put(ctx, d); err != nil {
		t.Fatal(err)
	}
	// The first claim as a row written before shapes: escaped HTML, shape 0.
	old, _ := json.Marshal(d.Claims[0])
	if _, err := db.w.ExecContext(ctx, `UPDATE claims SET json = ?, shape = 0 WHERE ord = 0`, string(old)); err != nil {
		t.Fatal(err)
	}
	for _, f := range []store.ClaimFilter{{}, {Actor: "russia"}, {Text: "drones"}, {Limit: 1, Offset: 1}} {
		claims, err := db.Claims(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		if err := db.ClaimsJSON(ctx, f, func(b []byte) error { got = append(got, string(b)); return nil }); err != nil {
			t.Fatal(err)
		}
		if len(got) != len(claims) {
			t.Fatalf("filter %+v: %d streamed, %d claims", f, len(got), len(claims))
		}
		for i := range claims {
			want, err := encodeClaim(&claims[i])
			if err != nil {
				t.Fatal(err)
			}
			if got[i] != string(want) {
				t.Errorf("filter %+v, claim %d:\ngot  %s\nwant %s", f, i, got[i], want)
			}
		}
	}
}
