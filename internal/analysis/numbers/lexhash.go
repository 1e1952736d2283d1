package numbers

// The ASCII words of a lexicon also sit in an open-addressing hash table:
// English text is looked up there, cheaper than the map on the hot path.

type hentry struct {
	key string
	id  int32
}

// hashASCII is FNV-1a over the ASCII-lower-cased bytes of s.
func hashASCII(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i]|0x20)) * 16777619
	}
	return h
}

func (lx *lexicon) buildHash() {
	n := 64
	for n < 4*len(lx.ids) {
		n *= 2
	}
	lx.htab = make([]hentry, n)
	for k, id := range lx.ids {
		ascii := true
		for i := 0; i < len(k); i++ {
			ascii = ascii && k[i] < 0x80 && (k[i] < 'A' || k[i] > 'Z')
		}
		if !ascii {
			continue
		}
		for h := hashASCII(k) & uint32(n-1); ; h = (h + 1) & uint32(n-1) {
			if lx.htab[h].id == 0 {
				lx.htab[h] = hentry{k, id}
				break
			}
		}
	}
}

// lookupASCII finds the ASCII word s (any case) in htab.
func (lx *lexicon) lookupASCII(s string) int32 {
	mask := uint32(len(lx.htab) - 1)
	for h := hashASCII(s) & mask; ; h = (h + 1) & mask {
		e := &lx.htab[h]
		if e.id == 0 {
			return 0
		}
		if len(e.key) == len(s) && equalFoldASCII(e.key, s) {
			return e.id
		}
	}
}

// equalFoldASCII compares the lower-case key with s, folding ASCII letters.
func equalFoldASCII(key, s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != key[i] {
			return false
		}
	}
	return true
}
