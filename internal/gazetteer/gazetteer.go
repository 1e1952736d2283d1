// Package gazetteer knows the named things sitrep reports on: countries and
// the capitals that stand for their governments, agencies, officials with
// their titles, places with the region they lie in, weapons and outlets, each
// with aliases that map to one canonical English name. The defaults are
// embedded; users extend them with files in the same format.
package gazetteer

import (
	"bufio"
	"embed"
	"fmt"
	"io"
	"io/fs"
	"os"
	"slices"
	"strings"
	"unicode"

	"github.com/sitrep/sitrep/internal/analysis/token"
	"github.com/sitrep/sitrep/internal/news"
)

//go:embed data/*.txt
var dataFS embed.FS

// Entry is one entity of the gazetteer.
type Entry struct {
	Canonical  string
	Kind       string // country, capital, agency, military, government, person, place, weapon, outlet, group
	Country    string // owning country, or the parent region of a place
	Title      string
	Aliases    []string
	Demonyms   []string
	StateMedia bool
	// NonState marks an armed group that is no state's (Hezbollah, the
	// Houthis, the RSF): it owns its fighters and weapons itself, so a
	// figure of them is the group's, not its country's.
	NonState bool
	// Region marks a continent or a wide region (Africa, the Middle East,
	// the Sahel): too wide to be the scene of the figures after it.
	Region bool
	// GivenName marks a one-word name that is also a person's first name
	// (Chad, Jordan, Ariana): followed by a capitalized word that is no
	// place's or body's head, it opens a person's name ("Jordan
	// Bardella", "an Ariana Grande concert") and names no entity.
	GivenName bool
}

// Type is the entity type a mention of the entry carries.
func (e *Entry) Type() news.EntityType {
	switch e.Kind {
	case "country":
		return news.EntityCountry
	case "capital", "place":
		return news.EntityPlace
	case "agency":
		return news.EntityAgency
	case "military":
		return news.EntityMilitary
	case "government":
		return news.EntityGovernment
	case "person":
		return news.EntityPerson
	case "weapon":
		return news.EntityWeapon
	case "outlet":
		return news.EntityOutlet
	default:
		return news.EntityGroup
	}
}

// alias is what an indexed name resolves to: the entry, whether the name
// is a demonym, and its tokens as written, which decide how case must match.
type alias struct {
	entry   int
	demonym bool
	toks    []string
}

// caseMatches applies the case rules to one token: an acronym ("US",
// "NIS") matches only as written; a capitalized alias word needs a
// capitalized word in the text ("the North" is not "the north"); a
// lower-case alias word matches any case ("Russia's defence ministry"
// matches "Russia's Defence Ministry"). The first word of a name may also
// be capitalized at a sentence start.
func caseMatches(aliasTok, textTok string, first bool) bool {
	if isAcronym(aliasTok) {
		return aliasTok == textTok
	}
	if token.IsCapitalized(aliasTok) {
		return token.IsCapitalized(textTok)
	}
	return true
}

func isAcronym(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			letters++
		}
	}
	return letters >= 2
}

// Gazetteer is an immutable set of entries with an index over their aliases.
// It is safe for concurrent use.
type Gazetteer struct {
	entries []Entry
	byName  map[string]int
	idx     index // the trie over the names' lower-cased tokens
	// first is a filter of the names' first tokens. Match tries the trie
	// at every token of the text and nearly every try fails there: the
	// filter turns most away before a map look-up. It is built once all
	// names are in, from firsts, when their number is known.
	first  bloom
	firsts []string // the root's keys
	// next is a filter of the other edges, by the hash their slot in the
	// table is found by (edgeHash). Many words start a name ("the" starts
	// "the Pentagon"), and the word after them nearly never goes on one:
	// the filter turns it away before a probe of the large edge table.
	next bloom
}

// Default returns the embedded gazetteer.
func Default() (*Gazetteer, error) { return Load() }

