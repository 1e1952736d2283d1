package consolidate

import (
	_ "embed"
	"strings"
)

//go:embed data/families.txt
var familiesTxt string

// families maps a measure to its family and its rank inside it, read once
// from data/families.txt.
var families = parseFamilies(familiesTxt)

type family struct {
	name string
	rank int
}

func parseFamilies(s string) map[string]family {
	m := map[string]family{}
	eachEntry(s, ":", func(name, list string) {
		for i, m2 := range strings.Fields(list) {
			m[m2] = family{name, i}
		}
	})
	return m
}

// label names a series for people: "North Korean personnel deployed in Russia".
func label(k seriesBase, loc string, demonym func(string) string) string {
	var parts []string
	if k.actor != "" {
		parts = append(parts, demonym(k.actor))
	}
	switch {
	case k.unit != "":
		parts = append(parts, k.unit, k.measure) // "Ukrainian km² captured"
	case k.what == "" || k.what == "other":
		parts = append(parts, k.measure, "figures")
	case k.what == k.measure || k.measure == "" || k.measure == "other":
		// "drones other in Ukraine" reads as a typo; the thing counted says it.
		parts = append(parts, k.what)
	case k.what == "casualties" && k.measure != "":
		parts = append(parts, k.measure)
	default:
		parts = append(parts, k.what, k.measure)
	}
	s := strings.Join(strings.Fields(strings.Join(parts, " ")), " ")
	if loc != "" {
		s += " in " + loc
	}
	if k.per != "" {
		s += " per " + k.per
	}
	return s
}

// groupLabel names the family a series belongs to ("North Korean losses in
// Russia"), or "" when its measure has no family.
func groupLabel(k seriesBase, loc string, demonym func(string) string) string {
	f, ok := families[k.measure]
	if !ok {
		return ""
	}
	s := f.name
	if k.actor != "" {
		s = demonym(k.actor) + " " + s
	}
	if loc != "" {
		s += " in " + loc
	}
	if k.per != "" {
		s += " per " + k.per
	}
	return s
}
