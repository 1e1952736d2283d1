package quantity_test

import (
	"context"
	"testing"

	"github.com/sitrep/sitrep/internal/analysis"
	"github.com/sitrep/sitrep/internal/news"
)

// TestFrenchJoinersAndDeterminers checks the French entries of the joiner,
// conjunction and clause-break lists and of the determiners that make a
// small number word no count: "728 drones et 13 missiles" share their verb,
// "tandis que" opens another clause, "des deux côtés" counts nothing.
func TestFrenchJoinersAndDeterminers(t *testing.T) {
	text := "La Russie a lancé dans la nuit 728 drones et 13 missiles contre l'Ukraine, a annoncé l'armée de l'air ukrainienne. " +
		"Les pertes restent lourdes des deux côtés."
	q := analyze(t, text, "13 missiles")
	if q.Measure != "launched" {
		t.Errorf("13 missiles: measure %q, want launched (shared with 728 drones)", q.Measure)
	}
	p, err := analysis.Default(analysis.Options{})
	if err != nil {
		t.Fatal(err)
	}
	d := news.Doc{ID: "t", Text: text}
	if err := p.Run(context.Background(), &d); err != nil {
		t.Fatal(err)
	}
	for _, q := range d.Quantities {
		if q.Of(d.Text) == "deux côtés" || q.Number.Of(d.Text) == "deux" {
			t.Errorf("'des deux côtés' read as a quantity: %q", q.Of(d.Text))
		}
	}
}
