package eval

import "testing"

func TestNorm(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"possessive and stopword", "Seoul's spy agency", "seoul spy agency"},
		{"curly apostrophe is dropped, as in score.py", "Seoul’s spy agency", "seouls spy agency"},
		{"accents", "António Guterres", "antonio guterres"},
		{"punctuation", "Caliber.Az", "caliber az"},
		{"stopwords only", "The of and", ""},
		{"list", "NATO, the United States and South Korea", "nato united states south korea"},
		{"empty", "", ""},
		{"digits", "B-17", "b 17"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, want := Norm(tt.in), tt.want; got != want {
				t.Errorf("Norm(%q) = %q, want %q", tt.in, got, want)
			}
		})
	}
}

func TestSameName(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want bool
	}{
		{"equal", "South Korea NIS", "South Korea NIS", true},
		{"contained", "NIS", "South Korea NIS", true},
		{"half the words", "South Korea JCS", "South Korea NIS", true},
		{"unnamed variants", "unnamed sources", "unnamed officials", true},
		{"different", "KCNA", "South Korea", false},
		{"both empty", "", "", true},
		{"one empty", "", "Russia", false},
		{"stopword-only is empty", "the", "", true},
		{"substring of a word counts", "us", "russia", true},
		{"one shared word of three", "Volodymyr Zelenskyy President", "Vladimir Putin President", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, want := SameName(tt.a, tt.b), tt.want; got != want {
				t.Errorf("SameName(%q, %q) = %v, want %v", tt.a, tt.b, got, want)
			}
		})
	}
}

func FuzzSameName(f *testing.F) {
	f.Add("Seoul's spy agency", "South Korea NIS")
	f.Add("\xff", "é")
	f.Fuzz(func(t *testing.T, a, b string) {
		if SameName(a, b) != SameName(b, a) {
			t.Errorf("SameName(%q, %q) is not symmetric", a, b)
		}
		if !SameName(a, a) {
			t.Errorf("SameName(%q, itself) = false", a)
		}
	})
}

func BenchmarkSameName(b *testing.B) {
	for b.Loop() {
		SameName("Andrii Kovalenko, head of the Center for Countering Disinformation", "Andrii Kovalenko")
	}
}
