package token

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/news"
)

// DatelineEnd returns where the wire dateline that opens a sentence ends
// ("DUBAI, July 10 (Harbour Wire) - ", "MOGADISHU - ", "GAZA/CAIRO, July
// 14 (Reuters) - "), or 0. The city there is where the
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
		case c == ' ' || c == '-' || c == '.' || c == '\'' || c == '/' || c >= 0x80:
			// (Two cities filed from: "GAZA/CAIRO, July 14 (Reuters) - ".)
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
	end := clockEnd(s, 0)
	if end == 0 {
		return 0
	}
	return dashedEnd(s, sp.Start, end)
}

// EntryStampEnd is StampEnd for a timeline's entries too, whose stamps may
// be approximate, a range or a part of the day before a dash ("c. 20:30 -
// Ten gunmen ...", "21:30-22:00 - Gunmen ...", "Evening - Officials ..."):
// where the entry's own words start, for reading who speaks in it. (A
// feed's items are told apart by StampEnd alone: a timeline goes on one
// story from entry to entry.)
func EntryStampEnd(text string, sp news.Span) int {
	s := sp.Of(text)
	if w, rest, ok := strings.Cut(s, " "); ok && dayParts[w] {
		if r := strings.TrimLeft(rest, " "); strings.HasPrefix(r, "- ") || strings.HasPrefix(r, "– ") || strings.HasPrefix(r, "— ") {
			_, after, _ := strings.Cut(r, " ")
			return afterStamp(s, sp.Start, len(s)-len(after))
		}
		return 0
	}
	i := 0
	for _, p := range []string{"c. ", "c.", "ca. ", "~"} {
		if strings.HasPrefix(s, p) && len(s) > len(p) && s[len(p)] >= '0' && s[len(p)] <= '9' {
			i = len(p)
			break
		}
	}
	end := clockEnd(s, i)
	if end == 0 {
		return 0
	}
	if end+1 < len(s) && s[end] == '-' {
		if e2 := clockEnd(s, end+1); e2 > 0 {
			end = e2 // "21:30-22:00"
		}
	} else if strings.HasPrefix(s[end:], "–") {
		if e2 := clockEnd(s, end+len("–")); e2 > 0 {
			end = e2 // "21:30–22:00"
		}
	}
	return dashedEnd(s, sp.Start, end)
}

// dashedEnd returns where the entry after a clock stamp ending at s[end]
// starts: after spaces and a dash or bar, at a capital or opening quote.
func dashedEnd(s string, start, end int) int {
	j := end
	for j < len(s) && (s[j] == ' ' || s[j] == '-' || s[j] == '|' || s[j] == '\t') {
		j++
	}
	if j < len(s)-2 && (strings.HasPrefix(s[j:], "–") || strings.HasPrefix(s[j:], "—")) {
		j += len("–")
		for j < len(s) && s[j] == ' ' {
			j++
		}
	}
	if j == end {
		return 0
	}
	return afterStamp(s, start, j)
}

// afterStamp returns start+j when the entry after a stamp, at s[j:], opens
// with a capital or an opening quote, else 0 ("12:30 pm was the time").
func afterStamp(s string, start, j int) int {
	if j >= len(s) {
		return 0
	}
	if r, _ := utf8.DecodeRuneInString(s[j:]); !unicode.IsUpper(r) && !strings.ContainsRune("«\"“'", r) {
		return 0
	}
	return start + j
}

// clockEnd returns where a clock time ("09:42", "8.15") starting at s[i]
// ends, or 0.
func clockEnd(s string, i int) int {
	k := i
	for k < len(s) && k < i+2 && s[k] >= '0' && s[k] <= '9' {
		k++
	}
	if k == i || k >= len(s) || s[k] != ':' && s[k] != '.' {
		return 0
	}
	k++
	if k+2 > len(s) || s[k] < '0' || s[k] > '5' || s[k+1] < '0' || s[k+1] > '9' {
		return 0
	}
	return k + 2
}

// dayParts stamp a timeline's entry when a dash follows ("Evening - ").
var dayParts = map[string]bool{
	"Morning": true, "Afternoon": true, "Evening": true, "Night": true, "Midday": true, "Noon": true,
	"Midnight": true, "Dawn": true, "Overnight": true, "Later": true,
}
