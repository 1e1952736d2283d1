package timex

// kind is what a matched expression is, which decides how it is resolved.
type kind uint8

const (
	kDate       kind = iota + 1 // a calendar day: "March 5", "4 November 2024", "2024-11-04"
	kMonth                      // a month: "October", "November 2023"
	kYear                       // a year: "2023"
	kRelDay                     // "yesterday", "today", "the day before yesterday"
	kRelUnit                    // "last week", "earlier this month", "next year"
	kWeekday                    // "Monday": the most recent one on or before the reference day
	kShiftDay                   // "last Sunday", "this Friday", "next Monday"
	kShiftMonth                 // "last September", "this January"
	kMonthRel                   // "November last year"
	kSeason                     // "last fall", "the summer of 2023"
	kAgo                        // "two weeks ago"
	kClock                      // "02:00", "00:20 AM"
	kRange                      // "between January and February", "November 19-20"
	kSince                      // "since October"
)

// match is one expression the grammar accepted, before resolution.
type match struct {
	kind       kind
	start, end int // the span, byte offsets into the text
	year       int // 0 when the text gives none
	// forceYear, when set, overrides the year (a range's end lends it to its start).
	forceYear int
	month     int
	day       int
	weekday   int // -1 when none
	shift     int
	n         int    // kAgo: how many units; kRelDay: offset in days
	unit      string // day, week, month, year
	edge      string // early, late, mid, earlier, later
	hour      int
	minute    int
	a, b      *match // kRange: the two ends; kSince: a only
}
