// Package timex finds time expressions in news text ("on March 5", "last
// week", "since October", "between January and February", "2024-11-04"),
// resolves them against a reference date (the publication date), and finds the
// publication date in the header of a plain-text article.
//
// Finding is a cheap token scan driven by per-language word lists (lang/*.txt,
// embedded); only the spans the scan accepts as calendar dates are handed to
// go-dateparser, and its answers are cached. Relative expressions ("last week",
// "on Monday", "late last month") are resolved here, by calendar arithmetic,
// because news usage fixes their meaning more tightly than a general parser does:
// "on Monday" is the most recent Monday on or before the reference day, and
// "last week" is the week (Monday to Sunday) before the reference day's week.
//
// Spans leave out plain prepositions ("on", "in"); they keep the words that
// change the meaning: "since", "between", "from", and the edges "early", "late",
// "mid", "earlier".
package timex
