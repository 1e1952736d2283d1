package token

import (
	"strings"
	"unicode"
	"unicode/utf8"

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

// StampEnd returns where a live blog's or a news feed's time stamp that
// opens a sentence ends ("09:42 Civil protection chief ...", "08.15 - The
// mayor ...", "22:40 Зеленський: ..."), or 0: the clock time, then spaces
// and an optional dash or bar, before a capital or an opening quote.
func StampEnd(text string, sp news.Span) int {
	s := sp.Of(text)
	i := 0
	for i < len(s) && i < 2 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == 0 || i >= len(s) || s[i] != ':' && s[i] != '.' {
		return 0
	}
	i++
	if i+2 > len(s) || s[i] < '0' || s[i] > '5' || s[i+1] < '0' || s[i+1] > '9' {
		return 0
	}
	i += 2
	j := i
	for j < len(s) && (s[j] == ' ' || s[j] == '-' || s[j] == '|' || s[j] == '\t') {
		j++
	}
	if j == i || j >= len(s) {
		return 0
	}
	if r, _ := utf8.DecodeRuneInString(s[j:]); !unicode.IsUpper(r) && !strings.ContainsRune("«\"“'", r) {
		return 0 // "12:30 pm was the time"
	}
	return sp.Start + j
}
