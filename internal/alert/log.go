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

	"github.com/jackc/pgx/v5/stdlib"

	"github.com/sitrep/sitrep/internal/store"
	"github.com/sitrep/sitrep/internal/store/postgres"
	"github.com/sitrep/sitrep/internal/store/sqlite"
)

// Log is the alert log of a store: the alerts table, what each sink has
// been delivered, and the cursor over documents already evaluated. Its
// tables come from the store's migration 0009_watch_alerts.sql (SQLite and
// PostgreSQL alike). Every method is safe for concurrent use, and several
// processes may use one store: the web UI reads while watchers write.
type Log struct {
	db *sql.DB
	pg *postgres.DB // the PostgreSQL store under db; nil on SQLite
}

// OpenLog opens the alert log in the store at dsn (a SQLite file path or
// file: URI, or a postgres:// URL), migrating the store first.
func OpenLog(ctx context.Context, dsn string) (*Log, error) {
	switch kind := store.Kind(dsn); kind {
	case "sqlite":
		return openSQLite(ctx, dsn)
	case "postgres":
		return openPostgres(ctx, dsn)
	default:
		return nil, fmt.Errorf("alert log: %s store: %w", kind, store.ErrUnavailable)
	}
}

func openSQLite(ctx context.Context, dsn string) (*Log, error) {
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

// openPostgres opens the store (which migrates it under its advisory lock)
// and speaks database/sql over the store's own pool, so the log and the
// watcher's state share one set of connections and settings.
func openPostgres(ctx context.Context, dsn string) (*Log, error) {
	pg, err := postgres.Open(ctx, dsn)
	if err != nil {
		return nil, fmt.Errorf("alert log: %w", err)
	}
	return &Log{db: stdlib.OpenDBFromPool(pg.Pool()), pg: pg}, nil
}

// Close closes the log.
func (l *Log) Close() error {
	err := l.db.Close()
	if l.pg != nil {
		err = errors.Join(err, l.pg.Close())
	}
	return err
}

// DB is the log's connection, for the watcher's own state tables
// (watch_sources, watch_items) in the same store. Write its statements with
// ? placeholders and pass them through Rebind.
func (l *Log) DB() *sql.DB { return l.db }

// Rebind turns the ? placeholders of q into PostgreSQL's $1, $2... on a
// PostgreSQL store; SQLite takes q as it is. The statements given have no
// ? inside literals.
func (l *Log) Rebind(q string) string {
	if l.pg == nil || !strings.Contains(q, "?") {
		return q
	}
	var b strings.Builder
	n := 0
	for _, r := range q {
		if r == '?' {
			n++
			b.WriteString("$" + strconv.Itoa(n))
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

const cursorName = "doc_cursor"

// Cursor returns the position up to which documents have been evaluated;
// ok is false before the first Commit. On SQLite a position is a rowid of
// the documents table; on PostgreSQL a transaction id (see DocsAfter).
func (l *Log) Cursor(ctx context.Context) (pos int64, ok bool, err error) {
	var v string
	err = l.db.QueryRowContext(ctx, l.Rebind(`SELECT value FROM watch_state WHERE name = ?`), cursorName).Scan(&v)
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
// storing order, and the position to commit once they are evaluated (at
// least pos; on SQLite the last one's, pos when none).
//
// On PostgreSQL a document's identity value is taken before its transaction
// commits, so a cursor on it could pass over a document that commits late.
// There the position is a transaction id instead: the documents returned are
// those stored by transactions from pos up to the oldest one still running,
// all of which have ended, and that oldest one is the next position. A
// transaction left open anywhere in the cluster holds alerts back until it
// ends; none is lost.
func (l *Log) DocsAfter(ctx context.Context, pos int64) (ids []string, last int64, err error) {
	if l.pg != nil {
		return l.pgDocsAfter(ctx, pos)
	}
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

// pgDocsAfter reads the horizon and the documents below it in one snapshot:
// every transaction below the horizon ended before the snapshot, so all its
// documents are in it.
func (l *Log) pgDocsAfter(ctx context.Context, pos int64) (ids []string, last int64, err error) {
	tx, err := l.db.BeginTx(ctx, &sql.TxOptions{Isolation: sql.LevelRepeatableRead, ReadOnly: true})
	if err != nil {
		return nil, 0, fmt.Errorf("new documents: %w", err)
	}
	defer tx.Rollback()
	if err := tx.QueryRowContext(ctx, `SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint`).Scan(&last); err != nil {
		return nil, 0, fmt.Errorf("new documents: transaction horizon: %w", err)
	}
	last = max(last, pos)
	ids, err = scanIDs(tx.QueryContext(ctx, `SELECT id FROM documents
		WHERE txid >= $1::text::xid8 AND txid < $2::text::xid8 ORDER BY seq`, strconv.FormatInt(pos, 10), strconv.FormatInt(last, 10)))
	if err != nil {
		return nil, 0, fmt.Errorf("new documents: %w", err)
	}
	return ids, last, tx.Commit()
}

// StoredAfter returns the ids of every document stored after position pos
// that a reader sees now, including those DocsAfter holds back on
// PostgreSQL: the watcher leaves them out of what it evaluates, so that the
// next evaluation finds them new.
func (l *Log) StoredAfter(ctx context.Context, pos int64) ([]string, error) {
	q := `SELECT id FROM documents WHERE rowid > ?`
	var arg any = pos
	if l.pg != nil {
		q, arg = `SELECT id FROM documents WHERE txid >= $1::text::xid8`, strconv.FormatInt(pos, 10)
	}
	ids, err := scanIDs(l.db.QueryContext(ctx, q, arg))
	if err != nil {
		return nil, fmt.Errorf("documents stored after %d: %w", pos, err)
	}
	return ids, nil
}

func scanIDs(rows *sql.Rows, err error) ([]string, error) {
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

// alertLockClass is the first key of the advisory lock PostgreSQL writers
// of alerts take ("aler" in ASCII); the second is the schema's hash, so
// stores in different schemas of one database do not wait for each other.
const alertLockClass int32 = 0x616c6572

// Commit records the alerts not recorded before and moves the cursor to pos
// (never back: a watcher behind another leaves it where it is), in one
// transaction: after a crash either both happened or neither, so the same
// documents are evaluated again and no alert is lost. It returns the alerts
// recorded now, with ID and Raised set; alerts whose key is already in the
// log are dropped, also when several watchers record them at once.
func (l *Log) Commit(ctx context.Context, alerts []Alert, pos int64, now time.Time) ([]Alert, error) {
	tx, err := l.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("record alerts: %w", err)
	}
	defer tx.Rollback()
	if l.pg != nil {
		// Writers one at a time, so that alert ids become visible in
		// increasing order and a reader following the log by id (Since)
		// misses none. SQLite's write lock does the same there.
		if _, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock($1, hashtext(current_schema()))`, alertLockClass); err != nil {
			return nil, fmt.Errorf("record alerts: take lock: %w", err)
		}
	}
	var raised []Alert
	for _, a := range alerts {
		a.ID, a.Raised = 0, now.UTC().Truncate(time.Second)
		b, err := json.Marshal(a)
		if err != nil {
			return nil, fmt.Errorf("record alert %s: %w", a.Key, err)
		}
		err = tx.QueryRowContext(ctx, l.Rebind(`INSERT INTO alerts(key, rule, kind, raised, json) VALUES (?, ?, ?, ?, ?)
			ON CONFLICT(key) DO NOTHING RETURNING id`), a.Key, a.Rule, string(a.Kind), a.Raised.Format(time.RFC3339), string(b)).Scan(&a.ID)
		if errors.Is(err, sql.ErrNoRows) {
			continue // raised before
		}
		if err != nil {
			return nil, fmt.Errorf("record alert %s: %w", a.Key, err)
		}
		raised = append(raised, a)
	}
	if _, err := tx.ExecContext(ctx, l.Rebind(`INSERT INTO watch_state(name, value) VALUES (?, ?)
		ON CONFLICT(name) DO UPDATE SET value = excluded.value
		WHERE CAST(excluded.value AS BIGINT) > CAST(watch_state.value AS BIGINT)`), cursorName, strconv.FormatInt(pos, 10)); err != nil {
		return nil, fmt.Errorf("move cursor: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("record alerts: %w", err)
	}
	return raised, nil
}

// Baseline sets the cursor to pos unless it is set already: documents up
// to pos raise no alerts. Of several watchers starting on one new store,
// the first sets it; a later one must not move it past documents the first
// has stored meanwhile but not yet evaluated.
func (l *Log) Baseline(ctx context.Context, pos int64) error {
	_, err := l.db.ExecContext(ctx, l.Rebind(`INSERT INTO watch_state(name, value) VALUES (?, ?)
		ON CONFLICT(name) DO NOTHING`), cursorName, strconv.FormatInt(pos, 10))
	if err != nil {
		return fmt.Errorf("set baseline: %w", err)
	}
	return nil
}

// Register makes sink a receiver of alerts: a sink seen for the first time
// is owed the alerts recorded from now on, not the whole history.
func (l *Log) Register(ctx context.Context, sink string) error {
	_, err := l.db.ExecContext(ctx, l.Rebind(`INSERT INTO alert_sinks(sink, since_id)
		VALUES (?, (SELECT coalesce(max(id), 0) FROM alerts)) ON CONFLICT(sink) DO NOTHING`), sink)
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
	_, err := l.db.ExecContext(ctx, l.Rebind(`INSERT INTO alert_deliveries(alert_id, sink, delivered) VALUES (?, ?, ?)
		ON CONFLICT DO NOTHING`), id, sink, now.UTC().Format(time.RFC3339))
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

// Last returns the last n alerts recorded, oldest first. Ids have gaps on
// PostgreSQL (an identity value is spent by a duplicate or a rolled back
// write), so the last n are not simply those after Latest()-n.
func (l *Log) Last(ctx context.Context, n int) ([]Alert, error) {
	return l.query(ctx, `SELECT id, raised, json FROM
		(SELECT id, raised, json FROM alerts ORDER BY id DESC LIMIT ?) AS last ORDER BY id`, n)
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
	rows, err := l.db.QueryContext(ctx, l.Rebind(q), args...)
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
