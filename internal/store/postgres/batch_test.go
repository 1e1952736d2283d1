package postgres

import (
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/sitrep/sitrep/internal/bench"
	"github.com/sitrep/sitrep/internal/news"
	"github.com/sitrep/sitrep/internal/simhash"
	"github.com/sitrep/sitrep/internal/store"
	"github.com/sitrep/sitrep/internal/store/storetest"
)

const dispatch = `The regional governor said on Thursday that 40 drones and six missiles were fired at the city overnight, and that 31 drones were shot down.
Emergency services said debris set fire to a warehouse and damaged power lines, leaving several districts without electricity until the morning.
The governor asked residents to stay in shelters during alerts and said repair crews would work through the weekend.`

func TestPutBatch(t *testing.T) {
	db, _ := openFresh(t)
	defer db.Close()
	ctx := context.Background()
	claim := storetest.ClaimSpec{Quote: "40 drones", Type: news.ClaimQuantity, Source: "governor", SourceType: "government"}
	stored := storetest.NewDoc("stored.txt", "Officials said 12 missiles were fired at the port.", news.Meta{})
	if _, err := db.Put(ctx, stored); err != nil {
		t.Fatal(err)
	}
	orig := storetest.NewDoc("a.txt", dispatch, news.Meta{}, claim)
	repeat := storetest.NewDoc("again/a.txt", dispatch, news.Meta{}, claim)
	near := storetest.NewDoc("b.txt", dispatch+"\nCorrected.", news.Meta{}, claim)
	storedAgain := storetest.NewDoc("stored-again.txt", stored.Text, news.Meta{})
	other := storetest.NewDoc("c.txt", "The navy said 3 vessels returned to port after the storm.", news.Meta{})

	batch := []*store.Document{orig, repeat, near, storedAgain, other}
	added, err := db.PutBatch(ctx, batch)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := added, []bool{true, false, true, false, true}; !slices.Equal(got, want) {
		t.Errorf("added = %v, want %v", got, want)
	}
	tests := []struct {
		name string
		d    *store.Document
		want string
	}{
		{"first copy", orig, orig.ID},
		{"repeat in the batch", repeat, orig.ID},
		{"near copy in the batch", near, orig.ID},
		{"stored before", storedAgain, stored.ID},
		{"unrelated", other, other.ID},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.d.Story; got != tt.want {
				t.Errorf("story = %.12s, want %.12s", got, tt.want)
			}
			if tt.d.Ingested.IsZero() {
				t.Errorf("ingested not set")
			}
		})
	}
	if !repeat.Ingested.Equal(orig.Ingested) || !storedAgain.Ingested.Equal(stored.Ingested) {
		t.Errorf("repeats report other ingested times than their stored copies")
	}
	if got, want := sources(t, db), "stored.txt a.txt b.txt c.txt"; got != want {
		t.Errorf("stored = %q, want %q", got, want)
	}

	// A later near copy joins the story of the batch's first document.
	late := storetest.NewDoc("d.txt", dispatch+"\nUpdated.", news.Meta{})
	if _, err := db.Put(ctx, late); err != nil {
		t.Fatal(err)
	}
	if late.Story != orig.ID {
		t.Errorf("later near copy: story %.12s, want %.12s", late.Story, orig.ID)
	}
}

func TestPutBatchAllOrNothing(t *testing.T) {
	db, _ := openFresh(t)
	defer db.Close()
	ctx := context.Background()
	fresh := storetest.NewDoc("fresh.txt", "Warsaw said 30 drones crossed the border.", news.Meta{})
	bad := storetest.NewDoc("bad.txt", "Kyiv said 12 missiles were fired.", news.Meta{},
		storetest.ClaimSpec{Quote: "12 missiles", Type: news.ClaimQuantity, Source: "Kyiv", SourceType: "government"})
	bad.Claims[0].Quote = "13 missiles"
	if _, err := db.PutBatch(ctx, []*store.Document{fresh, bad}); !errors.Is(err, store.ErrInvalid) {
		t.Errorf("batch with a bad quote = %v, want ErrInvalid", err)
	}
	unencodable := storetest.NewDoc("inf.txt", "Kyiv said 12 missiles were fired.", news.Meta{},
		storetest.ClaimSpec{Quote: "12 missiles", Type: news.ClaimQuantity, Source: "Kyiv", SourceType: "government"})
	unencodable.Claims[0].Value = &news.Value{Kind: news.KindExact, V: math.Inf(1)}
	if _, err := db.PutBatch(ctx, []*store.Document{fresh, unencodable}); err == nil {
		t.Errorf("a claim that cannot be encoded was stored")
	}
	if got := sources(t, db); got != "" {
		t.Errorf("failed batches stored %q", got)
	}
	if added, err := db.PutBatch(ctx, nil); err != nil || len(added) != 0 {
		t.Errorf("empty batch = %v, %v", added, err)
	}
}

// TestPutBatchConcurrent: writers with overlapping batches store each
// document once, with its claims, and near copies in one story.
func TestPutBatchConcurrent(t *testing.T) {
	db, _ := openFresh(t)
	defer db.Close()
	ctx := context.Background()
	const writers, docs, size = 4, 60, 8
	g := bench.NewGenerator(11)
	texts := make([]string, docs)
	for i := range texts {
		texts[i] = fmt.Sprintf("Bulletin %d. %s", i, g.Text(2))
		if i%10 == 9 { // a near copy of the document before it
			texts[i] = texts[i-1] + "\nCorrected."
		}
	}
	text := func(i int) string { return texts[i] }
	// The fixture is what the test says it is.
	for i := range docs {
		for j := range i {
			near := simhash.Near(simhash.Sketch(text(i)), simhash.Sketch(text(j)))
			if want := i%10 == 9 && j == i-1; near != want {
				t.Fatalf("texts %d and %d: near = %v, want %v", i, j, near, want)
			}
		}
	}
	var wg sync.WaitGroup
	for w := range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			// Each writer walks the documents from its own starting point.
			for start := 0; start < docs; start += size {
				var batch []*store.Document
				for k := range size {
					i := (w*docs/writers + start + k) % docs
					batch = append(batch, storetest.NewDoc(fmt.Sprintf("d%d", i), text(i), news.Meta{},
						storetest.ClaimSpec{Quote: "Bulletin", Type: news.ClaimStatement, Source: "desk", SourceType: "media"}))
				}
				if _, err := db.PutBatch(ctx, batch); err != nil {
					t.Error(err)
					return
				}
			}
		}()
	}
	wg.Wait()
	var n, claims, stories int
	if err := db.pool.QueryRow(ctx, `SELECT count(*), sum(nclaims), count(DISTINCT story) FROM documents`).Scan(&n, &claims, &stories); err != nil {
		t.Fatal(err)
	}
	var rows int
	if err := db.pool.QueryRow(ctx, `SELECT count(*) FROM claims`).Scan(&rows); err != nil {
		t.Fatal(err)
	}
	// 60 texts, of which 6 are near copies of the one before.
	if n != docs || rows != claims || rows != docs {
		t.Errorf("documents = %d, claims %d (rows %d), want %d each", n, claims, rows, docs)
	}
	if got, want := stories, docs-docs/10; got != want {
		t.Errorf("stories = %d, want %d (each near copy joins its original)", got, want)
	}
}

func sources(t *testing.T, s store.Store) string {
	t.Helper()
	docs, err := s.Documents(context.Background(), store.DocFilter{})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, d := range docs {
		out = append(out, d.Source)
	}
	return strings.Join(out, " ")
}
