package gazetteer

import "testing"

// TestMatchOtherLanguages checks the aliases of data/lang-*.txt: names in
// each language and script, their case forms, and that capitalized names need
// a capital in Cyrillic as in Latin script.
func TestMatchOtherLanguages(t *testing.T) {
	g := mustDefault(t)
	tests := []struct{ name, in, want string }{
		{"de country", "Nordkorea hat Soldaten geschickt", "Nordkorea=North Korea"},
		{"de demonym", "rund 11.000 nordkoreanische Soldaten", "nordkoreanische=North Korea(adj)"},
		{"de person", "sagte Selenskyj am Montag", "Selenskyj=Volodymyr Zelenskyy"},
		{"de capital", "in Moskau", "Moskau=Moscow->Russia"},
		{"es country", "tropas de Corea del Norte", "Corea del Norte=North Korea"},
		{"es demonym", "soldados norcoreanos en Rusia", "norcoreanos=North Korea(adj); Rusia=Russia"},
		{"fr country, the article left out of the name", "la Corée du Nord a envoyé", "Corée du Nord=North Korea"},
		{"fr demonym", "des soldats nord-coréens", "nord-coréens=North Korea(adj)"},
		{"ru country", "Северная Корея отправила", "Северная Корея=North Korea"},
		{"ru genitive", "войска Северной Кореи и КНДР", "Северной Кореи=North Korea; КНДР=North Korea"},
		{"ru instrumental", "переговоры с Россией", "Россией=Russia"},
		{"ru demonym", "северокорейские военные", "северокорейские=North Korea(adj)"},
		{"ru person", "по словам Зеленского", "Зеленского=Volodymyr Zelenskyy"},
		{"ru lower case is no name", "курск", ""},
		{"ru oblast", "в Курской области", "Курской области=Kursk"},
		{"uk country", "Північна Корея", "Північна Корея=North Korea"},
		{"uk genitive", "військові Північної Кореї", "Північної Кореї=North Korea"},
		{"uk demonym", "північнокорейських військових", "північнокорейських=North Korea(adj)"},
		{"uk person", "заявив Зеленський", "Зеленський=Volodymyr Zelenskyy"},
		{"uk capital", "у Києві", "Києві=Kyiv->Ukraine"},
		{"uk general staff", "Генштаб ЗСУ повідомив", "Генштаб ЗСУ=Ukraine General Staff"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := matches(g, tt.in); got != tt.want {
				t.Errorf("Match(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
