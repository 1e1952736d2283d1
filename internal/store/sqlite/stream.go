package sqlite

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"hash/fnv"

	"github.com/sitrep/sitrep/internal/news"
	"github.com/sitrep/sitrep/internal/store"
)

var _ store.ClaimStreamer = (*DB)(nil)

// claimShape fingerprints the JSON form of news.Claim: its field names in
// order. A row written under another shape (a field added since) is decoded
// and encoded again when streamed, so no field is ever missing.
var claimShape = func() int64 {
	b, _ := json.Marshal(news.Claim{})
	h := fnv.New32a()
	h.Write(b)
	return int64(h.Sum32()) | 1 // never 0, the shape of old rows
}()

// encodeClaim is the JSON of a claim as the CLI prints it: HTML characters
// left alone, no trailing newline.
func encodeClaim(c *news.Claim) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(c); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}

// ClaimsJSON implements store.ClaimStreamer.
func (db *DB) ClaimsJSON(ctx context.Context, f store.ClaimFilter, emit func([]byte) error) error {
	if err := f.Validate(); err != nil {
		return fmt.Errorf("query claims: %w", err)
	}
	q, args := claimQuery(f, `c.json, c.shape`, false)
	rows, err := db.r.QueryContext(ctx, q, args...)
	if err != nil {
		return fmt.Errorf("query claims: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var js []byte
		var shape int64
		if err := rows.Scan(&js, &shape); err != nil {
			return fmt.Errorf("query claims: %w", err)
		}
		if shape != claimShape {
			var c news.Claim
			if err := json.Unmarshal(js, &c); err != nil {
				return fmt.Errorf("query claims: decode claim: %w", err)
			}
			if js, err = encodeClaim(&c); err != nil {
				return fmt.Errorf("query claims: encode claim: %w", err)
			}
		}
		if err := emit(js); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("query claims: %w", err)
	}
	return nil
}
