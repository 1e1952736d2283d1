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
// row and no bracketed note, when no blank line comes first.
func TableCaption(text string, off int) (news.Span, bool) {
	line := strings.LastIndexByte(text[:off], '\n') + 1
	for n := 0; n < maxTableRows && line > 0; n++ {
		start := strings.LastIndexByte(text[:line-1], '\n') + 1
		l := strings.TrimSpace(text[start : line-1])
		if l == "" {
			return news.Span{}, false
		}
		if l[0] == '(' && l[len(l)-1] == ')' {
			line = start // a note under the caption: "(change since Tuesday in brackets)"
			continue
		}
		if !IsRow(l) {
			return news.Span{Start: start, End: line - 1}, true
		}
		line = start
	}
	return news.Span{}, false
}

// maxLabelWords bounds the label of a "Label: figure" cell.
const maxLabelWords = 8

// IsLabelRow reports whether a line, spaces trimmed, is a row of one or
// more "Label: figure" cells, cells split by " | ", each figure followed
// by nothing or a bracket: "Tanks destroyed: 135 (+4)", "Türkiye: 44,374 |
// Syria: 5,951". A sentence with a colon ("Officials said: 40 died") is
// none: the label holds no sentence punctuation and the figure ends the
// cell.
func IsLabelRow(l string) bool {
	if l == "" {
		return false
	}
	for cell := range strings.SplitSeq(l, " | ") {
		if _, _, ok := labelCell(cell); !ok {
			return false
		}
	}
	return true
}

// labelCell splits a "Label: figure (note)" cell into its label and its
// figure, as offsets into cell.
func labelCell(cell string) (label, figure news.Span, ok bool) {
	c := strings.IndexByte(cell, ':')
	if c <= 0 || c+2 > len(cell) || cell[c+1] != ' ' {
		return label, figure, false
	}
	lab := strings.TrimSpace(cell[:c])
	if lab == "" || strings.ContainsAny(lab, ".!?;\"“”") || len(strings.Fields(lab)) > maxLabelWords {
		return label, figure, false
	}
	rest := cell[c+2:]
	i := 0
	for i < len(rest) && (rest[i] >= '0' && rest[i] <= '9' || i > 0 && (rest[i] == ',' || rest[i] == '.') && i+1 < len(rest) && rest[i+1] >= '0' && rest[i+1] <= '9') {
		i++
	}
	if i == 0 {
		return label, figure, false
	}
	tail := strings.TrimSpace(rest[i:])
	if tail != "" && !(tail[0] == '(' && tail[len(tail)-1] == ')') {
		return label, figure, false
	}
	start := strings.Index(cell, lab)
	return news.Span{Start: start, End: start + len(lab)}, news.Span{Start: c + 2, End: c + 2 + i}, true
}

// LabelRowFigure returns the label of the "Label: figure" cell whose figure
// is at sp, in a line that is a label row (IsLabelRow), or false.
func LabelRowFigure(text string, sp news.Span) (news.Span, bool) {
	start := strings.LastIndexByte(text[:sp.Start], '\n') + 1
	end := strings.IndexByte(text[sp.End:], '\n')
	if end < 0 {
		end = len(text)
	} else {
		end += sp.End
	}
	line := text[start:end]
	if !IsLabelRow(strings.TrimSpace(line)) {
		return news.Span{}, false
	}
	off := start
	for cell := range strings.SplitSeq(line, " | ") {
		if label, fig, ok := labelCell(cell); ok && off+fig.Start == sp.Start {
			return news.Span{Start: off + label.Start, End: off + label.End}, true
		}
		off += len(cell) + len(" | ")
	}
	return news.Span{}, false
}

// IsRow reports whether a line, spaces trimmed, is a row of either kind:
// leaders and a figure, or "Label: figure" cells.
func IsRow(l string) bool { return IsTableRow(l) || IsLabelRow(l) }

// TableCredit returns what the credit line under a table's rows names after
// its label ("Source: ministry statement No. 31" gives "ministry statement
// No. 31"): the first line below the row at off that is no row and no
// bracketed note, when it opens with "Source:" or "Sources:".
func TableCredit(text string, off int) (news.Span, bool) {
	line := strings.LastIndexByte(text[:off], '\n') + 1
	for n := 0; n < maxTableRows && line < len(text); n++ {
		end := strings.IndexByte(text[line:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += line
		}
		l := strings.TrimSpace(text[line:end])
		switch {
		case l == "":
			return news.Span{}, false
		case IsRow(l) || l[0] == '(' && l[len(l)-1] == ')':
			line = end + 1
			continue
		}
		for _, label := range []string{"Source: ", "Sources: ", "SOURCE: ", "SOURCES: "} {
			if strings.HasPrefix(l, label) {
				start := line + strings.Index(text[line:end], label) + len(label)
				return news.Span{Start: start, End: start + len(strings.TrimSpace(text[start:end]))}, true
			}
		}
		return news.Span{}, false
	}
	return news.Span{}, false
}
