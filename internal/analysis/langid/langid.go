// Package langid tells which of sitrep's languages (en, de, es, fr, ru, uk)
// a document is written in. What the page declares (the HTML lang attribute
// or feed metadata, in Doc.Meta.Lang) comes first; when it declares nothing
// usable the text decides: the script, letters only one language uses, and
// the share of each language's frequent function words, read from the
// embedded word lists in data/.
package langid

import (
	"bufio"
	"embed"
	"fmt"
	"io/fs"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Langs are the languages the detector chooses from.
var Langs = []string{"en", "de", "es", "fr", "ru", "uk"}

//go:embed data/*.txt
var dataFS embed.FS

// Guess is the detector's answer for a text.
type Guess struct {
	Lang string // "" when the text gives no evidence
	// Confidence is the winner's share of all the evidence, 0..1.
	Confidence float64
	// Evidence is the winner's score: function words counted once each,
	// distinctive letters half.
	Evidence float64
}

// maxScan bounds how much text is read: a few kilobytes decide.
const maxScan = 16 << 10

// model is the word lists and letter cues by language.
type model struct {
	words map[string]uint8 // bit i set: the word is frequent in Langs[i]
	// wordsBy has bit wordKey(w) set for every w in words: most words of a
	// text are no function word and are turned away without hashing.
	wordsBy [wordsBySize / 64]uint64
	ends    map[string]uint8 // word endings, by language bits
	has     []cue            // letter groups anywhere in a word
	// hasAt[b] are the indexes in has of the groups that start with byte
	// b, so a word is searched for all of them in one pass.
	hasAt [256][]uint8
	// endLens are the byte lengths of the endings, longest first.
	endLens []int
	// endsBy[tailKey(w)] has bit k set when some ending of endLens[k]
	// bytes may share w's last two bytes.
	endsBy endsBy
}

const endsBySize = 1 << 10

type endsBy [endsBySize]uint8

type cue struct {
	text string
	b    []byte
	bits uint8
}

var (
	loadOnce sync.Once
	loaded   *model
	loadErr  error
)

func get() (*model, error) {
	loadOnce.Do(func() { loaded, loadErr = load() })
	return loaded, loadErr
}

func load() (*model, error) {
	m := &model{words: map[string]uint8{}, ends: map[string]uint8{}}
	if err := m.loadCues(); err != nil {
		return nil, err
	}
	for i, l := range Langs {
		name := "data/" + l + ".txt"
		b, err := fs.ReadFile(dataFS, name)
		if err != nil {
			return nil, fmt.Errorf("langid: read %s: %w", name, err)
		}
		sc := bufio.NewScanner(strings.NewReader(string(b)))
		for n := 1; sc.Scan(); n++ {
			w := strings.TrimSpace(sc.Text())
			if w == "" || w[0] == '#' {
				continue
			}
			if strings.ContainsFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) {
				return nil, fmt.Errorf("langid: %s:%d: %q is not one word", name, n, w)
			}
			lw := strings.ToLower(w)
			m.words[lw] |= 1 << i
			k := wordKey([]byte(lw))
			m.wordsBy[k/64] |= 1 << (k % 64)
		}
	}
	return m, nil
}

// Detect guesses the language of text from its statistics alone.
func Detect(text string) Guess { return detect(text, true) }

// detect is Detect; settle lets it stop once the guess is settled.
func detect(text string, settle bool) Guess {
	m, err := get()
	if err != nil {
		return Guess{}
	}
	if len(text) > maxScan {
		cut := maxScan
		for cut > 0 && !utf8.RuneStart(text[cut]) {
			cut--
		}
		text = text[:cut]
	}
	var score [6]float64
	var cyr, lat, words int
	buf := make([]byte, 0, 64) // one word, lower-cased; on the stack
	for i := 0; i < len(text); {
		if c := text[i]; c < utf8.RuneSelf && !isASCIILetter(c) {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) {
			i += n
			continue
		}
		buf = buf[:0]
		for i < len(text) {
			// An ASCII letter or apostrophe is Latin, has no letter cue
			// and lower-cases within ASCII: no unicode tables needed.
			if c := text[i]; c < utf8.RuneSelf {
				if !isASCIILetter(c) && c != '\'' {
					break
				}
				lat++
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				buf = append(buf, c)
				i++
				continue
			}
			r, n = utf8.DecodeRuneInString(text[i:])
			if !unicode.IsLetter(r) && !(r == '\'' || r == '’' || r == 'ʼ') {
				break
			}
			if unicode.Is(unicode.Cyrillic, r) {
				cyr++
			} else if r < 0x250 {
				lat++
			}
			letterCue(&score, r)
			buf = utf8.AppendRune(buf, unicode.ToLower(r))
			i += n
		}
		if bits := m.lookup(buf); bits != 0 {
			add(&score, bits, 1)
		} else {
			m.wordCues(&score, buf)
		}
		if words++; settle && words%settleEvery == 0 {
			if g := guess(&score, cyr, lat); g.Evidence >= settledEvidence && g.Confidence >= settledConfidence {
				return g
			}
		}
	}
	return guess(&score, cyr, lat)
}

