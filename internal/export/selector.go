package export

import "unicode/utf8"

// contextChars is how many characters of context a TextQuoteSelector keeps
// on each side of the quote: enough to find it again in an edited copy.
const contextChars = 32

// Selector is a W3C Web Annotation selector: TextQuoteSelector carries
// Exact, Prefix and Suffix; TextPositionSelector carries Start and End.
type Selector struct {
	Type   string `json:"type"`
	Exact  string `json:"exact,omitempty"`
	Prefix string `json:"prefix,omitempty"`
	Suffix string `json:"suffix,omitempty"`
	Start  *int   `json:"start,omitempty"`
	End    *int   `json:"end,omitempty"`
}

// Selectors returns the quote and position selectors of text[start:end]
// (byte offsets). Web Annotation positions count characters (code points),
// not bytes, so the offsets are converted; the claim keeps its byte offsets.
func Selectors(text string, start, end int) []Selector {
	cs := utf8.RuneCountInString(text[:start])
	ce := cs + utf8.RuneCountInString(text[start:end])
	return []Selector{
		{Type: "TextQuoteSelector", Exact: text[start:end], Prefix: lastChars(text[:start], contextChars),
			Suffix: firstChars(text[end:], contextChars)},
		{Type: "TextPositionSelector", Start: &cs, End: &ce},
	}
}

func lastChars(s string, n int) string {
	i := len(s)
	for ; n > 0 && i > 0; n-- {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return s[i:]
}

func firstChars(s string, n int) string {
	i := 0
	for ; n > 0 && i < len(s); n-- {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return s[:i]
}
