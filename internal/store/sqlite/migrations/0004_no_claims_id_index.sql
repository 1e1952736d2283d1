-- No query looks claims up by id; the index cost a random-key insert per claim.
DROP INDEX IF EXISTS claims_id;
