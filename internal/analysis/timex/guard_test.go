package timex

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/news"
)

// scanUnguarded is scan without mayStart: the grammar tried at every
// starter, the reference the guard must agree with.
func (f *Finder) scanUnguarded(text string, within news.Span) []match {
	within.Start, within.End = max(within.Start, 0), min(within.End, len(text))
	if within.Empty() {
		return nil
	}
	var out []match
	p := parser{text: text, lx: f.lx, toks: tokenize(f.lx, text, within.Start, within.End, nil)}
	for i := 0; i < len(p.toks); {
		t := &p.toks[i]
		if t.kind == tkPunct || t.kind == tkWord && (t.id == 0 || !p.lx.list[t.id].starts()) {
			i++
			continue
		}
		p.base = i
		m, next, ok := p.expr(i)
		if !ok {
			i++
			continue
		}
		out = append(out, m)
		i = next
	}
	return out
}

func (f *Finder) scanMatches(text string, within news.Span) []match {
	var out []match
	f.scan(text, within, func(m match) { out = append(out, m) })
	return out
}

// checkGuard fails when the guarded scan of text, line by line and whole,
// finds other matches than the unguarded one.
func checkGuard(t *testing.T, f *Finder, text string) {
	t.Helper()
	spans := []news.Span{{Start: 0, End: len(text)}}
	for off := 0; off < len(text); {
		end := strings.IndexByte(text[off:], '\n')
		if end < 0 {
			end = len(text) - off
		}
		spans = append(spans, news.Span{Start: off, End: off + end})
		off += end + 1
	}
	for _, sp := range spans {
		if got, want := f.scanMatches(text, sp), f.scanUnguarded(text, sp); !reflect.DeepEqual(got, want) {
			t.Fatalf("scan of %q:\n got %+v\nwant %+v", text[sp.Start:sp.End], got, want)
		}
	}
}

// guardTexts returns the test corpora of a language and the seeds.
func guardTexts(t *testing.T, lang string) []string {
	texts := append([]string{}, fuzzSeeds...)
	dir := "../../../testdata/corpus"
	if lang != "en" {
		dir += "-" + lang
	}
	files, _ := filepath.Glob(dir + "/*.txt")
	if lang == "en" {
		// English reads every corpus, the held-out ones and the news template too.
		more, _ := filepath.Glob("../../../testdata/*/*.txt")
		news, _ := filepath.Glob("testdata/*.txt")
		files = append(append(files, more...), news...)
	}
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	return texts
}

// TestMayStartNeverHides: the guard skips only starters at which the
// grammar finds nothing, in every language's corpus.
func TestMayStartNeverHides(t *testing.T) {
	for _, lang := range []string{"en", "de", "es", "fr", "ru", "uk"} {
		t.Run(lang, func(t *testing.T) {
			f, err := New(lang)
			if err != nil {
				t.Fatal(err)
			}
			for _, text := range guardTexts(t, lang) {
				checkGuard(t, f, text)
			}
		})
	}
}

func FuzzMayStart(f *testing.F) {
	for _, s := range append(fuzzSeeds, "the 5th of May", "a few weeks ago", "3 p.m.", "month of May",
		"the day before yesterday", "5 to 7 March", "the month of June", "4 of July", "2 pm EST",
		"since the 5th", "from the 8 to the 13 of May", "earlier in the week", "end of the month of May", "at the end of the October",
		"4–22 January, 2017", "on 1st March", "the 5th of May", "end of the month of May", "at the end of the October", "the 1st-3rd of May", "from 3 to 5 March", "12 noon", "5 p.m. EST", "a week ago",
		"el 5 de marzo", "5 марта", "у жовтні", "am 4. November", "entre le 8 et le 13 octobre") {
		f.Add(s, uint8(0))
	}
	langs := []string{"en", "de", "es", "fr", "ru", "uk"}
	finders := make([]*Finder, len(langs))
	for i, l := range langs {
		fd, err := New(l)
		if err != nil {
			f.Fatal(err)
		}
		finders[i] = fd
	}
	f.Fuzz(func(t *testing.T, text string, lang uint8) {
		checkGuard(t, finders[int(lang)%len(finders)], text)
	})
}
