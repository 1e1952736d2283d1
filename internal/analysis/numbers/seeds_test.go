package numbers

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/news"
)

// seedFloor is the share (percent) of the hand-annotated figures in
// ../shared/seeds that Find must return with the same text and value.
const seedFloor = 100

// TestSeeds checks every figure of the gold quantities: Find must return a
// mention whose span is the gold number_text, with the gold value.
func TestSeeds(t *testing.T) {
	shared := sharedDir(t)
	if shared == "" {
		t.Skip("../shared is absent")
	}
	f, err := os.Open(filepath.Join(shared, "seeds", "gold.jsonl"))
	if err != nil {
		t.Skipf("seeds: %v", err)
	}
	defer f.Close()
	r, err := New("en")
	if err != nil {
		t.Fatal(err)
	}
	total, found := 0, 0
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var doc struct {
			File   string
			Claims []struct {
				NumberText *string     `json:"number_text"`
				Value      *news.Value `json:"value"`
			}
		}
		if err := json.Unmarshal(sc.Bytes(), &doc); err != nil {
			t.Fatalf("decode gold: %v", err)
		}
		b, err := os.ReadFile(filepath.Join(shared, "seeds", doc.File))
		if err != nil {
			t.Fatalf("read seed: %v", err)
		}
		text := string(b)
		ms := r.Find(text)
		for _, c := range doc.Claims {
			if c.NumberText == nil || c.Value == nil {
				continue
			}
			total++
			if seedFound(text, ms, *c.NumberText, *c.Value) {
				found++
			} else {
				t.Logf("%s: missed %q %v", doc.File, *c.NumberText, *c.Value)
			}
		}
	}
	rate := 100 * float64(found) / float64(max(total, 1))
	t.Logf("seeds: %d/%d gold figures found (%.1f%%)", found, total, rate)
	if rate < seedFloor {
		t.Errorf("seed recall %.1f%% is below the floor %d%%", rate, seedFloor)
	}
}

func seedFound(text string, ms []Mention, numText string, v news.Value) bool {
	for _, m := range ms {
		if !strings.EqualFold(text[m.Start:m.End], numText) && !strings.EqualFold(text[m.Num.Start:m.End], numText) {
			continue
		}
		if m.Value.Kind == v.Kind && m.Value.V == v.V && m.Value.Low == v.Low && m.Value.High == v.High {
			return true
		}
	}
	return false
}
