// Package consolidate turns claims from many documents into what an analyst
// reads across them: series (one quantity over time, with its independent
// sources), conflicts (different sources disagreeing on the same quantity at
// the same time) and propositions (the same statement made by several
// sources). It is pure: claims and document metadata in, results out; no
// store, no I/O.
package consolidate

import (
	"strings"
	"time"

	"github.com/sitrep/sitrep/internal/news"
)

// DocInfo is what consolidation needs to know about a document.
type DocInfo struct {
	ID, Path, Outlet, Title, URL string
	Published                    time.Time // zero when unknown
	// Story is the id of the document's near-duplicate group: syndicated
	// copies and reprints share it. Empty means the document is its own story.
	Story string
}

// Input is a set of claims with the metadata of the documents they come from.
type Input struct {
	Claims []news.Claim
	Docs   map[string]DocInfo // by Claim.Doc
}

// Options tune consolidation. The zero value is usable.
type Options struct {
	// Window is how far apart in time two figures may be and still be
	// compared for a conflict; zero means 14 days.
	Window time.Duration
	// Tolerance widens approximate figures ("about 11,000") by this relative
	// amount on each side; zero means 10%, a negative value means none.
	Tolerance float64
	// Parents returns the chain of places from loc up to its country,
	// loc first ("Kursk" -> ["Kursk", "Russia"]); nil means every place is
	// its own chain. The gazetteer provides it.
	Parents func(loc string) []string
	// Demonym returns the adjective for an actor in labels ("North Korea" ->
	// "North Korean"); nil means the actor's name is used as it is.
	Demonym func(actor string) string
	// Similarity is the threshold above which statements count as saying
	// the same thing; zero means DefaultSimilarity.
	Similarity float64
}

// Defaults for Options.
const (
	DefaultWindow    = 14 * 24 * time.Hour
	DefaultTolerance = 0.10
)

func (o Options) withDefaults() Options {
	if o.Window <= 0 {
		o.Window = DefaultWindow
	}
	switch {
	case o.Tolerance == 0:
		o.Tolerance = DefaultTolerance
	case o.Tolerance < 0:
		o.Tolerance = 0
	}
	if o.Parents == nil {
		o.Parents = func(loc string) []string { return []string{loc} }
	}
	if o.Demonym == nil {
		o.Demonym = func(actor string) string { return actor }
	}
	if o.Similarity <= 0 {
		o.Similarity = DefaultSimilarity
	}
	return o
}

// story returns the near-duplicate group of a document: its Story, else the
// document itself.
func (in *Input) story(doc string) string {
	if d, ok := in.Docs[doc]; ok && d.Story != "" {
		return "story:" + d.Story
	}
	return "doc:" + doc
}

// primary returns the key under which a claim's primary source counts once,
// and the source as it should be shown. Relays (Claim.Via) never enter the
// key: "Yonhap reports the NIS said" is the NIS. Sources that cannot be told
// apart across articles (the outlet itself, unnamed officials) count once per
// story, so syndicated copies of one article add nothing.
func (in *Input) primary(c *news.Claim) (key string, src news.Source) {
	src = c.Source
	name := strings.TrimSpace(src.Name)
	switch {
	case src.Type == news.SourceOutlet:
		if d, ok := in.Docs[c.Doc]; ok && d.Outlet != "" {
			src.Name = d.Outlet
		}
		return "outlet@" + in.story(c.Doc), src
	case src.Type == news.SourceUnnamed || name == "":
		return "unnamed@" + in.story(c.Doc), src
	}
	return "src:" + strings.ToLower(name), src
}

