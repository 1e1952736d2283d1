package numbers

import (
	"strings"
	"testing"
)

// localeTests is the table for the languages besides English: each case
// lists every mention Find returns for the sentence, as describe writes it.
var localeTests = []struct {
	lang, name, in string
	want           []string
}{
	// German
	{"de", "dot groups", "Rund 11.000 Soldaten", []string{"Rund 11.000=~11,000 num=11.000 q=rund"}},
	{"de", "decimal comma", "ein Anstieg um 2,5 Prozent", []string{"2,5 Prozent=2.5 num=2,5 pct"}},
	{"de", "decimal comma scale", "1,5 Millionen Menschen", []string{"1,5 Millionen=1,500,000"}},
	{"de", "groups and decimals", "11.000,5 Liter", []string{"11.000,5 Liter=11,000.5 num=11.000,5 unit=liter"}},
	{"de", "words scale", "zwei Millionen Flüchtlinge", []string{"zwei Millionen=2,000,000"}},
	{"de", "article scale", "eine Million Granaten", []string{"eine Million=1,000,000"}},
	{"de", "compound thousands", "elftausend Mann", []string{"elftausend=11,000"}},
	{"de", "compound tens", "einundzwanzig Verwundete", []string{"einundzwanzig=21"}},
	{"de", "compound hundreds", "dreihundertfünfzig Panzer", []string{"dreihundertfünfzig=350"}},
	{"de", "compound hundred thousands", "zweihunderttausend Schuss", []string{"zweihunderttausend=200,000"}},
	{"de", "compound before scale", "dreihundert Millionen Euro", []string{"dreihundert Millionen=300,000,000"}},
	{"de", "and a half", "zweieinhalb Millionen", []string{"zweieinhalb Millionen=2,500,000"}},
	{"de", "about", "etwa 3.000 Drohnen", []string{"etwa 3.000=~3,000 num=3.000 q=etwa"}},
	{"de", "more than", "mehr als 500 Tote", []string{"mehr als 500=>=500 num=500 q=mehr als openlow"}},
	{"de", "up to", "bis zu 12.000 Soldaten", []string{"bis zu 12.000=<=12,000 num=12.000 q=bis zu"}},
	{"de", "almost", "fast 40 Prozent", []string{"fast 40 Prozent=<=40 num=40 q=fast pct openhigh"}},
	{"de", "range bis", "10.000 bis 12.000 Soldaten", []string{"10.000 bis 12.000=10,000-12,000"}},
	{"de", "range zwischen", "zwischen 10.000 und 12.000", []string{"zwischen 10.000 und 12.000=10,000-12,000 num=10.000 und 12.000 q=zwischen"}},
	{"de", "vague", "Tausende Menschen", []string{"Tausende=>=1,000 vague"}},
	{"de", "vague compound", "Zehntausende Soldaten", []string{"Zehntausende=>=10,000 vague"}},
	{"de", "several hundred", "mehrere hundert Raketen", []string{"mehrere hundert=>=300 vague"}},
	{"de", "abbreviation", "4,2 Mrd. Euro", []string{"4,2 Mrd.=4,200,000,000"}},
	{"de", "half a million", "eine halbe Million Granaten", []string{"eine halbe Million=500,000"}},
	{"de", "dative vague", "von Zehntausenden Soldaten", []string{"Zehntausenden=>=10,000 vague"}},
	{"de", "at least one", "mindestens ein Mensch", []string{"mindestens ein=>=1 num=ein q=mindestens"}},
	{"de", "clock times", "um 14.30 Uhr und um 9 Uhr griffen 40 Drohnen an", []string{"40=40"}},
	{"es", "clock time", "a las 14.30 horas, 24 horas después, 30 muertos", []string{"24=24", "30=30"}},
	{"de", "age", "der 47-Jährige", []string{"47-Jährige=47 num=47 unit=jährige"}},
	{"de", "thousands and the rest", "zweitausendfünfhundert Soldaten", []string{"zweitausendfünfhundert=2,500"}},
	{"de", "millions and a compound", "zwei Millionen dreihunderttausendzwölf", []string{"zwei Millionen dreihunderttausendzwölf=2,300,012"}},
	{"de", "without umlauts", "zweihundertfuenfzig", []string{"zweihundertfuenfzig=250"}},
	{"de", "article alone", "ein Soldat wurde verletzt", nil},
	{"de", "caliber", "155-mm-Granaten", []string{"155-mm=155 num=155 unit=mm"}},
	// Spanish
	{"es", "dot groups", "unos 11.000 soldados", []string{"unos 11.000=~11,000 num=11.000 q=unos"}},
	{"es", "decimal comma", "un 3,5 %", []string{"3,5 %=3.5 num=3,5 pct"}},
	{"es", "words scale", "dos millones de personas", []string{"dos millones=2,000,000"}},
	{"es", "article scale", "un millón de euros", []string{"un millón=1,000,000"}},
	{"es", "lone mil", "mil soldados", []string{"mil=1,000"}},
	{"es", "hundreds", "doscientos cincuenta heridos", []string{"doscientos cincuenta=250"}},
	{"es", "tens y units", "treinta y cinco muertos", []string{"treinta y cinco=35"}},
	{"es", "mil millones", "dos mil millones de dólares", []string{"dos mil millones=2,000,000,000"}},
	{"es", "around", "alrededor de 500 drones", []string{"alrededor de 500=~500 num=500 q=alrededor de"}},
	{"es", "more than", "más de 1.000 muertos", []string{"más de 1.000=>=1,000 num=1.000 q=más de openlow"}},
	{"es", "up to", "hasta 12.000 efectivos", []string{"hasta 12.000=<=12,000 num=12.000 q=hasta"}},
	{"es", "almost", "casi 200", []string{"casi 200=<=200 num=200 q=casi openhigh"}},
	{"es", "range entre", "entre 10.000 y 12.000 soldados", []string{"entre 10.000 y 12.000=10,000-12,000 num=10.000 y 12.000 q=entre"}},
	{"es", "vague", "miles de personas", []string{"miles=>=1,000 vague"}},
	{"es", "vague tens of thousands", "decenas de miles de refugiados", []string{"decenas de miles=>=10,000 vague"}},
	{"es", "percent words", "el 40 por ciento", []string{"40 por ciento=40 num=40 pct"}},
	{"es", "and a half", "dos millones y medio", []string{"dos millones y medio=2,500,000"}},
	{"es", "sixty-one", "ciento sesenta y un muertos", []string{"ciento sesenta y un=161"}},
	{"es", "from to", "desde 20 hasta 100", []string{"desde 20 hasta 100=20-100 num=20 hasta 100 q=desde"}},
	{"es", "about a hundred", "un centenar de muertos", []string{"un centenar=~100"}},
	{"es", "more than a hundred", "más de un centenar de muertos", []string{"más de un centenar=>=100 num=un centenar q=más de openlow"}},
	{"es", "half of", "la mitad de los soldados", []string{"mitad=0.5"}},
	{"es", "range with articles", "entre el 5 y el 10 %", []string{"entre el 5 y el 10 %=5-10 num=5 y el 10 q=entre el pct"}},
	{"es", "ordinal", "la 2ª brigada", []string{"2ª=2 ord"}},
	{"es", "at least one", "al menos una persona murió", []string{"al menos una=>=1 num=una q=al menos"}},
	{"es", "article alone", "un soldado herido", nil},
	// French
	{"fr", "space groups", "environ 11 000 soldats", []string{"environ 11 000=~11,000 num=11 000 q=environ"}},
	{"fr", "no-break space", "11\u00a0000 soldats", []string{"11\u00a0000=11,000"}},
	{"fr", "narrow no-break space", "11\u202f000 soldats", []string{"11\u202f000=11,000"}},
	{"fr", "decimal comma", "1,5 million de personnes", []string{"1,5 million=1,500,000"}},
	{"fr", "words scale", "deux millions d'obus", []string{"deux millions=2,000,000"}},
	{"fr", "seventy", "soixante-dix blessés", []string{"soixante-dix=70"}},
	{"fr", "ninety-seven", "quatre-vingt-dix-sept morts", []string{"quatre-vingt-dix-sept=97"}},
	{"fr", "eighty", "quatre-vingts chars", []string{"quatre-vingts=80"}},
	{"fr", "twenty-one", "vingt et un drones", []string{"vingt et un=21"}},
	{"fr", "hundreds", "trois cents missiles", []string{"trois cents=300"}},
	{"fr", "lone mille", "mille hommes", []string{"mille=1,000"}},
	{"fr", "near", "près de 10 000 soldats", []string{"près de 10 000=~10,000 num=10 000 q=près de"}},
	{"fr", "more than", "plus de 500 morts", []string{"plus de 500=>=500 num=500 q=plus de openlow"}},
	{"fr", "up to", "jusqu'à 12 000 hommes", []string{"jusqu'à 12 000=<=12,000 num=12 000 q=jusqu'à"}},
	{"fr", "range de à", "de 10 000 à 12 000 soldats", []string{"de 10 000 à 12 000=10,000-12,000 num=10 000 à 12 000 q=de"}},
	{"fr", "vague", "des milliers de civils", []string{"milliers=>=1,000 vague"}},
	{"fr", "vague tens of thousands", "des dizaines de milliers", []string{"dizaines de milliers=>=10,000 vague"}},
	{"fr", "several hundred", "plusieurs centaines de soldats", []string{"plusieurs centaines=>=300 vague"}},
	{"fr", "about thirty", "une trentaine de chars", []string{"une trentaine=~30"}},
	{"fr", "percent words", "15 pour cent", []string{"15 pour cent=15 num=15 pct"}},
	{"fr", "and a half", "un million et demi de réfugiés", []string{"un million et demi=1,500,000"}},
	{"fr", "Belgian ninety", "nonante soldats", []string{"nonante=90"}},
	{"fr", "half of", "la moitié des soldats", []string{"moitié=0.5"}},
	{"fr", "about after", "10 000 environ", []string{"10 000 environ=~10,000 num=10 000 q=environ"}},
	{"fr", "ordinal", "la 1re brigade", []string{"1re=1 ord"}},
	{"fr", "at least one", "au moins une personne", []string{"au moins une=>=1 num=une q=au moins"}},
	{"fr", "article alone", "un soldat blessé", nil},
	// Russian
	{"ru", "space groups", "около 11 000 военных", []string{"около 11 000=~11,000 num=11 000 q=около"}},
	{"ru", "no-break space", "11\u00a0000 военных", []string{"11\u00a0000=11,000"}},
	{"ru", "decimal comma scale", "1,5 тыс. человек", []string{"1,5 тыс.=1,500"}},
	{"ru", "genitive words", "более двух тысяч солдат", []string{"более двух тысяч=>=2,000 num=двух тысяч q=более openlow"}},
	{"ru", "lone accusative", "тысячу человек", []string{"тысячу=1,000"}},
	{"ru", "about a thousand", "около тысячи военных", []string{"около тысячи=~1,000 num=тысячи q=около"}},
	{"ru", "hundreds", "двести пятьдесят ракет", []string{"двести пятьдесят=250"}},
	{"ru", "genitive hundreds", "до трехсот человек", []string{"до трехсот=<=300 num=трехсот q=до"}},
	{"ru", "range от до", "от 10 до 12 тысяч", []string{"от 10 до 12 тысяч=10,000-12,000 num=10 до 12 тысяч q=от"}},
	{"ru", "almost", "почти 40 процентов", []string{"почти 40 процентов=<=40 num=40 q=почти pct openhigh"}},
	{"ru", "vague", "тысячи людей", []string{"тысячи=>=1,000 vague"}},
	{"ru", "tens of thousands", "десятки тысяч беженцев", []string{"десятки тысяч=>=10,000 vague"}},
	{"ru", "several thousand", "несколько тысяч", []string{"несколько тысяч=>=3,000 vague"}},
	{"ru", "millions", "3 млн долларов", []string{"3 млн=3,000,000"}},
	{"ru", "collective", "еще двое ранены", []string{"еще двое=2 num=двое q=еще"}},
	{"ru", "several tens", "несколько десятков человек", []string{"несколько десятков=>=30 vague"}},
	{"ru", "two tens", "два десятка танков", []string{"два десятка=~20"}},
	{"ru", "several hundred thousand", "несколько сотен тысяч", []string{"несколько сотен тысяч=>=300,000 vague"}},
	{"ru", "prepositional scale", "о более чем 8 миллионах снарядов", []string{"более чем 8 миллионах=>=8,000,000 num=8 миллионах q=более чем openlow"}},
	{"ru", "estimated at", "оценили примерно в 300 человек", []string{"примерно в 300=~300 num=300 q=примерно в"}},
	{"ru", "exceeded", "потери превысили 3 тысячи человек", []string{"превысили 3 тысячи=>=3,000 num=3 тысячи q=превысили openlow"}},
	{"ru", "more than half", "более половины солдат", []string{"более половины=>=0.5 num=половины q=более openlow"}},
	{"ru", "age", "47-летний мужчина", []string{"47-летний=47 num=47 unit=летний"}},
	{"ru", "caliber adjective", "152-миллиметровых снарядов", []string{"152-миллиметровых=152 num=152 unit=миллиметровых"}},
	{"ru", "codes", "С-400 и Су-34", nil},
	{"ru", "one and a half thousand", "полторы тысячи военных", []string{"полторы тысячи=1,500"}},
	{"ru", "about one and a half million", "около полутора миллионов", []string{"около полутора миллионов=~1,500,000 num=полутора миллионов q=около"}},
	{"ru", "about a hundred", "около сотни военных", []string{"около сотни=~100 num=сотни q=около"}},
	{"ru", "about a hundred thousand", "около сотни тысяч", []string{"около сотни тысяч=~100,000 num=сотни тысяч q=около"}},
	{"ru", "hundreds", "сотни военных", []string{"сотни=>=100 vague"}},
	{"ru", "range of abbreviations", "от 10 тыс. до 12 тыс. военных", []string{"от 10 тыс. до 12 тыс.=10,000-12,000 num=10 тыс. до 12 тыс. q=от"}},
	{"ru", "ordinal", "1-й батальон", []string{"1-й=1 ord"}},
	{"ru", "caliber", "155-мм снаряды", []string{"155-мм=155 num=155 unit=мм"}},
	{"ru", "dash range scale", "10-12 тысяч", []string{"10-12 тысяч=10,000-12,000"}},
	{"ru", "decimal point", "1.5 млн", []string{"1.5 млн=1,500,000"}},
	{"ru", "dot groups", "1.500 человек и 1.500.000 рублей", []string{"1.500=1,500", "1.500.000=1,500,000"}},
	{"ru", "dot decimal before a scale", "1.500 млн", []string{"1.500 млн=1,500,000"}},
	// Ukrainian
	{"uk", "space groups", "близько 11 000 військових", []string{"близько 11 000=~11,000 num=11 000 q=близько"}},
	{"uk", "genitive words", "понад чотирьох тисяч", []string{"понад чотирьох тисяч=>=4,000 num=чотирьох тисяч q=понад openlow"}},
	{"uk", "apostrophe", "п'ять тисяч", []string{"п'ять тисяч=5,000"}},
	{"uk", "typographic apostrophe", "п’ятсот дронів", []string{"п’ятсот=500"}},
	{"uk", "lone accusative", "тисячу осіб", []string{"тисячу=1,000"}},
	{"uk", "almost", "майже 200 ракет", []string{"майже 200=<=200 num=200 q=майже openhigh"}},
	{"uk", "range від до", "від 10 до 12 тисяч", []string{"від 10 до 12 тисяч=10,000-12,000 num=10 до 12 тисяч q=від"}},
	{"uk", "vague", "тисячі людей", []string{"тисячі=>=1,000 vague"}},
	{"uk", "tens of thousands", "десятки тисяч", []string{"десятки тисяч=>=10,000 vague"}},
	{"uk", "decimal comma", "2,5 млрд гривень", []string{"2,5 млрд=2,500,000,000"}},
	{"uk", "percent", "30 відсотків", []string{"30 відсотків=30 num=30 pct"}},
	{"uk", "collective", "троє поранених", []string{"троє=3"}},
	{"uk", "several tens", "кілька десятків дронів", []string{"кілька десятків=>=30 vague"}},
	{"uk", "several hundred in one word", "кількасот одиниць техніки", []string{"кількасот=>=300 vague"}},
	{"uk", "exceeded", "втрати перевищили 430 тисяч осіб", []string{"перевищили 430 тисяч=>=430,000 num=430 тисяч q=перевищили openlow"}},
	{"uk", "age", "47-річний чоловік", []string{"47-річний=47 num=47 unit=річний"}},
	{"uk", "one and a half thousand", "півтори тисячі", []string{"півтори тисячі=1,500"}},
	{"uk", "half a million", "пів мільйона", []string{"пів мільйона=500,000"}},
	{"uk", "about a hundred", "близько сотні дронів", []string{"близько сотні=~100 num=сотні q=близько"}},
	{"uk", "ordinal", "3-ї бригади", []string{"3-ї=3 ord"}},
	{"uk", "more than a thousand", "понад тисячу", []string{"понад тисячу=>=1,000 num=тисячу q=понад openlow"}},
}

