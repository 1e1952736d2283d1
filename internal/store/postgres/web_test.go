package postgres_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/sitrep/sitrep/internal/analysis"
	"github.com/sitrep/sitrep/internal/bench"
	"github.com/sitrep/sitrep/internal/ingest"
	"github.com/sitrep/sitrep/internal/news"
	"github.com/sitrep/sitrep/internal/store/postgres"
	"github.com/sitrep/sitrep/internal/web"
)

// TestTwoServers runs two web servers, each with its own connection pool
// as two `sitrep serve` processes behind one address would have, over one
// PostgreSQL schema: what is ingested through one is read through the
// other, each reading only the database, and a document posted to both at
// once is analysed and stored once.
func TestTwoServers(t *testing.T) {
	dsn := postgres.FreshSchema(t)
	pipe, err := analysis.Default(analysis.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var analysed atomic.Int64
	counted := analyzer(func(ctx context.Context, d *news.Doc) error {
		analysed.Add(1)
		return pipe.Run(ctx, d)
	})
	a, b := startServer(t, dsn, counted), startServer(t, dsn, counted)
	g := bench.NewGenerator(3)

	// B answers before anything is stored, so it holds views of an empty
	// store that it must notice are out of date.
	if got := getList(t, b, "/api/v1/claims"); len(got) != 0 {
		t.Fatalf("claims through B before any ingest: %d, want none", len(got))
	}
	for i, pair := range [][2]*httptest.Server{{a, b}, {b, a}} {
		in, out := pair[0], pair[1]
		t.Run(fmt.Sprintf("write %c read %c", 'A'+i, 'B'-i), func(t *testing.T) {
			r := post(t, in, g.Text(4))
			if !r.Added || len(r.Claims) == 0 {
				t.Fatalf("ingest: %+v, want a new document with claims", r)
			}
			checkDoc(t, out, r)
			checkClaims(t, out, r)
			if again := post(t, out, r.Text); again.Added || again.Doc != r.Doc || again.Story != r.Story {
				t.Errorf("the same text posted to the other server: doc %.12s story %.12s added %v, want the stored %.12s, %.12s",
					again.Doc, again.Story, again.Added, r.Doc, r.Story)
			}
		})
	}

	// The same new document posted to both at once: each waits for the
	// other's claim rather than analyse it as well.
	text := g.Text(4)
	before := analysed.Load()
	var wg sync.WaitGroup
	rs := make([]ingested, 2)
	for i, s := range []*httptest.Server{a, b} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rs[i] = post(t, s, text)
		}()
	}
	wg.Wait()
	if rs[0].Added == rs[1].Added || rs[0].Doc != rs[1].Doc {
		t.Errorf("posted to both at once: added %v and %v, docs %.12s and %.12s; want one added, one found stored",
			rs[0].Added, rs[1].Added, rs[0].Doc, rs[1].Doc)
	}
	if n := analysed.Load() - before; n != 1 {
		t.Errorf("a document posted to both servers at once was analysed %d times, want 1", n)
	}
	if docs := getList(t, a, "/api/v1/docs"); len(docs) != 3 {
		t.Errorf("documents through A: %d, want 3", len(docs))
	}
}

type analyzer func(ctx context.Context, d *news.Doc) error

func (f analyzer) Run(ctx context.Context, d *news.Doc) error { return f(ctx, d) }

// startServer starts a server with a store of its own on dsn.
func startServer(t *testing.T, dsn string, an ingest.Analyzer) *httptest.Server {
	t.Helper()
	st, err := postgres.Open(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	srv, err := web.New(web.Config{Store: st, Ingester: &ingest.Ingester{Store: st, Analyzer: an}})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv.Handler())
	t.Cleanup(ts.Close)
	return ts
}

// ingested is what the API answers for a posted document, with the text.
type ingested struct {
	Text   string       `json:"-"`
	Doc    string       `json:"doc"`
	Story  string       `json:"story"`
	Added  bool         `json:"added"`
	Error  string       `json:"error"`
	Claims []news.Claim `json:"claims"`
}

func post(t *testing.T, s *httptest.Server, text string) ingested {
	t.Helper()
	resp, err := http.Post(s.URL+"/api/v1/ingest?name=report.txt", "text/plain", strings.NewReader(text))
	if err != nil {
		t.Fatal(err)
	}
	var rs []ingested
	decode(t, resp, &rs)
	if len(rs) != 1 || rs[0].Error != "" {
		t.Fatalf("ingest answered %+v, want one document", rs)
	}
	rs[0].Text = text
	return rs[0]
}

// checkDoc reads a document through s: the store answers at once.
func checkDoc(t *testing.T, s *httptest.Server, want ingested) {
	t.Helper()
	resp, err := http.Get(s.URL + "/api/v1/docs/" + want.Doc)
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		Doc    struct{ ID, Story string }
		Claims []news.Claim
	}
	decode(t, resp, &got)
	if got.Doc.ID != want.Doc || got.Doc.Story != want.Story || len(got.Claims) != len(want.Claims) {
		t.Errorf("document through the other server: %.12s story %.12s with %d claims, want %.12s, %.12s, %d",
			got.Doc.ID, got.Doc.Story, len(got.Claims), want.Doc, want.Story, len(want.Claims))
	}
	page, err := http.Get(s.URL + "/docs/" + want.Doc)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(page.Body)
	page.Body.Close()
	if page.StatusCode != http.StatusOK || !bytes.Contains(body, []byte(want.Claims[0].ID)) {
		t.Errorf("document page through the other server: %s, without its first claim", page.Status)
	}
}

// checkClaims lists a document's claims through s, whose claim listing
// comes from views it rebuilds once it notices the store has grown (it
// checks every second): wait for them, bounded by a minute.
func checkClaims(t *testing.T, s *httptest.Server, want ingested) {
	t.Helper()
	deadline := time.Now().Add(time.Minute)
	for {
		got := getList(t, s, "/api/v1/claims?doc="+want.Doc)
		if len(got) == len(want.Claims) {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("claims of a document stored through the other server: %d after a minute, want %d", len(got), len(want.Claims))
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func getList(t *testing.T, s *httptest.Server, path string) []json.RawMessage {
	t.Helper()
	resp, err := http.Get(s.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	var list []json.RawMessage
	decode(t, resp, &list)
	return list
}

// decode reads the data of an API answer.
func decode(t *testing.T, resp *http.Response, data any) {
	t.Helper()
	defer resp.Body.Close()
	var env struct {
		Status string          `json:"status"`
		Data   json.RawMessage `json:"data"`
		Error  string          `json:"error"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&env); err != nil {
		t.Fatalf("%s: %v", resp.Request.URL.Path, err)
	}
	if env.Status != "success" {
		t.Fatalf("%s: %s %s", resp.Request.URL.Path, env.Status, env.Error)
	}
	if err := json.Unmarshal(env.Data, data); err != nil {
		t.Fatalf("%s: %v", resp.Request.URL.Path, err)
	}
}
