package timex

import (
	"fmt"
	"sort"
	"strings"
	"testing"
	"time"

	dps "github.com/markusmobius/go-dateparser"
	"github.com/markusmobius/go-dateparser/date"
	"github.com/sitrep/sitrep/internal/news"
)

// TestCalendarAgreesWithDateparser checks the calendar arithmetic of this
// package against go-dateparser, the general parser it was once built on:
// every month word of every language's list, days that exist and days that
// do not (April 31, February 29 of a common year), with and without a year,
// day-first and month-first, and all-digit dates in each language's order.
// The finder only resolves what its grammar accepted, so the test asks for
// agreement on the day, not on which strings are dates.
func TestCalendarAgreesWithDateparser(t *testing.T) {
	ref := time.Date(2025, 3, 15, 0, 0, 0, 0, time.UTC)
	for _, lang := range []string{"en", "de", "es", "fr", "ru", "uk"} {
		t.Run(lang, func(t *testing.T) {
			f, err := New(lang)
			if err != nil {
				t.Fatal(err)
			}
			cfg := &dps.Configuration{
				Languages:            []string{lang},
				CurrentTime:          ref,
				DefaultTimezone:      time.UTC,
				PreferredDateSource:  dps.Past,
				PreferredDayOfMonth:  dps.First,
				PreferredMonthOfYear: dps.FirstMonth,
			}
			checked, unread := 0, 0
			for _, c := range calendarPhrases(f.lx) {
				got, found := resolvedDay(f, c.text, ref)
				if !found {
					continue // the grammar did not take it as a day
				}
				checked++
				d, err := (&dps.Parser{}).Parse(cfg, c.text)
				if err != nil || d.Period != date.Day && !d.Period.IsTime() {
					// go-dateparser does not read every form the word lists
					// hold (the locative "у травні" with a day); a day the
					// month lacks must still resolve to nothing.
					unread++
					if c.impossible && !got.IsZero() {
						t.Errorf("%q: resolved %s, a day that does not exist", c.text, fmtDay(got))
					}
					continue
				}
				if want := day(d.Time); !got.Equal(want) {
					t.Errorf("%q: resolved %s, dateparser %s", c.text, fmtDay(got), fmtDay(want))
				}
			}
			t.Logf("%d phrases checked, %d of them unread by dateparser", checked, unread)
			if unread > checked/2 {
				t.Errorf("dateparser read only %d of %d phrases: the comparison says little", checked-unread, checked)
			}
			if checked < 300 {
				t.Errorf("only %d phrases were taken as days", checked)
			}
		})
	}
}

// resolvedDay finds phrase as one day expression and returns its date (zero
// when it could not be resolved).
func resolvedDay(f *Finder, phrase string, ref time.Time) (time.Time, bool) {
	for _, te := range f.Find(phrase, news.Span{End: len(phrase)}, ref) {
		if te.Granularity == granDay && te.Span.Start == 0 && te.Span.End == len(phrase) {
			return te.Date, true
		}
	}
	return time.Time{}, false
}

// phrase is a calendar expression to resolve; impossible marks a day its
// month does not have.
type phrase struct {
	text       string
	impossible bool
}

// calendarPhrases writes days with each month word of the lexicon, and
// all-digit dates in every order and separator.
func calendarPhrases(lx *lexicon) []phrase {
	var months []string
	for w, info := range lx.words {
		if info.class&clMonth != 0 && !info.ambig {
			months = append(months, w)
		}
	}
	sort.Strings(months)
	var out []phrase
	add := func(impossible bool, format string, args ...any) {
		out = append(out, phrase{strings.TrimSpace(fmt.Sprintf(format, args...)), impossible})
	}
	for _, m := range months {
		mon := strings.ToUpper(m[:1]) + m[1:]
		if lx.lang == "ru" || lx.lang == "uk" {
			mon = m // Cyrillic month names are written in lower case
		}
		mo := lx.words[m].month
		for _, d := range []int{1, 9, 28, 29, 30, 31} {
			for _, y := range []int{0, 2023, 2024} {
				if y == 0 && d == 29 && mo == 2 {
					continue // no year: go-dateparser's year may lack February 29
				}
				impossible := !valid(max(y, 2024), mo, d)
				ys := ""
				if y != 0 {
					ys = fmt.Sprint(y)
				}
				add(impossible, "%d %s %s", d, mon, ys)
				if lx.lang == "en" && y == 0 {
					add(impossible, "%s %d", mon, d)
				} else if lx.lang == "en" {
					add(impossible, "%s %d, %s", mon, d, ys)
				}
			}
		}
	}
	// (a, b, year): the same numbers in both orders, days past the month's
	// end and February 29 of common and leap years.
	for _, n := range [][3]int{{3, 4, 2024}, {4, 3, 2024}, {12, 11, 2023}, {11, 12, 2023}, {25, 12, 2024}, {12, 25, 2024}, {31, 4, 2024}, {4, 31, 2024}, {29, 2, 2023}, {2, 29, 2023}, {29, 2, 2024}, {2, 29, 2024}} {
		a, b, y := n[0], n[1], n[2]
		if a <= 12 {
			add(!valid(y, a, b), "%04d-%02d-%02d", y, a, b) // ISO: always month first
		}
		for _, sep := range []string{".", "/", "-"} {
			// which of a and b is the month is the language's call; the
			// date is impossible only when neither order makes one
			impossible := !valid(y, a, b) && !valid(y, b, a)
			add(impossible, "%02d%s%02d%s%04d", a, sep, b, sep, y)
			if sep != "." {
				add(impossible, "%d%s%d%s%02d", a, sep, b, sep, y%100)
			}
		}
	}
	return out
}
