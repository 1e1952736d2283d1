package timex

import (
	"fmt"
	"time"

	dps "github.com/markusmobius/go-dateparser"
	"github.com/markusmobius/go-dateparser/date"
)

// anchor is the reference time dateparser gets for calendar text without a
// year: a leap year, so "Feb 29" parses, and its last day, so that with
// PreferredDateSource Past every month and day land in that one year. The
// year the text meant is chosen afterwards against the real reference day;
// that keeps the cache keyed by the text alone, so it hits across documents.
var anchor = time.Date(2024, 12, 31, 0, 0, 0, 0, time.UTC)

// resolver hands calendar spans to go-dateparser and caches its answers.
type resolver struct {
	p     *dps.Parser
	cfg   *dps.Configuration
	cache *cache[dpKey, dpVal]
}

// dpKey is (span text, reference day); the reference is the zero time for the
// questions that do not depend on it, which today is all of them.
type dpKey struct {
	text string
	ref  time.Time
}

type dpVal struct {
	t      time.Time
	period date.Period
	ok     bool
}

func newResolver(lang string, size int) (*resolver, error) {
	if !dps.IsKnownLocale(lang) {
		return nil, fmt.Errorf("timex: dateparser has no locale %q", lang)
	}
	cfg := &dps.Configuration{
		Languages:            []string{lang},
		CurrentTime:          anchor,
		DefaultTimezone:      time.UTC,
		PreferredDateSource:  dps.Past,
		PreferredDayOfMonth:  dps.First,
		PreferredMonthOfYear: dps.FirstMonth,
	}
	return &resolver{p: &dps.Parser{}, cfg: cfg, cache: newCache[dpKey, dpVal](size)}, nil
}

// parse returns the calendar fields dateparser reads in text.
func (r *resolver) parse(text string) (time.Time, date.Period, bool) {
	k := dpKey{text: text}
	if v, ok := r.cache.get(k); ok {
		return v.t, v.period, v.ok
	}
	d, err := r.p.Parse(r.cfg, text)
	v := dpVal{t: d.Time, period: d.Period, ok: err == nil && !d.IsZero()}
	r.cache.put(k, v)
	return v.t, v.period, v.ok
}
