package quantity

import (
	"github.com/sitrep/sitrep/internal/analysis/wordset"
	"github.com/sitrep/sitrep/internal/news"
)

// A rate counts per unit of time: "1,523 casualties a day", "an average of
// 1,523 a day", "2,700 drones a month", "a daily average of 1,500",
// "annual output of 1.5 million shells". Figures per day and totals of a
// month or a war are different quantities, and comparing them is no
// conflict, so the rate travels with the figure (Quantity.Per).

// rateUnits are the nouns of "a day", "per week", "each month", "in 24
// hours" after a figure, by the unit they name.
var rateUnits = map[string]string{
	"day": "day", "week": "week", "month": "month", "year": "year", "night": "day",
	// German, Spanish, French, Russian, Ukrainian: "pro Tag", "al día",
	// "par jour", "в сутки", "на добу".
	"tag": "day", "woche": "week", "monat": "month", "jahr": "year",
	"día": "day", "semana": "week", "mes": "month", "año": "year",
	"jour": "day", "semaine": "week", "mois": "month", "an": "year",
	"сутки": "day", "день": "day", "неделю": "week", "месяц": "month", "год": "year",
	"добу": "day", "тиждень": "week", "місяць": "month", "рік": "year",
}

// rateMarkers stand before a unit of time to make "a day" a rate.
var rateMarkers = wordset.New(map[string]bool{
	"a": true, "an": true, "per": true, "each": true, "every": true,
	"pro": true, "je": true, "al": true, "por": true, "cada": true, "par": true,
	"в": true, "за": true, "на": true,
})

// rateAdverbs after a figure, and rateAdjectives before it, name the unit
// by themselves: "150 sorties daily", "a daily average of 1,500".
var (
	rateAdverbs    = map[string]string{"daily": "day", "weekly": "week", "monthly": "month", "annually": "year", "yearly": "year", "nightly": "day", "täglich": "day", "diariamente": "day", "ежедневно": "day", "щодня": "day", "щоденно": "day"}
	rateAdjectives = map[string]string{"daily": "day", "weekly": "week", "monthly": "month", "annual": "year", "yearly": "year", "nightly": "day"}
	// rateNouns after such an adjective make the figure a rate; a "monthly
	// total" is the figure of one month, not a rate.
	rateNouns = wordset.New(map[string]bool{"average": true, "rate": true, "output": true, "production": true, "capacity": true, "toll": true, "tally": true})
)

// per returns the unit of time quantity q counts per, or "": the words
// right after its quote ("a day", "per month", "daily"), or a rate
// adjective, a rate noun and "of" right before its number ("a daily
// average of").
func (sc *sentence) per(q news.Quantity) string {
	j := sc.tokIndex(q.End)
	if j < len(sc.toks) {
		w := sc.word(j)
		if u := rateAdverbs[w]; u != "" {
			return u
		}
		if rateMarkers.Has(w) {
			if u := rateUnits[sc.word(j+1)]; u != "" && !notRateAfter.Has(sc.word(j+2)) {
				return u
			}
		}
	}
	// "a daily average of 1,523", "annual output of 1.5 million", "a
	// daily toll of 80": the rate noun and "of" lead straight to the figure.
	first := sc.tokIndex(q.Number.Start)
	if i := first - 3; i >= 0 && sc.word(first-1) == "of" && rateNouns.Has(sc.word(i+1)) {
		return rateAdjectives[sc.word(i)]
	}
	return ""
}

// notRateAfter make "a day" a span of time instead of a rate: "a day of
// fighting", "a day after the strike", "a week or two", "a year ago".
var notRateAfter = wordset.New(map[string]bool{"of": true, "after": true, "before": true, "later": true, "earlier": true, "ago": true, "or": true, "and": true, "long": true})
