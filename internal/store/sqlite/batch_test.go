package sqlite

import (
	"context"
	"errors"
	"math"
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

// TestStoriesAcrossHandles: a writer sees the documents another handle (or
// process) stored after it loaded its sketches, and forgets those of a
// transaction that rolled back.
func TestStoriesAcrossHandles(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "two.db")
	a, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	b, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	first := storetest.NewDoc("first.txt", "Seoul said 11,000 troops were deployed to the Kursk region.", news.Meta{})
	if _, err := b.Put(ctx, first); err != nil { // b loads its sketches now
		t.Fatal(err)
	}
	orig := storetest.NewDoc("a.txt", wire, news.Meta{})
	if _, err := a.Put(ctx, orig); err != nil {
		t.Fatal(err)
	}
	cp := storetest.NewDoc("b.txt", wire+"\nReporting by the night desk.", news.Meta{})
	if _, err := b.Put(ctx, cp); err != nil {
		t.Fatal(err)
	}
	if cp.Story != orig.ID {
		t.Errorf("copy stored by the other handle: story %.12s, want %.12s", cp.Story, orig.ID)
	}

	// A batch that fails inside its transaction: the first document is
	// inserted, the second cannot be encoded, and everything rolls back.
	text := "Kyiv said " + strings.Repeat("long report text ", 30) + "and 12 missiles were fired."
	lost := storetest.NewDoc("lost.txt", text, news.Meta{})
	broken := storetest.NewDoc("broken.txt", "Kyiv said 12 missiles were fired.", news.Meta{},
		storetest.ClaimSpec{Quote: "12 missiles", Type: news.ClaimQuantity, Source: "Kyiv", SourceType: "government"})
	broken.Claims[0].Value = &news.Value{Kind: news.KindExact, V: math.Inf(1)}
	if _, err := a.PutBatch(ctx, []*store.Document{lost, broken}); err == nil {
		t.Fatal("a claim that cannot be encoded was stored")
	}
	again := storetest.NewDoc("again.txt", text+" Officials confirmed it.", news.Meta{})
	if _, err := a.Put(ctx, again); err != nil {
		t.Fatal(err)
	}
	if again.Story != again.ID {
		t.Errorf("story %.12s of a document whose only near copy was rolled back, want its own id", again.Story)
	}
}

// TestCloseRefreshesStatistics: after writes, Close leaves the planner
// statistics that let a query use its most selective index.
func TestCloseRefreshesStatistics(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "stat.db")
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Put(ctx, storetest.NewDoc("a.txt", wire, news.Meta{},
		storetest.ClaimSpec{Quote: "120 drones", Type: news.ClaimQuantity, Actor: "Russia", Measure: "launched"})); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	db, err = Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var n int
	if err := db.r.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_stat1 WHERE tbl = 'claims'`).Scan(&n); err != nil {
		t.Fatalf("no statistics table: %v", err)
	}
	if n == 0 {
		t.Errorf("no statistics for the claims table after a write and Close")
	}
}
