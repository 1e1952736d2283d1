package eval

import (
	"bytes"
	"encoding/json"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/news"
)

// claimsFromGold turns gold annotations into the claims a perfect extractor
// would print; perturb, when set, damages every claim whose index it selects.
func claimsFromGold(gold []GoldDoc, texts map[string][]byte, perturb bool) []news.Claim {
	var out []news.Claim
	n := 0
	for _, g := range gold {
		text := texts[g.Name()]
		for _, gc := range g.Claims {
			sp, ok := spanOf(text, gc.Quote)
			if !ok {
				continue
			}
			v := gc.Value
			c := news.Claim{Type: news.ClaimQuantity, Doc: filepath.Join("some", "dir", g.Name()), Start: sp.Start, End: sp.End,
				Quote: gc.Quote, Value: &v, What: news.Str(gc.What), Measure: news.Str(gc.Measure), Noun: news.Str(gc.Noun),
				Actor: gc.Actor, Location: gc.Location, Source: news.Source{Name: gc.Source}, Hedge: gc.Hedge}
			n++
			if perturb {
				switch n % 6 {
				case 1:
					c.Value = &news.Value{Kind: "exact", V: v.V + 1}
				case 2:
					c.Measure, c.Actor, c.Hedge = news.Str("other"), news.Str("Atlantis"), "denied"
				case 3:
					c.Start, c.End = 0, 1
				case 4:
					dup := c
					out = append(out, dup)
					c.Source = news.Source{Name: "Nobody Inparticular"}
				}
			}
			out = append(out, c)
		}
		for i, ga := range g.Attributions {
			sp, ok := spanOf(text, ga.Quote)
			if !ok || (perturb && i%3 == 2) {
				continue
			}
			src := ga.Source
			if perturb && i%3 == 1 {
				src = "Someone Else Entirely"
			}
			out = append(out, news.Claim{Type: news.ClaimStatement, Doc: g.Name(), Start: sp.Start, End: sp.End,
				Quote: ga.Quote, Source: news.Source{Name: src}, Hedge: ga.Hedge})
		}
	}
	return out
}

// pythonScore runs score.py --json and returns its JSON line.
func pythonScore(t *testing.T, script, goldPath, textDir string, claims []news.Claim) map[string]any {
	t.Helper()
	var buf bytes.Buffer
	for _, c := range claims {
		b, err := json.Marshal(c)
		if err != nil {
			t.Fatal(err)
		}
		buf.Write(b)
		buf.WriteByte('\n')
	}
	path := filepath.Join(t.TempDir(), "claims.jsonl")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("python3", script, goldPath, textDir, path, "--json").Output()
	if err != nil {
		t.Fatalf("score.py: %v", err)
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	var m map[string]any
	if err := json.Unmarshal([]byte(lines[len(lines)-1]), &m); err != nil {
		t.Fatalf("score.py output %q: %v", out, err)
	}
	return m
}

// TestCrossCheckPython scores the same claims with this package and with
// score.py and wants the same numbers, on the seeds and on our corpus.
func TestCrossCheckPython(t *testing.T) {
	if testing.Short() {
		t.Skip("runs score.py several times")
	}
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("python3 not installed")
	}
	shared := sharedDir(t)
	script := filepath.Join(shared, "eval", "score.py")
	sets := map[string]string{
		"seeds":  filepath.Join(shared, "seeds"),
		"corpus": corpusDir(t),
	}
	for set, dir := range sets {
		goldPath := filepath.Join(dir, "gold.jsonl")
		gold, err := LoadGold(goldPath)
		if err != nil {
			t.Fatal(err)
		}
		texts, err := LoadTexts(dir, gold)
		if err != nil {
			t.Fatal(err)
		}
		for _, perturb := range []bool{false, true} {
			name := set + "/perfect"
			if perturb {
				name = set + "/perturbed"
			}
			t.Run(name, func(t *testing.T) {
				claims := claimsFromGold(gold, texts, perturb)
				r := Score(gold, texts, claims)
				py := pythonScore(t, script, goldPath, dir, claims)
				got := map[string]float64{
					"gold": float64(r.Gold), "extracted": float64(r.Extracted), "found": float64(r.Found),
					"precision": r.Precision, "recall": r.Recall, "f1": r.F1,
					"attr_covered": r.Covered.Rate(), "attr_source": r.RightSource.Rate(),
				}
				for _, f := range Fields {
					got[f] = r.Field[f].Rate()
				}
				for k, g := range got {
					want, _ := py[k].(float64)
					if math.Abs(math.Round(g*1e4)/1e4-want) > 1e-9 {
						t.Errorf("%s: go %v, score.py %v", k, g, want)
					}
				}
				if !perturb && (r.F1 != 1 || r.RightSource.Rate() != 1) {
					t.Errorf("perfect claims: F1 %v, right source %v, want 1 and 1\n%s", r.F1, r.RightSource.Rate(), strings.Join(r.Log, "\n"))
				}
			})
		}
	}
}
