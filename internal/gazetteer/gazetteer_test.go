package gazetteer

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/analysis/token"
	"github.com/sitrep/sitrep/internal/news"
)

func mustDefault(t testing.TB) *Gazetteer {
	t.Helper()
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func matches(g *Gazetteer, s string) string {
	var out []string
	for _, e := range g.Match(s, token.Tokenize(s, news.Span{Start: 0, End: len(s)})) {
		k := e.Canonical
		if e.Demonym {
			k += "(adj)"
		}
		if e.StandsFor != "" {
			k += "->" + e.StandsFor
		}
		out = append(out, e.Span.Of(s)+"="+k)
	}
	return strings.Join(out, "; ")
}

func TestMatch(t *testing.T) {
	g := mustDefault(t)
	tests := []struct{ name, in, want string }{
		{"spy agency alias", "Seoul’s spy agency said", "Seoul’s spy agency=South Korea NIS"},
		{"longest wins", "South Korea's Joint Chiefs of Staff said", "South Korea's Joint Chiefs of Staff=South Korea JCS"},
		{"demonym", "3,000 North Korean troops", "North Korean=North Korea(adj)"},
		{"capital", "according to Seoul", "Seoul=Seoul->South Korea"},
		{"place with region", "in Russia’s Kursk Oblast", "Russia=Russia; Kursk Oblast=Kursk"},
		{"lower-case alias at sentence start", "The secretive regime’s media reported", "The secretive regime’s media=KCNA"},
		{"person variants", "Zelensky and Volodymyr Zelenskyy", "Zelensky=Volodymyr Zelenskyy; Volodymyr Zelenskyy=Volodymyr Zelenskyy"},
		{"acronym is case-sensitive", "let us go to the US", "US=United States"},
		{"hyphenated name", "Kim Jong-un ordered", "Kim Jong-un=Kim Jong Un"},
		{"no partial word", "Russians and Kurskians", "Russians=Russia(adj)"},
		{"lower-case alias words match any case", "Russia's Defence Ministry said", "Russia's Defence Ministry=Russia Defense Ministry"},
		{"capitalized alias words need capitals", "in the north of the country", ""},
		{"capitalized alias words match", "troops from the North", "the North=North Korea"},
		{"a descriptive alias inside a longer name is no match", "the crisis in the North West region", "North West region=Northwest Region"},
		{"acronym needs capitals", "the nis said", ""},
		{"Congo alone is the larger Congo", "Congo says", "Congo=Democratic Republic of the Congo"},
		{"the smaller Congo by its longer names", "in Congo Republic", "Congo Republic=Republic of the Congo"},
		{"a news agency by its acronym", "AP and AFP reported", "AP=Associated Press; AFP=AFP"},
		{"a name a wire slug's number is glued to", "UPDATE 3-Kyrgyzstan says", "Kyrgyzstan=Kyrgyzstan"},
		{"a number glued to no name", "a 3-Day truce, 12-Kyrgyzstanis", ""},
		{"a place that is also a first name opens a person's name before a surname", "Jordan Bardella said an Ariana Grande concert", ""},
		{"a place that is also a first name before a place's head", "Chad Army troops crossed the Jordan Valley", "Chad=Chad; Jordan=Jordan"},
		{"a place that is also a first name at a clause's end", "troops from Chad. Jordan said", "Chad=Chad; Jordan=Jordan"},
		{"Mediterranean landing islands", "boats reached Lampedusa and Lesvos", "Lampedusa=Lampedusa; Lesvos=Lesbos"},
		{"US federal agencies", "the FBI and FEMA said", "the FBI=FBI; FEMA=FEMA"},
		{"an acronym less known than its name stands for the full name", "ISPR and the ICRC said", "ISPR=Inter-Services Public Relations; the ICRC=International Committee of the Red Cross (ICRC)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := matches(g, tt.in); got != tt.want {
				t.Errorf("Match(%q)\n got %s\nwant %s", tt.in, got, tt.want)
			}
		})
	}
}

