package attrib_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/analysis"
	"github.com/sitrep/sitrep/internal/analysis/attrib"
	"github.com/sitrep/sitrep/internal/news"
)

// attributions runs the default pipeline over text.
func attributions(t *testing.T, text string) (news.Doc, []news.Attribution) {
	t.Helper()
	p, err := analysis.Default(analysis.Options{})
	if err != nil {
		t.Fatal(err)
	}
	d := news.Doc{ID: "t", Text: text}
	if err := p.Run(context.Background(), &d); err != nil {
		t.Fatal(err)
	}
	if err := d.Check(); err != nil {
		t.Fatal(err)
	}
	return d, d.Attributions
}

func TestAttributions(t *testing.T) {
	tests := []struct {
		name, text      string
		content, source string
		hedge           string
	}{
		{
			name:    "speaker before a headline colon",
			text:    "Morning notes\n\nNIS: about 500 North Korean troops wounded in Kursk\nWeather: rain in Seoul\n",
			content: "about 500 North Korean troops wounded in Kursk", source: "South Korea NIS",
		},
		{
			name:    "unnamed speaker by nationality and role",
			text:    "Test\n\nA senior Ukrainian military official said that Kyiv had lost two jets.",
			content: "Kyiv had lost two jets", source: "unnamed Ukrainian military official",
		},
		{
			name:    "unnamed speakers placed by a city",
			text:    "Test\n\nOfficials in Kyiv said the deliveries would resume in May.",
			content: "the deliveries would resume in May", source: "unnamed Ukrainian officials",
		},
		{
			name:    "subject before a relative clause",
			text:    "Test\n\nThe Pentagon, which publishes no daily figures, said the strikes had hit three depots.",
			content: "the strikes had hit three depots", source: "US Department of Defense (Pentagon)",
		},
		{
			name:    "a cue that is often a noun, after its speaker",
			text:    "Test\n\nMilitary analysts say 5,000 is the more likely figure.",
			content: "5,000 is the more likely figure", source: "experts",
		},
		{
			name:    "an opening adverbial is not the content",
			text:    "Test\n\nIn a statement on Friday, the Kremlin said the talks had ended.",
			content: "the talks had ended", source: "Kremlin",
		},
		{
			name:    "a defined acronym names its organization",
			text:    "Test\n\nThe Tigray Defence Forces (TDF) took the town. The TDF said 300 prisoners were held.",
			content: "300 prisoners were held", source: "Tigray Defence Forces",
		},
		{
			name:    "a clock time before a headline label",
			text:    "Стрічка новин\n\n22:40 Зеленський: українські військові взяли в полон двох солдатів КНДР\n",
			content: "українські військові взяли в полон двох солдатів КНДР", source: "Volodymyr Zelenskyy",
		},
		{
			name:    "a capital alone before a headline colon speaks for its government",
			text:    "Стрічка новин\n\nСеул: на Курщині загинули щонайменше 300 північнокорейців\n",
			content: "на Курщині загинули щонайменше 300 північнокорейців", source: "South Korea",
		},
		{
			name:    "a prepositional cue in mid-sentence opens the content after its source",
			text:    "Тест\n\nВосени 2024 року, за даними південнокорейської розвідки, Пхеньян перекинув до Росії 11 тисяч військових.",
			content: "Пхеньян перекинув до Росії 11 тисяч військових", source: "South Korea NIS",
		},
		{
			name:    "a pronoun inside a prepositional cue points back",
			text:    "Тест\n\nЯк заявив Кирило Буданов, КНДР передала Росії снаряди. За його словами, це приблизно 8 мільйонів снарядів.",
			content: "це приблизно 8 мільйонів снарядів", source: "Kyrylo Budanov",
		},
		{
			name:    "the speaker a few words after a dash",
			text:    "Тест\n\n«Ці удари не припиняться», — написав у телеграмі президент Володимир Зеленський.",
			content: "Ці удари не припиняться", source: "Volodymyr Zelenskyy",
		},
		{
			name:    "a sentence that takes up the one before as what was said",
			text:    "Тест\n\nКНДР направить до Курської області 5 000 будівельників. Про це 17 червня заявив Сергій Шойгу.",
			content: "КНДР направить до Курської області 5 000 будівельників", source: "Sergei Shoigu",
		},
		{
			name:    "a time between the speaker and its verb",
			text:    "Тест\n\nНаціональна служба розвідки Південної Кореї в лютому повідомила, що на Курщині загинули близько 600 північнокорейців.",
			content: "на Курщині загинули близько 600 північнокорейців", source: "South Korea NIS",
		},
		{
			name:    "a bare body points back to the last speaker of its kind",
			text:    "Тест\n\nЗа даними Головного управління розвідки, на Курщині загинули 200 військових КНДР. Як повідомляє розвідка, Росія розмістила там 11 тисяч військових.",
			content: "Росія розмістила там 11 тисяч військових", source: "Ukraine HUR",
		},
		{
			name:    "a title and its holder side by side are one speaker",
			text:    "Тест\n\nЯк заявив начальник ГУР Кирило Буданов, КНДР передала Росії 120 гармат.",
			content: "КНДР передала Росії 120 гармат", source: "Kyrylo Budanov",
		},
		{
			name:    "a prepositional cue that names a collective speaker itself",
			text:    "Тест\n\nЗа непідтвердженими даними, на Курщині зникли безвісти кілька десятків солдатів.",
			content: "на Курщині зникли безвісти кілька десятків солдатів", source: "unnamed sources",
		},
		{
			name:    "the speaker before a prepositional phrase and its verb",
			text:    "Тест\n\nПрезидент Зеленський у вечірньому зверненні заявив, що КНДР може відправити до Росії ще 100 тисяч військових.",
			content: "КНДР може відправити до Росії ще 100 тисяч військових", source: "Volodymyr Zelenskyy",
		},
		{
			name:    "an outlet that relays whom it cites, in a sentence that takes up the one before",
			text:    "Тест\n\nКНДР може відправити до Росії ще 5 тисяч військових. Про це повідомляє «Українська правда» з посиланням на джерела в розвідці.",
			content: "КНДР може відправити до Росії ще 5 тисяч військових", source: "unnamed sources",
		},
		{
			name:    "either account leaves both speakers unconfirmed",
			text:    "Test\n\nSudan's army said it had killed 40 fighters. The Rapid Support Forces said they had killed 25 soldiers. We could not independently verify either account.",
			content: "it had killed 40 fighters", source: "", hedge: news.HedgeUnconfirmed,
		},
		{
			name:    "es: a name with 'de' inside opens a sentence after 'según'",
			text:    "Prueba\n\nSegún el servicio de inteligencia de Seúl, unos 300 soldados norcoreanos murieron en la región de Kursk.",
			content: "unos 300 soldados norcoreanos murieron en la región de Kursk", source: "South Korea NIS",
		},
		{
			name:    "es: 'que' opens the content after an apposition",
			text:    "Prueba\n\nEl presidente ucraniano, Volodímir Zelenski, dijo que sus tropas capturaron a dos soldados norcoreanos.",
			content: "sus tropas capturaron a dos soldados norcoreanos", source: "Volodymyr Zelenskyy",
		},
		{
			name:    "es: the inverted speaker after a time and an article",
			text:    "Prueba\n\nRusia lanzó durante la noche 267 drones contra Ucrania, informó este domingo la Fuerza Aérea ucraniana.",
			content: "Rusia lanzó durante la noche 267 drones contra Ucrania", source: "Ukraine Air Force",
		},
		{
			name:    "es: a name after an opening 'según X,' is the subject, not a list item",
			text:    "Prueba\n\nSegún la inteligencia militar ucraniana, Corea del Norte ha suministrado a Moscú unos 250 lanzacohetes.",
			content: "Corea del Norte ha suministrado a Moscú unos 250 lanzacohetes", source: "Ukraine HUR",
		},
		{
			name:    "es: a country's body known by its alias with the demonym after it",
			text:    "Prueba\n\nLa Fuerza Aérea ucraniana informó de 145 drones. Las defensas derribaron 62 drones, añadió la Fuerza Aérea.",
			content: "Las defensas derribaron 62 drones", source: "Ukraine Air Force",
		},
		{
			name:    "es: collective speakers with the demonym after the noun",
			text:    "Prueba\n\nDecenas de militares norcoreanos siguen desaparecidos, dicen fuentes ucranianas.",
			content: "Decenas de militares norcoreanos siguen desaparecidos", source: "unnamed Ukrainian fuentes",
		},
		{
			name:    "es: an opening cue and its speaker leave the whole rest of the sentence",
			text:    "Prueba\n\nLa Fuerza Aérea ucraniana informó de un ataque masivo. De acuerdo con el comunicado, las defensas derribaron 138 drones, mientras que otros 119 fueron neutralizados.",
			content: "las defensas derribaron 138 drones, mientras que otros 119 fueron neutralizados", source: "Ukraine Air Force",
		},
		{
			name:    "es: state media before a headline colon speak for themselves",
			text:    "Titulares\n\n- KCNA: Kim Jong-un ordenó el despliegue para «liberar» Kursk\n- Járkov: un ataque con drones deja al menos 47 heridos\n",
			content: "Kim Jong-un ordenó el despliegue para «liberar» Kursk", source: "KCNA",
		},
		{
			name:    "es: a second cue after 'y' keeps the speaker",
			text:    "Prueba\n\nKiev asegura que Moscú lanza cada noche centenares de drones y afirma haber derribado 220 drones en la última semana.",
			content: "haber derribado 220 drones en la última semana", source: "Ukraine",
		},
		{
			name:    "es: a quotation with no subject after its cue is the last person's",
			text:    "Prueba\n\nEl ministro de Defensa ucraniano, Rustem Umérov, afirmó que las tropas norcoreanas ya combaten. «Los primeros enfrentamientos ya se han producido», aseguró.",
			content: "Los primeros enfrentamientos ya se han producido", source: "Rustem Umerov",
		},
		{
			name:    "es: a bare body is not the other body that spoke before",
			text:    "Prueba\n\nUcrania captura a 12 soldados rusos, según el Estado Mayor ucraniano.\nRusia lanzó más de 2.000 drones contra Ucrania, informa la Fuerza Aérea.",
			content: "Rusia lanzó más de 2.000 drones contra Ucrania", source: "Ukraine Air Force",
		},
		{
			name:    "es: a name whose alias starts with an article or holds dots",
			text:    "Prueba\n\nPionyang ha enviado a Rusia más de 20.000 contenedores, según el Departamento de Estado de EE.UU.",
			content: "Pionyang ha enviado a Rusia más de 20.000 contenedores", source: "US State Department",
		},
		{
			name:    "a conflict monitor named in full with an ampersand",
			text:    "Test\n\nThe insurgency has killed more than 3,100 people since 2017, according to the Armed Conflict Location & Event Data Project (ACLED).",
			content: "The insurgency has killed more than 3,100 people since 2017", source: "ACLED",
		},
		{
			name:    "a participle after the clause goes on in its speaker's voice",
			text:    "Test\n\nAt least 2,900 bodies have been recovered since M23 rebels seized the city last week, the United Nations said on Tuesday, warning that the toll was likely to rise.",
			content: "the toll was likely to rise", source: "United Nations",
		},
		{
			name:    "elders speak unnamed",
			text:    "Test\n\nElders in the town say more than 2,000 families have fled.",
			content: "more than 2,000 families have fled", source: "unnamed elders",
		},
		{
			name:    "a nurse speaks unnamed",
			text:    "Test\n\n\"We are stitching people up in the corridors,\" said a nurse at one of the city's hospitals.",
			content: "We are stitching people up in the corridors", source: "unnamed nurse",
		},
		{
			name:    "army officers speak unnamed",
			text:    "Test\n\nThe government has sent 1,000 more troops to the front, according to two Somali army officers.",
			content: "The government has sent 1,000 more troops to the front", source: "unnamed Somali army officers",
		},
		{
			name:    "a lower-case group of experts is the named body",
			text:    "Test\n\nA UN group of experts estimated that 4,000 soldiers were fighting there.",
			content: "4,000 soldiers were fighting there", source: "UN Group of Experts",
		},
		{
			name:    "put a noun phrase at a figure",
			text:    "Test\n\nMilitary bloggers put Russian losses in the campaign at between 16,000 and 17,000 dead.",
			content: "Russian losses in the campaign at between 16,000 and 17,000 dead", source: "unnamed military bloggers", hedge: "asserted",
		},
		{
			name:    "an unnamed speaker opened by a capitalized number word",
			text:    "Test\n\nOne European intelligence official, speaking on condition of anonymity, put it at 8,000.",
			content: "it at 8,000", source: "unnamed European intelligence official",
		},
		{
			name:    "an unnamed speaker before a relative clause without commas",
			text:    "Test\n\nA Ukrainian sergeant who left the town on Friday night told Northline Wire that 1,000 of his comrades were missing.",
			content: "1,000 of his comrades were missing", source: "unnamed Ukrainian sergeant",
		},
		{
			name:    "a body described with an indefinite article",
			text:    "Test\n\nOnly 100 prisoners stayed in their cells, a police union said.",
			content: "Only 100 prisoners stayed in their cells", source: "police union",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, atts := attributions(t, tt.text)
			var got []string
			for _, a := range atts {
				got = append(got, a.Content.Of(d.Text))
				if a.Content.Of(d.Text) != tt.content {
					continue
				}
				if tt.source != "" && a.Source.Name != tt.source {
					t.Errorf("source = %q, want %q", a.Source.Name, tt.source)
				}
				if tt.hedge != "" && a.Hedge != tt.hedge {
					t.Errorf("hedge = %q, want %q", a.Hedge, tt.hedge)
				}
				return
			}
			t.Errorf("no attribution with content %q; got %q", tt.content, got)
		})
	}
}

// TestNoTimeOnlyContent: a cue whose only possible content is the time it
// was said makes no attribution.
func TestNoTimeOnlyContent(t *testing.T) {
	d, atts := attributions(t, "Test\n\nLate last month, Kyiv raised its own estimate. Ukraine's military intelligence said 150 guns had been shipped.")
	for _, a := range atts {
		if c := a.Content.Of(d.Text); c == "Late last month" {
			t.Errorf("attribution with content %q (source %s)", c, a.Source.Name)
		}
	}
	if len(atts) == 0 || atts[len(atts)-1].Source.Name != "Ukraine HUR" {
		t.Errorf("attributions %v, want the intelligence agency's statement last", atts)
	}
}

// An object phrase opened by a bracket that never closes ran past the end
// of the sentence's tokens and panicked (found on a SQL comment line).
func TestUnclosedBracketAfterCue(t *testing.T) {
	for _, text := range []string{
		"-- Small named values: the cursor over documents already evaluated (here a",
		"The figures were given (by the ministry",
		"Officials said (in a statement",
	} {
		attributions(t, text) // must not panic; Check must pass
	}
}

// A body named by a description speaks under it; brokers are experts.
func TestDescribedBodiesSpeak(t *testing.T) {
	for text, want := range map[string]string{
		"The port authority said 40 ships had left in May.":                                "port authority",
		"Shelling damaged 300 homes last week, the regional military administration said.": "regional military administration",
		"Premiums have fallen to about 1 percent, brokers in Odesa say.":                   "experts",
		"Local chiefs said at least 23 people died in the attack.":                         "unnamed local chiefs",
		"Officials of the coalition said 3,000 fighters were in the city.":                 "unnamed coalition officials",
		"An officer serving in the area told the paper that 70,000 troops were massing.":   "unnamed officer",
		"Officials based in the capital said 40 drones were shot down.":                    "unnamed officials",
	} {
		wantOneBy(t, text, want)
	}
}

// Lower-case particles inside a name keep it one name.
func TestNameParticles(t *testing.T) {
	for text, want := range map[string]string{
		"About 2,000 bodies had been collected, Vivian van de Perre told reporters.": "Vivian van de Perre",
		"At least 40 people died in the fire, Maria dos Santos said on Monday.":      "Maria dos Santos",
	} {
		wantOneBy(t, text, want)
	}
}

// Ranks written without dots ("Lt Gen") are a title, however long the
// name they open.
func TestUndottedRanks(t *testing.T) {
	for text, want := range map[string]string{
		"Pakistan's military spokesman Lt Gen Ahmed Sharif Chaudhry says 31 civilians have been killed.": "Ahmed Sharif Chaudhry",
		"Maj Gen Chris Donahue said the last aircraft left at midnight.":                                 "Chris Donahue",
	} {
		wantOneBy(t, text, want)
	}
}

// The capitalized words of a body's proper name between its country and
// its noun belong to the name.
func TestBodyKeepsItsProperName(t *testing.T) {
	text := "Sweden's Maritime Rescue Command said 14 sailors had been saved."
	_, atts := attributions(t, text)
	if len(atts) != 1 || atts[0].Source.Name != "Sweden Maritime Rescue Command" {
		t.Errorf("%q: attributions %+v, want one by Sweden Maritime Rescue Command", text, atts)
	}
	// A dateline's country and the article opening the sentence are no
	// part of the body's name.
	text = "WARSAW, Apr 8 (Harbour Post) - The defence ministry said on Friday that 300 drones were shot down."
	_, atts = attributions(t, text)
	if len(atts) != 1 || strings.Contains(atts[0].Source.Name, "The") {
		t.Errorf("%q: attributions %+v, want one by Poland's defence ministry", text, atts)
	}
}

// A relative clause's reporting verb ("..., which said") is spoken by the
// name it hangs on, and an "according to" before it keeps what comes first.
func TestRelativeClauseSpeaker(t *testing.T) {
	text := "The floods displaced 90,000 people, according to the World Food Programme, which said up to 300 trucks were waiting at the border."
	_, atts := attributions(t, text)
	if len(atts) != 2 {
		t.Fatalf("attributions %+v, want two", atts)
	}
	for i, want := range []string{"The floods displaced 90,000 people", "up to 300 trucks were waiting at the border"} {
		if got := atts[i].Content.Of(text); got != want || atts[i].Source.Name != "World Food Programme (WFP)" {
			t.Errorf("attribution %d: %q by %q, want %q by World Food Programme (WFP)", i, got, atts[i].Source.Name, want)
		}
	}
}

// "By X's count, ..." makes X the source of the rest of the sentence; "By
// Monday" names no one.
func TestByReckoning(t *testing.T) {
	tests := []struct{ text, source, hedge string }{
		{"By the UN's estimate, 300 people died in the floods.", "United Nations", "estimated"},
		{"By Ukraine's count, Russia has fired 4,000 drones this month.", "Ukraine", "asserted"},
		{"By Monday, 40 people had died.", "", ""},
		{"Gunners fired about 6,000 shells a day over the summer, by NATO estimates.", "NATO", "estimated"},
	}
	for _, tt := range tests {
		_, atts := attributions(t, tt.text)
		switch {
		case tt.source == "" && len(atts) != 0:
			t.Errorf("%q: attributions %+v, want none", tt.text, atts)
		case tt.source != "" && (len(atts) != 1 || atts[0].Source.Name != tt.source || atts[0].Hedge != tt.hedge):
			t.Errorf("%q: attributions %+v, want one by %s, %s", tt.text, atts, tt.source, tt.hedge)
		}
	}
}