const wordsBySize = 1 << 14

// wordKey hashes a lower-cased word's length and outer bytes.
func wordKey(w []byte) uint {
	if len(w) == 0 {
		return 0
	}
	return (uint(len(w))*0x9E3 ^ uint(w[0])<<6 ^ uint(w[len(w)-1])*31) & (wordsBySize - 1)
}

// lookup returns the language bits of the lower-cased word w.
func (m *model) lookup(w []byte) uint8 {
	if k := wordKey(w); m.wordsBy[k/64]&(1<<(k%64)) == 0 {
		return 0
	}
	return m.words[string(w)]
}

func isASCIILetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// A guess this sure is not overturned by more text: Detect stops there,
// which spares most of a long article.
const (
	settleEvery       = 32 // words between looks
	settledEvidence   = 24
	settledConfidence = 0.8
)

// guess reads the scores: the script decides between the two families;
// the words and letters decide within it.
func guess(score *[6]float64, cyr, lat int) Guess {
	first, last := 0, 4
	if cyr > lat {
		first, last = 4, 6
	}
	best, total := -1, 0.0
	for l := first; l < last; l++ {
		total += score[l]
		if best < 0 || score[l] > score[best] {
			best = l
		}
	}
	if cyr+lat == 0 {
		return Guess{}
	}
	if total == 0 || score[best] == 0 {
		if cyr > lat {
			// Cyrillic without a telling word or letter: Russian is the
			// likelier, but say it is a guess.
			return Guess{Lang: "ru", Confidence: 0.5}
		}
		return Guess{}
	}
	return Guess{Lang: Langs[best], Confidence: score[best] / total, Evidence: score[best]}
}

// add adds w to the score of each language in bits.
func add(score *[6]float64, bits uint8, w float64) {
	for l := range Langs {
		if bits&(1<<l) != 0 {
			score[l] += w
		}
	}
}

// letterCue adds the evidence of letters that only some languages write.
func letterCue(score *[6]float64, r rune) {
	const en, de, es, fr, ru, uk = 0, 1, 2, 3, 4, 5
	switch unicode.ToLower(r) {
	case 'ä', 'ö', 'ü', 'ß':
		score[de] += 0.5
	case 'ñ', '¿', '¡', 'á', 'í', 'ó', 'ú':
		score[es] += 0.5
	case 'ç', 'è', 'ê', 'à', 'â', 'î', 'ô', 'û', 'œ', 'ë', 'ï':
		score[fr] += 0.5
	case 'ы', 'э', 'ъ', 'ё':
		score[ru] += 0.5
	case 'і', 'ї', 'є', 'ґ':
		score[uk] += 0.5
	}
}

// Normalize maps a declared language tag ("de-AT", "en_US", "UK") to one of
// Langs, or "" when the tag names another language or none.
func Normalize(tag string) string {
	tag = strings.ToLower(strings.TrimSpace(tag))
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		tag = tag[:i]
	}
	switch tag {
	case "ua": // a country code often written for Ukrainian
		return "uk"
	case "rus":
		return "ru"
	case "ukr":
		return "uk"
	case "deu", "ger":
		return "de"
	case "spa":
		return "es"
	case "fra", "fre":
		return "fr"
	case "eng":
		return "en"
	}
	for _, l := range Langs {
		if tag == l {
			return l
		}
	}
	return ""
}

// Text evidence that overrules a declared language: a page template that
// says lang="en" over a German article, or an English edition of a German
// site that kept lang="de".
const (
	overruleEvidence   = 8
	overruleConfidence = 0.8
)

// Decide returns the language of a document: its declared language when
// that is one of Langs and the text does not clearly say otherwise (another
// script, or strong evidence for another language), else what the text
// says, else fallback.
func Decide(declared, text, fallback string) string {
	g := Detect(text)
	if d := Normalize(declared); d != "" {
		strong := g.Evidence >= overruleEvidence && g.Confidence >= overruleConfidence
		if g.Lang == "" || g.Lang == d || cyrillic(d) == cyrillic(g.Lang) && !strong {
			return d
		}
	}
	if g.Lang != "" && (g.Confidence >= minConfidence || cyrillic(g.Lang) != cyrillic(fallback)) {
		return g.Lang
	}
	return fallback
}

// minConfidence is the share of the evidence a guess needs to overrule the
// fallback within its script: a short English line with one word that
// Spanish also has ("a", "can") is no Spanish text.
const minConfidence = 0.5

func cyrillic(lang string) bool { return lang == "ru" || lang == "uk" }
