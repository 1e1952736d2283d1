package timex

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/sitrep/sitrep/internal/news"
)

// sentences splits text into one sentence per line, for tests.
func sentences(text string, boiler map[int]bool) []news.Sentence {
	var out []news.Sentence
	off := 0
	for i, line := range strings.SplitAfter(text, "\n") {
		out = append(out, news.Sentence{Span: news.Span{Start: off, End: off + len(strings.TrimRight(line, "\n"))}, Boilerplate: boiler[i]})
		off += len(line)
	}
	return out
}

func TestStage(t *testing.T) {
	text := "Title of the story\nNov 6, 2024 - 02:00\nThe NIS said last week that troops arrived in October.\nRead more: yesterday's news\n"
	now := func() time.Time { return ymdStr("2025-01-01") }
	tests := []struct {
		name          string
		published     time.Time
		fixed         bool
		wantPublished string
		wantDateline  string
		wantTimes     []string
	}{
		{"from header", time.Time{}, false, "2024-11-06", "Nov 6, 2024 - 02:00", []string{
			"Nov 6, 2024|2024-11-06|-|day", "02:00|2024-11-06T02:00|-|time",
			"last week|2024-10-28|2024-11-03|week|rel", "October|2024-10-01|2024-10-31|month|rel"}},
		{"fixed by caller", ymdStr("2025-03-06"), true, "2025-03-06", "", []string{
			"Nov 6, 2024|2024-11-06|-|day", "02:00|2024-11-06T02:00|-|time",
			"last week|2025-02-24|2025-03-02|week|rel", "October|2024-10-01|2024-10-31|month|rel"}},
		{"fixed but unknown", time.Time{}, true, "-", "", []string{
			"Nov 6, 2024|2024-11-06|-|day", "02:00|2024-11-06T02:00|-|time",
			"last week|-|-|week|rel", "October|-|-|month|rel"}},
	}
	st := finder(t).Stage(now)
	if got, want := st.Name(), "time"; got != want {
		t.Errorf("Name() = %q, want %q", got, want)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &news.Doc{Text: text, Meta: news.Meta{Published: tt.published}, PublishedFixed: tt.fixed,
				Sentences: sentences(text, map[int]bool{3: true})}
			if err := st.Annotate(context.Background(), d); err != nil {
				t.Fatalf("Annotate: %v", err)
			}
			if err := d.Check(); err != nil {
				t.Fatalf("Check: %v", err)
			}
			if got, want := fmtDay(d.Meta.Published), tt.wantPublished; got != want {
				t.Errorf("Published = %s, want %s", got, want)
			}
			if got, want := d.Dateline.Of(text), tt.wantDateline; got != want {
				t.Errorf("Dateline = %q, want %q", got, want)
			}
			if got, want := showAll(text, d.Times), strings.Join(tt.wantTimes, "\n"); got != want {
				t.Errorf("Times\n got: %s\nwant: %s", got, want)
			}
		})
	}
}

func TestStageCanceled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	text := "on Monday\n"
	d := &news.Doc{Text: text, Sentences: sentences(text, nil)}
	if err := finder(t).Stage(nil).Annotate(ctx, d); err == nil {
		t.Error("Annotate with a canceled context: got nil error")
	}
}
