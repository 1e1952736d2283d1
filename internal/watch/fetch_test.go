package watch

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"golang.org/x/time/rate"

	"github.com/sitrep/sitrep/internal/ingest"
)

func TestConditionalGet(t *testing.T) {
	modified := time.Date(2025, 1, 10, 8, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name    string
		handler http.HandlerFunc
		etag    string // validator the server gives
		lastMod string
	}{
		{"etag", func(w http.ResponseWriter, r *http.Request) {
			if r.Header.Get("If-None-Match") == `"v1"` {
				w.WriteHeader(http.StatusNotModified)
				return
			}
			w.Header().Set("ETag", `"v1"`)
			w.Write([]byte("body"))
		}, `"v1"`, ""},
		{"last-modified", func(w http.ResponseWriter, r *http.Request) {
			// http.ServeContent answers If-Modified-Since itself.
			http.ServeContent(w, r, "x.txt", modified, strings.NewReader("body"))
		}, "", modified.Format(http.TimeFormat)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			srv := httptest.NewServer(tc.handler)
			defer srv.Close()
			f := newFetcher(nil, rate.Inf, true)
			ctx := context.Background()
			r1, err := f.get(ctx, srv.URL, "", "")
			if err != nil {
				t.Fatal(err)
			}
			if r1.NotModified || string(r1.Body) != "body" || r1.ETag != tc.etag || r1.LastModified != tc.lastMod {
				t.Fatalf("first get: %+v", r1)
			}
			r2, err := f.get(ctx, srv.URL, r1.ETag, r1.LastModified)
			if err != nil {
				t.Fatal(err)
			}
			if !r2.NotModified || r2.ETag != r1.ETag || r2.LastModified != r1.LastModified {
				t.Errorf("second get: %+v, want 304 keeping the validators", r2)
			}
		})
	}
}

func TestFetchRefusals(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "gone", http.StatusGone)
	}))
	defer srv.Close()
	ctx := context.Background()
	for _, tc := range []struct {
		name         string
		url          string
		allowPrivate bool
		want         error
	}{
		{"loopback refused", srv.URL, false, ingest.ErrPrivate},
		{"error status", srv.URL, true, ingest.ErrStatus},
		{"scheme", "ftp://example.org/x", true, ingest.ErrScheme},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := newFetcher(nil, rate.Inf, tc.allowPrivate).get(ctx, tc.url, "", "")
			if !errors.Is(err, tc.want) {
				t.Errorf("err = %v, want %v", err, tc.want)
			}
		})
	}
}
