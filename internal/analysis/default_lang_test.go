package analysis

import (
	"context"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/news"
)

// TestDefaultPerLanguage runs the default pipeline on one sentence in each
// language, once with the language fixed (--lang) and once detected, and
// checks that the sentence is read with that language's word lists.
func TestDefaultPerLanguage(t *testing.T) {
	tests := []struct {
		lang, text, what, measure string
	}{
		{"en", "North Korea has sent 11,000 soldiers to Russia, officials said.", "personnel", "deployed"},
		{"de", "Nordkorea hat nach Angaben aus Seoul rund 11.000 Soldaten nach Russland entsandt, sagte ein Sprecher.", "personnel", "deployed"},
		{"es", "Corea del Norte ha enviado unos 11.000 soldados a Rusia, según el servicio de inteligencia de Seúl.", "personnel", "deployed"},
		{"fr", "La Corée du Nord a envoyé environ 11 000 soldats en Russie, selon le renseignement sud-coréen.", "personnel", "deployed"},
		{"ru", "По данным южнокорейской разведки, Северная Корея отправила в Россию около 11 тысяч военнослужащих.", "personnel", "deployed"},
		{"uk", "За даними південнокорейської розвідки, Північна Корея відправила до Росії близько 11 тисяч військових.", "personnel", "deployed"},
	}
	auto, err := Default(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		fixed, err := Default(Options{Lang: tt.lang})
		if err != nil {
			t.Fatalf("Default(%s): %v", tt.lang, err)
		}
		for name, p := range map[string]Pipeline{"fixed": fixed, "auto": auto} {
			t.Run(tt.lang+"/"+name, func(t *testing.T) {
				d := news.Doc{ID: "t", Text: tt.text}
				if err := p.Run(context.Background(), &d); err != nil {
					t.Fatal(err)
				}
				if got, want := d.Meta.Lang, tt.lang; got != want {
					t.Errorf("Meta.Lang = %q, want %q", got, want)
				}
				if len(d.Quantities) != 1 {
					t.Fatalf("got %d quantities, want 1: %+v", len(d.Quantities), d.Quantities)
				}
				q := d.Quantities[0]
				if got, want := q.Value.V, 11000.0; got != want {
					t.Errorf("value = %v, want %v", got, want)
				}
				if got, want := q.What, tt.what; got != want {
					t.Errorf("what = %q, want %q", got, want)
				}
				if got, want := q.Measure, tt.measure; got != want {
					t.Errorf("measure = %q, want %q", got, want)
				}
			})
		}
	}
}

func BenchmarkDefaultAuto(b *testing.B) {
	for b.Loop() {
		if _, err := Default(Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDefaultEnglish(b *testing.B) {
	for b.Loop() {
		if _, err := Default(Options{Lang: "en"}); err != nil {
			b.Fatal(err)
		}
	}
}

// Default's errors keep their order although the gazetteer is loaded
// beside the rest: a gazetteer file first, then the language.
func TestDefaultErrors(t *testing.T) {
	tests := []struct {
		name string
		opts Options
		want string
	}{
		{"gazetteer", Options{GazetteerFiles: []string{"/nonexistent/gazetteer.txt"}}, "load gazetteer: "},
		{"gazetteer before language", Options{Lang: "xx", GazetteerFiles: []string{"/nonexistent/gazetteer.txt"}}, "load gazetteer: "},
		{"language", Options{Lang: "xx"}, "segmenter: "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Default(tt.opts)
			if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("error %v, want one starting %q", err, tt.want)
			}
		})
	}
}
