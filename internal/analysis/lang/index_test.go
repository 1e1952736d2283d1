package lang

import (
	"fmt"
	"testing"
)

// TestIndex checks the flat trie against the phrases added: every phrase
// found with its value, its prefixes found without one unless added, and
// words never added not found, across the table's growth.
func TestIndex(t *testing.T) {
	many := make([]string, 0, 600)
	for i := range 600 {
		many = append(many, fmt.Sprintf("w%d x%d", i, i%7)) // shared second words, many first words
	}
	tests := []struct {
		name    string
		phrases []string
		absent  []string
	}{
		{"empty", nil, []string{"a", "", "the"}},
		{"one", []string{"said"}, []string{"say", "said to", "sai"}},
		{"prefixes", []string{"could not", "could not independently confirm", "not able to"}, []string{"could not independently", "not able", "could"}},
		{"lengths", []string{"a", "ab", "abc", "abcd", "abcdefg", "abcdefgh", "abcdefghi", "abcdefghijklmnopq", "abcdefghijklmnopqrstuvwxyz"}, []string{"abcdefghijklmnopr", "abcdefghijklmnopqrstuvwxyy", "abcde"}},
		{"non-ASCII", []string{"за даними", "d'après", "según", "nach angaben"}, []string{"за", "после", "segun"}},
		{"growth", many, []string{"w600 x5", "w1 x2", "x1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := NewPhrases()
			for i, ph := range tt.phrases {
				p.Add(ph, fmt.Sprint(i))
			}
			for i, ph := range tt.phrases {
				if v, ok := p.Get(ph); !ok || v != fmt.Sprint(i) {
					t.Errorf("Get(%q) = %q, %v; want %q", ph, v, ok, fmt.Sprint(i))
				}
			}
			for _, ph := range tt.absent {
				if v, ok := p.Get(ph); ok {
					t.Errorf("Get(%q) = %q, found; want none", ph, v)
				}
			}
			if p.idx.used > 0 && 2*p.idx.used > len(p.idx.edges) {
				t.Errorf("table %d of %d slots full, want at most half", p.idx.used, len(p.idx.edges))
			}
		})
	}
}

// TestWordHash: a word hashes the same as a string and as bytes, so the
// allocation-free keys of MatchAt find what MatchWords finds.
func TestWordHash(t *testing.T) {
	for _, w := range []string{"", "a", "ab", "abc", "said", "seven", "according", "independently", "за", "d'après"} {
		t.Run(w, func(t *testing.T) {
			if s, b := wordHash(w), wordHash([]byte(w)); s != b {
				t.Errorf("wordHash(%q) = %x as a string, %x as bytes", w, s, b)
			}
		})
	}
}
