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
	if lab == "" || strings.ContainsAny(lab, ".!?;\"“”") || moreWords(lab, maxLabelWords) {
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
	if sp.Start < 2 || text[sp.Start-2:sp.Start] != ": " {
		// A cell's figure follows its label's colon and one space: any
		// other figure is none, whatever its line, and prose's figures
		// need no read of their whole paragraph.
		return news.Span{}, false
	}
	start, end := lineAround(text, sp)
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

// maxColumnRows bounds the rows between a figure's row and its table's
// header line.
const maxColumnRows = 40

// cellSpans splits a line into the cells of a table of columns: runs of
// text split by two or more spaces or a tab. Offsets are the line's.
func cellSpans(line string) []news.Span {
	var cells []news.Span
	start := -1
	for i := 0; i < len(line); i++ {
		c := line[i]
		gap := c == '\t' || c == ' ' && i+1 < len(line) && (line[i+1] == ' ' || line[i+1] == '\t')
		if c == ' ' && !gap && start < 0 {
			continue
		}
		if gap {
			if start >= 0 {
				cells = append(cells, news.Span{Start: start, End: i})
				start = -1
			}
			for i+1 < len(line) && (line[i+1] == ' ' || line[i+1] == '\t') {
				i++
			}
			continue
		}
		if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		end := len(line)
		for end > start && (line[end-1] == ' ' || line[end-1] == '\r') {
			end--
		}
		cells = append(cells, news.Span{Start: start, End: end})
	}
	return cells
}

// afterColumnGap reports whether a figure starting at off may lie in a
// numeric cell after the first of a row (what ColumnFigure reads): the
// cell's characters before off are a figure's, and the cell opens after
// a tab or two spaces. A figure that does not is in no such cell.
func afterColumnGap(text string, off int) bool {
	j := off
	for j > 0 && numericByte(text[j-1]) {
		j--
	}
	return j > 0 && (text[j-1] == '\t' || text[j-1] == ' ' && j > 1 && (text[j-2] == ' ' || text[j-2] == '\t'))
}

// numericByte reports whether c may stand in a numeric cell
// (numericCell) holding digits.
func numericByte(c byte) bool {
	return c >= '0' && c <= '9' || c == ',' || c == '.' || c == '+' || c == '%'
}

// numericCell reports whether a cell holds only a figure: digits with
// separators, or a dash for none.
func numericCell(s string) bool {
	if s == "-" || s == "–" || s == "—" {
		return true
	}
	digits := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c == ',' || c == '.' || c == '+' || c == '%':
		default:
			return false
		}
	}
	return digits > 0
}

// columnRow returns the cells of a line that is a row of a table of
// columns: a label, then two or more figures.
func columnRow(line string) ([]news.Span, bool) {
	if !strings.Contains(line, "  ") && strings.IndexByte(line, '\t') < 0 {
		return nil, false // prose: no cells (the common case, read first)
	}
	cells := cellSpans(line)
	if len(cells) < 3 || numericCell(cells[0].Of(line)) {
		return nil, false
	}
	for _, c := range cells[1:] {
		if !numericCell(c.Of(line)) {
			return nil, false
		}
	}
	return cells, true
}

// ColumnCell is where a figure stands in a plain-text table of columns.
type ColumnCell struct {
	Header      news.Span // the header of the figure's column: "Injured"
	Label       news.Span // the label of its row: "Blantyre"
	LabelHeader news.Span // the header over the labels: "District"
}

// ColumnFigure reads the figure at sp as a cell of a plain-text table of
// columns: a header line of words ("District  Deaths  Injured  Missing")
// over rows of a label and a figure per column ("Blantyre  190  620  37"),
// cells split by two or more spaces or a tab.
func ColumnFigure(text string, sp news.Span) (ColumnCell, bool) {
	var cc ColumnCell
	if !afterColumnGap(text, sp.Start) {
		return cc, false // prose: no read of the figure's whole paragraph
	}
	start, end := lineAround(text, sp)
	cells, ok := columnRow(text[start:end])
	if !ok {
		return cc, false
	}
	col := -1
	for i, c := range cells {
		if start+c.Start <= sp.Start && sp.End <= start+c.End {
			col = i
		}
	}
	if col < 1 {
		return cc, false
	}
	cc.Label = news.Span{Start: start + cells[0].Start, End: start + cells[0].End}
	line := start
	for n := 0; n < maxColumnRows && line > 0; n++ {
		ps := strings.LastIndexByte(text[:line-1], '\n') + 1
		l := strings.TrimSuffix(text[ps:line-1], "\r") // a Windows line end is no cell
		if strings.TrimSpace(l) == "" {
			return cc, false
		}
		if row, ok := columnRow(l); ok && len(row) == len(cells) {
			line = ps
			continue
		}
		hc := cellSpans(l)
		if len(hc) != len(cells) {
			return cc, false
		}
		for _, c := range hc {
			if numericCell(c.Of(l)) {
				return cc, false
			}
		}
		cc.LabelHeader = news.Span{Start: ps + hc[0].Start, End: ps + hc[0].End}
		cc.Header = news.Span{Start: ps + hc[col].Start, End: ps + hc[col].End}
		if cc.LabelHeader.Empty() || cc.Header.Empty() {
			return cc, false
		}
		return cc, true
	}
	return cc, false
}

// lineAround returns the bounds of the line that holds sp, without its
// line break.
func lineAround(text string, sp news.Span) (start, end int) {
	start = strings.LastIndexByte(text[:sp.Start], '\n') + 1
	end = strings.IndexByte(text[sp.End:], '\n')
	if end < 0 {
		return start, len(text)
	}
	return start, end + sp.End
}

// moreWords reports whether s has more than n words (strings.Fields),
// counting no further and making no slice of them.
func moreWords(s string, n int) bool {
	for range strings.FieldsSeq(s) {
		if n--; n < 0 {
			return true
		}
	}
	return false
}
