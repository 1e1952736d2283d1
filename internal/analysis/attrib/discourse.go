package attrib

import (
	"strings"

	"github.com/sitrep/sitrep/internal/analysis/token"
	"github.com/sitrep/sitrep/internal/news"
)

// The discourse word lists (lang's discourse.txt) tie a sentence to the
// source of its neighbours where the reporting verb alone does not:
//
//   - "source": a phrase inside the clause names the speaker right after it
//     ("Russland hat in der Nacht nach Angaben der Luftwaffe 145 Drohnen
//     abgefeuert"): the whole sentence is what the speaker says.
//   - "possessive": the phrase names the speaker by a possessive pronoun
//     ("Nach seinen Worten entspricht das ..."): the last speaker.
//   - "backref": a demonstrative right before the reporting verb takes up
//     the sentence before as the content ("... geliefert. Das sagte X.").
//   - "mood": a verb form of reported speech (the German Konjunktiv I,
//     "seien", "habe") in a sentence without a cue goes on with the
//     speaker of the sentence before.
const (
	discSource     = "source"
	discPossessive = "possessive"
	discBackref    = "backref"
	discMood       = "mood"
	discAs         = "as"
)

// maxArticleSkip bounds the function words between a source phrase and
// its speaker ("nach Angaben von der ...").
const maxArticleSkip = 2

// discourse adds what the discourse word lists tell about the sentence to
// the attributions its cues gave; prev holds those of the sentence before
// (nil when there was none or it was boilerplate).
func (sc *sentence) discourse(atts []news.Attribution, prev []news.Attribution) []news.Attribution {
	lex := sc.st.Lex.Discourse
	if lex.Empty() || len(sc.toks) == 0 {
		return atts
	}
	for i := range atts {
		sc.backref(&atts[i])
		sc.namedBody(&atts[i])
		sc.commaContent(&atts[i])
		sc.unnamedInEnglish(&atts[i])
	}
	sc.asClause(atts)
	atts = sc.pronounAfterCue(atts)
	if len(atts) == 0 {
		if a, sp, ok := sc.headlineLabel(); ok {
			sc.finish(&a)
			atts = append(atts, a)
			sc.mem.push(sp)
		}
	}
	atts = sc.verbLast(atts)
	for j := 0; ; j++ {
		var n int
		var kind string
		if j, n, kind = lex.NextKeyed(sc.words, sc.keys, j); n == 0 {
			break
		}
		if kind != discSource && kind != discPossessive {
			continue
		}
		if i := sc.cueAt(atts, j, j+n); i >= 0 {
			// A source phrase read by its cue whose noun phrase ran on
			// into the clause and ended at a country: a shorter one.
			if a, sp, ok := sc.sourcePhrase(j, n, kind); ok && atts[i].Source.Type == news.SourceGovernment && sp.kind != "country" {
				if _, isCountry := sc.countryName(atts[i].Source.Name); isCountry {
					atts[i].Source, atts[i].SourceSpan = a.Source, a.SourceSpan
					sc.mem.push(sp)
				}
			}
			j += n - 1
			continue
		}
		if a, sp, ok := sc.sourcePhrase(j, n, kind); ok {
			sc.finish(&a)
			atts = append(atts, a)
			sc.mem.push(sp)
		}
		j += n - 1
	}
	if len(atts) == 0 && len(prev) > 0 && sc.reportedMood() {
		p := prev[len(prev)-1]
		a := sc.goingOn(p, sc.span)
		a.Hedge = news.HedgeAsserted
		if h, ok := sc.st.Lex.Cues.Get(p.Cue); ok {
			a.Hedge = h
		}
		if h := sc.contentHedge(a.Content); h != "" && outranks(h, a.Hedge) {
			a.Hedge = h
		}
		atts = append(atts, a)
	}
	return atts
}

// cueAt returns the index of the attribution whose cue overlaps tokens
// [a, b), or -1.
func (sc *sentence) cueAt(atts []news.Attribution, a, b int) int {
	sp := sc.spanOf(a, b)
	for i, at := range atts {
		if at.CueSpan.Overlaps(sp) {
			return i
		}
	}
	return -1
}

// countryName reports whether name is a country of the gazetteer.
func (sc *sentence) countryName(name string) (string, bool) {
	if sc.st.G == nil {
		return "", false
	}
	e, ok := sc.st.G.Lookup(name)
	return name, ok && e.Kind == "country"
}