// Load returns the embedded gazetteer extended by the given user files.
func Load(files ...string) (*Gazetteer, error) {
	b := &builder{byName: map[string]int{}}
	names, err := fs.Glob(dataFS, "data/*.txt")
	if err != nil {
		return nil, fmt.Errorf("list embedded gazetteer: %w", err)
	}
	for _, n := range names {
		f, err := dataFS.Open(n)
		if err != nil {
			return nil, fmt.Errorf("open embedded gazetteer %s: %w", n, err)
		}
		err = b.read(n, f)
		f.Close()
		if err != nil {
			return nil, err
		}
	}
	for _, n := range files {
		f, err := os.Open(n)
		if err != nil {
			return nil, fmt.Errorf("open gazetteer file: %w", err)
		}
		err = b.read(n, f)
		f.Close()
		if err != nil {
			return nil, err
		}
	}
	return b.build(), nil
}

type builder struct {
	entries []Entry
	byName  map[string]int
}

// read parses one gazetteer file; errors name the file and line.
func (b *builder) read(name string, r io.Reader) error {
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		s := strings.TrimSpace(sc.Text())
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		cols := strings.Split(s, "|")
		if len(cols) < 5 {
			return fmt.Errorf("%s:%d: want at least 5 columns separated by |, got %d", name, line, len(cols))
		}
		for len(cols) < 7 {
			cols = append(cols, "")
		}
		for i := range cols {
			cols[i] = strings.TrimSpace(cols[i])
		}
		e := Entry{
			Canonical: cols[0], Kind: cols[1], Country: cols[2], Title: cols[3],
			Aliases: list(cols[4]), Demonyms: list(cols[5]),
		}
		if e.Canonical == "" {
			return fmt.Errorf("%s:%d: empty canonical name", name, line)
		}
		if !validKind(e.Kind) {
			return fmt.Errorf("%s:%d: unknown type %q", name, line, e.Kind)
		}
		for _, f := range list(cols[6]) {
			switch f {
			case "state-media":
				e.StateMedia = true
			case "non-state":
				e.NonState = true
			case "region":
				e.Region = true
			case "given-name":
				e.GivenName = true
			default:
				return fmt.Errorf("%s:%d: unknown flag %q", name, line, f)
			}
		}
		if i, ok := b.byName[e.Canonical]; ok {
			old := &b.entries[i]
			old.Aliases = append(old.Aliases, e.Aliases...)
			old.Demonyms = append(old.Demonyms, e.Demonyms...)
			continue
		}
		b.byName[e.Canonical] = len(b.entries)
		b.entries = append(b.entries, e)
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read %s: %w", name, err)
	}
	return nil
}

func validKind(k string) bool {
	switch k {
	case "country", "capital", "agency", "military", "government", "person", "place", "weapon", "outlet", "group":
		return true
	}
	return false
}

func list(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ";") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func (b *builder) build() *Gazetteer {
	g := &Gazetteer{entries: b.entries, byName: b.byName, idx: newIndex()}
	for i := range g.entries {
		e := &g.entries[i]
		g.add(e.Canonical, i, false)
		for _, a := range e.Aliases {
			g.add(a, i, false)
		}
		for _, d := range e.Demonyms {
			g.add(d, i, true)
		}
	}
	g.first = newBloom(g.firsts)
	g.firsts = nil
	var inner []uint64
	for _, e := range g.idx.edges {
		if e.child != 0 && e.parent != 0 {
			inner = append(inner, edgeHash(keyHash(e.key), e.parent))
		}
	}
	g.next = newHashBloom(inner)
	return g
}

func (g *Gazetteer) add(name string, entry int, demonym bool) {
	if a, ok := aliasOf(name, entry, demonym); ok {
		g.insert(a)
	}
}

// aliasOf returns the alias a name makes, if it has any token.
func aliasOf(name string, entry int, demonym bool) (alias, bool) {
	var buf [16]token.Token // a name is a few tokens: none allocated at start-up
	toks := token.AppendTokens(buf[:0], name, news.Span{Start: 0, End: len(name)})
	if len(toks) == 0 {
		return alias{}, false
	}
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = fold(t.Text(name))
	}
	return alias{entry: entry, demonym: demonym, toks: words}, true
}

