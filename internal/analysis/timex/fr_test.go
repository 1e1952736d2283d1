package timex

import (
	"testing"

	"github.com/sitrep/sitrep/internal/news"
)

// TestFrenchDayRangeWithArticles reads "entre le 8 et le 13 octobre", where
// French repeats the article before the second day, as one range of days.
func TestFrenchDayRangeWithArticles(t *testing.T) {
	f, err := New("fr")
	if err != nil {
		t.Fatal(err)
	}
	text := "acheminé entre le 8 et le 13 octobre vers Vladivostok"
	got := showAll(text, f.Find(text, news.Span{Start: 0, End: len(text)}, ymdStr(wed)))
	if want := "entre le 8 et le 13 octobre|2024-10-08|2024-10-13|day|rel"; got != want {
		t.Errorf("Find(%q)\n got: %s\nwant: %s", text, got, want)
	}
}
