package langid

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/news"
)

// Sentences written for these tests, in the register of war reporting.
var detectTests = []struct {
	name, text, want string
}{
	{"en", "The ministry said that about 11,000 troops had been deployed to the region over the past month.", "en"},
	{"de", "Nach Angaben des Ministeriums wurden rund 11.000 Soldaten in die Region verlegt, sagte ein Sprecher.", "de"},
	{"es", "Según el ministerio, unos 11.000 soldados fueron desplegados en la región durante el último mes.", "es"},
	{"fr", "Selon le ministère, environ 11 000 soldats ont été déployés dans la région au cours du dernier mois.", "fr"},
	{"ru", "По данным министерства, около 11 тысяч военных были переброшены в регион за последний месяц.", "ru"},
	{"uk", "За даними міністерства, близько 11 тисяч військових було перекинуто до регіону за останній місяць.", "uk"},
	{"de short", "Die Armee meldet Verluste.", "de"},
	{"es short", "El ejército informó de las bajas.", "es"},
	{"fr short", "L'armée a fait état de pertes.", "fr"},
	{"ru letters only", "Объявлены итоги.", "ru"},
	{"uk letters only", "Їхні втрати зросли.", "uk"},
	{"figures only", "11 000 / 12 000", ""},
	{"empty", "", ""},
}

func TestDetect(t *testing.T) {
	for _, tc := range detectTests {
		t.Run(tc.name, func(t *testing.T) {
			g := Detect(tc.text)
			if got, want := g.Lang, tc.want; got != want {
				t.Errorf("Detect(%q) = %q (%.2f), want %q", tc.text, got, g.Confidence, want)
			}
			if g.Confidence < 0 || g.Confidence > 1 {
				t.Errorf("confidence %v outside 0..1", g.Confidence)
			}
		})
	}
}

func TestNormalize(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"de-AT", "de"}, {"en_US", "en"}, {"UK", "uk"}, {"uk-UA", "uk"}, {"ua", "uk"},
		{"ru-RU", "ru"}, {"fr", "fr"}, {"es-419", "es"}, {"pl", ""}, {"", ""}, {" ES ", "es"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			if got, want := Normalize(tc.in), tc.want; got != want {
				t.Errorf("Normalize(%q) = %q, want %q", tc.in, got, want)
			}
		})
	}
}

func TestDecide(t *testing.T) {
	ru := "По данным министерства, около 11 тысяч военных были переброшены в регион."
	de := "Nach Angaben des Ministeriums wurden rund 11.000 Soldaten in die Region verlegt."
	for _, tc := range []struct {
		name, declared, text, fallback, want string
	}{
		{"declared wins", "de-DE", "The army said it was so.", "en", "de"},
		{"declared for text without evidence", "fr", "12 000", "en", "fr"},
		{"declared English over Cyrillic text", "en", ru, "en", "ru"},
		{"declared Ukrainian over short Russian text", "uk", ru, "en", "uk"},
		{"declared German over a long English text", "de", strings.Repeat("The ministry said that the troops were sent to the region by the army. ", 3), "en", "en"},
		{"declared German over a short English text", "de", "The ministry said so.", "en", "de"},
		{"unsupported declared", "pl", de, "en", "de"},
		{"nothing", "", "12 000", "en", "en"},
		{"a contested guess keeps the fallback", "", "North Korea can make 1.5 million shells a year.", "en", "en"},
		{"a clear guess overrules the fallback", "", "Corea del Norte envía tropas", "en", "es"},
		{"English's own 'a' is no French", "", "Oil\n\nWTI hit a record $70.85 a barrel on Tuesday.", "en", "en"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got, want := Decide(tc.declared, tc.text, tc.fallback), tc.want; got != want {
				t.Errorf("Decide(%q, %q) = %q, want %q", tc.declared, tc.text, got, want)
			}
		})
	}
}

