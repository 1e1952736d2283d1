package attrib

import (
	"slices"
	"sort"
	"strings"

	"github.com/sitrep/sitrep/internal/analysis/numbers"
	"github.com/sitrep/sitrep/internal/analysis/token"
	"github.com/sitrep/sitrep/internal/news"
)

// attributions builds the attributions of the sentence from its cues,
// appending them to out.
func (sc *sentence) attributions(out []news.Attribution) []news.Attribution {
	cues := sc.cues(sc.doc.cues[:0])
	sc.doc.cues = cues[:0] // its room serves the next sentence
	var relays []string    // "according to Ukrinform", "per the Kyiv Independent"
	var last *speaker      // &sc.lastHeard once a cue has a speaker
	for _, c := range cues {
		a, sp, ok := sc.build(c, last)
		if !ok {
			continue
		}
		if c.prep && sp.kind == "media" && len(out) > 0 {
			relays = append(relays, sp.src.Name)
			continue
		}
		if n := len(out); n > 0 && c.prep && sc.word(c.tok) == "citing" && sp.kind != "media" &&
			out[n-1].Source.Type == news.SourceMedia && out[n-1].CueSpan.End <= a.CueSpan.Start {
			// "Caliber.Az reports via Yonhap that ..., citing the NIS.":
			// the outlet relays what the cited source said.
			prev := &out[n-1]
			if !slices.Contains(prev.Via, prev.Source.Name) {
				prev.Via = append([]string{prev.Source.Name}, prev.Via...)
			}
			prev.Source, prev.SourceSpan = a.Source, a.SourceSpan
			if cut := sc.toks[c.tok].Start; prev.Content.Start < cut && cut < prev.Content.End {
				prev.Content.End = cut
				prev.Content = trimSpan(sc.d.Text, prev.Content)
			}
			sc.lastHeard, last = sp, &sc.lastHeard
			sc.heard = last
			sc.mem.push(sp)
			continue
		}
		if n := len(out); n > 0 && !c.prep && out[n-1].Cue == "citing" && out[n-1].CueSpan.End <= a.CueSpan.Start &&
			(a.SourceSpan.Start < out[n-1].CueSpan.Start || sc.opensWith(out[n-1].CueSpan) && out[n-1].SourceSpan.End <= a.SourceSpan.Start) {
			// "Reuters, citing a security source, reported that ...", "the
			// UN's humanitarian office, citing the WHO, said ...", "Citing
			// the UN panel of experts, the committee says ...": the
			// speaker relays what the source it cites said.
			cited := out[n-1]
			a.Via = append([]string{sp.src.Name}, a.Via...)
			a.Source, a.SourceSpan = cited.Source, cited.SourceSpan
			if a.Hedge == news.HedgeAsserted {
				a.Hedge = cited.Hedge // passed on: reported
			}
			out = out[:n-1]
		}
		if n := len(out); n > 0 && c.prep {
			// "OCHA said 5.2 million needed aid, and more than two
			// million were displaced, according to UN agencies": a
			// closing "according to" speaks for the clause it ends, from
			// the ", and" after the previous cue on.
			prev := &out[n-1]
			if k := sc.clauseJoin(sc.tokAt(prev.CueSpan.End), c.tok); k >= 0 && a.Content.Start < sc.toks[k].Start && prev.Content.End > sc.toks[k].Start {
				a.Content = sc.spanOf(k+2, sc.trimBack(c.tok))
				prev.Content.End = sc.toks[sc.trimBack(k)-1].End
				prev.Content = trimSpan(sc.d.Text, prev.Content)
			}
		}
		if n := len(out); n > 0 {
			// This cue's own clause ends the previous one's content:
			// "X said that ..., and he predicted that ...".
			prev := &out[n-1]
			cut := min(a.SourceSpan.Start, a.CueSpan.Start)
			if prev.Content.Start < cut && cut < prev.Content.End && prev.CueSpan.End <= cut {
				prev.Content.End = cut
				prev.Content = trimSpan(sc.d.Text, prev.Content)
				prev.Content = trimTrailingWord(sc.d.Text, prev.Content, "and")
				sc.undeny(prev)
			}
		}
		if n := len(out); n > 0 && a.Hedge == news.HedgeDenied && sc.rejectsClaimBefore(a) {
			// "..., a claim the Pentagon rejected": what it rejected is
			// the claim before, not the sentence up to it.
			a.Content = out[n-1].Content
		}
		sc.finish(&a)
		if sc.onlyTime(a.Content) {
			// "At least 40 people died in the fire, Maria dos Santos said
			// on Monday": the words before the speaker, unless another
			// cue reported them ("The Red Cross has counted ..., its
			// spokeswoman said on Tuesday") or there are none ("Late last
			// month, Kyiv raised its own estimate.": only the time it was
			// said).
			before := trimSpan(sc.d.Text, news.Span{Start: sc.span.Start, End: min(a.SourceSpan.Start, a.CueSpan.Start)})
			if before.Empty() || slices.ContainsFunc(out, func(p news.Attribution) bool { return p.Content.Overlaps(before) }) || sc.onlyTime(before) {
				continue
			}
			a.Content = before
		}
		out = append(out, a)
		if tail, ok := sc.andAfterAside(a, c, cues); ok {
			// "Rebuilding could cost twice as much, the bank said, and 81
			// per cent of the damage fell on five provinces": the clause
			// joined after the aside is the speaker's too.
			b := a
			b.Content = tail
			out = append(out, b)
		}
		sc.lastHeard, last = sp, &sc.lastHeard
		sc.heard = last
		sc.mem.push(sp)
	}
	sc.heard = nil
	if len(out) == 0 {
		a, sp, ok := sc.labelled()
		if !ok {
			a, sp, ok = sc.byReckoning()
		}
		if !ok {
			a, sp, ok = sc.byCaption()
		}
		if !ok {
			a, sp, ok = sc.byColonQuote()
		}
		if !ok {
			a, sp, ok = sc.byBracketCredit()
		}
		if ok {
			sc.finish(&a)
			out = append(out, a)
			sc.mem.push(sp)
		}
	}
	if a, sp, ok := sc.byUnownedEstimates(); ok && !slices.ContainsFunc(out, func(p news.Attribution) bool {
		return p.Content.Overlaps(a.Content) && p.Content.Start >= a.SourceSpan.Start
	}) {
		for i := range out {
			// "..., according to local aid workers; some estimates run as
			// high as 600": the clause after the semicolon is not theirs.
			if p := &out[i]; p.Content.Start < a.SourceSpan.Start && p.Content.End > a.SourceSpan.Start {
				p.Content.End = a.SourceSpan.Start
				p.Content = trimTrailingWord(sc.d.Text, trimSpan(sc.d.Text, p.Content), ";")
			}
		}
		sc.finish(&a)
		out = append(out, a)
		sc.mem.push(sp)
	}
	if a, sp, ok := sc.byOwnedFigure(); ok && !slices.ContainsFunc(out, func(p news.Attribution) bool { return p.Content.Contains(a.Content) && p.Source.Name == a.Source.Name }) {
		// "..., the World Bank's estimate, two days earlier, was $122
		// billion": the figure is the owner's, whoever else the sentence
		// heard.
		for i := range out {
			if p := &out[i]; p.Content.Overlaps(a.Content) && p.Content.Start < a.SourceSpan.Start {
				p.Content.End = a.SourceSpan.Start
				p.Content = trimSpan(sc.d.Text, p.Content)
			}
		}
		out = slices.DeleteFunc(out, func(p news.Attribution) bool { return p.Content.Overlaps(a.Content) })
		sc.finish(&a)
		out = append(out, a)
		sc.mem.push(sp)
	}
	relayNested(out)
	out = sc.dropRecordedBy(out)
	for i := range out {
		out[i].Via = append(out[i].Via, relays...)
	}
	return out
}

