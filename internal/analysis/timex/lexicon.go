package timex

import (
	"bufio"
	"embed"
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

//go:embed lang/*.txt
var langFS embed.FS

// Word classes; a word may belong to several.
const (
	clMonth = 1 << iota
	clWeekday
	clSeason
	clRelDay
	clShift
	clUnit
	clEdge
	clCue
	clAgo
	clNum
	clAMPM
	clTZ
	clPubPrefix
	clCount
)

// A token keeps a word's classes in 16 bits.
const _ = uint16(clCount<<1 - 1)

// word is what the lexicon knows about one lower-cased word.
type word struct {
	id      uint16 // its index in lexicon.list
	class   int
	ambig   bool   // counts only when capitalized or next to a number
	month   int    // 1..12
	weekday int    // 0 Sunday .. 6 Saturday
	season  int    // first month of the season
	relDay  int    // offset in days
	shift   int    // -1 last, 0 this, 1 next
	unit    string // day, week, month, year
	edge    string // early, late, mid
	cue     string // the cue's own name, or "span"/"range" for kept cues
	num     int
	ampm    string
}

// lexicon maps lower-cased words to what they mean in one language.
type lexicon struct {
	lang  string
	words map[string]*word
	// list holds the words by id; list[0] is nil, the id of no word. A
	// token keeps an id rather than a pointer, so token buffers hold no
	// pointers for the garbage collector to scan or write barriers to guard.
	list []*word
	// maxLen is the longest word, so longer tokens skip the map lookup.
	maxLen int
	// shape[c][n] reports whether some word starts with ASCII letter c and
	// has n bytes: most words of a text fail this and skip the map.
	shape [26][33]bool
	// short holds the words of up to 8 ASCII bytes, which are most of
	// those a text hits ("the", "in", "of", "march"), so that they are
	// found without hashing a string.
	short shortWords
}

// shortWords is an open-addressed table of words of up to 8 ASCII bytes,
// each keyed by packShort (never 0).
type shortWords struct {
	keys  []uint64
	words []*word
	shift uint // 64 - log2(len(keys))
}

// packShort returns the key of an ASCII word of 1 to 8 bytes, lower-cased:
// its 7-bit bytes and its length; ok is false for a longer or non-ASCII one.
func packShort(s string) (k uint64, ok bool) {
	if len(s) == 0 || len(s) > 8 {
		return 0, false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return 0, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		k = k<<7 | uint64(c)
	}
	return k<<4 | uint64(len(s)), true
}

func newShortWords(words map[string]*word) shortWords {
	n := 16
	for n < 4*len(words) {
		n *= 2
	}
	t := shortWords{keys: make([]uint64, n), words: make([]*word, n), shift: 64}
	for m := n; m > 1; m >>= 1 {
		t.shift--
	}
	for w, e := range words {
		if k, ok := packShort(w); ok {
			i := t.slot(k)
			t.keys[i], t.words[i] = k, e
		}
	}
	return t
}

// slot returns the index that holds k, or the empty one where it would go.
func (t *shortWords) slot(k uint64) uint64 {
	mask := uint64(len(t.keys) - 1)
	i := (k * 0x9E3779B97F4A7C15) >> t.shift
	for t.keys[i] != k && t.keys[i] != 0 {
		i = (i + 1) & mask
	}
	return i
}

// find looks s up, in any case, when it is a short ASCII word; ok is false
// when it is not one.
func (t *shortWords) find(s string) (w *word, ok bool) {
	k, ok := packShort(s)
	if !ok {
		return nil, false
	}
	return t.words[t.slot(k)], true
}

func loadLexicon(lang string) (*lexicon, error) {
	data, err := langFS.ReadFile("lang/" + lang + ".txt")
	if err != nil {
		return nil, fmt.Errorf("timex: language %q: %w", lang, err)
	}
	lx := &lexicon{lang: lang, words: map[string]*word{}, list: []*word{nil}}
	sc := bufio.NewScanner(strings.NewReader(string(data)))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Fields(line)
		if len(f) < 3 {
			return nil, fmt.Errorf("timex: lang/%s.txt:%d: want CLASS VALUE WORD...", lang, n)
		}
		for _, w := range f[2:] {
			if err := lx.add(f[0], f[1], w); err != nil {
				return nil, fmt.Errorf("timex: lang/%s.txt:%d: %w", lang, n, err)
			}
		}
	}
	lx.short = newShortWords(lx.words)
	return lx, nil
}

