package attrib

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// definedAcronym matches a name followed by its acronym in brackets:
// "the Arakan Army (AA)", "Assistance Association for Political Prisoners
// (AAPP)".
var definedAcronym = regexp.MustCompile(`((?:[A-Z][\p{L}'’-]*[ ]+(?:(?:of|for|the|and|on|de|du)[ ]+)*){1,8})\(([A-Z][A-Z-]{1,7})\)`)

// acronyms returns the acronyms a document defines, each mapped to the
// name it stands for, when the name's initials spell the acronym.
//
// Running definedAcronym over the whole text costs more than the rest of
// the stage, so each bracketed acronym is found with a byte search and the
// expression runs only on the run of name characters before it: a match
// cannot reach past any other character, so the result is the same.
func acronyms(text string) map[string]string {
	var out map[string]string // nil for the many stories that define none
	for i := 0; i < len(text); {
		j := strings.IndexByte(text[i:], '(')
		if j < 0 {
			break
		}
		open := i + j
		end := acronymEnd(text, open)
		if end < 0 {
			i = open + 1
			continue
		}
		if m := definedAcronym.FindStringSubmatch(text[nameRunStart(text, open):end]); m != nil {
			words := strings.Fields(m[1])
			acro := strings.ReplaceAll(m[2], "-", "")
			name, ok := initialsSpell(words, acro)
			if !ok {
				name, ok = bodyBefore(words)
			}
			if ok {
				if out == nil {
					out = map[string]string{}
				}
				out[m[2]] = name
			}
		}
		i = end
	}
	return out
}

// acronymEnd returns the end of "(ACRO)" opening at text[open], an upper
// case letter and one to seven upper case letters or hyphens, or -1.
func acronymEnd(text string, open int) int {
	k := open + 1
	for k < len(text) && k-open <= 8 && (text[k] >= 'A' && text[k] <= 'Z' || k > open+1 && text[k] == '-') {
		k++
	}
	if n := k - open - 1; n < 2 || n > 8 || k >= len(text) || text[k] != ')' {
		return -1
	}
	return k + 1
}

// nameRunStart returns where the run of letters, apostrophes, hyphens and
// spaces that ends at text[end] begins: the only characters a defined
// acronym's name can be made of.
func nameRunStart(text string, end int) int {
	for end > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:end])
		if r != ' ' && r != '\'' && r != '’' && r != '-' && !unicode.IsLetter(r) {
			break
		}
		end -= size
	}
	return end
}

// bodyBefore returns the name of a body that ends the words before an
// acronym in brackets whose initials it does not spell, as a name in
// another language's acronym ("the German Insurance Association (GDV)"):
// the capitalized words, joined by "of", "for" or "and", that end in an
// organization's noun, back to an article or a month.
func bodyBefore(words []string) (string, bool) {
	if len(words) < 2 || !orgWords.has(strings.ToLower(words[len(words)-1])) {
		return "", false
	}
	start := len(words) - 1
	for start > 0 {
		w := words[start-1]
		if w == "the" || w == "The" || monthNames.has(w) || !unicode.IsUpper([]rune(w)[0]) && w != "of" && w != "for" && w != "and" {
			break
		}
		start--
	}
	for start < len(words) && !unicode.IsUpper([]rune(words[start])[0]) {
		start++
	}
	if len(words)-start < 2 {
		return "", false
	}
	return strings.Join(words[start:], " "), true
}

// initialsSpell finds the shortest tail of words whose capitalized
// initials spell acro, and returns those words joined.
func initialsSpell(words []string, acro string) (string, bool) {
	for start := len(words) - 1; start >= 0; start-- {
		var b strings.Builder
		for _, w := range words[start:] {
			if r := []rune(w)[0]; unicode.IsUpper(r) {
				b.WriteRune(r)
			}
		}
		if !unicode.IsUpper([]rune(words[start])[0]) {
			continue
		}
		if b.String() == acro {
			return strings.Join(words[start:], " "), true
		}
		if b.Len() > len(acro) {
			break
		}
	}
	return "", false
}
