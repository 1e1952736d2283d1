// Package web serves sitrep's HTTP API under /api/v1/ and its web UI at /:
// server-rendered pages over the same store, with every template, style and
// script embedded in the binary so that nothing is fetched at run time.
//
// The API answers in prometheus's envelope {status, data, errorType, error,
// warnings}: GET docs, docs/{id}, claims (the filters of `sitrep claims`),
// estimates (?q=), conflicts, sources and alerts (with alerts/stream, the
// alerts `sitrep watch` raises as server-sent events); POST ingest (a URL
// as JSON, or a document as text/plain or text/html with ?name=). The UI
// has the overview, series, document, claims, conflicts, sources, alerts
// and add pages, and a badge counting the alerts the reader has not seen.
//
// Claim listings and everything consolidated (series, conflicts, sources)
// are answered from views of the whole store held in memory (views.go),
// rebuilt in the background when the store gains documents; full-text
// search goes to the store.
package web

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/sitrep/sitrep/internal/alert"
	"github.com/sitrep/sitrep/internal/consolidate"
	"github.com/sitrep/sitrep/internal/ingest"
	"github.com/sitrep/sitrep/internal/store"
)

// Limits and timeouts of the server.
const (
	DefaultMaxBody    = 10 << 20 // bytes of a request body
	readHeaderTimeout = 5 * time.Second
	readTimeout       = 30 * time.Second
	// writeTimeout allows for ingesting a URL, which fetches and analyzes.
	writeTimeout    = 90 * time.Second
	idleTimeout     = 120 * time.Second
	shutdownTimeout = 10 * time.Second
)

// Config is what a Server needs.
type Config struct {
	Store store.Store
	// Ingester stores posted documents and URLs; nil refuses ingest.
	Ingester *ingest.Ingester
	// Token, when set, is required as "Authorization: Bearer TOKEN" by
	// writing endpoints.
	Token string
	// MaxBody limits request bodies; zero means DefaultMaxBody.
	MaxBody int64
	// Consolidate tunes series and conflicts (places nesting, demonyms).
	Consolidate consolidate.Options
	// CacheTTL is how long consolidated views (series, conflicts, sources
	// and the in-memory claim listing) are reused at most; zero means 30
	// minutes. The ttl only guards against changes the probe cannot see
	// (a database replaced underneath). Ingest through the server clears them at once; documents
	// stored by other processes are noticed within a second and show up
	// once the views are rebuilt in the background.
	CacheTTL time.Duration
	// Alerts is the alert log `sitrep watch` writes (OpenAlerts opens it).
	// Nil leaves the server without alerts: the pages then say alerts are
	// unavailable and the alert endpoints answer 503.
	Alerts *alert.Log
	// AlertPoll is how often an alert stream checks the log; zero means 2s.
	AlertPoll time.Duration
	Log       *slog.Logger
}

// Server answers the API and the UI.
type Server struct {
	cfg   Config
	views *viewCache
	pages *pages
	mux   *http.ServeMux
	// alertSSE streams the alert log; streams ends when the server shuts
	// down, and with it every stream.
	alertSSE    http.Handler
	streams     context.Context
	stopStreams context.CancelFunc
}

// New builds a server over cfg.Store.
func New(cfg Config) (*Server, error) {
	if cfg.Store == nil {
		return nil, errors.New("web: no store")
	}
	if cfg.MaxBody <= 0 {
		cfg.MaxBody = DefaultMaxBody
	}
	if cfg.CacheTTL <= 0 {
		cfg.CacheTTL = 30 * time.Minute
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	pg, err := loadPages()
	if err != nil {
		return nil, err
	}
	s := &Server{cfg: cfg, pages: pg, mux: http.NewServeMux()}
	s.streams, s.stopStreams = context.WithCancel(context.Background())
	if cfg.Alerts != nil {
		s.alertSSE = alert.SSE(cfg.Alerts, cfg.AlertPoll)
	}
	s.views = newViewCache(cfg.Store, cfg.Consolidate, cfg.CacheTTL, cfg.Log.Warn)
	s.routes()
	return s, nil
}

// csp allows the page's own scripts and styles and nothing from elsewhere:
// document text is untrusted, and even if markup slipped through escaping
// it could neither run inline script nor load anything.
const csp = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
	"connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

// Handler is the server's root handler: every request body is limited to
// MaxBody and every answer carries the security headers.
func (s *Server) Handler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Body != nil {
			r.Body = http.MaxBytesReader(w, r.Body, s.cfg.MaxBody)
		}
		h := w.Header()
		h.Set("Content-Security-Policy", csp)
		h.Set("X-Content-Type-Options", "nosniff")
		// Not no-referrer: browsers would then send "Origin: null" with the
		// Add form, which crossSite could not tell from a foreign page.
		h.Set("Referrer-Policy", "same-origin")
		h.Set("X-Frame-Options", "DENY")
		s.mux.ServeHTTP(w, r)
	})
}

// IsLoopback reports whether addr ("host:port") binds only to the loopback
// interface. An empty host binds every interface, so it is not.
func IsLoopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// CheckAddr refuses to serve on a non-loopback address without a token:
// anyone on the network could otherwise make the server fetch URLs and fill
// the store.
func CheckAddr(addr, token string) error {
	if !IsLoopback(addr) && token == "" {
		return fmt.Errorf("address %s is reachable from other machines: set --token or $SITREP_TOKEN", addr)
	}
	return nil
}

// Serve answers on ln until ctx ends, then shuts down gracefully: requests
// in flight get shutdownTimeout to finish.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	hs := &http.Server{
		Handler:           s.Handler(),
		ReadHeaderTimeout: readHeaderTimeout,
		ReadTimeout:       readTimeout,
		WriteTimeout:      writeTimeout,
		IdleTimeout:       idleTimeout,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(s.cfg.Log.Handler(), slog.LevelWarn),
		BaseContext:       func(net.Listener) context.Context { return context.WithoutCancel(ctx) },
	}
	hs.RegisterOnShutdown(s.stopStreams)
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	// Work out the overview's series while nobody waits for them: over a
	// large store this takes seconds.
	go func() {
		if _, err := s.views.consolidated(ctx); err != nil {
			s.cfg.Log.Warn("prepare views", "err", err)
		}
	}()
	select {
	case err := <-errc:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), shutdownTimeout)
	defer cancel()
	if err := hs.Shutdown(sctx); err != nil {
		return fmt.Errorf("shut down: %w", err)
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serve: %w", err)
	}
	return nil
}
