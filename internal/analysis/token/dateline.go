package token

import (
	"strings"

	"github.com/sitrep/sitrep/internal/news"
)

// DatelineEnd returns where the wire dateline that opens a sentence ends
// ("DUBAI, July 10 (Harbour Wire) - ", "MOGADISHU - "), or 0. The city there is where the
// reporter filed from, not where anything happened.
func DatelineEnd(text string, sp news.Span) int {
	s := sp.Of(text)
	if len(s) > 100 {
		s = s[:100]
	}
	// The city in capitals, then a comma or a bracket: "KYIV,", "PORT-AU-PRINCE (".
	// Most sentences fail this at their second letter, before any search
	// for the dash.
	caps := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'A' && c <= 'Z':
			caps++
		case c == ' ' && caps >= 3:
			// The city alone before the dash: "MOGADISHU - Two car bombs".
			for _, sep := range []string{" - ", " — ", " – ", " -- "} {
				if strings.HasPrefix(s[i:], sep) {
					return sp.Start + i + len(sep)
				}
			}
		case c == ' ' || c == '-' || c == '.' || c == '\'' || c >= 0x80:
		case c == ',' || c == '(':
			if caps < 2 {
				return 0
			}
			dash := -1
			for _, sep := range []string{" - ", " — ", " – ", " -- "} {
				if i := strings.Index(s, sep); i > 0 && (dash < 0 || i < dash) {
					dash = i + len(sep)
				}
			}
			if dash < 0 {
				return 0
			}
			return sp.Start + dash
		default:
			return 0
		}
	}
	return 0
}

// Roundup reports whether a document is a roundup of stories, each under
// a dateline of its own ("MOGADISHU - ...", "SEOUL - ..."): two or more
// sentences that open a line do with one. In a roundup a dateline's city
// is where its story happened, and nothing carries over from the story
// before.
func Roundup(text string, sents []news.Sentence) bool {
	n := 0
	for _, s := range sents {
		if s.Boilerplate || s.Start > 0 && text[s.Start-1] != '\n' {
			continue
		}
		if DatelineEnd(text, s.Span) > 0 {
			if n++; n >= 2 {
				return true
			}
		}
	}
	return false
}
