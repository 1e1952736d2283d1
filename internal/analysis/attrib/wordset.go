package attrib

import "github.com/sitrep/sitrep/internal/analysis/wordset"

// wordSet is the stage's name for a wordset.Set.
type wordSet struct{ wordset.Set }

// newWordSet returns the set of the words m maps to true.
func newWordSet(m map[string]bool) wordSet { return wordSet{wordset.New(m)} }

// has reports whether w is in the set.
func (s *wordSet) has(w string) bool { return s.Set.Has(w) }