// TestArmedGroups checks the armed groups that recur in conflict reporting:
// found under their names and acronyms, the longer name winning over the
// shorter inside it, and marked no state's except the Taliban, who govern
// Afghanistan.
func TestArmedGroups(t *testing.T) {
	g := mustDefault(t)
	tests := []struct {
		in, want string
		nonState bool
	}{
		{"Boko Haram fighters", "Boko Haram=Boko Haram", true},
		{"the Pakistani Taliban said", "the Pakistani Taliban=Tehrik-i-Taliban Pakistan", true},
		{"the TTP said", "TTP=Tehrik-i-Taliban Pakistan", true},
		{"Taliban forces", "Taliban=Taliban", false},
		{"Kataib Hezbollah claimed", "Kataib Hezbollah=Kataib Hezbollah", true},
		{"ISIS-K claimed it", "ISIS-K=Islamic State Khorasan", true},
		{"the Maute group held", "the Maute group=Maute group", true},
	}
	for _, tt := range tests {
		e, ok := matchedEntry(t, g, tt.in, tt.want)
		if ok && (e.Type() != news.EntityMilitary || e.NonState != tt.nonState) {
			t.Errorf("%s: type %q, non-state %v; want military, non-state %v", e.Canonical, e.Type(), e.NonState, tt.nonState)
		}
	}
}

// matchedEntry checks that text matches as want ("alias=Canonical") and
// returns the entry of the canonical name.
func matchedEntry(t *testing.T, g *Gazetteer, text, want string) (*Entry, bool) {
	t.Helper()
	if got := matches(g, text); got != want {
		t.Errorf("Match(%q)\n got %s\nwant %s", text, got, want)
		return nil, false
	}
	canonical := want[strings.Index(want, "=")+1:]
	e, ok := g.Lookup(canonical)
	if !ok {
		t.Errorf("%s: no entry", canonical)
	}
	return e, ok
}

// TestWorldOfficials checks that officials who speak on conflicts are
// people of their country, found by full name and by a distinctive
// surname, with or without diacritics.
func TestWorldOfficials(t *testing.T) {
	g := mustDefault(t)
	tests := []struct{ in, want, country string }{
		{"President Vucic said", "Vucic=Aleksandar Vučić", "Serbia"},
		{"Nikol Pashinyan told parliament", "Nikol Pashinyan=Nikol Pashinyan", "Armenia"},
		{"said Erdoğan", "Erdoğan=Recep Tayyip Erdoğan", "Turkey"},
	}
	for _, tt := range tests {
		e, ok := matchedEntry(t, g, tt.in, tt.want)
		if ok && (e.Type() != news.EntityPerson || g.CountryOf(e.Canonical) != tt.country) {
			t.Errorf("%s: type %q, country %q; want person of %s", e.Canonical, e.Type(), g.CountryOf(e.Canonical), tt.country)
		}
	}
}

func TestParentsAndCountry(t *testing.T) {
	g := mustDefault(t)
	if got, want := strings.Join(g.Parents("Sudzha"), ">"), "Sudzha>Kursk>Russia"; got != want {
		t.Errorf("Parents(Sudzha) = %s, want %s", got, want)
	}
	if got, want := strings.Join(g.Parents("Nowhere"), ">"), "Nowhere"; got != want {
		t.Errorf("Parents(Nowhere) = %s, want %s", got, want)
	}
	for in, want := range map[string]string{"Kursk": "Russia", "South Korea NIS": "South Korea", "Seoul": "South Korea", "Russia": "Russia", "Nowhere": ""} {
		if got := g.CountryOf(in); got != want {
			t.Errorf("CountryOf(%s) = %q, want %q", in, got, want)
		}
	}
	if got, ok := g.StateMediaOf("North Korea"); !ok || got != "KCNA" {
		t.Errorf("StateMediaOf(North Korea) = %q, %v", got, ok)
	}
}

