package ingest

import (
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"testing"
)

func testServer(t *testing.T) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	mux.HandleFunc("/page", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		fmt.Fprint(w, "ua="+r.Header.Get("User-Agent"))
	})
	mux.HandleFunc("/redirect/{n}", func(w http.ResponseWriter, r *http.Request) {
		var n int
		fmt.Sscan(r.PathValue("n"), &n)
		if n == 0 {
			http.Redirect(w, r, "/page", http.StatusFound)
			return
		}
		http.Redirect(w, r, fmt.Sprintf("/redirect/%d", n-1), http.StatusFound)
	})
	mux.HandleFunc("/to-ftp", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "ftp://example.com/x", http.StatusFound)
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(strings.Repeat("a", 3000)))
	})
	mux.HandleFunc("/big-chunked", func(w http.ResponseWriter, r *http.Request) {
		for range 30 {
			w.Write([]byte(strings.Repeat("b", 100)))
			w.(http.Flusher).Flush()
		}
	})
	mux.HandleFunc("/gzip", func(w http.ResponseWriter, r *http.Request) {
		if !strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
			http.Error(w, "want gzip", http.StatusNotAcceptable)
			return
		}
		w.Header().Set("Content-Encoding", "gzip")
		zw := gzip.NewWriter(w)
		zw.Write([]byte("compressed text"))
		zw.Close()
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func TestFetch(t *testing.T) {
	srv := testServer(t)
	dead := httptest.NewServer(http.NotFoundHandler())
	deadURL := dead.URL
	dead.Close()
	tests := []struct {
		name    string
		opts    FetchOptions
		url     string
		want    string
		err     error
		errText string
	}{
		{"private refused", FetchOptions{}, srv.URL + "/page", "", ErrPrivate, ""},
		{"private refused after redirect", FetchOptions{}, srv.URL + "/redirect/1", "", ErrPrivate, ""},
		{"allow private", FetchOptions{AllowPrivate: true}, srv.URL + "/page", "ua=" + UserAgent, nil, ""},
		{"redirects followed", FetchOptions{AllowPrivate: true}, srv.URL + "/redirect/3", "ua=" + UserAgent, nil, ""},
		{"too many redirects", FetchOptions{AllowPrivate: true, MaxRedirects: 2}, srv.URL + "/redirect/5", "", nil, "more than 2 redirects"},
		{"redirect to ftp", FetchOptions{AllowPrivate: true}, srv.URL + "/to-ftp", "", ErrScheme, ""},
		{"size limit by length", FetchOptions{AllowPrivate: true, MaxBytes: 1000}, srv.URL + "/big", "", ErrTooLarge, ""},
		{"size limit chunked", FetchOptions{AllowPrivate: true, MaxBytes: 1000}, srv.URL + "/big-chunked", "", ErrTooLarge, ""},
		{"404", FetchOptions{AllowPrivate: true}, srv.URL + "/missing", "", ErrStatus, "404"},
		{"dead host", FetchOptions{AllowPrivate: true}, deadURL + "/page", "", nil, "connection refused"},
		{"gzip", FetchOptions{AllowPrivate: true}, srv.URL + "/gzip", "compressed text", nil, ""},
		{"ftp scheme", FetchOptions{AllowPrivate: true}, "ftp://example.com/a", "", ErrScheme, ""},
		{"file scheme", FetchOptions{AllowPrivate: true}, "file:///etc/passwd", "", ErrScheme, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := NewFetcher(tt.opts).Fetch(context.Background(), tt.url)
			if tt.err != nil || tt.errText != "" {
				if err == nil || (tt.err != nil && !errors.Is(err, tt.err)) || !strings.Contains(err.Error(), tt.errText) {
					t.Fatalf("Fetch error = %v, want %v containing %q", err, tt.err, tt.errText)
				}
				return
			}
			if err != nil {
				t.Fatalf("Fetch: %v", err)
			}
			if got := string(p.Body); got != tt.want {
				t.Errorf("body = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestPublicAddr(t *testing.T) {
	tests := []struct {
		ip   string
		want bool
	}{
		{"8.8.8.8", true},
		{"2606:4700::1111", true},
		{"127.0.0.1", false},
		{"::1", false},
		{"10.1.2.3", false},
		{"192.168.0.1", false},
		{"172.16.5.4", false},
		{"169.254.169.254", false},
		{"100.64.0.1", false},
		{"0.0.0.0", false},
		{"::ffff:127.0.0.1", false},
		{"fe80::1", false},
		{"fd00::1", false},
		{"224.0.0.1", false},
	}
	for _, tt := range tests {
		t.Run(tt.ip, func(t *testing.T) {
			if got := PublicAddr(netip.MustParseAddr(tt.ip)); got != tt.want {
				t.Errorf("PublicAddr(%s) = %v, want %v", tt.ip, got, tt.want)
			}
		})
	}
}

func TestPerHostLimit(t *testing.T) {
	f := NewFetcher(FetchOptions{PerHost: 2})
	ctx, cancel := context.WithCancel(context.Background())
	r1, _ := f.acquire(ctx, "h")
	r2, _ := f.acquire(ctx, "h")
	if _, err := f.acquire(context.Background(), "other"); err != nil {
		t.Fatalf("other host blocked: %v", err)
	}
	cancel()
	if _, err := f.acquire(ctx, "h"); err == nil {
		t.Fatalf("third request to the same host was not held back")
	}
	r1()
	r2()
}
