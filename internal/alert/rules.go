package alert

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"
)

// Rule raises alerts of the kinds in When for the claims its filter admits.
// Filter fields compare without regard to case; empty fields admit all.
type Rule struct {
	Name string `yaml:"name"`
	When []Kind `yaml:"when"`
	// Actor, Measure and What must equal the series' (figure alerts) or the
	// claim's. Location must equal the series' location or the new figure's
	// own. Source: the new claim's source name contains it, or its type
	// equals it. Text: every word occurs in the new claim's quote or sentence.
	Actor    string `yaml:"actor"`
	Measure  string `yaml:"measure"`
	What     string `yaml:"what"`
	Location string `yaml:"location"`
	Source   string `yaml:"source"`
	Text     string `yaml:"text"`
}

// ruleFile is the YAML document: a list of rules under "rules".
type ruleFile struct {
	Rules []Rule `yaml:"rules"`
}

// DefaultRules raise every kind of alert for every claim: what watch uses
// without --rules.
func DefaultRules() []Rule {
	return []Rule{{Name: "all", When: slices.Clone(Kinds)}}
}

// maxRulesSize bounds a rules file: it is configuration, not data.
const maxRulesSize = 1 << 20

// LoadRules reads a rules file.
func LoadRules(path string) ([]Rule, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("rules: %w", err)
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, maxRulesSize+1))
	if err != nil {
		return nil, fmt.Errorf("rules %s: %w", path, err)
	}
	if len(b) > maxRulesSize {
		return nil, fmt.Errorf("rules %s: larger than %d bytes", path, maxRulesSize)
	}
	rs, err := ParseRules(b)
	if err != nil {
		return nil, fmt.Errorf("rules %s: %w", path, err)
	}
	return rs, nil
}

// ParseRules reads rules from YAML:
//
//	rules:
//	  - name: nk-troops
//	    when: [new_point, out_of_range]
//	    actor: North Korea
//	    measure: deployed
//	  - name: disagreements
//	    when: [new_conflict]
//
// Unknown fields, unknown kinds, and missing or repeated names are errors:
// a typo in a rule must not silently watch nothing.
func ParseRules(data []byte) ([]Rule, error) {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	var rf ruleFile
	if err := dec.Decode(&rf); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, errors.New("no rules")
		}
		return nil, fmt.Errorf("parse: %w", err)
	}
	if len(rf.Rules) == 0 {
		return nil, errors.New("no rules")
	}
	names := map[string]bool{}
	for i := range rf.Rules {
		r := &rf.Rules[i]
		r.Name = strings.TrimSpace(r.Name)
		switch {
		case r.Name == "":
			return nil, fmt.Errorf("rule %d: no name", i+1)
		case names[r.Name]:
			return nil, fmt.Errorf("rule %q: name used twice", r.Name)
		case len(r.When) == 0:
			return nil, fmt.Errorf("rule %q: no events in when (want some of %s)", r.Name, kindList())
		}
		names[r.Name] = true
		for _, k := range r.When {
			if !slices.Contains(Kinds, k) {
				return nil, fmt.Errorf("rule %q: unknown event %q (want %s)", r.Name, k, kindList())
			}
		}
	}
	return rf.Rules, nil
}

func kindList() string {
	s := make([]string, len(Kinds))
	for i, k := range Kinds {
		s[i] = string(k)
	}
	return strings.Join(s, ", ")
}

func (r *Rule) wants(k Kind) bool { return slices.Contains(r.When, k) }
