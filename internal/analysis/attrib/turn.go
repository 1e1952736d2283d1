package attrib

// A transcript's turns: "SECRETARY LORENZANA: We estimate ...". The label
// that opens a line names who speaks in every sentence of that line.

import (
	"context"
	"strings"
	"unicode"

	"github.com/sitrep/sitrep/internal/analysis/token"
	"github.com/sitrep/sitrep/internal/news"
)

// turn is the speaker label of the line a sentence is on.
type turn struct {
	label    news.Span // the label, without its colon
	question bool      // an interviewer's ("Q:", "REPORTER:"): no one to cite
}

// turnOf returns the speaker label that opens the sentence's line, if any.
func (sc *sentence) turnOf() (turn, bool) {
	if sc.st.Lex.Lang != "en" {
		return turn{}, false
	}
	start, end, ok := token.SpeakerLabel(sc.d.Text, sc.span.Start)
	if !ok || end > sc.span.End {
		return turn{}, false
	}
	sp := news.Span{Start: start, End: end}
	return turn{label: sp, question: token.Question(sp.Of(sc.d.Text))}, true
}

// turnSpeaker resolves a turn's label: an entity the gazetteer knows there
// ("NIS:"), a name after title words ("SECRETARY LORENZANA", "GEN. AÑO":
// the title words are the title), the full name of a surname the story
// gave before, or a name of two words or more. A label that is only a
// place or a country is none.
func (sc *sentence) turnSpeaker(t turn) (speaker, bool) {
	if t.question {
		return speaker{}, false
	}
	if sp, ok := sc.doc.turnNames[t.label.Of(sc.d.Text)]; ok {
		return sp, true
	}
	if name, _ := token.LabelParts(t.label.Of(sc.d.Text)); name != "" {
		// "Hon STUART NASH:" after "Hon STUART NASH (Minister of
		// Police):": the same person, with the title the first label gave.
		f := strings.Fields(name)
		if sp, ok := sc.doc.turnNames[strings.ToUpper(f[len(f)-1])]; ok && strings.HasSuffix(properCase(strings.Join(f, " ")), sp.src.Name) {
			return sp, true
		}
	}
	sp, ok := sc.readTurn(t)
	if ok {
		sc.doc.rememberTurn(t.label.Of(sc.d.Text), sp)
	}
	return sp, ok
}

// rememberTurn keeps the speaker a label named, under the label and, for
// a person, under the last word of the name in capitals: a transcript
// names a speaker in full once ("BESA HALIMI (Kosovo Police
// spokesperson):") and by surname after ("HALIMI:").
func (ds *docState) rememberTurn(label string, sp speaker) {
	if ds.turnNames == nil {
		ds.turnNames = map[string]speaker{}
	}
	ds.turnNames[label] = sp
	if sp.kind != "person" {
		return
	}
	if f := strings.Fields(sp.src.Name); len(f) > 1 {
		if last := strings.ToUpper(f[len(f)-1]); ds.turnNames[last].src.Name == "" {
			ds.turnNames[last] = sp
		}
	}
}

// readTurn resolves a turn's label the first time it is met.
func (sc *sentence) readTurn(t turn) (speaker, bool) {
	label, role := token.LabelParts(t.label.Of(sc.d.Text))
	if label == "A" {
		return sc.interviewee() // an interview's answer
	}
	words := strings.Fields(label)
	k := 0
	for k < len(words)-1 && sc.titleWord(strings.ToLower(words[k])) {
		k++
	}
	titled := k > 0
	named := news.Span{Start: t.label.Start, End: t.label.Start + len(label)}
	for _, e := range sc.d.Entities {
		if !e.Overlaps(named) {
			continue // not "Kosovo" in "BESA HALIMI (Kosovo Police spokesperson)"
		}
		switch e.Type {
		case news.EntityPerson, news.EntityAgency, news.EntityMilitary, news.EntityGovernment:
			return sc.st.speakerOf(e)
		case news.EntityCountry, news.EntityPlace:
			if !titled {
				return speaker{}, false // "SUDAN:", a topic
			}
		}
	}
	name := properCase(strings.Join(words[k:], " "))
	if !titled && !sc.doc.transcript(sc.d.Text) {
		return speaker{}, false // "FACT CHECK:", "BREAKING NEWS:": a heading, not a turn
	}
	if !titled && len(words) < 2 {
		if sp, ok := sc.earlierSpeaker(name); ok {
			return sp, true
		}
		return speaker{}, false
	}
	if sp, ok := sc.earlierSpeaker(properCase(words[len(words)-1])); ok && sp.kind == "person" {
		return sp, true // "SECRETARY LORENZANA" after "Defense Secretary Delfin Lorenzana"
	}
	s := speaker{news.Source{Name: name, Type: news.SourcePerson}, "person"}
	switch {
	case role != "":
		s.src.Title = &role // "XHELAL SVEÇLA (Minister of Internal Affairs)"
	case titled:
		title := properCase(strings.Join(words[:k], " "))
		s.src.Title = &title
	}
	return s, true
}

