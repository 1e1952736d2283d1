package alert

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/sitrep/sitrep/internal/store"
	"github.com/sitrep/sitrep/internal/store/sqlite"
)

// Log is the alert log of a SQLite store: the alerts table, what each sink
// has been delivered, and the cursor over documents already evaluated. Its
// tables come from the store's migration 0009_watch_alerts.sql. Every method
// is safe for concurrent use, and several processes may use one file: the
// web UI reads while a watcher writes.
type Log struct {
	db *sql.DB
}

// OpenLog opens the alert log in the SQLite store at dsn (a file path or a
// file: URI), migrating the store first. PostgreSQL stores have no alert
// log yet: their DSNs give an error wrapping store.ErrUnavailable.
func OpenLog(ctx context.Context, dsn string) (*Log, error) {
	if store.Kind(dsn) != "sqlite" {
		return nil, fmt.Errorf("alert log: %s store: %w", store.Kind(dsn), store.ErrUnavailable)
	}
	st, err := sqlite.Open(ctx, dsn)
	if err != nil {
		return nil, fmt.Errorf("alert log: %w", err)
	}
	st.Close()
	path, query, _ := strings.Cut(strings.TrimPrefix(dsn, "file:"), "?")
	q, err := url.ParseQuery(query)
	if err != nil {
		return nil, fmt.Errorf("alert log: parse dsn: %w", err)
	}
	q.Add("_pragma", "busy_timeout(10000)")
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "synchronous(NORMAL)")
	q.Set("_txlock", "immediate")
	db, err := sql.Open("sqlite", "file:"+path+"?"+q.Encode())
	if err != nil {
		return nil, fmt.Errorf("alert log: %w", err)
	}
	// One connection: writes queue here instead of meeting busy errors.
	db.SetMaxOpenConns(1)
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("alert log: %w", err)
	}
	return &Log{db: db}, nil
}

// Close closes the log.
func (l *Log) Close() error { return l.db.Close() }

// DB is the log's connection, for the watcher's own state tables
// (watch_sources, watch_items) in the same file.
func (l *Log) DB() *sql.DB { return l.db }

const cursorName = "doc_cursor"

// Cursor returns the position (the documents table's rowid) up to which
// documents have been evaluated; ok is false before the first Commit.
func (l *Log) Cursor(ctx context.Context) (pos int64, ok bool, err error) {
	var v string
	err = l.db.QueryRowContext(ctx, `SELECT value FROM watch_state WHERE name = ?`, cursorName).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, false, nil
	}
	if err != nil {
		return 0, false, fmt.Errorf("read cursor: %w", err)
	}
	pos, err = strconv.ParseInt(v, 10, 64)
	if err != nil {
		return 0, false, fmt.Errorf("read cursor %q: %w", v, err)
	}
	return pos, true, nil
}

// DocsAfter returns the ids of the documents stored after position pos, in
// storing order, and the position of the last one (pos when none).
func (l *Log) DocsAfter(ctx context.Context, pos int64) (ids []string, last int64, err error) {
	rows, err := l.db.QueryContext(ctx, `SELECT rowid, id FROM documents WHERE rowid > ? ORDER BY rowid`, pos)
	if err != nil {
		return nil, 0, fmt.Errorf("new documents: %w", err)
	}
	defer rows.Close()
	last = pos
	for rows.Next() {
		var id string
		if err := rows.Scan(&last, &id); err != nil {
			return nil, 0, fmt.Errorf("new documents: %w", err)
		}
		ids = append(ids, id)
	}
	if err := rows.Err(); err != nil {
		return nil, 0, fmt.Errorf("new documents: %w", err)
	}
	return ids, last, nil
}

