// Package news holds sitrep's domain types: documents, the spans that annotate
// them, and the claims drawn from them. It depends on the standard library only,
// so every other package can share these types without import cycles.
//
// One rule carries the package: the text of a document is never changed. Every
// annotation is a Span of byte offsets into Doc.Text.
package news

import (
	"fmt"
	"sort"
	"time"
	"unicode/utf8"
)

// Span is a half-open range [Start, End) of byte offsets into a document text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len is the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// Empty reports whether the span covers no bytes.
func (s Span) Empty() bool { return s.End <= s.Start }

// Of returns the text the span covers.
func (s Span) Of(text string) string { return text[s.Start:s.End] }

// Contains reports whether o lies inside s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// Overlaps reports whether s and o share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// Valid reports whether the span lies inside a text of length n.
func (s Span) Valid(n int) bool { return 0 <= s.Start && s.Start <= s.End && s.End <= n }

// Meta is what is known about a document apart from its text.
type Meta struct {
	Title        string    `json:"title,omitempty"`
	Byline       string    `json:"byline,omitempty"`
	Outlet       string    `json:"outlet,omitempty"`
	URL          string    `json:"url,omitempty"`
	CanonicalURL string    `json:"canonical_url,omitempty"`
	Lang         string    `json:"lang,omitempty"`
	Published    time.Time `json:"published,omitzero"` // zero when unknown
}

// Doc is one document under analysis: its text and every annotation that the
// analysis stages add. Each stage fills its own fields and reads earlier ones.
type Doc struct {
	ID   string // content hash, or the path as given for extract
	Path string // the file, URL or "-" the document came from
	Text string // the document text; all offsets index it
	Meta Meta

	// PublishedFixed is set when the caller fixed the publication date
	// (--published); stages must not overwrite Meta.Published then.
	PublishedFixed bool

	Headline    Span   // zero when none was found
	Dateline    Span   // the line that carries the publication date, if any
	Boilerplate []Span // regions that are not the article's own reporting
	Sentences   []Sentence
	Entities    []Entity
	// Focus is the country the document names most often (set by the
	// entity stage): institutions named without a country belong to it.
	Focus        string
	Times        []TimeExpr
	Quantities   []Quantity
	Attributions []Attribution
	Claims       []Claim
}

// InBoilerplate reports whether sp lies inside a boilerplate region.
func (d *Doc) InBoilerplate(sp Span) bool {
	for _, b := range d.Boilerplate {
		if b.Contains(sp) {
			return true
		}
	}
	return false
}

// SentenceTimes returns the time expressions of sentence i. The dates
// stage finds them sentence by sentence, in order, so a search finds the
// sentence's run: stages that read a sentence's times no longer scan every
// time of the document for each figure, cue or token, which grew with the
// square of a long document.
func (d *Doc) SentenceTimes(i int) []TimeExpr {
	if i < 0 || i >= len(d.Sentences) {
		return nil
	}
	sp, ts := d.Sentences[i].Span, d.Times
	lo := sort.Search(len(ts), func(k int) bool { return ts[k].Start >= sp.Start })
	hi := lo
	for hi < len(ts) && ts[hi].Start < sp.End {
		hi++
	}
	return ts[lo:hi]
}

// SentenceAt returns the index of the sentence that contains offset off, or -1.
func (d *Doc) SentenceAt(off int) int {
	lo, hi := 0, len(d.Sentences)
	for lo < hi {
		m := (lo + hi) / 2
		s := d.Sentences[m].Span
		switch {
		case off < s.Start:
			hi = m
		case off >= s.End:
			lo = m + 1
		default:
			return m
		}
	}
	return -1
}

// Check verifies that every annotation lies inside the text, that sentences are
// in order and do not overlap, and that every claim's quote is the text it
// points at. Tests and fuzzers call it after analysis.
func (d *Doc) Check() error {
	n := len(d.Text)
	check := func(what string, i int, s Span) error {
		if !s.Valid(n) {
			return fmt.Errorf("%s %d: span [%d,%d) outside text of %d bytes", what, i, s.Start, s.End, n)
		}
		return nil
	}
	if err := check("headline", 0, d.Headline); err != nil {
		return err
	}
	for i, b := range d.Boilerplate {
		if err := check("boilerplate", i, b); err != nil {
			return err
		}
	}
	prev := 0
	for i, s := range d.Sentences {
		if err := check("sentence", i, s.Span); err != nil {
			return err
		}
		if s.Start < prev {
			return fmt.Errorf("sentence %d: starts at %d before the previous end %d", i, s.Start, prev)
		}
		prev = s.End
	}
	for i, e := range d.Entities {
		if err := check("entity", i, e.Span); err != nil {
			return err
		}
	}
	for i, t := range d.Times {
		if err := check("time", i, t.Span); err != nil {
			return err
		}
	}
	for i, q := range d.Quantities {
		for _, s := range []Span{q.Span, q.Number} {
			if err := check("quantity", i, s); err != nil {
				return err
			}
		}
	}
	for i, a := range d.Attributions {
		for _, s := range []Span{a.Content, a.SourceSpan, a.CueSpan} {
			if err := check("attribution", i, s); err != nil {
				return err
			}
		}
	}
	for i, c := range d.Claims {
		if err := check("claim", i, Span{c.Start, c.End}); err != nil {
			return err
		}
		if got := d.Text[c.Start:c.End]; got != c.Quote {
			return fmt.Errorf("claim %d: quote %q is not the text %q at [%d,%d)", i, c.Quote, got, c.Start, c.End)
		}
		if !utf8.ValidString(c.Quote) {
			return fmt.Errorf("claim %d: quote is not valid UTF-8", i)
		}
	}
	return nil
}

// Sentence is one sentence of the document.
type Sentence struct {
	Span
	Headline    bool `json:"headline,omitempty"`    // a title or heading line
	Boilerplate bool `json:"boilerplate,omitempty"` // inside a boilerplate region
}
