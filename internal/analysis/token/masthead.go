package token

import (
	"strings"
	"unicode"

	"github.com/sitrep/sitrep/internal/news"
)

// maxMastheadWords bounds an outlet's name in a masthead.
const maxMastheadWords = 6

// Masthead returns the outlet a plain-text page names in capitals on its
// first line, above the headline: "INDUS RELIEF NETWORK", "ISLAND FM NEWS
// — 1300 BULLETIN" (the part before a separator), "GROUNDTRUTH LAB —
// open-source investigations", written in ordinary capitals ("Indus Relief
// Network", "Island FM News"). "" when the first line is the headline
// itself, prose, or not in capitals.
func Masthead(text string, headline news.Span) string {
	start := 0
	for start < len(text) && (text[start] == '\n' || text[start] == ' ' || text[start] == '\t' || text[start] == '\r') {
		start++
	}
	end := strings.IndexByte(text[start:], '\n')
	if end < 0 {
		return ""
	}
	end += start
	if headline.Empty() || headline.Start <= start {
		return ""
	}
	name, ok := CapsName(text[start:end])
	if !ok || rubrics[strings.ToLower(name)] || rubricEnds[strings.ToLower(name[strings.LastIndexByte(name, ' ')+1:])] {
		return "" // "PRESS RELEASE", "OPERATIONAL UPDATE" name the kind of text, not who wrote it
	}
	words := strings.Fields(name)
	for i, w := range words {
		words[i] = outletWord(w, i == 0)
	}
	return strings.Join(words, " ")
}

// rubrics are lines in capitals that say what kind of text follows.
var rubrics = map[string]bool{
	"press release": true, "news release": true, "media release": true, "press statement": true,
	"official statement": true, "for immediate release": true, "breaking news": true, "field report": true,
	"situation report": true, "risk advisory": true, "travel advisory": true, "fact sheet": true,
}

// rubricEnds end a line in capitals that says what kind of text follows
// rather than who wrote it: "OPERATIONAL UPDATE", "MORNING BRIEF".
var rubricEnds = map[string]bool{
	"update": true, "updates": true, "brief": true, "briefing": true, "release": true, "statement": true,
	"advisory": true, "summary": true,
}

// CapsName returns the name in capitals a masthead line opens with, the
// part before a separator ("ISLAND FM NEWS — 1300 BULLETIN"): two to six
// words of capitals, digits and the marks names use.
func CapsName(line string) (string, bool) {
	name := line
	for _, sep := range []string{" — ", " – ", " | ", " · ", " - "} {
		if i := strings.Index(name, sep); i >= 0 {
			name = name[:i]
		}
	}
	name = strings.TrimSpace(name)
	if w := 1 + strings.Count(name, " "); w < 2 || w > maxMastheadWords || strings.Contains(name, "  ") {
		return "", false
	}
	letters := 0
	for _, r := range name {
		switch {
		case unicode.IsLetter(r):
			if !unicode.IsUpper(r) {
				return "", false
			}
			letters++
		case unicode.IsDigit(r) || r == ' ' || r == '&' || r == '\'' || r == '’' || r == '-' || r == '.':
		default:
			return "", false
		}
	}
	return name, letters >= 3
}

// outletWord writes a word of a name in capitals as a name writes it:
// "NETWORK" -> "Network", "OF" -> "of", and short words that are no
// function words kept as acronyms ("FM", "UN").
func outletWord(w string, first bool) string {
	lower := strings.ToLower(w)
	switch lower {
	case "of", "the", "and", "for", "on", "in", "at", "to":
		if !first {
			return lower
		}
	}
	if len([]rune(w)) <= 2 {
		return w
	}
	r := []rune(lower)
	r[0] = unicode.ToUpper(r[0])
	return string(r)
}
