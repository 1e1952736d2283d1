package segment

// wordSet is a list of lowercase words, each with a value (a weight, or 1),
// behind the same filter as phrases: an ASCII word of a line is turned away
// by its length and outer bytes before it is lowercased or hashed, which is
// the fate of most words a line rule asks about.
type wordSet struct {
	m      map[string]int
	filter [1 << 16 / 64]uint64
}

func newWordSet() *wordSet { return &wordSet{m: map[string]int{}} }

// add sets the value of a lowercase word.
func (s *wordSet) add(w string, v int) {
	s.m[w] = v
	k := filterKey(w)
	s.filter[k/64] |= 1 << (k % 64)
}

func (s *wordSet) len() int { return len(s.m) }

// of returns the value of word i of the line, 0 when the set lacks it.
func (s *wordSet) of(lw *lowerer, i int) int {
	if w := &lw.words[i]; w.flags&wASCII != 0 && s.filter[w.key/64]&(1<<(w.key%64)) == 0 {
		return 0
	}
	return s.m[string(lw.word(i))]
}

// has reports whether the set holds word i of the line.
func (s *wordSet) has(lw *lowerer, i int) bool { return s.of(lw, i) != 0 }
