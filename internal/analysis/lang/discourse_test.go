package lang

import "testing"

// TestDiscourse loads the optional discourse lists: German has them, a
// language without the file gets an empty set.
func TestDiscourse(t *testing.T) {
	de, err := Get("de")
	if err != nil {
		t.Fatal(err)
	}
	for phrase, want := range map[string]string{"nach Angaben": "source", "nach seinen Worten": "possessive", "Das": "backref", "seien": "mood"} {
		if got, ok := de.Discourse.Get(phrase); !ok || got != want {
			t.Errorf("de Discourse.Get(%q) = %q, %v; want %q", phrase, got, ok, want)
		}
	}
	en, err := Get("en")
	if err != nil {
		t.Fatal(err)
	}
	if !en.Discourse.Empty() {
		t.Errorf("en has no discourse.txt: want an empty set")
	}
	if de.Discourse.Empty() {
		t.Errorf("de Discourse is empty")
	}
}
