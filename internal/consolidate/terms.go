package consolidate

import (
	_ "embed"
	"slices"
	"strings"
	"unicode"
)

var (
	//go:embed data/stopwords.txt
	stopwordsTxt string
	//go:embed data/synonyms.txt
	synonymsTxt string

	stopwords = parseWords(stopwordsTxt)
	synonyms  = parseSynonyms(synonymsTxt)
)

func parseWords(s string) map[string]bool {
	m := map[string]bool{}
	for _, line := range strings.Split(s, "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue
		}
		for _, w := range strings.Fields(line) {
			m[w] = true
		}
	}
	return m
}

func parseSynonyms(s string) map[string][]string {
	m := map[string][]string{}
	eachEntry(s, "=", func(w, to string) { m[w] = strings.Fields(to) })
	return m
}

// eachEntry calls fn with the key and the rest of each "key SEP rest" line
// of a data file, trimmed; blank lines and # comments are skipped.
func eachEntry(s, sep string, fn func(key, rest string)) {
	for _, line := range strings.Split(s, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if key, rest, ok := strings.Cut(line, sep); ok {
			fn(strings.TrimSpace(key), rest)
		}
	}
}

// terms returns the content terms of a statement: lowercased words without
// stopwords, folded through the synonym table and lightly stemmed, each once.
func terms(s string) []string {
	var out []string
	seen := map[string]bool{}
	add := func(t string) {
		if len(t) > 1 && !stopwords[t] && !seen[t] {
			seen[t] = true
			out = append(out, t)
		}
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		if stopwords[w] {
			continue
		}
		if to, ok := synonyms[w]; ok {
			for _, t := range to {
				add(stem(t))
			}
			continue
		}
		add(stem(w))
	}
	return out
}

// stem strips the commonest English inflections and a final e, so "drones",
// "drone", "operate" and "operating" meet as "dron" and "operat": ugly stems,
// but matching only needs them to agree.
func stem(w string) string {
	n := len(w)
	switch {
	case n > 5 && strings.HasSuffix(w, "ing"):
		w = w[:n-3]
	case n > 4 && strings.HasSuffix(w, "ed"):
		w = w[:n-2]
	case n > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		w = w[:n-1]
	}
	if n := len(w); n > 4 && w[n-1] == 'e' {
		w = w[:n-1]
	}
	return w
}

//go:embed data/units.txt
var unitsTxt string

// units maps the names of a unit of measure to the unit, read once from
// data/units.txt; unitNames lists the names longest first, so "square
// kilometres" is found before "kilometres".
var units, unitNames = parseUnits(unitsTxt)

func parseUnits(s string) (map[string]string, []string) {
	m := map[string]string{}
	var names []string
	eachEntry(s, "=", func(unit, list string) {
		for _, name := range strings.Split(list, ";") {
			if name = strings.ToLower(strings.TrimSpace(name)); name != "" {
				m[name] = unit
				names = append(names, name)
			}
		}
	})
	slices.SortStableFunc(names, func(a, b string) int { return len(b) - len(a) })
	return m, names
}

// unitOf returns the unit of measure a claim's noun names ("square
// kilometres" -> "km²"), or "" when it counts things.
func unitOf(noun string) string {
	if noun == "" {
		return ""
	}
	n := strings.ToLower(noun)
	for _, name := range unitNames {
		i := strings.Index(n, name)
		if i < 0 {
			continue
		}
		// whole words only: "ha" must not match inside "shahed"
		before, after := i == 0 || !isWordByte(n[i-1]), i+len(name) == len(n) || !isWordByte(n[i+len(name)])
		if before && after {
			return units[name]
		}
	}
	return ""
}

func isWordByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 0x80 }