// speakerAt resolves the speaker whose noun phrase starts at token k,
// after at most maxArticleSkip function words: the longest phrase that
// names one, with its article first ("des Dienstes" points back), and a
// country only when nothing shorter names someone else, as the phrase may
// run on into the clause ("südkoreanischer Forscher zahlt Russland").
func (sc *sentence) speakerAt(k0 int) (speaker, int, int, bool) {
	k := k0
	for s := 0; s < maxArticleSkip && k < len(sc.toks) && sc.isStop(k) && !sc.startsEntity(k); s++ {
		k++
	}
	oa, ob := sc.objectAfter(k)
	if oa >= ob {
		return speaker{}, 0, 0, false
	}
	var country speaker
	cb := 0
	for b := ob; b > oa; b-- {
		for _, a0 := range []int{k0, oa} {
			sp, ok := sc.resolve(a0, b)
			if !ok {
				continue
			}
			if sp.kind == "country" {
				if cb == 0 {
					country, cb = sp, b
				}
				continue
			}
			return sp, oa, b, true
		}
	}
	if cb > 0 {
		return country, oa, cb, true
	}
	return speaker{}, 0, 0, false
}

// cueTaken reports whether an attribution of the sentence already rests on
// a cue overlapping tokens [a, b).
func (sc *sentence) cueTaken(atts []news.Attribution, a, b int) bool {
	sp := sc.spanOf(a, b)
	for _, at := range atts {
		if at.CueSpan.Overlaps(sp) {
			return true
		}
	}
	return false
}

// sourcePhrase reads the speaker a source phrase at token j names and
// makes the sentence its content.
func (sc *sentence) sourcePhrase(j, n int, kind string) (news.Attribution, speaker, bool) {
	var a news.Attribution
	var sp speaker
	ok := false
	if kind == discPossessive {
		if len(sc.mem.speakers) == 0 {
			return a, sp, false
		}
		sp, ok = sc.mem.speakers[len(sc.mem.speakers)-1], true
		a.SourceSpan = sc.spanOf(j, j+n)
	} else {
		var oa, ob int
		sp, oa, ob, ok = sc.speakerAt(j + n)
		if !ok {
			return a, sp, false
		}
		a.SourceSpan = sc.spanOf(oa, ob)
	}
	if !ok {
		return a, sp, false
	}
	a.CueSpan = sc.spanOf(j, j+n)
	a.Cue = strings.ToLower(a.CueSpan.Of(sc.d.Text))
	a.Hedge = news.HedgeAsserted
	if h, found := sc.st.Lex.Cues.Get(a.Cue); found {
		a.Hedge = h
	}
	a.Source = sp.src
	a.Sentences = sc.doc.sentences(sc.idx)
	a.Content = trimSpan(sc.d.Text, sc.span)
	return a, sp, !a.Content.Empty()
}

// reportedMood reports whether the sentence has a verb form of reported
// speech outside quotation marks.
func (sc *sentence) reportedMood() bool {
	for j, t := range sc.toks {
		if t.Kind != token.Word {
			continue
		}
		if _, in := regionAt(sc.regions, t.Start); in {
			continue
		}
		if n, kind := sc.match(sc.st.Lex.Discourse, j); n > 0 && kind == discMood {
			return true
		}
	}
	return false
}

// pronounAfterCue reads an inverted cue whose speaker is a pronoun that the
// noun phrase reader stops at: "„...“, fügte er hinzu", "sagte sie". The
// content is what comes before the cue, or after it at a sentence start.
func (sc *sentence) pronounAfterCue(atts []news.Attribution) []news.Attribution {
	for _, c := range sc.cues(nil) {
		k := c.tok + c.n
		if k >= len(sc.toks) || sc.cueTaken(atts, c.tok, k) {
			continue
		}
		types, ok := sc.st.Lex.Pronouns.Get(sc.word(k))
		if !ok || c.tok == 0 && sc.word(k+1) == "" {
			continue
		}
		sp, ok := sc.mem.find(strings.Split(types, ";"))
		if !ok {
			continue
		}
		var a news.Attribution
		a.CueSpan = sc.spanOf(c.tok, k)
		a.Cue = strings.ToLower(a.CueSpan.Of(sc.d.Text))
		a.Hedge = c.hedge
		a.Source = sp.src
		a.SourceSpan = sc.spanOf(k, k+1)
		a.Sentences = sc.doc.sentences(sc.idx)
		if back := sc.trimBack(c.tok); back > 0 && (sc.word(c.tok-1) == "," || sc.isCloseQuote(c.tok-1) || sc.isDash(c.tok-1)) {
			// "«...», — подчеркнул он": the quotation before the dash.
			a.Content = sc.spanOf(0, back)
		} else {
			end := len(sc.toks)
			if w := sc.word(end - 1); w == "." || w == "!" || w == "?" {
				end--
			}
			start := k + 1
			for start < end && (sc.word(start) == "," || sc.toks[start].Kind == token.Word && !isName(sc.d.Text, sc.toks[start]) && start < k+3 && !sc.isOpenQuote(start)) {
				start++
			}
			if start >= end {
				continue
			}
			a.Content = sc.spanOf(start, end)
		}
		sc.finish(&a)
		if a.Content.Empty() {
			continue
		}
		atts = append(atts, a)
		sc.mem.push(sp)
	}
	return atts
}
