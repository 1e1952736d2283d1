package timex

import (
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/news"
)

// The reference day of most cases: Wednesday, 6 November 2024.
const wed = "2024-11-06"

func TestFind(t *testing.T) {
	tests := []struct {
		name, text, ref string
		want            []string // show() of each expression, in order
	}{
		{"month day", "On March 5, the agency said.", wed, []string{"March 5|2024-03-05|-|day|rel"}},
		{"month day after ref goes back a year", "on December 17 it said", wed, []string{"December 17|2023-12-17|-|day|rel"}},
		{"month day on ref", "on November 6 it said", wed, []string{"November 6|2024-11-06|-|day|rel"}},
		{"abbreviation with dot", "Seoul said on Nov. 4 that", wed, []string{"Nov. 4|2024-11-04|-|day|rel"}},
		{"month day before a colon", "- Gulmarg, Oct 24: Two soldiers died.", wed, []string{"Oct 24|2024-10-24|-|day|rel"}},
		{"full date", "on 4 November 2024 troops", wed, []string{"4 November 2024|2024-11-04|-|day"}},
		{"us date with year", "On Dec 23, 2024, the JCS", wed, []string{"Dec 23, 2024|2024-12-23|-|day"}},
		{"iso", "dated 2024-11-04 in the file", wed, []string{"2024-11-04|2024-11-04|-|day"}},
		{"ordinal", "on March 5th and", wed, []string{"March 5th|2024-03-05|-|day|rel"}},
		{"weekday date", "Tuesday, 5 November 2024", wed, []string{"Tuesday, 5 November 2024|2024-11-05|-|day"}},
		{"on weekday", "NHK reported on Monday that", wed, []string{"Monday|2024-11-04|-|day|rel"}},
		{"weekday same day", "said on Wednesday", wed, []string{"Wednesday|2024-11-06|-|day|rel"}},
		{"last weekday is strictly before", "last Wednesday", wed, []string{"last Wednesday|2024-10-30|-|day|rel"}},
		{"this weekday", "this Friday", wed, []string{"this Friday|2024-11-08|-|day|rel"}},
		{"yesterday", "said yesterday", wed, []string{"yesterday|2024-11-05|-|day|rel"}},
		{"today", "published today.", wed, []string{"today|2024-11-06|-|day|rel"}},
		{"day before yesterday", "the day before yesterday", wed, []string{"the day before yesterday|2024-11-04|-|day|rel"}},
		{"last week", "noted last week that", wed, []string{"last week|2024-10-28|2024-11-03|week|rel"}},
		{"this morning", "This morning officials said", wed, []string{"This morning|2024-11-06|-|day|rel"}},
		{"last night", "said last night that", wed, []string{"last night|2024-11-05|-|day|rel"}},
		{"a part of a day is no period of the calendar", "earlier in the morning troops", wed, nil},
		{"earlier this week", "In a post earlier this week on X", wed, []string{"earlier this week|2024-11-04|2024-11-05|week|rel"}},
		{"last month", "Last month, Blinken said", wed, []string{"Last month|2024-10-01|2024-10-31|month|rel"}},
		{"late last month", "Late last month, Blinken said", wed, []string{"Late last month|2024-10-16|2024-10-31|month|rel"}},
		{"earlier this month", "earlier this month", wed, []string{"earlier this month|2024-11-01|2024-11-05|month|rel"}},
		{"this year", "begin production this year", wed, []string{"this year|2024-01-01|2024-12-31|year|rel"}},
		{"last year", "signed a deal last year", wed, []string{"last year|2023-01-01|2023-12-31|year|rel"}},
		{"in month", "arrived in October and", wed, []string{"October|2024-10-01|2024-10-31|month|rel"}},
		{"month after ref", "arrived in December", wed, []string{"December|2023-12-01|2023-12-31|month|rel"}},
		{"since month", "to Russia since October to assist", wed, []string{"since October|2024-10-01|2024-11-06|month|rel"}},
		{"since month year", "since February 2022, securing", wed, []string{"since February 2022|2022-02-01|2024-11-06|month"}},
		{"month last year", "as early as November last year.", wed, []string{"November last year|2023-11-01|2023-11-30|month|rel"}},
		{"last month name", "last June", wed, []string{"last June|2023-06-01|2023-06-30|month|rel"}},
		{"between months", "sent between January and February as", "2025-03-06", []string{"between January and February|2025-01-01|2025-02-28|month|rel"}},
		{"between months across a year", "between November and February", "2025-03-06", []string{"between November and February|2024-11-01|2025-02-28|month|rel"}},
		{"from to dates", "from Oct. 2 to October 22", wed, []string{"from Oct. 2 to October 22|2024-10-02|2024-10-22|day|rel"}},
		{"day range", "on November 1-3 the", wed, []string{"November 1-3|2024-11-01|2024-11-03|day|rel"}},
		{"last fall", "agreed last fall", wed, []string{"last fall|2023-09-01|2023-11-30|season|rel"}},
		{"last autumn in spring", "agreed last autumn", "2025-04-01", []string{"last autumn|2024-09-01|2024-11-30|season|rel"}},
		{"summer of year", "in the summer of 2023", wed, []string{"summer of 2023|2023-06-01|2023-08-31|season"}},
		{"in the spring", "in the spring", wed, []string{"spring|2024-03-01|2024-05-31|season|rel"}},
		{"fall is a verb", "prices may fall further", wed, nil},
		{"fall of a city", "after the fall of Avdiivka", wed, nil},
		{"in year", "in 2023 and", wed, []string{"2023|2023-01-01|2023-12-31|year"}},
		{"since year", "since 2022", wed, []string{"since 2022|2022-01-01|2024-11-06|year"}},
		{"possessive year", "Moscow's 2022 invasion", wed, []string{"2022|2022-01-01|2022-12-31|year"}},
		{"year count", "2000 troops and 1500 people", wed, nil},
		{"thousands are no year", "sent 2,000 troops", wed, nil},
		{"decade", "since the 1950s.", wed, []string{"1950s|1950-01-01|1959-12-31|year"}},
		{"year range", "in 2022-23", wed, []string{"2022-23|2022-01-01|2023-12-31|year"}},
		{"mid year", "by mid-2025", wed, []string{"mid-2025|2025-04-01|2025-09-30|year"}},
		{"ago", "two weeks ago", wed, []string{"two weeks ago|2024-10-23|-|day|rel"}},
		{"digits ago", "3 days ago", wed, []string{"3 days ago|2024-11-03|-|day|rel"}},
		{"clock after date", "Nov 6, 2024 - 02:00", wed, []string{"Nov 6, 2024|2024-11-06|-|day", "02:00|2024-11-06T02:00|-|time"}},
		{"clock with zone", "Dec 23, 2024, 00:20 AM EST", wed, []string{"Dec 23, 2024|2024-12-23|-|day", "00:20 AM EST|2024-12-23T00:20|-|time"}},
		{"clock alone", "at 2 p.m. local time", wed, []string{"2 p.m.|-|-|time"}},
		{"may is a verb", "North Korea may send more troops", wed, nil},
		{"march is a verb", "they march on", wed, nil},
		{"may the month", "in May, troops", wed, []string{"May|2024-05-01|2024-05-31|month|rel"}},
		{"same month left alone", "The same month, the regime", wed, nil},
		{"calibre is no date", "170mm guns and KN-23 missiles", wed, nil},
		{"decimals are no date", "grew 4.22 percent", wed, nil},
		{"no ref: relative unresolved", "last week", "", []string{"last week|-|-|week|rel"}},
		{"no ref: yearless unresolved", "On March 5,", "", []string{"March 5|-|-|day|rel"}},
		{"no ref: full date resolved", "On March 5, 2025,", "", []string{"March 5, 2025|2025-03-05|-|day"}},
		{"two in a row", "on Monday and on Thursday", wed, []string{"Monday|2024-11-04|-|day|rel", "Thursday|2024-10-31|-|day|rel"}},
		{"no expression across lines", "October\n5 soldiers", wed, []string{"October|2024-10-01|2024-10-31|month|rel"}},
	}
	f := finder(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ref = zeroIfEmpty(tt.ref)
			got := showAll(tt.text, f.Find(tt.text, news.Span{Start: 0, End: len(tt.text)}, ref))
			if want := strings.Join(tt.want, "\n"); got != want {
				t.Errorf("Find(%q)\n got: %s\nwant: %s", tt.text, got, want)
			}
		})
	}
}

func TestFindWithin(t *testing.T) {
	text := "On March 5, the NIS said. Last week it said more."
	f := finder(t)
	got := f.Find(text, news.Span{Start: 26, End: len(text)}, ymdStr(wed))
	if len(got) != 1 {
		t.Fatalf("got %d expressions, want 1: %v", len(got), got)
	}
	if got, want := got[0].Of(text), "Last week"; got != want {
		t.Errorf("span text = %q, want %q", got, want)
	}
	if got := f.Find(text, news.Span{Start: 40, End: 10}, ymdStr(wed)); got != nil {
		t.Errorf("empty span: got %v, want nil", got)
	}
	if got := f.Find(text, news.Span{Start: -5, End: 1 << 20}, ymdStr(wed)); len(got) != 2 {
		t.Errorf("clamped span: got %d expressions, want 2", len(got))
	}
}

func TestNewUnknownLanguage(t *testing.T) {
	if _, err := New("xx"); err == nil {
		t.Error("New(xx): got nil error, want one")
	}
}