// relayNested makes an outlet whose reported words hold another speaker
// and its cue that speaker's relay: "Iran's health ministry says at least
// 78 people were killed, state media report" is the ministry's figure via
// the state media.
func relayNested(out []news.Attribution) {
	for i := range out {
		m := &out[i]
		if m.Source.Type != news.SourceMedia {
			continue
		}
		for j := range out {
			b := &out[j]
			if j == i || b.Source.Type == news.SourceMedia || !m.Content.Contains(b.SourceSpan) || !m.Content.Contains(b.CueSpan) || slices.Contains(b.Via, m.Source.Name) {
				continue
			}
			b.Via = append(b.Via, m.Source.Name)
		}
	}
}

// rejectsClaimBefore reports whether a denying speaker stands in a phrase
// that takes up the claim before it: ", a claim the Pentagon rejected",
// ", a figure the government dismissed as propaganda".
func (sc *sentence) rejectsClaimBefore(a news.Attribution) bool {
	j := sc.tokAt(a.SourceSpan.Start)
	if w := sc.word(j); (w == "a" || w == "an") && claimNouns.has(sc.word(j+1)) {
		return sc.word(j-1) == "," // the subject phrase holds it: "a claim the Pentagon"
	}
	j--
	if sc.word(j) == "the" {
		j--
	}
	if w := sc.word(j); w == "that" || w == "which" {
		j--
	}
	return claimNouns.has(sc.word(j)) && (sc.word(j-1) == "a" || sc.word(j-1) == "an") && sc.word(j-2) == ","
}

// claimNouns take up what a speaker said: "a claim", "a figure".
var claimNouns = newWordSet(map[string]bool{"claim": true, "figure": true, "report": true, "account": true, "assertion": true, "number": true, "toll": true})

// undeny gives back its cue's hedge to an attribution whose content a
// later cue cut, when the denial was in the part cut off: "the group had
// fired 12 missiles at a US warship, a claim the Pentagon rejected" is the
// group's claim; the Pentagon's rejection is its own.
func (sc *sentence) undeny(a *news.Attribution) {
	if a.Hedge != news.HedgeDenied || sc.contentHedge(a.Content) == news.HedgeDenied {
		return
	}
	if h, ok := sc.st.Lex.Cues.Get(strings.ToLower(a.Cue)); ok && h != news.HedgeDenied {
		a.Hedge = h
	} else {
		a.Hedge = news.HedgeAsserted
	}
}

// andAfterAside returns the clause an "and" joins after a speaker's aside
// ("..., the bank said, and 81 per cent ..."), or a participle that carries
// a count on ("..., the ministry said, bringing the toll to 38,584"), when
// no other cue stands in it: English only, and not after "according to",
// which speaks for the clause it closes only.
func (sc *sentence) andAfterAside(a news.Attribution, c cue, cues []cue) (news.Span, bool) {
	if sc.st.Lex.Lang != "en" || c.prep || a.Content.End > min(a.CueSpan.Start, a.SourceSpan.Start) {
		return news.Span{}, false
	}
	k := sc.tokAt(max(a.SourceSpan.End, a.CueSpan.End))
	for _, t := range sc.d.SentenceTimes(sc.idx) {
		// "..., the ministry said on Tuesday, including 23 ...": past
		// the time it was said.
		if j := k + 1; j < len(sc.toks) && sc.toks[j].Start == t.Span.Start && (sc.word(k) == "on" || sc.word(k) == "in") {
			k = sc.tokAt(t.Span.End)
		} else if k < len(sc.toks) && sc.toks[k].Start == t.Span.Start {
			k = sc.tokAt(t.Span.End)
		}
	}
	from := k + 2
	switch {
	case sc.word(k) != ",":
		return news.Span{}, false
	case tallyParticiples.has(sc.word(k + 1)):
		// "..., the health ministry said, bringing the death toll since
		// October to 38,584": the speaker's own running total.
		from = k + 1
	case sc.word(k+1) == "of" && sc.word(k+2) == "which":
		// "Russia launched 93 missiles ..., the air force said on Friday,
		// of which air defences downed 81": the part of what was said.
		from = k + 1
	case sc.word(k+1) != "and":
		return news.Span{}, false
	}
	end := len(sc.toks)
	if w := sc.word(end - 1); w == "." || w == "!" || w == "?" {
		end--
	}
	if end-from < 3 {
		return news.Span{}, false
	}
	for _, c := range cues {
		if c.tok >= k {
			return news.Span{}, false // "..., he said, and she added that ...": its own
		}
	}
	if from == k+1 && !sc.holdsFigure(sc.spanOf(from, end)) {
		return news.Span{}, false // "..., the ministry said, with no further details"
	}
	return sc.spanOf(from, end), true
}

