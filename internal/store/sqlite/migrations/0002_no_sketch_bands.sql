-- Stories are found by scanning the documents' sketches in memory (see
-- stories.go); the band table no longer serves a lookup.
DROP INDEX IF EXISTS sketch_bands_value;
DROP TABLE IF EXISTS sketch_bands;
