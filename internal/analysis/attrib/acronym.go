package attrib

import (
	"regexp"
	"strings"
	"unicode"
)

// definedAcronym matches a name followed by its acronym in brackets:
// "the Arakan Army (AA)", "Assistance Association for Political Prisoners
// (AAPP)".
var definedAcronym = regexp.MustCompile(`((?:[A-Z][\p{L}'’-]*[ ]+(?:(?:of|for|the|and|on|de|du)[ ]+)*){1,8})\(([A-Z][A-Z-]{1,7})\)`)

// acronyms returns the acronyms a document defines, each mapped to the
// name it stands for, when the name's initials spell the acronym.
func acronyms(text string) map[string]string {
	out := map[string]string{}
	for _, m := range definedAcronym.FindAllStringSubmatch(text, -1) {
		words := strings.Fields(m[1])
		acro := strings.ReplaceAll(m[2], "-", "")
		if name, ok := initialsSpell(words, acro); ok {
			out[m[2]] = name
		}
	}
	return out
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
