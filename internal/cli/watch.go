package cli

import (
	"context"
	"fmt"
	"strings"
	"time"

	"golang.org/x/time/rate"

	"github.com/sitrep/sitrep/internal/alert"
	"github.com/sitrep/sitrep/internal/analysis"
	"github.com/sitrep/sitrep/internal/consolidate"
	"github.com/sitrep/sitrep/internal/gazetteer"
	"github.com/sitrep/sitrep/internal/store"
	"github.com/sitrep/sitrep/internal/watch"
)

const watchExamples = `  sitrep watch https://example.com/feed.xml                  poll every 10 minutes, alerts as text
  sitrep watch --every 30m --rules rules.yaml --alerts json feeds/ https://example.com/rss
  sitrep watch --webhook https://hooks.example.com/sitrep --once inbox/

rules.yaml:
  rules:
    - name: nk-troops
      when: [new_point, out_of_range]      # also: new_conflict, new_source
      actor: North Korea
      measure: deployed
    - name: disagreements
      when: [new_conflict]

Alerts are recorded in the store (table alerts) and raised once, even
across restarts and with several watchers on one PostgreSQL database;
pending deliveries are made on the next start. SIGINT or
SIGTERM stops after the document in hand.`

func runWatch(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "watch", "[--db DSN] [--every 10m] [--rules FILE] [--alerts text|json|none] [--webhook URL] SOURCE...", watchExamples)
	dsn := fs.String("db", "", "database: a file path (SQLite) or postgres:// URL (default $SITREP_DB or ./sitrep.db)")
	every := fs.Duration("every", watch.DefaultEvery, "time between polls")
	rulesFile := fs.String("rules", "", "alert rules (YAML); default: every kind of alert for every claim")
	alertsFmt := fs.String("alerts", "text", "alerts on stdout: text, json (one object per line) or none")
	webhook := fs.String("webhook", "", "also POST each alert as JSON to URL (retried; Idempotency-Key header)")
	perHost := fs.Float64("rate", 1, "most requests per second to one host")
	allowPrivate := fs.Bool("allow-private", false, "let URLs reach loopback and private network addresses")
	lang := fs.String("lang", "auto", "document language: auto, en, de, es, fr, ru, uk")
	once := fs.Bool("once", false, "poll once, deliver, and exit")
	sources, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(sources) == 0 {
		return usagef("no SOURCE given (a feed or page URL, a folder, a file or a glob)")
	}
	if *every <= 0 {
		return usagef("--every must be positive")
	}
	if *perHost <= 0 {
		return usagef("--rate must be positive")
	}
	var sinks []alert.Sink
	switch *alertsFmt {
	case "text", "json":
		sinks = append(sinks, &alert.Printer{W: env.Stdout, JSON: *alertsFmt == "json"})
	case "none":
	default:
		return usagef("unknown --alerts %q (want text, json or none)", *alertsFmt)
	}
	if *webhook != "" {
		if !strings.HasPrefix(*webhook, "http://") && !strings.HasPrefix(*webhook, "https://") {
			return usagef("--webhook must be an http(s) URL")
		}
		sinks = append(sinks, &alert.Webhook{URL: *webhook})
	}
	rules := alert.DefaultRules()
	if *rulesFile != "" {
		if rules, err = alert.LoadRules(*rulesFile); err != nil {
			return usagef("%v", err)
		}
	}
	if *dsn == "" {
		*dsn = store.DefaultDSN(env.Getenv)
	}
	st, err := openStore(ctx, env, *dsn)
	if err != nil {
		return err
	}
	defer st.Close()
	log, err := alert.OpenLog(ctx, *dsn)
	if err != nil {
		return err
	}
	defer log.Close()
	pipe, err := analysis.Default(analysis.Options{Lang: *lang})
	if err != nil {
		return fmt.Errorf("build analysis: %w", err)
	}
	gaz, err := gazetteer.Default()
	if err != nil {
		return fmt.Errorf("load gazetteer: %w", err)
	}
	w := &watch.Watcher{
		Store: st, Analyzer: pipe, Log: log, Rules: rules, Sinks: sinks, Sources: sources,
		Every: *every, PerHost: rate.Limit(*perHost), AllowPrivate: *allowPrivate,
		Consolidate: consolidate.Options{Parents: gaz.Parents, Demonym: demonymOf(gaz)},
		Logf: func(format string, args ...any) {
			fmt.Fprintf(env.Stderr, "sitrep watch: %s %s\n", time.Now().Format("15:04:05"), fmt.Sprintf(format, args...))
		},
	}
	if !*once {
		return w.Run(ctx)
	}
	if _, err := w.Start(ctx); err != nil {
		return err
	}
	s, err := w.Step(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stderr, "sitrep watch: %d sources, %d new documents, %d failed; %d alerts, %d delivered\n",
		s.Polled, s.Added, s.Failed, s.Raised, s.Delivered)
	if s.Failed > 0 {
		return &partialError{failed: s.Failed, total: s.Polled + s.Waiting}
	}
	return nil
}

// demonymOf gives series labels their adjective ("North Korean personnel").
func demonymOf(g *gazetteer.Gazetteer) func(string) string {
	return func(actor string) string {
		if e, ok := g.Lookup(actor); ok && len(e.Demonyms) > 0 {
			return e.Demonyms[0]
		}
		return actor
	}
}
