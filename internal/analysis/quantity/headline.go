package quantity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/analysis/wordset"
	"github.com/sitrep/sitrep/internal/gazetteer"
	"github.com/sitrep/sitrep/internal/news"
)

// headlineScene is where the whole story happens when its headline says
// so: the first place the headline names that is not a speaker, a side
// acting, an owner or a border ("Ukraine says Avdiivka pullout saved
// troops" is set in Avdiivka, "India strikes Pakistan" in Pakistan), or a
// place inside that first one named after it, not its capital, which
// stands for the whole. Those
// tests read English headlines; other languages take the first place. A
// loss or a count of people no sentence places happened there (CONTRACT.md:
// "the place of the losses").
func headlineScene(d *news.Doc, ents []news.Entity, english bool, g *gazetteer.Gazetteer) string {
	return sceneOf(d, d.Headline, ents, english, g, false)
}

// sceneOf is headlineScene for the heading at h: the document's headline,
// or a heading inside the text ("Death toll in Iran rises" over a live
// blog's entry), whose scene holds under it. In such a heading (section) a
// name after "in" is where, whatever verb follows ("Death toll in Iran
// rises"); a headline over two sides ("... death toll in Thailand rises
// to 14" over a live blog of the Thailand-Cambodia clashes) keeps to the
// stricter reading, so that it sets no scene for the other side's figures.
func sceneOf(d *news.Doc, h news.Span, ents []news.Entity, english bool, g *gazetteer.Gazetteer, section bool) string {
	if h.End <= h.Start {
		return ""
	}
	found, speaker := "", ""
	for _, e := range ents {
		if e.Start < h.Start || e.Demonym {
			continue
		}
		if e.End > h.End {
			break
		}
		if e.Type != news.EntityPlace && e.Type != news.EntityCountry {
			continue
		}
		if rest := d.Text[e.End:h.End]; english && (speaks(rest) && !(section && afterPreposition(d.Text[h.Start:e.Start])) && !afterArticle(d.Text[h.Start:e.Start]) || strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s") || strings.HasPrefix(rest, " border")) {
			// "Russia's losses hit new record": whose, not where; "on
			// Bangladesh border": its edge, not the country
			if speaker == "" && e.Type == news.EntityCountry && e.StandsFor == "" && saysFirst(rest) {
				speaker = e.Canonical
			}
			continue
		}
		if found == "" {
			found = e.Canonical
			continue
		}
		// "Sudan live: RSF accused of mass killings after seizing El
		// Fasher": a place inside the country named first is where.
		if g != nil && e.StandsFor == "" && g.CountryOf(e.Canonical) == found && e.Canonical != found {
			return e.Canonical
		}
	}
	if found == "" && speaker != "" {
		// "Congo says 7,000 dead since January": a country that speaks
		// of figures in a headline that names no place speaks of itself.
		return speaker
	}
	if english && (found == "" || g != nil && g.CountryOf(found) == found) {
		// "Moura, central Mali: what the evidence shows": a place the
		// gazetteer lacks, in the country named, is where.
		if p := unlistedHeadlinePlace(d, h, ents); p != "" {
			return p
		}
	}
	return found
}

// standfirstScene returns where a story whose headline names no place is
// set: the place the line right under the headline names, as a headline
// would ("The mountain and the missing" over "Three years after the
// Islamic State fell on Sinjar, ..."). That line must follow the headline
// directly and name one place and no other. English only.
func standfirstScene(d *news.Doc, ents []news.Entity, g *gazetteer.Gazetteer) string {
	h := d.Headline
	if h.Empty() {
		return ""
	}
	for _, s := range d.Sentences {
		if s.Start < h.End || s.Boilerplate || s.Headline {
			continue
		}
		if strings.Count(d.Text[h.End:s.Start], "\n") != 1 {
			return "" // a byline or a blank line between: no standfirst
		}
		line := s.Span
		if k := strings.IndexByte(d.Text[s.Start:], '\n'); k >= 0 {
			line.End = s.Start + k
		} else {
			line.End = len(d.Text)
		}
		places := 0
		for _, e := range ents {
			if e.Start >= line.Start && e.End <= line.End && !e.Demonym && (e.Type == news.EntityPlace || e.Type == news.EntityCountry) {
				places++
			}
		}
		if places != 1 {
			return ""
		}
		return sceneOf(d, line, ents, true, g, false)
	}
	return ""
}

