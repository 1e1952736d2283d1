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

// TestFrenchOfAndDestinations checks "de" as "of" in French ("plusieurs
// centaines de soldats") and the receiver after "à" that is no owner
// ("Pyongyang a livré à Moscou ...").
func TestFrenchOfAndDestinations(t *testing.T) {
	q := analyze(t, "Selon la presse, plusieurs centaines de soldats nord-coréens ont été formés au pilotage de drones.", "plusieurs centaines")
	if q.What != "personnel" {
		t.Errorf("plusieurs centaines de soldats: what %q, want personnel", q.What)
	}
	q = analyze(t, "Pyongyang a livré à Moscou plus de 12 millions d'obus d'artillerie depuis 2023.", "plus de 12 millions")
	if q.Actor != "North Korea" || q.Location != "Russia" || q.What != "munitions" {
		t.Errorf("livré à Moscou: actor %q location %q what %q, want North Korea, Russia, munitions", q.Actor, q.Location, q.What)
	}
}

// TestFrenchDemonymAfterForcesAndModelNames checks a demonym after the
// noun it qualifies ("soldats nord-coréens") as the side, and a model name
// after a noun ("missiles balistiques KN-23") inside a coordination.
func TestFrenchDemonymAfterForcesAndModelNames(t *testing.T) {
	q := analyze(t, "Soldats nord-coréens en Russie : Séoul évoque 4 700 victimes", "4 700 victimes")
	if q.Actor != "North Korea" {
		t.Errorf("4 700 victimes: actor %q, want North Korea", q.Actor)
	}
	q = analyze(t, "Pyongyang aurait transféré entre 100 et 150 missiles balistiques KN-23, ainsi que quelque 120 obusiers automoteurs.", "quelque 120")
	if q.Measure != "supplied" {
		t.Errorf("quelque 120 obusiers: measure %q, want supplied (shared with the missiles)", q.Measure)
	}
}

// TestSquareUnitsAndSpeakerHoldsGround checks that "kilomètres carrés"
// counts territory as "square kilometres" does (a unit of length alone is
// a measurement), and that a speaker claiming ground holds it when no other
// side is named.
func TestSquareUnitsAndSpeakerHoldsGround(t *testing.T) {
	q := analyze(t, "Koursk\n\nÀ l'été 2024, l'Ukraine affirmait contrôler près de 1 300 kilomètres carrés en territoire russe.", "près de 1 300")
	if q.What != "other" || q.Measure != "captured" || q.Actor != "Ukraine" {
		t.Errorf("1 300 kilomètres carrés: what %q measure %q actor %q, want other, captured, Ukraine", q.What, q.Measure, q.Actor)
	}
}