// tallyParticiples open a clause that carries a count on: "bringing the
// toll to", "raising the total to", "with 5,017 injured", "including 23
// over the Bryansk region".
var tallyParticiples = newWordSet(map[string]bool{"bringing": true, "raising": true, "taking": true, "pushing": true, "lifting": true, "with": true, "including": true})

// dropRecordedBy drops a country's "recorded" inside a closing "according
// to": in "Ecuador recorded nearly 8,000 violent deaths last year,
// according to the interior ministry" the country is where the deaths
// were, and the ministry the source.
func (sc *sentence) dropRecordedBy(out []news.Attribution) []news.Attribution {
	if len(out) < 2 || sc.st.G == nil {
		return out
	}
	return slices.DeleteFunc(out, func(a news.Attribution) bool {
		if !recordCues.has(a.Cue) {
			return false
		}
		if e, ok := sc.st.G.Lookup(a.Source.Name); !ok || e.Kind != "country" {
			return false
		}
		for _, b := range out {
			if b.Cue == "according to" && b.Content.Contains(a.CueSpan) {
				return true
			}
		}
		return false
	})
}

// recordCues are the reporting words a country "says" events with by
// having them: "Ecuador recorded 8,000 violent deaths".
var recordCues = newWordSet(map[string]bool{"recorded": true, "records": true, "registered": true, "registers": true, "logged": true})

// quotedAs returns the tokens of the one a report quotes "as" speaking
// with the cue at token j ("quoted Lukashenko as telling officials",
// "cited the minister as saying"), or 0, 0.
func (sc *sentence) quotedAs(j int) (int, int) {
	if j < 3 || sc.word(j-1) != "as" {
		return 0, 0
	}
	for v := j - 3; v >= 0 && v >= j-8; v-- {
		switch sc.word(v) {
		case "quoted", "quoting", "quotes", "quote", "cited", "citing", "cites":
			return v + 1, j - 1
		}
	}
	return 0, 0
}

// quotedBy returns the one an aside after a speaker, before its cue,
// names as quoting the speaker: ", quoted by Y," or ", cited by Y,", or
// with no comma right after the speaker ("A security source quoted by
// local media said").
func (sc *sentence) quotedBy(src news.Span, cueTok int) (speaker, bool) {
	if src.Empty() {
		return speaker{}, false
	}
	if j := sc.tokAt(src.End); j+2 < cueTok && (sc.word(j) == "quoted" || sc.word(j) == "cited") && sc.word(j+1) == "by" {
		return sc.resolve(j+2, cueTok)
	}
	for j := sc.tokAt(src.Start); j+3 < cueTok; j++ {
		if w := sc.word(j + 1); sc.word(j) != "," || (w != "quoted" && w != "cited") || sc.word(j+2) != "by" {
			continue
		}
		end := j + 3
		for end < cueTok && sc.word(end) != "," {
			end++
		}
		return sc.resolve(j+3, end)
	}
	return speaker{}, false
}

