package eval

import (
	"context"
	"flag"
	"path/filepath"
	"testing"

	"github.com/sitrep/sitrep/internal/analysis"
	"github.com/sitrep/sitrep/internal/ingest"
	"github.com/sitrep/sitrep/internal/news"
)

var reportOnly = flag.Bool("report-only", false, "log pipeline scores on the corpus and seeds without failing on the thresholds")

// Targets are the levels issues 2 and 3 ask of the pipeline; the seeds
// must reach them. Floors are the corpus levels measured at the last
// commit: the corpus test fails when a change drops below them, and each
// floor is raised as the pipeline improves until it meets its target.
var thresholds = []struct {
	name   string
	get    func(Result) float64
	target float64
	floor  float64 // on the corpus
}{
	{"quantities F1", func(r Result) float64 { return r.F1 }, 0.95, 0.99},
	{"measure accuracy", fieldRate("measure"), 0.9, 0.93},
	{"what accuracy", fieldRate("what"), 0.9, 0.97},
	{"actor accuracy", fieldRate("actor"), 0.9, 0.91},
	{"location accuracy", fieldRate("location"), 0.9, 0.90},
	{"source accuracy", fieldRate("source"), 0.9, 0.91},
	{"hedge accuracy", fieldRate("hedge"), 0.85, 0.91},
	{"attributions with the right source", func(r Result) float64 { return r.RightSource.Rate() }, 0.85, 0.87},
}

func fieldRate(f string) func(Result) float64 {
	return func(r Result) float64 { return r.Field[f].Rate() }
}

// runPipeline analyzes every gold document the way `sitrep extract` does and
// returns the claims.
func runPipeline(t *testing.T, dir string, gold []GoldDoc) []news.Claim {
	t.Helper()
	pipe, err := analysis.Default(analysis.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var claims []news.Claim
	for _, g := range gold {
		path := filepath.Join(dir, g.Name())
		d, _, err := ingest.ReadFile(path)
		if err != nil {
			t.Errorf("read %s: %v", g.Name(), err)
			continue
		}
		if err := pipe.Run(context.Background(), &d); err != nil {
			t.Errorf("analyze %s: %v", g.Name(), err)
			continue
		}
		if err := d.Check(); err != nil {
			t.Errorf("%s: %v", g.Name(), err)
		}
		for _, c := range d.Claims {
			if c.Doc == "" {
				c.Doc = g.Name()
			}
			claims = append(claims, c)
		}
	}
	return claims
}

// scorePipeline runs the pipeline over dir's gold documents, logs every miss
// and fails on each threshold missed.
func scorePipeline(t *testing.T, dir string, useFloors bool) {
	gold, err := LoadGold(filepath.Join(dir, "gold.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	texts, err := LoadTexts(dir, gold)
	if err != nil {
		t.Fatal(err)
	}
	r := Score(gold, texts, runPipeline(t, dir, gold))
	for _, line := range r.Log {
		t.Log(line)
	}
	t.Log("\n" + r.Summary())
	for _, th := range thresholds {
		got, min := th.get(r), th.target
		if useFloors {
			min = th.floor
			if got < th.target {
				t.Logf("below target: %s %.3f < %.2f", th.name, got, th.target)
			}
		}
		if got < min {
			if *reportOnly {
				t.Logf("below threshold: %s %.3f < %.2f", th.name, got, min)
				continue
			}
			t.Errorf("%s = %.3f, want >= %.2f", th.name, got, min)
		}
	}
}

// TestPipelineOnCorpus holds the default pipeline to the floors on our own
// corpus and logs every field still below its target.
func TestPipelineOnCorpus(t *testing.T) {
	scorePipeline(t, corpusDir(t), true)
}

// TestPipelineOnSeeds applies the same thresholds to ../shared/seeds.
func TestPipelineOnSeeds(t *testing.T) {
	scorePipeline(t, filepath.Join(sharedDir(t), "seeds"), false)
}
