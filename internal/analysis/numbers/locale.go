package numbers

import (
	"fmt"
	"strconv"
	"strings"
)

// locale is how a language writes figures and number words, set by the
// "option" lines of its lexicon.
type locale struct {
	dec, dec2 byte // decimal marks; dec2 is 0 when there is one
	grp       byte // the thousands mark besides spaces: ',' or '.', 0 for none
	// apos keeps an apostrophe between letters inside a word: Ukrainian
	// writes "п'ять" (five) as one word.
	apos bool
	// vigesimal reads French tens: "soixante-dix" 70, "quatre-vingts" 80.
	vigesimal bool
	// andOne reads the article after "and" as the unit one: "vingt et un".
	andOne bool
	// andHalf reads a bare half after "and" as a half of what came before:
	// "un million et demi".
	andHalf bool
	// articleOne reads the article after a qualifier as one: "au moins une
	// personne", where English writes "at least one".
	articleOne bool
	// clock is the word after a clock time ("Uhr"); clockBare says it makes
	// an hour without minutes a time too ("9 Uhr").
	clock     string
	clockBare bool
	// abbrDot takes the period after a scale abbreviation into the figure:
	// "от 10 тыс. до 12 тыс." is one range.
	abbrDot bool
	// joiner, when set, makes German compounds: every number below a
	// thousand and its thousands written as one word ("einundzwanzig",
	// "elftausend"), unit before tens joined by it.
	joiner string
	one    string // the form of one at the end of a compound ("hunderteins")
	// combine holds the forms words take inside a compound, by value.
	combine map[float64]string
}

var english = locale{dec: '.', grp: ','}

// option reads an "option NAME [ARG]" line of a lexicon.
func (lx *lexicon) option(f []string) error {
	arg := ""
	if len(f) > 2 {
		arg = f[2]
	}
	switch f[1] {
	case "decimal", "decimal2", "group":
		var b byte
		switch arg {
		case ",", ".":
			b = arg[0]
		case "none":
		default:
			return fmt.Errorf("option %s: want \",\", \".\" or none, got %q", f[1], arg)
		}
		switch f[1] {
		case "decimal":
			lx.loc.dec = b
		case "decimal2":
			lx.loc.dec2 = b
		default:
			lx.loc.grp = b
		}
	case "apostrophe":
		lx.loc.apos = true
	case "vigesimal":
		lx.loc.vigesimal = true
	case "andone":
		lx.loc.andOne = true
	case "andhalf":
		lx.loc.andHalf = true
	case "articleone":
		lx.loc.articleOne = true
	case "abbrdot":
		lx.loc.abbrDot = true
	case "clock":
		if arg == "" {
			return fmt.Errorf("option clock: want the clock word")
		}
		lx.loc.clock = arg
		lx.loc.clockBare = len(f) > 3 && f[3] == "bare"
	case "compound":
		if len(f) != 4 {
			return fmt.Errorf("option compound: want the joining word and the final form of one")
		}
		lx.loc.joiner, lx.loc.one = f[2], f[3]
	default:
		return fmt.Errorf("unknown option %q", f[1])
	}
	return nil
}

// addCombine reads a "combine VALUE WORD" line: the form of a number word
// inside a compound.
func (lx *lexicon) addCombine(f []string) error {
	if len(f) != 3 {
		return fmt.Errorf("combine: want combine VALUE WORD")
	}
	v, err := strconv.ParseFloat(f[1], 64)
	if err != nil {
		return fmt.Errorf("combine %q: value: %w", f[2], err)
	}
	if lx.loc.combine == nil {
		lx.loc.combine = map[float64]string{}
	}
	if _, ok := lx.loc.combine[v]; !ok {
		lx.loc.combine[v] = strings.ToLower(f[2])
	}
	return nil
}

