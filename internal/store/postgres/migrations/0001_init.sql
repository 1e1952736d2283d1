-- Documents are immutable and keyed by the hash of their text; seq is the
-- storing order.
CREATE TABLE documents (
    seq           BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,
    id            TEXT PRIMARY KEY,
    source        TEXT NOT NULL,
    content_type  TEXT NOT NULL,
    title         TEXT NOT NULL,
    byline        TEXT NOT NULL,
    outlet        TEXT NOT NULL,
    url           TEXT NOT NULL,
    canonical_url TEXT NOT NULL,
    lang          TEXT NOT NULL,
    published     TEXT NOT NULL,      -- RFC 3339 with the source's offset, '' when unknown
    text          TEXT NOT NULL,      -- the text, unless it holds bytes PostgreSQL text cannot
    text_bytes    BYTEA,              -- the exact text when it holds NUL or invalid UTF-8
    raw           BYTEA NOT NULL,
    sketch        BIGINT NOT NULL,
    story         TEXT NOT NULL,
    ingested      TIMESTAMPTZ NOT NULL,
    annotations   JSON NOT NULL,      -- sentences and entities
    nclaims       INTEGER NOT NULL,
    tsconfig      REGCONFIG NOT NULL, -- text search configuration of lang, 'simple' when unknown
    fts           TSVECTOR NOT NULL   -- title and text
);
CREATE INDEX documents_story ON documents (story);
CREATE INDEX documents_fts ON documents USING GIN (fts);

-- One row per band of a document's SimHash sketch: near-duplicate candidates
-- share a band value at the same band index.
CREATE TABLE sketch_bands (
    band   SMALLINT NOT NULL,
    value  BIGINT NOT NULL,
    doc_id TEXT NOT NULL REFERENCES documents (id)
);
CREATE INDEX sketch_bands_value ON sketch_bands (band, value);

-- Claims are listed by document in storing order (doc_seq), then in text
-- order (ord): sequence numbers of claims from concurrent transactions
-- interleave, so they cannot give that order themselves.
CREATE TABLE claims (
    doc_seq     BIGINT NOT NULL,
    ord         INTEGER NOT NULL,
    id          TEXT NOT NULL,
    doc_id      TEXT NOT NULL REFERENCES documents (id),
    type        TEXT NOT NULL,
    quote       TEXT NOT NULL,
    sentence    TEXT NOT NULL,
    actor       TEXT NOT NULL,
    measure     TEXT NOT NULL,
    what        TEXT NOT NULL,
    source_name TEXT NOT NULL,
    source_type TEXT NOT NULL,
    day         TEXT NOT NULL,        -- said_on, else published, '' when neither
    json        JSON NOT NULL,        -- the claim as the contract prints it
    tsconfig    REGCONFIG NOT NULL,
    fts         TSVECTOR NOT NULL,    -- quote and sentence
    PRIMARY KEY (doc_seq, ord)
);
CREATE INDEX claims_doc ON claims (doc_id);
CREATE INDEX claims_id ON claims (id);
CREATE INDEX claims_actor ON claims (lower(actor));
CREATE INDEX claims_measure ON claims (lower(measure));
CREATE INDEX claims_what ON claims (lower(what));
CREATE INDEX claims_source ON claims (lower(source_type));
CREATE INDEX claims_day ON claims (day);
CREATE INDEX claims_fts ON claims USING GIN (fts);