// titleWord reports whether a lower-case word is a title or role before a
// name: "secretary", "gen.", "spokesperson", "minister".
func (sc *sentence) titleWord(w string) bool {
	if titleWords.has(w) || roleWords.has(w) || sc.st.Lex.Roles.Has(w) {
		return true
	}
	switch w {
	case "secretary", "president", "general", "admiral", "spokesperson", "undersecretary", "sec.", "usec.", "asec.", "pres.",
		"hon", "hon.", "rt", "rt.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame":
		return true
	}
	return false
}

// properCase writes each word of upper-case text with only its first
// letter capital: "SECRETARY LORENZANA" -> "Secretary Lorenzana".
func properCase(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	first := true
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) && first:
			b.WriteRune(unicode.ToUpper(r))
			first = false
		case unicode.IsLetter(r):
			b.WriteRune(unicode.ToLower(r))
		default:
			b.WriteRune(r)
			first = r == ' ' || r == '-'
		}
	}
	return b.String()
}

// minTurns is how many lines must open with a speaker label for a text to
// be a transcript, whose labels without a title still name speakers.
const minTurns = 2

// transcript reports whether the text has at least minTurns lines that
// open with a speaker label; it reads the text once per document.
func (ds *docState) transcript(text string) bool {
	if ds.turns == 0 {
		ds.turns = -1
		n := 0
		for off := 0; off < len(text); {
			if _, _, ok := token.SpeakerLabel(text, off); ok {
				n++
			}
			i := strings.IndexByte(text[off:], '\n')
			if i < 0 {
				break
			}
			off += i + 1
		}
		if n >= minTurns {
			ds.turns = n
		}
	}
	return ds.turns > 0
}

// maxNameWords bounds the words of a name that opens a sentence.
const maxNameWords = 4

// maxIntroSentences bounds the introduction read for an interviewee.
const maxIntroSentences = 8

// interviewee returns the person an interview's introduction names, whose
// the "A:" answers are: a person the gazetteer knows, or a name that opens
// a sentence ("Fatima Yahya runs the transit site"), in the sentences
// before the first labelled line, the nearest first; not the headline or
// the byline. Else the latest person met.
func (sc *sentence) interviewee() (speaker, bool) {
	d := sc.d
	first := sc.idx
	for i := sc.idx - 1; i >= 0; i-- {
		if _, _, ok := token.SpeakerLabel(d.Text, d.Sentences[i].Start); ok {
			first = i
		}
	}
	for i := first - 1; i >= 0 && i >= first-maxIntroSentences; i-- {
		s := d.Sentences[i]
		if s.Headline || s.Boilerplate {
			continue
		}
		for j := len(d.Entities) - 1; j >= 0; j-- {
			if e := d.Entities[j]; e.Type == news.EntityPerson && s.Span.Contains(e.Span) {
				if sp, ok := sc.st.speakerOf(e); ok {
					return sp, true
				}
			}
		}
		toks, _ := token.Sentence(context.Background(), d.Text, s.Span)
		n := 0
		for n < len(toks) && n <= maxNameWords && isName(d.Text, toks[n]) {
			n++
		}
		if n >= 2 && n <= maxNameWords && n < len(toks) && toks[n].Kind == token.Word && !token.IsCapitalized(toks[n].Text(d.Text)) {
			k := 0 // title words before the name: "Colonel Fadhl al-Ubaidi"
			for k < n-2 && sc.titleWord(strings.ToLower(toks[k].Text(d.Text))) {
				k++
			}
			name := news.Span{Start: toks[k].Start, End: toks[n-1].End}.Of(d.Text)
			sp := speaker{news.Source{Name: name, Type: news.SourcePerson}, "person"}
			if k > 0 {
				title := news.Span{Start: toks[0].Start, End: toks[k-1].End}.Of(d.Text)
				sp.src.Title = &title
			}
			return sp, true
		}
	}
	return sc.mem.find([]string{"person"})
}