// compounds adds the compound number words of a language that writes them
// as one word: every number below a thousand, and each of them with the
// word for thousand glued on. Generated rather than listed, because German
// writes all 1,998 of them.
func (lx *lexicon) compounds() error {
	if lx.loc.joiner == "" {
		return nil
	}
	cb := lx.loc.combine
	for _, v := range []float64{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 30, 40, 50, 60, 70, 80, 90, 100, 1000} {
		if cb[v] == "" {
			return fmt.Errorf("compound words: no combine form for %g", v)
		}
	}
	below := func(n int, final bool) string { // 1..99
		switch {
		case n == 1 && final:
			return lx.loc.one
		case n < 20:
			return cb[float64(n)]
		case n%10 == 0:
			return cb[float64(n)]
		}
		return cb[float64(n%10)] + lx.loc.joiner + cb[float64(n-n%10)]
	}
	for n := 1; n < 1000; n++ {
		var forms []string
		rest := ""
		if r := n % 100; r > 0 {
			rest = below(r, n >= 100)
		}
		if h := n / 100; h > 0 {
			forms = append(forms, cb[float64(h)]+cb[100]+rest)
			if h == 1 {
				forms = append(forms, cb[100]+rest) // "hundertzwanzig"
			}
		} else {
			forms = append(forms, rest)
		}
		for _, f := range forms {
			if alt := umlautFree.Replace(f); alt != f {
				forms = append(forms, alt)
			}
		}
		for _, w := range forms {
			if _, known := lx.ids[w]; !known {
				lx.addWord(w, cGroup, float64(n))
			}
			k := w
			if n == 1 {
				k = cb[1]
			}
			k += cb[1000]
			if _, known := lx.ids[k]; !known {
				lx.addWord(k, cGroupK, float64(n)*1000)
			}
		}
	}
	return nil
}

// addWord gives the single word w the class c with value v.
func (lx *lexicon) addWord(w string, c class, v float64) {
	wi := &lx.words[lx.intern(w)]
	wi.cls |= 1 << c
	wi.val[c] = v
}

// thousandWord is where splitCompound cuts a German compound.
const thousandWord = "tausend"

// splitCompound returns the head of a compound word too long to be
// generated, thousands and the rest ("zweitausend|fünfhundert"), as a token
// of its own: the rest is then read as the next token.
func (lx *lexicon) splitCompound(text string, t token) (token, bool) {
	if lx.loc.joiner == "" || t.kind != tWord || t.end-t.start <= len(thousandWord)+2 {
		return t, false
	}
	w := text[t.start:t.end]
	i := strings.Index(strings.ToLower(w), thousandWord)
	if i <= 0 || i+len(thousandWord) >= len(w) {
		return t, false
	}
	cut := i + len(thousandWord)
	head, rest := lx.lookup(w[:cut]), lx.lookup(w[cut:])
	if head == 0 || !lx.words[head].is(cGroupK) || rest == 0 || !lx.words[rest].any(cGroup, cUnit, cTeen, cTens, cHundreds) {
		return t, false
	}
	t.end, t.id = t.start+cut, head
	return t, true
}

// umlautFree writes a German word without umlauts and ß, as texts typed
// without them do: "fuenf", "dreissig".
var umlautFree = strings.NewReplacer("ä", "ae", "ö", "oe", "ü", "ue", "ß", "ss")

// apostrophes are the marks Ukrainian writes inside words.
var apostrophes = []string{"'", "\u2019", "\u02bc"}

// apostropheAt returns the length of the apostrophe at text[i] when a
// letter follows it, else 0.
func apostropheAt(text string, i int) int {
	for _, a := range apostrophes {
		if len(text) > i+len(a) && text[i:i+len(a)] == a && letterAt(text, i+len(a)) > 0 {
			return len(a)
		}
	}
	return 0
}

// apostropheVariants returns w written with each apostrophe mark.
func apostropheVariants(w string) []string {
	if !strings.Contains(w, "'") {
		return nil
	}
	var out []string
	for _, a := range apostrophes[1:] {
		out = append(out, strings.ReplaceAll(w, "'", a))
	}
	return out
}
