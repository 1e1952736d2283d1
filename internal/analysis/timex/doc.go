// Package timex finds time expressions in news text ("on March 5", "last
// week", "since October", "between January and February", "2024-11-04"),
// resolves them against a reference date (the publication date), and finds the
// publication date in the header of a plain-text article.
//
// Finding is a cheap token scan driven by per-language word lists (lang/*.txt,
// embedded); the scan reads a calendar date's day, month and year itself, so
// resolving one is calendar arithmetic: all-digit dates follow go-dateparser's
// orders (month first in English, day first elsewhere), and a test checks
// every month word of every language against go-dateparser. Relative
// expressions ("last week", "on Monday", "late last month") are resolved here
// too, because news usage fixes their meaning more tightly than a general
// parser does: "on Monday" is the most recent Monday on or before the
// reference day, and "last week" is the week (Monday to Sunday) before the
// reference day's week.
//
// Spans leave out plain prepositions ("on", "in"); they keep the words that
// change the meaning: "since", "between", "from", and the edges "early", "late",
// "mid", "earlier".
package timex
