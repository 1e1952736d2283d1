package timex

import (
	"strings"
	"testing"
	"time"

	"github.com/sitrep/sitrep/internal/news"
)

// TestFindOtherLanguages reads dates in the languages other than English
// through their word lists (lang/*.txt) and go-dateparser's locales.
func TestFindOtherLanguages(t *testing.T) {
	tests := []struct {
		lang, name, text string
		want             []string
	}{
		{"de", "day month year", "am 4. November 2024 sagte", []string{"4. November 2024|2024-11-04|-|day"}},
		{"de", "day month", "am 5. März meldete", []string{"5. März|2024-03-05|-|day|rel"}},
		{"de", "month", "im Oktober kamen", []string{"Oktober|2024-10-01|2024-10-31|month|rel"}},
		{"de", "yesterday", "sagte gestern", []string{"gestern|2024-11-05|-|day|rel"}},
		{"de", "weekday", "am Montag teilte", []string{"Montag|2024-11-04|-|day|rel"}},
		{"de", "since year", "seit 2022 kämpfen", []string{"seit 2022|2022-01-01|2024-11-06|year"}},
		{"es", "day of month", "el 5 de marzo dijo", []string{"5 de marzo|2024-03-05|-|day|rel"}},
		{"es", "full date", "el 4 de noviembre de 2024", []string{"4 de noviembre de 2024|2024-11-04|-|day"}},
		{"es", "yesterday", "dijo ayer", []string{"ayer|2024-11-05|-|day|rel"}},
		{"fr", "full date", "le 4 novembre 2024", []string{"4 novembre 2024|2024-11-04|-|day"}},
		{"fr", "yesterday", "a déclaré hier", []string{"hier|2024-11-05|-|day|rel"}},
		{"ru", "genitive date", "5 марта заявил", []string{"5 марта|2024-03-05|-|day|rel"}},
		{"ru", "full date", "4 ноября 2024 года", []string{"4 ноября 2024|2024-11-04|-|day"}},
		{"ru", "yesterday", "заявил вчера", []string{"вчера|2024-11-05|-|day|rel"}},
		{"ru", "in month", "в октябре прибыли", []string{"октябре|2024-10-01|2024-10-31|month|rel"}},
		{"ru", "in year", "в 2022 году", []string{"2022|2022-01-01|2022-12-31|year"}},
		{"ru", "estimate, not a year", "оценила число раненых в 2700.", nil},
		{"ru", "count after в", "примерно в 2500 штук в месяц", nil},
		{"uk", "genitive date", "5 березня заявив", []string{"5 березня|2024-03-05|-|day|rel"}},
		{"uk", "yesterday", "заявив учора", []string{"учора|2024-11-05|-|day|rel"}},
		{"uk", "in month", "у жовтні прибули", []string{"жовтні|2024-10-01|2024-10-31|month|rel"}},
	}
	finders := map[string]*Finder{}
	for _, tt := range tests {
		t.Run(tt.lang+"/"+tt.name, func(t *testing.T) {
			f := finders[tt.lang]
			if f == nil {
				var err error
				if f, err = New(tt.lang); err != nil {
					t.Fatal(err)
				}
				finders[tt.lang] = f
			}
			got := showAll(tt.text, f.Find(tt.text, news.Span{Start: 0, End: len(tt.text)}, ymdStr(wed)))
			if want := strings.Join(tt.want, "\n"); got != want {
				t.Errorf("Find(%q)\n got: %s\nwant: %s", tt.text, got, want)
			}
		})
	}
}

// FuzzFindOtherLanguages runs the finders of the other languages over
// arbitrary text: spans stay valid and on rune boundaries.
func FuzzFindOtherLanguages(f *testing.F) {
	seeds := []string{
		"am 4. November 2024 sagte", "el 5 de marzo de 2025", "le 4 novembre 2024",
		"5 марта 2024 года в октябре", "у жовтні 5 березня учора", "seit 2022 \xff вчера",
	}
	for i, s := range seeds {
		f.Add(s, uint8(i), int64(1730851200))
	}
	langs := []string{"de", "es", "fr", "ru", "uk"}
	finders := make([]*Finder, len(langs))
	for i, l := range langs {
		fd, err := New(l)
		if err != nil {
			f.Fatal(err)
		}
		finders[i] = fd
	}
	f.Fuzz(func(t *testing.T, text string, which uint8, refUnix int64) {
		var ref time.Time
		if refUnix > -1e10 && refUnix < 1e10 {
			ref = time.Unix(refUnix, 0).UTC()
		}
		within := news.Span{Start: 0, End: len(text)}
		checkSpans(t, text, within, finders[int(which)%len(finders)].Find(text, within, ref))
	})
}
