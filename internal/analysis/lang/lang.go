// Package lang holds the per-language word lists the analysis stages read:
// counted nouns, measure words, reporting cues, hedges, unnamed sources and
// pronouns. Each language is a folder of embedded text files; stages look
// words up through a Lexicon and never carry word lists in Go code.
package lang

import (
	"bufio"
	"embed"
	"fmt"
	"io/fs"
	"strings"
	"sync"

	"github.com/sitrep/sitrep/internal/analysis/token"
	"github.com/sitrep/sitrep/internal/news"
)

//go:embed */*.txt
var dataFS embed.FS

// Lexicon is one language's word lists. It is immutable and safe for
// concurrent use.
type Lexicon struct {
	Lang        string
	Nouns       *Phrases // counted nouns -> what
	Generic     *Phrases // nouns that defer to their "of" complement -> ""
	Anaphora    *Phrases // "number", "figure" -> ""
	Measures    *Phrases // measure words -> measure
	Receive     *Phrases // verbs of receiving -> ""
	Cues        *Phrases // reporting words -> implied hedge
	Hedges      *Phrases // hedge phrases -> hedge
	Unconfirmed *Phrases // "could not independently confirm" -> ""
	Sources     *Phrases // unnamed/collective speakers -> "type|name"
	Pronouns    *Phrases // pronouns and descriptions -> "type;type"
	Stop        *Phrases // function words that end a noun phrase
	Orgs        *Phrases // institution nouns -> source type ("air force" -> military)
	Roles       *Phrases // nouns of a speaker's role ("official", "envoy") -> ""
	Future      *Phrases // modals and verbs of intent before a verb ("will", "plans to") -> ""
	Agents      *Phrases // a side's bodies that act for it ("forces", "factories") -> ""
	Preps       *Phrases // reporting cues that put their source after them ("selon", "d'après") -> ""; optional file
	Nation      *Phrases // phrases that spread a figure over a whole country ("across the country") -> ""
	Forces      *Phrases // a state's forces as one body, with the article ("the army", "the air force") -> ""
	Enemy       *Phrases // words that name the speaker's enemy ("enemy", "противник") -> ""
	Irregulars  *Phrases // nouns for fighters no state has ("militants", "gunmen") -> ""
	Regulars    *Phrases // nouns for a state's regular forces ("soldiers", "police officers") -> ""
	Platforms   *Phrases // nouns for the ships, aircraft and vehicles a side moves itself ("warships", "tanks") -> ""
	Civilians   *Phrases // nouns that always name civilians ("families", "refugees") -> ""
	Unmarked    *Phrases // nouns for people of no stated kind ("people", "persons") -> ""
	Presence    *Phrases // verbs of being somewhere ("stationed", "spotted") -> ""
	Bodies      *Phrases // head nouns of organisations' names ("university", "institute") -> ""
	Events      *Phrases // "after the Pahalgam attack": anchors -> "anchor", event nouns -> "event", prepositions between event and place -> "link"
	Borders     *Phrases // "on the border with Tajikistan": border nouns -> "noun", the words that name its countries -> "with", "between", "and", "pair"
	// Discourse holds the words that tie a sentence to its neighbours or
	// name a source inside a clause (discourse.txt, optional): "source"
	// phrases ("nach Angaben", "laut") name the speaker after them,
	// "possessive" ones ("nach seinen Worten") the one named before,
	// "backref" words ("Das sagte ...") make the sentence before the
	// content, and "mood" forms (the German Konjunktiv I "seien") carry
	// the previous sentence's speaker on.
	Discourse *Phrases
}

