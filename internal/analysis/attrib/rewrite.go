package attrib

import (
	"strings"

	"github.com/sitrep/sitrep/internal/analysis/token"
	"github.com/sitrep/sitrep/internal/news"
)

// backref makes the sentence before the content of an attribution whose
// cue follows a demonstrative opening the sentence: "Das sagte X am
// Mittwoch." The time of the sentence is when it was said.
func (sc *sentence) backref(a *news.Attribution) {
	if sc.idx == 0 || len(sc.toks) < 2 || a.CueSpan.Start != sc.toks[1].Start {
		return
	}
	if n, kind := sc.match(sc.st.Lex.Discourse, 0); n != 1 || kind != discBackref {
		return
	}
	prev := sc.d.Sentences[sc.idx-1]
	if prev.Boilerplate {
		return
	}
	a.Content = trimSpan(sc.d.Text, prev.Span)
	a.Sentences = []int{sc.idx - 1, sc.idx}
	a.Direct = false
	for _, r := range sc.regions {
		if r.Overlaps(a.Content) && r.Len()*2 >= a.Content.Len() {
			a.Direct = true
			break
		}
	}
	for _, t := range sc.d.SentenceTimes(sc.idx) {
		if !sc.span.Contains(t.Span) || t.Date.IsZero() || t.Granularity == "time" || t.Granularity == "year" {
			continue
		}
		a.SaidOn = t.Date
		break
	}
}

// namedBody gives an institution read from its noun alone, with the
// country guessed from the document ("teilte die Luftwaffe mit" ->
// "Russia Luftwaffe"), the name of the body named before whose alias ends
// in that noun ("der ukrainischen Luftwaffe" -> Ukraine Air Force).
func (sc *sentence) namedBody(a *news.Attribution) {
	g := sc.st.G
	if g == nil {
		return
	}
	name := a.Source.Name
	if _, known := g.Lookup(name); known {
		return
	}
	for _, e := range sc.ents {
		if a.SourceSpan.Contains(e.Span) && (e.Type == news.EntityCountry || e.StandsFor != "") {
			return // the text names the country: "die russische Luftwaffe"
		}
	}
	country, body, ok := strings.Cut(name, " ")
	for ok {
		if c, found := g.Lookup(country); found && c.Kind == "country" {
			break
		}
		var rest string
		rest, body, ok = strings.Cut(body, " ")
		country += " " + rest
	}
	if !ok || body == "" {
		return
	}
	suffix := " " + strings.ToLower(body)
	for i := len(sc.mem.speakers) - 1; i >= 0; i-- {
		m := sc.mem.speakers[i]
		e, found := g.Lookup(m.src.Name)
		if !found || m.src.Name == name || string(m.src.Type) != string(a.Source.Type) {
			continue
		}
		for _, al := range e.Aliases {
			if strings.HasSuffix(strings.ToLower(al), suffix) {
				old := a.Source.Name
				a.Source = m.src
				for k := len(sc.mem.speakers) - 1; k >= 0; k-- {
					if sc.mem.speakers[k].src.Name == old {
						sc.mem.speakers[k] = m
						break
					}
				}
				return
			}
		}
	}
}

// asClause reads "Wie der Sekretär ..., Sergej Schoigu, am Dienstag sagte,
// sollen ...": the speaker is in the clause the "as" word opens, the
// content after the comma that closes it.
func (sc *sentence) asClause(atts []news.Attribution) {
	if n, kind := sc.match(sc.st.Lex.Discourse, 0); n != 1 || kind != discAs {
		return
	}
	for i := range atts {
		a := &atts[i]
		c := -1
		for j := range sc.toks {
			if sc.toks[j].Start == a.CueSpan.Start {
				c = j
			}
		}
		if c < 2 {
			continue
		}
		k := c + 1
		for k < len(sc.toks) && sc.word(k) != "," && k < c+4 {
			k++
		}
		if sc.word(k) != "," || k+2 >= len(sc.toks) {
			continue
		}
		sp, ok := sc.resolve(1, c)
		if !ok || sp.kind == "country" {
			continue
		}
		end := len(sc.toks)
		if w := sc.word(end - 1); w == "." || w == "!" || w == "?" {
			end--
		}
		a.Source = sp.src
		a.SourceSpan = sc.spanOf(1, c)
		for _, e := range sc.ents {
			if e.Canonical == sp.src.Name && a.SourceSpan.Contains(e.Span) {
				// The speaker's phrase ends with the name: what follows
				// ("nach einem Treffen mit Kim in Pjöngjang") is no source.
				a.SourceSpan.End = e.End
				break
			}
		}
		a.Content = trimSpan(sc.d.Text, sc.spanOf(k+1, end))
		sc.mem.push(sp)
		return
	}
}

