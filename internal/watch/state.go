package watch

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// sourceState is what the watcher remembers about a polled URL (the
// watch_sources table of migration 0009).
type sourceState struct {
	URL          string
	ETag         string
	LastModified string
	Failures     int       // errors in a row
	NextTry      time.Time // zero: poll now
	LastError    string
	Checked      time.Time
}

// state keeps the watcher's per-source memory in the store, next to the
// alert log (SQLite or PostgreSQL): statements are written with ? and
// rebound for the store.
type state struct {
	db     *sql.DB
	rebind func(string) string
}

func (s *state) source(ctx context.Context, url string) (sourceState, error) {
	st := sourceState{URL: url}
	var next, checked string
	err := s.db.QueryRowContext(ctx, s.rebind(`SELECT etag, last_modified, failures, next_try, last_error, checked
		FROM watch_sources WHERE url = ?`), url).Scan(&st.ETag, &st.LastModified, &st.Failures, &next, &st.LastError, &checked)
	if errors.Is(err, sql.ErrNoRows) {
		return st, nil
	}
	if err != nil {
		return st, fmt.Errorf("read state of %s: %w", url, err)
	}
	st.NextTry, _ = time.Parse(time.RFC3339Nano, next)
	st.Checked, _ = time.Parse(time.RFC3339Nano, checked)
	return st, nil
}

func (s *state) saveSource(ctx context.Context, st sourceState) error {
	_, err := s.db.ExecContext(ctx, s.rebind(`INSERT INTO watch_sources(url, etag, last_modified, failures, next_try, last_error, checked)
		VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(url) DO UPDATE SET etag = excluded.etag,
		last_modified = excluded.last_modified, failures = excluded.failures, next_try = excluded.next_try,
		last_error = excluded.last_error, checked = excluded.checked`),
		st.URL, st.ETag, st.LastModified, st.Failures, timeText(st.NextTry), st.LastError, timeText(st.Checked))
	if err != nil {
		return fmt.Errorf("save state of %s: %w", st.URL, err)
	}
	return nil
}

func timeText(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339Nano)
}

// seenItem reports whether a feed item was stored before.
func (s *state) seenItem(ctx context.Context, feed, link string) (bool, error) {
	var n int
	if err := s.db.QueryRowContext(ctx, s.rebind(`SELECT count(*) FROM watch_items WHERE feed = ? AND link = ?`), feed, link).Scan(&n); err != nil {
		return false, fmt.Errorf("read items of %s: %w", feed, err)
	}
	return n > 0, nil
}

func (s *state) markItem(ctx context.Context, feed, link, doc string, now time.Time) error {
	_, err := s.db.ExecContext(ctx, s.rebind(`INSERT INTO watch_items(feed, link, doc, seen) VALUES (?, ?, ?, ?)
		ON CONFLICT DO NOTHING`), feed, link, doc, timeText(now))
	if err != nil {
		return fmt.Errorf("record item %s: %w", link, err)
	}
	return nil
}