// Commit records the alerts not recorded before and moves the cursor to pos,
// in one transaction: after a crash either both happened or neither, so the
// same documents are evaluated again and no alert is lost. It returns the
// alerts recorded now, with ID and Raised set; alerts whose key is already
// in the log are dropped.
func (l *Log) Commit(ctx context.Context, alerts []Alert, pos int64, now time.Time) ([]Alert, error) {
	tx, err := l.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("record alerts: %w", err)
	}
	defer tx.Rollback()
	var raised []Alert
	for _, a := range alerts {
		a.ID, a.Raised = 0, now.UTC().Truncate(time.Second)
		b, err := json.Marshal(a)
		if err != nil {
			return nil, fmt.Errorf("record alert %s: %w", a.Key, err)
		}
		res, err := tx.ExecContext(ctx, `INSERT INTO alerts(key, rule, kind, raised, json) VALUES (?, ?, ?, ?, ?)
			ON CONFLICT(key) DO NOTHING`, a.Key, a.Rule, string(a.Kind), a.Raised.Format(time.RFC3339), string(b))
		if err != nil {
			return nil, fmt.Errorf("record alert %s: %w", a.Key, err)
		}
		if n, _ := res.RowsAffected(); n == 0 {
			continue
		}
		if a.ID, err = res.LastInsertId(); err != nil {
			return nil, fmt.Errorf("record alert %s: %w", a.Key, err)
		}
		raised = append(raised, a)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO watch_state(name, value) VALUES (?, ?)
		ON CONFLICT(name) DO UPDATE SET value = excluded.value`, cursorName, strconv.FormatInt(pos, 10)); err != nil {
		return nil, fmt.Errorf("move cursor: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("record alerts: %w", err)
	}
	return raised, nil
}

// Register makes sink a receiver of alerts: a sink seen for the first time
// is owed the alerts recorded from now on, not the whole history.
func (l *Log) Register(ctx context.Context, sink string) error {
	_, err := l.db.ExecContext(ctx, `INSERT INTO alert_sinks(sink, since_id)
		VALUES (?, (SELECT coalesce(max(id), 0) FROM alerts)) ON CONFLICT(sink) DO NOTHING`, sink)
	if err != nil {
		return fmt.Errorf("register sink %s: %w", sink, err)
	}
	return nil
}

// Pending returns the alerts owed to a registered sink and not yet
// delivered to it, oldest first.
func (l *Log) Pending(ctx context.Context, sink string) ([]Alert, error) {
	return l.query(ctx, `SELECT a.id, a.raised, a.json FROM alerts a JOIN alert_sinks s ON s.sink = ?
		WHERE a.id > s.since_id AND NOT EXISTS
		(SELECT 1 FROM alert_deliveries d WHERE d.alert_id = a.id AND d.sink = s.sink) ORDER BY a.id`, sink)
}

// Delivered records that sink received the alert with this id.
func (l *Log) Delivered(ctx context.Context, id int64, sink string, now time.Time) error {
	_, err := l.db.ExecContext(ctx, `INSERT INTO alert_deliveries(alert_id, sink, delivered) VALUES (?, ?, ?)
		ON CONFLICT DO NOTHING`, id, sink, now.UTC().Format(time.RFC3339))
	if err != nil {
		return fmt.Errorf("record delivery of alert %d to %s: %w", id, sink, err)
	}
	return nil
}

// Since returns up to limit alerts recorded after id, oldest first (limit
// 0: all). The web UI pages through the log with it, and resumes a
// server-sent event stream from Last-Event-ID.
func (l *Log) Since(ctx context.Context, id int64, limit int) ([]Alert, error) {
	q := `SELECT id, raised, json FROM alerts WHERE id > ? ORDER BY id`
	if limit > 0 {
		q += " LIMIT " + strconv.Itoa(limit)
	}
	return l.query(ctx, q, id)
}

// Latest returns the id of the last alert recorded (0 when none).
func (l *Log) Latest(ctx context.Context) (int64, error) {
	var id int64
	if err := l.db.QueryRowContext(ctx, `SELECT coalesce(max(id), 0) FROM alerts`).Scan(&id); err != nil {
		return 0, fmt.Errorf("latest alert: %w", err)
	}
	return id, nil
}

func (l *Log) query(ctx context.Context, q string, args ...any) ([]Alert, error) {
	rows, err := l.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("read alerts: %w", err)
	}
	defer rows.Close()
	var out []Alert
	for rows.Next() {
		var (
			a         Alert
			id        int64
			raised, j string
		)
		if err := rows.Scan(&id, &raised, &j); err != nil {
			return nil, fmt.Errorf("read alerts: %w", err)
		}
		if err := json.Unmarshal([]byte(j), &a); err != nil {
			return nil, fmt.Errorf("read alert %d: %w", id, err)
		}
		a.ID = id
		if t, err := time.Parse(time.RFC3339, raised); err == nil {
			a.Raised = t
		}
		out = append(out, a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read alerts: %w", err)
	}
	return out, nil
}