func TestStage(t *testing.T) {
	for _, tc := range []struct {
		name  string
		stage Stage
		meta  string
		text  string
		want  string
	}{
		{"fixed", Stage{Fixed: "uk"}, "en", "The army said so.", "uk"},
		{"auto fixed", Stage{Fixed: "auto"}, "", "Según el ministerio, los soldados fueron desplegados.", "es"},
		{"from meta", Stage{}, "fr-FR", "The army said so.", "fr"},
		{"fallback", Stage{}, "", "", "en"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := news.Doc{Text: tc.text, Meta: news.Meta{Lang: tc.meta}}
			if err := tc.stage.Annotate(context.Background(), &d); err != nil {
				t.Fatal(err)
			}
			if got, want := d.Meta.Lang, tc.want; got != want {
				t.Errorf("Meta.Lang = %q, want %q", got, want)
			}
			if d.Text != tc.text {
				t.Error("the stage changed the text")
			}
		})
	}
}

func TestWordLists(t *testing.T) {
	m, err := get()
	if err != nil {
		t.Fatal(err)
	}
	for i, l := range Langs {
		n := 0
		for _, bits := range m.words {
			if bits&(1<<i) != 0 {
				n++
			}
		}
		if n < 30 {
			t.Errorf("%s: %d words, want at least 30", l, n)
		}
	}
}

func FuzzDetect(f *testing.F) {
	for _, tc := range detectTests {
		f.Add(tc.text)
	}
	f.Add("п'ять\xff\xfe Größe ñ ç ї")
	f.Fuzz(func(t *testing.T, text string) {
		g := Detect(text)
		if g.Lang != "" && Normalize(g.Lang) != g.Lang {
			t.Fatalf("Detect gave %q, not one of %v", g.Lang, Langs)
		}
		if g.Confidence < 0 || g.Confidence > 1 {
			t.Fatalf("confidence %v outside 0..1", g.Confidence)
		}
	})
}

func BenchmarkDetect(b *testing.B) {
	text := strings.Repeat(detectTests[1].text+" ", 200)
	b.SetBytes(int64(min(len(text), maxScan)))
	for b.Loop() {
		Detect(text)
	}
}

func TestSentences(t *testing.T) {
	text := "Die Armee meldete am Montag neue Angriffe auf die Stadt. " +
		"\"We have seen more than 11,000 of their troops in the region,\" the official said. " +
		"Das ist ein Satz. " +
		"«Мы потеряли 500 человек», сказал он."
	var sents []news.Sentence
	start := 0
	for _, end := range []int{
		strings.Index(text, " \"We") + 1,
		strings.Index(text, " Das") + 1,
		strings.Index(text, " «") + 1,
		len(text),
	} {
		sents = append(sents, news.Sentence{Span: news.Span{Start: start, End: end}})
		start = end
	}
	d := &news.Doc{Text: text, Meta: news.Meta{Lang: "de"}, Sentences: sents}
	got := Sentences(d)
	want := []string{"", "en", "", "ru"}
	if len(got) != len(want) {
		t.Fatalf("Sentences gave %d languages for %d sentences", len(got), len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("sentence %d %q: language %q, want %q", i, sents[i].Of(text), got[i], want[i])
		}
	}
}

// headlines are short texts, the hardest case: few function words. Written
// for this test.
var headlines = map[string][]string{
	"en": {"Russia launches 120 drones at Kyiv overnight", "North Korean troops spotted near Kursk, Seoul says", "Ukraine claims gains in Zaporizhzhia region", "EU approves new sanctions package against Moscow", "Zelenskyy meets Macron in Paris"},
	"de": {"Russland greift Kiew mit 120 Drohnen an", "Nordkoreanische Soldaten bei Kursk gesichtet", "Selenskyj trifft Macron in Paris", "EU beschließt neues Sanktionspaket gegen Moskau", "Ukraine meldet Geländegewinne im Süden"},
	"es": {"Rusia lanza 120 drones contra Kiev durante la noche", "Tropas norcoreanas avistadas cerca de Kursk, según Seúl", "Zelenski se reúne con Macron en París", "La UE aprueba un nuevo paquete de sanciones contra Moscú", "Ucrania asegura avances en el sur"},
	"fr": {"La Russie lance 120 drones sur Kiev dans la nuit", "Des soldats nord-coréens repérés près de Koursk, selon Séoul", "Zelensky rencontre Macron à Paris", "L'UE adopte un nouveau paquet de sanctions contre Moscou", "L'Ukraine revendique des avancées dans le sud"},
	"ru": {"Россия атаковала Киев 120 беспилотниками", "Северокорейских военных заметили под Курском", "Зеленский встретился с Макроном в Париже", "ЕС утвердил новый пакет санкций против Москвы", "Украина заявила о продвижении на юге"},
	"uk": {"Росія атакувала Київ 120 дронами", "Північнокорейських військових помітили біля Курська", "Зеленський зустрівся з Макроном у Парижі", "ЄС затвердив новий пакет санкцій проти Москви", "Україна заявила про просування на півдні"},
}

