package token

// Plain-text tables: rows of a label, leaders and a figure under a caption.

import (
	"strings"

	"github.com/sitrep/sitrep/internal/news"
)

// maxTableRows bounds how many rows above a row its table's caption may
// stand.
const maxTableRows = 12

// IsTableRow reports whether a line, spaces trimmed, is a table row: a
// label, leaders (two or more dots, three or more spaces, a tab or an
// ellipsis) and a figure at its end: "Sindh .................... 724".
func IsTableRow(l string) bool {
	i := len(l)
	for i > 0 && (l[i-1] >= '0' && l[i-1] <= '9' || l[i-1] == ',' || l[i-1] == '.' && i > 1 && l[i-2] >= '0' && l[i-2] <= '9') {
		i--
	}
	if i == len(l) || i == 0 {
		return false
	}
	lead := l[:i]
	label := strings.TrimRight(lead, " .…\t")
	if label == "" || label == lead {
		return false
	}
	gap := lead[len(label):]
	return strings.Count(gap, ".") >= 2 || strings.Contains(gap, "   ") || strings.Contains(gap, "\t") || strings.Contains(gap, "…")
}

// RowFigure reports whether the figure at sp ends a table row's line.
func RowFigure(text string, sp news.Span) bool {
	end := strings.IndexByte(text[sp.End:], '\n')
	if end < 0 {
		end = len(text) - sp.End
	}
	if strings.TrimSpace(text[sp.End:sp.End+end]) != "" {
		return false
	}
	start := strings.LastIndexByte(text[:sp.Start], '\n') + 1
	return IsTableRow(strings.TrimSpace(text[start:sp.End]))
}

// TableCaption returns the line above the rows of the table whose row
// starts its line at or before off: the first line above them that is no
// row, when no blank line comes first.
func TableCaption(text string, off int) (news.Span, bool) {
	line := strings.LastIndexByte(text[:off], '\n') + 1
	for n := 0; n < maxTableRows && line > 0; n++ {
		start := strings.LastIndexByte(text[:line-1], '\n') + 1
		l := strings.TrimSpace(text[start : line-1])
		if l == "" {
			return news.Span{}, false
		}
		if !IsTableRow(l) {
			return news.Span{Start: start, End: line - 1}, true
		}
		line = start
	}
	return news.Span{}, false
}
