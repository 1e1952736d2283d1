-- Documents are immutable and keyed by the hash of their text.
CREATE TABLE documents (
    id            TEXT PRIMARY KEY,
    source        TEXT NOT NULL,
    content_type  TEXT NOT NULL,
    title         TEXT NOT NULL,
    byline        TEXT NOT NULL,
    outlet        TEXT NOT NULL,
    url           TEXT NOT NULL,
    canonical_url TEXT NOT NULL,
    lang          TEXT NOT NULL,
    published     TEXT NOT NULL, -- RFC 3339, '' when unknown
    text          TEXT NOT NULL,
    raw           BLOB,
    sketch        INTEGER NOT NULL,
    story         TEXT NOT NULL,
    ingested      TEXT NOT NULL,
    annotations   TEXT NOT NULL, -- JSON: sentences and entities
    nclaims       INTEGER NOT NULL
);
CREATE INDEX documents_story ON documents(story);

-- One row per band of a document's SimHash sketch: near-duplicate candidates
-- share a band value at the same band index.
CREATE TABLE sketch_bands (
    band   INTEGER NOT NULL,
    value  INTEGER NOT NULL,
    doc_id TEXT NOT NULL REFERENCES documents(id)
);
CREATE INDEX sketch_bands_value ON sketch_bands(band, value);

CREATE TABLE claims (
    rowid       INTEGER PRIMARY KEY,
    id          TEXT NOT NULL,
    doc_id      TEXT NOT NULL REFERENCES documents(id),
    ord         INTEGER NOT NULL,
    type        TEXT NOT NULL,
    quote       TEXT NOT NULL,
    sentence    TEXT NOT NULL,
    actor       TEXT NOT NULL COLLATE NOCASE,
    measure     TEXT NOT NULL COLLATE NOCASE,
    what        TEXT NOT NULL COLLATE NOCASE,
    source_name TEXT NOT NULL COLLATE NOCASE,
    source_type TEXT NOT NULL COLLATE NOCASE,
    day         TEXT NOT NULL, -- said_on, else published, '' when neither
    json        TEXT NOT NULL, -- the claim as the contract prints it
    UNIQUE (doc_id, ord)
);
CREATE INDEX claims_id ON claims(id);
CREATE INDEX claims_actor ON claims(actor);
CREATE INDEX claims_measure ON claims(measure);
CREATE INDEX claims_what ON claims(what);
CREATE INDEX claims_source ON claims(source_name);
CREATE INDEX claims_day ON claims(day);

CREATE VIRTUAL TABLE claims_fts USING fts5(quote, sentence, content='claims', content_rowid='rowid');
CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='rowid');
