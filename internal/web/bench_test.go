package web

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/news"
	"github.com/sitrep/sitrep/internal/store"
)

// fillStore stores docs documents of 50 quantity claims each, sources,
// actors and figures cycling so that filters select a share of them.
func fillStore(b testing.TB, st store.Store, docs int) {
	b.Helper()
	sources := []string{"South Korea NIS", "Ukraine HUR", "Pentagon", "UK Defence Ministry", "ISW"}
	actors := []string{"North Korea", "Russia", "Ukraine", "Iran"}
	for d := range docs {
		var sb strings.Builder
		var specs []claimSpec
		for i := range 50 {
			k := d*50 + i
			q := fmt.Sprintf("%s troops (item %d)", news.Group(float64(1000+k*37%20000)), k)
			fmt.Fprintf(&sb, "%s said %s were deployed. ", sources[k%len(sources)], q)
			specs = append(specs, claimSpec{quote: q, source: sources[k%len(sources)], srcType: "agency",
				saidOn: fmt.Sprintf("2025-%02d-%02d", 1+k%12, 1+k%28), value: exact(float64(1000 + k*37%20000)),
				what: "personnel", measure: "deployed", actor: actors[k%len(actors)], location: fmt.Sprintf("Place %d", k%500)})
		}
		putDoc(b, st, fmt.Sprintf("Report %d", d), "Gen", "2025-06-01", sb.String(), specs...)
	}
}

func BenchmarkAPI(b *testing.B) {
	st := openTestStore(b)
	fillStore(b, st, 100)
	s := newTestServer(b, st, nil)
	h := s.Handler()
	for _, target := range []string{
		"/api/v1/claims",
		"/api/v1/claims?offset=4000",
		"/api/v1/claims?source=pentagon&since=2025-03-01",
		"/api/v1/claims?sort=-value",
		"/api/v1/estimates",
	} {
		b.Run(target, func(b *testing.B) {
			for b.Loop() {
				w := httptest.NewRecorder()
				h.ServeHTTP(w, httptest.NewRequest("GET", target, nil))
				if w.Code != http.StatusOK {
					b.Fatalf("status %d: %s", w.Code, w.Body)
				}
			}
		})
	}
}
