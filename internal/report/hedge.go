package report

import "github.com/sitrep/sitrep/internal/news"

// hedgeLegend explains the marks of the proposition matrix.
const hedgeLegend = "● asserted, ◐ estimated, believed or planned, ○ reported or unconfirmed, ✕ denied"

// mark is a hedge as one glyph: how firmly a source backs a proposition.
func mark(hedge string) string {
	switch hedge {
	case "":
		return ""
	case news.HedgeAsserted:
		return "●"
	case news.HedgeEstimated, news.HedgeBelieved, news.HedgePlanned:
		return "◐"
	case news.HedgeDenied:
		return "✕"
	}
	return "○"
}
