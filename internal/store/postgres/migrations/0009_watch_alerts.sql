-- Alerts of `sitrep watch` (package alert) and the watcher's state (package
-- watch), as in the SQLite store's migration of the same number. Issue 9.
-- Nothing in store.Store reads these tables.

-- The transaction that stored each document, for the alert log's cursor.
-- Identity values (seq) are taken before their transactions commit, so a
-- document with a lower seq can appear after one with a higher seq and a
-- cursor on seq would pass over it; a cursor on the transaction id cannot,
-- because it only ever moves to the oldest transaction still running. Rows
-- stored before this migration keep NULL: they predate every alert.
ALTER TABLE documents ADD COLUMN txid XID8;
ALTER TABLE documents ALTER COLUMN txid SET DEFAULT pg_current_xact_id();
CREATE INDEX documents_txid ON documents (txid);

-- The alert log: each alert once, keyed by the change it reports. Rows are
-- never changed; id orders them (the web UI's event ids). Writers take an
-- advisory lock so that ids are committed in the order they are taken.
CREATE TABLE alerts (
    id     BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    key    TEXT NOT NULL UNIQUE,
    rule   TEXT NOT NULL,
    kind   TEXT NOT NULL,
    raised TEXT NOT NULL, -- RFC 3339, UTC
    json   TEXT NOT NULL  -- the alert as delivered (alert.Alert)
);

-- A sink (stdout, a webhook URL) is owed the alerts after since_id.
CREATE TABLE alert_sinks (
    sink     TEXT PRIMARY KEY,
    since_id BIGINT NOT NULL
);

-- One row per alert delivered to a sink: what is missing is pending.
CREATE TABLE alert_deliveries (
    alert_id  BIGINT NOT NULL REFERENCES alerts (id),
    sink      TEXT NOT NULL,
    delivered TEXT NOT NULL,
    PRIMARY KEY (alert_id, sink)
);

-- Small named values: the cursor over documents already evaluated (here a
-- transaction id, see documents.txid).
CREATE TABLE watch_state (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Per polled URL: validators for conditional GET and the error backoff.
CREATE TABLE watch_sources (
    url           TEXT PRIMARY KEY,
    etag          TEXT NOT NULL,
    last_modified TEXT NOT NULL,
    failures      INTEGER NOT NULL,
    next_try      TEXT NOT NULL, -- RFC 3339; '' = now
    last_error    TEXT NOT NULL,
    checked       TEXT NOT NULL
);

-- Feed items already stored, so a changed feed fetches only its new items.
CREATE TABLE watch_items (
    feed TEXT NOT NULL,
    link TEXT NOT NULL,
    doc  TEXT NOT NULL,
    seen TEXT NOT NULL,
    PRIMARY KEY (feed, link)
);