// "We" is the outlet or institute that writes, outside a quotation only.
func TestWeIsTheOutlet(t *testing.T) {
	_, atts := attributions(t, "We estimate that 300 people died in the floods.")
	if len(atts) != 1 || atts[0].Source.Type != news.SourceOutlet || atts[0].Hedge != news.HedgeEstimated {
		t.Errorf("We estimate: attributions %+v, want one by the outlet, estimated", atts)
	}
	_, atts = attributions(t, "\"We estimate that 300 people died,\" Ivan Petrov said.")
	for _, a := range atts {
		if a.Source.Type == news.SourceOutlet {
			t.Errorf("quoted we: attribution %+v by the outlet, want the quoted speaker's", a)
		}
	}
	_, atts = attributions(t, "The World Food Programme said 300 people had fled. Our teams recorded at least 120 attacks on clinics.")
	if len(atts) != 2 || atts[1].Source.Type != news.SourceOutlet {
		t.Errorf("our teams: attributions %+v, want the second by the outlet", atts)
	}
	// In a transcript, "we" after a label is the labelled speaker.
	_, atts = attributions(t, "SECRETARY LORENZANA: We estimate that fewer than 10 gunmen remain.")
	if len(atts) != 1 || atts[0].Source.Type == news.SourceOutlet || atts[0].Source.Name != "Lorenzana" {
		t.Errorf("labelled we: attributions %+v, want one by Lorenzana", atts)
	}
}

// ", as X estimate," says the clause before it.
func TestAsParenthetical(t *testing.T) {
	text := "If Russia keeps firing 10,000 shells a day, as NATO officials estimate, the stockpile will run out by spring."
	_, atts := attributions(t, text)
	if len(atts) != 1 || atts[0].Content.Of(text) != "If Russia keeps firing 10,000 shells a day" || atts[0].Hedge != news.HedgeEstimated {
		t.Errorf("attributions %+v, want one estimate of the clause before 'as'", atts)
	}
}

// "the army" in a story about a country is the body the gazetteer names
// "<Country>'s army" or "the <demonym> army".
func TestBodyAfterCountryAlias(t *testing.T) {
	text := "Sudan's government said on Monday that Bara had been retaken. The army said 300 fighters were killed."
	_, atts := attributions(t, text)
	if len(atts) != 2 || atts[1].Source.Name != "Sudanese Armed Forces" {
		t.Errorf("attributions %+v, want the second by Sudanese Armed Forces", atts)
	}
}

// A sentence that opens like an adverbial ("At least ...") and ends with
// its cue is the content of that cue; an opening adverbial before a cue
// with content after it is not.
func TestTrailingCueAfterQualifier(t *testing.T) {
	text := "Zelenskyy said a woman had been killed. At least 18 people were wounded, he said."
	d, atts := attributions(t, text)
	if len(atts) != 2 || atts[1].Content.Of(d.Text) != "At least 18 people were wounded" {
		t.Errorf("attributions %+v, want the second to say 'At least 18 people were wounded'", atts)
	}
	text = "On Monday, he said that 18 people were wounded."
	d, atts = attributions(t, text)
	for _, a := range atts {
		if strings.HasPrefix(a.Content.Of(d.Text), "On Monday") {
			t.Errorf("attribution %+v says its opening adverbial", a)
		}
	}
}

// A single capitalized word met for the first time speaks when it is the
// whole phrase after "according to" or before a trailing cue; not when it
// opens the sentence, modifies a noun or is a place in the phrase.
func TestSingleNameFirstMet(t *testing.T) {
	for text, want := range map[string]string{
		"On Thursday, 40 trucks entered the territory, according to Cogat.":     "Cogat",
		"Forty trucks entered through the crossing on Thursday, Cogat said.":    "Cogat",
		"Officials said 40 trucks entered through the crossing on Thursday.":    "",
		"Four sailors were rescued on Thursday, the ship's Greek manager said.": "",
		"Local officials in Metuge said 200 families had arrived.":              "",
	} {
		_, atts := attributions(t, text)
		got := ""
		for _, a := range atts {
			got = a.Source.Name
		}
		if want != "" && got != want || want == "" && (got == "Officials" || got == "Greek" || got == "Metuge") {
			t.Errorf("%q: source %q, want %q", text, got, want)
		}
	}
}

// "suspected" before a noun says what the people are, not how firm the
// figure is; "are suspected of" hedges.
func TestAttributiveSuspectedIsNoHedge(t *testing.T) {
	for text, want := range map[string]string{
		"Russia's defence ministry said troops had arrested 1,012 suspected saboteurs.":  news.HedgeAsserted,
		"Russia's defence ministry said 40 men were suspected of belonging to the unit.": news.HedgeBelieved,
	} {
		_, atts := attributions(t, text)
		if len(atts) != 1 || atts[0].Hedge != want {
			t.Errorf("%q: attributions %+v, want one %s", text, atts, want)
		}
	}
}

// A surname alone speaks for the full name the story gave it before; a
// word never seen after a capitalized one stays no one.
func TestSurnamePointsBack(t *testing.T) {
	tests := []struct{ text, content, want string }{
		{
			text:    "Test\n\nThe regional governor, Oleh Synehubov, said 12 people had died. Synehubov said 40 more were wounded.",
			content: "40 more were wounded", want: "Oleh Synehubov",
		},
		{
			text:    "Test\n\nGang leader Jean Bastienne spoke to reporters on Monday.\n\n\"We will not stop,\" Bastienne said.",
			content: "We will not stop", want: "Jean Bastienne",
		},
	}
	for _, tt := range tests {
		d, atts := attributions(t, tt.text)
		found := false
		for _, a := range atts {
			if a.Content.Of(d.Text) == tt.content {
				found = true
				if a.Source.Name != tt.want {
					t.Errorf("%q: source %q, want %q", tt.content, a.Source.Name, tt.want)
				}
			}
		}
		if !found {
			t.Errorf("%q: no attribution with content %q in %+v", tt.text, tt.content, atts)
		}
	}
	_, atts := attributions(t, "Test\n\nWitnesses said 40 shops had burned.")
	for _, a := range atts {
		if a.Source.Type == news.SourcePerson {
			t.Errorf("a person %q from a common word", a.Source.Name)
		}
	}
}

func TestEarlierName(t *testing.T) {
	const text = "By Saturday Prigozhin was marching. Yevgeny Prigozhin, the founder, and the Haitian National Police spoke. " +
		"On 6 July Churchill spoke, and in July Attlee did; June Tarver and 12 June Okafor came."
	for w, want := range map[string]string{"Prigozhin": "Yevgeny Prigozhin", "Police": "Haitian National Police", "Saturday": "", "Churchill": "", "Attlee": "", "Tarver": "June Tarver", "Okafor": ""} {
		got, _ := attrib.EarlierName(text, len(text), w)
		if got != want {
			t.Errorf("EarlierName(%q) = %q, want %q", w, got, want)
		}
	}
}

// A quotation standing alone after a quoted speaker goes on in that
// speaker's voice, within its paragraph only.
func TestQuotationGoesOn(t *testing.T) {
	const text = "Test\n\n\"People sleep in schools,\" said Philippe Branchat, the head of mission. \"We see about 1,000 new arrivals a day.\"\n\n\"Nobody counts the 30 boats.\"\n"
	d, atts := attributions(t, text)
	got := map[string]news.Attribution{}
	for _, a := range atts {
		got[a.Content.Of(d.Text)] = a
	}
	if a, ok := got["We see about 1,000 new arrivals a day"]; !ok || a.Source.Name != "Philippe Branchat" || !a.Direct {
		t.Errorf("continued quotation: %+v (found %v), want Philippe Branchat, direct", a, ok)
	}
	if a, ok := got["Nobody counts the 30 boats"]; ok {
		t.Errorf("a quotation in a new paragraph was given to %q", a.Source.Name)
	}
}

// What the outlet could not verify: the figures of a country's speakers,
// or both claims before "Neither claim could be confirmed".
func TestUnverifiedBySourceCountry(t *testing.T) {
	for _, tt := range []struct{ text, content, want string }{
		{
			text:    "Test\n\nIran's health ministry said 224 people had been killed. Israel said 40 missiles had hit. The outlet has not been able to verify the casualty figures from Iran.",
			content: "224 people had been killed", want: "unconfirmed",
		},
		{
			text:    "Test\n\nIran's health ministry said 224 people had been killed. Israel said 40 missiles had hit. The outlet has not been able to verify the casualty figures from Iran.",
			content: "40 missiles had hit", want: "asserted",
		},
		{
			text:    "Test\n\nSudan's army said it had killed 300 fighters near Bara. The RSF said it captured more than 200 soldiers there. Neither claim could be confirmed.",
			content: "300 fighters", want: "unconfirmed",
		},
		{
			// "either army" covers the commander who spoke before the
			// staffs of both armies, not only the last two speakers.
			text:    "Test\n\nUkraine's commander-in-chief Oleksandr Syrskyi said Russian forces had lost 4,500 soldiers. Ukraine's General Staff said its forces had repelled 52 assaults. Russia's Defence Ministry said it had shot down 126 drones. The agency could not independently verify the figures given by either army.",
			content: "4,500 soldiers", want: "unconfirmed",
		},
		{
			text:    "Test\n\nSomalia's information ministry said troops had killed 70 militants. Its figures could not be checked independently.",
			content: "70 militants", want: "unconfirmed",
		},
		{
			// A name in the next clause is not whose figures.
			text:    "Test\n\nSomalia's information ministry said troops had killed 70 militants. Its figures could not be checked independently; al-Shabaab rarely comments on its losses.",
			content: "70 militants", want: "unconfirmed",
		},
		{
			// A check a negative subject denies, covering both sides.
			text:    "Test\n\nPakistan's army said 23 of its soldiers had been killed. The Taliban said 58 Pakistani troops died. Pakistan's state broadcaster said 19 posts were taken. Neither side's figures could be independently verified.",
			content: "23 of its soldiers", want: "unconfirmed",
		},
		{
			text:    "Test\n\nThailand's army said 13 civilians had been killed. Cambodia's defence ministry said 46 people were wounded. The Post has not been able to independently verify casualty figures from either side.",
			content: "13 civilians", want: "unconfirmed",
		},
		{
			text:    "Test\n\nNigeria's army said troops had killed 193 militants and rescued 98 people last week. None of the figures could be independently verified.",
			content: "193", want: "unconfirmed",
		},
	} {
		wantHedge(t, tt.text, tt.content, tt.want)
	}
}

// wantHedge checks that some attribution's content holds part and that
// every such attribution has the hedge want.
func wantHedge(t *testing.T, text, part, want string) {
	t.Helper()
	d, atts := attributions(t, text)
	found := false
	for _, a := range atts {
		if strings.Contains(a.Content.Of(d.Text), part) {
			found = true
			if a.Hedge != want {
				t.Errorf("%q in %q: hedge %q, want %q", part, text, a.Hedge, want)
			}
		}
	}
	if !found {
		t.Errorf("no attribution holds %q in %q", part, text)
	}
}

// wantOneBy checks that text holds one attribution, by the source named.
func wantOneBy(t *testing.T, text, want string) {
	t.Helper()
	_, atts := attributions(t, text)
	if len(atts) != 1 || atts[0].Source.Name != want {
		t.Errorf("%q: attributions %+v, want one by %q", text, atts, want)
	}
}

// A body after an opening place ("In Iran, the health ministry said")
// speaks for that place's country, not the story's.
func TestOpeningPlaceOwnsTheBody(t *testing.T) {
	for text, want := range map[string]string{
		"Israel said 40 missiles hit Haifa. Israel said 20 were intercepted. In Iran, the health ministry said 224 people had been killed.": "Iran Health Ministry",
		"Israel said 40 missiles hit Haifa. Israel said 20 were intercepted. In Tehran, the health ministry said 224 people had died.":      "Iran Health Ministry",
	} {
		if got := sourceOf(t, text, "224"); got != want {
			t.Errorf("%q: the 224 figure is by %q, want %q", text, got, want)
		}
	}
}

// "The group" points back to the armed group named last, whether or not it
// spoke before: not to the ministry that spoke last.
func TestDescribedArmedGroup(t *testing.T) {
	for _, text := range []string{
		"Troops killed 70 al-Shabaab fighters near Moqokori, the information ministry said. The group said it had killed 47 soldiers.",
		"Troops killed 70 al-Shabaab fighters near Moqokori, the information ministry said. The group told a different story. It claimed to have killed 47 soldiers.",
		// "the rebel alliance" is an armed group however far back it was named.
		"Al-Shabaab fighters took the town on Friday. Shops closed. Schools closed. South Africa's defence ministry said 13 soldiers were killed. The rebel alliance, which says it has 47 soldiers of the army captive, declared a ceasefire.",
	} {
		if got := sourceOf(t, text, "47"); got != "al-Shabaab" {
			t.Errorf("%q: the 47 figure is by %q, want al-Shabaab", text, got)
		}
	}
}

// A reporting verb before a qualified figure is a verb, not a noun that
// "about" follows ("claims about"): "expects about one million refugees to
// return" is the agency's expectation.
func TestCueBeforeQualifiedFigure(t *testing.T) {
	for _, text := range []string{
		"Test\n\nThe UN refugee agency expects about one million refugees to return this year.",
		"Test\n\nThe UN refugee agency estimates about 40,000 people crossed last month.",
	} {
		if got := sourceOf(t, text, "about"); got != "UN High Commissioner for Refugees (UNHCR)" {
			t.Errorf("%q: the figure is by %q, want UNHCR", text, got)
		}
	}
	// An expectation is an estimate (corpus README: "expected to" ->
	// estimated).
	d, atts := attributions(t, "Test\n\nThe UN refugee agency expects about one million refugees to return this year.")
	for _, a := range atts {
		if strings.Contains(a.Content.Of(d.Text), "one million") && a.Hedge != news.HedgeEstimated {
			t.Errorf("expects: hedge %q, want %q", a.Hedge, news.HedgeEstimated)
		}
	}
	// "claims about" still reads as a noun.
	if got := sourceOf(t, "Test\n\nClaims about 300 deaths spread online.", "300"); got != "" {
		t.Errorf("claims about 300 deaths: source %q, want none", got)
	}
}

// A body of an international organization named by what it is speaks
// under those words, not as the whole organization; officials stay the
// organization's.
func TestBodyOfOrganization(t *testing.T) {
	wantSources(t, []sourceCase{
		{"Test\n\nUN sanctions monitors estimated in July that the group had 6,000 fighters.", "6,000", "UN sanctions monitors"},
		{"Test\n\nThe UN human rights monitoring mission said 230 civilians were killed.", "230", "UN human rights monitoring mission"},
		{"Test\n\nUN officials said 12 staff had been killed.", "12", "United Nations"},
		{"Test\n\nThe UN agency said 12 staff had been killed.", "12", "United Nations"},
	})
}

// A title word inside a run of capitalized words splits it: the person is
// named after it, even when a known place stands before it; a title phrase
// before "Name, ..., said" titles the name and is not what was said.
func TestTitledNames(t *testing.T) {
	for text, want := range map[string]string{
		"Kaduna State Governor Uba Sani said on Sunday that 137 hostages had been released.":      "Uba Sani",
		"Texas Governor Greg Abbott said 400 troops would be sent to the border.":                 "Greg Abbott",
		"The South West governor, Bernard Okalia Bilai, said 20 people died.":                     "Bernard Okalia Bilai",
		"The regional police chief, Amadou Diallo, who visited on Wednesday, put the toll at 20.": "Amadou Diallo",
	} {
		d, atts := attributions(t, text)
		if len(atts) != 1 || atts[0].Source.Name != want {
			t.Errorf("%q: attributions %+v, want one by %q", text, atts, want)
			continue
		}
		if c := atts[0].Content.Of(d.Text); !strings.ContainsAny(c, "0123456789") {
			t.Errorf("%q: content %q holds no figure", text, c)
		}
	}
}

// A transcript's speaker label names who says every sentence of its line;
// an interviewer's label names no one, and a label that is only a place is
// a topic.
func TestTranscriptTurns(t *testing.T) {
	text := "Briefing on the operation\n\nDefense Secretary Delfin Lorenzana met reporters on Monday.\n\n" +
		"SECRETARY LORENZANA: Our troops recovered 42 bodies. Two of them were women.\n\n" +
		"Q: Did your troops find 40 or 42 bodies?\n\n" +
		"GEN. AÑO: We believe around 30 fighters remain.\n\n" +
		"SUDAN: army retakes 12 towns\n"
	d, atts := attributions(t, text)
	by := map[string]news.Attribution{}
	for _, a := range atts {
		by[a.Content.Of(d.Text)] = a
	}
	for content, want := range map[string]string{
		"Our troops recovered 42 bodies": "Delfin Lorenzana",
		"Two of them were women":         "Delfin Lorenzana",
		"around 30 fighters remain":      "Año",
	} {
		a, ok := by[content]
		if !ok {
			t.Errorf("no attribution of %q in %v", content, keys(by))
			continue
		}
		if a.Source.Name != want || a.Cue != ":" && content != "around 30 fighters remain" {
			t.Errorf("%q: by %q (cue %q), want %q", content, a.Source.Name, a.Cue, want)
		}
	}
	if a, ok := by["Our troops recovered 42 bodies"]; ok && !a.Direct {
		t.Errorf("a transcript's words are direct speech")
	}
	if a, ok := by["around 30 fighters remain"]; ok && (a.Source.Title == nil || *a.Source.Title != "Gen.") {
		t.Errorf("Año's title = %v, want Gen.", a.Source.Title)
	}
	for _, a := range atts {
		if c := a.Content.Of(d.Text); strings.Contains(c, "40 or 42") || strings.Contains(c, "12 towns") {
			t.Errorf("%q is attributed to %q", c, a.Source.Name)
		}
	}
}

func keys(m map[string]news.Attribution) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

// In an interview whose questions stand alone in their paragraphs, the
// answers are the words of the person the introduction named, "we"
// included; the introduction and the questions are not.
func TestInterviewAnswers(t *testing.T) {
	text := "A commander on the southern front\n\nMajor Oleh Kravets commands a battalion near Robotyne. He spoke by phone.\n\n" +
		"How many attacks do you face in a week?\n\nAround 20, sometimes more. Last week they sent about 300 infantry.\n\n" +
		"And your losses?\n\nWe lost 40 men in one night.\n"
	d, atts := attributions(t, text)
	by := map[string]string{}
	for _, a := range atts {
		by[a.Content.Of(d.Text)] = a.Source.Name
	}
	for _, content := range []string{"Around 20, sometimes more", "Last week they sent about 300 infantry", "We lost 40 men in one night"} {
		if by[content] != "Oleh Kravets" {
			t.Errorf("%q: by %q, want Oleh Kravets (all: %v)", content, by[content], by)
		}
	}
	for content, who := range by {
		if strings.Contains(content, "?") || strings.Contains(content, "commands a battalion") {
			t.Errorf("%q is attributed to %q", content, who)
		}
	}
	// One question alone makes no interview.
	_, atts = attributions(t, "Test\n\nWhat happened next?\n\nAt least 40 people were killed in the blast.\n")
	if len(atts) != 0 {
		t.Errorf("one rhetorical question: attributions %+v, want none", atts)
	}
}

// An acronym the gazetteer knows is a name even when it spells a function
// word: "the WHO says" is the World Health Organization.
func TestAcronymThatSpellsAWord(t *testing.T) {
	for _, text := range []string{
		"More than 460 people were killed at a hospital, the WHO says.",
		"The WHO says more than 460 people were killed.",
	} {
		wantOneBy(t, text, "World Health Organization (WHO)")
	}
}

// "put ... at" a figure is a cue however long the phrase it puts.
func TestPutAtAfterALongPhrase(t *testing.T) {
	wantOneBy(t, "Ukrainian officials put the North's total losses, killed and wounded, at more than 6,000.", "unnamed Ukrainian officials")
}

// A plural agent noun no list knows speaks as the collective it names;
// plural nouns of things do not.
func TestAgentNounsSpeak(t *testing.T) {
	for text, want := range map[string]string{
		"Local business chambers estimate the violence has cost the economy about 12 billion pesos.": "local business chambers",
		"Partners estimate that about 1,000 families fled the district.":                             "partners",
	} {
		wantOneBy(t, text, want)
	}
	if _, atts := attributions(t, "The numbers show that 300 people died."); len(atts) != 0 {
		t.Errorf("numbers speak: %+v", atts)
	}
}