// build reads one cue: its source and the content it covers.
func (sc *sentence) build(c cue, prev *speaker) (news.Attribution, speaker, bool) {
	var a news.Attribution
	a.CueSpan = sc.spanOf(c.tok, c.tok+c.n)
	a.Cue = strings.ToLower(a.CueSpan.Of(sc.d.Text))
	a.Hedge = c.hedge
	a.Sentences = sc.doc.sentences(sc.idx)
	n := len(sc.toks)
	end := n
	if end > 0 && (sc.word(end-1) == "." || sc.word(end-1) == "!" || sc.word(end-1) == "?") {
		end--
	}
	if c.prep {
		if _, ok := sc.previousContent(c.tok); ok && c.tok > 2 {
			return a, speaker{}, false // the relay of "Про це повідомляє X з посиланням на Y", read with its cue
		}
		oa, ob := sc.objectAfter(c.tok + c.n)
		sp, ok := sc.resolve(oa, ob)
		if na, nb := sc.namedAfter(ob); na < nb && (!ok || sp.src.Type == news.SourceUnnamed) {
			// "According to the ship's Istanbul-based operator, Boden
			// Denizcilik, the pirates ...": the name the description
			// gives speaks.
			if nsp, nok := sc.resolve(na, nb); nok && nsp.kind != "country" {
				sp, ok, oa, ob = nsp, true, na, nb
			}
		}
		if !ok && oa > 0 && sc.word(oa-1) == "by" {
			// "according to figures compiled by UALosses": the name
			// after "by" that no list knows is an organization's.
			sp, ok = sc.capitalizedName(oa, ob)
		}
		if !ok {
			// "За його словами", "За їхніми даними": the pronoun inside
			// the phrase points back to the speaker.
			for k := c.tok + 1; k < c.tok+c.n && !ok; k++ {
				if sp, ok = sc.resolve(k, k+1); ok {
					oa = k
				}
			}
			if !ok && c.n > 2 {
				// "За непідтвердженими даними": the phrase names a
				// collective speaker itself.
				if sp, ok = sc.resolve(c.tok+1, c.tok+c.n); ok {
					oa = c.tok + 1
				}
			}
			if !ok {
				return a, sp, false
			}
			ob = c.tok + c.n
		}
		a.SourceSpan = sc.spanOf(oa, ob)
		a.Source = sp.src
		// ", which said ..." after the source is its own statement: the
		// cue's content is then what comes before.
		relative := sc.word(ob) == "," && (sc.word(ob+1) == "which" || sc.word(ob+1) == "who" || appendixOpeners.has(sc.word(ob+1)))
		if c.tok <= 2 || sc.restLonger(c.tok, ob, end) && !relative && sc.word(ob) != ";" {
			// (A semicolon right after the source ends the clause it
			// closes: "..., according to local aid workers; some
			// estimates run as high as 600".)
			start := ob
			for start < end && sc.word(start) == "," {
				start++
			}
			a.Content = sc.spanOf(start, end)
		} else {
			a.Content = sc.spanOf(0, sc.trimBack(c.tok))
		}
		return a, sp, !a.Content.Empty()
	}
	if prev, ok := sc.previousContent(c.tok); ok {
		// "Про це заявив Шойгу": the sentence before is what was said.
		j := sc.skipLead(c.tok + c.n)
		if sc.isOpenQuote(j) {
			j++ // "Про це повідомляє «Українська правда»"
		}
		oa, ob := sc.objectAfter(j)
		sp, found := sc.resolve(oa, ob)
		if !found {
			sp, oa, ob, found = sc.sourceAfterSkip(c.tok + c.n)
		}
		if found {
			a.SourceSpan = sc.spanOf(oa, ob)
			a.Source = sp.src
			a.Content = prev
			if cited, ca, cb, ok := sc.citedAfter(ob); ok {
				// "... з посиланням на джерела в розвідці": the outlet relays.
				a.Via = append([]string{sp.src.Name}, a.Via...)
				a.SourceSpan = sc.spanOf(ca, cb)
				a.Source = cited.src
				sp = cited
			}
			return a, sp, true
		}
	}
	sa, sb := sc.subjectBefore(c.tok)
	if oa, ob := sc.nominalOwner(c); oa < ob {
		sa, sb = oa, ob // "a veterans' association claim that ..."
	}
	if qa, qb := sc.quotedAs(c.tok); qa < qb {
		sa, sb = qa, qb // "The channel quoted Lukashenko as telling officials that ..."
	}
	var sp speaker
	ok := false
	trailing := false
	continued := false // the previous speaker goes on: ", adding that ..."
	described := false // a name in apposition after a description speaks
	if prev != nil && !c.prep && c.tok > 0 && sc.word(c.tok-1) == "," && strings.HasSuffix(sc.word(c.tok), "ing") {
		// "..., the United Nations said on Tuesday, warning that ...": a
		// participle after the clause goes on in its speaker's voice,
		// whatever names the words before it hold; after a semicolon, in
		// the voice of the new clause's subject ("...; Italian naval
		// officers rejected that, saying ...").
		sp, ok, continued = *prev, true, true
		if k := slices.Index(sc.words[:c.tok], ";"); k >= 0 {
			for j := c.tok - 1; j > k; j-- {
				if sc.word(j) == ";" {
					k = j
					break
				}
			}
			ok = false
			if nsp, nok := sc.subjectFrom(k + 1); nok {
				sp, ok = nsp, true
			}
		}
		sa, sb = c.tok, c.tok
		a.SourceSpan = a.CueSpan
	}
	if sa < sb && !ok {
		sp, ok = sc.resolve(sa, sb)
		if !ok {
			sp, ok = sc.agentNouns(sa, sb)
		}
		a.SourceSpan = sc.spanOf(sa, sb)
	}
	if sa > 1 && sa < sb && sc.isStop(sa-1) && (!ok || sp.kind == "country") {
		// "Зеленський у вечірньому зверненні заявив", "Zelenskyy in his
		// evening address said": the speaker before a prepositional phrase.
		if pa, pb := sc.subjectBefore(sa - 1); pa < pb {
			if psp, pok := sc.resolve(pa, pb); pok && (!ok || psp.kind != "country") {
				sp, ok, sa = psp, true, pa
				a.SourceSpan = sc.spanOf(pa, pb)
			}
		}
	}
	if !ok {
		// "..., a-t-elle précisé": the speaker is the pronoun inside the cue.
		if psp, pok := sc.pronounInCue(c); pok {
			sp, ok, sa, sb = psp, true, c.tok, c.tok
			a.SourceSpan = a.CueSpan
		}
	}
	if !ok && sb > 0 && sc.word(sb-1) == "," {
		// "Andrii Kovalenko, the head of ..., said": the name before the apposition.
		if asp, aok, aa := sc.apposition(sb - 1); aok {
			sp, ok, sa = asp, aok, aa
			a.SourceSpan = sc.spanOf(sa, sb-1)
		}
	}
	if !ok && sb > 2 && sa == sb && sc.word(sb-1) == "," {
		// "A collective of victims' relatives, Justice pour Barsalogho,
		// says": the name in apposition after a description speaks.
		if pa, pb := sc.subjectBefore(sb - 1); pa < pb && pa > 0 && sc.word(pa-1) == "," {
			if psp, pok := sc.resolve(pa, pb); pok && psp.kind != "country" {
				sp, ok, sa = psp, true, pa
				a.SourceSpan = sc.spanOf(pa, pb)
				described = true
			}
		}
	}
	if !ok && c.tok > 2 && (sc.word(c.tok-1) == "which" || sc.word(c.tok-1) == "who") && sc.word(c.tok-2) == "," {
		// "..., according to the U.N. refugee agency, which said up to
		// 500 people ...": the name the relative clause hangs on speaks.
		if pa, pb := sc.subjectBefore(c.tok - 2); pa < pb {
			if psp, pok := sc.resolve(pa, pb); pok {
				sp, ok, sa, sb = psp, true, pa, pb
				a.SourceSpan = sc.spanOf(pa, pb)
			}
		}
	}
	if !ok && sa == sb && sb > 0 && prev != nil && (sc.word(sb-1) == "and" || sc.word(sb-1) == "y" && sc.st.Lex.Lang == "es" || sc.word(sb-1) == "," && strings.HasSuffix(sc.word(c.tok), "ing")) {
		// "Zelenskyy upped that number ... and said", "X said, adding that".
		sp, ok = *prev, true
		a.SourceSpan = a.CueSpan
		continued = true
	}
	if !ok && sa == sb && sb > 1 && prev == nil && sc.word(sb-1) == "and" {
		// "Turki al-Maliki displayed wreckage and said the kingdom had
		// been struck": the sentence's subject, when no one spoke before
		// the cue, goes on with the second verb.
		if ssp, sok := sc.subject(); sok {
			sp, ok = ssp, true
			a.SourceSpan = a.CueSpan
		}
	}
	if !ok && sa == sb && prev == nil && c.tok > 1 && sc.word(c.tok-1) == "," && strings.HasSuffix(sc.word(c.tok), "ing") && sc.st.Lex.Lang == "en" {
		// "The representative of the United Kingdom called for an arms
		// embargo, saying ...", "The ministry published its table,
		// claiming that ...": the participle goes on in the voice of the
		// sentence's subject.
		if ssp, sok := sc.subjectAfterDateline(); sok {
			sp, ok = ssp, true
			a.SourceSpan = a.CueSpan
			continued = true
		}
	}
	objEnd := c.tok + c.n
	if !ok && (sa == sb || c.tok == 0 || sc.word(c.tok-1) == "," || sc.isCloseQuote(c.tok-1) || sc.isDash(c.tok-1)) {
		// Inverted: "..., said Kovalenko", "”added the report", "», —
		// написав у телеграмі президент".
		oa, ob := sc.objectAfter(sc.skipLead(c.tok + c.n))
		sp, ok = sc.resolve(oa, ob)
		if !ok && c.tok > 0 {
			sp, oa, ob, ok = sc.sourceAfterSkip(c.tok + c.n)
		}
		if !ok {
			// "..., a annoncé le secrétaire du Conseil de sécurité russe, Sergueï Choïgou".
			sp, oa, ob, ok = sc.roleThenName(sc.skipLead(c.tok + c.n))
		}
		if ok && sp.src.Type != news.SourcePerson && sc.hasRole(oa, ob) {
			// "..., said the Government Spokesperson, Wilfried Léandre
			// Houngbédji.": the name the description gives speaks.
			if na, nb := sc.namedAfter(ob); na < nb {
				if nsp, nok := sc.resolve(na, nb); nok && nsp.src.Type == news.SourcePerson {
					if nsp.src.Title == nil {
						if title := cleanTitle(sc.spanOf(oa, ob).Of(sc.d.Text)); title != "" {
							nsp.src.Title = &title
						}
					}
					sp, oa, ob = nsp, na, nb
				}
			}
		}
		if ok {
			a.SourceSpan = sc.spanOf(oa, ob)
			sa, objEnd = c.tok, ob
			if ob < n && sc.word(ob) == "," {
				if ta, tb := sc.appositionAfter(ob); tb > ta && sp.src.Type == news.SourcePerson {
					title := sc.spanOf(ta, tb).Of(sc.d.Text)
					sp.src.Title = &title
					objEnd = tb
				}
			}
		}
	}
	if !ok && c.tok+c.n >= end && c.tok > 1 && (sc.isCloseQuote(c.tok-1) || sc.word(c.tok-1) == "," && sc.isCloseQuote(c.tok-2)) {
		// "«...», aseguró.": a language that drops the subject leaves the
		// quotation to the person who spoke last.
		if m, found := sc.mem.find([]string{"person"}); found {
			sp, ok, sa = m, true, c.tok
			a.SourceSpan = a.CueSpan
		}
	}
	if !ok {
		return a, sp, false
	}
	a.Source = sp.src
	if sa > 2 && sc.word(sa-1) == "as" && sc.word(sa-2) == "," && (c.tok+c.n >= end || sc.word(c.tok+c.n) == ",") {
		// "If Russia keeps firing 10,000 shells a day, as Western
		// officials estimate, ...": the clause before "as" is said.
		a.Content = sc.spanOf(0, sa-2)
		return a, sp, !a.Content.Empty()
	}
	if described {
		a.Content = sc.contentAfter(objEnd, end, &a) // the description is who, not what
		return a, sp, !a.Content.Empty()
	}
	t0 := 0 // where a title before the name may start: after an opening adverbial
	for k := sa - 2; k > 0; k-- {
		if sc.word(k) == "," {
			if sc.openingAdverbial(k) {
				t0 = k + 1 // "At the ceremony on Tuesday, the mission's chief, Jean Arnault, said"
			}
			break
		}
	}
	if sa > 1 && sc.word(sa-1) == "," && (sc.titlePhrase(t0, sa-1) || sc.word(sc.tokAt(a.SourceSpan.End)) == "," && sc.descriptionPhrase(t0, sa-1)) {
		// "The South West governor, Bernard Okalia Bilai, said ...": the
		// phrase before the name titles it; it is not what was said.
		if sp.src.Type == news.SourcePerson && sp.src.Title == nil {
			title := strings.TrimPrefix(strings.TrimPrefix(sc.spanOf(t0, sa-1).Of(sc.d.Text), "the "), "The ")
			sp.src.Title = &title
			a.Source = sp.src
		}
		a.Content = sc.contentAfter(objEnd, end, &a)
		return a, sp, !a.Content.Empty()
	}
	trailing = sa > 0 && (sc.word(sa-1) == "," || sc.isCloseQuote(sa-1)) || sa == c.tok && c.tok > 0 && (sc.word(c.tok-1) == "," || sc.isCloseQuote(c.tok-1) || sc.isDash(c.tok-1))
	quoted := sa > 0 && sc.isCloseQuote(sa-1) || sa > 1 && sc.word(sa-1) == "," && sc.isCloseQuote(sa-2) ||
		sa > 1 && sc.isDash(sa-1) && (sc.isCloseQuote(sa-2) || sa > 2 && sc.word(sa-2) == "," && sc.isCloseQuote(sa-3))
	// An opening adverbial ("On Monday, he said that ...") is no content,
	// unless the cue ends the sentence: "At least 18 people were wounded,
	// he said." says the words before it.
	// A figure right after the cue is what it counts: "..., Human Rights
	// Watch counted 257 people killed and 949 wounded, and ...".
	trailing = trailing && !continued && !sc.putsFigure(c.tok) && !sc.putsAtFigure(c.tok) && !sc.countedAfter(c.tok+c.n) && (quoted || sc.endsClause(c.tok+c.n, end)) && sc.trimBack(sa) >= 3 && (quoted || c.tok+c.n >= end || !sc.openingAdverbial(sc.trimBack(sa)))
	if trailing {
		a.Content = sc.spanOf(0, sc.trimBack(sa))
		if after := c.tok + c.n; after+1 < end && sc.word(after) == "," && !asideJoins.has(sc.word(after+1)) && !strings.HasSuffix(sc.word(after+1), "ing") && (!sc.holdsFigure(a.Content) || openers.has(sc.word(sc.trimBack(sa)-1))) {
			// "The task force, she calculates, grew to 127 ships": an
			// aside inside the clause; the figure said is after it (not
			// a clause joined after it, see andAfterAside, nor a
			// participle that goes on: ", adding that ...").
			if rest := sc.spanOf(after+1, end); sc.holdsFigure(rest) {
				a.Content = rest
			}
		}
	} else if c.tok == 0 && objEnd < end && sc.word(objEnd) == "," {
		// "Según el comunicado, las defensas derribaron ..., mientras que
		// ...": an opening cue and its speaker leave the whole rest.
		a.Content = sc.spanOf(objEnd+1, end)
	} else {
		a.Content = sc.contentAfter(objEnd, end, &a)
	}
	if r, ok := sc.quotedBy(a.SourceSpan, c.tok); ok && !slices.Contains(a.Via, r.src.Name) && r.src.Name != sp.src.Name {
		// "Zaw Min Tun, quoted by the state-run Global New Light of
		// Myanmar, said ...": the paper relays him.
		a.Via = append([]string{r.src.Name}, a.Via...)
	}
	if word := sc.word(c.tok + c.n); word == "via" || word == "," && sc.word(c.tok+c.n+1) == "citing" {
		sc.relay(&a, &sp, c)
	} else if k := sc.citingAfter(c.tok+c.n, a.Content.Start); k >= 0 {
		// "Yonhap reported on Tuesday, citing the NIS, that ...": the
		// cited source speaks through the reporter.
		oa, ob := sc.objectAfter(k + 1)
		if cited, ok := sc.resolve(oa, ob); ok {
			a.Via = append([]string{a.Source.Name}, a.Via...)
			sp = cited
			a.Source = cited.src
		}
	}
	if figureVerbs.has(sc.word(c.tok)) && !sc.holdsFigure(a.Content) {
		return a, sp, false // "Kyiv raised its own estimate": the figure comes later
	}
	return a, sp, !a.Content.Empty()
}

