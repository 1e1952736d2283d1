package numbers

import (
	"bufio"
	"embed"
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

//go:embed data
var dataFS embed.FS

// class names an entry's role; see data/en/lexicon.txt for each.
type class uint8

const (
	cNone class = iota
	// Single-word classes: a bit set per word.
	cUnit
	cTeen
	cTens
	cHundred
	cScale
	cAbbr
	cOrdinal
	cFraction
	cFractions
	cDozen
	cArticle
	cHalf
	cNegative
	cPoint
	cAnd
	cPronounOne
	cPartitive
	cComparative
	cVulgar
	cHundreds     // a word for a whole number of hundreds ("doscientos", "двести")
	cGroup        // a compound word for a whole group below a thousand ("dreihundertzwölf")
	cGroupK       // a compound word for thousands ("elftausend"): a group and its scale
	cLoneScale    // a scale word that counts alone ("mil", "тысячу"): one of it
	cRound        // a dozen-like word that counts roughly ("une trentaine"): approx
	cRangeArticle // an article a range repeats before its high end: "entre el 5 y el 10"
	cChange       // a word before a change of a figure: "rose by 30 to 1,200" is no range
	nWordClasses
	// Phrase classes: matched as token sequences.
	cApprox
	cExact
	cMin
	cMax
	cPostMin
	cPostMax
	cPostApprox
	cPostClosed
	cVague
	cSeveral
	cPercent
	cPercentPoint
	cMeasure
	cCurrency
	cRangeOpen
	cRangeSep
	cRangeConj
	// Glued suffixes: matched exactly on the letters after digits.
	cSuffix
	cMoneySuffix
	cOrdSuffix
)

var classNames = map[string]class{
	"unit": cUnit, "teen": cTeen, "tens": cTens, "hundred": cHundred, "scale": cScale,
	"abbr": cAbbr, "ordinal": cOrdinal, "fraction": cFraction, "fractions": cFractions,
	"dozen": cDozen, "article": cArticle, "half": cHalf, "negative": cNegative,
	"point": cPoint, "and": cAnd, "pronounone": cPronounOne, "partitive": cPartitive, "rangeconj": cRangeConj,
	"approx": cApprox, "exact": cExact, "min": cMin, "min>": cMin, "max": cMax, "max<": cMax,
	"postmin": cPostMin, "postmax": cPostMax, "postapprox": cPostApprox, "postclosed": cPostClosed,
	"comparative": cComparative, "vulgar": cVulgar,
	"hundreds": cHundreds, "group": cGroup, "groupk": cGroupK, "lonescale": cLoneScale, "round": cRound,
	"rangearticle": cRangeArticle, "change": cChange,
	"vague": cVague, "several": cSeveral, "percent": cPercent, "percentpoint": cPercentPoint,
	"measure": cMeasure, "currency": cCurrency, "rangeopen": cRangeOpen, "rangesep": cRangeSep,
	"suffix": cSuffix, "moneysuffix": cMoneySuffix, "ordsuffix": cOrdSuffix,
}

// wordInfo is what the lexicon knows of one lower-cased token.
type wordInfo struct {
	cls     uint32    // bit c set when the word has single-word class c
	starts  bool      // some phrase begins with this token
	opens   bool      // a mention may begin with this token
	pcls    uint64    // bit c set when a phrase of class c begins with this token
	phrases []*phrase // phrases that begin with this token, longest first
	// needsNext marks a word that begins a mention only before one of
	// nexts, the second tokens of its phrases, or before a scale word (see
	// markNeedsNext).
	needsNext bool
	nexts     []int32
	val       [nWordClasses]float64
}

func (w *wordInfo) is(c class) bool { return w != nil && w.cls&(1<<c) != 0 }

// has reports whether the word has one of the classes in the mask m, made
// with wbits: cheaper than any on hot paths.
func (w *wordInfo) has(m uint32) bool { return w != nil && w.cls&m != 0 }

func wbits(cs ...class) uint32 {
	var m uint32
	for _, c := range cs {
		m |= 1 << c
	}
	return m
}

// Masks of single-word classes for the hot paths.
var (
	// mNumAtom: words that continue a cardinal.
	mNumAtom = wbits(cUnit, cTeen, cTens, cHundred, cScale, cDozen, cAbbr, cHundreds, cGroup, cGroupK, cLoneScale)
	// mWordStart: words a mention without a qualifier may begin with.
	mWordStart = wbits(cUnit, cTeen, cTens, cOrdinal, cArticle, cHalf, cNegative, cVulgar, cHundreds, cGroup, cGroupK, cLoneScale)
)

// any reports whether the word has one of the classes cs.
func (w *wordInfo) any(cs ...class) bool {
	if w == nil {
		return false
	}
	for _, c := range cs {
		if w.cls&(1<<c) != 0 {
			return true
		}
	}
	return false
}

// phrase is a multi-token entry: a qualifier, unit, vague amount...
type phrase struct {
	ids  []int32
	cls  class
	val  float64
	open bool   // the bound is excluded: "more than 30" is (30,∞)
	join int32  // rangeopen: the id of the word that joins the two ends
	text string // the phrase as the data writes it, tokens joined by spaces
}

// lexicon is one language's number vocabulary.
type lexicon struct {
	ids    map[string]int32
	words  []wordInfo // by id; words[0] is the unknown word
	maxLen int
	// lens[c] has bit n set when some entry of n bytes starts with byte c:
	// most words are rejected by it without hashing.
	lens [256]uint64
	// pairs[a][b] has bit n set when some ASCII entry of n bytes starts with
	// the letters a, b (b is 26 for a one-letter entry).
	pairs [27][27]uint64
	// htab is an open-addressing table of the ASCII entries by hashASCII:
	// cheaper than the map on the hot path.
	htab []hentry
	// openPairs is pairs for the words a mention may begin with, openEnds
	// the same by their first and last letters, and punctOpens marks the
	// ASCII punctuation that may begin one (see open.go).
	openPairs  [27][27]uint64
	openEnds   [26][26]uint64
	punctOpens [utf8.RuneSelf]bool
	suffix     map[string]float64 // glued scale suffixes, exact case
	money      map[string]float64 // glued scale suffixes after a currency sign
	ordSuf     map[string]bool    // glued ordinal endings, lower case
	hyphenOrd  bool               // some ordinal ending begins with a hyphen: "-й"
	measure    map[string]string  // glued units, lower case, with their "/" part
	loc        locale
}

// loadLexicon reads data/<lang>/lexicon.txt.
func loadLexicon(lang string) (*lexicon, error) {
	name := "data/" + lang + "/lexicon.txt"
	b, err := fs.ReadFile(dataFS, name)
	if err != nil {
		return nil, fmt.Errorf("numbers: no lexicon for language %q: %w", lang, err)
	}
	lx := &lexicon{
		ids:     map[string]int32{},
		words:   make([]wordInfo, 1, 256),
		suffix:  map[string]float64{},
		money:   map[string]float64{},
		ordSuf:  map[string]bool{},
		measure: map[string]string{},
		loc:     english,
	}
	sc := bufio.NewScanner(strings.NewReader(string(b)))
	for line := 1; sc.Scan(); line++ {
		s := strings.TrimSpace(sc.Text())
		if s == "" || s[0] == '#' {
			continue
		}
		var err error
		switch f := strings.Fields(s); f[0] {
		case "option":
			err = lx.option(f)
		case "combine":
			err = lx.addCombine(f)
		default:
			err = lx.add(s)
		}
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, line, err)
		}
	}
	if err := lx.compounds(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	lx.buildHash()
	for i := range lx.words {
		w := &lx.words[i]
		ps := w.phrases
		sort.SliceStable(ps, func(a, b int) bool { return len(ps[a].ids) > len(ps[b].ids) })
		w.opens = w.has(mWordStart)
		for _, p := range ps {
			w.pcls |= 1 << p.cls
		}
		w.opens = w.opens || w.pcls&mOpen != 0
		lx.markNeedsNext(w)
	}
	lx.markOpen()
	return lx, nil
}

