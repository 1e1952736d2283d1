package postgres

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgconn"
	"github.com/sitrep/sitrep/internal/news"
	"github.com/sitrep/sitrep/internal/store"
	"github.com/sitrep/sitrep/internal/store/storetest"
)

func TestStore(t *testing.T) {
	needDB(t)
	storetest.Run(t, func(t *testing.T) store.Store {
		db, _ := openFresh(t)
		return db
	})
}

func TestOpenByDSN(t *testing.T) {
	dsn := freshSchema(t)
	ctx := context.Background()
	for _, scheme := range []string{"postgres://", "postgresql://"} {
		t.Run(scheme, func(t *testing.T) {
			s, err := store.Open(ctx, scheme+strings.SplitN(dsn, "://", 2)[1])
			if err != nil {
				t.Fatalf("store.Open: %v", err)
			}
			defer s.Close()
			if _, ok := s.(*DB); !ok {
				t.Errorf("store.Open gave a %T, want *postgres.DB", s)
			}
		})
	}
}

func TestUnreachable(t *testing.T) {
	ctx := context.Background()
	port, err := freePort() // nobody listens there once freePort returns
	if err != nil {
		t.Fatal(err)
	}
	dsn := "postgres://sitrep@127.0.0.1:" + itoa(port) + "/sitrep?sslmode=disable&connect_timeout=2"
	start := time.Now()
	_, err = OpenOptions(ctx, dsn, Options{ConnectWait: 300 * time.Millisecond})
	if err == nil {
		t.Fatal("Open of a closed port: no error")
	}
	if got, want := err.Error(), "connect to postgres at 127.0.0.1:"+itoa(port)+": "; !strings.HasPrefix(got, want) {
		t.Errorf("error = %q, want it to start with %q", got, want)
	}
	if !strings.Contains(err.Error(), "refused") {
		t.Errorf("error = %q, want it to say the connection was refused", err)
	}
	// It retried: at least the first backoff sleep went by.
	if time.Since(start) < 20*time.Millisecond {
		t.Errorf("no retry before giving up")
	}
	defer func(w time.Duration) { defaultConnectWait = w }(defaultConnectWait)
	defaultConnectWait = 300 * time.Millisecond
	_, err = store.Open(ctx, dsn)
	if err == nil || !strings.HasPrefix(err.Error(), "open store: connect to postgres at 127.0.0.1:") {
		t.Errorf("store.Open error = %v", err)
	}
}

func TestConnectWhenServerComesUp(t *testing.T) {
	// Open keeps trying while the server refuses connections: a listener
	// that appears after a moment, proxying to the real server.
	dsn := needDB(t)
	cfg, err := pgconn.ParseConfig(dsn)
	if err != nil {
		t.Fatal(err)
	}
	port, err := freePort()
	if err != nil {
		t.Fatal(err)
	}
	stop := proxyLater(t, "127.0.0.1:"+itoa(port), cfg.Host+":"+itoa(int(cfg.Port)), 400*time.Millisecond)
	defer stop()
	late := strings.Replace(freshSchema(t), ":"+itoa(int(cfg.Port))+"/", ":"+itoa(port)+"/", 1)
	db, err := OpenOptions(context.Background(), late, Options{ConnectWait: 10 * time.Second})
	if err != nil {
		t.Fatalf("Open while the server comes up: %v", err)
	}
	db.Close()
}

