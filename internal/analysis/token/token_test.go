package token

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/news"
)

func texts(s string) string {
	var out []string
	for _, t := range Tokenize(s, news.Span{Start: 0, End: len(s)}) {
		out = append(out, t.Text(s))
	}
	return strings.Join(out, "|")
}

func TestTokenize(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"possessive curly", "Seoul’s spy agency", "Seoul|’s|spy|agency"},
		{"possessive straight", "Ukraine's council", "Ukraine|'s|council"},
		{"plural possessive", "the soldiers' families", "the|soldiers|'|families"},
		{"hyphenated name", "Kim Jong-un said", "Kim|Jong-un|said"},
		{"dotted outlet", "Caliber.Az reports.", "Caliber.Az|reports|."},
		{"abbreviation", "the U.S. said", "the|U.S.|said"},
		{"number with commas", "some 11,000 troops, 2.5 million", "some|11,000|troops|,|2.5|million"},
		{"comma list of numbers", "1, 2, 3", "1|,|2|,|3"},
		{"quotes", "“We see it,” he said", "“|We|see|it|,|”|he|said"},
		{"contraction", "don’t go", "don’t|go"},
		{"sentence end", "in Kursk.", "in|Kursk|."},
		{"invalid utf8", "a\xffb", "a|\xff|b"},
		{"model number", "KN-23 missiles", "KN-23|missiles"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := texts(tt.in); got != tt.want {
				t.Errorf("Tokenize(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestNorm(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Seoul’s", "seoul's"},
		{"already", "already"},
		{"ÉTAT", "état"},
		{"ten‑year", "ten-year"},
		{"Погибших", "погибших"},
		{"Чорнобаївка", "чорнобаївка"},
		{"Уничтожённых", "уничтоженных"},
		{"d’après", "d'après"},
		{"SEGÚN", "según"},
	}
	for _, tt := range tests {
		if got := Norm(tt.in); got != tt.want {
			t.Errorf("Norm(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if got := string(AppendNorm([]byte("x"), tt.in)); got != "x"+tt.want {
			t.Errorf("AppendNorm(x, %q) = %q, want %q", tt.in, got, "x"+tt.want)
		}
	}
	lexicon := map[string]int{"seoul's": 1}
	var buf [64]byte
	if n := testing.AllocsPerRun(100, func() { _ = lexicon[string(AppendNorm(buf[:0], "Seoul’s"))] }); n != 0 {
		t.Errorf("a look-up through AppendNorm allocates %v times", n)
	}
}

// FuzzNorm: Norm and AppendNorm agree, and a normal string is its own Norm.
func FuzzNorm(f *testing.F) {
	for _, s := range []string{"Seoul’s", "ÉTAT", "Ё", "a\xffB", "ten‑year"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := Norm(s)
		if a := string(AppendNorm(nil, s)); a != n {
			t.Fatalf("AppendNorm(%q) = %q, Norm = %q", s, a, n)
		}
		if isNorm(n) && Norm(n) != n {
			t.Fatalf("Norm(%q) = %q, not its own Norm", n, Norm(n))
		}
	})
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"Seoul’s spy agency", "U.S. 11,000", "a\xffb’s", "''s", "-.-"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, tok := range Tokenize(s, news.Span{Start: 0, End: len(s)}) {
			if tok.Start < prev || tok.End <= tok.Start || tok.End > len(s) {
				t.Fatalf("bad token %v after %d in %q", tok.Span, prev, s)
			}
			if utf8.ValidString(s) && !utf8.ValidString(tok.Text(s)) {
				t.Fatalf("token %v splits a rune in %q", tok.Span, s)
			}
			prev = tok.End
		}
	})
}

func BenchmarkTokenize(b *testing.B) {
	s := strings.Repeat("Pyongyang has sent some 11,000 soldiers to regions such as Kursk, according to NATO’s officials. ", 10000)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		Tokenize(s, news.Span{Start: 0, End: len(s)})
	}
}