// add reads one entry line.
func (lx *lexicon) add(s string) error {
	f := strings.Fields(s)
	if len(f) < 3 {
		return fmt.Errorf("entry %q: want CLASS VALUE PHRASE", s)
	}
	cls, ok := classNames[f[0]]
	if !ok {
		return fmt.Errorf("entry %q: unknown class %q", s, f[0])
	}
	text := strings.Join(f[2:], " ")
	var val float64
	if f[1] != "-" && cls != cRangeOpen {
		v, err := strconv.ParseFloat(f[1], 64)
		if err != nil {
			return fmt.Errorf("entry %q: value: %w", s, err)
		}
		val = v
	}
	switch cls {
	case cSuffix:
		lx.suffix[text] = val
		return nil
	case cMoneySuffix:
		lx.money[text] = val
		return nil
	case cOrdSuffix:
		lx.ordSuf[strings.ToLower(text)] = true
		lx.hyphenOrd = lx.hyphenOrd || strings.HasPrefix(text, "-")
		return nil
	}
	toks := lx.split(text)
	if len(toks) == 0 {
		return fmt.Errorf("entry %q: empty phrase", s)
	}
	if cls < nWordClasses {
		if len(toks) != 1 {
			return fmt.Errorf("entry %q: class %s takes one word", s, f[0])
		}
		lx.addWord(toks[0], cls, val)
		if lx.loc.apos {
			for _, v := range apostropheVariants(toks[0]) {
				lx.addWord(v, cls, val)
			}
		}
		return nil
	}
	p := &phrase{cls: cls, val: val, open: strings.HasSuffix(f[0], ">") || strings.HasSuffix(f[0], "<")}
	for _, t := range toks {
		p.ids = append(p.ids, lx.intern(t))
	}
	p.text = strings.Join(toks, " ")
	if cls == cRangeOpen {
		p.join = lx.intern(strings.ToLower(f[1]))
	}
	if cls == cMeasure {
		lx.measure[strings.Join(toks, "")] = strings.Join(toks, "")
	}
	w := &lx.words[p.ids[0]]
	w.starts = true
	w.phrases = append(w.phrases, p)
	return nil
}