func TestFindLocales(t *testing.T) {
	for _, tc := range localeTests {
		t.Run(tc.lang+"/"+tc.name, func(t *testing.T) {
			r, err := New(tc.lang)
			if err != nil {
				t.Fatal(err)
			}
			ms := r.Find(tc.in)
			checkMentions(t, tc.in, ms)
			var got []string
			for _, m := range ms {
				got = append(got, describe(tc.in, m))
			}
			if g, w := strings.Join(got, " | "), strings.Join(tc.want, " | "); g != w {
				t.Errorf("Find(%q)\n got %s\nwant %s", tc.in, g, w)
			}
		})
	}
}

// fuzzLocale fuzzes Find in one language, seeded with its table cases.
func fuzzLocale(f *testing.F, lang string) {
	for _, tc := range localeTests {
		if tc.lang == lang {
			f.Add(tc.in)
		}
	}
	f.Add("1.234.567,89 11\u202f000,5 п'ять' ’ 10–12\u00a0тысяч")
	r, err := New(lang)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkMentions(t, text, r.Find(text))
		sameBothWays(t, r.lx, text)
		sameUnmarked(t, r.lx, lang, text)
	})
}

func FuzzFindDE(f *testing.F) { fuzzLocale(f, "de") }
func FuzzFindES(f *testing.F) { fuzzLocale(f, "es") }
func FuzzFindFR(f *testing.F) { fuzzLocale(f, "fr") }
func FuzzFindRU(f *testing.F) { fuzzLocale(f, "ru") }
func FuzzFindUK(f *testing.F) { fuzzLocale(f, "uk") }