// issuedIn is where a statement says it was issued, on a line of its own
// above the headline ("Paris, Sunday 15 November 2015, 18:00" over a
// hospital's statement), when the body names that city again: a
// statement about the city it comes from, set there. "" otherwise (a
// statement issued in one city on events in another names that one).
func issuedIn(d *news.Doc, ents []news.Entity) string {
	h := d.Headline
	if h.Empty() {
		return ""
	}
	for line := range strings.Lines(d.Text[:h.Start]) {
		comma := strings.IndexByte(line, ',')
		if comma < 3 || len(line) > maxIssueLine || !strings.ContainsAny(line[comma:], "0123456789") {
			continue
		}
		name := line[:comma]
		if r, _ := utf8.DecodeRuneInString(name); !unicode.IsUpper(r) || strings.Count(name, " ") > 2 {
			continue
		}
		for _, e := range ents {
			if e.Start >= h.End && !e.Demonym && e.Type == news.EntityPlace && e.Span.Of(d.Text) == name {
				return e.Canonical
			}
		}
	}
	return ""
}

// maxIssueLine bounds the line a statement gives its city and time on.
const maxIssueLine = 64

// unlistedHeadlinePlace returns a name of the headline that the gazetteer
// does not know but that the text puts after "in" ("Catatumbo crisis: ..."
// over "in the Catatumbo region", "Kuriga pupils freed" over "a school in
// Kuriga"): a place, where the story is. "" when there is none.
func unlistedHeadlinePlace(d *news.Doc, h news.Span, ents []news.Entity) string {
	body := d.Text[h.End:]
	where := ""
	for w := range strings.FieldsFuncSeq(h.Of(d.Text), func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
		r, _ := utf8.DecodeRuneInString(w)
		if len(w) < 3 || !unicode.IsUpper(r) || strings.ToUpper(w) == w {
			continue
		}
		named := false
		for _, e := range ents {
			if e.Start >= h.End {
				break
			}
			if e.Start >= h.Start && strings.Contains(e.Span.Of(d.Text), w) {
				named = true
				break
			}
		}
		for _, t := range d.Times {
			if t.Start >= h.Start && t.Start < h.End && strings.Contains(t.Span.Of(d.Text), w) {
				named = true // "November": a time, not a place
				break
			}
		}
		if named {
			continue
		}
		if afterIn(body, w) {
			return w
		}
		if where == "" {
			where = placeOfName(body, w)
		}
	}
	// "What we know about the Crocus City Hall attack" over "entered
	// Crocus City Hall in Krasnogorsk": the town the headline's venue is
	// in.
	return where
}

