package gazetteer

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/analysis/token"
	"github.com/sitrep/sitrep/internal/news"
)

// Match finds gazetteer mentions among toks (tokens of text), longest match
// first, left to right, without overlaps.
func (g *Gazetteer) Match(text string, toks []token.Token) []news.Entity {
	return g.AppendMatch(nil, text, toks)
}

// AppendMatch appends the mentions Match finds to dst.
func (g *Gazetteer) AppendMatch(dst []news.Entity, text string, toks []token.Token) []news.Entity {
	return g.AppendMatchWords(dst, text, toks, nil)
}

// AppendMatchWords is AppendMatch given words[k] = token.Norm of toks[k]
// as well (token.Words gives them), or nil: a stage that holds the words
// spares making the trie key of every ASCII token again, as the key of
// such a token is its normal form.
func (g *Gazetteer) AppendMatchWords(dst []news.Entity, text string, toks []token.Token, words []string) []news.Entity {
	for i := 0; i < len(toks); {
		n, a := g.matchAt(text, toks, words, i)
		if n == 0 {
			if c := text[toks[i].Start]; c >= '0' && c <= '9' { // checked here: most tokens are words
				if e, ok := g.matchSlugged(text, toks, i); ok {
					dst = append(dst, e)
				}
			}
			i++
			continue
		}
		if continuedName(a, text, toks, i+n) || n == 1 && g.givenName(a) && surnameAfter(text, toks, i+1) {
			i++
			continue
		}
		dst = append(dst, g.entity(a, news.Span{Start: toks[i].Start, End: toks[i+n-1].End}))
		i += n
	}
	return dst
}

// matchSlugged matches a one-word name that a wire slug's number is glued
// to: "UPDATE 3-Kyrgyzstan says ...". The entity spans the name only.
func (g *Gazetteer) matchSlugged(text string, toks []token.Token, i int) (news.Entity, bool) {
	s := toks[i].Text(text)
	d := 0
	for d < len(s) && s[d] >= '0' && s[d] <= '9' {
		d++
	}
	if d == 0 || d+2 > len(s) || s[d] != '-' || s[d+1] < 'A' || s[d+1] > 'Z' {
		return news.Entity{}, false
	}
	one := [1]token.Token{toks[i]}
	one[0].Start += d + 1
	if n, a := g.matchAt(text, one[:], nil, 0); n == 1 && !continuedName(a, text, toks, i+1) {
		return g.entity(a, news.Span{Start: one[0].Start, End: one[0].End}), true
	}
	return news.Entity{}, false
}

// matchAt returns the number of tokens of the longest alias starting at
// toks[i], and the alias. Matches are on token boundaries, so a name never
// ends inside a hyphenated word. words is nil or holds the normal forms of
// toks.
func (g *Gazetteer) matchAt(text string, toks []token.Token, words []string, i int) (int, *alias) {
	var n int32
	if s := toks[i].Text(text); words != nil && normalKey(s, words[i]) {
		h := keyHash(words[i])
		if !g.first.mayHave(h) {
			return 0, nil
		}
		n = child(&g.idx, 0, words[i], h)
	} else {
		var buf [64]byte // zeroed only on this path
		key := appendKey(buf[:0], s)
		h := keyHash(key)
		if !g.first.mayHave(h) {
			return 0, nil
		}
		n = child(&g.idx, 0, key, h)
	}
	var best *alias
	bestLen := 0
	for k := i; n != 0; {
		nd := &g.idx.nodes[n]
		for ai := range nd.aliases {
			if a := &nd.aliases[ai]; g.verify(a, text, toks[i:k+1]) {
				best, bestLen = a, k-i+1
				break
			}
		}
		if k++; k == len(toks) || nd.leaf {
			break
		}
		if s := toks[k].Text(text); words != nil && normalKey(s, words[k]) {
			if h := keyHash(words[k]); g.next.mayHave(edgeHash(h, n)) {
				n = child(&g.idx, n, words[k], h)
			} else {
				n = 0
			}
		} else {
			var buf [64]byte
			key := appendKey(buf[:0], s)
			if h := keyHash(key); g.next.mayHave(edgeHash(h, n)) {
				n = child(&g.idx, n, key, h)
			} else {
				n = 0
			}
		}
	}
	return bestLen, best
}

// continuedName reports whether a descriptive alias ("the North", "the
// West") ends where a longer capitalized name goes on: "the North West
// region" of Cameroon is not North Korea, nor "the North Caucasus".
func continuedName(a *alias, text string, toks []token.Token, next int) bool {
	if len(a.toks) < 2 || a.toks[0] != "the" || next >= len(toks) {
		return false
	}
	last, t := toks[next-1], toks[next]
	if t.Kind != token.Word || t.Start != last.End+1 || text[last.End] != ' ' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[t.Start:])
	return unicode.IsUpper(r)
}

// givenName reports whether alias a is the one-word English name of an
// entry that is also a first name: other languages' names of the entry
// ("Georgien", whose nouns are capitalized in German) are not.
func (g *Gazetteer) givenName(a *alias) bool {
	e := &g.entries[a.entry]
	return e.GivenName && len(a.toks) == 1 && strings.EqualFold(a.toks[0], e.Canonical)
}

// surnameAfter reports whether toks[next] is a capitalized word right
// after a space that is no head of a place's or body's name: the surname
// after a first name ("Jordan Bardella"), not "Jordan Valley" or "Chad
// Army".
func surnameAfter(text string, toks []token.Token, next int) bool {
	if next >= len(toks) {
		return false
	}
	last, t := toks[next-1], toks[next]
	if t.Kind != token.Word || t.Start != last.End+1 || text[last.End] != ' ' {
		return false
	}
	w := t.Text(text)
	r, size := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) || size < len(w) && unicode.IsUpper(rune(w[size])) {
		return false // lower case, or an acronym ("Chad AFP")
	}
	return !nameHeads[strings.ToLower(w)]
}

