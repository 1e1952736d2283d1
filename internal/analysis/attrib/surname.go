package attrib

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/analysis/token"
	"github.com/sitrep/sitrep/internal/news"
)

// earlierName finds the full name a single capitalized word stands for
// when the text before off introduced it: after "Ukraine's commander,
// Oleksandr Tarnavskyi, said ..." a later "Tarnavskyi said" is Oleksandr
// Tarnavskyi, and after "the Haitian National Police" a bare "Police"
// would be that body. The name is the run of up to four capitalized words
// that ends in w at its first such occurrence; a w never seen after a
// capitalized word is no one's name.
func earlierName(text string, off int, w string) (string, bool) {
	if w == "" || off > len(text) {
		return "", false
	}
	prior := text[:off]
	for from := 0; ; {
		i := strings.Index(prior[from:], w)
		if i < 0 {
			return "", false
		}
		i += from
		from = i + len(w)
		if !wordEdge(prior, i-1, true) || !wordEdge(prior, i+len(w), false) {
			continue
		}
		start, words := i, 0
		for words < 3 {
			s, ok := capitalizedBefore(prior, start)
			if !ok {
				break
			}
			start, words = s, words+1
		}
		if words > 0 {
			return prior[start : i+len(w)], true
		}
	}
}

// capitalizedBefore returns the start of the capitalized word that ends
// one space before i, if there is one that can be part of a name.
func capitalizedBefore(text string, i int) (int, bool) {
	if i < 2 || text[i-1] != ' ' {
		return 0, false
	}
	end, start := i-1, i-1
	for start > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:start])
		if !unicode.IsLetter(r) && r != '-' && r != '\'' {
			break
		}
		start -= n
	}
	w := text[start:end]
	if w == "" || !token.IsCapitalized(w) || notNamePart[w] {
		return 0, false
	}
	return start, true
}

// wordEdge reports whether the byte at i (before a word when before is
// set, else after it) is outside any word: the text's edge or no letter.
func wordEdge(text string, i int, before bool) bool {
	if i < 0 || i >= len(text) {
		return true
	}
	var r rune
	if before {
		r, _ = utf8.DecodeLastRuneInString(text[:i+1])
	} else {
		r, _ = utf8.DecodeRuneInString(text[i:])
	}
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// notNamePart are capitalized words that open sentences or titles, not
// names: "By Saturday Prigozhin ..." must not make "Saturday Prigozhin".
var notNamePart = map[string]bool{
	"The": true, "A": true, "An": true, "In": true, "On": true, "At": true, "By": true, "For": true,
	"It": true, "He": true, "She": true, "They": true, "We": true, "But": true, "And": true, "Or": true,
	"President": true, "Minister": true, "Secretary": true, "General": true, "Gen": true, "Chief": true,
	"Commander": true, "Governor": true, "Mayor": true, "Spokesman": true, "Spokeswoman": true,
	"Monday": true, "Tuesday": true, "Wednesday": true, "Thursday": true, "Friday": true, "Saturday": true,
	"Sunday": true, "Mr": true, "Mrs": true, "Ms": true, "Dr": true, "Prime": true, "Foreign": true,
	"Defence": true, "Defense": true, "Interior": true, "Lieutenant": true, "Colonel": true, "Major": true,
}

// earlierSpeaker is the speaker a single capitalized word names by
// pointing back to its full name earlier in the document.
func (sc *sentence) earlierSpeaker(w string) (speaker, bool) {
	if len(sc.toks) == 0 {
		return speaker{}, false
	}
	full, ok := earlierName(sc.d.Text, sc.toks[0].Start, w)
	if !ok {
		return speaker{}, false
	}
	for _, f := range strings.Fields(full) {
		if orgWords.has(strings.ToLower(f)) {
			return speaker{news.Source{Name: full, Type: news.SourceAgency}, "agency"}, true
		}
	}
	return speaker{news.Source{Name: full, Type: news.SourcePerson}, "person"}, true
}