// TestTopParent checks that CountryOf's walk up a place's parents ends
// where the chain Parents builds does, for every entry.
func TestTopParent(t *testing.T) {
	g := mustDefault(t)
	for _, e := range g.Entries() {
		chain := g.Parents(e.Canonical)
		if got, want := g.topParent(e.Canonical), chain[len(chain)-1]; got != want {
			t.Errorf("topParent(%s) = %q, want %q", e.Canonical, got, want)
		}
	}
}

func TestUserFileExtends(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "mine.txt")
	data := "# mine\nSouth Korea NIS | agency | South Korea | | the Korean spooks | |\nOleg Example | person | Russia | Spokesman | Oleg Example; Example | |\n"
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	g, err := Load(p)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := matches(g, "the Korean spooks told Oleg Example"), "the Korean spooks=South Korea NIS; Oleg Example=Oleg Example"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
	if e, _ := g.Lookup("Oleg Example"); e.Title != "Spokesman" {
		t.Errorf("title = %q", e.Title)
	}
}

func TestLoadErrors(t *testing.T) {
	dir := t.TempDir()
	tests := []struct{ name, data, want string }{
		{"few columns", "A | country\n", "want at least 5 columns"},
		{"bad type", "A | planet | | | A | |\n", `unknown type "planet"`},
		{"bad flag", "A | outlet | | | A | | loud\n", `unknown flag "loud"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := filepath.Join(dir, tt.name+".txt")
			os.WriteFile(p, []byte(tt.data), 0o644)
			_, err := Load(p)
			if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), p+":1") {
				t.Errorf("Load error = %v, want one naming %s:1 and %q", err, p, tt.want)
			}
		})
	}
	if _, err := Load(filepath.Join(dir, "missing.txt")); err == nil {
		t.Error("Load of a missing file succeeded")
	}
}

func BenchmarkMatch(b *testing.B) {
	g := mustDefault(b)
	s := strings.Repeat("Pyongyang has sent some 11,000 soldiers to regions such as Kursk, according to NATO, the United States and South Korea. ", 5000)
	toks := token.Tokenize(s, news.Span{Start: 0, End: len(s)})
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		g.Match(s, toks)
	}
}

// BenchmarkMatchCorpus matches the test corpora of every language, as the
// entity stage did sentence by sentence before it passed the words.
func BenchmarkMatchCorpus(b *testing.B) { benchMatchCorpus(b, false) }

// BenchmarkMatchCorpusWords is BenchmarkMatchCorpus given the tokens'
// normal forms, as the entity stage matches.
func BenchmarkMatchCorpusWords(b *testing.B) { benchMatchCorpus(b, true) }

func benchMatchCorpus(b *testing.B, withWords bool) {
	g := mustDefault(b)
	files, err := filepath.Glob("../../testdata/corpus*/*.txt")
	if err != nil || len(files) == 0 {
		b.Fatalf("no corpus: %v", err)
	}
	type doc struct {
		text  string
		toks  []token.Token
		words []string
	}
	var docs []doc
	size := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		s := string(data)
		d := doc{text: s, toks: token.Tokenize(s, news.Span{Start: 0, End: len(s)})}
		if withWords {
			for _, t := range d.toks {
				d.words = append(d.words, token.Norm(t.Text(s)))
			}
		}
		docs = append(docs, d)
		size += len(s)
	}
	b.SetBytes(int64(size))
	for b.Loop() {
		for _, d := range docs {
			g.AppendMatchWords(nil, d.text, d.toks, d.words)
		}
	}
}

// BenchmarkLoad parses and indexes the embedded gazetteer, as every
// process does at start-up.
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
}

// TestCountryOfName checks a speaker's country: the gazetteer's, or the
// country that opens a name it does not list.
func TestCountryOfName(t *testing.T) {
	g := mustDefault(t)
	for name, want := range map[string]string{
		"Pakistan Army":           "Pakistan",
		"Lebanon Health Ministry": "Lebanon",
		"Taliban":                 "Afghanistan",
		"United States Military":  "United States",
		"unnamed officials":       "",
	} {
		if got := g.CountryOfName(name); got != want {
			t.Errorf("CountryOfName(%q) = %q, want %q", name, got, want)
		}
	}
}
