package attrib

import (
	"maps"
	"strings"
	"testing"
)

// acronymsOverWholeText is the plain reading acronyms must agree with:
// definedAcronym over the whole text.
func acronymsOverWholeText(text string) map[string]string {
	out := map[string]string{}
	for _, m := range definedAcronym.FindAllStringSubmatch(text, -1) {
		words := strings.Fields(m[1])
		name, ok := initialsSpell(words, strings.ReplaceAll(m[2], "-", ""))
		if !ok {
			name, ok = bodyBefore(words)
		}
		if ok {
			out[m[2]] = name
		}
	}
	return out
}

func TestAcronyms(t *testing.T) {
	text := "Fighters of the Arakan Army (AA) said on Monday. The Assistance Association for Political Prisoners (AAPP) has counted the dead. " +
		"A report by the Royal United Services Institute (RUSI) followed. Troops (KPA) and the Korean People's Army (KPA) moved. " +
		"The Strategic Framework for the Sahel (CSP-DPA) was signed. On 21 July the German Insurance Association (GDV) spoke, " +
		"as did Maria Lopez (AFP)."
	got := acronyms(text)
	want := map[string]string{
		"AA":   "Arakan Army",
		"AAPP": "Assistance Association for Political Prisoners",
		"RUSI": "Royal United Services Institute",
		"KPA":  "Korean People's Army",
		"GDV":  "German Insurance Association", // a name in another language's initials
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("acronym %s = %q, want %q", k, got[k], v)
		}
	}
	if n, ok := got["AFP"]; ok {
		t.Errorf("a person's credit is no acronym's name, got %q", n)
	}
	if n, ok := got["CSP-DPA"]; ok {
		t.Errorf("CSP-DPA should not match initials, got %q", n)
	}
}

func FuzzAcronyms(f *testing.F) {
	f.Add("the Arakan Army (AA) said")
	f.Add("(A) ( ) A (AB)")
	f.Add("Ökumenische Énergie Agentur (ÖEA) and the Alpha Beta (AB-) (ABCDEFGHI) ((AB)")
	f.Add("The Alpha, Beta Gamma (BG) and \xffDelta Echo (DE)")
	f.Fuzz(func(t *testing.T, s string) {
		got := acronyms(s)
		for k, v := range got {
			if k == "" || v == "" {
				t.Fatalf("empty acronym or name: %q -> %q", k, v)
			}
		}
		if want := acronymsOverWholeText(s); !maps.Equal(got, want) {
			t.Fatalf("acronyms(%q) = %v, the whole-text reading gives %v", s, got, want)
		}
	})
}
