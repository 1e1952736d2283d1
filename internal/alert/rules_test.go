package alert

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestParseRules(t *testing.T) {
	for _, tc := range []struct {
		name, yaml string
		want       []Rule
		err        string
	}{
		{"two rules", `
rules:
  - name: nk-troops
    when: [new_point, out_of_range]
    actor: North Korea
    measure: deployed
    location: Russia
  - name: fights
    when: [new_conflict]
`, []Rule{
			{Name: "nk-troops", When: []Kind{NewPoint, OutOfRange}, Actor: "North Korea", Measure: "deployed", Location: "Russia"},
			{Name: "fights", When: []Kind{NewConflict}},
		}, ""},
		{"every filter", "rules:\n- {name: x, when: [new_source], what: drones, source: NIS, text: Lancet strikes}\n",
			[]Rule{{Name: "x", When: []Kind{NewSource}, What: "drones", Source: "NIS", Text: "Lancet strikes"}}, ""},
		{"empty", "", nil, "no rules"},
		{"no list", "rules: []\n", nil, "no rules"},
		{"unknown field", "rules:\n- {name: x, when: [new_point], actr: Russia}\n", nil, "actr"},
		{"unknown kind", "rules:\n- {name: x, when: [new_figure]}\n", nil, `unknown event "new_figure"`},
		{"no when", "rules:\n- {name: x}\n", nil, "no events"},
		{"no name", "rules:\n- {when: [new_point]}\n", nil, "rule 1: no name"},
		{"twice", "rules:\n- {name: x, when: [new_point]}\n- {name: x, when: [new_source]}\n", nil, "used twice"},
		{"not yaml", "rules: [", nil, "parse"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ParseRules([]byte(tc.yaml))
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("err = %v, want one containing %q", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !slices.EqualFunc(got, tc.want, func(a, b Rule) bool {
				return a.Name == b.Name && slices.Equal(a.When, b.When) && a.Actor == b.Actor && a.Measure == b.Measure &&
					a.What == b.What && a.Location == b.Location && a.Source == b.Source && a.Text == b.Text
			}) {
				t.Errorf("got %+v\nwant %+v", got, tc.want)
			}
		})
	}
}

func TestLoadRules(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "rules.yaml")
	if err := os.WriteFile(path, []byte("rules:\n- {name: a, when: [new_point]}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	rs, err := LoadRules(path)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := len(rs), 1; got != want {
		t.Errorf("rules = %d, want %d", got, want)
	}
	if _, err := LoadRules(filepath.Join(dir, "missing.yaml")); err == nil {
		t.Error("missing file: no error")
	}
}

func FuzzParseRules(f *testing.F) {
	f.Add("rules:\n  - name: a\n    when: [new_point, out_of_range]\n    actor: North Korea\n")
	f.Add("rules:\n- {name: x, when: [new_source], text: drones}\n")
	f.Add("rules: [{name: &a x, when: *a}]")
	f.Add("")
	f.Fuzz(func(t *testing.T, s string) {
		rs, err := ParseRules([]byte(s))
		if err != nil {
			return
		}
		names := map[string]bool{}
		for _, r := range rs {
			if r.Name == "" || names[r.Name] || len(r.When) == 0 {
				t.Fatalf("accepted an invalid rule %+v", r)
			}
			names[r.Name] = true
			for _, k := range r.When {
				if !slices.Contains(Kinds, k) {
					t.Fatalf("accepted unknown kind %q", k)
				}
			}
		}
	})
}