func (lx *lexicon) add(class, value, w string) error {
	ambig := strings.HasSuffix(w, "*")
	w = strings.ToLower(strings.TrimSuffix(w, "*"))
	e := lx.words[w]
	if e == nil {
		if len(lx.list) > math.MaxUint16 {
			return fmt.Errorf("more than %d words", math.MaxUint16)
		}
		e = &word{id: uint16(len(lx.list))}
		lx.words[w] = e
		lx.list = append(lx.list, e)
		lx.maxLen = max(lx.maxLen, len(w))
		if c := w[0] | 0x20; 'a' <= c && c <= 'z' && len(w) < 33 {
			lx.shape[c-'a'][len(w)] = true
		}
	}
	e.ambig = e.ambig || ambig
	num := func() (int, error) {
		v, err := strconv.Atoi(value)
		if err != nil {
			return 0, fmt.Errorf("class %s: value %q: %w", class, value, err)
		}
		return v, nil
	}
	var err error
	switch class {
	case "month":
		e.class |= clMonth
		e.month, err = num()
	case "weekday":
		e.class |= clWeekday
		e.weekday, err = num()
	case "season":
		e.class |= clSeason
		e.season, err = num()
	case "relday":
		e.class |= clRelDay
		e.relDay, err = num()
	case "shift":
		e.class |= clShift
		e.shift, err = num()
	case "num":
		e.class |= clNum
		e.num, err = num()
	case "unit":
		e.class |= clUnit
		e.unit = value
	case "edge":
		e.class |= clEdge
		e.edge = value
	case "cue":
		e.class |= clCue
		e.cue = value
	case "ago":
		e.class |= clAgo
	case "ampm":
		e.class |= clAMPM
		e.ampm = value
	case "tz":
		e.class |= clTZ
	case "pubprefix":
		e.class |= clPubPrefix
	case "count":
		e.class |= clCount
	default:
		return fmt.Errorf("unknown class %q", class)
	}
	return err
}

// lookup returns the entry for a token's text, lower-casing ASCII letters into
// a stack buffer so the common miss costs no allocation.
func (lx *lexicon) lookup(s string) *word {
	if len(s) > lx.maxLen || len(s) > 32 {
		return nil
	}
	if c := s[0] | 0x20; 'a' <= c && c <= 'z' && !lx.shape[c-'a'][len(s)] {
		return nil
	}
	if w, ok := lx.short.find(s); ok {
		return w
	}
	var buf [32]byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return lx.words[string(appendLower(buf[:0], s))]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return lx.words[string(buf[:len(s)])]
}

// lookupASCII is lookup for a word of ASCII letters; k is its
// packShort key less the length, which the tokenizer makes as it reads
// the letters (meaningless past 8 of them).
func (lx *lexicon) lookupASCII(s string, k uint64) *word {
	if len(s) > lx.maxLen || len(s) > 32 || !lx.shape[s[0]|0x20-'a'][len(s)] {
		return nil
	}
	if len(s) <= 8 {
		return lx.short.words[lx.short.slot(k<<4|uint64(len(s)))]
	}
	return lx.lookup(s)
}

// appendLower appends strings.ToLower(s) to b: a look-up written as
// m[string(appendLower(buf[:0], s))] with buf on the stack allocates nothing.
func appendLower(b []byte, s string) []byte {
	for _, r := range s {
		b = utf8.AppendRune(b, unicode.ToLower(r))
	}
	return b
}

// ref returns what a token keeps of w: its id and classes, zero for no word.
func (w *word) ref() (id, class uint16) {
	if w == nil {
		return 0, 0
	}
	return w.id, uint16(w.class)
}

// starts reports whether an expression can begin with the word: a month, a
// weekday, "since", "last", "early", "two" ("two weeks ago"), "the" ("the day
// before yesterday"); not "in", "of" or "and".
func (w *word) starts() bool {
	const cl = clMonth | clWeekday | clSeason | clRelDay | clShift | clEdge | clNum | clUnit
	return w.class&cl != 0 || w.cue == "span" || w.cue == "range" || w.cue == "the"
}