// Languages returns the codes of the languages with word lists, sorted.
func Languages() []string {
	ents, err := fs.ReadDir(dataFS, ".")
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

var (
	mu    sync.Mutex
	cache = map[string]*Lexicon{}
)

// Get returns the lexicon of a language ("en", ...), loading it once.
func Get(code string) (*Lexicon, error) {
	mu.Lock()
	defer mu.Unlock()
	if l, ok := cache[code]; ok {
		return l, nil
	}
	if _, err := fs.Stat(dataFS, code); err != nil {
		return nil, fmt.Errorf("no word lists for language %q", code)
	}
	l := &Lexicon{Lang: code}
	var err error
	load := func(name string, keyed bool) *Phrases {
		if err != nil {
			return nil
		}
		var p *Phrases
		p, err = loadPhrases(code+"/"+name, keyed)
		return p
	}
	l.Nouns = load("nouns.txt", true)
	l.Generic = load("generic.txt", false)
	l.Anaphora = load("anaphora.txt", false)
	l.Measures = load("measures.txt", true)
	l.Receive = load("receive.txt", false)
	l.Cues = load("cues.txt", true)
	l.Hedges = load("hedges.txt", true)
	l.Unconfirmed = load("unconfirmed.txt", false)
	l.Sources = load("sources.txt", true)
	l.Pronouns = load("pronouns.txt", true)
	l.Stop = load("stop.txt", false)
	l.Orgs = load("orgs.txt", true)
	l.Roles = load("roles.txt", false)
	l.Future = load("future.txt", false)
	l.Agents = load("agents.txt", false)
	l.Enemy = load("enemy.txt", false)
	l.Irregulars = load("irregulars.txt", false)
	l.Regulars = load("regulars.txt", false)
	l.Civilians = load("civilians.txt", false)
	l.Unmarked = load("unmarked.txt", false)
	l.Presence = load("presence.txt", false)
	l.Bodies = load("bodies.txt", false)
	l.Nation = load("nation.txt", false)
	l.Forces = load("forces.txt", false)
	if _, serr := fs.Stat(dataFS, code+"/preps.txt"); serr == nil {
		l.Preps = load("preps.txt", false)
	} else {
		l.Preps = NewPhrases() // English reads "according to", "per", "citing" in the attribution stage
	}
	if err == nil {
		l.Discourse, err = loadOptional(code+"/discourse.txt", true)
	}
	if err == nil {
		l.Platforms, err = loadOptional(code+"/platforms.txt", false)
	}

	if err == nil {
		l.Events, err = loadPhrases(code+"/events.txt", true)
	}
	if err == nil {
		l.Borders, err = loadPhrases(code+"/borders.txt", true)
	}
	if err != nil {
		return nil, err
	}
	cache[code] = l
	return l, nil
}

// loadOptional reads a list file that a language may lack: an empty set then.
func loadOptional(path string, keyed bool) (*Phrases, error) {
	if _, err := fs.Stat(dataFS, path); err != nil {
		return NewPhrases(), nil
	}
	return loadPhrases(path, keyed)
}

// loadPhrases reads a list file. Keyed files have lines "value | a; b; c"
// (sources.txt: "type | name | a; b", stored as value "type|name"); plain
// files have lines "a; b; c".
func loadPhrases(path string, keyed bool) (*Phrases, error) {
	f, err := dataFS.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open word list %s: %w", path, err)
	}
	defer f.Close()
	p := NewPhrases()
	sc := bufio.NewScanner(f)
	line := 0
	for sc.Scan() {
		line++
		s := strings.TrimSpace(sc.Text())
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		value, words := "", s
		if keyed {
			cols := strings.Split(s, "|")
			if len(cols) < 2 {
				return nil, fmt.Errorf("%s:%d: want \"value | words\"", path, line)
			}
			for i := range cols {
				cols[i] = strings.TrimSpace(cols[i])
			}
			value = strings.Join(cols[:len(cols)-1], "|")
			words = cols[len(cols)-1]
		}
		for _, w := range strings.Split(words, ";") {
			if w = strings.TrimSpace(w); w != "" {
				p.Add(w, value)
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read word list %s: %w", path, err)
	}
	return p, nil
}

// Phrases is a set of word sequences, matched token by token on lower-cased
// text, each with a value.
type Phrases struct {
	root pnode // the trie as Add builds it; idx is its copy that the matchers walk
	idx  index
	// first holds a bit for the firstKey of every phrase's first word. The
	// stages try a set at nearly every token of a sentence and nearly every
	// try fails on the first word: the bit test turns most of those away
	// before a map look-up hashes the word.
	first [firstBits / 64]uint64
}

type pnode struct {
	next  map[string]*pnode
	value *string
	id    int32 // the node's number in the index
}

// firstBits is the size of Phrases.first: a few hundred first words set
// about one bit in twenty.
const firstBits = 4096

// firstKey hashes a normal word by its length and its first, middle and
// last bytes, which is cheap and tells most words apart: on the English
// corpus the middle byte let through 930 words that start no phrase, of
// 83,000 tries of the lists, where the three others let 2,400.
func firstKey[W ~string | ~[]byte](w W) uint32 {
	if len(w) == 0 {
		return 0
	}
	h := uint32(len(w)) | uint32(w[0])<<8 | uint32(w[len(w)-1])<<16 | uint32(w[len(w)>>1])<<24
	return (h * 0x9E3779B1) >> (32 - 12)
}

// mayStart reports whether a phrase may start with the normal word w:
// false means none does.
func mayStart[W ~string | ~[]byte](p *Phrases, w W) bool {
	k := firstKey(w)
	return p.first[k/64]&(1<<(k%64)) != 0
}

// NewPhrases returns an empty set.
func NewPhrases() *Phrases { return &Phrases{} }

// Add inserts a phrase; the first value given for a phrase is kept.
func (p *Phrases) Add(phrase, value string) {
	if len(p.idx.nodes) == 0 {
		p.idx.addNode() // the root
	}
	n := &p.root
	for i, t := range token.Tokenize(phrase, news.Span{Start: 0, End: len(phrase)}) {
		w := token.Norm(t.Text(phrase))
		if i == 0 {
			k := firstKey(w)
			p.first[k/64] |= 1 << (k % 64)
		}
		if n.next == nil {
			n.next = map[string]*pnode{}
		}
		c, ok := n.next[w]
		if !ok {
			c = &pnode{id: p.idx.addNode()}
			n.next[w] = c
			p.idx.addEdge(n.id, w, c.id)
		}
		n = c
	}
	if n.value == nil {
		n.value = &value
		p.idx.nodes[n.id].value = n.value
	}
}

// Has reports whether the phrase is in the set.
func (p *Phrases) Has(phrase string) bool {
	_, ok := p.Get(phrase)
	return ok
}

// Get returns the value of the phrase and whether it is in the set.
func (p *Phrases) Get(phrase string) (string, bool) {
	if v, found, plain := p.getPlain(phrase); plain {
		return v, found
	}
	// The tokens go into an array on the stack: the stages ask for
	// punctuation and numbers too (a sentence's words one by one), and
	// token.Tokenize cost an allocation each time.
	var buf [16]token.Token
	toks := token.AppendTokens(buf[:0], phrase, news.Span{Start: 0, End: len(phrase)})
	n, v := p.MatchAt(phrase, toks, 0)
	return v, n == len(toks) && n > 0
}

// getPlain is Get for the phrases the stages ask for most, words of the
// letters a to z between single spaces ("he", "the ministry"), which
// need neither tokenizing nor normalizing: each word is one token and its
// own normal form. plain is false for any other phrase.
func (p *Phrases) getPlain(phrase string) (v string, found, plain bool) {
	var n int32 // the root
	start := 0
	for i := 0; i <= len(phrase); i++ {
		if i < len(phrase) {
			if c := phrase[i]; 'a' <= c && c <= 'z' {
				continue
			} else if c != ' ' {
				return "", false, false
			}
		}
		if i == start {
			return "", false, false // a leading, trailing or second space
		}
		// The word ends at a space or the end, so it is a whole token:
		// a miss means the phrase is not in the set.
		w := phrase[start:i]
		if start == 0 && !mayStart(p, w) {
			return "", false, true
		}
		if n = child(&p.idx, n, w); n == 0 {
			return "", false, true
		}
		start = i + 1
	}
	if v := p.idx.nodes[n].value; v != nil {
		return *v, true, true
	}
	return "", false, true
}

// Empty reports whether the set holds no phrase.
func (p *Phrases) Empty() bool { return p == nil || p.root.next == nil }
