package lang

import "github.com/sitrep/sitrep/internal/analysis/token"

// MatchAt returns the length in tokens of the longest phrase starting at
// toks[i], and its value; 0 when none starts there.
func (p *Phrases) MatchAt(text string, toks []token.Token, i int) (int, string) {
	if i >= len(toks) || p.root.next == nil {
		return 0, ""
	}
	var buf [64]byte
	w := token.AppendNorm(buf[:0], toks[i].Text(text))
	if !mayStart(p, w) {
		return 0, ""
	}
	x := &p.idx
	n := child(x, 0, w)
	best, val := 0, ""
	for k := i; n != 0; {
		nd := &x.nodes[n]
		if nd.value != nil {
			best, val = k-i+1, *nd.value
		}
		if k++; k == len(toks) || nd.leaf {
			break
		}
		n = child(x, n, token.AppendNorm(buf[:0], toks[k].Text(text)))
	}
	return best, val
}

// MatchWords is MatchAt over the normal forms of the tokens, words[k] being
// token.Norm of toks[k] (token.Words gives them): a stage that holds the
// words already saves normalizing them again at every try.
func (p *Phrases) MatchWords(words []string, i int) (int, string) {
	if i >= len(words) || !mayStart(p, words[i]) {
		return 0, "" // an empty set has no first word
	}
	return p.matchWords(words, i)
}

// Next returns the first position j >= i of words where a phrase of the
// set starts, with the length n and the value of the longest phrase
// there; n is 0 (and j len(words)) when none does. A stage that scans a
// sentence for phrases calls Next once per phrase found rather than
// MatchWords at every word: the first-word filter, which turns nearly
// every word away, runs in the loop instead of behind a call.
func (p *Phrases) Next(words []string, i int) (j, n int, value string) {
	for j = max(i, 0); j < len(words); j++ {
		if mayStart(p, words[j]) {
			if n, value = p.matchWords(words, j); n > 0 {
				return j, n, value
			}
		}
	}
	return len(words), 0, ""
}

// AppendKeys appends the first-word filter's key of each word to dst. A
// stage that tries several sets on the words of one sentence makes the
// keys once and passes them to MatchKeyed and NextKeyed, which then read
// one small number per try instead of the word's length and its first
// and last bytes, far apart in memory.
func AppendKeys(dst []uint16, words []string) []uint16 {
	for _, w := range words {
		dst = append(dst, uint16(firstKey(w)))
	}
	return dst
}

// MatchKeyed is MatchWords given keys = AppendKeys(nil, words).
func (p *Phrases) MatchKeyed(words []string, keys []uint16, i int) (int, string) {
	if i >= len(words) || p.first[keys[i]/64]&(1<<(keys[i]%64)) == 0 {
		return 0, ""
	}
	return p.matchWords(words, i)
}

// NextKeyed is Next given keys = AppendKeys(nil, words), or a prefix of
// them: a phrase must start before len(keys), but may run on over the
// words after it. n is 0 (and j len(keys)) when none does.
func (p *Phrases) NextKeyed(words []string, keys []uint16, i int) (j, n int, value string) {
	keys = keys[:min(len(keys), len(words))]
	for j = max(i, 0); j < len(keys); j++ {
		if k := keys[j]; p.first[k/64]&(1<<(k%64)) != 0 {
			if n, value = p.matchWords(words, j); n > 0 {
				return j, n, value
			}
		}
	}
	return len(keys), 0, ""
}

// matchWords is MatchWords past the first-word filter.
func (p *Phrases) matchWords(words []string, i int) (int, string) {
	x := &p.idx
	var n int32 // the root
	best, val := 0, ""
	for k := i; k < len(words); k++ {
		if n = child(x, n, words[k]); n == 0 {
			break
		}
		nd := &x.nodes[n]
		if nd.value != nil {
			best, val = k-i+1, *nd.value
		}
		if nd.leaf {
			break
		}
	}
	return best, val
}