func TestStatementTimeout(t *testing.T) {
	dsn := freshSchema(t)
	ctx := context.Background()
	db, err := OpenOptions(ctx, dsn, Options{StatementTimeout: 100 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	_, err = db.pool.Exec(ctx, `SELECT pg_sleep(2)`)
	var pe *pgconn.PgError
	if !errors.As(err, &pe) || pe.Code != "57014" {
		t.Fatalf("pg_sleep(2) under a 100ms timeout = %v, want query_canceled (57014)", err)
	}
	// The DSN's own setting wins over the option.
	db2, err := OpenOptions(ctx, withParam(t, dsn, "statement_timeout", "5000"), Options{StatementTimeout: time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer db2.Close()
	var st string
	if err := db2.pool.QueryRow(ctx, `SHOW statement_timeout`).Scan(&st); err != nil {
		t.Fatal(err)
	}
	if got, want := st, "5s"; got != want {
		t.Errorf("statement_timeout = %q, want %q", got, want)
	}
}

func TestPutRollsBackOnFailure(t *testing.T) {
	db, _ := openFresh(t)
	defer db.Close()
	ctx := context.Background()
	d := storetest.NewDoc("a.txt", "Officials said 40 drones were launched and 12 were shot down.", news.Meta{},
		storetest.ClaimSpec{Quote: "40 drones", Type: news.ClaimQuantity, Source: "officials", SourceType: "unnamed"},
		storetest.ClaimSpec{Quote: "12 were", Type: news.ClaimQuantity, Source: "officials", SourceType: "unnamed"})
	// Two claims with one id break the claims' uniqueness only after the
	// document row is in: the whole transaction must go.
	d.Claims[1].ID = "dup"
	d.Claims[0].ID = "dup"
	if _, err := db.pool.Exec(ctx, `CREATE UNIQUE INDEX claims_id_unique ON claims (id)`); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Put(ctx, d); err == nil {
		t.Fatal("Put with clashing claim ids: no error")
	}
	for _, table := range []string{"documents", "claims", "sketch_bands"} {
		var n int
		if err := db.pool.QueryRow(ctx, `SELECT count(*) FROM `+table).Scan(&n); err != nil {
			t.Fatal(err)
		}
		if n != 0 {
			t.Errorf("%s: %d rows left by a failed Put", table, n)
		}
	}
	if ok, _ := db.Has(ctx, d.ID); ok {
		t.Errorf("Has after a failed Put = true")
	}
}

func TestPutCancelled(t *testing.T) {
	db, _ := openFresh(t)
	defer db.Close()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	d := storetest.NewDoc("a.txt", "Officials said 40 drones were launched.", news.Meta{},
		storetest.ClaimSpec{Quote: "40 drones", Type: news.ClaimQuantity, Source: "officials", SourceType: "unnamed"})
	if _, err := db.Put(ctx, d); !errors.Is(err, context.Canceled) {
		t.Errorf("Put with a cancelled context = %v, want context.Canceled", err)
	}
	if ok, err := db.Has(context.Background(), d.ID); err != nil || ok {
		t.Errorf("Has after a cancelled Put = %v, %v", ok, err)
	}
}

func TestClosed(t *testing.T) {
	db, _ := openFresh(t)
	db.Close()
	if _, err := db.Has(context.Background(), "abcd"); err == nil {
		t.Errorf("Has after Close: no error")
	}
}

func TestTextRoundTrip(t *testing.T) {
	db, _ := openFresh(t)
	defer db.Close()
	ctx := context.Background()
	tests := []struct{ name, text string }{
		{"nul byte", "Officials said 40 drones\x00 were launched."},
		{"invalid utf-8", "Officials said 40 drones were launched \xff\xfe near Kharkiv."},
		{"cyrillic", "Повітряні сили повідомили про 40 дронів над Харковом."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := storetest.NewDoc(tt.name, tt.text, news.Meta{Title: "t\x00itle"},
				storetest.ClaimSpec{Quote: "40", Type: news.ClaimQuantity, Source: "officials", SourceType: "unnamed"})
			if _, err := db.Put(ctx, d); err != nil {
				t.Fatalf("Put: %v", err)
			}
			got, err := db.Document(ctx, d.ID)
			if err != nil {
				t.Fatalf("Document: %v", err)
			}
			if got.Text != tt.text {
				t.Errorf("text = %q, want %q", got.Text, tt.text)
			}
			if len(got.Claims) != 1 || got.Text[got.Claims[0].Start:got.Claims[0].End] != "40" {
				t.Errorf("claims = %+v", got.Claims)
			}
		})
	}
}

func TestLanguageSearch(t *testing.T) {
	db, _ := openFresh(t)
	defer db.Close()
	ctx := context.Background()
	en := storetest.NewDoc("en.txt", "The air force said drones were intercepted over the city.", news.Meta{Lang: "en"},
		storetest.ClaimSpec{Quote: "drones were intercepted", Type: news.ClaimStatement, Source: "air force", SourceType: "military"})
	de := storetest.NewDoc("de.txt", "Die Luftwaffe meldete abgefangene Drohnen über der Stadt.", news.Meta{Lang: "de"})
	plain := storetest.NewDoc("xx.txt", "Reports mention drones near the border.", news.Meta{})
	for _, d := range []*store.Document{en, de, plain} {
		if _, err := db.Put(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct{ query, want string }{
		{"drone", "en.txt"},            // English stemming finds the plural
		{"drones", "en.txt xx.txt"},    // the simple configuration needs the word as written
		{"intercept", "en.txt"},        // stemmed verb
		{"Drohne", "de.txt"},           // German stemming
		{"DRONES border", "xx.txt"},    // case and every word
		{"drones & !border", "xx.txt"}, // operators are not syntax: both words must occur
		{"zeppelin", ""},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			docs, err := db.Documents(ctx, store.DocFilter{Text: tt.query})
			if err != nil {
				t.Fatal(err)
			}
			var srcs []string
			for _, d := range docs {
				srcs = append(srcs, d.Source)
			}
			if got := strings.Join(srcs, " "); got != tt.want {
				t.Errorf("Documents(%q) = %q, want %q", tt.query, got, tt.want)
			}
		})
	}
	claims, err := db.Claims(ctx, store.ClaimFilter{Text: "intercept"})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := len(claims), 1; got != want {
		t.Errorf("claims matching %q = %d, want %d", "intercept", got, want)
	}
}

func TestTsconfig(t *testing.T) {
	tests := []struct{ lang, want string }{
		{"en", "english"}, {"en-GB", "english"}, {"DE", "german"}, {"uk", "simple"}, {"", "simple"}, {"xx", "simple"},
	}
	for _, tt := range tests {
		t.Run(tt.lang, func(t *testing.T) {
			if got := tsconfig(tt.lang); got != tt.want {
				t.Errorf("tsconfig(%q) = %q, want %q", tt.lang, got, tt.want)
			}
		})
	}
}

// FuzzTextQuery: whatever a user types as search words, the query runs (no
// syntax error) and finds nothing it should not.
func FuzzTextQuery(f *testing.F) {
	for _, s := range []string{"drones", `"drones" OR -(`, "a & b | !c", "'", `\`, "%_", "x\x00y", "\xff", "<->", ":*"} {
		f.Add(s)
	}
	db, _ := openFresh(f)
	defer db.Close()
	ctx := context.Background()
	d := storetest.NewDoc("a.txt", "Officials said 40 drones were launched.", news.Meta{},
		storetest.ClaimSpec{Quote: "40 drones", Type: news.ClaimQuantity, Source: "officials", SourceType: "unnamed"})
	if _, err := db.Put(ctx, d); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, q string) {
		if _, err := db.Documents(ctx, store.DocFilter{Text: q}); err != nil {
			t.Errorf("Documents(text %q): %v", q, err)
		}
		if _, err := db.Claims(ctx, store.ClaimFilter{Text: q, Source: q, Actor: q}); err != nil {
			t.Errorf("Claims(%q): %v", q, err)
		}
		if _, err := db.Document(ctx, q); err != nil && !errors.Is(err, store.ErrNotFound) && !errors.Is(err, store.ErrInvalid) {
			t.Errorf("Document(%q): %v", q, err)
		}
	})
}