// split cuts a data phrase into lower-cased tokens the way next cuts text.
func (lx *lexicon) split(s string) []string {
	var out []string
	for pos := 0; ; {
		t := lx.next(s, pos)
		if t.kind == tEOF {
			return out
		}
		out = append(out, strings.ToLower(s[t.start:t.end]))
		pos = t.end
	}
}

// intern returns the id of a lower-cased token, adding it when new.
func (lx *lexicon) intern(s string) int32 {
	if id, ok := lx.ids[s]; ok {
		return id
	}
	id := int32(len(lx.words))
	lx.words = append(lx.words, wordInfo{})
	lx.ids[s] = id
	if len(s) > lx.maxLen {
		lx.maxLen = len(s)
	}
	if len(s) < 64 {
		if a, b := pairIndex(s); a >= 0 {
			lx.pairs[a][b] |= 1 << len(s)
		}
		lx.lens[s[0]] |= 1 << len(s)
		if 'a' <= s[0] && s[0] <= 'z' {
			lx.lens[s[0]-'a'+'A'] |= 1 << len(s)
		}
	}
	return id
}

// info returns what the lexicon knows of a token, nil for unknown tokens.
func (lx *lexicon) info(t token) *wordInfo {
	if t.id == 0 {
		return nil
	}
	return &lx.words[t.id]
}

// pairIndex returns the pairs indexes of s's first two letters, lower-cased,
// or -1 when s does not start with an ASCII letter.
func pairIndex(s string) (int, int) {
	a := int(s[0]|0x20) - 'a'
	if s[0] >= 0x80 || a < 0 || a > 25 {
		return -1, 0
	}
	if len(s) == 1 {
		return a, 26
	}
	b := int(s[1]|0x20) - 'a'
	if s[1] >= 0x80 || b < 0 || b > 25 {
		return -1, 0
	}
	return a, b
}
