package segment

import (
	"bufio"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"strconv"
	"strings"
)

//go:embed data
var dataFS embed.FS

// phrase is a cue of one or more lowercase words with its weight.
type phrase struct {
	words  []string
	weight int
	colon  bool // written with a final ":": it must open the line
}

// phrases indexes cue phrases by their first word, so a line is matched in
// one pass over its words. A filter on the first word's length and outer
// bytes turns most words of a line away before anything is lowercased or
// hashed.
type phrases struct {
	first  map[string][]phrase
	filter [1 << 16 / 64]uint64
}

func newPhrases() *phrases { return &phrases{first: map[string][]phrase{}} }

func (p *phrases) add(ph phrase) {
	w := ph.words[0]
	p.first[w] = append(p.first[w], ph)
	k := filterKey(w)
	p.filter[k/64] |= 1 << (k % 64)
}

// mayStart reports whether an ASCII word, in any case, may be the first
// word of a phrase; k is the word's filterKey.
func (p *phrases) mayStart(k uint16) bool {
	return p.filter[k/64]&(1<<(k%64)) != 0
}

// filterKey hashes a word's length and its first, second and last bytes,
// folded to lowercase.
func filterKey(w string) uint16 {
	n := len(w)
	if n == 0 {
		return 0
	}
	b0, b1, bl := uint(w[0]|0x20), uint(w[min(1, n-1)]|0x20), uint(w[n-1]|0x20)
	return uint16(uint(min(n, 31))*0x9E3 ^ b0<<8 ^ b1<<3 ^ bl*31)
}

// lexicon is one language's word lists (see data/README.md).
type lexicon struct {
	lang       string
	abbrev     map[string]bool // lowercase, without the final period
	ordinals   bool            // a period after one or two digits is an ordinal's ("5. März")
	starters   map[string]bool
	function   *wordSet
	cues       *phrases
	related    *phrases
	chrome     *wordSet
	credits    *phrases
	avatar     *phrases
	dates      *wordSet
	byline     *phrases
	connectors *wordSet
	bio        *wordSet
	bioVerbs   *wordSet
}

// numberAbbrev in abbreviations.txt makes ordinals of numbers of one or two
// digits with a period.
const numberAbbrev = "NUMBER."

// loadLexicon reads data/<lang>. A language without a directory is an error;
// a missing file within it is an empty list.
func loadLexicon(lang string) (*lexicon, error) {
	dir := "data/" + lang
	if _, err := fs.Stat(dataFS, dir); err != nil {
		return nil, fmt.Errorf("no word lists for language %q: %w", lang, ErrUnsupported)
	}
	lx := &lexicon{
		lang: lang, abbrev: map[string]bool{}, starters: map[string]bool{}, function: newWordSet(),
		cues: newPhrases(), related: newPhrases(), chrome: newWordSet(), credits: newPhrases(), avatar: newPhrases(),
		dates: newWordSet(), byline: newPhrases(), connectors: newWordSet(), bio: newWordSet(),
		bioVerbs: newWordSet(),
	}
	err := readList(dir+"/abbreviations.txt", func(_ string, _ int, w string) error {
		if w == numberAbbrev {
			lx.ordinals = true
			return nil
		}
		lx.abbrev[strings.TrimSuffix(strings.ToLower(w), ".")] = true
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = readList(dir+"/starters.txt", func(_ string, _ int, w string) error {
		lx.starters[strings.ToLower(w)] = true
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = readList(dir+"/function.txt", func(_ string, _ int, w string) error {
		lx.function.add(strings.ToLower(w), 1)
		return nil
	})
	if err != nil {
		return nil, err
	}
	if err := readList(dir+"/boilerplate.txt", lx.addBoilerplate); err != nil {
		return nil, err
	}
	return lx, nil
}

func (lx *lexicon) addBoilerplate(section string, weight int, entry string) error {
	entry = strings.ToLower(entry)
	ph := phrase{words: cueWords(entry), weight: weight, colon: strings.HasSuffix(entry, ":")}
	if len(ph.words) == 0 {
		return fmt.Errorf("entry %q has no words", entry)
	}
	switch section {
	case "cues":
		lx.cues.add(ph)
	case "related":
		lx.related.add(ph)
	case "credits":
		lx.credits.add(ph)
	case "avatar":
		lx.avatar.add(ph)
	case "byline":
		lx.byline.add(ph)
	case "chrome":
		lx.chrome.add(entry, weight)
	case "dates":
		lx.dates.add(entry, weight)
	case "connectors":
		lx.connectors.add(entry, 1)
	case "bio":
		lx.bio.add(entry, 1)
	case "bioverbs":
		lx.bioVerbs.add(entry, 1)
	default:
		return fmt.Errorf("unknown section [%s]", section)
	}
	return nil
}

// cueWords splits a cue phrase the way lines are split into words.
func cueWords(s string) []string {
	var l lowerer
	l.split(s, 0, len(s))
	out := make([]string, len(l.words))
	for i := range l.words {
		out[i] = string(l.word(i))
	}
	return out
}

// readList calls add for each entry of an embedded list file, with the
// current [section] and the entry's optional leading weight (default 1).
// A missing file is an empty list.
func readList(name string, add func(section string, weight int, entry string) error) error {
	f, err := dataFS.Open(name)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("open %s: %w", name, err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	section, n := "", 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]") {
			section = line[1 : len(line)-1]
			continue
		}
		weight := 1
		if first, rest, ok := strings.Cut(line, " "); ok {
			if w, err := strconv.Atoi(first); err == nil {
				weight, line = w, strings.TrimSpace(rest)
			}
		}
		if err := add(section, weight, line); err != nil {
			return fmt.Errorf("%s:%d: %w", name, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read %s: %w", name, err)
	}
	return nil
}

// languages lists the languages with word lists, for "auto".
func languages() []string {
	ents, err := fs.ReadDir(dataFS, "data")
	if err != nil {
		return nil
	}
	var out []string
	for _, e := range ents {
		if e.IsDir() {
			out = append(out, e.Name())
		}
	}
	return out
}
