package timex

import (
	"testing"
	"time"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/news"
)

var fuzzSeeds = []string{
	"On March 5, the NIS said last week that 11,000 troops arrived since October.",
	"Nov 6, 2024\u00a0-\u00a002:00", "Monday, December 23\nDec 23, 2024, 00:20 AM EST",
	"between January and February", "from Oct. 2 to October 22", "2024-11-04T10:00Z",
	"in 2022-23, 1950s, mid-2025, two weeks ago", "November 19-20, 2024", "4-22 January, 2017",
	"the day before yesterday", "last fall", "9-18-15 21/04/2016", "\xff\xfeMarch 5", "May\n5",
}

func checkSpans(t *testing.T, text string, within news.Span, tes []news.TimeExpr) {
	t.Helper()
	// Rune boundaries as decoding sees them: a stray byte of invalid UTF-8
	// is a rune of its own.
	bound := make([]bool, len(text)+1)
	for i := 0; i < len(text); {
		bound[i] = true
		_, n := utf8.DecodeRuneInString(text[i:])
		i += n
	}
	bound[len(text)] = true
	for _, te := range tes {
		sp := te.Span
		if !sp.Valid(len(text)) || sp.Empty() {
			t.Fatalf("span [%d,%d) invalid in text of %d bytes", sp.Start, sp.End, len(text))
		}
		if sp.Start < within.Start || sp.End > within.End {
			t.Fatalf("span [%d,%d) outside within [%d,%d)", sp.Start, sp.End, within.Start, within.End)
		}
		if !bound[sp.Start] || !bound[sp.End] {
			t.Fatalf("span [%d,%d) not on rune boundaries in %q", sp.Start, sp.End, text)
		}
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s, 0, len(s), int64(1730851200))
	}
	fd := finder(f)
	f.Fuzz(func(t *testing.T, text string, start, end int, refUnix int64) {
		within := news.Span{Start: start, End: end}
		var ref time.Time
		if refUnix > -1e10 && refUnix < 1e10 {
			ref = time.Unix(refUnix, 0).UTC()
		}
		tes := fd.Find(text, within, ref)
		within.Start, within.End = max(within.Start, 0), min(within.End, len(text))
		checkSpans(t, text, within, tes)
	})
}

func FuzzPublished(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	fd := finder(f)
	now := ymdStr("2025-01-01")
	f.Fuzz(func(t *testing.T, text string) {
		d, line, ok := fd.Published(text, now)
		if !ok {
			return
		}
		if d.IsZero() {
			t.Fatal("found a zero date")
		}
		checkSpans(t, text, news.Span{Start: 0, End: len(text)}, []news.TimeExpr{{Span: line}})
	})
}
