package storetest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/sitrep/sitrep/internal/news"
	"github.com/sitrep/sitrep/internal/store"
)

// Run runs the suite. open must return a new, empty store for each call; Run
// closes it.
func Run(t *testing.T, open func(t *testing.T) store.Store) {
	tests := []struct {
		name string
		fn   func(t *testing.T, s store.Store)
	}{
		{"PutAndGet", testPutAndGet},
		{"Idempotent", testIdempotent},
		{"NotFound", testNotFound},
		{"Invalid", testInvalid},
		{"Documents", testDocuments},
		{"ClaimFilters", testClaimFilters},
		{"DocClaims", testDocClaims},
		{"Stories", testStories},
		{"Concurrent", testConcurrent},
		{"ResultCache", testResultCache},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := open(t)
			defer s.Close()
			tt.fn(t, s)
		})
	}
}

func putAll(t *testing.T, s store.Store, docs []*store.Document) {
	t.Helper()
	for _, d := range docs {
		added, err := s.Put(context.Background(), d)
		if err != nil {
			t.Fatalf("Put(%s): %v", d.Source, err)
		}
		if !added {
			t.Fatalf("Put(%s): added = false for a new document", d.Source)
		}
	}
}

func quotes(cs []news.Claim) string {
	var q []string
	for _, c := range cs {
		q = append(q, c.Quote)
	}
	return strings.Join(q, "|")
}

func testPutAndGet(t *testing.T, s store.Store) {
	ctx := context.Background()
	docs := fixtures()
	putAll(t, s, docs)
	want := docs[0]
	got, err := s.Document(ctx, want.ID)
	if err != nil {
		t.Fatalf("Document: %v", err)
	}
	if got.Text != want.Text || string(got.Raw) != string(want.Raw) {
		t.Errorf("text or raw bytes changed")
	}
	if got.Meta.Title != want.Meta.Title || got.Meta.Outlet != want.Meta.Outlet || !got.Meta.Published.Equal(want.Meta.Published) {
		t.Errorf("meta = %+v, want %+v", got.Meta, want.Meta)
	}
	if got, want := got.Source, "kursk.txt"; got != want {
		t.Errorf("source = %q, want %q", got, want)
	}
	if got.Sketch != want.Sketch || got.Story != want.ID || got.Ingested.IsZero() {
		t.Errorf("sketch %x story %q ingested %v", got.Sketch, got.Story, got.Ingested)
	}
	if got, want := len(got.Sentences), 1; got != want {
		t.Errorf("sentences = %d, want %d", got, want)
	}
	if got, want := quotes(got.Claims), "11000 troops|3000 soldiers|drone training was under way"; got != want {
		t.Fatalf("claims = %q, want %q", got, want)
	}
	for i, c := range got.Claims {
		if c.Doc != want.ID {
			t.Errorf("claim %d: doc = %q, want %q", i, c.Doc, want.ID)
		}
		if c.ID == "" || c.ID != want.Claims[i].ID {
			t.Errorf("claim %d: id = %q, want %q", i, c.ID, want.Claims[i].ID)
		}
		if got, want := claimJSON(t, c), claimJSON(t, want.Claims[i]); got != want {
			t.Errorf("claim %d round trip:\n got %s\nwant %s", i, got, want)
		}
	}
}

