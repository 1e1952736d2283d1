package quantity_test

import "testing"

// TestGermanFigures checks figures that share the verb after the second
// one, and four-digit figures that count rather than date.
func TestGermanFigures(t *testing.T) {
	tests := []struct {
		name, text, quote, measure string
		actor, location            string
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
		{
			name:  "a list of figures before the verb",
			text:  "Angriffe auf die Ukraine\n\nRussland hat in der vergangenen Woche fast 1.200 Gleitbomben, mehr als 870 Angriffsdrohnen und über 80 Raketen gegen die Ukraine eingesetzt.",
			quote: "fast 1.200 Gleitbomben", measure: "launched",
		},
		{
			name:  "people are sent, not launched",
			text:  "Einsatz in Kursk\n\nIm Gebiet Kursk wurden nach Angaben aus Kiew rund 11.000 nordkoreanische Soldaten eingesetzt.",
			quote: "rund 11.000 nordkoreanische Soldaten", measure: "deployed",
		},
		{
			name:  "people sent in addition reinforce",
			text:  "Truppen für Moskau\n\nNordkorea schickt nach Angaben aus Seoul weitere 3.000 Soldaten nach Russland.",
			quote: "weitere 3.000 Soldaten", measure: "reinforced",
		},
		{
			name:  "the receiver in the dative after the subject",
			text:  "Waffen für Moskau\n\nNordkorea hat Russland bisher rund 148 ballistische Raketen geliefert.",
			quote: "rund 148 ballistische Raketen", measure: "supplied", actor: "North Korea", location: "Russia",
		},
		{
			name:  "'von ihnen' takes up the figure before",
			text:  "Verluste in Kursk\n\nNordkorea hat rund 15.000 Soldaten nach Russland geschickt. Etwa 4.700 von ihnen wurden getötet oder verwundet.",
			quote: "Etwa 4.700 von ihnen", measure: "casualties", actor: "North Korea",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := analyze(t, tt.text, tt.quote)
			if tt.measure != "" && q.Measure != tt.measure {
				t.Errorf("measure = %q, want %q", q.Measure, tt.measure)
			}
			if tt.actor != "" && q.Actor != tt.actor {
				t.Errorf("actor = %q, want %q", q.Actor, tt.actor)
			}
			if tt.location != "" && q.Location != tt.location {
				t.Errorf("location = %q, want %q", q.Location, tt.location)
			}
		})
	}
}

// TestShareOfASidesFigure checks that a share of a side's figure is that
// side's ("about 90 per cent of the army's 100,000 soldiers"), and that a
// share of no one's figure stays no one's.
func TestShareOfASidesFigure(t *testing.T) {
	q := analyze(t, "Quake\n\nKATHMANDU - A quake hit Nepal.\n\nA spokesman said about 90 per cent of the army's 100,000 soldiers are now on rescue duty.\n", "about 90 per cent")
	if q.Actor != "Nepal" {
		t.Errorf("about 90 per cent: actor %q, want Nepal", q.Actor)
	}
	q = analyze(t, "Quake\n\nKATHMANDU - A quake hit Nepal.\n\nOfficials said about 60 per cent of the 8,000 homes in the district were destroyed.\n", "about 60 per cent")
	if q.Actor != "" {
		t.Errorf("about 60 per cent: actor %q, want none", q.Actor)
	}
}