// claimID is the claim's id, or a stand-in made of its position when the
// claim has none (claims straight from extract).
func claimID(c *news.Claim) string {
	if c.ID != "" {
		return c.ID
	}
	return c.Doc + "#" + itoa(c.Start) + "-" + itoa(c.End)
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	neg := n < 0
	if neg {
		n = -n
	}
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

// dateLayouts are the forms a claim date may take, most precise first.
var dateLayouts = []string{"2006-01-02", "2006-01", "2006"}

// parseDate reads a claim date; ok is false for nil or unreadable dates.
func parseDate(s *string) (time.Time, bool) {
	if s == nil {
		return time.Time{}, false
	}
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, *s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// facts memoizes what consolidation asks of every claim (its primary
// source, its story, its date): claims share a handful of documents,
// sources and dates, and working them out once per claim dominated the
// time over large stores.
type facts struct {
	in      *Input
	ids     map[string]int32
	stories map[string]string
	sources map[sourceRef]sourceFact
	dates   map[dateRef]dateFact
}

type sourceRef struct{ doc, name, typ string }

type sourceFact struct {
	key  string
	id   int32 // key interned: map keys of ints hash faster than long strings
	show news.Source
}

type dateRef struct {
	doc           string
	said, pub     string
	hasSaid, hasP bool
}

type dateFact struct {
	t    time.Time
	date string
	ok   bool
}

func newFacts(in *Input) *facts {
	return &facts{in: in, ids: map[string]int32{}, stories: map[string]string{}, sources: map[sourceRef]sourceFact{}, dates: map[dateRef]dateFact{}}
}

func (f *facts) story(doc string) string {
	s, ok := f.stories[doc]
	if !ok {
		s = f.in.story(doc)
		f.stories[doc] = s
	}
	return s
}

// primary is Input.primary, remembered. The source title is not part of
// the reference: it never changes the key, and the title of the first claim
// in input order is
// the one shown (a store gives its claims in one order every time).
func (f *facts) primary(c *news.Claim) (string, news.Source) {
	r := sourceRef{name: c.Source.Name, typ: c.Source.Type}
	if c.Source.Type == news.SourceOutlet || c.Source.Type == news.SourceUnnamed || strings.TrimSpace(c.Source.Name) == "" {
		// Only these depend on the document (its outlet, its story); a
		// named source is one entry however many documents quote it.
		r.doc = c.Doc
	}
	s, ok := f.sources[r]
	if !ok {
		s.key, s.show = f.in.primary(c)
		s.id = f.intern(s.key)
		f.sources[r] = s
	}
	return s.key, s.show
}

// sourceID is the interned primary key of the claim's source; call it
// after primary.
func (f *facts) sourceID(c *news.Claim) int32 {
	r := sourceRef{name: c.Source.Name, typ: c.Source.Type}
	if _, ok := f.sources[r]; !ok {
		r.doc = c.Doc
	}
	return f.sources[r].id
}

// intern gives each distinct string a small number.
func (f *facts) intern(s string) int32 {
	id, ok := f.ids[s]
	if !ok {
		id = int32(len(f.ids))
		f.ids[s] = id
	}
	return id
}

// when returns the date a claim speaks for and that date as written:
// said_on, else the publication date of the claim or of its document; ok is
// false when none is known.
func (f *facts) when(c *news.Claim) (time.Time, string, bool) {
	// Only the field that decides goes into the reference, so claims of
	// different documents said on one day share an entry.
	var r dateRef
	switch {
	case c.SaidOn != nil:
		r = dateRef{said: *c.SaidOn, hasSaid: true}
	case c.Published != nil:
		r = dateRef{pub: *c.Published, hasP: true}
	default:
		r = dateRef{doc: c.Doc}
	}
	d, ok := f.dates[r]
	if !ok {
		d = f.in.when(c)
		f.dates[r] = d
	}
	return d.t, d.date, d.ok
}

func (in *Input) when(c *news.Claim) dateFact {
	if t, ok := parseDate(c.SaidOn); ok {
		return dateFact{t, *c.SaidOn, true}
	}
	if t, ok := parseDate(c.Published); ok {
		return dateFact{t, *c.Published, true}
	}
	if d, ok := in.Docs[c.Doc]; ok && !d.Published.IsZero() {
		y, m, dd := d.Published.Date()
		t := time.Date(y, m, dd, 0, 0, 0, 0, time.UTC)
		return dateFact{t, t.Format("2006-01-02"), true}
	}
	return dateFact{}
}

// ClaimID is the id under which consolidation lists a claim in points and
// propositions: its ID, or a stand-in made of its document and span when it
// has none (claims straight from extract).
func ClaimID(c *news.Claim) string { return claimID(c) }
