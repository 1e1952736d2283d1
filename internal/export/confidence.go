package export

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"
)

//go:embed data/icd203.txt
var icd203Data string

// likelihood is a hedge's place on the ICD 203 scale.
type likelihood struct {
	Confidence int    // STIX 2.1 confidence, 0-100
	Term       string // the ICD 203 expression of likelihood
}

var icd203 = mustParseICD203(icd203Data)

func mustParseICD203(data string) map[string]likelihood {
	m, err := parseICD203(data)
	if err != nil {
		panic(err) // embedded data: a broken file is a build error caught by tests
	}
	return m
}

func parseICD203(data string) (map[string]likelihood, error) {
	m := map[string]likelihood{}
	for n, line := range strings.Split(data, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Fields(line)
		if len(f) < 3 {
			return nil, fmt.Errorf("icd203.txt line %d: want hedge, value and term", n+1)
		}
		v, err := strconv.Atoi(f[1])
		if err != nil || v < 0 || v > 100 {
			return nil, fmt.Errorf("icd203.txt line %d: confidence %q is not 0-100", n+1, f[1])
		}
		m[f[0]] = likelihood{v, strings.Join(f[2:], " ")}
	}
	return m, nil
}

// Confidence maps a hedge to STIX 2.1 confidence through the ICD 203 scale;
// ok is false for a hedge the scale does not list.
func Confidence(hedge string) (value int, term string, ok bool) {
	l, ok := icd203[hedge]
	return l.Confidence, l.Term, ok
}
