package attrib_test

import (
	"strings"
	"testing"
)

// TestFrenchInversionAndAdverbs checks a speaker carried by the cue itself
// ("a-t-elle précisé", subject inversion) and adverbs between a speaker and
// its participle ("Le NIS a par ailleurs indiqué que").
func TestFrenchInversionAndAdverbs(t *testing.T) {
	tests := []struct {
		name, text, content, source string
	}{
		{
			name: "pronoun inside the cue",
			text: "Attaque\n\nLa Russie a lancé 145 drones sur l'Ukraine, a indiqué l'armée de l'air ukrainienne. " +
				"La défense aérienne a abattu 62 drones, a-t-elle précisé.",
			content: "La défense aérienne a abattu 62 drones", source: "Ukraine Air Force",
		},
		{
			name:    "adverbs before the participle",
			text:    "Obus\n\nLe NIS a par ailleurs indiqué que la Corée du Nord avait fourni à la Russie plus de huit millions d'obus.",
			content: "la Corée du Nord avait fourni", source: "South Korea NIS",
		},
		{
			name:    "role first, name after a comma",
			text:    "Visite\n\nPyongyang enverra 1 000 démineurs à Koursk, a annoncé le 17 juin le secrétaire du Conseil de sécurité russe, Sergueï Choïgou, lors d'une visite.",
			content: "Pyongyang enverra 1 000 démineurs", source: "Sergei Shoigu",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, atts := attributions(t, tt.text)
			for _, a := range atts {
				if strings.HasPrefix(a.Content.Of(d.Text), tt.content) {
					if a.Source.Name != tt.source {
						t.Errorf("source %q, want %q", a.Source.Name, tt.source)
					}
					return
				}
			}
			var got []string
			for _, a := range atts {
				got = append(got, a.Content.Of(d.Text)+" <- "+a.Source.Name)
			}
			t.Errorf("no attribution of %q in %q", tt.content, got)
		})
	}
}

// TestFrenchOpeningAdverbial checks that a scene-setting phrase before the
// speaker ("À l'été 2024, l'Ukraine affirmait ...") is not what was said.
func TestFrenchOpeningAdverbial(t *testing.T) {
	d, atts := attributions(t, "Koursk\n\nÀ l'été 2024, l'Ukraine affirmait contrôler près de 1 300 kilomètres carrés en territoire russe.")
	for _, a := range atts {
		if got := a.Content.Of(d.Text); strings.HasPrefix(got, "contrôler") && a.Source.Name == "Ukraine" {
			return
		}
	}
	var got []string
	for _, a := range atts {
		got = append(got, a.Content.Of(d.Text)+" <- "+a.Source.Name)
	}
	t.Errorf("want 'contrôler ...' <- Ukraine, got %q", got)
}
