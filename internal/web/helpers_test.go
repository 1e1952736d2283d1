package web

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sitrep/sitrep/internal/ingest"
	"github.com/sitrep/sitrep/internal/news"
	"github.com/sitrep/sitrep/internal/simhash"
	"github.com/sitrep/sitrep/internal/store"
	"github.com/sitrep/sitrep/internal/store/sqlite"
)

// claimSpec is a hand-made claim: quote must occur in the document text.
type claimSpec struct {
	quote, source, srcType, hedge, saidOn string
	value                                 *news.Value
	what, measure, actor, location        string
	via                                   []string
}

func openTestStore(t testing.TB) store.Store {
	t.Helper()
	return openTestStoreAt(t, filepath.Join(t.TempDir(), "web.db"))
}

// openTestStoreAt opens a SQLite store at path, for tests that open the
// same file again (the alert log).
func openTestStoreAt(t testing.TB, path string) store.Store {
	t.Helper()
	db, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// putDoc stores a document with claims made from specs.
func putDoc(t testing.TB, st store.Store, title, outlet, published, text string, specs ...claimSpec) *store.Document {
	t.Helper()
	d := &store.Document{ID: store.DocID(text), Source: title + ".txt", ContentType: "text/plain", Text: text,
		Meta: news.Meta{Title: title, Outlet: outlet}, Sketch: simhash.Sketch(text)}
	if published != "" {
		p, err := time.Parse(time.DateOnly, published)
		if err != nil {
			t.Fatal(err)
		}
		d.Meta.Published = p
	}
	for _, sp := range specs {
		i := strings.Index(text, sp.quote)
		if i < 0 {
			t.Fatalf("quote %q not in text", sp.quote)
		}
		c := news.Claim{Type: news.ClaimStatement, Start: i, End: i + len(sp.quote), Quote: sp.quote, Sentence: sp.quote,
			Source: news.Source{Name: sp.source, Type: sp.srcType}, Via: sp.via, Hedge: sp.hedge,
			SaidOn: news.Str(sp.saidOn), Published: news.Str(published)}
		if c.Via == nil {
			c.Via = []string{}
		}
		if c.Hedge == "" {
			c.Hedge = news.HedgeAsserted
		}
		if sp.value != nil {
			c.Type = news.ClaimQuantity
			c.Value, c.NumberText = sp.value, news.Str(sp.quote)
			c.What, c.Measure, c.Actor, c.Location = news.Str(sp.what), news.Str(sp.measure), news.Str(sp.actor), news.Str(sp.location)
		}
		d.Claims = append(d.Claims, c)
	}
	if _, err := st.Put(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	return d
}

func exact(v float64) *news.Value  { return &news.Value{Kind: news.KindExact, V: v} }
func approx(v float64) *news.Value { return &news.Value{Kind: news.KindApprox, V: v} }

// fixtureDocs stores three reports giving figures for one series, the
// first holding markup that must never reach a page unescaped.
func fixtureDocs(t testing.TB, st store.Store) []*store.Document {
	t.Helper()
	troops := func(quote, src, typ, said string, v *news.Value, hedge string) claimSpec {
		return claimSpec{quote: quote, source: src, srcType: typ, saidOn: said, value: v, hedge: hedge,
			what: "personnel", measure: "deployed", actor: "North Korea", location: "Russia"}
	}
	return []*store.Document{
		putDoc(t, st, "Seoul counts troops <script>alert(1)</script>", "Seoul Daily", "2025-01-10",
			"Seoul's spy agency said about 11,000 troops were deployed. <script>alert(1)</script> A diplomat said talks would go on.",
			troops("about 11,000 troops", "South Korea NIS", "agency", "2025-01-10", approx(11000), ""),
			claimSpec{quote: "talks would go on", source: "a diplomat", srcType: "unnamed", hedge: "reported", via: []string{"Yonhap"}}),
		putDoc(t, st, "Kyiv puts the force at 12,000", "Kyiv Post", "2025-01-14",
			"Ukraine's intelligence said 12,000 troops were deployed, an estimate.",
			troops("12,000 troops", "Ukraine HUR", "agency", "2025-01-14", exact(12000), "estimated")),
		putDoc(t, st, "Pentagon: 3,000 troops", "Wire", "2025-01-16",
			"The Pentagon said 3,000 troops were deployed.",
			troops("3,000 troops", "Pentagon", "military", "2025-01-16", exact(3000), "")),
	}
}

// envelope is the API's answer with data left raw.
type envelope struct {
	Status    string          `json:"status"`
	Data      json.RawMessage `json:"data"`
	ErrorType string          `json:"errorType"`
	Error     string          `json:"error"`
	Warnings  []string        `json:"warnings"`
}

type stubAnalyzer struct{}

// Run makes one statement claim of the first line, so ingest tests do not
// depend on the real analysis.
func (stubAnalyzer) Run(_ context.Context, d *news.Doc) error {
	line, _, _ := strings.Cut(d.Text, "\n")
	if line != "" {
		d.Claims = append(d.Claims, news.Claim{Type: news.ClaimStatement, End: len(line), Quote: line, Sentence: line,
			Source: news.Source{Name: "the outlet", Type: news.SourceOutlet}, Via: []string{}, Hedge: news.HedgeAsserted})
	}
	return nil
}

func newTestServer(t testing.TB, st store.Store, edit func(*Config)) *Server {
	t.Helper()
	cfg := Config{Store: st, Ingester: &ingest.Ingester{Store: st, Analyzer: stubAnalyzer{}}}
	if edit != nil {
		edit(&cfg)
	}
	s, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// do sends a request to the server's handler and returns the recorder.
func do(t testing.TB, s *Server, method, target string, body io.Reader, header map[string]string) *httptest.ResponseRecorder {
	t.Helper()
	r := httptest.NewRequest(method, target, body)
	for k, v := range header {
		r.Header.Set(k, v)
	}
	w := httptest.NewRecorder()
	s.Handler().ServeHTTP(w, r)
	return w
}

func decode(t testing.TB, w *httptest.ResponseRecorder) envelope {
	t.Helper()
	var e envelope
	if err := json.Unmarshal(w.Body.Bytes(), &e); err != nil {
		t.Fatalf("answer is not JSON: %v\n%s", err, w.Body.String())
	}
	return e
}

func jsonBody(v any) io.Reader {
	b, _ := json.Marshal(v)
	return bytes.NewReader(b)
}
