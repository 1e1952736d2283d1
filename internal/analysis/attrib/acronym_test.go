package attrib

import "testing"

func TestAcronyms(t *testing.T) {
	text := "Fighters of the Arakan Army (AA) said on Monday. The Assistance Association for Political Prisoners (AAPP) has counted the dead. " +
		"A report by the Royal United Services Institute (RUSI) followed. Troops (KPA) and the Korean People's Army (KPA) moved. " +
		"The Strategic Framework for the Sahel (CSP-DPA) was signed."
	got := acronyms(text)
	want := map[string]string{
		"AA":   "Arakan Army",
		"AAPP": "Assistance Association for Political Prisoners",
		"RUSI": "Royal United Services Institute",
		"KPA":  "Korean People's Army",
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("acronym %s = %q, want %q", k, got[k], v)
		}
	}
	if n, ok := got["CSP-DPA"]; ok {
		t.Errorf("CSP-DPA should not match initials, got %q", n)
	}
}

func FuzzAcronyms(f *testing.F) {
	f.Add("the Arakan Army (AA) said")
	f.Add("(A) ( ) A (AB)")
	f.Fuzz(func(t *testing.T, s string) {
		for k, v := range acronyms(s) {
			if k == "" || v == "" {
				t.Fatalf("empty acronym or name: %q -> %q", k, v)
			}
		}
	})
}
