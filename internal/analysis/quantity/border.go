package quantity

// Borders as places: fighting "along the Afghan-Pakistani border" or "on
// the border with Tajikistan" is on neither country's side of it, and the
// figures of the story are placed on the border itself.

import (
	"slices"
	"strings"

	"github.com/sitrep/sitrep/internal/analysis/token"
	"github.com/sitrep/sitrep/internal/analysis/wordset"
	"github.com/sitrep/sitrep/internal/news"
)

// borderName is the place name of the border between countries a and b:
// both canonical names in alphabetical order, "Afghanistan-Pakistan
// border", whichever order the text names them in.
func borderName(a, b string) string {
	if b < a {
		a, b = b, a
	}
	return a + "-" + b + borderSuffix
}

// minBorderNounBytes is the length of the shortest border noun of
// borders.txt in any language ("border", "grenze", "кордон").
const minBorderNounBytes = 6

// borderSuffix ends every border's name.
const borderSuffix = " border"

// isBorder reports whether a place name is a border's (borderName).
func isBorder(name string) bool { return strings.HasSuffix(name, borderSuffix) }

// borderPlaces finds the borders between two countries the sentence names
// (the words are borders.txt's): the countries joined before the noun
// ("the Afghan-Pakistani border", "the Pakistan-Afghanistan border"),
// after it ("the border between Armenia and Azerbaijan", "on the border
// with Tajikistan", "border fighting with Azerbaijan", the other country
// then being one named before it or the story's only state), or named
// before it as a pair ("Pakistan and Afghanistan ... along their shared
// border"). The place spans the noun and the countries after it, which
// are then no places of their own. A border named without two countries
// is the story's where a place is meant ("killed in border clashes",
// storyBorder) and none elsewhere ("the border guards").
func (sc *sentence) borderPlaces() []place { return sc.appendBorders(nil, false) }

// firstBorder returns the name of the first border between two countries
// the sentence names, or "".
func (sc *sentence) firstBorder() string {
	if ps := sc.appendBorders(nil, true); len(ps) > 0 {
		return ps[0].name
	}
	return ""
}

// appendBorders appends the sentence's border places to dst in order (see
// borderPlaces), only the first when first is set.
func (sc *sentence) appendBorders(dst []place, first bool) []place {
	lex := sc.s.Lex.Borders
	for j := 0; j < len(sc.toks); j++ {
		if len(sc.words[j]) < minBorderNounBytes {
			continue // the cheap test first: most words are short
		}
		n, role := lex.MatchWords(sc.words, j)
		if n == 0 || role != "noun" {
			continue
		}
		sp := news.Span{Start: sc.toks[j].Start, End: sc.toks[j+n-1].End}
		a, b, end := sc.borderAfter(j + n)
		if b == "" {
			a, b = sc.joinedCountries(j - 1)
			if b != "" {
				sp.Start = sc.toks[j-1].Start // "the Thai-Cambodian border"
			}
			end = -1
		}
		if a == "" && b != "" {
			a = sc.countryBefore(j, b)
		}
		if b == "" && sc.pairBefore(j) {
			a, b = sc.lastTwoCountries(j)
		}
		if a == "" || b == "" || a == b {
			if name := sc.storyBorder(j, n); name != "" {
				if dst = append(dst, place{Span: sp, name: name, border: true}); first {
					return dst
				}
			}
			continue
		}
		if end > sp.End {
			sp.End = end
		}
		if dst = append(dst, place{Span: sp, name: borderName(a, b), border: true}); first {
			return dst
		}
	}
	return dst
}

// borderAfter reads the countries after a border noun ending before token
// i: "with Tajikistan" gives b alone, "between Armenia and Azerbaijan"
// both; one word may come between ("border fighting with Azerbaijan").
// end is where the last country ends.
func (sc *sentence) borderAfter(i int) (a, b string, end int) {
	lex := sc.s.Lex.Borders
	for k := i; k <= i+1 && k < len(sc.toks); k++ {
		n, role := lex.MatchWords(sc.words, k)
		if k > i && n == 0 && sc.s.Lex.Stop.Has(sc.word(k-1)) {
			break // "the border, with ...": no word of a clause between
		}
		switch role {
		case "with":
			c, e := sc.countryAt(k + n)
			return "", c, e
		case "between":
			first, e := sc.countryAt(k + n)
			if first == "" {
				return "", "", 0
			}
			t := sc.tokIndex(e)
			if m, r := lex.MatchWords(sc.words, t); m > 0 && r == "and" {
				if second, e2 := sc.countryAt(t + m); second != "" {
					return first, second, e2
				}
			}
			return "", "", 0
		}
		if n != 0 || sc.toks[k].Kind != token.Word {
			break
		}
	}
	return "", "", 0
}

// countryAt returns the country an entity at token i (or after an article)
// names, and where the entity ends.
func (sc *sentence) countryAt(i int) (string, int) {
	if i < len(sc.toks) && sc.s.Lex.Stop.Has(sc.word(i)) {
		i++ // "the", "der", "la"
	}
	if i >= len(sc.toks) {
		return "", 0
	}
	for _, e := range sc.ents {
		if e.Start == sc.toks[i].Start {
			return e.Nation(), e.End
		}
	}
	return "", 0
}

