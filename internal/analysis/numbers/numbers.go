// Package numbers finds numeric expressions in text: figures in digits or
// words, with their qualifiers ("about", "more than"), ranges ("between 10
// and 12"), percentages, vague amounts ("tens of thousands") and the units
// that make a figure a measurement ("155 mm"). Every mention carries byte
// spans into the unchanged text and a resolved news.Value.
//
// The Go code holds the grammar; each language's words live in
// data/<lang>/lexicon.txt, so a language is added as data.
//
// Ordinals ("3rd", "twenty-first") are returned with Ordinal set, and codes
// with letters ("KN-23", "G7", "COVID-19") and clock times ("02:00") are not
// returned at all. Years and dates are returned as plain figures: callers
// drop them with the date spans they know.
package numbers

import (
	"fmt"
	"io/fs"
	"strings"
	"sync"

	"github.com/sitrep/sitrep/internal/news"
)

// Mention is one numeric expression in a text.
type Mention struct {
	news.Span            // the whole expression with its qualifier, range words, currency and unit
	Num       news.Span  // the number or numbers without the qualifier: "11,000 and 12,000"
	Value     news.Value // V for exact, approx, min and max; Low and High for a range
	Qualifier string     // the qualifier as written, lower-cased; "" if none
	Percent   bool       // "15%", "15 percent", "fifteen per cent"
	Vague     bool       // "thousands", "several hundred": Value is the floor, kind min
	Unit      string     // a unit that makes it a measurement, lower-cased: "mm", "km/h", "%"
	Ordinal   bool       // "1st", "third"
	Words     bool       // written at least partly in words

	// Currency is the money sign or code written before the figure ("$",
	// "US$", "€"), "" if none.
	Currency string
	// Low and High are the spans of the two figures of a range, kept when a
	// qualifier made the range a bound ("up to 5,000 or 6,000"); zero otherwise.
	Low, High news.Span
	// OpenLow and OpenHigh say a bound is excluded: "more than 30" is
	// (30,∞), "at least 30" is [30,∞). Ranges are closed.
	OpenLow, OpenHigh bool
}

// Measurement reports whether the figure measures something (a caliber, a
// distance, a weight) rather than counting: a unit other than percent.
func (m Mention) Measurement() bool { return m.Unit != "" && !m.Percent }

// Recognizer finds numeric expressions in one language. It is safe for
// concurrent use.
type Recognizer struct {
	lang string
	lx   *lexicon
}

var (
	cacheMu sync.Mutex
	cache   = map[string]*lexicon{}
)

// New returns a recognizer for the language lang ("en"). It fails for a
// language without a lexicon.
func New(lang string) (*Recognizer, error) {
	cacheMu.Lock()
	defer cacheMu.Unlock()
	lx, ok := cache[lang]
	if !ok {
		var err error
		if lx, err = loadLexicon(lang); err != nil {
			return nil, fmt.Errorf("new number recognizer: %w", err)
		}
		cache[lang] = lx
	}
	return &Recognizer{lang: lang, lx: lx}, nil
}

// Languages are the languages with a lexicon, in the order of the data
// folders.
func Languages() []string {
	ents, _ := fs.ReadDir(dataFS, "data")
	var out []string
	for _, e := range ents {
		if e.IsDir() {
			out = append(out, e.Name())
		}
	}
	return out
}

var byLang sync.Map // language -> *Recognizer, for ForLang

// ForLang returns the recognizer for the language lang, as Doc.Meta.Lang
// names it, or fallback when lang has no lexicon. Recognizers are built
// once and shared: a stage that serves documents in several languages
// calls it per document.
func ForLang(lang string, fallback *Recognizer) *Recognizer {
	if r, ok := byLang.Load(lang); ok {
		return r.(*Recognizer)
	}
	r, err := New(lang)
	if err != nil {
		return fallback
	}
	byLang.Store(lang, r)
	return r
}

// Lang returns the recognizer's language.
func (r *Recognizer) Lang() string { return r.lang }

// Find returns the numeric expressions in text in order of Start, without
// overlaps. Offsets are bytes into text; any input is accepted.
func (r *Recognizer) Find(text string) []Mention {
	// News text holds a figure every 100 or so bytes.
	return r.AppendFind(make([]Mention, 0, len(text)/128+4), text)
}

// AppendFind appends the mentions Find returns to dst: a caller that
// reuses its slice from document to document allocates none.
func (r *Recognizer) AppendFind(dst []Mention, text string) []Mention {
	return newScanner(r.lx).find(dst, text, r.lx.loc.joiner == "")
}

// find is AppendFind; fast says to pass over plain words with skipPlain,
// which only a lexicon without a compound joiner may (tests compare both
// ways).
func (lx *scanner) find(out []Mention, text string, fast bool) []Mention {
	var prev token
	for pos := 0; pos < len(text); {
		if fast {
			pos = lx.skipPlain(text, pos, &prev)
		}
		t := lx.scanTok(text, pos)
		if t.kind == tEOF {
			break
		}
		if t.kind == tWord && !lx.mayOpen(text[t.start:t.end]) {
			st, ok := t, false
			if lx.loc.joiner != "" {
				st, ok = lx.splitCompound(text, t)
			}
			if !ok {
				if end := urlEnd(text, t); end > 0 {
					prev, pos = token{}, end
					continue
				}
				prev, pos = t, t.end
				prev.id = -1 // not looked up: no word that matters after it
				continue
			}
			t = st
		} else if t.kind != tNum {
			t.id = lx.lookup(text[t.start:t.end])
			if t.id == 0 && lx.loc.joiner != "" {
				if st, ok := lx.splitCompound(text, t); ok {
					t = st
				}
			}
		}
		if end := urlEnd(text, t); end > 0 {
			prev, pos = token{}, end
			continue
		}
		if lx.trigger(text, t) {
			if prev.id < 0 {
				prev.id = lx.lookup(text[prev.start:prev.end])
			}
			m, skip, ok := lx.mentionAt(text, t, prev)
			if ok {
				out = append(out, m)
				prev, pos = token{}, m.End
				continue
			}
			if skip > t.end {
				prev, pos = token{}, skip
				continue
			}
		}
		prev, pos = t, t.end
	}
	return out
}

// trigger reports whether a mention may start at t.
func (lx *lexicon) trigger(text string, t token) bool {
	switch t.kind {
	case tNum:
		return true
	case tPunct:
		switch text[t.start] {
		case '.':
			return t.end < len(text) && isDigit(text[t.end]) && (t.start == 0 || !isDigit(text[t.start-1]))
		case '-', 0xe2: // "-" and "−" as signs
			if t.end < len(text) && isDigit(text[t.end]) {
				return true
			}
		}
	}
	return lx.info(t) != nil && lx.info(t).opens
}

// urlEnd returns the end of the web address that starts at t, or 0: the
// figures in a URL are not numbers.
func urlEnd(text string, t token) int {
	if t.kind != tWord || t.end-t.start > 5 || t.end-t.start < 3 {
		return 0
	}
	w := text[t.start:t.end]
	isURL := (w == "http" || w == "https") && strings.HasPrefix(text[t.end:], "://") ||
		w == "www" && strings.HasPrefix(text[t.end:], ".")
	if !isURL {
		return 0
	}
	i := t.end
	for i < len(text) && spaceAt(text, i) == 0 {
		i++
	}
	return i
}