// headlineFloor is how many of the 30 headlines Detect must get right; it
// may only go up.
const headlineFloor = 28

func TestHeadlineAccuracy(t *testing.T) {
	right, n := 0, 0
	for _, want := range Langs {
		for _, h := range headlines[want] {
			n++
			if g := Detect(h); g.Lang == want {
				right++
			} else {
				t.Logf("%s headline %q: got %q (%.2f)", want, h, g.Lang, g.Confidence)
			}
		}
	}
	t.Logf("headlines: %d/%d right", right, n)
	if right < headlineFloor {
		t.Errorf("%d/%d headlines right, below the floor %d", right, n, headlineFloor)
	}
}

// moduleRoot walks up from the test's directory to the one holding go.mod.
func moduleRoot(t *testing.T) string {
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("no go.mod above the test directory")
		}
		dir = parent
	}
}

// TestEnglishCorpus: every English document the project holds (the test
// corpus, and the seeds in ../shared when present) is detected as English;
// a miss would read its figures with another language's marks.
func TestEnglishCorpus(t *testing.T) {
	root := moduleRoot(t)
	var files []string
	for _, g := range []string{
		filepath.Join(root, "testdata/corpus/*.txt"),
		filepath.Join(filepath.Dir(root), "shared/seeds/*.txt"),
	} {
		m, err := filepath.Glob(g)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	if len(files) == 0 {
		t.Skip("no corpus or seeds")
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if g := Detect(string(b)); g.Lang != "en" {
			t.Errorf("%s: detected %q (%.2f), want en", filepath.Base(f), g.Lang, g.Confidence)
		}
	}
}

// TestSettledGuess: stopping once the guess is settled gives every document
// the project holds, in every language, the language a full scan gives.
func TestSettledGuess(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(moduleRoot(t), "testdata/corpus*/*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 30 {
		t.Fatalf("found %d corpus documents, want the corpora of testdata", len(files))
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		// Doubled, so that the longer documents settle before the end.
		text := string(b) + "\n\n" + string(b)
		if got, want := detect(text, true).Lang, detect(text, false).Lang; got != want {
			t.Errorf("%s: settled guess %q, full scan %q", filepath.Base(f), got, want)
		}
	}
}

// TestEndsByKeepsEveryEnding: the tail filter lets every listed ending
// through at its length, and wordCues finds it on a word ending in it.
func TestEndsByKeepsEveryEnding(t *testing.T) {
	m, err := get()
	if err != nil {
		t.Fatal(err)
	}
	for e, bits := range m.ends {
		t.Run(e, func(t *testing.T) {
			k := slices.Index(m.endLens, len(e))
			if m.endsBy[tailKey(e[len(e)-2], e[len(e)-1])]&(1<<k) == 0 {
				t.Fatalf("filter turns %q away", e)
			}
			var got, want [6]float64
			m.wordCues(&got, []byte("q"+e))
			m.wordCuesRef(&want, []byte("q"+e))
			if got != want {
				t.Errorf("wordCues(%q) = %v, reference %v (ending bits %b)", "q"+e, got, want, bits)
			}
		})
	}
}

// TestWordsByKeepsEveryWord: the word filter lets every listed word through.
func TestWordsByKeepsEveryWord(t *testing.T) {
	m, err := get()
	if err != nil {
		t.Fatal(err)
	}
	for w, bits := range m.words {
		if got := m.lookup([]byte(w)); got != bits {
			t.Errorf("lookup(%q) = %b, want %b", w, got, bits)
		}
	}
	for _, w := range []string{"zzzz", "x", "soldiers", "войска"} {
		if got := m.lookup([]byte(w)); got != m.words[w] {
			t.Errorf("lookup(%q) = %b, want %b", w, got, m.words[w])
		}
	}
}