// commaContent mends an attribution that took the opening of an
// apposition for its content ("Der Chef des Dienstes, Kyrylo Budanow,
// sagte in einem Interview, 40 Prozent ..."): the reported clause follows
// the comma after the cue.
func (sc *sentence) commaContent(a *news.Attribution) {
	if a.Content.End > a.SourceSpan.Start || a.Content.Start != sc.toks[0].Start {
		return
	}
	s := -1
	for j := range sc.toks {
		if sc.toks[j].Start == a.SourceSpan.Start {
			s = j
		}
	}
	if s < 2 || sc.word(s-1) != "," {
		return
	}
	c := -1
	for j := range sc.toks {
		if sc.toks[j].Start >= a.CueSpan.Start && sc.toks[j].End <= a.CueSpan.End {
			c = j
		}
	}
	if c < s {
		return
	}
	end := len(sc.toks)
	if w := sc.word(end - 1); w == "." || w == "!" || w == "?" {
		end--
	}
	for k := c + 1; k < end && k <= c+6; k++ {
		if sc.word(k) == "," {
			if end-(k+1) >= 3 {
				a.Content = trimSpan(sc.d.Text, sc.spanOf(k+1, end))
			}
			return
		}
		if sc.toks[k].Kind != token.Word {
			return
		}
	}
}

// verbLast reads a reporting verb that ends the sentence after a comma,
// its speaker after the auxiliary that opens that clause: "..., hatte der
// Dienst am 30. April vor Abgeordneten erklärt." The content is what comes
// before the comma.
func (sc *sentence) verbLast(atts []news.Attribution) []news.Attribution {
	end := len(sc.toks)
	if w := sc.word(end - 1); w == "." || w == "!" || w == "?" {
		end--
	}
	for _, c := range sc.cues(nil) {
		if c.tok+c.n != end || sc.cueTaken(atts, c.tok, c.tok+c.n) {
			continue
		}
		p := -1
		for k := c.tok - 1; k > 0; k-- {
			if sc.word(k) == "," {
				p = k
				break
			}
		}
		if p < 3 || p+2 >= c.tok {
			continue
		}
		sp, oa, ob, ok := sc.speakerAt(p + 2)
		if !ok || ob > c.tok || sp.kind == "country" {
			continue
		}
		var a news.Attribution
		a.CueSpan = sc.spanOf(c.tok, c.tok+c.n)
		a.Cue = strings.ToLower(a.CueSpan.Of(sc.d.Text))
		a.Hedge = c.hedge
		a.Source = sp.src
		a.SourceSpan = sc.spanOf(oa, ob)
		a.Sentences = sc.doc.sentences(sc.idx)
		a.Content = sc.spanOf(0, sc.trimBack(p))
		sc.finish(&a)
		if a.Content.Empty() {
			continue
		}
		atts = append(atts, a)
		sc.mem.push(sp)
	}
	return atts
}

// unnamedInEnglish names an unnamed or collective speaker that the
// language's words described ("ukrainischer Offiziere") by its list's
// English name and the English demonym of its country: "unnamed Ukrainian
// officials", "aid groups", as names are given in the contract's English.
func (sc *sentence) unnamedInEnglish(a *news.Attribution) {
	if a.Source.Type != news.SourceUnnamed || sc.st.Lex.Lang == "en" {
		return
	}
	for j, t := range sc.toks {
		if t.Start < a.SourceSpan.Start || t.End > a.SourceSpan.End {
			continue
		}
		n, v := sc.match(sc.st.Lex.Sources, j)
		if n == 0 {
			continue
		}
		typ, name, _ := strings.Cut(v, "|")
		if typ != news.SourceUnnamed {
			return
		}
		var ents []news.Entity
		for _, e := range sc.ents {
			if a.SourceSpan.Contains(e.Span) {
				ents = append(ents, e)
			}
		}
		if c := countryBefore(ents, a.SourceSpan.End); c != "" {
			if d := sc.st.demonym(c); d != "" {
				if rest, ok := strings.CutPrefix(name, "unnamed "); ok {
					name = "unnamed " + d + " " + rest
				} else {
					name = d + " " + name
				}
			}
		}
		a.Source.Name = name
		return
	}
}
