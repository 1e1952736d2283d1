package quantity_test

import "testing"

// TestRussianLossOwner checks that a bare counter of people ("человек")
// takes as its owner the side named next to a word of loss before it, and
// stays without one when no loss names a side.
func TestRussianLossOwner(t *testing.T) {
	tests := []struct {
		text, number, actor string
	}{
		{"Потери КНДР в Курской области достигли 4700 человек.", "4700", "North Korea"},
		{"По оценке разведки, КНДР потеряла убитыми и ранеными примерно 4,7 тыс. человек.", "примерно 4,7 тыс.", "North Korea"},
		{"Разведка оценила число погибших северокорейцев примерно в 300 человек.", "примерно в 300", "North Korea"},
		{"В Харьковской области в результате ударов ранены пять человек.", "пять", ""},
	}
	for _, tt := range tests {
		q := analyze(t, tt.text, tt.number)
		if q.Actor != tt.actor {
			t.Errorf("%s: actor %q, want %q", tt.text, q.Actor, tt.actor)
		}
	}
}

// TestOneBeforeAPeopleNoun checks that "один" before a noun of people
// counts one victim ("погиб один человек").
func TestOneBeforeAPeopleNoun(t *testing.T) {
	q := analyze(t, "В Днепре в результате падения обломков погиб один человек.", "один")
	if q.Value.V != 1 || q.Measure != "killed" {
		t.Errorf("один человек: value %v measure %q, want 1 killed", q.Value.V, q.Measure)
	}
}