// joinedCountries reads two countries joined by a hyphen in token i, the
// word before a border noun: "Afghan-Pakistani", "Kyrgyz-Tajik",
// "Pakistan-Afghanistan". The gazetteer matches whole tokens, so the parts
// are matched as tokens of their own.
func (sc *sentence) joinedCountries(i int) (string, string) {
	if i < 0 || sc.toks[i].Kind != token.Word {
		return "", ""
	}
	w := sc.toks[i].Text(sc.d.Text)
	h := strings.IndexByte(w, '-')
	if h <= 0 || h == len(w)-1 || strings.IndexByte(w[h+1:], '-') >= 0 {
		return "", ""
	}
	start := sc.toks[i].Start
	parts := []token.Token{
		{Span: news.Span{Start: start, End: start + h}, Kind: token.Word},
		{Span: news.Span{Start: start + h + 1, End: sc.toks[i].End}, Kind: token.Word},
	}
	ents := sc.s.G.Match(sc.d.Text, parts)
	if len(ents) != 2 {
		return "", ""
	}
	return ents[0].Nation(), ents[1].Nation()
}

// countryBefore returns the country other than b that a border noun at
// token j lies on: the nearest named before it in the sentence ("Armenia
// says ... border fighting with Azerbaijan"), else the first named after
// it ("an der Grenze zu Aserbaidschan sind nach Angaben der armenischen
// Regierung"), else the story's only state.
func (sc *sentence) countryBefore(j int, b string) string {
	after := ""
	for i := len(sc.ents) - 1; i >= 0; i-- {
		e := sc.ents[i]
		c := e.Nation()
		if c == "" || c == b {
			continue
		}
		if e.End <= sc.toks[j].Start {
			return c
		}
		after = c
	}
	if after != "" {
		return after
	}
	if sc.state != b {
		return sc.state
	}
	return ""
}

// pairBefore reports whether the words before a border noun at token j
// refer to two countries named earlier: "their shared border".
func (sc *sentence) pairBefore(j int) bool {
	for k := max(0, j-3); k < j; k++ {
		if n, role := sc.s.Lex.Borders.MatchWords(sc.words, k); role == "pair" && k+n == j {
			return true
		}
	}
	return false
}

// lastTwoCountries returns the last two different countries the sentence
// names before token j, in the order named.
func (sc *sentence) lastTwoCountries(j int) (string, string) {
	var cs []string
	for _, e := range sc.ents {
		if e.End > sc.toks[j].Start {
			break
		}
		if c := e.Nation(); c != "" && !slices.Contains(cs, c) {
			cs = append(cs, c)
		}
	}
	if len(cs) < 2 {
		return "", ""
	}
	return cs[len(cs)-2], cs[len(cs)-1]
}

// storyBorder returns the border the story names between two countries
// for a border noun at token j (n words) that names none, where a place
// is meant ("killed in border clashes", "fighting along the border",
// "clashes on the same border"): a place preposition before it, and no
// body's noun after it ("the border service said").
func (sc *sentence) storyBorder(j, n int) string {
	if sc.story == nil {
		return ""
	}
	k := j - 1
	for k >= 0 && (sc.s.Lex.Stop.Has(sc.word(k)) && !borderPrepositions.Has(sc.word(k)) || sc.word(k) == "same") && k >= j-2 {
		k-- // "the", "the same"
	}
	if k < 0 || !borderPrepositions.Has(sc.word(k)) {
		return ""
	}
	if m, _ := sc.s.Lex.Orgs.MatchWords(sc.words, j); m > n {
		return "" // "the border guard", "the border service"
	}
	if m, _ := sc.s.Lex.Orgs.MatchWords(sc.words, j+n); m > 0 {
		return "" // "the border police"
	}
	return sc.story.name(sc)
}

// borderPrepositions put a figure on a border: "along the border".
var borderPrepositions = wordset.New(map[string]bool{"in": true, "on": true, "along": true, "at": true, "across": true, "near": true, "into": true,
	"an": true, "entlang": true, "en": true, "le": true, "à": true, "на": true, "у": true, "в": true, "вдоль": true, "уздовж": true, "біля": true})

// storyBorders finds, once per document, the first border between two
// countries the story names anywhere: the one its uncountried borders
// mean.
type storyBorders struct {
	ents  []news.Entity // the document's, ordered by start
	found bool
	first string
}

// name returns the story's border, scanning its sentences the first time.
func (b *storyBorders) name(sc *sentence) string {
	if b.found {
		return b.first
	}
	b.found = true
	ei := 0
	var tmp sentence // one for every sentence: the scan allocates nothing per sentence
	for si, sent := range sc.d.Sentences {
		if sent.Boilerplate {
			continue
		}
		for ei < len(b.ents) && b.ents[ei].Start < sent.Start {
			ei++
		}
		ej := ei
		for ej < len(b.ents) && b.ents[ej].End <= sent.End {
			ej++
		}
		toks, words := token.Sentence(sc.ctx, sc.d.Text, sent.Span)
		tmp = sentence{ctx: sc.ctx, s: sc.s, d: sc.d, idx: si, span: sent.Span, ents: b.ents[ei:ej], toks: toks, words: words, state: sc.state}
		if name := tmp.firstBorder(); name != "" {
			b.first = name
			return b.first
		}
	}
	return ""
}