// "by most Western estimates", "By some estimates": estimates of no one in
// particular are the experts', estimated.
func TestUnownedEstimates(t *testing.T) {
	for _, text := range []string{
		"Gunners were firing roughly 6,000 to 8,000 shells a day over the summer, by most Western estimates.",
		"By some estimates, 300,000 people have died.",
	} {
		_, atts := attributions(t, text)
		if len(atts) != 1 || atts[0].Source.Name != "experts" || atts[0].Hedge != news.HedgeEstimated {
			t.Errorf("%q: attributions %+v, want one by experts, estimated", text, atts)
		}
	}
}

// A speaker stands before the place it was at: "UNHCR teams at the Shah
// Porir Dwip landing point registered ...", not the place's unknown name.
func TestSpeakerBeforeItsPlace(t *testing.T) {
	wantOneBy(t, "Arrivals peaked when UNHCR teams at the Shah Porir Dwip landing point registered as many as 20,000 people in a day.", "UN High Commissioner for Refugees (UNHCR)")
	wantOneBy(t, "The health ministry in Yerevan said at least 170 people had been killed.", "Armenia Health Ministry")
}

// A heading in capitals before a colon ("FACT CHECK:") names no speaker in
// a text that is no transcript.
func TestHeadingLabelIsNoSpeaker(t *testing.T) {
	_, atts := attributions(t, "FACT CHECK: Tigray death toll of 600,000 is an estimate\n\nBy Staff\n\nThe war killed many.\n")
	for _, a := range atts {
		if a.Source.Name == "Fact Check" {
			t.Errorf("a heading speaks: %+v", a)
		}
	}
}

// sourceCase is a text, a part of what was said in it, and who said it.
type sourceCase struct{ text, part, want string }

// wantSources checks the source of each case.
func wantSources(t *testing.T, cases []sourceCase) {
	t.Helper()
	for _, tt := range cases {
		if got := sourceOf(t, tt.text, tt.part); got != tt.want {
			t.Errorf("%q: source %q, want %q", tt.text, got, tt.want)
		}
	}
}

// sourceOf returns the source of the last attribution whose content holds
// part, or "".
func sourceOf(t *testing.T, text, part string) string {
	t.Helper()
	d, atts := attributions(t, text)
	got := ""
	for _, a := range atts {
		if strings.Contains(a.Content.Of(d.Text), part) {
			got = a.Source.Name
		}
	}
	return got
}

// TestPutTheNumberAt checks that putting a number of people at a figure is
// an estimate of a count, while putting a toll at a figure reports it.
func TestPutTheNumberAt(t *testing.T) {
	for _, tt := range []struct{ text, part, want string }{
		{"Test\n\nCoalition officials put the number of fighters in the city at between 3,000 and 5,000.", "3,000", news.HedgeEstimated},
		{"Test\n\nLocal officials put the toll at 20 on Sunday.", "20", news.HedgeAsserted},
	} {
		wantHedge(t, tt.text, tt.part, tt.want)
	}
}

// TestEmployer checks that people named by their work "at" an organization
// the gazetteer does not list speak as that organization, and that "at" a
// known place says where they are instead.
func TestEmployer(t *testing.T) {
	if got := sourceOf(t, "Test\n\nAnalysts at Petrolytica, a London consultancy, estimate that 17 percent of capacity is offline.", "17 percent"); got != "Petrolytica" {
		t.Errorf("analysts at Petrolytica: source %q", got)
	}
	if got := sourceOf(t, "Test\n\nOfficials at Kramatorsk said 12 people were killed.", "12 people"); got == "Kramatorsk" || got == "" {
		t.Errorf("officials at Kramatorsk: source %q, want unnamed officials", got)
	}
}