// TestLexiconsLoad loads every language's lexicon: a bad data line fails here.
func TestLexiconsLoad(t *testing.T) {
	for _, lang := range []string{"en", "de", "es", "fr", "ru", "uk"} {
		t.Run(lang, func(t *testing.T) {
			r, err := New(lang)
			if err != nil {
				t.Fatal(err)
			}
			if got, want := r.Lang(), lang; got != want {
				t.Errorf("Lang() = %q, want %q", got, want)
			}
		})
	}
	if _, err := New("xx"); err == nil {
		t.Error(`New("xx") succeeded for a language without a lexicon`)
	}
}

func TestForLang(t *testing.T) {
	en := mustNew(t)
	for _, tc := range []struct {
		lang, in, want string
	}{
		{"de", "11.000", "11.000=11,000"},
		{"en", "11.000", "11.000=11"},
		{"fr", "11,5", "11,5=11.5"},
		{"pl", "11,000", "11,000=11,000"}, // no Polish lexicon: the fallback
		{"", "11,000", "11,000=11,000"},
	} {
		t.Run(tc.lang, func(t *testing.T) {
			r := ForLang(tc.lang, en)
			ms := r.Find(tc.in)
			if len(ms) != 1 {
				t.Fatalf("Find(%q) in %s: %d mentions, want 1", tc.in, r.Lang(), len(ms))
			}
			if got, want := describe(tc.in, ms[0]), tc.want; got != want {
				t.Errorf("Find(%q) in %s = %s, want %s", tc.in, r.Lang(), got, want)
			}
		})
	}
	if got, want := strings.Join(Languages(), " "), "de en es fr ru uk"; got != want {
		t.Errorf("Languages() = %q, want %q", got, want)
	}
}

// BenchmarkFindLocale runs Find over the table's sentences in each
// language, repeated to about 64 KB.
func BenchmarkFindLocale(b *testing.B) {
	for _, lang := range []string{"de", "es", "fr", "ru", "uk"} {
		var sb strings.Builder
		for sb.Len() < 64<<10 {
			for _, tc := range localeTests {
				if tc.lang == lang {
					sb.WriteString(tc.in + ". Die Lage bleibt angespannt, sagte ein Sprecher am Montag. ")
				}
			}
		}
		text := sb.String()
		b.Run(lang, func(b *testing.B) {
			r, err := New(lang)
			if err != nil {
				b.Fatal(err)
			}
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				r.Find(text)
			}
		})
	}
}
