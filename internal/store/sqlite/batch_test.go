package sqlite

import (
	"context"
	"errors"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/news"
	"github.com/sitrep/sitrep/internal/store"
	"github.com/sitrep/sitrep/internal/store/storetest"
)

const wire = `Ukraine's air force said on Wednesday that Russia launched 120 drones and four missiles overnight, and that 95 drones were shot down over eleven regions of the country.
The mayor of Kharkiv said falling debris damaged three apartment buildings and a school, and that two people were taken to hospital with light injuries.
Officials in Kyiv said the attack was one of the largest of the month and called on allies to speed up deliveries of air defence systems before winter.`

func TestPutBatch(t *testing.T) {
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(t.TempDir(), "b.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	claim := storetest.ClaimSpec{Quote: "120 drones", Type: news.ClaimQuantity, Source: "air force", SourceType: "military"}
	a := storetest.NewDoc("a.txt", wire, news.Meta{}, claim)
	again := storetest.NewDoc("copy/a.txt", wire, news.Meta{}, claim)
	near := storetest.NewDoc("b.txt", wire+"\nReporting by the night desk.", news.Meta{}, claim)
	other := storetest.NewDoc("c.txt", "Seoul said 11,000 troops were deployed to the Kursk region.", news.Meta{})

	added, err := db.PutBatch(ctx, []*store.Document{a, again, near, other})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := added, []bool{true, false, true, true}; !slices.Equal(got, want) {
		t.Errorf("added = %v, want %v", got, want)
	}
	if near.Story != a.ID || again.Story != a.ID || other.Story != other.ID {
		t.Errorf("stories: again %.8s, near %.8s, other %.8s; want %.8s, %.8s, %.8s",
			again.Story, near.Story, other.Story, a.ID, a.ID, other.ID)
	}

	bad := storetest.NewDoc("d.txt", "Kyiv said 12 missiles were fired.", news.Meta{},
		storetest.ClaimSpec{Quote: "12 missiles", Type: news.ClaimQuantity, Source: "Kyiv", SourceType: "government"})
	bad.Claims[0].Quote = "13 missiles"
	fresh := storetest.NewDoc("e.txt", "Warsaw said 30 drones crossed the border.", news.Meta{})
	if _, err := db.PutBatch(ctx, []*store.Document{fresh, bad}); !errors.Is(err, store.ErrInvalid) {
		t.Fatalf("batch with a bad quote: err = %v, want ErrInvalid", err)
	}
	if has, _ := db.Has(ctx, fresh.ID); has {
		t.Errorf("a batch with an invalid document stored part of itself")
	}
	docs, err := db.Documents(ctx, store.DocFilter{})
	if err != nil {
		t.Fatal(err)
	}
	var sources []string
	for _, d := range docs {
		sources = append(sources, d.Source)
	}
	if got, want := strings.Join(sources, " "), "a.txt b.txt c.txt"; got != want {
		t.Errorf("stored = %s, want %s", got, want)
	}
}
