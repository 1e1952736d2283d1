package timex

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/news"
)

var months = []string{"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}

// corpus builds about n bytes of news text from testdata/news.txt, filling in
// dates that vary from paragraph to paragraph so that the dateparser cache
// meets as many distinct spans as a real collection of articles would.
func corpus(tb testing.TB, n int) string {
	tb.Helper()
	tmpl, err := os.ReadFile("testdata/news.txt")
	if err != nil {
		tb.Fatal(err)
	}
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		d, m, y := i%28+1, i%12, 2015+i%10
		r := strings.NewReplacer("{MONTH}", months[m], "{MONTH2}", months[(m+5)%12], "{DAY}", fmt.Sprint(d),
			"{YEAR}", fmt.Sprint(y), "{YEAR2}", fmt.Sprint(y-1), "{MM}", fmt.Sprintf("%02d", m+1), "{DD}", fmt.Sprintf("%02d", d))
		b.WriteString(r.Replace(string(tmpl)))
		b.WriteString("\n")
	}
	return b.String()
}

// BenchmarkFind runs over about 1 MB with a warm cache, as a long-running
// process sees it.
func BenchmarkFind(b *testing.B) {
	text := corpus(b, 1<<20)
	f := finder(b)
	ref := ymdStr(wed)
	f.Find(text, news.Span{Start: 0, End: len(text)}, ref)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		f.Find(text, news.Span{Start: 0, End: len(text)}, ref)
	}
}

// BenchmarkFindCold starts every pass with an empty cache: the cost of the
// first megabyte a process sees.
func BenchmarkFindCold(b *testing.B) {
	text := corpus(b, 1<<20)
	ref := ymdStr(wed)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		f, err := New("en")
		if err != nil {
			b.Fatal(err)
		}
		f.Find(text, news.Span{Start: 0, End: len(text)}, ref)
	}
}

// BenchmarkFindSentences calls Find once a sentence, as the Stage does.
func BenchmarkFindSentences(b *testing.B) {
	text := corpus(b, 1<<20)
	sents := sentences(text, nil)
	f := finder(b)
	ref := ymdStr(wed)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		for _, s := range sents {
			f.Find(text, s.Span, ref)
		}
	}
}

func BenchmarkPublished(b *testing.B) {
	text := "Headline of the story\n\nDec 23, 2024, 00:20 AM EST\n\n" + corpus(b, 4000)
	f := finder(b)
	now := ymdStr("2025-01-01")
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		f.Published(text, now)
	}
}
