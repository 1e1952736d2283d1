package attrib

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/news"
)

// slowQuoteRegions is quoteRegions decoding every rune, as it was written
// first.
func slowQuoteRegions(text string) []news.Span {
	var out []news.Span
	open, straight := -1, -1
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch r {
		case '“', '«', '„':
			open = i + n
		case '”', '»':
			if open >= 0 {
				out = append(out, news.Span{Start: open, End: i})
				open = -1
			}
		case '"':
			if straight < 0 {
				straight = i + n
			} else {
				out = append(out, news.Span{Start: straight, End: i})
				straight = -1
			}
		case '\n':
			// A paragraph break closes nothing in wire copy (a quote may
			// continue in the next paragraph with a fresh opening mark), but
			// an opening mark without a close in two paragraphs is a stray.
			if i+1 < len(text) && text[i+1] == '\n' && open >= 0 && strings.Count(text[open:i], "\n") > 2 {
				open = -1
			}
		}
		i += n
	}
	return out
}

// FuzzQuoteRegions: quoteRegions finds what decoding every rune finds.
func FuzzQuoteRegions(f *testing.F) {
	f.Add("He said “we will” and «nous» and \"ok\".\n\n„Ja“ — ’s \xe2\x80“x”")
	f.Add("“a\n\nb\n\nc\n\nd\n\ne”")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := quoteRegions(s), slowQuoteRegions(s); !reflect.DeepEqual(got, want) {
			t.Errorf("quoteRegions(%q) = %v, want %v", s, got, want)
		}
	})
}

func TestQuoteRegionsCorpus(t *testing.T) {
	files, err := filepath.Glob("../../../testdata/corpus*/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no corpus: %v", err)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if got, want := quoteRegions(string(b)), slowQuoteRegions(string(b)); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: quoteRegions = %v, want %v", f, got, want)
		}
	}
}

// BenchmarkQuoteRegions scans the English test corpus.
func BenchmarkQuoteRegions(b *testing.B) {
	files, err := filepath.Glob("../../../testdata/corpus/*.txt")
	if err != nil || len(files) == 0 {
		b.Fatalf("no corpus: %v", err)
	}
	var text string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		text += string(data)
	}
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		quoteRegions(text)
	}
}
