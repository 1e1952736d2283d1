package export

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"

	"github.com/sitrep/sitrep/internal/news"
)

// JSONL writes one claim per line, exactly as `claims --format jsonl` does.
func JSONL(w io.Writer, claims []news.Claim) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for i := range claims {
		if err := enc.Encode(&claims[i]); err != nil {
			return fmt.Errorf("write claim %s: %w", claims[i].ID, err)
		}
	}
	return nil
}

// ReadJSONL reads what JSONL writes (or `extract --format jsonl` prints).
// Blank lines are skipped; a malformed line is an error naming its number.
func ReadJSONL(r io.Reader) ([]news.Claim, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 64<<20)
	var out []news.Claim
	for n := 1; sc.Scan(); n++ {
		line := sc.Bytes()
		if len(trimSpace(line)) == 0 {
			continue
		}
		var c news.Claim
		if err := json.Unmarshal(line, &c); err != nil {
			return nil, fmt.Errorf("line %d: %w", n, err)
		}
		out = append(out, c)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read claims: %w", err)
	}
	return out, nil
}

func trimSpace(b []byte) []byte {
	for len(b) > 0 && (b[0] == ' ' || b[0] == '\t' || b[0] == '\r') {
		b = b[1:]
	}
	for len(b) > 0 && (b[len(b)-1] == ' ' || b[len(b)-1] == '\t' || b[len(b)-1] == '\r') {
		b = b[:len(b)-1]
	}
	return b
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("write json: %w", err)
	}
	return nil
}
