package wordset

import (
	"fmt"
	"testing"
)

// TestSet checks a Set against the map it was made from, for
// words in it, words sharing their length and first and last bytes, and
// the empty word, at sizes that fill the table to its limit.
func TestSet(t *testing.T) {
	many := map[string]bool{}
	for i := range 200 {
		many[fmt.Sprintf("w%dx", i)] = true // one length class, one first and last byte
	}
	tests := []struct {
		name string
		m    map[string]bool
	}{
		{"empty", map[string]bool{}},
		{"one", map[string]bool{"the": true}},
		{"false ignored", map[string]bool{"a": true, "b": false}},
		{"non-ASCII", map[string]bool{"і": true, "й": true, "та": true, "що": true, "что": true}},
		{"colliding", many},
	}
	probes := []string{"", "a", "b", "the", "tha", "thee", "і", "та", "тa", "w1x", "w200x", "w19x", "wx", "x"}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := New(tt.m)
			for w, in := range tt.m {
				if s.Has(w) != in {
					t.Errorf("Has(%q) = %v, want %v", w, !in, in)
				}
			}
			for _, w := range probes {
				if got, want := s.Has(w), tt.m[w]; got != want {
					t.Errorf("Has(%q) = %v, want %v", w, got, want)
				}
			}
		})
	}
}
