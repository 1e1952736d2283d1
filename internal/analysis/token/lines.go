package token

import (
	"strings"

	"github.com/sitrep/sitrep/internal/news"
)

// HasBlankLine reports whether s holds a line of only white space (or
// none) between two line breaks: text between two sentences that crosses
// a paragraph break.
func HasBlankLine(s string) bool {
	for {
		i := strings.IndexByte(s, '\n')
		if i < 0 {
			return false
		}
		s = s[i+1:]
		j := strings.IndexByte(s, '\n')
		if j < 0 {
			return false
		}
		if strings.TrimSpace(s[:j]) == "" {
			return true
		}
	}
}

// WholeLine reports whether sp is a whole line of text, apart from spaces
// around it: it opens after a line break (or the text's start) and ends
// before one (or the text's end).
func WholeLine(text string, sp news.Span) bool {
	if sp.Start < 0 || sp.End > len(text) || sp.Start > sp.End {
		return false
	}
	before := strings.TrimRight(text[:sp.Start], " \t")
	after := strings.TrimLeft(text[sp.End:], " \t\r")
	return (before == "" || before[len(before)-1] == '\n') && (after == "" || after[0] == '\n')
}
