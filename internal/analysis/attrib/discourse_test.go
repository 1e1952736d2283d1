package attrib_test

import (
	"strings"
	"testing"
)

// TestDiscourse checks the attributions the discourse word lists add: a
// source phrase inside a clause, a demonstrative that takes up the
// sentence before, the Konjunktiv I that goes on with the last speaker, a
// body named by its noun alone and a pronoun after an inverted cue.
func TestDiscourse(t *testing.T) {
	tests := []struct {
		name, text string
		inContent  string // a piece of the content
		source     string
	}{
		{
			name:      "a source phrase inside the clause",
			text:      "Angriff in der Nacht\n\nRussland hat in der Nacht zum Sonntag nach Angaben der ukrainischen Luftwaffe 145 Drohnen auf die Ukraine abgefeuert.",
			inContent: "145 Drohnen", source: "Ukraine Air Force",
		},
		{
			name:      "a source phrase whose article points back",
			text:      "Verluste in Kursk\n\nLaut dem südkoreanischen Geheimdienst NIS sind in Kursk rund 300 Soldaten gefallen. Weitere 2.700 wurden nach Angaben des Dienstes verwundet.",
			inContent: "Weitere 2.700", source: "South Korea NIS",
		},
		{
			name:      "a demonstrative before the cue takes up the sentence before",
			text:      "Munition für Moskau\n\nNordkorea hat Russland mehr als 13.000 Container mit Munition geliefert. Das sagte Kyrylo Budanow am Mittwoch in Kiew.",
			inContent: "13.000 Container", source: "Kyrylo Budanov",
		},
		{
			name:      "the Konjunktiv goes on with the speaker before",
			text:      "Angriff in der Nacht\n\nDie Luftabwehr habe 62 Drohnen abgeschossen, teilte die ukrainische Luftwaffe mit. Weitere 67 Drohnen seien vom Kurs abgekommen.",
			inContent: "Weitere 67 Drohnen", source: "Ukraine Air Force",
		},
		{
			name:      "a body named by its noun alone is the one named before",
			text:      "Angriff in der Nacht\n\nRussland hat nach Angaben der ukrainischen Luftwaffe 100 Drohnen gestartet. Die Flugabwehr habe 60 Drohnen abgeschossen, teilte die Luftwaffe mit.",
			inContent: "60 Drohnen", source: "Ukraine Air Force",
		},
		{
			name:      "a pronoun after an inverted cue",
			text:      "Angriffe auf die Städte\n\nPräsident Wolodymyr Selenskyj sprach am Freitag von einer schweren Nacht für das ganze Land. „Russland will keinen Frieden“, fügte er hinzu.",
			inContent: "Russland will keinen Frieden", source: "Volodymyr Zelenskyy",
		},
		{
			name:      "the speaker inside a clause opened by 'wie'",
			text:      "Hilfe für Kursk\n\nWie der Sekretär des russischen Sicherheitsrats, Sergej Schoigu, am Dienstag in Pjöngjang sagte, sollen 1.000 Minenräumer in die Region entsandt werden.",
			inContent: "1.000 Minenräumer", source: "Sergei Shoigu",
		},
		{
			name:      "a reporting verb that ends the sentence after its speaker",
			text:      "Verluste in Kursk\n\nDer Geheimdienst NIS meldete neue Zahlen. Etwa 4.700 Soldaten seien getötet oder verwundet worden, hatte der Dienst am 30. April vor Abgeordneten erklärt.",
			inContent: "Etwa 4.700 Soldaten", source: "South Korea NIS",
		},
		{
			name:      "the reported clause after the comma that follows the cue",
			text:      "Munition aus Nordkorea\n\nDer Chef des ukrainischen Militärgeheimdienstes, Kyrylo Budanow, sagte in einem Interview, ca. 40 Prozent der Munition stamme aus Nordkorea.",
			inContent: "40 Prozent", source: "Kyrylo Budanov",
		},
		{
			name:      "unnamed speakers named in English",
			text:      "Drohnen über Kursk\n\nNach Angaben ukrainischer Offiziere haben die Nordkoreaner in Kursk Dutzende Drohnen abgeschossen.",
			inContent: "Dutzende Drohnen", source: "unnamed Ukrainian officials",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, atts := attributions(t, tt.text)
			var got []string
			for _, a := range atts {
				c := a.Content.Of(d.Text)
				got = append(got, a.Source.Name+": "+c)
				if strings.Contains(c, tt.inContent) && a.Source.Name == tt.source {
					return
				}
			}
			t.Errorf("no attribution of %q by %s; got %q", tt.inContent, tt.source, got)
		})
	}
}
