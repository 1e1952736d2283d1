package token

import "strings"

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