// insert adds an alias under its lower-cased tokens.
func (g *Gazetteer) insert(a alias) {
	var id int32 // the root
	for _, w := range a.toks {
		w = strings.ToLower(w)
		h := keyHash(w)
		c := child(&g.idx, id, w, h)
		if c == 0 {
			c = g.idx.addChild(id, w, h)
			if id == 0 {
				g.firsts = append(g.firsts, w)
			}
		}
		id = c
	}
	n := &g.idx.nodes[id]
	for _, old := range n.aliases {
		if strings.Join(old.toks, " ") == strings.Join(a.toks, " ") {
			return // the first entry to claim a name keeps it
		}
	}
	n.aliases = append(n.aliases, a)
}

// fold maps typographic apostrophes and hyphens to ASCII, keeping case.
func fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii || !strings.ContainsAny(s, "’‘‐‑") {
		return s
	}
	return folder.Replace(s)
}

var folder = strings.NewReplacer("’", "'", "‘", "'", "‐", "-", "‑", "-")

// Lookup returns the entry with the canonical name.
func (g *Gazetteer) Lookup(canonical string) (*Entry, bool) {
	i, ok := g.byName[canonical]
	if !ok {
		return nil, false
	}
	return &g.entries[i], true
}

// Entries returns every entry, in file order.
func (g *Gazetteer) Entries() []Entry { return g.entries }

// Parents returns the chain of places from canonical up to its country:
// "Sudzha" -> ["Sudzha", "Kursk", "Russia"]. An unknown name is its own chain.
func (g *Gazetteer) Parents(canonical string) []string {
	chain := []string{canonical}
	seen := map[string]bool{canonical: true}
	for cur := canonical; ; {
		e, ok := g.Lookup(cur)
		if !ok || e.Country == "" || seen[e.Country] {
			return chain
		}
		if e.Kind != "place" && e.Kind != "capital" {
			return chain
		}
		cur = e.Country
		seen[cur] = true
		chain = append(chain, cur)
	}
}

// topParent is the last name of Parents(canonical), walked without
// building the chain: the stages ask CountryOf of places at nearly every
// figure, and the chain and its map of names seen were most of the cost.
func (g *Gazetteer) topParent(canonical string) string {
	var stack [8]string
	seen := append(stack[:0], canonical)
	for cur := canonical; ; {
		e, ok := g.Lookup(cur)
		if !ok || e.Country == "" || slices.Contains(seen, e.Country) {
			return cur
		}
		if e.Kind != "place" && e.Kind != "capital" {
			return cur
		}
		cur = e.Country
		seen = append(seen, cur)
	}
}

// CountryOf returns the country an entity belongs to or lies in: itself for
// a country, the owning country for agencies, people and outlets, the top of
// the parent chain for places.
func (g *Gazetteer) CountryOf(canonical string) string {
	e, ok := g.Lookup(canonical)
	if !ok {
		return ""
	}
	switch e.Kind {
	case "country":
		return e.Canonical
	case "place", "capital":
		top := g.topParent(canonical)
		if t, ok := g.Lookup(top); ok && t.Kind == "country" {
			return top
		}
		return ""
	default:
		return e.Country
	}
}

// CountryOfName is CountryOf for a speaker's name, also one the gazetteer
// does not list but that opens with a country's canonical name, as the
// bodies analysis names itself do ("Pakistan Army", "Lebanon Health
// Ministry").
func (g *Gazetteer) CountryOfName(name string) string {
	if c := g.CountryOf(name); c != "" {
		return c
	}
	for i := range len(name) {
		if name[i] != ' ' {
			continue
		}
		if e, ok := g.Lookup(name[:i]); ok && e.Kind == "country" {
			return e.Canonical
		}
	}
	return ""
}

// StateMediaOf returns the canonical name of a country's state media outlet.
func (g *Gazetteer) StateMediaOf(country string) (string, bool) {
	for i := range g.entries {
		if e := &g.entries[i]; e.StateMedia && e.Country == country {
			return e.Canonical, true
		}
	}
	return "", false
}