// TestOpeningAdverbials checks that a scene-setting phrase before the
// speaker ("Late on Tuesday,", "by Wednesday morning,") is not what was
// said, also in a clause after a semicolon, and that a reported clause
// after a semicolon ends the content before it.
func TestOpeningAdverbials(t *testing.T) {
	for _, tt := range []struct {
		text string
		want []string // the contents, in order
	}{
		{"Test\n\nLate on Tuesday, officials said 104 passengers had been rescued.", []string{"104 passengers had been rescued"}},
		{"Test\n\nBy Wednesday morning, officials said the number had risen to 155.", []string{"the number had risen to 155"}},
		{"Test\n\nOfficials said 104 passengers had been rescued; by Wednesday, they said the number had risen to 155.",
			[]string{"104 passengers had been rescued", "the number had risen to 155"}},
		// A figure verb says the figure it gives; without one it reports nothing.
		{"Test\n\nLate last month, Kyiv raised its own estimate.", nil},
	} {
		d, atts := attributions(t, tt.text)
		var got []string
		for _, a := range atts {
			got = append(got, a.Content.Of(d.Text))
		}
		if strings.Join(got, " | ") != strings.Join(tt.want, " | ") {
			t.Errorf("%q:\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}

// TestBodyOfTheStorysCountry checks that a body no country is named for
// ("the health ministry") belongs to the country the story is in (its
// places count), not to the attacker a demonym names once.
func TestBodyOfTheStorysCountry(t *testing.T) {
	text := "Missile strike on Kharkiv kills 12\n\nBy Staff\n\nA Russian missile hit a school in Kharkiv on Friday. The death toll rose to 24, according to the health ministry."
	if got := sourceOf(t, text, "24"); got != "Ukraine Health Ministry" {
		t.Errorf("source %q, want Ukraine Health Ministry", got)
	}
}

// TestGovernorPointsBack checks that "the governor" and "the mayor" point
// back to the person who spoke before, as "the minister" does.
func TestGovernorPointsBack(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"Test\n\nKharkiv's governor, Oleh Syniehubov, said 12 people were killed. Later the governor said 30 more were wounded.", "Oleh Syniehubov"},
		{"Test\n\nMayor Ihor Terekhov said 12 people were killed. The mayor said 30 more were wounded.", "Ihor Terekhov"},
	} {
		if got := sourceOf(t, tt.text, "30"); got != tt.want {
			t.Errorf("%q: source %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestTitledNameInApposition checks names with an abbreviated rank and
// names set off after a role phrase: the person speaks, and what follows
// the cue is what was said.
func TestTitledNameInApposition(t *testing.T) {
	wantSources(t, []sourceCase{
		{"Test\n\nA spokesman for the army, Col. John Smith, said 41 soldiers had been deployed.", "41", "John Smith"},
		{"Test\n\nThe army's spokesman, Colonel John Smith, said 42 soldiers had been deployed.", "42", "John Smith"},
		{"Test\n\n\"We lost 13 men,\" said Maj. Anna Berg, a battalion commander.", "13", "Anna Berg"},
	})
}

// TestFiguresCompiledBy checks that figures compiled or published by an
// organization no list knows are that organization's, and that a viral
// post speaks as social media users.
func TestFiguresCompiledBy(t *testing.T) {
	wantSources(t, []sourceCase{
		{"Test\n\nAccording to figures compiled by the independent outlet UALosses, at least 70,000 soldiers have been killed.", "70,000", "UALosses"},
		{"Test\n\nA viral post says 10,000 soldiers died in a single week.", "10,000", "social media users"},
	})
}

// TestAccordingToClosesItsClause checks that "according to X" between two
// clauses joined by "and" speaks for the clause it closes, not the next.
func TestAccordingToClosesItsClause(t *testing.T) {
	text := "Test\n\nMoscow recruits roughly 30,000 new soldiers every month, according to Ukraine's military intelligence, and its factories turn out about 250,000 shells a month."
	if got := sourceOf(t, text, "30,000"); got != "Ukraine HUR" {
		t.Errorf("30,000: source %q, want Ukraine HUR", got)
	}
	if got := sourceOf(t, text, "250,000"); got != "" {
		t.Errorf("250,000: source %q, want none", got)
	}
}

// TestCueBeforeQualifier checks that a cue that can be a noun ("say") is a
// verb before a qualified figure ("say at least 149 people"), and that a
// collective named by its work keeps its nationality's capital.
func TestCueBeforeQualifier(t *testing.T) {
	wantSources(t, []sourceCase{
		{"Test\n\nOfficials say at least 149 people were killed.", "149", "unnamed officials"},
		{"Test\n\nRussian investigators say at least 145 people were killed.", "145", "Russian investigators"},
	})
}

// TestCueThenChannel checks that a cue followed by its channel and "that"
// reports ("posted on Telegram that"), while a determiner still makes a noun.
func TestCueThenChannel(t *testing.T) {
	if got := sourceOf(t, "Test\n\nKharkiv mayor Ihor Terekhov posted on Telegram that 20 people were injured.", "20"); got != "Ihor Terekhov" {
		t.Errorf("posted on Telegram that: source %q, want Ihor Terekhov", got)
	}
	if got := sourceOf(t, "Test\n\nThe reports on Telegram that 20 people were injured spread fast.", "20"); got != "" {
		t.Errorf("the reports on Telegram: source %q, want none", got)
	}
}

// TestDenialStaysDenied checks that a source whose figures could not be
// confirmed keeps its denials as denials.
func TestDenialStaysDenied(t *testing.T) {
	text := "Test\n\nRussia's defence ministry said 300 Ukrainian soldiers were killed. It denied that 40 of its soldiers had been captured. Its figures could not be verified."
	wantHedge(t, text, "300", news.HedgeUnconfirmed)
	wantHedge(t, text, "40", news.HedgeDenied)
}

// TestDigestLabelCountry checks that a body no country is named for, in a
// digest's item, is the country of the place that labels the item.
func TestDigestLabelCountry(t *testing.T) {
	text := "The Morning Brief\n\n- Sudan: RSF shelling killed 12 people in El Fasher on Monday, local activists said.\n- Ukraine: Russia launched 96 drones overnight; 64 were shot down, the air force said."
	if got := sourceOf(t, text, "64"); got != "Ukraine Air Force" {
		t.Errorf("source %q, want Ukraine Air Force", got)
	}
}

// A transcript's label may say in brackets who the speaker is; the name
// before the brackets is the speaker, the brackets the title, and a later
// label of the surname alone is the same person. An interviewer's label
// with brackets names no one.
func TestTranscriptLabelsWithRoles(t *testing.T) {
	text := "Briefing on the raid\n\n" +
		"DARA VOSS (Minister of the Interior): Good morning. In the fighting, three attackers died.\n\n" +
		"REPORTER (Ana Pell, Radio Nord): How many officers were wounded? Were 5 hurt?\n\n" +
		"VOSS: Two, and both are out of danger.\n\n" +
		"LENA KORR (Police spokesperson): Six suspects are in custody.\n\n" +
		"KORR: More than 100 grenades were seized.\n"
	wantSources(t, []sourceCase{
		{text, "three attackers died", "Dara Voss"},
		{text, "both are out of danger", "Dara Voss"},
		{text, "Six suspects", "Lena Korr"},
		{text, "More than 100 grenades", "Lena Korr"},
		{text, "Were 5 hurt", ""},
	})
	d, atts := attributions(t, text)
	for _, a := range atts {
		if strings.Contains(a.Content.Of(d.Text), "three attackers") && (a.Source.Title == nil || *a.Source.Title != "Minister of the Interior") {
			t.Errorf("Dara Voss's title = %v, want Minister of the Interior", a.Source.Title)
		}
	}
}

// In an interview whose turns are labelled Q and A, the answers are the
// words of the person the introduction named, whose name may carry an
// Arabic article ("al-Ubaidi"), even after the answers name others.
func TestLabelledInterviewAnswers(t *testing.T) {
	text := "THE REVIEW | Interview\nA commander on the battle for the city\n\n" +
		"Colonel Fadhl al-Ubaidi commands a brigade on the western front. We spoke by phone.\n\n" +
		"Q: The rebels say they have surrounded the city. Are they right?\n" +
		"A: No. This week our forces retook two hilltop positions.\n\n" +
		"Q: And the civilians?\n" +
		"A: Two missiles hit a school and killed 29 civilians, Information Minister Muammar al-Eryani said. We lost 14 men in October.\n"
	wantSources(t, []sourceCase{
		{text, "two hilltop positions", "Fadhl al-Ubaidi"},
		{text, "killed 29 civilians", "Muammar al-Eryani"},
		{text, "We lost 14 men", "Fadhl al-Ubaidi"},
	})
}

// A closing "according to" after a clause joined by ", and" speaks for
// that clause; the cue before keeps the clause before.
func TestClosingAccordingToAfterAnd(t *testing.T) {
	text := "Test\n\nIn 2021 the UN Office for the Coordination of Humanitarian Affairs said 5.2 million people needed food aid, and more than two million people were driven from their homes, according to UN agencies.\n"
	wantSources(t, []sourceCase{
		{text, "5.2 million people", "UN Office for the Coordination of Humanitarian Affairs (OCHA)"},
		{text, "more than two million", "United Nations"},
	})
	d, atts := attributions(t, text)
	for _, a := range atts {
		if a.Source.Name == "UN Office for the Coordination of Humanitarian Affairs (OCHA)" && strings.Contains(a.Content.Of(d.Text), "two million") {
			t.Errorf("OCHA's content %q runs into the clause UN agencies speak for", a.Content.Of(d.Text))
		}
	}
}

// The bodies of the United Nations are named by their long names too.
func TestUNBodiesLongNames(t *testing.T) {
	wantSources(t, []sourceCase{
		{"Test\n\nThe UN's humanitarian office says about 1.1 million people were displaced.\n", "1.1 million", "UN Office for the Coordination of Humanitarian Affairs (OCHA)"},
		{"Test\n\nUN Development Programme surveys suggest that 80 percent of the Old City was destroyed.\n", "80 percent", "UN Development Programme (UNDP)"},
	})
}

// An outlet that cites its source between its name and its verb relays
// what the source said: "Reuters, citing a security source, reported".
func TestOutletCitingBeforeItsVerb(t *testing.T) {
	text := "Test\n\nReuters, citing a senior Lebanese security source, reported that the group had ordered 5,000 pagers.\n"
	d, atts := attributions(t, text)
	found := false
	for _, a := range atts {
		if !strings.Contains(a.Content.Of(d.Text), "5,000 pagers") {
			continue
		}
		found = true
		if a.Source.Name != "unnamed Lebanese security source" || len(a.Via) == 0 || a.Via[0] != "Reuters" {
			t.Errorf("%q: by %q via %v, want the security source via Reuters", a.Content.Of(d.Text), a.Source.Name, a.Via)
		}
	}
	if !found {
		t.Fatalf("no attribution of the pagers")
	}
}

// "revised its figures" is a cue like "revised its figure".
func TestRevisedFigures(t *testing.T) {
	wantSources(t, []sourceCase{
		{"Test\n\nBy Wednesday Lebanon's health ministry had revised its figures to 12 dead.\n", "12 dead", "Lebanon Health Ministry"},
	})
}

// Bodies named by words a person's name never has: a head noun of an
// organisation ("Collective"), or words joined by "for" or "pour" even
// when the last is a place ("Justice for Barsalogho"); such a name in
// apposition after a description speaks.
func TestBodiesNamedForAPlace(t *testing.T) {
	wantSources(t, []sourceCase{
		{"Test\n\nJustice for Barsalogho said 406 people died.\n", "406 people", "Justice for Barsalogho"},
		{"Test\n\nA collective of victims' relatives, Justice pour Barsalogho, says it has compiled a list of about 400 names.\n", "400 names", "Justice pour Barsalogho"},
		{"Test\n\nThe Barsalogho Collective says about 404 people died.\n", "404 people", "Barsalogho Collective"},
	})
	for _, text := range []string{
		"Test\n\nJustice for Barsalogho said 406 people died.\n",
		"Test\n\nThe Barsalogho Collective says about 404 people died.\n",
	} {
		_, atts := attributions(t, text)
		for _, a := range atts {
			if a.Source.Type != news.SourceAgency || a.Source.Title != nil {
				t.Errorf("%q: source %+v, want an organisation with no title", text, a.Source)
			}
		}
	}
}

// "that" after a noun with its article opens the noun's clause, not what
// was said: "says it killed 30 fighters, a claim that could not be
// checked" says the killing (the claim stage makes it unconfirmed).
func TestNounClauseIsNoContent(t *testing.T) {
	text := "Test\n\nBurkina Faso's army says it has killed 30 fighters, a claim that could not be checked.\n"
	d, atts := attributions(t, text)
	if len(atts) != 1 {
		t.Fatalf("attributions %d, want 1", len(atts))
	}
	if got := atts[0].Content.Of(d.Text); !strings.HasPrefix(got, "it has killed 30 fighters") {
		t.Errorf("content %q, want the killing", got)
	}
}

// A name in apposition after its office speaks, and the office is its
// title, not what it says: "Armenia's human rights defender, Kristinne
// Grigoryan, said ...".
func TestOfficeBeforeAppositiveName(t *testing.T) {
	text := "Test\n\nArmenia's human rights defender, Kristinne Grigoryan, said at least 2,570 civilians had been forced from their homes.\n"
	wantSources(t, []sourceCase{{text, "2,570 civilians", "Kristinne Grigoryan"}})
	d, atts := attributions(t, text)
	for _, a := range atts {
		if strings.Contains(a.Content.Of(d.Text), "defender") {
			t.Errorf("content %q holds the office", a.Content.Of(d.Text))
		}
	}
}

// A description points first to a body of its kind that its own sentence
// named before it, even one that has not spoken: "Hospitals supported by
// the ICRC treated 600 wounded, the organisation said".
func TestDescriptionPointsToTheBodyItsSentenceNamed(t *testing.T) {
	text := "Test\n\nThe United Nations said 900 people had died. Hospitals supported by the International Committee of the Red Cross treated more than 600 wounded people, the organisation said.\n"
	wantSources(t, []sourceCase{{text, "600 wounded", "International Committee of the Red Cross (ICRC)"}})
}

// "declares" before an act it performs ("declares a state of unrest",
// "declared war") reports nothing; before what was said it is a cue.
func TestDeclaredActIsNoStatement(t *testing.T) {
	_, atts := attributions(t, "Catatumbo crisis: Petro declares state of unrest as displaced top 36,000\n\nBy Staff\n\nMore than 36,000 people have fled.\n")
	if len(atts) != 0 {
		t.Errorf("an act declared: attributions %+v, want none", atts)
	}
	wantSources(t, []sourceCase{{"Test\n\nUkraine's health ministry declared that 40 people had died.\n", "40 people", "Ukraine Health Ministry"}})
}

// "raised it to 115" reports the changed figure like "raised the toll to".
func TestRaisedItTo(t *testing.T) {
	wantSources(t, []sourceCase{{"Test\n\nThe first count was 40 dead. The Pentagon raised it to 115 on Saturday.\n", "115", "US Department of Defense (Pentagon)"}})
}

// A description points to the body whose name has its head noun, before
// the body of its kind that spoke last: one heard before, or one the
// reported words only named as their subject.
func TestDescriptionByItsHeadNoun(t *testing.T) {
	wantSources(t, []sourceCase{
		{
			text: "Mexico sends troops\n\nMEXICO CITY, Feb 10 (Test Wire) - Mexico's Defense Ministry is sending another 600 soldiers to Sinaloa, officials said.\n\nAccording to the state prosecutor's office, 812 homicides were recorded. Families have reported a further 900 people missing, the office said.\n\nSecurity forces have arrested 1,012 suspected cartel members, the ministry said in a statement.\n",
			part: "1,012", want: "Mexico Defense Ministry",
		},
		{
			text: "Test\n\nThe state prosecutor's office said 812 homicides had been recorded. Mexico's Defense Ministry said 600 more soldiers would arrive. Residents said 900 people were missing, the office said. Patrols began on Monday, the ministry said.\n",
			part: "Patrols began", want: "Mexico Defense Ministry",
		},
		{
			text: "Test\n\nThe state prosecutor's office said 812 homicides had been recorded. Mexico's Defense Ministry said 600 more soldiers would arrive. Patrols began on Monday, the ministry said. Residents said 900 people were missing, the office said.\n",
			part: "900 people", want: "Mexico Prosecutor's Office",
		},
		{
			text: "Test\n\nMore troops arrived after an order from Russia's Defence Ministry, officials said. The regional governor's office said 12 people were hurt. Two drones were downed overnight, the ministry said.\n",
			part: "Two drones", want: "Russia Defense Ministry",
		},
	})
}

// A closing "according to" speaks for the relative clause it ends, not
// for the statement of an earlier speaker around it; "the territory's
// health ministry" is the body of the place named before (not of the
// country that owns the offensive).
func TestClosingAccordingToAfterARelativeClause(t *testing.T) {
	text := "Test\n\nThe Houthis fired two missiles at a tanker on Sunday. The group says its campaign is an act of solidarity with the people of Gaza, where more than 23,000 Palestinians have been killed in Israel's offensive, according to the territory's health ministry.\n"
	wantSources(t, []sourceCase{
		{text: text, part: "23,000", want: "Gaza Health Ministry"},
		{text: text, part: "solidarity", want: "Houthis"},
	})
}

// A table row is the body's that its caption names in brackets, said on
// the day the brackets give; a national body the gazetteer does not know
// is the story's country's.
func TestTableRowsByCaption(t *testing.T) {
	text := "Pakistan floods: situation report\nIssued 30 September 2022\n\nFloods have affected 33 million people in Pakistan, according to the National Disaster Management Authority (NDMA).\n\n   Table 1 — Flood deaths by province (NDMA, 27 September)\n   Sindh .................... 724\n   Punjab ................... 192\n"
	d, atts := attributions(t, text)
	var row *news.Attribution
	for i := range atts {
		if strings.Contains(atts[i].Content.Of(d.Text), "724") {
			row = &atts[i]
		}
	}
	if row == nil {
		t.Fatalf("no attribution covers the row: %+v", atts)
	}
	if row.Source.Name != "Pakistan National Disaster Management Authority" || row.Cue != "" {
		t.Errorf("row source %q cue %q", row.Source.Name, row.Cue)
	}
	if got := row.SaidOn.Format("2006-01-02"); got != "2022-09-27" {
		t.Errorf("row said on %s, want 27 September", got)
	}
	if got := sourceOf(t, text, "33 million"); got != "Pakistan National Disaster Management Authority" {
		t.Errorf("33 million: source %q", got)
	}
}

// A parliamentary transcript writes the speaker's honorific in mixed case
// before the name in capitals: the speaker is the person, titled by the
// office in brackets.
func TestHansardLabels(t *testing.T) {
	text := "ORAL QUESTIONS\nDaily Hansard | Wednesday, 11 December 2019\n\nKAREN WHITCOMBE (National): How many firearms has the buyback collected?\n\nHon STUART NASH (Minister of Police): More than 47,000 prohibited firearms have been handed in.\n\nKaren Whitcombe: Is that all?\n\nHon STUART NASH: No. About 700 police staff have been deployed to collection events.\n"
	d, atts := attributions(t, text)
	for _, part := range []string{"47,000", "About 700"} {
		found := false
		for _, a := range atts {
			if strings.Contains(a.Content.Of(d.Text), part) {
				found = true
				if a.Source.Name != "Stuart Nash" || a.Source.Title == nil || *a.Source.Title != "Minister of Police" {
					t.Errorf("%s: source %+v", part, a.Source)
				}
			}
		}
		if !found {
			t.Errorf("%s: no attribution", part)
		}
	}
}

// A speaker who does something else first and then speaks ("displayed
// wreckage and said") is the sentence's subject; a country's armed group
// in the possessive speaks for itself.
func TestSubjectOfACoordinatedCue(t *testing.T) {
	wantSources(t, []sourceCase{
		{
			text: "Test\n\nSaudi defence ministry spokesman Turki al-Maliki displayed wreckage and said the kingdom had been struck by 18 drones.\n",
			part: "18 drones", want: "Turki al-Maliki",
		},
		{
			text: "Test\n\nYemen's Houthi movement said it had launched 10 drones at the two sites.\n",
			part: "10 drones", want: "Houthis",
		},
		{
			text: "Test\n\nOur count is close to the one given to reporters by a US official, who spoke of 19 points of impact.\n",
			part: "19 points", want: "unnamed US official",
		},
	})
}

// "State television" and "state media" are the state media of the
// country the sentence or the story names: its agency when the gazetteer
// knows it, else the country's state media.
func TestStateTelevision(t *testing.T) {
	wantSources(t, []sourceCase{
		{
			text: "Test\n\nEthiopia declared an emergency. Ethiopia says the army is winning. According to state television, the army has detained thousands of suspects.\n",
			part: "thousands of suspects", want: "Ethiopian Broadcasting Corporation",
		},
		{
			text: "Test\n\nMali declared an emergency. Mali says the army is winning. According to state television, the army has detained 300 suspects.\n",
			part: "300 suspects", want: "Mali state media",
		},
	})
}

// "Called the attack a 'cowardly act'", "described the move as": what a
// speaker calls something is a statement of the speaker; "called for" and
// "called up" are none.
func TestCalledItAStatement(t *testing.T) {
	wantSources(t, []sourceCase{
		{text: "Test\n\nPrime Minister Shehbaz Sharif called the attack a \"cowardly act\" and ordered an inquiry.\n", part: "cowardly act", want: "Shehbaz Sharif"},
		{text: "Test\n\nHe described the move as \"a brotherly gesture\", Sergei Shoigu's office said.\n", part: "brotherly gesture", want: "Sergei Shoigu"},
		{text: "Test\n\nThe ministry called up 2,000 reservists on Monday.\n", part: "2,000 reservists", want: ""},
	})
}

// A quotation in typographic marks that goes on in the next sentence is
// still the speaker's, as with straight marks.
func TestCurlyQuoteGoesOn(t *testing.T) {
	wantSources(t, []sourceCase{{
		text: "Test\n\n“The troops are being rotated and reinforced,” the JCS said in a report to parliament. “We judge that further dispatches are possible.”\n",
		part: "further dispatches", want: "South Korea JCS",
	}})
}

// Guillemets go on as other marks do.
func TestGuillemetQuoteGoesOn(t *testing.T) {
	wantSources(t, []sourceCase{{
		text: "Test\n\n«The troops are being rotated and reinforced,» the JCS said in a report to parliament. «We judge that further dispatches are possible.»\n",
		part: "further dispatches", want: "South Korea JCS",
	}})
}

// Whose figures a caveat doubts (see also claim's TestOwnCaveatDoubtsTheCount):
// "the ministry's claims" is the body
// named before; a speaker no one is ("posted by opposition channels")
// leaves the others alone.
func TestUnverifiedScope(t *testing.T) {
	for _, tt := range []struct{ text, content, want string }{
		{
			text:    "Test\n\nA UN envoy told the council that Ruritania's health ministry had counted at least 90 dead. The mission had not been able to verify that count, he said. The mission has some 5,000 troops in the country, he added.",
			content: "5,000 troops", want: "asserted",
		},
		{
			text:    "Test\n\nTurkey's Ministry of National Defence said its strikes had killed 184 soldiers. The Monitor has no way of checking the ministry's claims. Syria's army said it had shot down three drones.",
			content: "184 soldiers", want: "unconfirmed",
		},
		{
			text:    "Test\n\nTurkey's Ministry of National Defence said its strikes had killed 184 soldiers. The Monitor has no way of checking the ministry's claims. Syria's army said it had shot down three drones.",
			content: "three drones", want: "asserted",
		},
		{
			text:    "Test\n\nBelarus's interior ministry says about 6,700 people have been detained. We have not been able to verify any figure posted by opposition channels.",
			content: "6,700 people", want: "asserted",
		},
		{
			text:    "Test\n\nOpposition channels say hundreds of protesters have been hurt. Belarus's interior ministry says about 6,700 people have been detained. We have not been able to verify any figure posted by opposition channels.",
			content: "hundreds of protesters", want: "unconfirmed",
		},
		{
			// The writer's comment after the words still doubts their speaker.
			text:    "Test\n\nMali's army says it has killed dozens of fighters near the town, a claim that could not be checked.",
			content: "dozens of fighters", want: "unconfirmed",
		},
	} {
		wantHedge(t, tt.text, tt.content, tt.want)
	}
}

// A participle after a main clause speaks in the voice of its subject:
// "The representative of the United Kingdom called for an embargo,
// saying ...", with or without a wire dateline before it.
func TestParticipleAfterClauseSpeaksForSubject(t *testing.T) {
	wantOneBy(t, "Test\n\nThe representative of the United Kingdom called for an arms embargo, saying that 200 people had been killed.", "United Kingdom")
	wantOneBy(t, "Test\n\nANKARA - Turkey's Ministry of National Defence published its daily table, claiming that its strikes had killed 184 soldiers.", "Turkey Defence Ministry")
	wantOneBy(t, "Test\n\nPoland's Ministry of Foreign Affairs said 12 diplomats had been expelled.", "Poland Foreign Ministry")
}

// "The representative of X" is a person speaking for X: a later "he said"
// is X's, not the person named before.
func TestRepresentativeOfCountryIsHe(t *testing.T) {
	text := "Test\n\nJean Arnault, the UN envoy, told the council that 300 people had fled. The representative of South Sudan said the situation was calm. He said 44 soldiers had been killed.\n"
	d, atts := attributions(t, text)
	for _, a := range atts {
		if strings.Contains(a.Content.Of(d.Text), "44 soldiers") && a.Source.Name != "South Sudan" {
			t.Errorf("%q: source %q, want South Sudan", a.Content.Of(d.Text), a.Source.Name)
		}
	}
	if len(atts) != 3 {
		t.Errorf("%d attributions, want 3", len(atts))
	}
}

// Channels and quoted speakers in a digest of posts: an unknown name that
// opens a sentence speaks when the text never writes it in lower case;
// "the channel" points back to it; the owner of "the ministry's channel"
// speaks; "quoted X as telling officials" is X's, not the officials'.
func TestChannelsAndQuotedSpeakers(t *testing.T) {
	text := "Test\n\nNexta wrote that 300 detainees were held in Minsk. The channel also claimed that 25,000 police had been deployed.\n\nA news site reported, citing Belarus's health ministry's channel, that 200 people were in hospital.\n\nAnother channel quoted Lukashenko as telling officials that the protesters were criminals.\n\nRescuers said 12 people were trapped. Nothing said 4 bridges fell, and nothing else moved.\n"
	d, atts := attributions(t, text)
	want := map[string]string{
		"300 detainees":  "Nexta",
		"25,000 police":  "Nexta",
		"200 people":     "Belarus Health Ministry",
		"were criminals": "Alexander Lukashenko",
	}
	wantContentSources(t, d, atts, want)
	for _, a := range atts {
		if a.Source.Name == "Rescuers" || a.Source.Name == "Nothing" {
			t.Errorf("%q: a common word opening a sentence speaks: %q", a.Content.Of(d.Text), a.Source.Name)
		}
	}
}

// In a roundup each dateline's story is about its own country: "citing
// police" is that country's police, a description points to no speaker
// of the story before, "the national disaster agency" is the country's,
// and the reported words start after the dateline.
func TestRoundupStoriesHaveTheirOwnSpeakers(t *testing.T) {
	text := "WORLD BRIEFS\n\nMANILA - Police said 12 people were missing after a landslide.\n\nSEOUL - Yonhap news agency reported, citing police, that only 137 officers had been on duty.\n\nJAKARTA - The national disaster agency counted 48 dead on Sunday.\n\nLIMA - Two bridges collapsed on Saturday, the fire service said.\n"
	d, atts := attributions(t, text)
	want := map[string]string{
		"137 officers": "South Korea Police",
		"48 dead":      "Indonesia National Disaster Agency",
	}
	wantContentSources(t, d, atts, want)
	for _, a := range atts {
		if strings.Contains(a.Content.Of(d.Text), " - ") {
			t.Errorf("content %q holds its dateline", a.Content.Of(d.Text))
		}
	}
}

// A credit line under a table's rows names their source, the body the
// story named before ("Source: ministry statement" after "Turkey's Ministry
// of National Defence published ..."); it is no statement itself, and a
// line of several sources gives none.
func TestTableCreditLine(t *testing.T) {
	text := "Test\n\nANKARA - Turkey's Ministry of National Defence published its daily loss table on Wednesday.\n\nCLAIMED LOSSES\nPersonnel neutralised: 2,557 (+184)\nTanks destroyed: 135 (+4)\nSource: ministry statement No. 31, 08:30 local time\n\nCHART 1 | Deaths\nTürkiye: 44,374 | Syria: 5,951\nSources: AFAD; Syrian Ministry of Health\n"
	d, atts := attributions(t, text)
	got := map[string]string{}
	for _, a := range atts {
		got[a.Content.Of(d.Text)] = a.Source.Name
	}
	for row, want := range map[string]string{"Personnel neutralised: 2,557 (+184)": "Turkey Defence Ministry", "Tanks destroyed: 135 (+4)": "Turkey Defence Ministry"} {
		if got[row] != want {
			t.Errorf("%q: source %q, want %q", row, got[row], want)
		}
	}
	for content, src := range got {
		if strings.Contains(content, "ministry statement") || strings.Contains(content, "44,374") {
			t.Errorf("attribution %q by %q, want none", content, src)
		}
	}
}

// Demonyms alone name no one: after "Posts translated from Russian and
// Belarusian", "She wrote" is nobody's the text named.
func TestDemonymsAreNoSpeaker(t *testing.T) {
	d, atts := attributions(t, "Test\n\nPosts translated from Russian and Belarusian by the digest team.\n\nShe wrote that 60 per cent had voted for her.\n")
	for _, a := range atts {
		if strings.Contains(a.Source.Name, "Russian") {
			t.Errorf("%q: source %q", a.Content.Of(d.Text), a.Source.Name)
		}
	}
}

// A count is an assertion, not an estimate: "counted", "counts" and
// "tallied" report what a body says it has, as every gold set reads it.
func TestCountsAreAssertions(t *testing.T) {
	wantHedge(t, "Test\n\nThe Syrian Observatory for Human Rights counted more than 900 people killed.", "more than 900", "asserted")
	wantHedge(t, "Test\n\nThe International Organization for Migration counts more than 200,000 displaced people in the province.", "more than 200,000", "asserted")
}

// Blaming is a statement, like accusing: "Authorities blamed separatist
// fighters for the attack".
func TestBlameIsAStatement(t *testing.T) {
	wantOneBy(t, "Test\n\nCameroon's government blamed separatist fighters for the attack that killed 20 people.", "Cameroon Government")
}

// A clause joined by "and" after a speaker's aside is that speaker's too,
// unless it has a cue of its own.
func TestClauseAfterAside(t *testing.T) {
	wantHedge(t, "Test\n\nRebuilding could cost twice as much, the World Bank said, and 81 per cent of the damage fell on five provinces.", "81 per cent", "asserted")
	d, atts := attributions(t, "Test\n\nRebuilding could cost twice as much, the World Bank said, and 81 per cent of the damage fell on five provinces.")
	n := 0
	for _, a := range atts {
		if a.Source.Name == "World Bank" {
			n++
		}
	}
	if n != 2 {
		t.Errorf("%d attributions by the World Bank in %q, want 2", n, d.Text)
	}
	d, atts = attributions(t, "Test\n\nTwo bridges fell, the army said, and the governor added that 40 people had died.")
	for _, a := range atts {
		if a.Source.Name != "the governor" && strings.Contains(a.Content.Of(d.Text), "40 people") && a.Cue == "said" {
			t.Errorf("the governor's words went to %q", a.Source.Name)
		}
	}
}

// Rubrics before a colon ("CORRECTION:", "Timeline:", "LOOKING BACK:") name
// no speaker; "a spokesman told reporters" is an unnamed spokesman's; "the
// home ministry" is the story country's.
func TestRubricsSpokesmenAndHomeMinistries(t *testing.T) {
	d, atts := attributions(t, "Test\n\nTimeline: three days of siege\n\n3/ CORRECTION: the toll was 1,805, not 1,800.\n\nLOOKING BACK: about 100 soldiers died in 2020.\n")
	for _, a := range atts {
		t.Errorf("%q: attributed to %q", a.Content.Of(d.Text), a.Source.Name)
	}
	wantOneBy(t, "Test\n\nThe army has deployed 5,000 troops, a spokesman told reporters.", "unnamed spokesman")
	wantOneBy(t, "Test\n\nNepal's home ministry says 1,805 people died.", "Nepal Home Ministry")
}

// A newspaper no list knows is an outlet, not a person titled "The"; the
// body it cites speaks through it.
func TestUnknownNewspapers(t *testing.T) {
	d, atts := attributions(t, "Test\n\nThe Gulf Coast Ledger says more than 1,400 families are still without power, citing the power authority.\n\nThe Island Herald reports that 64 people died.\n")
	got := map[string]news.Attribution{}
	for _, a := range atts {
		got[a.Content.Of(d.Text)] = a
	}
	if a := got["64 people died"]; a.Source.Name != "Island Herald" || a.Source.Type != news.SourceMedia {
		t.Errorf("64 people died: %q (%s), want Island Herald, media", a.Source.Name, a.Source.Type)
	}
	if a := got["more than 1,400 families are still without power"]; !slices.Contains(a.Via, "Gulf Coast Ledger") {
		t.Errorf("1,400 families: source %q via %q, want via Gulf Coast Ledger", a.Source.Name, a.Via)
	}
}

// One person named by what they do, after an article ("the shipowner
// said"), is an unnamed speaker of that kind; a thing is not.
func TestSingularAgentSpeaks(t *testing.T) {
	wantOneBy(t, "Test\n\nOne crew member was killed and 15 were kidnapped, the shipowner said.", "unnamed shipowner")
	d, atts := attributions(t, "Test\n\nThree ships were hit, the number said.")
	for _, a := range atts {
		if a.Source.Name == "unnamed number" {
			t.Errorf("%q: a thing spoke", a.Content.Of(d.Text))
		}
	}
}

// wantContentSources checks that for each part of want some attribution's
// content holds it and that every such attribution has the source named.
func wantContentSources(t *testing.T, d news.Doc, atts []news.Attribution, want map[string]string) {
	t.Helper()
	for part, source := range want {
		found := false
		for _, a := range atts {
			if strings.Contains(a.Content.Of(d.Text), part) {
				found = true
				if a.Source.Name != source {
					t.Errorf("%q: source %q, want %q", part, a.Source.Name, source)
				}
			}
		}
		if !found {
			t.Errorf("no attribution holds %q", part)
		}
	}
}

// Intelligence agencies named as a kind speak as one, and what someone
// "has identified" is their statement.
func TestIntelligenceAgenciesAndIdentified(t *testing.T) {
	wantOneBy(t, "Test\n\nWestern intelligence agencies estimate that Russia has suffered some 300,000 casualties.", "unnamed Western intelligence agencies")
	wantOneBy(t, "Test\n\nIndependent journalists have identified more than 50,000 dead soldiers by name.", "independent journalists")
}

// An opening participial phrase is no content of the cue after it
// ("Counting only confirmed deaths, Mediazona said ..."); an opening
// gerund that is the subject of its own clause is ("Rebuilding could cost
// twice as much, the bank said").
func TestOpeningParticiples(t *testing.T) {
	wantHedge(t, "Test\n\nCounting only confirmed deaths, Mediazona said 80,357 Russian soldiers had been killed.", "80,357 Russian soldiers had been killed", "asserted")
	wantHedge(t, "Test\n\nRebuilding could cost twice as much, the World Bank said.", "Rebuilding could cost twice as much", "asserted")
}

// A live blog's time stamp is no part of an entry's speaker or words.
func TestLiveBlogStamps(t *testing.T) {
	d, atts := attributions(t, "Test\n\n09:42 Civil protection chief Fabrizio Curcio says 120 people are confirmed dead.\n\n08:15 The mayor of Amatrice, Sergio Pirozzi, says 300 homes are gone.\n")
	wantContentSources(t, d, atts, map[string]string{"120 people": "Fabrizio Curcio", "300 homes": "Sergio Pirozzi"})
	for _, a := range atts {
		if a.Source.Title != nil && strings.ContainsAny(*a.Source.Title, "0123456789") {
			t.Errorf("title %q holds the time stamp", *a.Source.Title)
		}
		if strings.Contains(a.Content.Of(d.Text), "08:15") {
			t.Errorf("content %q holds the time stamp", a.Content.Of(d.Text))
		}
	}
}

// A role no one named before speaks unnamed: "the minister said", with no
// minister in the story yet.
func TestUnnamedRole(t *testing.T) {
	wantOneBy(t, "Test\n\nSpeaking in Kyiv, the minister said 300 soldiers had been killed.", "unnamed minister")
	d, atts := attributions(t, "Test\n\nDefence Minister Rustem Umerov visited the front. The minister said 300 soldiers had been killed.")
	wantContentSources(t, d, atts, map[string]string{"300 soldiers": "Rustem Umerov"})
}

// An age in apposition is no title.
func TestAgeIsNoTitle(t *testing.T) {
	_, atts := attributions(t, "Test\n\nAisha Khan, 34, said two of her cousins were killed.")
	if len(atts) != 1 || atts[0].Source.Name != "Aisha Khan" || atts[0].Source.Title != nil {
		t.Errorf("attributions %+v, want one by Aisha Khan with no title", atts)
	}
}

// A headline's "X told N killed" is a passive: X was told, and no one
// speaks in the headline.
func TestHeadlineToldIsPassive(t *testing.T) {
	d, atts := attributions(t, "Security Council told at least 272 killed in Juba fighting\n\nThe Security Council met on Sunday.\n")
	for _, a := range atts {
		t.Errorf("%q: attributed to %q", a.Content.Of(d.Text), a.Source.Name)
	}
	wantOneBy(t, "Test\n\nThe minister told 300 soldiers that they would go home.", "unnamed minister")
}

// New cues ("points out", "reminds readers", "calculates"); an aside inside
// a clause leaves the figure after it to the speaker, not a clause joined
// after it; the owner of a cue used as a noun before "that" speaks ("a
// police estimate that ...").
func TestAsidesAndNominalCues(t *testing.T) {
	text := "Review\n\nMargaret Ellery has written a careful history. The task force, she calculates, grew to 127 ships.\n\nThe Coast Ledger points out that the margin ran from 793 to 8,498. The Daily Star reminds readers that its own count found 1,052 deaths.\n\nThe book repeats a veterans group claim that 400 conscripts died, and a veterans' association claim that 310 conscripts deserted. It also cites a police estimate that 50 people drowned.\n\nRebuilding could cost twice as much, the bank said, and 81 per cent of the damage fell on five provinces.\n"
	d, atts := attributions(t, text)
	want := map[string]string{
		"127 ships":      "Margaret Ellery",
		"793 to 8,498":   "Coast Ledger",
		"1,052 deaths":   "Daily Star",
		"400 conscripts": "veterans group",
		"310 conscripts": "veterans' association",
		"50 people":      "Police",
		"twice as much":  "bank",
	}
	wantContentSources(t, d, atts, want)
	for _, a := range atts {
		if c := a.Content.Of(d.Text); c == "The task force" || strings.HasPrefix(c, "The book") || strings.HasPrefix(c, "It also") {
			t.Errorf("content %q, want the words the speaker said", c)
		}
	}
}

// "Ms Ruiz" points back to the full name met before, also one that did not
// speak ("Governor Carlos Vega's announcement on Tuesday that ..."), whose
// owner speaks; a participle after a name opens a clause, not a title.
func TestSurnamesAndPossessedCues(t *testing.T) {
	text := "Test\n\nGovernor Ana Ruiz said on Monday that 40 people died. Ms Ruiz said 50 were hurt.\n\nThe toll followed Governor Carlos Vega's announcement on Tuesday that 30 people had died. Mr Vega, asked whether his office had hidden deaths, said 20 were hurt.\n"
	d, atts := attributions(t, text)
	want := map[string]string{
		"40 people died": "Ana Ruiz",
		"50 were hurt":   "Ana Ruiz",
		"30 people":      "Carlos Vega",
		"20 were hurt":   "Carlos Vega",
	}
	wantContentSources(t, d, atts, want)
	for _, a := range atts {
		if a.Source.Title != nil && (strings.Contains(*a.Source.Title, "asked") || strings.Contains(*a.Source.Title, "toll")) {
			t.Errorf("%q: title %q, want a title, not a clause", a.Content.Of(d.Text), *a.Source.Title)
		}
	}
}

// Relatives and a naval officer speak unnamed; a name described as an
// organization in apposition is one, not a person.
func TestRelativesOfficersAndDescribedBodies(t *testing.T) {
	text := "Test\n\nRelatives of the crew told a broadcaster that about nine pirates had come aboard, while an unnamed naval officer told a newspaper there were no more than four. Dryad Global, a maritime security consultancy, said 12 rounds were fired.\n"
	d, atts := attributions(t, text)
	want := map[string]string{
		"about nine pirates": "unnamed crew relatives",
		"no more than four":  "unnamed naval officer",
		"12 rounds":          "Dryad Global",
	}
	wantContentSources(t, d, atts, want)
	for _, a := range atts {
		if a.Source.Name == "Dryad Global" && a.Source.Type != news.SourceAgency {
			t.Errorf("Dryad Global: type %q, want %q", a.Source.Type, news.SourceAgency)
		}
	}
}

// "According to the ship's operator, Boden Denizcilik, ...": the name the
// description gives speaks, and what follows it is what was said.
func TestAccordingToADescribedName(t *testing.T) {
	text := "Test\n\nAccording to the ship's Istanbul-based operator, Boden Denizcilik, the pirates took 15 crew members.\n"
	d, atts := attributions(t, text)
	wantContentSources(t, d, atts, map[string]string{"the pirates took 15 crew members": "Boden Denizcilik"})
}

// A timeline's stamp ("Evening - ", "c. 20:30 - ") is no part of who speaks.
func TestTimelineStampsAreNoSpeakers(t *testing.T) {
	text := "Timeline\n\nMorning - Commandos arrive in the city.\nEvening - Officials put the toll at 195, a figure later revised.\nc. 23:45 - Police say 12 people were hurt.\n"
	d, atts := attributions(t, text)
	wantContentSources(t, d, atts, map[string]string{"195": "unnamed officials"})
	for _, a := range atts {
		if strings.Contains(a.Source.Name, "Evening") || strings.Contains(a.Source.Name, "c.") {
			t.Errorf("%q: source %q holds the stamp", a.Content.Of(d.Text), a.Source.Name)
		}
	}
}

// "that" after a figure opens the figure's own clause, not the content:
// "has identified 354 villages that were destroyed" says the villages.
func TestThatAfterAFigureIsRelative(t *testing.T) {
	text := "Report\n\nHuman Rights Watch, working from satellite imagery, has identified 354 villages that were destroyed by fire.\n"
	d, atts := attributions(t, text)
	wantContentSources(t, d, atts, map[string]string{"354 villages that were destroyed": "Human Rights Watch (HRW)"})
}

// "the organisation" points to the organization named last, in its
// sentence or the two before, even one that did not speak.
func TestTheOrganisationIsTheLastNamed(t *testing.T) {
	text := "Report\n\nUNICEF said 200 children were missing.\n\nThe most detailed evidence comes from Médecins Sans Frontières, whose surveys led it to a first count. Of those deaths, 71.7 percent were caused by violence, which the organisation said meant at least 6,700 people had been killed.\n"
	d, atts := attributions(t, text)
	wantContentSources(t, d, atts, map[string]string{"6,700 people": "Médecins Sans Frontières (MSF)"})
}

// A sentence inside a quotation the sentence before opened goes on in the
// speaker's words.
func TestQuotationGoesOnAcrossSentences(t *testing.T) {
	text := "Statement\n\nCommander Lisa Grant said: \"Our officers faced bricks for four hours. About 300 officers were deployed at the height of the violence.\"\n"
	d, atts := attributions(t, text)
	wantContentSources(t, d, atts, map[string]string{"About 300 officers": "Lisa Grant"})
}

// A country's body in a story that names no country speaks under its own
// name ("Civil protection says", "police said").
func TestBodiesOfNoCountry(t *testing.T) {
	text := "Flood bulletin\n\nCivil protection says around 2,300 people have been evacuated from villages along the river. Two people are missing after their car was swept away, police said.\n"
	d, atts := attributions(t, text)
	wantContentSources(t, d, atts, map[string]string{"2,300 people": "Civil Protection", "Two people are missing": "Police"})
}

// "put the figure at 1,300" says the figure, whatever clause comes before;
// a shipping line is an organization.
func TestPutTheFigureAndCompanies(t *testing.T) {
	text := "FAQ\n\nOn the left bank, which Russian forces hold, the occupation-installed officials put the figure at 1,300.\n\nMarlow Shipping Lines confirms that 23 crew members are safe.\n"
	d, atts := attributions(t, text)
	wantContentSources(t, d, atts, map[string]string{"the figure at 1,300": "unnamed occupation-installed officials", "23 crew members": "Marlow Shipping Lines"})
	for _, a := range atts {
		if a.Source.Name == "Marlow Shipping Lines" && a.Source.Type != news.SourceAgency {
			t.Errorf("Marlow Shipping Lines: type %q, want %q", a.Source.Type, news.SourceAgency)
		}
	}
}

// TestAppealSpeaks checks that a body appealing for a sum is its source,
// as a verb or as a noun ("launched a flash appeal for").
func TestAppealSpeaks(t *testing.T) {
	wantSources(t, []sourceCase{
		{"Floods\n\nThe UN has appealed for $71.4 million to help some 250,000 people.\n", "$71.4 million", "United Nations"},
		{"Floods\n\nThe UN launched a flash appeal for $301 million on Tuesday.\n", "$301 million", "United Nations"},
	})
}

// TestFirmNamesAreBodies checks that a firm's name ending in a word for a
// firm ("Analytics", "Re") is a body, which "it" points back to before
// any body named earlier.
func TestFirmNamesAreBodies(t *testing.T) {
	text := "Storm note\n\nThe UN humanitarian office (OCHA) says about 2 million people have been displaced.\n\nKarlsson Analytics estimates insured losses of up to $2 billion, against total damage it puts at $9 billion.\n"
	wantSources(t, []sourceCase{{text, "$9 billion", "Karlsson Analytics"}})
	_, atts := attributions(t, text)
	for _, a := range atts {
		if a.Source.Name == "Karlsson Analytics" && a.Source.Type != news.SourceAgency {
			t.Errorf("Karlsson Analytics is a %s, want an agency", a.Source.Type)
		}
	}
}

// TestLeadersSpeakUnnamed checks that a group's leaders speak as unnamed
// leaders of that group.
func TestLeadersSpeakUnnamed(t *testing.T) {
	wantSources(t, []sourceCase{{"Test\n\nBosnian Serb leaders denied that 40 people died in the strike.\n", "40 people", "unnamed Bosnian Serb leaders"}})
}

// TestRoleThenUnknownName checks an inverted speaker given by a role, its
// owner first, and then a name the gazetteer does not know: "...," said
// the mission's coordinator, Ana Ruiz.
func TestRoleThenUnknownName(t *testing.T) {
	for _, text := range []string{
		"Test\n\n\"We counted every rifle,\" said the mission's coordinator, Ana Ruiz.\n",
		"Test\n\n\"We counted every rifle,\" said the coordinator, Clara Inés Rojas.\n",
	} {
		_, atts := attributions(t, text)
		if len(atts) != 1 || atts[0].Source.Type != news.SourcePerson || !strings.HasSuffix(atts[0].Source.Name, "Ruiz") && !strings.HasSuffix(atts[0].Source.Name, "Rojas") {
			t.Errorf("%q: attributions %+v, want one by the coordinator named", text, atts)
		}
	}
	// A name that goes on into a clause is no inverted speaker's.
	text := "Test\n\n\"We counted every rifle,\" said the coordinator, Ana Ruiz told us.\n"
	_, atts := attributions(t, text)
	for _, a := range atts {
		if a.Source.Name == "Ana Ruiz" && a.Source.Title != nil && *a.Source.Title == "coordinator" && a.Cue == "said" {
			t.Errorf("%q: %+v reads the clause's subject as the inverted speaker", text, a)
		}
	}
}

// TestTitleAfterOpeningAdverbial checks that an opening adverbial before
// a titled name leaves what is said after the cue: "At the ceremony on
// Tuesday, the chief, Jean Arnault, said ...".
func TestTitleAfterOpeningAdverbial(t *testing.T) {
	text := "Test\n\nAt the ceremony on Tuesday, the mission's chief, Jean Arnault, said the containers were now closed.\n"
	_, atts := attributions(t, text)
	if len(atts) != 1 || atts[0].Content.Of(text) != "the containers were now closed" || atts[0].Source.Title == nil || *atts[0].Source.Title != "mission's chief" {
		t.Errorf("attributions %+v, want the closing clause by the chief", atts)
	}
}

// TestBodyCitingAnother checks that a body that cites another before its
// cue relays it: "the UN's humanitarian office, citing the WHO, said".
func TestBodyCitingAnother(t *testing.T) {
	text := "Test\n\nOn Monday the UN's humanitarian office, citing the World Health Organization, said 3,958 deaths had been recorded.\n"
	_, atts := attributions(t, text)
	if len(atts) != 1 || atts[0].Content.Of(text) != "3,958 deaths had been recorded" || atts[0].Source.Name != "World Health Organization (WHO)" || len(atts[0].Via) != 1 || !strings.Contains(atts[0].Via[0], "OCHA") {
		t.Errorf("attributions %+v, want the WHO's words via OCHA", atts)
	}
}

// TestMinistriesAndUNPrefixedBodies checks a country's ministry of any
// portfolio and a UN body named with "UN" before its own name.
func TestMinistriesAndUNPrefixedBodies(t *testing.T) {
	wantSources(t, []sourceCase{
		{"Test\n\nUkraine's agriculture ministry estimated that 10,000 hectares of farmland would be flooded.\n", "10,000 hectares", "Ukraine Agriculture Ministry"},
		{"Test\n\nThe UN World Food Programme said it was delivering meals for some 30,000 people.\n", "30,000", "World Food Programme (WFP)"},
	})
}

// TestAnswersGoToThePersonIntroduced checks that an interview's "A:"
// answers are the person its introduction names, though she said nothing
// before and the byline named the writer; and that a question word opens
// no speaker's name.
func TestAnswersGoToThePersonIntroduced(t *testing.T) {
	text := "\"We are running out of shelters\": a camp manager on the border\n\nBy Tom Achieng, East Africa correspondent\n\nFatima Yahya runs the Adré transit site for a local aid group. She spoke to us by phone.\n\nQ: How many people are arriving?\n\nA: Between 300 and 400 a day this week.\n\nQ: What do they tell you?\n\nA: Last week two children died on the road.\n"
	_, atts := attributions(t, text)
	n := 0
	for _, a := range atts {
		if a.Source.Name == "What" {
			t.Errorf("%+v: a question word named a speaker", a)
		}
		if strings.HasPrefix(a.Content.Of(text), "Between 300") || strings.HasPrefix(a.Content.Of(text), "Last week") {
			n++
			if a.Source.Name != "Fatima Yahya" {
				t.Errorf("%q by %q, want Fatima Yahya", a.Content.Of(text), a.Source.Name)
			}
		}
	}
	if n != 2 {
		t.Errorf("attributions %+v, want both answers", atts)
	}
}

// TestUnitsAndStudiesSpeak checks a country's units as its forces, and
// "the study" pointing back to the body that published it.
func TestUnitsAndStudiesSpeak(t *testing.T) {
	wantSources(t, []sourceCase{
		{"Test\n\nIraqi units reported shooting down several hundred of them.\n", "several hundred", "Iraq Forces"},
		{"Test\n\nThe Harvard Humanitarian Initiative published its survey on Monday. The study found that about 4,600 people had died.\n", "4,600", "Harvard Humanitarian Initiative"},
	})
}

// TestWhoseFiguresSpeak checks that a body named only as the owner of
// figures speaks: "according to the last government count", "police
// figures".
func TestWhoseFiguresSpeak(t *testing.T) {
	wantSources(t, []sourceCase{
		{"Burkina Faso crisis deepens\n\nBurkina Faso is in crisis.\n\nMore than two million people have been displaced, according to the last government count.\n", "two million", "Burkina Faso Government"},
		{"Burkina Faso crisis deepens\n\nBurkina Faso is in crisis.\n\nAbout 300 people died, according to police figures.\n", "300", "Burkina Faso Police"},
	})
}

// TestQuotedByRelays checks that ", quoted by Y," between a speaker and
// the cue makes Y the relay.
func TestQuotedByRelays(t *testing.T) {
	text := "Story\n\nJunta spokesman Zaw Min Tun, quoted by the state-run Global New Light of Myanmar, said the army had lost 40 outposts.\n"
	_, atts := attributions(t, text)
	if len(atts) != 1 || atts[0].Source.Name != "Zaw Min Tun" || !slices.Equal(atts[0].Via, []string{"Global New Light of Myanmar"}) {
		t.Errorf("attributions %+v, want Zaw Min Tun via the Global New Light of Myanmar", atts)
	}
}

// TestEventLabelIsNoSpeaker checks that a headline label naming an event
// ("Cyclone Freddy: ...") names no speaker, while a body's does.
func TestEventLabelIsNoSpeaker(t *testing.T) {
	for _, text := range []string{"Cyclone Freddy: 190 dead in Blantyre\n\nText.\n", "Operation Spiderweb: 41 aircraft hit\n\nText.\n"} {
		if _, atts := attributions(t, text); len(atts) != 0 {
			t.Errorf("%q: attributions %+v, want none", text, atts)
		}
	}
	wantSources(t, []sourceCase{{"NIS: about 300 troops killed\n\nText.\n", "300", "South Korea NIS"}})
}

// TestDescriptionBeforeName checks that a description set off before a
// name ("A 23-year-old survivor, Ramesh Yadav, said ...") titles the name
// and is not what was said, while a clause before a name and its cue is.
func TestDescriptionBeforeName(t *testing.T) {
	text := "Test\n\nA 23-year-old survivor, Ramesh Yadav, said the driver had been going fast.\n"
	_, atts := attributions(t, text)
	if len(atts) != 1 || atts[0].Content.Of(text) != "the driver had been going fast" {
		t.Errorf("attributions %+v, want the clause after the cue", atts)
	}
	text = "Test\n\nThe driver had been going fast, Ramesh Yadav said.\n"
	_, atts = attributions(t, text)
	if len(atts) != 1 || atts[0].Content.Of(text) != "The driver had been going fast" {
		t.Errorf("attributions %+v, want the clause before the name", atts)
	}
}

// TestWireSlugIsNoSpeaker checks that a wire slug before a headline
// ("UPDATE 3-") neither speaks nor hides the name glued to its number.
func TestWireSlugIsNoSpeaker(t *testing.T) {
	wantSources(t, []sourceCase{{"UPDATE 3-Kyrgyzstan says border death toll rises to 59\n\nBISHKEK, Sept 18 - Text.\n", "59", "Kyrgyzstan"}})
	text := "UPDATED 2-Border toll rises to 59\n\nBISHKEK, Sept 18 - Text.\n"
	if _, atts := attributions(t, text); len(atts) != 0 {
		t.Errorf("attributions %+v, want none", atts)
	}
}

// TestAccordingToBeforeASubordinateClause checks that a mid-sentence
// "according to X," followed by a clause that hangs on the one before it
// speaks for the clause it closes, however long the rest.
func TestAccordingToBeforeASubordinateClause(t *testing.T) {
	text := "Story\n\nExports held at 3.3 million barrels a day, according to the IEA, as buyers in India took most of the cargoes shipped from the Baltic.\n"
	_, atts := attributions(t, text)
	if len(atts) != 1 || atts[0].Content.Of(text) != "Exports held at 3.3 million barrels a day" {
		t.Errorf("attributions %+v, want the clause before the cue", atts)
	}
}

// TestAsAnotherSpeakerSays checks that ", as X said it had ..." keeps the
// figure before it to the first speaker: the second cue has its own
// content. A civil defence agency speaks as the country's.
func TestAsAnotherSpeakerSays(t *testing.T) {
	text := "Gaza school strike\n\nAn air strike on a school in Gaza City killed at least 30 people on Saturday, Gaza's civil defence agency said, as Israel's military said it had targeted a command post.\n"
	wantSources(t, []sourceCase{{text, "at least 30 people", "Palestine Civil Defence Agency"}, {text, "command post", "Israel Defense Forces"}})
	wantSources(t, []sourceCase{{"Test\n\nGunmen killed about 1,200 people, according to Israeli tallies.\n", "1,200", "Israel"}})
}

// TestOpeningPhraseWithoutComma checks a subject after an opening phrase
// with no comma: "In its daily briefing the ministry said ...".
func TestOpeningPhraseWithoutComma(t *testing.T) {
	text := "Story\n\nRussia's defence ministry said on Thursday that 1,350 servicemen had been lost.\n\nIn its daily briefing the ministry said Russian air defence systems had shot down 43 Ukrainian drones.\n"
	wantSources(t, []sourceCase{{text, "43 Ukrainian drones", "Russia Defense Ministry"}})
}

// TestNamedNounIsNoCue checks that a cue word a name qualifies after "a"
// is a noun ("a United Nations report published in September"), while
// "the NDMA counts" stays a verb.
func TestNamedNounIsNoCue(t *testing.T) {
	text := "Test\n\nThe gang has about 200 members, according to a United Nations report published in September.\n"
	_, atts := attributions(t, text)
	for _, a := range atts {
		if a.Cue == "report" {
			t.Errorf("%+v: 'report' read as a cue", a)
		}
	}
	_, atts = attributions(t, "Test\n\nThe NDMA counts around 2 million homes damaged.\n")
	if len(atts) != 1 || atts[0].Cue != "counts" {
		t.Errorf("attributions %+v, want one by the NDMA's count", atts)
	}
}

// TestUnknownLabelSpeaksOnlyWhereTheTextHasItSpeak checks that one word the
// gazetteer does not know before a headline colon is the story's topic
// ("Westgate: 39 still missing"), unless the body has it speak.
func TestUnknownLabelSpeaksOnlyWhereTheTextHasItSpeak(t *testing.T) {
	for _, text := range []string{
		"Westgate: 39 still missing\n\nThe Red Cross list from Westgate grew on Friday.\n",
		"Beslan: 354 hostages, and other figures\n\nParents in Beslan knew it was false.\n",
	} {
		if _, atts := attributions(t, text); slices.ContainsFunc(atts, func(a news.Attribution) bool { return a.Cue == ":" }) {
			t.Errorf("%q: attributions %+v, want no label speaker", text, atts)
		}
	}
	wantSources(t, []sourceCase{
		{"Kovalchuk: 3,000 troops lost\n\nThe figure was rising, according to Kovalchuk.\n", "3,000", "Kovalchuk"},
		{"Kovalchuk: 3,000 troops lost\n\nKovalchuk said the figure was rising.\n", "3,000", "Kovalchuk"},
	})
}

// TestDateOpensNoTitle checks that a date before a titled name ("On 24
// September President Uhuru Kenyatta told ...") is no part of the title.
func TestDateOpensNoTitle(t *testing.T) {
	for _, text := range []string{
		"Test\n\nOn 24 September President Uhuru Kenyatta told the nation that 67 people had died.\n",
		"Test\n\nIn March Defence Minister Ann Lee said 40 soldiers were hurt.\n",
	} {
		_, atts := attributions(t, text)
		if len(atts) != 1 || atts[0].Source.Title == nil || strings.Contains(*atts[0].Source.Title, "ember") || strings.Contains(*atts[0].Source.Title, "March") {
			t.Errorf("%q: attributions %+v, want a title without the date", text, atts)
		}
	}
}

// TestNewspaperNamesAndAdverbs checks that "the Daily Nation" is a
// newspaper and a name after an article no person, and that an adverb such
// as "since" between a speaker and its verb keeps the speaker.
func TestNewspaperNamesAndAdverbs(t *testing.T) {
	for _, tt := range []struct {
		text, name string
		typ        string
	}{
		{"Test\n\nThe Daily Nation has since reported at least 240 injured.\n", "Daily Nation", news.SourceMedia},
		{"Test\n\nThe Silver Lantern said 300 families had been housed.\n", "Silver Lantern", news.SourceAgency},
	} {
		_, atts := attributions(t, tt.text)
		if len(atts) != 1 || atts[0].Source.Name != tt.name || atts[0].Source.Type != tt.typ {
			t.Errorf("%q: attributions %+v, want %s (%s)", tt.text, atts, tt.name, tt.typ)
		}
	}
}

// TestOwnedFigure checks that a figure a speaker's own count names is the
// speaker's: "The President's figure of 175 wounded", "Kyiv's estimate of
// 500 dead" (an estimate).
func TestOwnedFigure(t *testing.T) {
	text := "Test\n\nOn Monday President Uhuru Kenyatta said 67 people had died.\n\nThe President's figure of 175 wounded never matched what I saw.\n"
	_, atts := attributions(t, text)
	if len(atts) != 2 || atts[1].Source.Name != "Uhuru Kenyatta" || atts[1].Content.Of(text) != "175 wounded" {
		t.Errorf("attributions %+v, want Kenyatta's 175 wounded", atts)
	}
	text = "Test\n\nKyiv's estimate of 500 dead was higher than Moscow's.\n"
	_, atts = attributions(t, text)
	if len(atts) != 1 || atts[0].Hedge != news.HedgeEstimated || atts[0].Content.Of(text) != "500 dead" {
		t.Errorf("attributions %+v, want Kyiv's estimated 500 dead", atts)
	}
}

// TestDescriptionByTitle checks that a description points back to the
// person whose title has its head noun ("the President" for President Uhuru
// Kenyatta), not to the last person named.
func TestDescriptionByTitle(t *testing.T) {
	wantSources(t, []sourceCase{{
		"Test\n\nPresident Uhuru Kenyatta said 67 people had died. Grace Njeri, a nurse, said the wards were full.\n\nThe President said 175 were hurt.\n",
		"175", "Uhuru Kenyatta",
	}})
}

// TestAsideSpeakerIsTheOpeningPerson checks that "he" in an aside points to
// the person the sentence opens with, not to the last speaker heard, and
// that "conceded" reports.
func TestAsideSpeakerIsTheOpeningPerson(t *testing.T) {
	wantSources(t, []sourceCase{
		{"Test\n\nOn Saturday Lev Dzugayev conceded that more than 1,000 people had been held. Aslambek Aslakhanov, an adviser to the president, went further: the hostage-takers, he said, had claimed to hold 1,200 captives.\n", "1,200", "Aslambek Aslakhanov"},
		{"Test\n\nOn Saturday Lev Dzugayev conceded that more than 1,000 people had been held.\n", "1,000", "Lev Dzugayev"},
	})
}

// TestTimeAfterCueIsNoContent checks that a cue followed only by a
// preposition and a time ("... its spokeswoman said on Tuesday") reports
// nothing of its own.
func TestTimeAfterCueIsNoContent(t *testing.T) {
	text := "Test\n\nThe Red Cross has counted about 25,000 people leaving the city, its spokeswoman Ingy Sedky said on Tuesday.\n"
	_, atts := attributions(t, text)
	for _, a := range atts {
		if strings.Contains(a.Content.Of(text), "Tuesday") && !strings.Contains(a.Content.Of(text), "25,000") {
			t.Errorf("attribution %+v: a time is no content", a)
		}
	}
	if len(atts) == 0 {
		t.Errorf("no attribution, want the Red Cross's count")
	}
}

// TestClauseBeforeSpeakerWhenOnlyATimeFollows checks that the words before
// a speaker are what it said when only a time follows its cue.
func TestClauseBeforeSpeakerWhenOnlyATimeFollows(t *testing.T) {
	text := "Test\n\nAt least 40 people died in the fire, Maria dos Santos said on Monday.\n"
	_, atts := attributions(t, text)
	if len(atts) != 1 || atts[0].Content.Of(text) != "At least 40 people died in the fire" {
		t.Errorf("attributions %+v, want the clause before the speaker", atts)
	}
}

// TestForecastsAndAgreements checks that a writer's "we expect" and "we
// reckon" are estimates, that a body that agreed on a release says it, and
// that a headline label stays a topic where the body only names it as an
// object ("we expect Haiyan to ...").
func TestForecastsAndAgreements(t *testing.T) {
	for _, tt := range []struct{ text, part, source, hedge string }{
		{"Test\n\nWe expect WTI to average $63 in the fourth quarter.\n", "$63", "the outlet", news.HedgeEstimated},
		{"Test\n\nWe reckon roughly 1 million b/d of refining is still offline.\n", "1 million", "the outlet", news.HedgeEstimated},
		{"Test\n\nThe International Energy Agency agreed on Friday that its members would release 2 million barrels a day.\n", "2 million", "International Energy Agency (IEA)", news.HedgeAsserted},
	} {
		_, atts := attributions(t, tt.text)
		i := slices.IndexFunc(atts, func(a news.Attribution) bool { return strings.Contains(a.Content.Of(tt.text), tt.part) })
		if i < 0 || atts[i].Source.Name != tt.source || atts[i].Hedge != tt.hedge {
			t.Errorf("%q: attributions %+v, want %s %s", tt.text, atts, tt.source, tt.hedge)
		}
	}
	text := "Haiyan: insured loss seen below $700 million\n\nWe expect Haiyan to erode the treaty layer.\n"
	if _, atts := attributions(t, text); slices.ContainsFunc(atts, func(a news.Attribution) bool { return a.Cue == ":" }) {
		t.Errorf("attributions %+v, want no label speaker", atts)
	}
}

// TestQuotesAfterColonsAgesAndOwnedEstimates checks a quotation a colon
// brings in after a person's clause, a speaker with an age and a relative
// clause before the cue, and an owned estimate stated with "was" after an
// aside, next to another speaker's figure.
func TestQuotesAfterColonsAgesAndOwnedEstimates(t *testing.T) {
	wantSources(t, []sourceCase{
		{"Test\n\nAiko Tanaka, 27, runs a soup kitchen: \"Some days we feed 600 people from this one kitchen.\"\n", "600", "Aiko Tanaka"},
		{"Test\n\nDaisuke Ono, 44, whose unit came from Kumamoto, said: \"We bring about 40 tonnes of water every day.\"\n", "40 tonnes", "Daisuke Ono"},
		{"Test\n\nThe Cabinet Office put the damage at 16 trillion yen on 23 March; the World Bank's estimate, two days earlier, was $122 billion to $235 billion.\n", "$235 billion", "World Bank"},
		{"Test\n\nThe Cabinet Office put the damage at 16 trillion yen on 23 March; the World Bank's estimate, two days earlier, was $122 billion to $235 billion.\n", "16 trillion", "Cabinet Office"},
	})
}

// TestWriterCannotCheck checks that a writer's "a figure we have no means
// to check" after a speaker's figure makes it unconfirmed.
func TestWriterCannotCheck(t *testing.T) {
	text := "Test\n\nRussia's defence ministry has said more than 100,000 civilians left, a figure we have no means to check.\n"
	_, atts := attributions(t, text)
	if len(atts) != 1 || atts[0].Hedge != news.HedgeUnconfirmed {
		t.Errorf("attributions %+v, want one unconfirmed", atts)
	}
}

// TestCountryHeadingAndRelativeTimes checks that a line naming only a
// country sets whose "the army" is under it, that "Two days later," opens
// no reported words, and that "a figure that could not be confirmed"
// doubts the speaker before it.
func TestCountryHeadingAndRelativeTimes(t *testing.T) {
	wantSources(t, []sourceCase{
		{"Fighting spreads across the Sahel\n\nThe week was violent across the region, with attacks in three countries.\n\nMALI\nThe army said 12 were killed.\n\nNIGER\nThe army said 13 were killed.\n", "13", "Niger Army"},
		{"Fighting spreads across the Sahel\n\nThe week was violent across the region, with attacks in three countries.\n\nMALI\nThe army said 12 were killed.\n\nNIGER\nThe army said 13 were killed.\n", "12", "Mali Army"},
	})
	text := "Test\n\nTwo days later, JNIM claimed it had seized 17 vehicles.\n"
	_, atts := attributions(t, text)
	if len(atts) != 1 || atts[0].Content.Of(text) != "it had seized 17 vehicles" {
		t.Errorf("attributions %+v, want the words after the cue", atts)
	}
	text = "Test\n\nThe army said it had killed 12 assailants, a figure that could not be confirmed.\n"
	_, atts = attributions(t, text)
	if len(atts) != 1 || atts[0].Hedge != news.HedgeUnconfirmed {
		t.Errorf("attributions %+v, want one unconfirmed", atts)
	}
}

// TestRejectedClaim checks that ", a claim the Pentagon rejected" denies
// the claim before it, which stays its speaker's and undenied.
func TestRejectedClaim(t *testing.T) {
	text := "Test\n\nA Houthi spokesman, Yahya Saree, said that the group had fired 12 missiles at a US warship, a claim the Pentagon rejected.\n"
	_, atts := attributions(t, text)
	if len(atts) != 2 || atts[0].Hedge != news.HedgeAsserted || atts[1].Hedge != news.HedgeDenied || atts[1].Content != atts[0].Content {
		t.Errorf("attributions %+v, want Saree's claim asserted and the Pentagon denying the same words", atts)
	}
}

// TestRanksInApposition checks a name in apposition after its abbreviated
// ranks: "The press secretary, Maj. Gen. Pat Ryder, told reporters".
func TestRanksInApposition(t *testing.T) {
	wantSources(t, []sourceCase{
		{"Test\n\nThe Defense Department's press secretary, Maj. Gen. Pat Ryder, told reporters on Thursday that forces had struck 60 targets.\n", "60", "Pat Ryder"},
	})
}

// TestCivilBodiesPassivesAndBracketCredits checks that a body named after
// a country speaks as itself, that "reported killed" is a hedge with no
// speaker, and that a key-figure line credits its figure to the body in
// brackets at its end.
func TestCivilBodiesPassivesAndBracketCredits(t *testing.T) {
	wantSources(t, []sourceCase{
		{"Test\n\nThe Kenya Medical Association said 20 doctors were hurt.\n", "20", "Kenya Medical Association"},
		{"Test\n\nThe Ukrainian Helsinki Human Rights Union said 30 people were detained.\n", "30", "Ukrainian Helsinki Human Rights Union"},
		{"Key figures\n\n- 260,000 people estimated trapped in El Fasher (IOM, 27 Oct)\n", "260,000", "International Organization for Migration (IOM)"},
	})
	text := "Test\n\nSome 1,500 or more civilians reported killed in the past week.\n"
	if _, atts := attributions(t, text); len(atts) != 0 {
		t.Errorf("attributions %+v, want none", atts)
	}
}

// TestRunningTotalAfterCue checks that ", bringing the toll to N" after a
// speaker's cue is the speaker's.
func TestRunningTotalAfterCue(t *testing.T) {
	wantSources(t, []sourceCase{
		{"Test\n\nAir strikes killed at least 41 people on Sunday, the health ministry said, bringing the death toll since October to 38,584.\n", "38,584", "Health Ministry"},
	})
}

// TestTheyPointsToOutlets checks that "they" may point back to the outlets
// that just spoke.
func TestTheyPointsToOutlets(t *testing.T) {
	wantSources(t, []sourceCase{
		{"Counting the dead\n\nThe BBC and the outlet Mediazona have identified 90,019 soldiers by name; they estimate the real total is 45 to 65 per cent higher.\n", "45 to 65", "BBC"},
	})
}

// TestWithAfterCueAndTwoWordRoles checks that ", with 5,017 injured" after
// a cue is the speaker's, and that "the prime minister" speaks unnamed
// rather than as a defence minister named before.
func TestWithAfterCueAndTwoWordRoles(t *testing.T) {
	wantSources(t, []sourceCase{
		{"Test\n\nThe death toll rose to 3,600, the military government said, with 5,017 injured and 160 still missing.\n", "5,017", "Government"},
		{"Test\n\nDefence Minister Ann Lee said 40 soldiers died. According to the prime minister, 7,000 people have died.\n", "7,000", "unnamed prime minister"},
	})
}

// TestIncludingAfterCueAndTime checks that ", including 23 over the Bryansk
// region" after a cue and the time it was said is the speaker's, and that
// "Russian MoD" is Russia's defence ministry.
func TestIncludingAfterCueAndTime(t *testing.T) {
	wantSources(t, []sourceCase{
		{"Test\n\nAir defences destroyed 48 drones overnight, the Russian Defence Ministry said on Tuesday, including 23 over the Bryansk region.\n", "23 over", "Russia Defense Ministry"},
		{"Russian MoD: 48 Ukrainian drones downed overnight\n\nText.\n", "48", "Russia Defense Ministry"},
	})
}

// TestNoConfirmationObserved checks that "We have not observed confirmation
// of these claims" after a speaker's figure doubts it.
func TestNoConfirmationObserved(t *testing.T) {
	text := "Test\n\nUkrainian officials reported that Russian forces conducted 156 assaults along the front on March 2. We have not observed confirmation of these claims.\n"
	_, atts := attributions(t, text)
	if len(atts) != 1 || atts[0].Hedge != news.HedgeUnconfirmed {
		t.Errorf("attributions %+v, want one unconfirmed", atts)
	}
}

// TestPressReleaseFooter checks that a press release's "About the ...:"
// paragraph names no speaker and that its media-contact line is
// boilerplate.
func TestPressReleaseFooter(t *testing.T) {
	text := "Convoy reaches city\n\nThe alliance said 14 trucks arrived.\n\nAbout the Horn Relief Alliance: founded in 2003, the alliance works in five countries with 1,800 staff.\nMedia contact: press@hornrelief.example, +41 22 555 0199\n"
	d, atts := attributions(t, text)
	if slices.ContainsFunc(atts, func(a news.Attribution) bool { return strings.HasPrefix(a.Source.Name, "About") }) {
		t.Errorf("attributions %+v, want no 'About ...' speaker", atts)
	}
	if i := strings.Index(text, "Media contact"); !d.InBoilerplate(news.Span{Start: i, End: i + 13}) {
		t.Errorf("the media-contact line is not boilerplate")
	}
}

// TestEventWordIsNoBodyAndFiguresFrom checks that an event word opening a
// headline ("Quake death toll ...") is no speaker to point back to, and
// that figures "from" or "by" a body are its own, the words before no
// title ("according to a tally by El Debate").
func TestEventWordIsNoBodyAndFiguresFrom(t *testing.T) {
	text := "Quake death toll passes 2,000 in Herat\n\nEarlier figures from the ministry had put the toll at between 500 and 1,000.\n"
	if src := sourceOf(t, text, "500"); src == "Quake" {
		t.Errorf("source %q, want no headline word", src)
	}
	wantSources(t, []sourceCase{
		{"Test\n\nThe health ministry said 40 people died. Earlier figures from the health ministry had put the toll at 30.\n", "at 30", "Health Ministry"},
	})
	text = "Test\n\nAt least 600 people have been killed, according to a tally by El Debate.\n"
	_, atts := attributions(t, text)
	if len(atts) != 1 || atts[0].Source.Name != "El Debate" || atts[0].Source.Title != nil {
		t.Errorf("attributions %+v, want El Debate with no title", atts)
	}
}

// TestParticipleWithoutFigureIsNoTail checks that a participle after a cue
// that carries no count ("..., with no further details") adds nothing.
func TestParticipleWithoutFigureIsNoTail(t *testing.T) {
	text := "Test\n\nThe death toll rose to 3,600, the government said, with rescue teams still searching the rubble.\n"
	_, atts := attributions(t, text)
	if len(atts) != 1 {
		t.Errorf("attributions %+v, want only the government's toll", atts)
	}
}

// TestStateMediaOfTheSpeakerHeard checks that unnamed "state media" after
// a speaker of a country in the same sentence are that country's.
func TestStateMediaOfTheSpeakerHeard(t *testing.T) {
	text := "Israel widens its campaign\n\nIsrael said its jets struck 20 sites overnight, and Israel's military said more strikes on Israel's enemies would follow. Iran's health ministry says at least 78 people were killed, state media report.\n"
	_, atts := attributions(t, text)
	if !slices.ContainsFunc(atts, func(a news.Attribution) bool { return a.Source.Name == "IRNA" }) {
		t.Errorf("attributions %+v, want Iran's state media", atts)
	}
}

// TestOutletRelaysTheSpeakerItReports checks that an outlet whose reported
// words hold another speaker and its cue relays that speaker.
func TestOutletRelaysTheSpeakerItReports(t *testing.T) {
	text := "Strikes\n\nIran's health ministry says at least 78 people were killed, state media report.\n"
	_, atts := attributions(t, text)
	i := slices.IndexFunc(atts, func(a news.Attribution) bool { return a.Source.Name == "Iran Health Ministry" })
	if i < 0 || !slices.Equal(atts[i].Via, []string{"IRNA"}) {
		t.Errorf("attributions %+v, want the ministry via IRNA", atts)
	}
}

// TestOfficialOfTheGroup checks that "a senior official of the group" is an
// unnamed official of the group the description points to.
func TestOfficialOfTheGroup(t *testing.T) {
	wantSources(t, []sourceCase{
		{"Hezbollah admits losses\n\nHezbollah fighters withdrew from the border. Hezbollah lost about 2,500 fighters in the war, a senior official of the group told a newspaper.\n", "2,500", "unnamed Hezbollah official"},
		{"Test\n\nOfficials of the US-led coalition said 40 fighters were killed.\n", "40", "unnamed US-led coalition officials"},
	})
}

// TestColonAfterClauseAndOfficeRoles checks that a colon listing the parts
// of a figure already said ("said 67 people had died: 61 civilians and six
// soldiers") does not open the content, and that "the minister" is not a
// president heard before.
func TestColonAfterClauseAndOfficeRoles(t *testing.T) {
	wantSources(t, []sourceCase{
		{"Test\n\nPresident Amina Odhiambo said 67 people had died: 61 civilians and six soldiers.\n", "67", "Amina Odhiambo"},
		{"Test\n\nPresident Amina Odhiambo said 67 people had died. The minister said 40 people were hurt.\n", "40", "unnamed minister"},
		{"Test\n\nInterior Minister Joseph Kamau said 67 people had died. The minister said 40 people were hurt.\n", "40", "Joseph Kamau"},
	})
}

// TestAidGroupIsNoGovernment checks that "the aid group" points to an aid
// group, not to the authorities heard before, and speaks unnamed when the
// story named none.
func TestAidGroupIsNoGovernment(t *testing.T) {
	wantSources(t, []sourceCase{
		{"Rakhine deaths\n\nMyanmar authorities said 12 soldiers died. The aid group estimated that at least 9,000 Rohingya died.\n", "9,000", "unnamed aid group"},
		{"Test\n\nMedecins Sans Frontieres ran surveys in the camps. Myanmar authorities said 12 soldiers died. The aid group estimated that at least 9,000 Rohingya died.\n", "9,000", "Médecins Sans Frontières (MSF)"},
	})
}

// TestBodiesBeforeRolesAndPeopleOfBodies checks that "A Raytheon
// spokesman" speaks for Raytheon, that "Steven Hildreth of the
// Congressional Research Service" is a person named with the body he
// works for (while "the Bank of England" and "Castlemoor School of Public
// Health" stay bodies), and that industry sources are unnamed sources.
func TestBodiesBeforeRolesAndPeopleOfBodies(t *testing.T) {
	wantSources(t, []sourceCase{
		{"Patriot record\n\nA Raytheon spokesman said the company made 30 interceptors.\n", "30", "Raytheon"},
		{"Patriot record\n\nSteven Hildreth of the Congressional Research Service testified that 12 missiles were destroyed.\n", "12", "Steven Hildreth"},
		{"Patriot record\n\nTheodore Postol of MIT said 12 missiles were missed.\n", "12", "Theodore Postol"},
		{"Bank failures\n\nThe Bank of England said 40 people lost their jobs.\n", "40", "Bank of England"},
		{"Digest\n\nCastlemoor School of Public Health said 40 people died.\n", "40", "Castlemoor School of Public Health"},
		{"Patriot record\n\nIndustry sources say Raytheon hopes to deliver 30 interceptors next year.\n", "30", "unnamed industry sources"},
	})
}

// TestInitialsAndOccupationTitles checks that a name's middle initial
// keeps the name whole ("George W. Bush" spoke, not an agency "Bush") and
// that an occupation before a name is its title ("Co-author Les Roberts").
func TestInitialsAndOccupationTitles(t *testing.T) {
	wantSources(t, []sourceCase{
		{"Reactions\n\nPresident George W. Bush said on Wednesday that 30,000 people had died.\n", "30,000", "George W. Bush"},
		{"Reactions\n\nJohn F. Kennedy said 40 missiles were in Cuba.\n", "40", "John F. Kennedy"},
		{"Reactions\n\nCo-author Les Roberts said 500 people died each day.\n", "500", "Les Roberts"},
	})
}

// TestToldThisPaper checks that "told this digest" is the writer told,
// not the start of what was said.
func TestToldThisPaper(t *testing.T) {
	text := "Digest\n\nCo-author Les Roberts told this digest the team expected 40 critics.\n"
	d, atts := attributions(t, text)
	if len(atts) != 1 || !strings.HasPrefix(atts[0].Content.Of(d.Text), "the team expected") {
		t.Errorf("attributions %+v, want one whose content opens at \"the team expected\"", atts)
	}
}

// TestTimeBeforeSubject checks that a time opening the sentence right
// before its subject is no part of the speaker: "This morning Georgian
// officials said" are unnamed Georgian officials.
func TestTimeBeforeSubject(t *testing.T) {
	wantSources(t, []sourceCase{
		{"Update\nIssued Wednesday 13 August 2008\n\nThis morning Georgian officials said that 40 tanks had entered Gori.\n", "40", "unnamed Georgian officials"},
		{"Update\nIssued Wednesday 13 August 2008\n\nLast night Georgian officials said that 40 tanks had entered Gori.\n", "40", "unnamed Georgian officials"},
	})
}

// TestRussianGeneralStaff checks that Russia's General Staff, in either
// case, is a known body.
func TestRussianGeneralStaff(t *testing.T) {
	wantSources(t, []sourceCase{
		{"Update\n\nA Russian general staff spokesman said on Tuesday that 74 Russian servicemen had been killed.\n", "74", "Russia General Staff"},
	})
}

// TestTitledAppositions checks that a titled name between commas after a
// description speaks ("The commander, General Romeo Dallaire, said";
// "the UN force commander, the Canadian general Romeo Dallaire, cabled"),
// while a relation keeps the name before the commas ("Akhmed Zakayev, the
// envoy of the rebel leader Aslan Maskhadov, denied"); that "cabled"
// reports; and that organisers are unnamed organisers.
func TestTitledAppositions(t *testing.T) {
	wantSources(t, []sourceCase{
		{"Test\n\nThe commander, General Romeo Dallaire, said 80 people died.\n", "80", "Romeo Dallaire"},
		{"Test\n\nIn January the UN force commander, the Canadian general Romeo Dallaire, cabled New York that 1,000 people could die.\n", "1,000", "Romeo Dallaire"},
		{"Test\n\nAkhmed Zakayev, the envoy of the rebel leader Aslan Maskhadov, said 30 fighters died.\n", "30", "Akhmed Zakayev"},
		{"Test\n\nAround 2,000 people walked to the stadium, according to the organisers.\n", "2,000", "unnamed organisers"},
	})
}

// TestParticipleAfterSemicolonAndCollectiveOfEvent checks that a
// participle after a semicolon speaks in its own clause's voice ("...;
// Italian naval officers rejected that, saying ..."), and that "survivors
// of one sinking off Malta" are unnamed survivors, not Malta.
func TestParticipleAfterSemicolonAndCollectiveOfEvent(t *testing.T) {
	wantSources(t, []sourceCase{
		{"Test\n\nThe British government argued that 40 boats act as a pull factor; Italian naval officers we spoke to rejected that, saying 500 people set out anyway.\n", "500", "unnamed Italian naval officers"},
		{"Test\n\nIn September, survivors of one sinking off Malta told aid workers that as many as 500 people had been aboard.\n", "500", "unnamed survivors"},
	})
}

// TestWhoAcronymAppendixAndOffice checks that "WHO" after "according to"
// is the organization, not a pronoun; that a phrase after the source
// ("among them a nurse") leaves the words before it as the content; that
// "His office says" speaks for the person the pronoun points to; and that
// the CDC is known.
func TestWhoAcronymAppendixAndOffice(t *testing.T) {
	wantSources(t, []sourceCase{
		{"Ebola\n\nMore than 170 health workers have died, according to the WHO.\n", "170", "World Health Organization (WHO)"},
		{"Ebola\n\nMore than 170 health workers have died, according to the WHO, among them a 26-year-old nurse from his home county whose picture is on the wall.\n", "170", "World Health Organization (WHO)"},
		{"Ebola\n\nTolbert Nyenswah reads out the numbers every morning. His office says his teams have trained about 4,000 contact tracers.\n", "4,000", "Tolbert Nyenswah"},
		{"Ebola\n\nIn September the US Centers for Disease Control and Prevention projected that Liberia could see up to 1.4 million cases.\n", "1.4 million", "US CDC"},
	})
}

// TestLongNamesAndLedBy checks that a body's name runs back across "of
// the" and "for the" ("the Front for the Liberation of the Enclave of
// Cabinda"), not from a collective noun ("Officials of the US-led
// coalition"), and that a group led by someone speaks as the group.
func TestLongNamesAndLedBy(t *testing.T) {
	wantSources(t, []sourceCase{
		{"Test\n\nA splinter faction, the Front for the Liberation of the Enclave of Cabinda-Military Position, said 15 fighters took part.\n", "15", "Front for the Liberation of the Enclave of Cabinda-Military Position"},
		{"Test\n\nPlayers led by Emmanuel Adebayor said 40 players wanted to stay.\n", "40", "players"},
	})
}

// TestSubjectBeforeAVerbOfMotion checks that the subject of a sentence
// without a cue ends at its verb ("CAF president Issa Hayatou flew to
// Cabinda"), so that "He" in the next sentence is that person, not the
// speaker heard before.
func TestSubjectBeforeAVerbOfMotion(t *testing.T) {
	wantSources(t, []sourceCase{
		{"Test\n\nGhana coach Milovan Rajevac said his squad would play. CAF president Issa Hayatou flew to Cabinda on Saturday. He said 40 extra police had been sent.\n", "40", "Issa Hayatou"},
	})
}

// TestOwnDocuments checks that "according to its closing summary" is the
// body the sentence opens with, and that "the same summary" is that
// source again.
func TestOwnDocuments(t *testing.T) {
	text := "Test\n\nThe Italian Navy put 32 ships into the operation, with about 900 personnel at sea on an average day, according to its closing summary of 31 October. The same summary counts more than 150,000 people assisted at sea.\n"
	wantSources(t, []sourceCase{
		{text, "32", "Italy Navy"},
		{text, "more than 150,000", "Italy Navy"},
	})
}

// TestInvertedRoleThenName checks that after an inverted cue a role set
// off by a comma from a name leaves the name to speak: "..., said the
// Government Spokesperson, Wilfried Houngbedji."
func TestInvertedRoleThenName(t *testing.T) {
	wantSources(t, []sourceCase{
		{"Test\n\n\"Every one of these 54 soldiers was a son,\" said the Government Spokesperson, Wilfried Houngbedji.\n", "54", "Wilfried Houngbedji"},
	})
}

// TestMissionsAndPronounClauses checks that "Iran's mission to the United
// Nations" speaks for Iran, and that a clause opened by a pronoun right
// after the cue is the content whole ("said it had intercepted objects
// that entered its airspace").
func TestMissionsAndPronounClauses(t *testing.T) {
	wantSources(t, []sourceCase{
		{"Test\n\nIran's mission to the United Nations said 300 drones had been fired.\n", "300", "Iran"},
	})
	text := "Test\n\nJordan said it had intercepted objects that entered its airspace.\n"
	d, atts := attributions(t, text)
	if len(atts) != 1 || !strings.HasPrefix(atts[0].Content.Of(d.Text), "it had intercepted") {
		t.Errorf("attributions %+v, want one whose content opens at \"it had intercepted\"", atts)
	}
}

// TestTheAgencyIsAUNBody checks that "the agency" points back to a UN
// agency the gazetteer types as a government body.
func TestTheAgencyIsAUNBody(t *testing.T) {
	wantSources(t, []sourceCase{
		{"Test\n\nMore than 600,000 refugees have crossed into Chad, the UN refugee agency UNHCR said on Thursday. In the Adre camp alone, some 180,000 people live in makeshift shelters, the agency said.\n", "some 180,000", "UN High Commissioner for Refugees (UNHCR)"},
	})
}

// TestFiguresShow checks that "Police figures show that ..." reports what
// the police count.
func TestFiguresShow(t *testing.T) {
	wantSources(t, []sourceCase{
		{"Oslo attack\n\nOSLO, March 7 (Wire) - Norwegian prosecutors filed charges. Police figures show that more than 200 others were treated for lighter injuries in Oslo.\n", "more than 200", "Norway Police"},
	})
}

// TestStaffSpeak checks that staff and aides speak as unnamed staff.
func TestStaffSpeak(t *testing.T) {
	wantSources(t, []sourceCase{
		{"Test\n\nThe deputy minister chairs the meetings, and staff say he has chaired more than 100 of them.\n", "more than 100", "unnamed staff"},
	})
}

// TestTimeAfterCueAndWhatOfficials checks that a time right after the cue
// is no part of the reported words ("said on Tuesday its air defences had
// destroyed ..."), and that "in what officials called" names officials.
func TestTimeAfterCueAndWhatOfficials(t *testing.T) {
	text := "Test\nMarch 11, 2025\n\nRussia's defence ministry said on Tuesday its air defences had destroyed 337 drones.\n"
	d, atts := attributions(t, text)
	if len(atts) != 1 || !strings.HasPrefix(atts[0].Content.Of(d.Text), "its air defences") {
		t.Errorf("attributions %+v, want one whose content opens at \"its air defences\"", atts)
	}
	_, atts = attributions(t, "Test\n\nDrones hit the capital, in what officials called the largest attack on it.\n")
	for _, a := range atts {
		if strings.Contains(a.Source.Name, "what") {
			t.Errorf("source %q holds \"what\"", a.Source.Name)
		}
	}
}

// TestDisputedThenSaying checks that "a figure Israel disputed, saying
// ..." denies the claim before it and that the participle after it speaks
// for the one who disputed.
func TestDisputedThenSaying(t *testing.T) {
	text := "Test\n\nThe UN said only five trucks had entered the territory, a figure Israel disputed, saying 100 trucks had crossed.\n"
	wantSources(t, []sourceCase{{text, "100", "Israel"}})
	_, atts := attributions(t, text)
	if !slices.ContainsFunc(atts, func(a news.Attribution) bool { return a.Source.Name == "Israel" && a.Hedge == news.HedgeDenied }) {
		t.Errorf("attributions %+v, want Israel's denial", atts)
	}
}

// TestToldListenerThenFigure checks that the listener of "told" ends
// before a figure that opens the reported clause: a pronoun is the whole
// listener, a name or plain noun ends at the figure, and a listener the cue
// names ("told reporters") leaves the figure to the clause.
func TestToldListenerThenFigure(t *testing.T) {
	for _, tt := range []struct{ text, content string }{
		{"Storm\n\nAt 07:00 the interior ministry told me 812 people had died.\n", "812 people had died"},
		{"Storm\n\nThe coastguard told Reuters 55 boats had sunk.\n", "55 boats had sunk"},
		{"Storm\n\nThe governor told reporters 19 people were missing.\n", "19 people were missing"},
		{"Storm\n\nThe minister told the 15 governors that aid was coming.\n", "aid was coming"},
	} {
		d, atts := attributions(t, tt.text)
		if len(atts) != 1 || atts[0].Content.Of(d.Text) != tt.content {
			t.Errorf("%q: attributions %+v, want one with content %q", tt.text, atts, tt.content)
		}
	}
}

// TestWouldLaterSay checks that "would" between a subject and its cue, in
// a narrative's future in the past, leaves the subject to speak.
func TestWouldLaterSay(t *testing.T) {
	wantSources(t, []sourceCase{
		{"Ambush\n\nThe army would later say 30 soldiers were killed near the river.\n", "30", "Army"},
		{"Ambush\n\nThe army would say only that 12 soldiers had died.\n", "12", "Army"},
	})
}

// TestListsAndGivesAToll checks that a body that lists figures or gives a
// toll speaks them.
func TestListsAndGivesAToll(t *testing.T) {
	wantSources(t, []sourceCase{
		{"Toll\n\nThe Kigali Memorial Centre lists 2,310 people killed in the district.\n", "2,310", "Kigali Memorial Centre"},
		{"Toll\n\nThe Red Cross gives a toll of at least 48 dead and 120 injured.\n", "48", "International Committee of the Red Cross (ICRC)"},
	})
}

// TestFigureGoesOn checks that a sentence adding to the figures of the one
// before, in the same paragraph and with no speaker of its own, goes on in
// that speaker's words, and that a new paragraph or a sentence that opens
// otherwise does not.
func TestFigureGoesOn(t *testing.T) {
	wantSources(t, []sourceCase{
		{"Bridge\n\nNine people died when a bridge collapsed, local officials said. Another 14 were injured.\n", "14", "unnamed officials"},
		{"Bridge\n\nThe Red Cross said 30 people had been killed. A further 12 people were missing.\n", "12", "International Committee of the Red Cross (ICRC)"},
		{"Bridge\n\nThe Red Cross said 30 people had been killed. Two more bodies were found on Sunday.\n", "Two", "International Committee of the Red Cross (ICRC)"},
		{"Bridge\n\nThe Red Cross said 30 people had been killed.\n\nAnother 14 were injured.\n", "14", ""},
		{"Bridge\n\nThe Red Cross said 30 people had been killed. Rescuers found 14 more survivors.\n", "14", ""},
		{"Bridge\n\nThe Red Cross said the bridge had collapsed. Another 14 were injured.\n", "14", ""},
	})
}

// TestAgentAfterBy checks that whoever made the images or figures a
// subject or "according to" names ("analysed by Maxar", "gathered by Ahmed
// Ali") speaks, an unknown capitalized name as a body, a person without
// the words before "by" as a title, and that a maker whose name ends in a
// company's word ("Technologies") is a body.
func TestAgentAfterBy(t *testing.T) {
	wantSources(t, []sourceCase{
		{"Test\n\nSatellite images analysed by Maxar show 42 buildings destroyed.\n", "42", "Maxar"},
		{"Test\n\nAccording to images analysed by Maxar, 43 buildings were destroyed.\n", "43", "Maxar"},
		{"Test\n\nData compiled by Maxar shows 41 buildings destroyed.\n", "41", "Maxar"},
	})
	for _, text := range []string{
		"Test\n\nFigures gathered by Ahmed Ali show 41 buildings destroyed.\n",
		"Test\n\nSatellite images analysed by Maxar Technologies show 41 buildings destroyed.\n",
	} {
		_, atts := attributions(t, text)
		if len(atts) != 1 || atts[0].Source.Title != nil {
			t.Errorf("%q: attributions %+v, want one, untitled", text, atts)
			continue
		}
		if strings.Contains(text, "Technologies") && atts[0].Source.Type == news.SourcePerson {
			t.Errorf("%q: source %+v is a person", text, atts[0].Source)
		}
	}
}

// TestStateGovernment checks that "the state government" or "the
// provincial government" speaks for the region the story's places lie in
// most often, the first named at a tie, and not for the country.
func TestStateGovernment(t *testing.T) {
	wantSources(t, []sourceCase{
		{"Attacks\n\nMUMBAI, Nov 29 - Gunmen attacked hotels in Mumbai. Commandos flew in from Delhi. The state government gave a toll of at least 101 dead.\n", "101", "Maharashtra Government"},
		{"Raid\n\nGunmen raided a school in Kaduna. The provincial government said 287 pupils were missing.\n", "287", "Kaduna Government"},
		{"Raid\n\nGunmen raided a school in Kaduna. The government said 287 pupils were missing.\n", "287", "Nigeria Government"},
	})
}

// TestPlaceOwnBody checks that a body whose proper name holds a place below
// a country speaks under that name, not as the country's ("Greater
// Manchester Police", "the Kaduna State Government"), and that a body after
// a country stays the country's.
func TestPlaceOwnBody(t *testing.T) {
	wantSources(t, []sourceCase{
		{"Report\n\nOn Monday, Greater Manchester Police said 40 officers were sent.\n", "40", "Greater Manchester Police"},
		{"Raid\n\nThe Kaduna State Government said 287 pupils were missing.\n", "287", "Kaduna State Government"},
		{"Raid\n\nThe Nigerian Government said 287 pupils were missing.\n", "287", "Nigeria Government"},
	})
}

// TestFigureAfterCueAfterComma checks that a cue after a comma and its
// subject is no trailing cue when a figure follows it: what it counts is
// after it ("..., Human Rights Watch counted 257 people killed"), while a
// date after it is no such figure.
func TestFigureAfterCueAfterComma(t *testing.T) {
	text := "Report\n\nThe committee notes that in Misrata, Human Rights Watch counted 257 people killed.\n"
	d, atts := attributions(t, text)
	if !slices.ContainsFunc(atts, func(a news.Attribution) bool {
		return strings.HasPrefix(a.Source.Name, "Human Rights Watch") && a.Content.Of(d.Text) == "257 people killed"
	}) {
		t.Errorf("attributions %+v, want Human Rights Watch saying \"257 people killed\"", atts)
	}
	wantSources(t, []sourceCase{{"Report\n\nAt least 18 people were wounded, the army said on 12 May.\n", "18", "Army"}})
}

// TestOpeningCiting checks that "Citing X, Y says ..." makes X the source
// and Y its relay, as "Y, citing X, said" does, and that the relayed words
// are reported.
func TestOpeningCiting(t *testing.T) {
	for _, text := range []string{
		"Report\n\nCiting the UN panel of experts, the committee says the group had between 2,000 and 5,000 fighters.\n",
		"Report\n\nThe committee, citing the UN panel of experts, says the group had between 2,000 and 5,000 fighters.\n",
	} {
		d, atts := attributions(t, text)
		if len(atts) != 1 || atts[0].Source.Name != "UN Panel of Experts" || len(atts[0].Via) != 1 || atts[0].Hedge != news.HedgeReported ||
			!strings.HasPrefix(atts[0].Content.Of(d.Text), "the group had") {
			t.Errorf("%q: attributions %+v, want one from the UN Panel of Experts via the committee, reported", text, atts)
		}
	}
}

// TestFoundAtClauseEnd checks that "found" after a subject at a clause's
// end reports ("..., the chairman found."), that "found" with an object is
// a deed ("Rescuers found 14 survivors"), and that a role no one heard
// before was given speaks unnamed, not as the last person named.
func TestFoundAtClauseEnd(t *testing.T) {
	wantSources(t, []sourceCase{
		{"Report\n\nHashem Abedi was jailed in 2020. Only three medics went into the room during the response, the chairman found.\n", "three", "unnamed chairman"},
		{"Report\n\nThe regime had mostly targeted armed men, killing 300, Amnesty International concludes.\n", "300", "Amnesty International"},
	})
	if _, atts := attributions(t, "Report\n\nRescuers found 14 survivors in the rubble.\n"); len(atts) != 0 {
		t.Errorf("attributions %+v, want none", atts)
	}
}

// TestBareReckoningAndPutAt checks that "By X's count" opening a sentence
// with no comma before its figure names X, and that "put <noun> at <figure>"
// after an opening phrase says the figure after it.
func TestBareReckoningAndPutAt(t *testing.T) {
	wantSources(t, []sourceCase{{"Report\n\nBy the Red Cross's count 158 people were killed during the war.\n", "158", "International Committee of the Red Cross (ICRC)"}})
	text := "Report\n\nThe authors estimate that 654,965 more people died. Of those deaths, they put violent deaths at 601,027.\n"
	d, atts := attributions(t, text)
	if !slices.ContainsFunc(atts, func(a news.Attribution) bool {
		return strings.HasPrefix(a.Content.Of(d.Text), "violent deaths at 601,027")
	}) {
		t.Errorf("attributions %+v, want one saying \"violent deaths at 601,027\"", atts)
	}
}

// TestBodyOfTheDatelineCountry checks that a bare body with no country
// named before it ("The Army told Congress") belongs to the country the
// story is filed from before the one it is most about.
func TestBodyOfTheDatelineCountry(t *testing.T) {
	wantSources(t, []sourceCase{{"Patriot record revised\n\nWASHINGTON - The Army told Congress that the Patriot destroyed 70 percent of the Scuds Iraq fired at Israel. Iraq fired 88 Scuds. Iraq's losses were heavy in Iraq.\n", "70", "United States Army"}})
}

// TestParticipleAfterOfIsNoCue checks that a cue word ending in -ed right
// after "of" qualifies a noun: "the number of suspected cases" is no
// belief of the speaker's.
func TestParticipleAfterOfIsNoCue(t *testing.T) {
	_, atts := attributions(t, "Test\n\nThe WHO put the number of suspected cases nationwide at 4,200.\n")
	if len(atts) != 1 || atts[0].Hedge == news.HedgeBelieved {
		t.Errorf("attributions %+v, want one, not believed", atts)
	}
}

// TestOfWhichAfterAside checks that ", of which ..." after a trailing cue
// goes on with the speaker's words: the part of what was said.
func TestOfWhichAfterAside(t *testing.T) {
	wantSources(t, []sourceCase{{"Strike\n\nKYIV, Dec 13 (Wire) - Russia launched 93 missiles at Ukraine overnight, the air force said on Friday, of which air defences downed 81.\n", "81", "Ukraine Air Force"}})
}

// TestEstimatesNoOneOwns checks that a clause whose subject is estimates no
// one owns ("some estimates run as high as 600") is unnamed sources'
// estimate, and that "according to X" right before a semicolon speaks for
// the clause it closes.
func TestEstimatesNoOneOwns(t *testing.T) {
	text := "Test\n\nGunmen killed at least 400 people, according to local aid workers; some estimates run as high as 600.\n"
	wantSources(t, []sourceCase{{text, "600", "unnamed sources"}, {text, "400", "unnamed aid workers"}})
	wantHedge(t, text, "600", news.HedgeEstimated)
}

// TestSpeakerAtAPlace checks that where an unnamed speaker was is no part
// of who spoke: "a customs official at Torkham told H24 News", "a railway
// official in Quetta told CPA".
func TestSpeakerAtAPlace(t *testing.T) {
	wantSources(t, []sourceCase{
		{"Test\n\nCrossings were shut, stranding 300 trucks, a customs official at Torkham said.\n", "300", "unnamed customs official"},
		{"Test\n\nSome 80 passengers reached Panir station, a railway official in Quetta told CPA.\n", "80", "unnamed railway official"},
		{"Test\n\nMore than 2,000 families have fled the town, elders in Adan Yabaal said.\n", "2,000", "unnamed elders"},
	})
}

// TestPublishedListOf checks that a body that published a list of people
// or obtained their names speaks the figure.
func TestPublishedListOf(t *testing.T) {
	wantSources(t, []sourceCase{
		{"Test\n\nThe Red Cross published a list of 95 missing people on Thursday.\n", "95", "International Committee of the Red Cross (ICRC)"},
		{"Test\n\nThe Red Cross obtained the names of at least 238 victims.\n", "238", "International Committee of the Red Cross (ICRC)"},
	})
}

// TestAgentInAsideBeforeCue checks that an aside naming who made the figure
// the subject names ("The first toll, released by the army on Monday,
// reported ...") makes that agent the speaker.
func TestAgentInAsideBeforeCue(t *testing.T) {
	wantSources(t, []sourceCase{
		{"Test\n\nThe first toll, released by the Red Cross on the evening of the attack, reported eight soldiers killed.\n", "eight", "International Committee of the Red Cross (ICRC)"},
		{"Test\n\nThe first count, given by the FSB on Friday night, said 40 were dead.\n", "40", "Russia FSB"},
	})
}

// A local government speaks as a body, and "the county" or "the council"
// is one named so before, or a body under that description: never the
// last ministry heard.
func TestLocalBodiesSpeak(t *testing.T) {
	for text, want := range map[string]string{
		"A local resident said 30 people were missing.":                                                       "unnamed resident",
		"A resident of the town, who asked not to be named, said 14 people were missing.":                     "unnamed resident",
		"Harlan County said 115 people had died. The county said teams had searched 85 per cent of the zone.": "Harlan County",
		"The health ministry said 12 people died. The council said 30 homes burned.":                          "council",
	} {
		_, atts := attributions(t, text)
		if len(atts) == 0 || atts[len(atts)-1].Source.Name != want {
			var got []string
			for _, a := range atts {
				got = append(got, a.Source.Name+" ("+string(a.Source.Type)+")")
			}
			t.Errorf("%q: last source %q, want %q", text, got, want)
		}
	}
	if _, atts := attributions(t, "Harlan County said 115 people had died."); len(atts) != 1 || atts[0].Source.Type == news.SourcePerson {
		t.Errorf("Harlan County: %+v, want a body, not a person", atts)
	}
}

// An operator described in apposition is a body, which "it" points back
// to; "the ministry" is only a body named a ministry, never another.
func TestOperatorIsABodyAndMinistryKeepsItsHead(t *testing.T) {
	text := "Beira airport reopens\n\nAeroportos de Mocambique, the airport operator, says the runway is undamaged. " +
		"On Monday it denied reports that the control tower had been abandoned.\n\nThe ministry denied reports that 40 soldiers had deserted.\n"
	_, atts := attributions(t, text)
	var got []string
	for _, a := range atts {
		got = append(got, a.Source.Name+"/"+string(a.Source.Type))
	}
	want := []string{"Aeroportos de Mocambique/agency", "Aeroportos de Mocambique/agency", "ministry/agency"}
	if !slices.Equal(got, want) {
		t.Errorf("sources %q, want %q", got, want)
	}
}

// "the provincial health department" is one named a department before, or
// the body under its description: not a name heard earlier of another
// kind, nor a number word opening a sentence.
func TestDescribedDepartmentKeepsItsHead(t *testing.T) {
	text := "Letter\n\nIn that time 38 casualties reached us. Seventeen needed surgery within six hours.\n\n" +
		"On 17 December the provincial health department denied reports that the city's hospitals had run out of blood.\n"
	_, atts := attributions(t, text)
	if len(atts) != 1 || atts[0].Source.Name != "provincial health department" {
		t.Errorf("attributions %+v, want one by the provincial health department", atts)
	}
}

// A speaker followed by a participle phrase still speaks: "A post shared
// widely that night claimed", "Witnesses reached late on Friday said"; and
// "We were unable to verify it" leaves its claims unconfirmed.
func TestSpeakerBeforeAParticiplePhrase(t *testing.T) {
	for text, want := range map[string]string{
		"A post shared widely that night claimed that 300 children had died in the school.": "social media users",
		"Witnesses reached late on Friday said 40 homes had burned.":                        "unnamed witnesses",
	} {
		wantOneBy(t, text, want)
	}
	_, atts := attributions(t, "Test\n\nA post shared widely that night claimed that 300 children had died. We were unable to verify it.\n")
	if len(atts) != 1 || atts[0].Hedge != news.HedgeUnconfirmed {
		t.Errorf("attributions %+v, want one, unconfirmed", atts)
	}
}

// A number word opening a sentence is no one's name, and "he" after "A
// member ... wrote that" is that member.
func TestNumberWordIsNoName(t *testing.T) {
	text := "Test\n\nSix Lebanese civilians were also killed there. A member who served in the unit wrote that he believes 400 guards were training militiamen.\n"
	_, atts := attributions(t, text)
	if len(atts) == 0 {
		t.Fatal("no attributions")
	}
	for _, a := range atts {
		if a.Source.Name != "unnamed member" {
			t.Errorf("source %q, want unnamed member", a.Source.Name)
		}
	}
}

func TestNumberWordOpensNoPersonForHe(t *testing.T) {
	_, atts := attributions(t, "Test\n\nSix Lebanese civilians were also killed there. He said 400 guards were training militiamen.\n")
	for _, a := range atts {
		if strings.Contains(a.Source.Name, "Six") {
			t.Errorf("source %q: a number word taken for a name", a.Source.Name)
		}
	}
}

// The one quoted by the media speaks, and the media relay it.
func TestQuotedByTheMediaStillSpeaks(t *testing.T) {
	_, atts := attributions(t, "Test\n\nA security source quoted by local media said dozens more were wounded.\n")
	if len(atts) != 1 || atts[0].Source.Name != "unnamed security source" || !slices.Equal(atts[0].Via, []string{"media reports"}) {
		t.Errorf("attributions %+v, want one by the unnamed security source via media reports", atts)
	}
}

// "his ministry" is the ministry the minister heads.
func TestHisMinistryIsTheMinistersMinistry(t *testing.T) {
	_, atts := attributions(t, "Test\n\nLebanon's health minister, Firass Abiad, said 9 people died. By Wednesday his ministry had revised its figures to 12 dead.\n")
	if len(atts) != 2 || atts[1].Source.Name != "Lebanon Health Ministry" || atts[1].Source.Type != news.SourceGovernment {
		t.Errorf("attributions %+v, want the second by Lebanon Health Ministry", atts)
	}
	for title, want := range map[string]string{
		"Health Minister":           "Ukraine Health Ministry",
		"Lebanon's health minister": "Lebanon Health Ministry",
		"Prime Minister":            "",
		"deputy defence minister":   "",
		"minister":                  "",
	} {
		if got := attrib.MinistryOf(title, "Ukraine"); got != want {
			t.Errorf("ministryOf(%q) = %q, want %q", title, got, want)
		}
	}
}

// A name after "near" or "outside" is where the speaker is, not who.
func TestPlaceNearTheSpeakerIsNoOne(t *testing.T) {
	for _, c := range []struct{ text, part, want string }{
		{"Test\n\nA gunner from a battery near Marwick wrote home that his crew had downed 40 bombs.\n", "40 bombs", "unnamed gunner"},
		{"Test\n\nA soldier from a unit outside Tollerby said 30 men were lost.\n", "30 men", "unnamed soldier"},
	} {
		if got := sourceOf(t, c.text, c.part); got != c.want {
			t.Errorf("%q: source %q, want %q", c.part, got, c.want)
		}
	}
}

// Two speakers set against each other each say their own figure; a titled
// person "of" a place is titled so; "he said" after a sentence that opens
// with a role is that role's.
func TestWhileAnotherSpeakerSays(t *testing.T) {
	text := "Test\n\nThe Governor of Kebbi State, Nasir Idris, said 22 people had died, while Bishop Paul Okeke of Kebbi said the diocese had counted 38 deaths. " +
		"On Wednesday the governor corrected his figure: 40 people had died, he said.\n\nThe bishop said 12 more were hurt.\n"
	d, atts := attributions(t, text)
	want := map[string]string{"22 people": "Nasir Idris", "38 deaths": "Paul Okeke", "40 people": "Nasir Idris", "12 more": "Paul Okeke"}
	for part, who := range want {
		got := ""
		for _, a := range atts {
			if strings.Contains(a.Content.Of(d.Text), part) {
				got = a.Source.Name
				if strings.Contains(a.Content.Of(d.Text), "38 deaths") && part == "22 people" {
					got = "(runs on into the bishop's words)"
				}
			}
		}
		if got != who {
			t.Errorf("%q: source %q, want %q", part, got, who)
		}
	}
	for _, a := range atts {
		if a.Source.Name == "Paul Okeke" && (a.Source.Title == nil || *a.Source.Title != "Bishop of Kebbi") {
			t.Errorf("Paul Okeke's title: %v, want Bishop of Kebbi", a.Source.Title)
		}
	}
}

// A raised or lowered estimate is an estimate.
func TestRaisedItsEstimate(t *testing.T) {
	text := "Test\n\nThe insurers' federation has raised its estimate to between 4.5 billion and 5.5 billion euros.\n"
	d, atts := attributions(t, text)
	for _, a := range atts {
		if strings.Contains(a.Content.Of(d.Text), "4.5 billion") {
			if a.Hedge != news.HedgeEstimated {
				t.Errorf("raised its estimate: hedge %q, want estimated", a.Hedge)
			}
			return
		}
	}
	t.Errorf("no attribution of the raised estimate in %v", atts)
}

// A message passed around speaks as social media do.
func TestMessagesSpeak(t *testing.T) {
	for _, text := range []string{
		"Test\n\nA message shared widely among students claims that 30 people are still hiding on the campus.\n",
		"Test\n\nMessages circulating since Saturday claim that 30 people were turned away.\n",
	} {
		if got := sourceOf(t, text, "30 people"); got != "social media users" {
			t.Errorf("%q: source %q, want social media users", text, got)
		}
	}
}

// An aside after words that cannot stand alone ("..., where, X later
// wrote, ...") says what follows it.
func TestAsideAfterWhere(t *testing.T) {
	text := "Test\n\nGeneral Ann Vale visited the town.\n\nOne shell fell on Mill Road, where, Vale later wrote, it killed six people.\n"
	d, atts := attributions(t, text)
	for _, a := range atts {
		if a.Source.Name == "Ann Vale" {
			if got := a.Content.Of(d.Text); got != "it killed six people" {
				t.Errorf("content %q, want %q", got, "it killed six people")
			}
			return
		}
	}
	t.Errorf("no attribution to Ann Vale in %v", atts)
}

// Official figures no one owns are the story's country's.
func TestOfficialFiguresAreTheStatesOwn(t *testing.T) {
	text := "Test\n\nColombia's peace process moved on. Colombia says it is pleased.\n\nRoughly 7,000 fighters have left the ranks, according to official figures.\n"
	if got := sourceOf(t, text, "7,000 fighters"); got != "Colombia" {
		t.Errorf("source %q, want Colombia", got)
	}
}

// Reported speech in the past perfect goes on in the next sentence of the
// same paragraph, when that one has no cue of its own and tells more in
// the same tense; a sentence in the plain past is the writer's.
func TestBackshiftedSpeechGoesOn(t *testing.T) {
	text := "Test\n\nHelen Ode said at least 272 people had been killed. The mission had not been able to verify that count, she said. " +
		"Roughly 36,000 residents had fled their homes. About 4,000 of them reached the camp on Monday.\n\nSome 900 houses had burned.\n"
	for part, want := range map[string]string{"36,000 residents": "Helen Ode", "About 4,000": "", "900 houses": ""} {
		if got := sourceOf(t, text, part); got != want {
			t.Errorf("%q: source %q, want %q", part, got, want)
		}
	}
}
