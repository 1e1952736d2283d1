package postgres

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"
)

//go:embed langs.txt
var langsFile string

// tsconfigs maps a document language to its text search configuration;
// configs lists the distinct configurations, 'simple' among them.
var tsconfigs, configs = parseLangs(langsFile)

func parseLangs(s string) (map[string]string, []string) {
	m := map[string]string{}
	set := []string{"simple"}
	for i, line := range strings.Split(s, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Fields(line)
		if len(f) != 2 {
			panic(fmt.Sprintf("langs.txt:%d: want \"lang config\"", i+1))
		}
		m[f[0]] = f[1]
		if !slices.Contains(set, f[1]) {
			set = append(set, f[1])
		}
	}
	return m, set
}

// tsconfig is the text search configuration for a document language such as
// "en" or "en-GB"; 'simple' when the language is unknown.
func tsconfig(lang string) string {
	base, _, _ := strings.Cut(strings.ToLower(strings.TrimSpace(lang)), "-")
	if c, ok := tsconfigs[base]; ok {
		return c
	}
	return "simple"
}

// textMatch is an SQL condition on alias's fts and tsconfig columns that holds
// when every word of the query occurs, each row matched with the
// configuration its text was indexed with (so "drone" finds "drones" in an
// English document). One branch per configuration keeps the GIN index usable.
// The words go in as the parameter $n through plainto_tsquery, so nothing a
// user types is read as query syntax.
func textMatch(alias string, n int) string {
	var b strings.Builder
	b.WriteString("(")
	for i, c := range configs {
		if i > 0 {
			b.WriteString(" OR ")
		}
		fmt.Fprintf(&b, "(%[1]s.tsconfig = '%[2]s'::regconfig AND %[1]s.fts @@ plainto_tsquery('%[2]s'::regconfig, $%[3]d))", alias, c, n)
	}
	b.WriteString(")")
	return b.String()
}

// pgText makes s storable in a PostgreSQL text column, which holds neither
// NUL bytes nor invalid UTF-8. It reports whether s had to change: then the
// exact bytes are kept elsewhere where they matter (the document text).
func pgText(s string) (string, bool) {
	if utf8.ValidString(s) && !strings.ContainsRune(s, 0) {
		return s, false
	}
	s = strings.ToValidUTF8(s, "\uFFFD")
	return strings.ReplaceAll(s, "\x00", "\uFFFD"), true
}

// clean is pgText without the report.
func clean(s string) string {
	s, _ = pgText(s)
	return s
}