// openers end the words before an aside that cannot stand alone ("One
// fell on Grove Road, where, Churchill later wrote, it killed six
// people"): what was said is after the aside.
var openers = newWordSet(map[string]bool{"where": true, "when": true, "that": true, "which": true, "because": true, "while": true})

// nominalOwner returns the tokens [a, b) of the phrase that owns a cue
// used as a noun before "that" ("the army's claim that ...", "a veterans'
// association claim that ...", "a police estimate that ..."): its owner
// is the speaker. a == b when the cue is no such noun. English only.
func (sc *sentence) nominalOwner(c cue) (int, int) {
	if c.n != 1 || c.prep || sc.st.Lex.Lang != "en" || !nounish.has(sc.word(c.tok)) {
		return 0, 0
	}
	b := c.tok
	if b > 0 && sc.toks[b-1].Kind == token.Possessive {
		b--
		if !sc.thatWithin(c.tok+1, maxNominalGap) {
			return 0, 0
		}
		a := b
		for a > 0 && b-a < maxOwnerWords && isName(sc.d.Text, sc.toks[a-1]) {
			a--
		}
		if a < b {
			return a, b // "Governor Ricardo Rossello's announcement on Tuesday that"
		}
	} else if sc.word(c.tok+1) != "that" {
		return 0, 0
	}
	for a := b - 1; a >= 0 && b-a <= maxOwnerWords; a-- {
		switch w := sc.word(a); {
		case w == "a" || w == "an" || w == "the":
			if a+1 < b {
				return a, b
			}
			return 0, 0
		case w == "'" || w == "’":
			if !sc.pluralPossessive(a) {
				return 0, 0
			}
		case sc.toks[a].Kind != token.Word && sc.toks[a].Kind != token.Possessive || sc.st.Lex.Stop.Has(w):
			return 0, 0
		}
	}
	return 0, 0
}

