-- Alerts of `sitrep watch` (package alert) and the watcher's state (package
-- watch). Issue 9. Nothing in store.Store reads these tables.

-- The alert log: each alert once, keyed by the change it reports. Rows are
-- never changed; id orders them (the web UI's event ids).
CREATE TABLE alerts (
    id     INTEGER PRIMARY KEY,
    key    TEXT NOT NULL UNIQUE,
    rule   TEXT NOT NULL,
    kind   TEXT NOT NULL,
    raised TEXT NOT NULL, -- RFC 3339, UTC
    json   TEXT NOT NULL  -- the alert as delivered (alert.Alert)
);

-- A sink (stdout, a webhook URL) is owed the alerts after since_id.
CREATE TABLE alert_sinks (
    sink     TEXT PRIMARY KEY,
    since_id INTEGER NOT NULL
);

-- One row per alert delivered to a sink: what is missing is pending.
CREATE TABLE alert_deliveries (
    alert_id  INTEGER NOT NULL REFERENCES alerts(id),
    sink      TEXT NOT NULL,
    delivered TEXT NOT NULL,
    PRIMARY KEY (alert_id, sink)
);

-- Small named values: the cursor over documents already evaluated.
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
