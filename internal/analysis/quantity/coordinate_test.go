package quantity_test

import "testing"

// TestGermanFigures checks figures that share the verb after the second
// one, and four-digit figures that count rather than date.
func TestGermanFigures(t *testing.T) {
	tests := []struct {
		name, text, quote, measure string
	}{
		{
			name:  "the verb after the second figure",
			text:  "Angriff in der Nacht\n\nDie russische Armee hat in der Nacht 67 Raketen und 194 Drohnen auf die Ukraine abgefeuert.",
			quote: "67 Raketen", measure: "launched",
		},
		{
			name:  "a plan shared by both figures",
			text:  "Hilfe für Kursk\n\nNach Angaben Moskaus sollen 1.000 Minenräumer und 5.000 Militärbauarbeiter in die Region entsandt werden.",
			quote: "1.000 Minenräumer", measure: "planned",
		},
		{
			name:  "a four-digit range before a counted noun is no year",
			text:  "Ausbildung in Nordkorea\n\nDer Geheimdienst rechnet mit 1500 bis 2000 weiteren Soldaten, die in Nordkorea ausgebildet werden.",
			quote: "1500 bis 2000 weiteren Soldaten", measure: "",
		},
		{
			name:  "a four-digit sum of money is no year",
			text:  "Sold für Pjöngjang\n\nRussland zahlt für jeden Soldaten mehr als 2000 Dollar im Monat an Pjöngjang.",
			quote: "mehr als 2000 Dollar", measure: "",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := analyze(t, tt.text, tt.quote)
			if tt.measure != "" && q.Measure != tt.measure {
				t.Errorf("measure = %q, want %q", q.Measure, tt.measure)
			}
		})
	}
}