// pluralPossessive reports whether token j is the apostrophe of a
// plural's possessive ("veterans'").
func (sc *sentence) pluralPossessive(j int) bool {
	w := sc.word(j)
	return (w == "'" || w == "’") && j > 0 && strings.HasSuffix(sc.word(j-1), "s")
}

// namedAfter returns the tokens [a, b) of a name set off by commas after
// a description ending at token ob (", Boden Denizcilik,"), or a == b.
func (sc *sentence) namedAfter(ob int) (int, int) {
	if sc.word(ob) != "," || ob+1 >= len(sc.toks) || !isName(sc.d.Text, sc.toks[ob+1]) {
		return 0, 0
	}
	for e := ob + 1; e < len(sc.toks) && e <= ob+maxOwnerWords; e++ {
		if sc.word(e) == "," || sc.word(e) == "." && e == len(sc.toks)-1 {
			return ob + 1, e // (or the end of the sentence: "..., said the spokesperson, Ana Ruiz.")
		}
		if !isName(sc.d.Text, sc.toks[e]) && !nameParticles.has(sc.word(e)) {
			return 0, 0
		}
	}
	return 0, 0
}

// maxNominalGap bounds the words between a possessed cue noun and its
// "that" ("announcement on Tuesday that").
const maxNominalGap = 4

// maxOwnerWords bounds the phrase between an article and the cue noun it
// owns ("a veterans' association").
const maxOwnerWords = 5

// putsFigure reports whether the cue at token j puts a figure somewhere
// ("the officials put the figure at 1,300"): what is said follows it,
// whatever clause comes before.
func (sc *sentence) putsFigure(j int) bool {
	switch sc.word(j) {
	case "put", "puts", "putting":
		return figureWords.has(sc.word(j+2)) || figureWords.has(sc.word(j+3))
	}
	return false
}