// placeOfName returns the capitalized name the body puts right after a
// name that opens with w and "in" ("Crocus City Hall in Krasnogorsk"), or
// "".
func placeOfName(body, w string) string {
	for off := 0; ; {
		i := strings.Index(body[off:], w)
		if i < 0 {
			return ""
		}
		i += off
		off = i + len(w)
		rest := body[off:]
		// The rest of the name: capitalized words.
		for {
			r, _ := utf8.DecodeRuneInString(strings.TrimPrefix(rest, " "))
			if !strings.HasPrefix(rest, " ") || !unicode.IsUpper(r) {
				break
			}
			j := strings.IndexAny(rest[1:], " ,.;:\n")
			if j < 0 {
				break
			}
			rest = rest[1+j:]
		}
		after, ok := strings.CutPrefix(rest, " in ")
		if !ok {
			continue
		}
		j := strings.IndexFunc(after, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
		if j <= 0 {
			continue
		}
		if name := after[:j]; unicode.IsUpper([]rune(name)[0]) && len(name) >= 4 {
			return name
		}
	}
}

// afterIn reports whether body has w as a word right after a preposition
// of place ("a school in Kuriga.", "in the Catatumbo region", "arrested
// inside Banjska") or "of" after a place noun ("the village of Parakh"),
// or before an apposition that calls it a place ("Egbekaw, a farming
// village"), in one pass.
func afterIn(body, w string) bool {
	for off := 0; ; {
		i := strings.Index(body[off:], w)
		if i < 0 {
			return false
		}
		i += off
		end := i + len(w)
		if end == len(body) || !unicode.IsLetter(rune(body[end])) && body[end] != '-' {
			if placedBy(body[:i]) || describedAsPlace(body[end:]) {
				return true
			}
		}
		off = end
	}
}

// placedBy reports whether the text before a name ends in a word that puts
// a place after it: "in", "inside", "near", "outside" (and "the"), or "of"
// after a place noun ("the village of").
func placedBy(before string) bool {
	before, ok := strings.CutSuffix(before, " ")
	if !ok {
		return false // the name starts no word
	}
	before = strings.TrimSuffix(before, " the")
	i := strings.LastIndexByte(before, ' ')
	switch w := before[i+1:]; w {
	case "in", "inside", "near", "outside":
		return true
	case "of":
		before = strings.TrimRight(before[:max(i, 0)], " ")
		return placeNouns.Has(strings.ToLower(before[strings.LastIndexByte(before, ' ')+1:]))
	}
	return false
}

// maxDescriptionWords bounds the apposition that says a name is a place
// ("Egbekaw, a farming village outside Mamfe").
const maxDescriptionWords = 4

// describedAsPlace reports whether the text after a name opens an
// apposition that calls it a place: ", a farming village", ", the
// provincial capital".
func describedAsPlace(after string) bool {
	rest, ok := strings.CutPrefix(after, ", ")
	if !ok {
		return false
	}
	w, rest, _ := strings.Cut(rest, " ")
	if w != "a" && w != "an" && w != "the" {
		return false
	}
	for n := 0; n < maxDescriptionWords && rest != ""; n++ {
		w, rest, _ = strings.Cut(rest, " ")
		w = strings.TrimRight(w, ",.;")
		if placeNouns.Has(strings.ToLower(w)) {
			return true
		}
	}
	return false
}

// afterPreposition reports whether the headline's words before a name end
// in a preposition of place: "Death toll in Iran rises" names where, not
// who rises.
func afterPreposition(before string) bool {
	before = strings.TrimRight(before, " ")
	i := strings.LastIndexByte(before, ' ')
	switch before[i+1:] {
	case "in", "In", "at", "on", "near", "across", "over":
		return true
	}
	return false
}

// saysFirst reports whether a headline's words after a name open with a
// verb of saying and a figure: "Congo says 7,000 dead", not "Russia masses
// troops" or "Ukraine says the front holds".
func saysFirst(rest string) bool {
	w, after, _ := strings.Cut(strings.TrimLeft(rest, " "), " ")
	switch w {
	case "says", "said", "claims", "reports", "confirms":
		return after != "" && after[0] >= '0' && after[0] <= '9'
	}
	return false
}

// speaks reports whether rest, the text after a name in a headline, opens
// with a verb the name is the subject of: a speaker ("Ukraine says ...")
// or a side that acts ("Israel calls up two reserve brigades as Lebanon
// death toll passes 550", "Russia masses 110,000 troops near Pokrovsk").
// Headlines speak in the present, so a lower-case word in -s after a name
// is its verb; a noun it modifies ("Lebanon death toll") is not.
// afterArticle reports whether the text before a name ends in an
// article: the name then modifies the noun after it ("how the Mumbai
// attacks unfolded"), which is no verb. Not after an anchor of time ("three
// weeks after the Kahramanmaraş earthquakes"): a past event, no scene.
func afterArticle(before string) bool {
	before = strings.TrimRight(before, " ")
	i := strings.LastIndexByte(before, ' ')
	switch strings.ToLower(before[i+1:]) {
	case "the", "a", "an":
		prev := strings.TrimRight(before[:max(i, 0)], " ")
		return !timeAnchors.Has(strings.ToLower(prev[strings.LastIndexByte(prev, ' ')+1:]))
	}
	return false
}

// timeAnchors set an event named after them in the past ("after the").
var timeAnchors = wordset.New(map[string]bool{"after": true, "since": true, "following": true, "before": true})

func speaks(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	w, after, _ := strings.Cut(rest, " ")
	switch w {
	case "said", "claimed", "denied", "warned":
		return true
	}
	switch w2, _, _ := strings.Cut(after, " "); w2 {
	case "say", "said", "claim", "claimed", "report", "warn", "deny":
		return false // "Mali rebels say": a plural noun the name modifies
	}
	return len(w) > 3 && w[0] >= 'a' && w[0] <= 'z' && w[len(w)-1] == 's' && w[len(w)-2] != 's' && w[len(w)-2] != '\''
}
