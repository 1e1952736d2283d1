package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/sitrep/sitrep/internal/news"
)

// GoldDoc is one line of a gold file: a document with its quantities
// (exhaustive) and its main attributions.
type GoldDoc struct {
	ID           string            `json:"id"`
	File         string            `json:"file"`
	Lang         string            `json:"lang"`
	Published    *string           `json:"published"`
	Outlet       *string           `json:"outlet"`
	SHA256       string            `json:"sha256"`
	Claims       []GoldClaim       `json:"claims"`
	Attributions []GoldAttribution `json:"attributions"`
}

// Name is the file name claims are matched on: the base name of File, or
// the ID with ".txt" when File is empty.
func (g GoldDoc) Name() string {
	if g.File != "" {
		return filepath.Base(g.File)
	}
	return g.ID + ".txt"
}

// GoldClaim is an annotated quantity.
type GoldClaim struct {
	Quote      string     `json:"quote"`
	NumberText string     `json:"number_text"`
	Value      news.Value `json:"value"`
	What       string     `json:"what"`
	Noun       string     `json:"noun"`
	Measure    string     `json:"measure"`
	Actor      *string    `json:"actor"`
	Location   *string    `json:"location"`
	Source     string     `json:"source"`
	Hedge      string     `json:"hedge"`
	SaidOn     *string    `json:"said_on"`
	MeasureAlt []string   `json:"measure_alt,omitempty"`
	Note       string     `json:"note,omitempty"`
}

// GoldAttribution is an annotated statement: who asserts the quoted content.
type GoldAttribution struct {
	Quote  string   `json:"quote"`
	Source string   `json:"source"`
	Cue    string   `json:"cue"`
	Hedge  string   `json:"hedge"`
	Direct bool     `json:"direct"`
	SaidOn *string  `json:"said_on"`
	Via    []string `json:"via,omitempty"`
	Note   string   `json:"note,omitempty"`
}

// LoadGold reads a gold file: one JSON document per line, blank lines skipped.
func LoadGold(path string) ([]GoldDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open gold: %w", err)
	}
	defer f.Close()
	docs, err := ReadGold(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return docs, nil
}

// ReadGold decodes gold documents, one JSON object per line.
func ReadGold(r io.Reader) ([]GoldDoc, error) {
	var docs []GoldDoc
	err := eachLine(r, func(n int, line []byte) error {
		var g GoldDoc
		if err := json.Unmarshal(line, &g); err != nil {
			return fmt.Errorf("line %d: %w", n, err)
		}
		docs = append(docs, g)
		return nil
	})
	return docs, err
}

// ReadClaims decodes claims as `extract --format jsonl` prints them.
func ReadClaims(r io.Reader) ([]news.Claim, error) {
	var claims []news.Claim
	err := eachLine(r, func(n int, line []byte) error {
		var c news.Claim
		if err := json.Unmarshal(line, &c); err != nil {
			return fmt.Errorf("line %d: %w", n, err)
		}
		claims = append(claims, c)
		return nil
	})
	return claims, err
}

// LoadTexts reads the text of every gold document from dir, keyed by Name.
func LoadTexts(dir string, gold []GoldDoc) (map[string][]byte, error) {
	texts := make(map[string][]byte, len(gold))
	for _, g := range gold {
		b, err := os.ReadFile(filepath.Join(dir, g.Name()))
		if err != nil {
			return nil, fmt.Errorf("read text of %s: %w", g.ID, err)
		}
		texts[g.Name()] = b
	}
	return texts, nil
}

func eachLine(r io.Reader, fn func(n int, line []byte) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 16<<20)
	for n := 1; sc.Scan(); n++ {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		if err := fn(n, line); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read lines: %w", err)
	}
	return nil
}