// opensWith reports whether sp starts the sentence, after its dateline.
func (sc *sentence) opensWith(sp news.Span) bool {
	start := sc.span.Start
	if p := token.DatelineEnd(sc.d.Text, sc.span); p > 0 {
		start = p
	}
	return len(sc.toks) > 0 && sp.Start <= sc.toks[sc.tokAt(start)].Start
}

// countedAfter reports whether a figure that no time expression covers
// starts at token j: "counted 257 people", not "a annoncé le 17 juin".
func (sc *sentence) countedAfter(j int) bool {
	if j >= len(sc.toks) || !sc.figureAt(j) {
		return false
	}
	for _, t := range sc.d.SentenceTimes(sc.idx) {
		if t.Contains(sc.toks[j].Span) {
			return false
		}
	}
	return true
}

// putsAtFigure reports whether the cue at token j is "put" with an object
// and "at" a figure after it: "they put violent deaths at 601,027".
func (sc *sentence) putsAtFigure(j int) bool {
	switch sc.word(j) {
	case "put", "puts", "putting":
		return sc.putsAt(j)
	}
	return false
}

// asideJoins open a clause of its own after a speaker's aside ("..., the
// bank said, and 81 per cent ...").
var asideJoins = newWordSet(map[string]bool{"and": true, "but": true, "while": true, "whereas": true, "although": true, "though": true, "so": true, "yet": true, "or": true})

// figureVerbs report a figure by changing it ("upped that number to
// 11,000"): what they say is the new figure.
var figureVerbs = newWordSet(map[string]bool{"raised": true, "raises": true, "upped": true, "revised": true})

// holdsFigure reports whether a content span holds a figure.
func (sc *sentence) holdsFigure(sp news.Span) bool {
	r := numbers.ForLang(sc.st.Lex.Lang, nil)
	return r != nil && !sp.Empty() && len(sc.figures(r, sp.Of(sc.d.Text))) > 0
}

// capitalizedName reads tokens [a, b) as the name of an organization when
// they end in capitalized words after lower-case descriptors ("the
// independent outlet UALosses" -> "UALosses"); not a place.
func (sc *sentence) capitalizedName(a, b int) (speaker, bool) {
	k := b
	for k > a && sc.toks[k-1].Kind == token.Word && token.IsCapitalized(sc.toks[k-1].Text(sc.d.Text)) {
		k--
	}
	if k == b || b-k > 4 {
		return speaker{}, false
	}
	sp := sc.spanOf(k, b)
	if sc.inPlace(sp) {
		return speaker{}, false
	}
	return speaker{news.Source{Name: sp.Of(sc.d.Text), Type: news.SourceAgency}, news.SourceAgency}, true
}

// titlePhrase reports whether tokens a..b are a short noun phrase of words
// that ends in a role ("The South West governor", "the regional police
// chief"): a title before a name, not a clause.
func (sc *sentence) titlePhrase(a, b int) bool {
	if b-a < 2 || b-a > 8 {
		return false
	}
	for j := a; j < b; j++ {
		if k := sc.toks[j].Kind; k != token.Word && k != token.Possessive {
			return false
		}
	}
	role := func(j, end int) bool {
		if titleWords.has(sc.word(end-1)) || roleWords.has(sc.word(end-1)) {
			return true
		}
		n, _ := sc.match(sc.st.Lex.Roles, j)
		return n > 0 && j+n == end
	}
	for j := a; j < b; j++ {
		if role(j, b) {
			return true // "The army's spokesman"
		}
		// "A spokesman for the army": the role, then whom it serves.
		if w := sc.word(j); (w == "for" || w == "of" || w == "at") && j > a && j+1 < b && role(a, j) {
			return true
		}
	}
	return false
}

// leadArticles may open an inverted speaker after a cue that did not take
// its article in: "informó este domingo la Fuerza Aérea".
var leadArticles = newWordSet(map[string]bool{"el": true, "la": true, "los": true, "las": true})

// skipLead returns the token after a time expression that stands between
// an inverted cue and its speaker, and after the speaker's article.
func (sc *sentence) skipLead(j int) int {
	k := sc.skipTimes(j)
	if k > j && leadArticles.has(sc.word(k)) {
		k++
	}
	return k
}

// skipTimes returns the first token from j on that lies in no time
// expression of the sentence.
func (sc *sentence) skipTimes(j int) int {
	k := j
	for k < len(sc.toks) {
		in := false
		for _, t := range sc.d.SentenceTimes(sc.idx) {
			if t.Span.Start <= sc.toks[k].Start && sc.toks[k].End <= t.Span.End {
				in = true
				break
			}
		}
		if !in {
			break
		}
		k++
	}
	return k
}

// maxAdverbialTokens bounds an opening adverbial before the speaker.
const maxAdverbialTokens = 10

// adverbialOpeners start a phrase that sets the scene of a statement
// rather than stating anything: "In its daily update, the ministry said".
var adverbialOpeners = newWordSet(map[string]bool{
	"in": true, "on": true, "at": true, "during": true, "after": true, "before": true,
	"earlier": true, "later": true, "last": true, "since": true, "with": true, "speaking": true,
	"asked": true, "writing": true, "following": true, "amid": true, "within": true, "separately": true,
	"meanwhile": true, "however": true, "yet": true, "still": true, "also": true, "now": true, "today": true,
	"yesterday": true, "elsewhere": true, "addressing": true, "responding": true, "commenting": true,
	"late": true, "early": true, "by": true, "overnight": true, "throughout": true, "until": true, "over": true,
	"then": true, "when": true, "while": true, "as": true, "despite": true, "under": true, "for": true,
	// French: "À l'été 2024, l'Ukraine affirmait ...", "En janvier, le ministère a indiqué ...".
	"à": true, "au": true, "en": true, "dans": true, "depuis": true, "après": true, "avant": true, "lors": true,
	"pendant": true, "hier": true, "interrogé": true, "interrogée": true,
})

// maxDescriptionTokens bounds a description before a name in commas.
const maxDescriptionTokens = 7