// nameHeads end a place's or a body's name after a place that is also a
// first name: "Jordan River", "Paris Police", "Chad Government".
var nameHeads = map[string]bool{
	"river": true, "valley": true, "sea": true, "basin": true, "province": true, "region": true, "governorate": true,
	"state": true, "city": true, "county": true, "district": true, "airport": true, "police": true, "army": true,
	"government": true, "ministry": true, "border": true, "crossing": true, "strip": true, "bank": true, "lake": true,
	"gulf": true, "coast": true, "embassy": true, "authorities": true, "forces": true, "military": true, "navy": true,
	"heights": true, "peninsula": true, "delta": true, "island": true, "islands": true, "street": true, "square": true,
	"station": true, "port": true, "harbour": true, "harbor": true, "bay": true, "university": true, "hospital": true,
	"stadium": true, "arena": true, "hotel": true, "summit": true, "conference": true, "agreement": true, "accord": true,
	"national": true, "federal": true, "central": true, "north": true, "south": true, "east": true, "west": true,
	"times": true, "post": true, "herald": true, "tribune": true, "metro": true, "mall": true, "camp": true,
}

// normalKey reports whether the trie key of token text s is its normal
// form w. It is when s is all ASCII, and when s is w: a word that is its
// own normal form holds no rune that either folds, so the key is s too.
// The second is the common case, a lower-case word whose normal form is
// the very same string, and the comparison, finding one pointer on both
// sides, tells it at once.
func normalKey(s, w string) bool { return s == w || isASCII(s) }

// isASCII reports whether s is all ASCII: its trie key is then its
// normal form, which differs from the key only in the non-ASCII letters
// and marks the two fold differently ("ё", "ʼ", "–").
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// entity is the mention of alias a at sp.
func (g *Gazetteer) entity(a *alias, sp news.Span) news.Entity {
	e := &g.entries[a.entry]
	ent := news.Entity{
		Span:      sp,
		Canonical: e.Canonical,
		Type:      e.Type(),
		Country:   e.Country,
		Title:     e.Title,
		Demonym:   a.demonym,
	}
	if a.demonym && e.Kind == "country" {
		ent.Country = e.Canonical
	}
	if e.Kind == "capital" {
		ent.StandsFor = e.Country
	}
	return ent
}

// appendKey appends the trie key of a text token to dst: what
// strings.ToLower(fold(s)) returns, without allocating for a look-up
// written as n.next[string(appendKey(buf[:0], s))].
func appendKey(dst []byte, s string) []byte {
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf:
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			dst = append(dst, byte(r))
		case r == '’' || r == '‘':
			dst = append(dst, '\'')
		case r == '‐' || r == '‑':
			dst = append(dst, '-')
		default:
			dst = utf8.AppendRune(dst, unicode.ToLower(r))
		}
	}
	return dst
}

// bloom is a Bloom filter of trie keys with two probes, taken from the
// key's keyHash, in 16 to 32 bits a key: about one word in a hundred
// not added gets through. A fixed 16,384 bits let one in twenty through
// at 1,600 names' first tokens and one in five at 4,500, and each word
// let through costs a trie probe; sized by its keys, the filter's
// rejection no longer falls as the gazetteer grows.
type bloom struct {
	bits  []uint64
	shift uint   // 64 - log2 of the number of bits
	mask  uint64 // the number of bits - 1
}

// minBloomBits keeps a small user gazetteer's filter as fine as before.
const minBloomBits = 16384

// newBloom returns a filter holding keys.
func newBloom(keys []string) bloom {
	b := sizedBloom(len(keys))
	for _, k := range keys {
		b.add(k)
	}
	return b
}

// newHashBloom returns a filter holding the keys of hashes hs.
func newHashBloom(hs []uint64) bloom {
	b := sizedBloom(len(hs))
	for _, h := range hs {
		b.addHash(h)
	}
	return b
}

// sizedBloom returns an empty filter for n keys.
func sizedBloom(n int) bloom {
	bits, log := uint64(minBloomBits), uint(14)
	for bits < 16*uint64(n) {
		bits, log = bits*2, log+1
	}
	return bloom{bits: make([]uint64, bits/64), shift: 64 - log, mask: bits - 1}
}

// probes returns the two bits of a key of hash h.
func (b *bloom) probes(h uint64) (uint64, uint64) {
	return h >> b.shift, (h >> 20) & b.mask
}

func (b *bloom) add(w string) { b.addHash(keyHash(w)) }

// addHash adds the key of hash h.
func (b *bloom) addHash(h uint64) {
	i, j := b.probes(h)
	b.bits[i/64] |= 1 << (i % 64)
	b.bits[j/64] |= 1 << (j % 64)
}

// mayHave reports whether a key of hash h may have been added: false
// means it was not.
func (b *bloom) mayHave(h uint64) bool {
	i, j := b.probes(h)
	return b.bits[i/64]>>(i%64)&(b.bits[j/64]>>(j%64))&1 != 0
}

// verify checks an alias against the text tokens under the case rules.
func (g *Gazetteer) verify(a *alias, text string, toks []token.Token) bool {
	for i, t := range toks {
		if !caseMatches(a.toks[i], fold(t.Text(text)), i == 0) {
			if i == 0 && !token.IsCapitalized(a.toks[0]) {
				continue // a lower-case name at a sentence start
			}
			return false
		}
	}
	return true
}
