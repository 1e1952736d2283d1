package numbers

import (
	"slices"
	"unicode/utf8"
)

// Most tokens of a story can begin no mention. Find passes over them with
// the tables below, filled once per lexicon, and looks up only the rest.

// markOpen fills openPairs, openEnds and punctOpens from the words a
// mention may begin with.
func (lx *lexicon) markOpen() {
	for k, id := range lx.ids {
		if !lx.words[id].opens || len(k) >= 64 {
			continue
		}
		a, b := pairIndex(k)
		if a < 0 {
			lx.openPairs[26][26] |= 1 // a non-ASCII opener: look such words up
			continue
		}
		lx.openPairs[a][b] |= 1 << len(k)
		// A key that ends in no ASCII letter cannot be a word that does:
		// openEnds only rejects words whose last byte is one.
		if last := k[len(k)-1]; isASCIILetter(last) {
			lx.openEnds[a][int(last|0x20)-'a'] |= 1 << len(k)
		}
	}
	for c := 0; c < utf8.RuneSelf; c++ {
		if isDigit(byte(c)) || isASCIILetter(byte(c)) || spaceAt(string(rune(c)), 0) > 0 {
			continue
		}
		id := lx.lookup(string(rune(c)))
		lx.punctOpens[c] = id != 0 && lx.words[id].opens
	}
}

// mayOpen reports cheaply whether the word s may begin a mention.
func (lx *lexicon) mayOpen(s string) bool {
	if len(s) >= 64 {
		return false
	}
	a, b := pairIndex(s)
	if a < 0 {
		return true
	}
	if lx.openPairs[a][b]&(1<<len(s)) == 0 {
		return false
	}
	if last := s[len(s)-1]; isASCIILetter(last) {
		return lx.openEnds[a][int(last|0x20)-'a']&(1<<len(s)) != 0
	}
	return true
}

// skipPlain passes over the tokens from pos that can begin no mention,
// each with the ASCII space before it, as the loop of Find would, and
// returns where Find goes on. It leaves *prev the last token it passed,
// not looked up. Most tokens of a story are such ASCII words and
// punctuation, and this loop reads them without the general scanner's
// rune and space tables. It stops before anything else: a digit, a byte
// of a non-ASCII letter, space or sign, an apostrophe inside a word, a
// word or sign that may begin a mention, a sign before a digit, the start
// of a web address. It serves lexicons without a compound joiner, whose
// words split inside.
func (lx *lexicon) skipPlain(text string, pos int, prev *token) int {
	// Only the last token passed matters to Find: it is kept in locals
	// and written to *prev once.
	last := token{start: -1}
	for {
		i, nl := pos, 0
	space:
		for ; i < len(text); i++ {
			switch byteClass[text[i]] {
			case bSpace:
			case bNewline:
				nl++
			default:
				break space
			}
		}
		if i >= len(text) {
			break
		}
		start, c := i, text[i]
		if byteClass[c] != bLetter {
			if c >= utf8.RuneSelf || isDigit(c) || lx.punctOpens[c] || i+1 < len(text) && isDigit(text[i+1]) {
				break
			}
			last = token{start: start, end: i + 1, kind: tPunct, gap: start - pos, brk: nl >= 2}
			pos = i + 1
			continue
		}
		for i++; i < len(text) && byteClass[text[i]] == bLetter; i++ {
		}
		if i < len(text) && (text[i] >= utf8.RuneSelf || text[i] == '\'' && lx.loc.apos) {
			break
		}
		if lx.mayOpenASCII(text[start:i]) {
			break
		}
		if n := i - start; n >= 3 && n <= 5 && (c == 'h' || c == 'w') && urlEnd(text, token{start: start, end: i, kind: tWord}) > 0 {
			break
		}
		last = token{start: start, end: i, kind: tWord, gap: start - pos, brk: nl >= 2}
		pos = i
	}
	if last.start >= 0 {
		last.id = -1
		*prev = last
	}
	return pos
}

// mayOpenASCII is mayOpen for a word of ASCII letters only.
func (lx *lexicon) mayOpenASCII(w string) bool {
	n := len(w)
	if n >= 64 {
		return false
	}
	a, b := int(w[0]|0x20)-'a', 26
	if n > 1 {
		b = int(w[1]|0x20) - 'a'
	}
	return lx.openPairs[a][b]&(1<<n) != 0 && lx.openEnds[a][int(w[n-1]|0x20)-'a']&(1<<n) != 0
}

// Byte classes for skipPlain.
const (
	bOther uint8 = iota
	bLetter
	bSpace   // an ASCII space other than a line break
	bNewline // '\n'
)

var byteClass = func() (t [256]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = bLetter, bLetter
	}
	for _, c := range " \t\r\v\f" {
		t[c] = bSpace
	}
	t['\n'] = bNewline
	return t
}()

// markNeedsNext sets needsNext for an article that is nothing else: "a"
// opens a mention only as the first word of a phrase ("a few", "a total
// of") or of a cardinal, where the word after it must be a scale ("a
// hundred", "a dozen"). The article's many failed tries ("a senior
// official") then end at the word after it. French counts its articles
// as units in vigesimal tens, so its words are not marked.
func (lx *lexicon) markNeedsNext(w *wordInfo) {
	if w.cls != 1<<cArticle || lx.loc.vigesimal {
		return
	}
	for _, p := range w.phrases {
		if len(p.ids) < 2 {
			return
		}
		w.nexts = append(w.nexts, p.ids[1])
	}
	w.needsNext = true
}

// cannotOpen reports whether the word t, marked needsNext, opens no
// mention because of the token after it.
func (lx *scanner) cannotOpen(text string, t token, w *wordInfo) bool {
	nt := lx.next(text, t.end)
	return !slices.Contains(w.nexts, nt.id) && !lx.info(nt).any(cHundred, cScale, cDozen, cFraction)
}