// descriptionPhrase reports whether tokens [a, b) describe the name after
// them, set off by commas on both sides: an article and words with no verb
// ("A 23-year-old survivor, Ramesh Yadav, said").
func (sc *sentence) descriptionPhrase(a, b int) bool {
	if b-a < 2 || b-a > maxDescriptionTokens {
		return false
	}
	if w := sc.word(a); w != "a" && w != "an" && w != "the" {
		return false
	}
	for j := a; j < b; j++ {
		if k := sc.toks[j].Kind; k != token.Word && k != token.Possessive || finiteWords.has(sc.word(j)) {
			return false
		}
	}
	last := sc.toks[b-1].Text(sc.d.Text)
	return !token.IsCapitalized(last) && !strings.HasSuffix(last, "ed")
}

// openingAdverbial reports whether the tokens before j, from the start of
// their clause, are a short scene setting phrase ("In a rare admission in
// February", "Late on Tuesday", "by Wednesday morning") with no comma of its
// own, so what follows the cue is the content.
func (sc *sentence) openingAdverbial(j int) bool {
	s0 := 0 // the clause's start: after a semicolon ("...; by Wednesday, they said")
	for k := j - 1; k > 0; k-- {
		if sc.word(k) == ";" {
			s0 = k + 1
			break
		}
	}
	if j > s0 && j-s0 <= 4 && relativeTimeEnds.has(sc.word(j-1)) && !slices.ContainsFunc(sc.toks[s0:j], func(t token.Token) bool { return t.Kind == token.Punct }) {
		return true // "Two days later, JNIM claimed ...", "A week earlier, ..."
	}
	if w := sc.word(s0); j <= s0 || j-s0 > maxAdverbialTokens || !adverbialOpeners.has(w) && !(sc.st.Lex.Lang == "en" && len(w) > 5 && strings.HasSuffix(w, "ing")) {
		// (A participle opens one too: "Counting only confirmed deaths,
		// Mediazona has identified ...".)
		return false
	}
	participle := !adverbialOpeners.has(sc.word(s0))
	for k := s0; k < j; k++ {
		if sc.toks[k].Kind == token.Punct {
			return false
		}
		if participle && finiteWords.has(sc.word(k)) {
			return false // "Rebuilding could cost twice as much, the bank said": a gerund that is the subject
		}
	}
	return true
}

// relativeTimeEnds close a phrase that places a time against another:
// "two days later", "a week earlier", "hours afterwards".
var relativeTimeEnds = newWordSet(map[string]bool{"later": true, "earlier": true, "afterwards": true, "afterward": true, "ago": true, "before": true})

// finiteWords are the auxiliaries and modals that make a phrase a clause
// of its own.
var finiteWords = newWordSet(map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "has": true, "have": true, "had": true,
	"will": true, "would": true, "can": true, "could": true, "may": true, "might": true, "must": true,
	"should": true, "shall": true, "does": true, "did": true, "do": true,
})

// maxCitingGap bounds the words between a cue and a ", citing X" that
// follows it ("reported on Tuesday, citing").
const maxCitingGap = 6

// citingAfter returns the token of "citing" that follows the cue ending at
// j, before the content starting at offset contentStart, or -1.
func (sc *sentence) citingAfter(j, contentStart int) int {
	for k := j; k < len(sc.toks) && k < j+maxCitingGap; k++ {
		if sc.toks[k].Start >= contentStart {
			return -1
		}
		if sc.word(k) == "citing" && k > 0 && sc.word(k-1) == "," {
			return k
		}
	}
	return -1
}

// clauseJoin returns the token of the last ", and" between tokens from and
// to that joins two clauses, or -1.
func (sc *sentence) clauseJoin(from, to int) int {
	for k := to - 2; k >= from && k >= 0; k-- {
		if sc.word(k) == "," && clauseOpeners[sc.word(k+1)] {
			return k
		}
	}
	return -1
}

// clauseOpeners open a clause of its own after a comma: "..., and more
// than two million were displaced", "the people of Gaza, where more than
// 23,000 have been killed".
var clauseOpeners = map[string]bool{"and": true, "where": true, "while": true, "whereas": true}

// appendixOpeners open a phrase that adds to the words before a trailing
// "according to X": "..., according to the WHO, among them a nurse".
var appendixOpeners = newWordSet(map[string]bool{"among": true, "including": true, "most": true, "many": true, "mostly": true, "half": true})

// tokAt returns the index of the first token that starts at or after off.
func (sc *sentence) tokAt(off int) int {
	return sort.Search(len(sc.toks), func(i int) bool { return sc.toks[i].Start >= off })
}

// trimBack returns the token index that ends content before token j,
// dropping commas, dashes and closing quotation marks.
func (sc *sentence) trimBack(j int) int {
	for j > 0 {
		w := sc.word(j - 1)
		if w == "," || w == "—" || w == "-" || w == ":" || sc.isCloseQuote(j-1) {
			j--
			continue
		}
		break
	}
	return j
}

// isNameOnly reports whether tokens [a, b) are a bare name: capitalized
// words or an acronym, no article or description.
func (sc *sentence) isNameOnly(a, b int) bool {
	if a >= b {
		return false
	}
	words := 0
	for j := a; j < b; j++ {
		t := sc.toks[j]
		if t.Kind == 1 && !sc.titleDot(j) {
			return false
		}
		if t.Kind == 0 {
			if !isName(sc.d.Text, t) {
				return false
			}
			words++ // "Maj. Gen. Pat Ryder": four words, the dots aside
		}
	}
	return words <= 5
}

// titleDot reports whether token k is the dot of an abbreviated title
// before a name, "Col. John Smith", "Maj. Anna Berg", or of a name's
// initial inside it, "George W. Bush".
func (sc *sentence) titleDot(k int) bool {
	if k <= 0 || k >= len(sc.toks) || sc.word(k) != "." || sc.toks[k-1].End != sc.toks[k].Start {
		return false
	}
	return titleWords.has(sc.word(k-1)) || k >= 2 && k+1 < len(sc.toks) && sc.initialAt(k-1) && isName(sc.d.Text, sc.toks[k-2]) && isName(sc.d.Text, sc.toks[k+1])
}
