// Package wordset holds a small fixed set of words that the stages ask at
// nearly every token of a sentence.
package wordset

// Set is a small fixed set of words. The stages ask their word sets at
// nearly every token ("the", "said", "also"), and a map hashed the whole
// word and probed its groups each time; a Set hashes the length and the
// first and last bytes and compares at most a word or two (about a third
// of a small map's time a look-up).
type Set struct {
	slots []string // a power of two long, at most a quarter full; "" is free
	shift uint32   // 32 less the slots' bits
}

// New returns the set of the words m maps to true. Declare a set as a
// value, not a pointer: a look-up then reads its slots without first
// loading the set from elsewhere.
func New(m map[string]bool) Set {
	bits := uint32(2)
	for 1<<bits < 4*len(m) {
		bits++
	}
	s := Set{slots: make([]string, 1<<bits), shift: 32 - bits}
	mask := uint32(len(s.slots) - 1)
	for w, in := range m {
		if !in {
			continue
		}
		if w == "" {
			panic("wordset: the empty word in a word set") // "" marks a free slot
		}
		i := s.slot(w)
		for s.slots[i] != "" {
			i = (i + 1) & mask
		}
		s.slots[i] = w
	}
	return s
}

// slot is the first slot w may be in.
func (s *Set) slot(w string) uint32 {
	return (uint32(len(w)) | uint32(w[0])<<8 | uint32(w[len(w)-1])<<16) * 0x9E3779B1 >> s.shift
}

// Has reports whether w is in the set.
func (s *Set) Has(w string) bool {
	if w == "" {
		return false
	}
	mask := uint32(len(s.slots) - 1)
	for i := s.slot(w); ; i = (i + 1) & mask {
		switch s.slots[i] {
		case w:
			return true
		case "":
			return false
		}
	}
}
