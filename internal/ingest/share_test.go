package ingest

import (
	"context"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/sitrep/sitrep/internal/news"
	"github.com/sitrep/sitrep/internal/simhash"
	"github.com/sitrep/sitrep/internal/store"
)

// sharedStore is a SQLite store with the work claims of a store several
// processes share, kept in memory: the test plays the other process. The
// PostgreSQL tests (TestTwoIngesters, TestKilledIngester) run the real
// thing across connections and processes.
type sharedStore struct {
	store.Store
	mu   sync.Mutex
	held map[string]bool
}

func (s *sharedStore) ClaimWork(_ context.Context, key string) (func(), bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.held[key] {
		return nil, false, nil
	}
	s.held[key] = true
	var once sync.Once
	return func() {
		once.Do(func() {
			s.mu.Lock()
			delete(s.held, key)
			s.mu.Unlock()
		})
	}, true, nil
}

func (s *sharedStore) AwaitWork(ctx context.Context, key string) (func(), error) {
	for {
		release, ok, err := s.ClaimWork(ctx, key)
		if ok || err != nil {
			return release, err
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(time.Millisecond):
		}
	}
}

// TestHeldDocumentWaitsForItsHolder ingests a folder whose first document
// another holder has claimed: the ingester must set it aside, go on with
// the others, and come back to it once the claim ends, analysing it only
// if the holder did not store it.
func TestHeldDocumentWaitsForItsHolder(t *testing.T) {
	tests := []struct {
		name         string
		holderStores bool // the holder stores the document before it lets go
		wantAnalysed int
		wantAdded    bool
		wantClaims   int // stored with it by this ingester
	}{
		{"holder stores it", true, 0, false, 0},
		{"holder dies", false, 1, true, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			st := &sharedStore{Store: openStore(t), held: map[string]bool{}}
			dir := t.TempDir()
			writeFiles(t, dir, map[string]string{
				"a.txt": "The held report.\nOfficials said 5 drones flew.",
				"b.txt": "Another report.\nOfficials said 6 drones flew.",
				"c.txt": "A third report.\nOfficials said 7 drones flew.",
			})
			text, err := os.ReadFile(filepath.Join(dir, "a.txt"))
			if err != nil {
				t.Fatal(err)
			}
			held := store.DocID(string(text))
			release, ok, _ := st.ClaimWork(ctx, held)
			if !ok {
				t.Fatal("the other holder's claim refused")
			}
			var (
				mu       sync.Mutex
				analysed = map[string]int{}
				early    bool // the held document analysed while held
				released bool // the holder has let go
				results  = map[string]Result{}
				let      sync.Once
			)
			in := &Ingester{Store: st, Workers: 1,
				Analyzer: analyzerFunc(func(ctx context.Context, d *news.Doc) error {
					mu.Lock()
					analysed[d.ID]++
					early = early || d.ID == held && !released
					mu.Unlock()
					return wordClaims{}.Run(ctx, d)
				}),
				// The first result is another document's: the held one
				// has been set aside by then. Now the holder finishes.
				Report: func(r Result) {
					results[r.Doc] = r
					let.Do(func() {
						if tt.holderStores {
							putAsHolder(t, st, string(text))
						}
						release()
						mu.Lock()
						released = true
						mu.Unlock()
					})
				}}
			stats, err := in.Ingest(ctx, []string{dir})
			if err != nil {
				t.Fatal(err)
			}
			if stats.Failed != 0 || stats.Inputs != 3 {
				t.Errorf("stats = %+v, want 3 inputs, none failed", stats)
			}
			if early {
				t.Error("the held document was analysed while its claim was held")
			}
			if got := analysed[held]; got != tt.wantAnalysed {
				t.Errorf("held document analysed %d times, want %d", got, tt.wantAnalysed)
			}
			if r := results[held]; r.Added != tt.wantAdded || r.Claims != tt.wantClaims {
				t.Errorf("held document's result: added %v with %d claims, want added %v with %d",
					r.Added, r.Claims, tt.wantAdded, tt.wantClaims)
			}
			if ids := allClaimIDs(t, st); len(ids) != 6 {
				t.Errorf("%d claims stored, want 6", len(ids))
			}
		})
	}
}

// putAsHolder stores text analysed, as the holder of its claim would.
func putAsHolder(t *testing.T, st store.Store, text string) {
	t.Helper()
	nd := news.Doc{ID: store.DocID(text), Text: text}
	if err := (wordClaims{}).Run(context.Background(), &nd); err != nil {
		t.Fatal(err)
	}
	d := &store.Document{ID: nd.ID, Source: "holder", ContentType: "text/plain", Text: text,
		Sketch: simhash.Sketch(text), Claims: nd.Claims}
	if _, err := st.Put(context.Background(), d); err != nil {
		t.Error(err)
	}
}

type analyzerFunc func(ctx context.Context, d *news.Doc) error

func (f analyzerFunc) Run(ctx context.Context, d *news.Doc) error { return f(ctx, d) }
