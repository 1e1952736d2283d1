package attrib

import (
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/gazetteer"
)

// scanKnownBody is knownBody as a scan over every alias: the index must
// give the same answers. An alias names the body when it starts with the
// body and more words, or when it is the body after its country's
// possessive or demonym ("Sudan's army", "the Israeli army").
func scanKnownBody(g *gazetteer.Gazetteer, country, body string) (string, bool) {
	lower := strings.ToLower(body)
	st := &Stage{G: g}
	for _, e := range g.Entries() {
		if e.Country != country || e.Kind == "person" || e.Kind == "place" || e.Kind == "capital" {
			continue
		}
		for _, al := range e.Aliases {
			if strings.HasPrefix(strings.ToLower(al), lower+" ") {
				return e.Canonical, true
			}
			if rest, ok := st.bodyAfterCountry(strings.ToLower(al), e.Country); ok && rest == lower {
				return e.Canonical, true
			}
		}
	}
	return "", false
}

func TestKnownBodyMatchesScan(t *testing.T) {
	g, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	st := &Stage{G: g}
	countries := map[string]bool{"": true, "Nowhere": true}
	bodies := map[string]bool{"": true, "Air Force": true, "Ministry Of Defence": true, "Fuerza Aérea": true, "СБУ": true}
	for i, e := range g.Entries() {
		if e.Kind != "place" && e.Kind != "capital" || i%40 == 0 {
			countries[e.Country] = true // the countries bodies belong to, and a sample of the rest
		}
		// Every body's aliases, and every 20th place's: the scan is
		// quadratic, and thousands of places add no new case.
		if (e.Kind == "place" || e.Kind == "capital") && i%20 != 0 {
			continue
		}
		for _, al := range e.Aliases {
			words := strings.Fields(al)
			for i := 1; i <= len(words); i++ {
				b := strings.Join(words[:i], " ")
				bodies[b] = true
				bodies[titleCase(b)] = true
			}
		}
	}
	n := 0
	for c := range countries {
		for b := range bodies {
			want, wok := scanKnownBody(g, c, b)
			got, ok := st.knownBody(c, b)
			if got != want || ok != wok {
				t.Errorf("knownBody(%q, %q) = %q, %v; the scan gives %q, %v", c, b, got, ok, want, wok)
			}
			if ok {
				n++
			}
		}
	}
	if n == 0 {
		t.Error("no body found at all")
	}
}

func TestAppendLower(t *testing.T) {
	for _, s := range []string{"", "abc", "ABC", "Fuerza Aérea", "ÉTAT", "СБУ", "İstanbul", "ǅ", "\xff\xfeA", "a\u212aB", "ẞ"} {
		if got, want := string(appendLower(nil, s)), strings.ToLower(s); got != want {
			t.Errorf("appendLower(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestFieldEnds(t *testing.T) {
	for _, s := range []string{"", " ", "a", " a ", "the big ministry", "the\u00a0group\u0085 x", "\tthis  new\nreport ", "\xff the \xfe", "це наш звіт"} {
		f := strings.Fields(s)
		n, first, last := fieldEnds(s)
		if n != len(f) || n > 0 && (first != f[0] || last != f[n-1]) {
			t.Errorf("fieldEnds(%q) = %d %q %q; strings.Fields gives %q", s, n, first, last, f)
		}
	}
}

// FuzzFieldEnds: fieldEnds agrees with strings.Fields.
func FuzzFieldEnds(f *testing.F) {
	f.Add("the ethnic armed group")
	f.Fuzz(func(t *testing.T, s string) {
		fs := strings.Fields(s)
		n, first, last := fieldEnds(s)
		if n != len(fs) || n > 0 && (first != fs[0] || last != fs[n-1]) {
			t.Errorf("fieldEnds(%q) = %d %q %q; strings.Fields gives %q", s, n, first, last, fs)
		}
	})
}
