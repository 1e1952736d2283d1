-- Results computed from the whole store (the consolidated series and
-- conflicts), each kept with the generation of the store it was computed
-- from: a reader uses it only while the store is still at that generation.
CREATE TABLE results (
    key        TEXT PRIMARY KEY,
    generation TEXT NOT NULL,
    value      BLOB NOT NULL,
    computed   TEXT NOT NULL
);