func testIdempotent(t *testing.T, s store.Store) {
	ctx := context.Background()
	putAll(t, s, fixtures())
	before, err := s.Claims(ctx, store.ClaimFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range fixtures() {
		added, err := s.Put(ctx, d)
		if err != nil {
			t.Fatalf("Put again: %v", err)
		}
		if added {
			t.Errorf("Put(%s) again: added = true", d.Source)
		}
		if d.Story == "" || d.Ingested.IsZero() {
			t.Errorf("Put(%s) again: story and ingested not reported", d.Source)
		}
	}
	after, err := s.Claims(ctx, store.ClaimFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := len(after), len(before); got != want {
		t.Fatalf("claims after second put = %d, want %d", got, want)
	}
	for i := range after {
		if after[i].ID != before[i].ID {
			t.Errorf("claim %d: id changed from %s to %s", i, before[i].ID, after[i].ID)
		}
	}
	docs, err := s.Documents(ctx, store.DocFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := len(docs), 3; got != want {
		t.Errorf("documents = %d, want %d", got, want)
	}
}

func testNotFound(t *testing.T, s store.Store) {
	ctx := context.Background()
	putAll(t, s, fixtures())
	tests := []struct {
		name, id string
		want     error
	}{
		{"unknown", strings.Repeat("0", 64), store.ErrNotFound},
		{"unknown prefix", "zzzz", store.ErrNotFound},
		{"too short", "ab", store.ErrInvalid},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := s.Document(ctx, tt.id); !errors.Is(err, tt.want) {
				t.Errorf("Document(%q) = %v, want %v", tt.id, err, tt.want)
			}
		})
	}
	id := fixtures()[1].ID
	t.Run("prefix", func(t *testing.T) {
		d, err := s.Document(ctx, strings.ToUpper(id[:10]))
		if err != nil {
			t.Fatalf("Document(prefix): %v", err)
		}
		if d.ID != id {
			t.Errorf("Document(prefix) = %s, want %s", d.ID, id)
		}
	})
	t.Run("has", func(t *testing.T) {
		for _, c := range []struct {
			id   string
			want bool
		}{{id, true}, {id[:10], false}, {"nope", false}} {
			got, err := s.Has(ctx, c.id)
			if err != nil || got != c.want {
				t.Errorf("Has(%q) = %v, %v; want %v", c.id, got, err, c.want)
			}
		}
	})
}

func testInvalid(t *testing.T, s store.Store) {
	ctx := context.Background()
	wrongID := fixtures()[0]
	wrongID.ID = strings.Repeat("a", 64)
	badQuote := fixtures()[1]
	badQuote.Claims[0].Quote = "not in the text"
	outside := fixtures()[2]
	outside.Claims[0].End = len(outside.Text) + 5
	for _, d := range []*store.Document{wrongID, badQuote, outside} {
		if _, err := s.Put(ctx, d); !errors.Is(err, store.ErrInvalid) {
			t.Errorf("Put(%s) = %v, want ErrInvalid", d.Source, err)
		}
	}
	docs, err := s.Documents(ctx, store.DocFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 0 {
		t.Errorf("invalid documents were stored: %d", len(docs))
	}
	if _, err := s.Claims(ctx, store.ClaimFilter{Since: "March 2025"}); !errors.Is(err, store.ErrInvalid) {
		t.Errorf("Claims(bad since) = %v, want ErrInvalid", err)
	}
}

func testDocuments(t *testing.T, s store.Store) {
	ctx := context.Background()
	docs := fixtures()
	putAll(t, s, docs)
	tests := []struct {
		name string
		f    store.DocFilter
		want string // sources
	}{
		{"all", store.DocFilter{}, "kursk.txt drones.html money.txt"},
		{"limit", store.DocFilter{Limit: 2}, "kursk.txt drones.html"},
		{"offset", store.DocFilter{Limit: 2, Offset: 2}, "money.txt"},
		{"text", store.DocFilter{Text: "kharkiv"}, "drones.html"},
		{"text title", store.DocFilter{Text: "aid package"}, "money.txt"},
		{"text two words", store.DocFilter{Text: "kharkiv euros"}, ""},
		{"text syntax", store.DocFilter{Text: `"drones" OR -(`}, ""},
		{"story", store.DocFilter{Story: docs[2].ID}, "money.txt"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.Documents(ctx, tt.f)
			if err != nil {
				t.Fatal(err)
			}
			var srcs []string
			for _, d := range got {
				srcs = append(srcs, d.Source)
				if d.Text != "" || d.Raw != nil || d.Claims != nil {
					t.Errorf("%s: listing carries text, raw or claims", d.Source)
				}
			}
			if got := strings.Join(srcs, " "); got != tt.want {
				t.Errorf("Documents = %q, want %q", got, tt.want)
			}
		})
	}
	got, err := s.Documents(ctx, store.DocFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for i, d := range got {
		if d.NumClaims != len(docs[i].Claims) || d.ID != docs[i].ID || d.Meta.Outlet != docs[i].Meta.Outlet {
			t.Errorf("document %d = %s %q %d claims, want %s %q %d", i, d.ID, d.Meta.Outlet, d.NumClaims,
				docs[i].ID, docs[i].Meta.Outlet, len(docs[i].Claims))
		}
	}
}

func testClaimFilters(t *testing.T, s store.Store) {
	ctx := context.Background()
	docs := fixtures()
	putAll(t, s, docs)
	tests := []struct {
		name string
		f    store.ClaimFilter
		want string
	}{
		{"all", store.ClaimFilter{}, "11000 troops|3000 soldiers|drone training was under way|120 drones|95 drones|2 billion euros"},
		{"doc", store.ClaimFilter{Doc: docs[1].ID}, "120 drones|95 drones"},
		{"doc prefix", store.ClaimFilter{Doc: docs[1].ID[:8]}, "120 drones|95 drones"},
		{"type", store.ClaimFilter{Type: news.ClaimStatement}, "drone training was under way"},
		{"source name part", store.ClaimFilter{Source: "nis"}, "11000 troops|3000 soldiers"},
		{"source type", store.ClaimFilter{Source: "military"}, "120 drones|95 drones"},
		{"actor any case", store.ClaimFilter{Actor: "north korea"}, "11000 troops|3000 soldiers"},
		{"actor is not a substring", store.ClaimFilter{Actor: "Korea"}, ""},
		{"measure", store.ClaimFilter{Measure: "intercepted"}, "95 drones"},
		{"what", store.ClaimFilter{What: "money"}, "2 billion euros"},
		{"since said_on", store.ClaimFilter{Since: "2025-03-05", Until: "2025-03-05"}, "11000 troops"},
		{"since published", store.ClaimFilter{Since: "2025-03-06"}, "3000 soldiers|drone training was under way|120 drones|95 drones"},
		{"until", store.ClaimFilter{Until: "2025-03-31"}, "11000 troops|3000 soldiers|drone training was under way"},
		{"text", store.ClaimFilter{Text: "intercepted"}, "95 drones"},
		{"text words in sentence", store.ClaimFilter{Text: "Seoul warned"}, "drone training was under way"},
		{"text quote syntax ignored", store.ClaimFilter{Text: `drones" OR "euros`}, ""},
		{"combined", store.ClaimFilter{Actor: "Russia", Measure: "launched", Text: "drones"}, "120 drones"},
		{"limit offset", store.ClaimFilter{Limit: 2, Offset: 1}, "3000 soldiers|drone training was under way"},
		{"no match", store.ClaimFilter{Actor: "Atlantis"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.Claims(ctx, tt.f)
			if err != nil {
				t.Fatal(err)
			}
			if got == nil {
				t.Errorf("Claims returned nil, want an empty list")
			}
			if got := quotes(got); got != tt.want {
				t.Errorf("Claims(%+v) = %q, want %q", tt.f, got, tt.want)
			}
		})
	}
}

func testDocClaims(t *testing.T, s store.Store) {
	ctx := context.Background()
	docs := fixtures()
	putAll(t, s, docs)
	got, err := s.DocClaims(ctx, store.ClaimFilter{What: "drones"})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 {
		t.Fatalf("DocClaims = %d claims, want 2", len(got))
	}
	for _, dc := range got {
		if dc.Outlet != "Kyiv Independent" || dc.Story != docs[1].ID || !dc.Published.Equal(day("2025-04-02")) || dc.Doc != docs[1].ID {
			t.Errorf("DocClaims: %q %q %v %q", dc.Outlet, dc.Story, dc.Published, dc.Doc)
		}
	}
}

func testStories(t *testing.T, s store.Store) {
	ctx := context.Background()
	docs := fixtures()
	putAll(t, s, docs)
	copyText := "Home | World | Asia\n" + textKursk + "\nRead more: subscribe to our newsletter."
	syndicated := NewDoc("copy.html", copyText, news.Meta{Outlet: "Caliber.Az"})
	unrelated := NewDoc("other.txt", "Heavy rain flooded streets in the capital on Sunday and the weather service warned of more storms this week across the south.", news.Meta{})
	putAll(t, s, []*store.Document{syndicated, unrelated})
	if got, want := syndicated.Story, docs[0].ID; got != want {
		t.Errorf("syndicated copy: story = %.12s, want %.12s", got, want)
	}
	if got, want := unrelated.Story, unrelated.ID; got != want {
		t.Errorf("unrelated: story = %.12s, want its own id %.12s", got, want)
	}
	got, err := s.Documents(ctx, store.DocFilter{Story: docs[0].ID})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 {
		t.Errorf("documents of the story = %d, want 2", len(got))
	}
}

func testConcurrent(t *testing.T, s store.Store) {
	ctx := context.Background()
	const writers, each = 6, 8
	var wg sync.WaitGroup
	errs := make(chan error, writers*each)
	for w := range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range each {
				// Every writer also stores the documents of writer 0, so the
				// same document races with itself.
				n := i
				if w%2 == 1 {
					n = i + w*each
				}
				text := fmt.Sprintf("Report %d: officials said %d drones were launched at dawn near town number %d.", n, n+10, n*7)
				d := NewDoc(fmt.Sprintf("w%d-%d", w, i), text, news.Meta{},
					ClaimSpec{fmt.Sprintf("%d drones", n+10), news.ClaimQuantity, "Russia", "launched", "drones", "officials", "unnamed", ""})
				if _, err := s.Put(ctx, d); err != nil {
					errs <- err
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Errorf("concurrent Put: %v", err)
	}
	docs, err := s.Documents(ctx, store.DocFilter{})
	if err != nil {
		t.Fatal(err)
	}
	claims, err := s.Claims(ctx, store.ClaimFilter{})
	if err != nil {
		t.Fatal(err)
	}
	wantDocs := each * (1 + writers/2) // writer 0's texts shared by even writers, own texts for odd ones
	if got := len(docs); got != wantDocs {
		t.Errorf("documents = %d, want %d", got, wantDocs)
	}
	if got := len(claims); got != wantDocs {
		t.Errorf("claims = %d, want %d", got, wantDocs)
	}
	ids := map[string]bool{}
	for _, c := range claims {
		if ids[c.ID] {
			t.Errorf("claim %s stored twice", c.ID)
		}
		ids[c.ID] = true
	}
}

func claimJSON(t *testing.T, c news.Claim) string {
	t.Helper()
	b, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// testResultCache: a store that keeps results keeps them under their key,
// and its generation moves with every document stored, not with a repeated
// Put of one already stored. Stores without a result cache have nothing to
// test here.
func testResultCache(t *testing.T, s store.Store) {
	rc, ok := s.(store.ResultCache)
	if !ok {
		return
	}
	ctx := context.Background()
	if _, _, err := rc.Result(ctx, "series"); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("Result on an empty cache: %v, want ErrNotFound", err)
	}
	empty, err := rc.Generation(ctx)
	if err != nil {
		t.Fatal(err)
	}
	docs := fixtures()
	putAll(t, s, docs[:1])
	one, err := rc.Generation(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if one == empty {
		t.Errorf("generation %q did not move when a document was stored", one)
	}
	if _, err := s.Put(ctx, fixtures()[0]); err != nil {
		t.Fatal(err)
	}
	if again, _ := rc.Generation(ctx); again != one {
		t.Errorf("generation moved from %q to %q on a repeated Put", one, again)
	}
	for _, v := range []string{"first", "second"} {
		if err := rc.PutResult(ctx, "series", one, []byte(v)); err != nil {
			t.Fatal(err)
		}
		gen, got, err := rc.Result(ctx, "series")
		if err != nil || gen != one || string(got) != v {
			t.Errorf("Result = %q, %q, %v; want %q, %q", gen, got, err, one, v)
		}
	}
	putAll(t, s, docs[1:])
	if more, _ := rc.Generation(ctx); more == one {
		t.Errorf("generation %q did not move when more documents were stored", more)
	}
}
