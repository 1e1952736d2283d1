package timex

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sitrep/sitrep/internal/news"
)

func TestPublished(t *testing.T) {
	now := ymdStr("2025-03-10")
	tests := []struct {
		name, text string
		now        time.Time
		want, line string // want "" means none found
	}{
		{"date and clock", "Headline here\n\nNov 6, 2024 - 02:00\nBody text.", now, "2024-11-06", "Nov 6, 2024 - 02:00"},
		{"clock with zone", "Title\nBy EFE\n\nDec 23, 2024, 00:20 AM EST\n\nText.", now, "2024-12-23", "Dec 23, 2024, 00:20 AM EST"},
		{"iso", "Title\n2024-11-06\nText", now, "2024-11-06", "2024-11-06"},
		{"day month year", "Title\n  6 November 2024  \nText", now, "2024-11-06", "6 November 2024"},
		{"published prefix", "Title\nPublished: 6 November 2024, 10:15 GMT\nText", now, "2024-11-06", "Published: 6 November 2024, 10:15 GMT"},
		{"weekday without year", "Monday, December 23\n\nTitle of the story\n\nText.", now, "2024-12-23", "Monday, December 23"},
		{"weekday without year bounded by now", "Monday, December 23\nText", ymdStr("2024-12-22"), "2019-12-23", "Monday, December 23"},
		{"weekday without year, none in seven years", "Friday, February 29\nText", now, "", ""},
		{"year beats weekday line", "Monday, December 23\nTitle\nDec 23, 2024, 00:20 AM EST\n", now, "2024-12-23", "Dec 23, 2024, 00:20 AM EST"},
		{"date in prose is no date line", "Title\nOn March 5, South Korea's intelligence agency revealed that North Korean soldiers were training.\n", now, "", ""},
		{"year-less without weekday", "Title\nDecember 23\nText", now, "", ""},
		{"nothing", "Just a title\nAnd some text.", now, "", ""},
		{"empty", "", now, "", ""},
		{"nbsp", "T\nNov 6, 2024\u00a0-\u00a002:00\n", now, "2024-11-06", "Nov 6, 2024\u00a0-\u00a002:00"},
		{"wire dateline", "Title\n\nSEOUL, Feb 27, 2025 (Yonhap) -- North Korea has sent more troops to Russia, the military said on Thursday, citing intelligence.\n", now, "2025-02-27", "Feb 27, 2025"},
		{"prose after a comma is no dateline", "Title\n\nIn Seoul, Feb 27, 2025 was a quiet day for the markets and for the many officials who had spent the week at meetings.\n", now, "", ""},
	}
	f := finder(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, line, ok := f.Published(tt.text, tt.now)
			if tt.want == "" {
				if ok {
					t.Errorf("Published = %v (line %q), want none", got, line.Of(tt.text))
				}
				return
			}
			if !ok {
				t.Fatalf("Published found nothing, want %s", tt.want)
			}
			if got, want := fmtDay(got), tt.want; got != want {
				t.Errorf("date = %s, want %s", got, want)
			}
			if got, want := line.Of(tt.text), tt.line; got != want {
				t.Errorf("line = %q, want %q", got, want)
			}
		})
	}
}

func TestPublishedSeeds(t *testing.T) {
	dir := filepath.Join(sharedDir(t), "seeds")
	// The seeds that carry a date in their header; the others have none.
	want := map[string]string{
		"001_d62bf18830b6d292.txt": "2024-11-06",
		"002_72102011000914e8.txt": "2024-12-23",
	}
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) == 0 {
		t.Skipf("no seeds in %s", dir)
	}
	f := finder(t)
	for _, file := range files {
		name := filepath.Base(file)
		t.Run(name, func(t *testing.T) {
			b, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			d, _, ok := f.Published(string(b), ymdStr("2025-06-01"))
			got := "none"
			if ok {
				got = fmtDay(d)
			}
			w, has := want[name]
			if !has {
				w = "none"
			}
			if got != w {
				t.Errorf("Published = %s, want %s", got, w)
			}
		})
	}
}

// countWordsRef counts as dateLine did before it reused the line's tokens:
// each span tokenized on its own.
func countWordsRef(f *Finder, text string, sp news.Span) int {
	n := 0
	for _, t := range tokenize(f.lx, text, sp.Start, sp.End, nil) {
		if t.kind == tkPunct || t.class&(clPubPrefix|clTZ|clAMPM) != 0 {
			continue
		}
		n++
	}
	return n
}

// TestCountWordsMatchesReference: counting a line's tokens within the
// matched spans gives what tokenizing each span gives, on every line of
// the corpora.
func TestCountWordsMatchesReference(t *testing.T) {
	for _, lang := range []string{"en", "de", "es", "fr", "ru", "uk"} {
		t.Run(lang, func(t *testing.T) {
			f, err := New(lang)
			if err != nil {
				t.Fatal(err)
			}
			for _, text := range guardTexts(t, lang) {
				for off := 0; off < len(text); {
					end := strings.IndexByte(text[off:], '\n')
					if end < 0 {
						end = len(text) - off
					}
					line := news.Span{Start: off, End: off + end}
					off += end + 1
					buf := f.tokens(text, line)
					var matched []news.Span
					f.scanTokens(text, *buf, func(m match) { matched = append(matched, news.Span{Start: m.start, End: m.end}) })
					words, covered := countWords(*buf, matched)
					wantCovered := 0
					for _, sp := range matched {
						wantCovered += countWordsRef(f, text, sp)
					}
					if want := countWordsRef(f, text, line); words != want || covered != wantCovered {
						t.Fatalf("line %q: %d words, %d covered; want %d, %d", line.Of(text), words, covered, want, wantCovered)
					}
					f.pool.Put(buf)
				}
			}
		})
	}
}
