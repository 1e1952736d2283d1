package cli

import (
	"context"
	"fmt"
	"log/slog"
	"net"
	"runtime"

	"github.com/sitrep/sitrep/internal/alert"
	"github.com/sitrep/sitrep/internal/analysis"
	"github.com/sitrep/sitrep/internal/consolidate"
	"github.com/sitrep/sitrep/internal/gazetteer"
	"github.com/sitrep/sitrep/internal/ingest"
	"github.com/sitrep/sitrep/internal/store"
	"github.com/sitrep/sitrep/internal/web"
)

const serveExamples = `  sitrep serve                                   UI at http://127.0.0.1:8080/
  sitrep serve --db team.db --addr 127.0.0.1:9000
  SITREP_TOKEN=s3cret sitrep serve --addr 0.0.0.0:8080   reachable from the network: POST needs the token
  curl -H 'Authorization: Bearer s3cret' -d '{"url":"https://example.com/a"}' \
       -H 'Content-Type: application/json' http://host:8080/api/v1/ingest`

func runServe(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "serve", "[--db DSN] [--addr 127.0.0.1:8080] [--token T]", serveExamples)
	dsn := fs.String("db", "", "database: a file path (SQLite) or postgres:// URL (default $SITREP_DB or ./sitrep.db)")
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on; anything but loopback needs a token")
	token := fs.String("token", "", "token that writing endpoints require as 'Authorization: Bearer T' (default $SITREP_TOKEN)")
	allowPrivate := fs.Bool("allow-private", false, "let ingested URLs reach loopback and private network addresses")
	lang := fs.String("lang", "auto", "language of ingested documents: auto, en, de, es, fr, ru, uk")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usagef("unexpected argument %q", pos[0])
	}
	if *token == "" {
		*token = env.Getenv("SITREP_TOKEN")
	}
	if err := web.CheckAddr(*addr, *token); err != nil {
		return usagef("%v", err)
	}
	if *dsn == "" {
		*dsn = store.DefaultDSN(env.Getenv)
	}
	st, err := openStore(ctx, env, *dsn)
	if err != nil {
		return err
	}
	defer st.Close()
	log := slog.New(slog.NewTextHandler(env.Stderr, nil))
	alerts := openServeAlerts(ctx, *dsn, log)
	if alerts != nil {
		defer alerts.Close()
	}
	pipe, err := analysis.Default(analysis.Options{Lang: *lang})
	if err != nil {
		return fmt.Errorf("build analysis: %w", err)
	}
	g, err := gazetteer.Default()
	if err != nil {
		return fmt.Errorf("load gazetteer: %w", err)
	}
	srv, err := web.New(web.Config{
		Store: st,
		Ingester: &ingest.Ingester{Store: st, Analyzer: pipe, Workers: runtime.NumCPU(),
			Fetcher: ingest.NewFetcher(ingest.FetchOptions{AllowPrivate: *allowPrivate})},
		Token:       *token,
		Consolidate: serveConsolidateOptions(g),
		Log:         log,
		Alerts:      alerts,
	})
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return fmt.Errorf("listen: %w", err)
	}
	fmt.Fprintf(env.Stderr, "sitrep serve: http://%s/ (API under /api/v1/); stop with Ctrl-C\n", ln.Addr())
	return srv.Serve(ctx, ln)
}

// serveConsolidateOptions nests places and names actors' people as the
// gazetteer says.
func serveConsolidateOptions(g *gazetteer.Gazetteer) consolidate.Options {
	return consolidate.Options{
		Parents: g.Parents,
		Demonym: func(actor string) string {
			if e, ok := g.Lookup(actor); ok && len(e.Demonyms) > 0 {
				return e.Demonyms[0]
			}
			return actor
		},
	}
}

// openServeAlerts opens the alert log `sitrep watch` fills in the store, for
// the Alerts page, API and stream. The rest of the server is worth serving
// without it (a role that may not create its tables, say): then it warns,
// and the UI says alerts are unavailable.
func openServeAlerts(ctx context.Context, dsn string, log *slog.Logger) *alert.Log {
	l, err := web.OpenAlerts(ctx, dsn)
	if err != nil {
		log.Warn("serving without alerts", "err", err)
		return nil
	}
	return l
}
