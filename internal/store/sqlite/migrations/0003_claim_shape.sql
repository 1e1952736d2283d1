-- The fingerprint of the claim JSON format a row was written in (see
-- stream.go): rows in the current format are printed as stored, older ones
-- are decoded and encoded again. 0: written before the fingerprint existed.
ALTER TABLE claims ADD COLUMN shape INTEGER NOT NULL DEFAULT 0;
