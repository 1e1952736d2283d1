package quantity

import (
	"slices"
	"strings"

	"github.com/sitrep/sitrep/internal/analysis/numbers"
	"github.com/sitrep/sitrep/internal/analysis/token"
	"github.com/sitrep/sitrep/internal/analysis/wordset"
	"github.com/sitrep/sitrep/internal/news"
)

// lookback is how many sentences back an elided noun or a missing actor
// may be taken from.
const lookback = 4

// quantity builds the quantity of mention k, or reports false when the
// figure counts nothing worth a claim.
func (sc *sentence) quantity(k int) (news.Quantity, bool) {
	m := sc.nums[k]
	q := news.Quantity{
		Span:     m.Span,
		Number:   m.Span,
		Value:    m.Value,
		Sentence: sc.idx,
	}
	np := sc.noun(k)
	tr := sc.rowOf(m)
	if np.head >= 0 && np.span.End <= m.Start {
		if j := sc.tollBefore(sc.tokIndex(m.Start)); j >= 0 && j < np.head {
			np = nounPhrase{head: -1, anaphor: -1} // the toll's own phrase names no counted noun
		}
	}
	var ante *news.Quantity
	var row *caption // the caption of the table the figure is a row of
	if np.head >= 0 {
		q.Noun = np.span.Of(sc.d.Text)
		q.What = np.what
		q.End = max(q.End, np.span.End)
	} else if m.Percent {
		q.What = "percent"
	} else if m.Currency != "" {
		q.What = "money" // "$1 billion": the sign names what is counted
	} else if c, ok := sc.tableCaption(m, tr); ok {
		q.What, q.Noun = c.what, c.noun // "Sindh .......... 724" under "Flood deaths by province"
		row = &c
	} else if j := sc.unknownNoun(k); np.head < 0 && j >= 0 && sc.tokIndex(m.End) < j {
		// "personnel from nine partner nations": a noun the lexicon does
		// not know, after its modifier, is what the figure counts; no
		// figure before it is taken up.
		q.What, q.Noun = "other", news.Span{Start: sc.toks[sc.tokIndex(m.End)].Start, End: sc.toks[j].End}.Of(sc.d.Text)
		q.End = max(q.End, sc.toks[j].End)
	} else {
		ante, np = sc.elided(k, np)
		if ante == nil && np.head < 0 && k == 0 && sc.asked != nil {
			// "Q: How many soldiers were wounded? REYES: Eleven."
			q.What, q.Noun = sc.asked.what, sc.asked.noun
		}
		if ante != nil {
			q.What, q.Noun = ante.What, ante.Noun
			if np.anaphor >= 0 {
				q.Noun = sc.word(np.anaphor)
				q.Start = min(q.Start, sc.toks[np.anaphor].Start)
			}
		} else if j := sc.unknownNoun(k); np.head >= 0 && j >= 0 {
			// "Indian forces had hit nine sites": the figure counts a
			// noun the lexicon does not know, not the one before it,
			// which still tells whose the figure is.
			q.What, q.Noun = "other", sc.toks[j].Text(sc.d.Text)
			q.End = max(q.End, sc.toks[j].End)
		} else if np.head >= 0 {
			q.What, q.Noun = np.what, np.span.Of(sc.d.Text)
		}
	}
	mnp := np
	if np.whole > 0 && sc.newSubjectAt(np.end) {
		// "the loss of 16 of the 109 Bradleys the US has delivered": the
		// verb after the noun is the whole's relative clause's (not in
		// "11 of the 25 people who had been aboard remained missing").
		mnp = nounPhrase{head: -1, anaphor: -1, end: np.whole}
	}
	hit := sc.measure(k, mnp)
	q.Measure = hit.measure
	if f := sc.tokIndex(m.Start); q.Measure == "captured" && sc.word(f-1) == "of" && sc.measureOf(f-2) == "killed" {
		q.Measure = "killed" // "the bodies of as many as 48 hostages": the dead, whatever befell them before
	}
	if np.head < 0 && ante == nil && q.What == "" && hit.measure != "" && sc.word(sc.tokIndex(m.End)) == "more" {
		// "more than 1,000 people had been detained ... about 700 more
		// were held": the figure adds to the last of the same deed.
		if p := sc.recent(func(p *news.Quantity) bool { return p.Measure == hit.measure && p.Noun != "" }); p != nil {
			q.What, q.Noun = p.What, p.Noun
		}
	}
	if row != nil && (q.Measure == "" || !tr.header.Empty() && row.measure != "") {
		q.Measure = row.measure // a column's header over what the row's line says
	}
	if q.Measure == "" {
		q.Measure = sc.listMeasure() // "- Germany: €20 million" under "Pledges we could identify"
	}
	if q.Measure == "" || hit.tok >= 0 && hit.tok < sc.tokIndex(m.Start) {
		if p := sc.wholeBefore(m); p != nil {
			// "pledged €252.7 million (about $298 million), including €30
			// million from France"; "322 bodies had been recovered, among
			// them 155 children": a part's measure is its whole's, and a
			// verb before it is the whole's.
			q.Measure = p.Measure
		}
	}
	if np.anaphor >= 0 && !lossMeasures.Has(q.Measure) {
		if w := sc.word(np.anaphor); (w == "toll" || w == "tolls") && (sc.measureEndingAt(np.anaphor+1) == "killed" || sc.measureEndingAt(np.anaphor) == "" && sc.measureEndingAt(np.anaphor+1) == "") {
			// "border death toll rises to 59 as ceasefire holds",
			// "Doctors' group puts toll at 1,500": a death toll, or a
			// toll no word qualifies, counts the dead, whatever verb
			// comes after ("the injury toll" does not).
			q.Measure = "killed"
		}
	}
	if j := sc.tokIndex(m.Start) - 1; !lossMeasures.Has(q.Measure) && includeWords.Has(sc.word(j)) && (sc.word(j-1) == "toll" || sc.word(j-1) == "tolls") && (sc.measureEndingAt(j) == "killed" || sc.measureEndingAt(j-1) == "") {
		// "the ministry's toll included 44 soldiers": those a death toll
		// (or a toll no word qualifies) includes are dead.
		q.Measure = "killed"
	}
	if q.Measure == "same" {
		// "13,000 containers ..., a volume it equated to over eight
		// million shells": a restated figure has the measure of the one
		// it restates, the figure before it.
		q.Measure = ""
		if qs := sc.d.Quantities; len(qs) > 0 && sc.idx-qs[len(qs)-1].Sentence <= 1 {
			q.Measure = qs[len(qs)-1].Measure
		}
	}
	if q.Measure == "" && np.head < 0 && ante == nil && k == 0 && sc.asked != nil {
		q.Measure = sc.asked.measure
	}
	if hit.tok >= 0 && np.head < 0 && hit.tok >= sc.tokIndex(m.End) {
		// "4,000 are believed to have been killed or wounded": the quote
		// runs to the verb that says what happened to the elided noun.
		q.End = max(q.End, sc.toks[hit.tok+hit.n-1].End)
	}
	if ante == nil && np.head < 0 && q.What == "" && q.Measure != "" {
		// "Ukrainian gunners fired 6,000 shells a day. Russian artillery
		// fired about 10,000 a day": a bare figure of the same deed as a
		// figure just before counts the same kind of thing, though not
		// the same owner's.
		if p := sc.recent(func(p *news.Quantity) bool { return p.Measure == q.Measure && p.Noun != "" && p.What != "percent" }); p != nil && sc.idx-p.Sentence <= 1 {
			q.What, q.Noun = p.What, p.Noun
		}
	}
	if p := sc.restated(k, np); p != nil {
		// "a minute of silence for the 147": the figure counted before,
		// named again.
		q.What, q.Noun, q.Measure, q.Actor, q.Location = p.What, p.Noun, p.Measure, p.Actor, p.Location
		return q, true
	}
	if q.What == "" && (q.Measure == "" || q.Measure == "serving") && !m.Vague && (m.Words && m.Value.V < 1000 || m.Value.Kind == news.KindExact && m.Value.V < 100) {
		return q, false // a bare small number counts nothing we can name ("five organisations working")
	}
	if m.Words && !m.Vague && m.Value.Kind == news.KindExact && m.Value.V == 1 && (q.Measure == "" || q.Measure == "other") && !sc.countsPeople(sc.tokIndex(m.End)) {
		return q, false // "one soldier was killed" is a figure, "one drone maker" is not
	}
	receive := sc.receiveBefore(k)
	actor, actorEnt, loc := sc.actor(k, np, receive, q.Measure)
	if mnp.whole == 0 && np.whole > 0 && actorEnt >= 0 && sc.ents[actorEnt].Start >= np.span.End && !receive {
		// "16 of the 109 Bradleys the US has delivered": who delivered
		// the whole does not own the part; read it as for a figure
		// without its noun. (Who promised the whole did supply the part
		// received: "received 20 of the 100 tanks Sweden promised".)
		actor, actorEnt, loc = sc.actor(k, mnp, receive, q.Measure)
	}
	ownActor := actorEnt >= 0 && sc.ents[actorEnt].Start >= m.End && sc.ents[actorEnt].End <= max(np.span.End, m.End)
	if q.Measure == "" && sc.regularForces(np) && sc.forceOf(np) >= 0 {
		q.Measure = "deployed" // "about 13,000 troops of the Army of Republika Srpska, on the hills": a force's strength
	}
	if i := sc.originAfter(k, np); i >= 0 {
		// "along with three from Malawi": where the people come from
		// owns them; it is not where they were.
		actor, actorEnt, ownActor = sc.countryOf(sc.ents[i]), i, true
	}
	if ante != nil && (ante.Actor != "" || ante.Sentence == sc.idx) && !ownActor {
		// An elided or anaphoric figure counts the same people as the one
		// it takes up, whoever else the sentence names; in the figure's
		// own sentence that holds for a lack of owner too ("artillery
		// killed two civilians and wounded at least 11").
		actor, actorEnt = ante.Actor, -1
	}
	coord := sc.coordinatedWith(k)
	if coord != nil && !ownActor {
		// "12 civilians had been killed and 121 wounded, including 10
		// children": a figure joined to the one before shares its owner,
		// or its lack of one. Not people named as such ("33 militants and
		// 21 hostages dead"): whose they are, the text must say.
		actor, actorEnt = coord.Actor, -1
		if np.what == "people" || sc.peopleFirst(k, np) {
			actor = ""
		}
		if loc == "" {
			loc = coord.Location
		}
	}
	// "We lost 40 men", "our battalion has had 12 wounded": the speaker's
	// own side, not the owner of the figures before.
	if actor == "" && !ownActor && coord == nil {
		actor = sc.theirs(k, np, q) // "we shot down two of their drones"
	}
	if actor == "" && !ownActor && coord == nil && (actingMeasures.Has(hit.measure) || hit.measure == "casualties" && hit.tok >= 0 && strings.HasPrefix(sc.word(hit.tok), "los")) && sc.speakerActs(k, hit) {
		// "The Pentagon says it aims to make 100,000 a month": the
		// speaker, pointed back to as the subject, makes, sends or fires
		// the figure's things itself.
		actor = sc.sourceSide(q)
	}
	firstPerson := actor == "" && !ownActor && coord == nil && sc.firstPerson(k, np)
	if firstPerson {
		actor = sc.speakersSide(q)
		if actor == "" {
			actor = sc.groupsFoe(q)
		}
	}
	if actor == "" && !ownActor && coord == nil && (firstPerson && (sc.word(0) == "our" || sc.ourNoun(k, np)) || actingMeasures.Has(q.Measure) && sc.weBefore(k) || sc.weDid(k, q.What) || q.What != "casualties" && q.What != "people" && !sc.demonymOn(k, np) && sc.ownBodyActs(k)) {
		// "Over the month we deployed 180 staff and distributed 14,200
		// hygiene kits", "Our own appeal is 41 per cent funded", in an
		// aid group's own report: the publisher its masthead names (not
		// what it only counts: "We count at least 17 impact sites").
		if a := sc.covering(q); a == nil || a.Source.Type == news.SourceOutlet {
			actor, _ = sc.writerOf()
		}
	}
	if actor == "" && !ownActor && coord == nil {
		actor = sc.itsOwn(k, q) // "Statoil said five of its 17 employees were missing"
	}
	if actor == "" && !ownActor && coord == nil && np.head >= 0 && q.What != "casualties" && q.What != "people" {
		actor = sc.ownerInApposition(np) // "One aircraft, an Italian Air Force G.222, was shot down"
	}
	if actor == "" && !ownActor && coord == nil && (q.Measure == "launched" || q.Measure == "intercepted") {
		// "German crews fired the first ten flying bombs at London ...
		// 2,754 flying bombs had been launched so far": weapons of the
		// kind one side fired before are that side's, until another
		// fires them.
		if q.What == "missiles" || q.What == "drones" || q.What == "munitions" {
			actor = sc.lastFiredBy(q.What)
		}
	}
	if receive && q.Measure == "" {
		q.Measure = "supplied"
	}
	if loc == "" {
		switch q.Measure {
		case "deployed", "reinforced", "planned", "supplied":
			loc = sc.destinationBefore(k, actor, actorEnt)
		}
	}
	spread := false
	if loc == "" {
		loc, spread = sc.location(k, actor, actorEnt, q.Measure)
	}
	if tr.places && totalLabels.Has(strings.ToLower(tr.label.Of(sc.d.Text))) {
		spread = true // a total of rows in several places is in none of them
	}
	if loc == "" && !spread && q.Measure == "produced" && actor != "" {
		if _, ok := sc.s.G.Lookup(actor); ok {
			loc = actor // made at home unless a place is named
		}
	}
	if ante != nil {
		if actor == "" {
			actor = ante.Actor
		}
		if loc == "" && !spread {
			loc = ante.Location
		}
		if q.Measure == "" && !(ante.Measure == "planned" && ante.Sentence != sc.idx && subjectAux.Has(sc.word(sc.tokIndex(m.End)))) {
			// (A plan stays in its sentence: "would send about 3,000
			// troops. ... some 2,800 were now in Liberia" are no plan.)
			q.Measure = ante.Measure
		}
	}
	if q.Measure == "deployed" && (q.What == "drones" || q.What == "missiles" || q.What == "munitions") && hit.tok >= 0 && sc.word(hit.tok+hit.n-1) == "part" {
		// "more than 200 drones had taken part": in an attack, launched
		// (not supplied, as deployed weapons are).
		q.Measure = "launched"
	}
	if q.Measure == "launched" && q.What == "personnel" && hit.tok >= 0 && sc.word(hit.tok) == "shot" {
		// Soldiers shot are not fired but killed, as people are (see
		// refine: "as many as 600 people may have been shot").
		q.Measure = "killed"
	}
	if q.Measure == "wounded" && hit.tok >= 0 && sc.word(hit.tok+hit.n-1) == "treated" && sc.illnessAfter(max(np.end, sc.tokIndex(m.End))) {
		// "had treated 3,000 children for severe malnutrition": patients
		// of an illness, not the wounded.
		q.Measure = "other"
	}
	lostPlaces := q.Measure == "casualties" && q.What == "other" && np.head >= 0 && heldPlaces.Has(sc.word(np.head))
	sc.raw = rawMeasure{k: k, measure: q.Measure}
	q.Measure, q.What = refine(q.Measure, q.What)
	if q.What == "percent" && q.Measure == "casualties" && sc.percentOfThings(k) {
		q.Measure = "other" // "has lost about half of its generating capacity": no one's life
	}
	if lostPlaces {
		q.Measure = "captured" // "the army had lost 40 outposts", "lost a dozen border posts": taken by the other side
	}
	if (q.Measure == "" || q.Measure == "other") && (m.Currency != "" || q.What == "money") && sc.askedFor(sc.tokIndex(m.Start)) {
		q.Measure = "planned" // "has asked Congress for $139 billion", "will ask the county for up to $40,000"
	}
	if q.Measure == "casualties" && hit.tok >= 0 && hit.tok < sc.tokIndex(m.Start) && sc.word(hit.tok) == "lost" && sc.lostAsDead(np, hit.tok) {
		q.Measure = "killed" // "We lost 14 men and had around 40 wounded", "who lost her brother and two cousins"
	}
	if q.Measure == "captured" && hit.tok >= 0 && hit.tok < sc.tokIndex(m.Start) && holdWords.Has(sc.word(hit.tok)) && np.head >= 0 && !heldPlaces.Has(sc.word(np.head)) && !sc.headIn(np, sc.s.Lex.Measures) &&
		(q.Value.Kind == news.KindMax && sc.word(hit.tok) != "held" || q.What == "missiles" || q.What == "munitions" || q.What == "equipment" || q.What == "drones") {
		// "The hall holds up to 6,200 people" (what fits in it),
		// "stockpiles held as many as 20,000 missiles" (a store's
		// weapons): held, not taken (people held and places held are:
		// "held its 25 crew", "hold dozens of villages").
		q.Measure = "other"
	}
	if q.Measure == "captured" && hit.tok >= sc.tokIndex(m.End) && holdVerbs.Has(sc.word(hit.tok)) && !passive.Has(sc.word(hit.tok-1)) && objectOpeners.Has(sc.word(hit.tok+1)) {
		// "the 120-strong contingent that held the bridge", "200
		// fighters seized the town": the figure before an active verb
		// of taking, with an object of its own, took; it was not taken.
		q.Measure = "other"
		if q.What == "personnel" {
			q.Measure = "deployed"
		}
	}
	if hit.measure == "killed" && hit.tok >= sc.tokIndex(m.End) && killVerbs.Has(sc.word(hit.tok)) && sc.killsFigure(k, hit.tok) {
		// "Two car bombs ... killed at least 100 people", "Three suicide
		// bombers killed 20 people": the figure before an active "kill"
		// that has a figure of its own as object is the killer. Weapons
		// that kill went off; anyone else was not killed.
		switch q.Measure {
		case "intercepted":
			q.Measure = "launched"
		case "killed", "casualties":
			q.Measure = "other"
			if q.What == "casualties" {
				q.What = "personnel"
			}
		}
	}
	if q.What == "percent" && sc.voteShare(m) {
		q.Measure = "" // "gave Lukashenko 80.1 per cent of the vote": a share, nothing given
	}
	if q.Measure == "supplied" && hit.measure == "deployed" && hit.tok >= 0 {
		if n, _ := sc.s.Lex.Presence.MatchWords(sc.words, hit.tok); n > 0 {
			// "the coast guard monitored 40 Chinese vessels in the
			// area": things that are somewhere are deployed there, not
			// supplied.
			q.Measure = "deployed"
		}
	}
	if q.Measure == "launched" && q.What == "other" && np.head >= 0 && !strikeNouns.Has(sc.word(np.head)) {
		q.Measure = "other" // "struck 150 targets": what was hit, not what was fired
	}
	if ante != nil && q.What == "other" && lossMeasures.Has(q.Measure) {
		if what, _ := sc.s.Lex.Nouns.Get(ante.Noun); what == "people" {
			q.What = "casualties" // "it held 214 hostages and had killed 50 of them"
		}
	}
	if ante != nil && q.What == "casualties" && ante.What == "casualties" && np.head < 0 && !lossMeasures.Has(q.Measure) && q.Measure != "" && q.Measure != "captured" {
		// "Gangs killed at least 262 people ... and displaced about
		// 60,000": the people the figure before counted, not its dead.
		if what, _ := sc.s.Lex.Nouns.Get(ante.Noun); what == "people" || what == "casualties" || ante.Noun == "" {
			q.What = "other"
		}
	}
	if q.What == "people" && np.nationals && (q.Measure == "captured" || sc.prisonersBefore()) {
		// "Russia took 200 Ukrainians", "each released 1,000 prisoners.
		// ... 390 Ukrainians were returned on Friday": a nation's people
		// taken or exchanged in a war are its soldiers.
		q.What, np.what = "personnel", "personnel"
	}
	if q.What == "people" && q.Measure == "captured" && np.head >= 0 && sc.headIn(np, sc.s.Lex.Unmarked) && !(hit.tok >= 0 && (strings.HasPrefix(sc.word(hit.tok), "hold") || sc.word(hit.tok) == "held")) {
		// "51 people arrested", "11 people had been detained": people
		// of no stated kind taken in a conflict are its personnel (not
		// hostages, pupils or women and girls, whom the noun names; not
		// what a place holds: "a city of 500,000 people", "the hall
		// holds up to 6,200 people"; not people held hostage: "354
		// people were being held inside"). Where they are and whose is read
		// as for people.
		q.What = "personnel"
	}
	if q.What == "people" && sentMeasures.Has(q.Measure) {
		if np.head >= 0 && sc.civilians(np) || hit.tok >= 0 && relocations.Has(sc.word(hit.tok)) && hit.tok > sc.tokIndex(m.End) {
			// "at least 200 families had arrived at the camp", "hundreds
			// of relatives gathered": civilians who come are no force;
			// nor are people who were moved ("about 17,000 people have
			// been moved from the right bank": evacuated).
			q.Measure = ""
		} else {
			// People sent, added or trained for a war are its personnel:
			// "туда могут прибыть ещё 20 тысяч человек"; whose they are
			// comes from the figures before, as for troops.
			q.What, np.what = "personnel", "personnel"
		}
	}
	if q.What == "" && (q.Measure == "trained" || q.Measure == "reinforced") {
		// "a further 2,000 were training", "every night they send another
		// 50": only people train, and reinforcements are people.
		q.What = "personnel"
	}
	if q.What == "" {
		q.What = "other"
	}
	feed := sc.feedItem()
	// A figure whose noun is left out after one of its own sentence ("12
	// civilians had been killed and 121 wounded") counts the same people:
	// it shares that figure's owner, or its lack of one.
	people := np.what == "people" || sc.peopleFirst(k, np) // "800 people dead": whose, the text must say
	gapped := ante != nil && ante.Sentence == sc.idx
	if qs := sc.d.Quantities; !gapped && !people && coord == nil && sc.participleNoun(np) && len(qs) > 0 && qs[len(qs)-1].Sentence == sc.idx {
		gapped = true
		if actor == "" {
			actor = qs[len(qs)-1].Actor
		}
	}
	if !gapped && !people && coord == nil && sc.partOfCounted(k, np) {
		// "192 people had been killed and more than 1,400 wounded. ...
		// 312 of the wounded were still in hospital": a part of the
		// wounded counted before is theirs, or no one's as they are,
		// not the owner of some older figure of casualties.
		if p := sc.recent(func(p *news.Quantity) bool { return p.Measure == q.Measure && p.Sentence < sc.idx }); p != nil {
			gapped = true
			if actor == "" {
				actor = p.Actor
			}
		}
	}
	irregular := np.head >= 0 && sc.s.Lex.Irregulars.Has(sc.word(np.head))
	if actor == "" && !firstPerson && !people && coord == nil && !feed && !gapped {
		regular := np.head >= 0 && sc.regularForces(np)
		if p := sc.recent(func(p *news.Quantity) bool {
			// "soldiers" are no armed group's, whatever fighters came
			// before; "attackers" no state's, whatever soldiers did; and
			// the victims counted after "killed all seven attackers" are
			// not the attackers' side.
			return p.What == q.What && p.Actor != "" && !(regular && sc.nonState(p.Actor)) && !(irregular && !sc.nonState(p.Actor)) &&
				!(!irregular && sc.s.Lex.Irregulars.Has(lastField(p.Noun)))
		}); p != nil {
			actor = p.Actor
		}
	}
	if actor == "" && !firstPerson && coord == nil && m.Percent && !feed && sc.percentOfPersonnel(k) {
		actor = sc.referent("personnel") // "30 percent of the initial contingent"
	}
	if actor == "" && !firstPerson && coord == nil && !m.Percent && !feed && !gapped {
		switch {
		case q.Measure == "captured" && (np.what == "other" || np.what == ""):
			actor = sc.referent("personnel") // "troops had taken 74 settlements"
		case np.what != "other" && !people:
			actor = sc.referent(np.what)
			if actor != "" && irregular && !sc.nonState(actor) {
				actor = "" // "Kenyan police said ... Five attackers were shot dead"
			}
		}
		if actor == "" && irregular {
			// "70 militants killed as al-Shabaab holds Adan Yabaal":
			// fighters no state has are the armed group's the sentence
			// names, or the story's only one.
			actor = sc.groupNamed()
		} else if actor == "" && np.what == "personnel" && np.head >= 0 && !people && sc.regularForces(np) {
			// "5,000 soldiers were already deployed": soldiers no one
			// owns are the story's only state's.
			actor = sc.state
		}
	}
	if actor == "" && coord != nil && !firstPerson && !feed && !people && np.what == "personnel" && np.head >= 0 && sc.regularForces(np) {
		// "61 civilians and six members of the security forces": soldiers
		// joined to a figure of no one's are still the story's state's.
		actor = sc.state
	}
	if loc == "" && !spread && (q.Measure == "launched" || q.Measure == "used") {
		// "about 50 rockets had crossed from Lebanon, Israel's military
		// said": fired from one side, they fell on the side that reports
		// them.
		if from := sc.firedFrom(k); from != "" {
			if c := sc.sourceCountry(q); c != "" && c != from {
				loc = c
			}
		}
	}
	carried := loc == "" && !spread // the place, if any, is another sentence's
	// Else the place of the latest figure of the same owner, or the scene
	// named since ("The city of Lutsk bore the brunt. ... one person was
	// killed"), whichever is more recent.
	if loc == "" && !spread && !feed {
		inScene := q.What != "other" && q.What != "people" && q.What != "percent" && sc.scene.name != "" && sc.idx-sc.scene.sentence <= sceneLookback && sc.scene.sentence >= sc.from && (sc.scene.known || sc.sameParagraph(sc.scene.sentence))
		// A figure with no owner shares a place only within its paragraph.
		p := sc.recent(func(p *news.Quantity) bool {
			return p.Location != "" && p.Actor == actor && (actor != "" || sc.sameParagraph(p.Sentence) || sc.inHeadline(p.Sentence))
		})
		switch {
		case inScene && (p == nil || sc.scene.sentence >= p.Sentence):
			loc = sc.scene.name
			if c := sc.s.G.CountryOf(loc); c != "" && q.Measure == "launched" && q.What != "personnel" && q.What != "people" {
				// "Russia launched 810 drones and 13 missiles
				// overnight", in a story about strikes on Kyiv: a
				// night's launches are counted over the whole country,
				// not in the city the story is in (what a city's air
				// defences shoot down stays there).
				loc = c
			}
		case p != nil:
			loc = p.Location
		}
	}
	q.Period = sc.period(q) // the span is final: atHome reads it too
	if loc == "" && !spread && (!feed || sc.proseBullet()) && sc.from == sc.section && sc.home != "" && sc.atHome(q, m, np, actor) {
		// What no sentence places happened where the story is; a
		// digest's item is a story of its own (see item).
		loc = sc.home
		if q.Measure == "intercepted" {
			// "the Russian defence ministry claimed that 125 Ukrainian
			// drones had been destroyed", in a story set in Ukraine: a
			// side shoots down over itself (see below).
			if c := sc.sourceCountry(q); c != "" && c != actor && c != sc.s.G.CountryOf(loc) {
				loc = c
			}
		}
	}
	if carried && loc != "" && sc.elsewhere() {
		// "About 170 people died elsewhere in the east", after a
		// paragraph set in Derna: not there, but in its country.
		if c := sc.s.G.CountryOf(loc); c != "" {
			loc = c
		}
	}
	if loc == "" && !spread && !feed && people && lossMeasures.Has(q.Measure) {
		// "Lebanon's health ministry said 492 people had been killed": a
		// country's body counts the dead of its own country.
		// A country itself ("Kyiv" for Ukraine's government) may speak
		// of anywhere.
		// (Not a news agency's: Reuters reports the dead of anywhere; a
		// state's own media speak for it.)
		if a := sc.covering(q); a != nil && a.Source.Type != news.SourcePerson && !sc.freeMedia(a.Source) {
			if c := sc.s.G.CountryOfName(a.Source.Name); c != a.Source.Name {
				loc = c
			}
		}
	}
	if loc == "" && !spread && actor != "" && actor == sc.d.Focus && (q.Measure == "supplied" || q.Measure == "planned") && q.What != "personnel" {
		loc = actor // a country's deliveries and purchases for itself, in a story about it
	}
	if loc == "" && !spread && q.Measure == "intercepted" {
		// "Ukraine's air force said 747 drones had been shot down": a
		// side reports what it shot down over itself, so where no place
		// is named, the reporting side's country is where. (Not for what
		// was launched: a side also reports its enemy's tests.)
		if c := sc.sourceCountry(q); c != "" && c != actor {
			loc = c
		}
	}
	if loc != "" && !spread && sc.nationwide() {
		// "more than 2,100 people have been killed across the country":
		// the country, not the city the story was in.
		if c := sc.s.G.CountryOf(loc); c != "" {
			loc = c
		}
	}
	if actor == "" && loc != "" && q.Measure == "produced" {
		// "la fábrica de Alabuga produce 2.700 drones": what is made in a
		// country's place is that country's.
		actor = sc.s.G.CountryOf(loc)
	}
	if (takenFrom(q.Measure, q.What) || hit.measure == "destroyed" && q.What == "equipment") && sc.verbBefore(hit.tok, m) {
		// "Ukraine's air force said its gunners had shot down three
		// Su-34s", "the RSF says it captured 200 soldiers", "Ukraine's
		// drones damaged 41 aircraft": the side that
		// acts, named before the verb or speaking, took them from its
		// enemy (not "captured the junta's ...", which names the owner).
		switch {
		case actorEnt >= 0 && !ownActor && sc.ents[actorEnt].End <= sc.toks[hit.tok].Start:
			if o := sc.sides.opponent(actor); o != "" {
				actor = o
			}
		case actor == "":
			actor = sc.sides.opponent(sc.sourceSide(q))
		}
	}
	if q.Measure == "captured" && q.What == "other" && ownActor && hit.tok >= 0 {
		// "Afghan units had seized 25 Pakistani army posts", "troops had
		// captured 21 Afghan positions": posts and places taken are the
		// taker's now, the side before the verb or the one that says so.
		taker := sc.sideBefore(hit.tok)
		if taker == "" {
			taker = sc.sourceSide(q)
		}
		if taker != "" && taker != actor {
			actor = taker
		}
	}
	if !ownActor && sc.enemyOwns(k, np) {
		// "Moscow claims 1,500 enemy dead", "the enemy lost 1,200
		// troops": the speaker's enemy, in a story of two sides.
		if o := sc.sides.opponent(sc.sourceSide(q)); o != "" {
			actor = o
		}
	}
	if actor == "" && m.Percent {
		// "roughly 17 percent of Russia's refining capacity": a share of
		// what a country owns is that country's.
		actor = sc.shareOwner(m)
	}
	if !tr.label.Empty() {
		// "Türkiye: 44,374 | Syria: 5,951": a place that labels the
		// figure's cell is where.
		if p := sc.placeIn(tr.label, tr); p != "" {
			loc = p
			if actor == p {
				actor = "" // where, not whose: the caption may say whose
			}
		}
	}
	if actor == "" && !people {
		// "CLAIMED SYRIAN GOVERNMENT LOSSES" over "Tanks destroyed: 135":
		// the one country a table's caption names owns its rows.
		actor = sc.captionCountry(m, tr)
	}
	if !ownActor && lossMeasures.Has(q.Measure) && sc.tollFigure(m, np) {
		// "toll passes 4,700", "put the toll at 195", "a civilian toll
		// of 11,541": a toll counts all the dead, whoever's they were or
		// whoever killed them, unless its own words say ("the Russian
		// toll").
		actor = ""
	}
	if sc.label != "" {
		// "- Gagangir, Oct 20: Gunmen opened fire ... near the tunnel":
		// the place that labels a list item is where its figures are.
		loc = sc.label
	}
	if q.What == "money" && sc.price(k) {
		// "A kilogram of explosives costs about $40", "WTI hit a record
		// $70.85 a barrel": a price is no one's and nowhere's.
		actor, loc = "", ""
	}
	q.Actor, q.Location = actor, loc
	q.Per = sc.per(q)
	if q.Period != nil && q.Per == "" && flows.Has(q.Measure) && !cumulative(sc.d.Text, q.Period) {
		q.Per = spanUnit(q.Period)
	}
	if q.What == "people" {
		q.What = "other"
	}
	if q.Measure == "" {
		q.Measure = "other"
		if q.What == "personnel" && loc != "" && !sc.saidToBe(np, m) && !sc.placeOfNextFigure(k, loc) {
			q.Measure = "deployed"
		}
	}
	if q.Measure == "supplied" && q.What == "equipment" && (sc.raw.measure == "deployed" || sc.raw.measure == "reinforced") && np.head >= 0 && sc.headIn(np, sc.s.Lex.Platforms) && q.Actor != "" && q.Location != "" && q.Location != q.Actor && !sc.otherCountry(q.Location, q.Actor) {
		// "China sent five coast guard ships into the South China Sea":
		// a side's own ships, aircraft and vehicles sent to a place of
		// its own or of no country are deployed; supplied to another
		// country ("sent 109 Bradleys to Ukraine") or to a body ("sent 12
		// patrol vessels to the coast guard").
		q.Measure = "deployed"
	}
	if q.Location != "" && (q.Measure == "deployed" || q.Measure == "reinforced") {
		if e, ok := sc.s.G.Lookup(q.Location); ok && e.Kind == "capital" {
			// "about 100 Russian instructors landed in Ouagadougou":
			// forces sent to a capital are sent to its country.
			q.Location = sc.s.G.CountryOf(q.Location)
		}
	}
	return q, true
}

// otherCountry reports whether loc is, or lies in, a country other than
// the actor's own.
func (sc *sentence) otherCountry(loc, actor string) bool {
	if loc == "" {
		return false
	}
	c := sc.s.G.CountryOf(loc)
	return c != "" && c != sc.s.G.CountryOf(actor) && c != actor
}

// atHome reports whether a figure no sentence places happened where the
// story is (sc.home): a loss, a count of people, an interception or a
// destruction always. Any other figure only when that place is no
// continent or wide region and the figure covers no period of an earlier
// year ("in the same period last year"), and not a share, a product, a
// delivery or a training (made, sent, trained where?); a launch only by
// a side from elsewhere (fired into the story's place, not from it).
func (sc *sentence) atHome(q news.Quantity, m numbers.Mention, np nounPhrase, actor string) bool {
	if lossMeasures.Has(q.Measure) || np.what == "people" || q.Measure == "intercepted" || q.Measure == "destroyed" {
		return true
	}
	if m.Percent || q.Measure == "produced" || q.Measure == "supplied" || q.Measure == "trained" {
		return false
	}
	if e, ok := sc.s.G.Lookup(sc.home); ok && e.Region {
		return false
	}
	if p := q.Period; p != nil && !sc.d.Meta.Published.IsZero() && p.Date.Year() < sc.d.Meta.Published.Year() && (p.Granularity == "year" || p.Granularity == "month" || p.Granularity == "season") {
		return false
	}
	if q.Measure == "launched" || q.Measure == "used" {
		return actor == "" || actor != sc.s.G.CountryOf(sc.home)
	}
	return true
}

// elsewhere reports whether the sentence says its figures are away from
// the place the story is in: "died elsewhere in the east".
func (sc *sentence) elsewhere() bool {
	return slices.Contains(sc.words, "elsewhere")
}

// relocations move people after the figure out of harm's way, not to war.
var relocations = wordset.New(map[string]bool{"moved": true, "relocated": true, "resettled": true, "bused": true, "bussed": true, "evacuated": true})

// prisonersBefore reports whether the figure before, in this sentence or
// the one before it, counts people taken: the people of a nation counted
// next are the same prisoners.
func (sc *sentence) prisonersBefore() bool {
	qs := sc.d.Quantities
	if len(qs) == 0 {
		return false
	}
	p := qs[len(qs)-1]
	return sc.idx-p.Sentence <= 1 && p.What == "personnel" && p.Measure == "captured"
}

// participleNoun reports whether a figure's noun is a measure word used
// as a noun, "121 wounded", as in a clause whose noun is left out after
// another figure's ("12 civilians had been killed and 121 wounded").
func (sc *sentence) participleNoun(np nounPhrase) bool {
	if np.head < 0 || np.span.Start != sc.toks[np.head].Start {
		return false
	}
	n, _ := sc.s.Lex.Measures.MatchWords(sc.words, np.head)
	return n == 1
}

// saidToBe reports whether the figure's clause says what its people are
// rather than where: a copula and no preposition of place after the noun,
// "All 27 of our Beira staff are accounted for", "30 of them are safe"
// (not "11,000 troops are in Kursk", "are still inside the city", "were
// flown into the capital").
// English only.
func (sc *sentence) saidToBe(np nounPhrase, m numbers.Mention) bool {
	j := np.end
	if np.head < 0 {
		j = sc.tokIndex(m.End)
	}
	switch sc.word(j) {
	case "are", "were", "is", "was", "remain", "remained", "remains":
	default:
		return false
	}
	j++
	for modals.Has(sc.word(j)) || sc.word(j) == "all" {
		j++ // "are still", "are all"
	}
	if j >= len(sc.toks) || sc.toks[j].Kind != token.Word {
		return false
	}
	w, next := sc.word(j), sc.word(j+1)
	if w == "accounted" && next == "for" {
		return true // "Nine are now accounted for"
	}
	// "were flown into the regional capital": moved somewhere, deployed.
	return !placePrepositions.Has(w) && !sc.s.Lex.Stop.Has(w) && !placePrepositions.Has(next) && !destinations.Has(next)
}

// partOfCounted reports whether figure k is a part "of the" people a
// measure word names as a noun: "312 of the wounded", "half of the dead".
// English only (the article).
func (sc *sentence) partOfCounted(k int, np nounPhrase) bool {
	if np.head < 0 {
		return false
	}
	j := sc.tokIndex(sc.nums[k].End)
	if sc.word(j) != "of" || sc.word(j+1) != "the" || np.head != j+2 {
		return false
	}
	n, _ := sc.s.Lex.Measures.MatchWords(sc.words, np.head)
	return n == 1
}

// sameParagraph reports whether sentence i is in this sentence's
// paragraph: no blank line lies between them.
func (sc *sentence) sameParagraph(i int) bool {
	if i < 0 || i > sc.idx {
		return false
	}
	if i == sc.idx {
		return true
	}
	return !token.HasBlankLine(sc.d.Text[sc.d.Sentences[i].End:sc.span.Start])
}

// inHeadline reports whether sentence i lies in the document's headline,
// which the first paragraph goes on from.
func (sc *sentence) inHeadline(i int) bool {
	h := sc.d.Headline
	return h.End > h.Start && sc.d.Sentences[i].Start >= h.Start && sc.d.Sentences[i].End <= h.End
}

// covering returns the attribution whose content holds q's figure, or nil.
func (sc *sentence) covering(q news.Quantity) *news.Attribution {
	// The innermost that holds the figure is who said it: "Tass cited a
	// Hamas official as saying the group had lost fewer than 6,000
	// fighters" is the official's, relayed.
	i := sc.covers.Covering(q.Number)
	if i < 0 {
		i = sc.covers.FirstOverlapping(q.Number)
	}
	if i >= 0 {
		return &sc.d.Attributions[i]
	}
	return nil
}

// sourceCountry returns the country of the source of the attribution that
// covers q's figure, or "" (also for a news outlet, which speaks of no side
// of its own).
func (sc *sentence) sourceCountry(q news.Quantity) string {
	if a := sc.covering(q); a != nil && !sc.freeMedia(a.Source) {
		return sc.s.G.CountryOf(a.Source.Name)
	}
	return ""
}

// freeMedia reports whether a source is a news outlet that is no state's
// own media: it speaks of no side of its own.
func (sc *sentence) freeMedia(src news.Source) bool {
	if src.Type != news.SourceMedia {
		return false
	}
	e, ok := sc.s.G.Lookup(src.Name)
	return !ok || !e.StateMedia
}

// illnessAfter reports whether "for" and an illness follow within a few
// tokens of j: "treated 3,000 children for severe malnutrition".
func (sc *sentence) illnessAfter(j int) bool {
	for k := j; k < len(sc.toks) && k < j+3; k++ {
		if sc.word(k) != "for" && sc.word(k) != "with" {
			continue // "treated 3,000 children for severe malnutrition", "120 patients with severe dehydration"
		}
		for m := k + 1; m < len(sc.toks) && m <= k+3; m++ {
			if illnesses.Has(sc.word(m)) {
				return true
			}
		}
		return false
	}
	return false
}

// illnesses are what people are treated for besides wounds.
var illnesses = wordset.New(map[string]bool{"malnutrition": true, "cholera": true, "measles": true, "malaria": true, "dehydration": true, "diarrhoea": true, "diarrhea": true, "disease": true, "diseases": true, "illness": true, "illnesses": true, "hunger": true, "typhoid": true, "dengue": true, "ebola": true, "covid-19": true, "infections": true})

// subjectAux after a bare figure make it the subject of its clause: "Nine
// are now accounted for", "58 have left". English only.
var subjectAux = wordset.New(map[string]bool{"are": true, "were": true, "have": true, "had": true, "remain": true, "remained": true})

// opensClause reports whether token i opens the sentence or a clause: at
// the start, or after a colon, a semicolon or an opening phrase's comma
// ("Of these, 58 have left").
func (sc *sentence) opensClause(i int) bool {
	for i > 0 && (sc.word(i-1) == "only" || sc.word(i-1) == "just") {
		i-- // "saying only 12 were allowed through"
	}
	if i == 0 {
		return true
	}
	switch sc.word(i - 1) {
	case ":", ";", ",", "that", "saying":
		return true
	}
	return false
}

// copulas after a bare figure make it the subject of a judgement about a
// figure: "3,000 to 3,500 is more realistic".
var copulas = wordset.New(map[string]bool{"is": true, "was": true, "seems": true, "looks": true, "ist": true, "war": true, "est": true, "était": true})

// actingMeasures are what a side does with its own people and things:
// makes, sends, fires, trains, plans (not what it kills or takes).
var actingMeasures = wordset.New(map[string]bool{"produced": true, "supplied": true, "deployed": true, "reinforced": true,
	"trained": true, "planned": true, "launched": true, "used": true})

// maxSubjectGap bounds the words between a pronoun subject and the verb of
// its figure ("it aims to make 100,000").
const maxSubjectGap = 4

// speakerActs reports whether the verb of figure k, before it, has a
// pronoun that points to a speaker ("it", "they") as its subject, a few
// function words or verbs of intent away.
func (sc *sentence) speakerActs(k int, hit measureHit) bool {
	first := sc.tokIndex(sc.nums[k].Start)
	if hit.tok < 0 || hit.tok >= first {
		return false
	}
	for j := hit.tok - 1; j >= 0 && j >= hit.tok-maxSubjectGap; j-- {
		if sc.toks[j].Kind != token.Word || isCapitalizedWord(sc.d.Text, sc.toks[j].Span) && j > 0 {
			return false
		}
		if v, ok := sc.s.Lex.Pronouns.Get(sc.word(j)); ok {
			return !strings.HasPrefix(v, "person") // "it", "they"; "he" is a person, of no side here
		}
		if j > 0 && sc.word(j-1) == "the" {
			if v, ok := sc.s.Lex.Pronouns.Get("the " + sc.word(j)); ok {
				return !strings.HasPrefix(v, "person") // "the group", "the militia"
			}
		}
	}
	return false
}

// shareOwner returns the country whose possession a percentage is a share
// of ("34 percent of Russia's strategic cruise-missile carriers"), or "".
func (sc *sentence) shareOwner(m numbers.Mention) string {
	j := sc.tokIndex(m.End)
	if sc.word(j) != "of" {
		return ""
	}
	j++
	if sc.word(j) == "the" {
		j++
	}
	if j >= len(sc.toks) {
		return ""
	}
	for _, e := range sc.ents {
		if e.Start != sc.toks[j].Start || e.Demonym || e.Type != news.EntityCountry {
			continue
		}
		if k := sc.tokIndex(e.End); k < len(sc.toks) && sc.toks[k].Kind == token.Possessive {
			return e.Canonical
		}
	}
	return ""
}

// voteShare reports whether a percentage is a share of the vote: "80.1 per
// cent of the vote", "52% of ballots".
func (sc *sentence) voteShare(m numbers.Mention) bool {
	j := sc.tokIndex(m.End)
	if sc.word(j) != "of" {
		return false
	}
	j++
	if w := sc.word(j); w == "the" || w == "all" {
		j++
	}
	switch sc.word(j) {
	case "vote", "votes", "ballots", "ballot":
		return true
	}
	return false
}

// killsFigure reports whether the verb at token v, after mention k, has the
// next mention for its object: "bombers killed 20 people".
func (sc *sentence) killsFigure(k, v int) bool {
	if v > 0 && passive.Has(sc.word(v-1)) {
		return false // "were killed"
	}
	// The object follows the verb at once: "killed, 2,700 wounded" and
	// "killed and 4,600 wounded" list another figure.
	return k+1 < len(sc.nums) && sc.tokIndex(sc.nums[k+1].Start) == v+1
}

// passive are the auxiliaries before a passive verb.
var passive = wordset.New(map[string]bool{"was": true, "were": true, "been": true, "be": true, "being": true, "is": true, "are": true, "got": true, "get": true})

// newSubjectAt reports whether token j opens a new subject, a relative
// clause without its pronoun: "the US has delivered", "they sent".
func (sc *sentence) newSubjectAt(j int) bool {
	if j >= len(sc.toks) || sc.toks[j].Kind != token.Word {
		return false
	}
	switch sc.word(j) {
	case "the", "they", "it", "we", "he", "she", "its", "their":
		return true
	case "that", "which":
		// "the first 20 of the 100 armoured vehicles that Sweden
		// promised": a relative clause with a subject of its own.
		return sc.word(j+1) != "that" && sc.word(j+1) != "which" && sc.newSubjectAt(j+1)
	}
	return isCapitalizedWord(sc.d.Text, sc.toks[j].Span)
}

// holdVerbs are the active verbs of taking a place or people.
var holdVerbs = wordset.New(map[string]bool{"held": true, "hold": true, "holds": true, "seized": true, "seize": true, "seizes": true, "captured": true, "capture": true, "captures": true, "took": true, "take": true, "takes": true})

// placeOfNextFigure reports whether the sentence names place loc only
// after the figure that follows figure k: "I thank our 3,400 colleagues,
// and the 40 resort staff who stayed in Sousse" puts the staff there, not
// the colleagues.
func (sc *sentence) placeOfNextFigure(k int, loc string) bool {
	if k+1 >= len(sc.nums) || sc.nums[k].End > sc.nums[k+1].Start || sc.nums[k+1].End > sc.span.End {
		return false
	}
	text := sc.d.Text
	before := text[sc.nums[k].End:sc.nums[k+1].Start]
	after := text[sc.nums[k+1].End:sc.span.End]
	return !strings.Contains(before, loc) && strings.Contains(after, loc)
}

// askedFor reports whether the figure at token first is what someone asks
// another for: "for" right before it (past "up to" and the like), and a
// verb of asking a few words before that. English only.
func (sc *sentence) askedFor(first int) bool {
	j := first - 1
	for j > 0 && sc.toks[j].Kind == token.Word && sc.word(j) != "for" && sc.isStopAt(j) && j >= first-3 {
		j-- // "for up to", "for about"
	}
	if sc.word(j) != "for" {
		return false
	}
	for k := j - 1; k >= 0 && k >= j-maxAskObject; k-- {
		if askWords.Has(sc.word(k)) {
			return true
		}
		if sc.toks[k].Kind != token.Word {
			return false
		}
	}
	return false
}

// maxAskObject bounds the words of whom one asks ("asked Congress",
// "ask the county", "ask for an advance of").
const maxAskObject = 5

// askWords ask for money.
var askWords = wordset.New(map[string]bool{"ask": true, "asks": true, "asked": true, "asking": true, "request": true, "requested": true, "requests": true})

// lostAsDead reports whether the people "lost" at token lost died: kin
// or members a person or a body mourns ("who lost her brother and two
// cousins", "We lost three members"), or people lost in a sentence that
// counts its wounded apart ("We lost 14 men and had around 40 wounded").
// A force's losses otherwise count the dead and the wounded together.
func (sc *sentence) lostAsDead(np nounPhrase, lost int) bool {
	if np.head >= 0 && mourned.Has(sc.word(np.head)) {
		return true
	}
	for _, m := range sc.nums {
		if sc.tokIndex(m.Start) <= lost {
			continue
		}
		if n, v := sc.s.Lex.Measures.MatchWords(sc.words, sc.tokIndex(m.End)); n > 0 && v == "wounded" {
			return true // a later figure of the wounded: "and had around 40 wounded"
		}
	}
	return false
}

// mourned are the people one loses to death rather than to battle.
var mourned = wordset.New(map[string]bool{
	"brother": true, "brothers": true, "sister": true, "sisters": true, "siblings": true, "cousins": true,
	"cousin": true, "sons": true, "daughters": true, "children": true, "relatives": true, "members": true,
	"colleagues": true, "friends": true, "parents": true,
})

// holdWords are the verbs of holding, which say what is held, not taken.
var holdWords = wordset.New(map[string]bool{"held": true, "hold": true, "holds": true, "holding": true})

// objectOpeners open the object of a verb of taking ("held the bridge").
var objectOpeners = wordset.New(map[string]bool{"the": true, "a": true, "an": true, "control": true, "their": true, "its": true})

// killVerbs are the active verbs of killing: what kills was used.
var killVerbs = wordset.New(map[string]bool{"killed": true, "kill": true, "kills": true, "killing": true})

// heldPlaces are places a side holds in war, which it loses to the other.
var heldPlaces = wordset.New(map[string]bool{
	"posts": true, "outposts": true, "positions": true, "bases": true, "checkpoints": true, "villages": true,
	"towns": true, "settlements": true, "strongholds": true, "camps": true, "garrisons": true, "hilltops": true,
})

// includeWords say what a total holds: "the toll included 44 soldiers".
var includeWords = wordset.New(map[string]bool{"include": true, "includes": true, "included": true, "including": true})

// wholeBefore returns the figure of the sentence that m restates or is a
// part of, right before it: the same sum in another currency in brackets
// ("€252.7 million (about $298 million)") or a part it includes ("€63
// million, including €33 million", "€267 billion, of which about €130
// billion", "82 civilians, among them 11 women"). nil when there is none.
func (sc *sentence) wholeBefore(m numbers.Mention) *news.Quantity {
	qs := sc.d.Quantities
	if len(qs) == 0 || qs[len(qs)-1].Sentence != sc.idx || qs[len(qs)-1].End > m.Start {
		return nil
	}
	p := &qs[len(qs)-1]
	j := sc.tokIndex(m.Start)
	from := sc.tokIndex(p.End)
	switch {
	case j == from+1 && sc.word(from) == "(":
		if p.What != "money" || m.Currency == "" {
			return nil
		}
	case j == from+1 && sc.word(from) == "including", j == from+2 && sc.word(from) == "," && sc.word(from+1) == "including",
		j >= from+3 && sc.word(j-3) == "," && sc.word(j-2) == "of" && sc.word(j-1) == "which",
		j >= from+2 && j <= from+maxAmongTokens && sc.word(j-2) == "among" && (sc.word(j-1) == "them" || sc.word(j-1) == "whom"):
	default:
		return nil
	}
	return p
}

// price reports whether money figure k is a price: a word of cost before
// it in its clause ("costs about $40", "priced at", "the price of") or a
// unit it is paid for after it ("$70.85 a barrel", "$400 each").
func (sc *sentence) price(k int) bool {
	first, end := sc.tokIndex(sc.nums[k].Start), sc.tokIndex(sc.nums[k].End)
	for j := first - 1; j >= 0 && j >= first-4; j-- {
		w := sc.word(j)
		if priceWords.Has(w) {
			return true
		}
		if costWords.Has(w) {
			// "A kilogram of explosives costs about $40": one unit's
			// cost (not "the war cost Britain £2.8 billion").
			w0 := sc.word(0)
			return w0 == "a" || w0 == "an" || w0 == "each" || w0 == "one"
		}
		if w == "," || w == ";" || w == "." {
			break
		}
	}
	switch sc.word(end) {
	case "each", "apiece":
		return true
	case "a", "per":
		return unitNouns.Has(sc.word(end + 1))
	}
	return false
}

// priceWords before a sum make it a price.
var priceWords = wordset.New(map[string]bool{"priced": true, "price": true, "prices": true, "fetch": true, "fetches": true, "fetched": true})

// costWords before a sum make it a price when the sentence opens with one
// unit of what it costs.
var costWords = wordset.New(map[string]bool{"cost": true, "costs": true, "costing": true, "sells": true, "sold": true})

// unitNouns after "a" or "per" and a sum name what is bought at that price.
var unitNouns = wordset.New(map[string]bool{
	"barrel": true, "tonne": true, "ton": true, "litre": true, "liter": true, "gallon": true, "kilogram": true,
	"kg": true, "unit": true, "piece": true, "round": true, "shell": true, "drone": true, "missile": true,
})

// maxAmongTokens bounds how far after its whole a part "among them" may
// stand: "322 bodies had been recovered, among them 155 children".
const maxAmongTokens = 8

// sentMeasures are the measures of people sent to a war or readied for it.
var sentMeasures = wordset.New(map[string]bool{"deployed": true, "reinforced": true, "trained": true})

// maxTollTokens bounds how far before its figure a death toll may stand.
const maxTollTokens = 12

// tollBefore returns the token of a death toll that is the subject of the
// clause before the figure at token first, or -1: "The death toll from
// overnight Israeli strikes rose to 50" counts the dead, whatever nouns
// its own phrase holds ("strikes").
func (sc *sentence) tollBefore(first int) int {
	for j, lo := first-1, sc.tokIndex(sc.clauseStart(first)); j >= lo && j >= first-maxTollTokens; j-- {
		if w := sc.word(j); (w == "toll" || w == "tolls") && (sc.measureEndingAt(j+1) == "killed" || j == 0 && sc.measureEndingAt(j) == "" && sc.d.Sentences[sc.idx].Headline) {
			return j // (a headline's bare "Toll in Myanmar quake climbs past 3,600" counts the dead too)
		}
	}
	return -1
}

// tollFigure reports whether figure m is a toll's: "toll" or "tolls"
// stands within the few words before it ("the toll rose to 58", "put the
// toll at 195", "a civilian toll of 11,541").
func (sc *sentence) tollFigure(m numbers.Mention, np nounPhrase) bool {
	first := sc.tokIndex(m.Start)
	if np.anaphor >= 0 {
		if w := sc.word(np.anaphor); w == "toll" || w == "tolls" {
			return !sc.ownedToll(np.anaphor)
		}
	}
	for j := first - 1; j >= 0 && j >= first-maxTollTokens; j-- {
		switch sc.word(j) {
		case "toll", "tolls":
			return !sc.ownedToll(j)
		case ",", ";", ".", "and":
			return false
		}
	}
	return false
}

// ownedToll reports whether the words right before the toll at token j
// say whose dead it counts: "the Kyrgyz toll", "its own toll", "the
// militant death toll", "Russia's toll".
func (sc *sentence) ownedToll(j int) bool {
	for k := j - 1; k >= 0 && k >= j-3; k-- {
		w := sc.word(k)
		switch w {
		case "its", "their", "his", "her", "our", "own":
			return true
		case "the", "a", "an", "death", "civilian", "overall", "official", "new", "final":
			continue
		}
		if sc.toks[k].Kind == token.Possessive || sc.s.Lex.Irregulars.Has(w) || sc.s.Lex.Regulars.Has(w) || strings.HasPrefix(w, "militant") {
			return true
		}
		for _, e := range sc.ents {
			if e.Start <= sc.toks[k].Start && sc.toks[k].End <= e.End {
				return true // "the Kyrgyz toll"
			}
		}
		return false
	}
	return false
}

// elided finds what a figure without its own noun counts: an earlier figure
// of the same sentence ("of the initial 11,000 soldiers, 4,000 ..."), the
// figure that "that number" takes up, or the nearest counted noun before it
// ("drones are used in their hundreds of thousands").
func (sc *sentence) elided(k int, np nounPhrase) (*news.Quantity, nounPhrase) {
	first := sc.tokIndex(sc.nums[k].Start)
	if w := sc.word(first - 1); (w == "to" || w == "at") && sc.word(first-2) == "it" && first >= 3 && sc.toks[first-3].Kind == token.Word && !sc.s.Lex.Stop.Has(sc.word(first-3)) {
		// "The committee raised it to 115", "revised it to 26": "it" is
		// the figure before, changed.
		np.anaphor = first - 2
		if p := sc.recent(func(p *news.Quantity) bool { return p.What != "percent" }); p != nil {
			return p, np
		}
	}
	for j := first - 1; j >= 0 && j >= first-4; j-- {
		if n, _ := sc.s.Lex.Anaphora.MatchWords(sc.words, j); n > 0 && sc.word(j+n) != "that" {
			// (Not "led it to estimate that at least 9,000 died": a
			// verb and its clause.)
			np.anaphor = j
			if w := sc.word(j); w == "toll" || w == "tolls" {
				// "raised the toll to 11": a toll counts the dead, the
				// last figure of them, not the wounded named after them.
				if p := sc.recent(func(p *news.Quantity) bool { return p.Measure == "killed" }); p != nil {
					return p, np
				}
				if p := sc.recent(func(p *news.Quantity) bool {
					return p.What == "casualties" || p.What == "personnel" || p.What == "people"
				}); p != nil {
					return p, np
				}
				return nil, np // not a sum or a count of things named before it
			}
			if p := sc.recent(func(p *news.Quantity) bool { return p.What != "percent" }); p != nil {
				return p, np
			}
			return nil, np
		}
	}
	if j := sc.tollBefore(first); j >= 0 {
		np.anaphor = j
		return nil, np
	}
	if w := sc.word(first - 1); w == "at" || w == "to" {
		// "British losses at 255 and Argentine losses at 649": the noun
		// that a figure is put at counts it, before any figure of the
		// sentence.
		for j := first - 2; j >= 0 && j >= first-4; j-- {
			if n, what := sc.s.Lex.Nouns.MatchWords(sc.words, j); n > 0 && j+n == first-1 && what != "other" && what != "duration" {
				np.head, np.what = j+n-1, what
				np.span = news.Span{Start: sc.toks[j].Start, End: sc.toks[j+n-1].End}
				np.end = sc.tokIndex(sc.nums[k].End)
				return nil, np
			}
		}
	}
	qs := sc.d.Quantities
	if n := len(qs); n > 0 && qs[n-1].Sentence == sc.idx {
		return &qs[n-1], np
	}
	if np.partitive {
		// "the police staff who made it work: about 700 of them": a
		// counted noun of the sentence before the figure is what "them"
		// are, before any figure of earlier sentences.
		lo := 0
		if k > 0 {
			lo = sc.tokIndex(sc.nums[k-1].End)
		}
		for j := first - 1; j >= lo; j-- {
			if n, what := sc.s.Lex.Nouns.MatchWords(sc.words, j); n > 0 && j+n <= first && what != "other" && what != "duration" {
				if v, _ := sc.verbAt(j + n); v > 0 && j+n+v == first {
					// "Fighters destroyed about 1,850 of them": the
					// subject of the verb before the figure is not
					// what "them" are.
					break
				}
				np.head, np.what = j+n-1, what
				np.span = news.Span{Start: sc.toks[j].Start, End: sc.toks[j+n-1].End}
				return nil, np
			}
		}
		if p := sc.recent(func(p *news.Quantity) bool { return p.What != "percent" }); p != nil {
			return p, np
		}
	}
	if k == 0 && subjectAux.Has(sc.word(sc.tokIndex(sc.nums[k].End))) && sc.opensClause(first) {
		// "11 employees were working there. Nine are now accounted for",
		// "Of these, 58 have left Georgia": a bare figure that is the
		// subject of its clause counts the people of the figure just
		// before.
		loss := lossMeasures.Has(sc.measureOf(sc.tokIndex(sc.nums[k].End)))
		if p := sc.recent(func(p *news.Quantity) bool {
			what, _ := sc.s.Lex.Nouns.Get(p.Noun)
			// (Things too, when no loss befalls the figure: "40 trucks
			// had crossed ..., saying only 12 were allowed through".)
			return what == "people" || p.What == "personnel" || p.What == "casualties" ||
				!loss && p.Noun != "" && p.What != "percent" && p.What != "money"
		}); p != nil && sc.idx-p.Sentence <= 1 {
			return p, np
		}
	}
	if k == 0 && copulas.Has(sc.word(sc.tokIndex(sc.nums[k].End))) {
		// "Independent analysts say 3,000 to 3,500 is more realistic": a
		// bare figure that is the subject of a copula weighs in on the
		// figure of the sentence before.
		if n := len(qs); n > 0 && qs[n-1].Sentence == sc.idx-1 && qs[n-1].What != "percent" {
			return &qs[n-1], np
		}
	}
	after := sc.tokIndex(sc.nums[k].End)
	for after < len(sc.toks) && after < sc.tokIndex(sc.nums[k].End)+2 && isCapitalizedWord(sc.d.Text, sc.toks[after].Span) {
		after++ // "9,000 Rohingya died": a name of people the lexicon lacks
	}
	if lossMeasures.Has(sc.measureOf(after)) {
		// "estimate that at least 9,000 Rohingya died": what a verb of
		// loss after the figure befell is people, not a noun before it.
		return nil, np
	}
	lo := 0
	if k > 0 {
		lo = sc.tokIndex(sc.nums[k-1].End)
	}
	for j := first - 1; j >= lo; j-- {
		n, what := sc.s.Lex.Nouns.MatchWords(sc.words, j)
		if n == 0 && lossMeasures.Has(sc.measureOf(j)) {
			// "strikes on Beirut kill 22": what a verb of loss befell is
			// people, not its subject.
			return nil, np
		}
		if n > 0 && j+n <= first {
			np.head = j + n - 1
			np.what = what
			np.span.Start, np.span.End = sc.toks[j].Start, sc.toks[j+n-1].End
			np.end = sc.tokIndex(sc.nums[k].End)
			return nil, np
		}
	}
	return nil, np
}

// recent returns the latest quantity of the last few sentences that ok accepts.
func (sc *sentence) recent(ok func(*news.Quantity) bool) *news.Quantity {
	qs := sc.d.Quantities
	for i := len(qs) - 1; i >= 0; i-- {
		if sc.idx-qs[i].Sentence > lookback || qs[i].Sentence < sc.from {
			return nil
		}
		if ok(&qs[i]) {
			return &qs[i]
		}
	}
	return nil
}

// receiveBefore reports whether a verb of receiving governs mention k
// ("securing ... two million rounds").
func (sc *sentence) receiveBefore(k int) bool {
	first := sc.tokIndex(sc.nums[k].Start)
	lo := 0
	if k > 0 {
		lo = sc.tokIndex(sc.nums[k-1].End)
	}
	for j := first - 1; j >= lo && j >= first-12; j-- {
		if n, _ := sc.s.Lex.Receive.MatchWords(sc.words, j); n > 0 {
			return true
		}
	}
	return false
}

// percentOfPersonnel reports whether a percentage is a share "of" a noun
// of troops: "roughly 30 percent of the initial contingent".
func (sc *sentence) percentOfPersonnel(k int) bool {
	j := sc.shareOf(k)
	if j < 0 {
		return false
	}
	for k := j + 1; k < len(sc.words) && k <= j+4; k++ {
		if n, what := sc.s.Lex.Nouns.MatchWords(sc.words, k); n > 0 {
			return what == "personnel"
		}
	}
	return false
}

// percentOfThings reports whether a percentage is a share "of" something
// that is no people: "about half of its generating capacity", "40 percent
// of its tanks" (not "half of its soldiers"). English only.
func (sc *sentence) percentOfThings(k int) bool {
	j := sc.shareOf(k)
	if sc.s.Lex.Lang != "en" || j < 0 {
		return false
	}
	for i := j + 1; i < len(sc.words) && i <= j+4; i++ {
		if n, what := sc.s.Lex.Nouns.MatchWords(sc.words, i); n > 0 {
			return what != "personnel" && what != "people" && what != "casualties"
		}
		if w := sc.word(i); w == "." || w == "," || w == ";" {
			break
		} else if strengthWords.Has(w) {
			return false // "lost 40 percent of its combat strength": its men
		}
	}
	return true
}

// shareOf returns the token of the "of" that opens what share figure k is
// of, within a few tokens after it ("30 percent of", "half of"), or -1.
func (sc *sentence) shareOf(k int) int {
	j := sc.tokIndex(sc.nums[k].End)
	for end := j + 3; j < len(sc.words) && j < end && sc.word(j) != "of"; j++ {
	}
	if sc.word(j) != "of" {
		return -1
	}
	return j
}

// strengthWords name a force's people as a whole.
var strengthWords = wordset.New(map[string]bool{"strength": true, "manpower": true, "force": true, "ranks": true})

// unknownNoun returns the token of an English plural common noun that the
// lexicon does not know right after figure k, past a demonym ("52 Russian
// assaults", "nine sites"), or -1. Function words, measure, reporting and
// anaphoric words and words for the enemy are no such noun ("4,000 are
// believed", "200 more", "117 others", "1,500 enemy dead").
func (sc *sentence) unknownNoun(k int) int {
	if sc.s.Lex.Lang != "en" {
		return -1
	}
	j := sc.tokIndex(sc.nums[k].End)
	if i := sc.entityAt(j); i >= 0 && sc.ents[i].Demonym {
		j = sc.tokIndex(sc.ents[i].End)
	}
	if j >= len(sc.toks) || sc.toks[j].Kind != token.Word {
		return -1
	}
	if w := sc.word(j); j+1 < len(sc.toks) && sc.toks[j+1].Kind == token.Word && modifierNouns.Has(w) {
		j++ // "nine partner nations", "12 border towns"
	}
	w := sc.word(j)
	if t := sc.toks[j].Text(sc.d.Text); t != w || len(w) < 4 || w[len(w)-1] != 's' || w[len(w)-2] == 's' || w[len(w)-2] == '\'' {
		return -1 // capitalized, short or not a plural
	}
	lex := sc.s.Lex
	if w == "others" || lex.Stop.Has(w) || lex.Enemy.Has(w) || lex.Anaphora.Has(w) || reinforceWords.Has(w) {
		return -1
	}
	if n, _ := lex.Measures.MatchWords(sc.words, j); n > 0 {
		return -1
	}
	if n, _ := lex.Cues.MatchWords(sc.words, j); n > 0 {
		return -1
	}
	return j
}

// modifierNouns stand before the noun a figure counts: "nine partner
// nations", "12 border towns".
var modifierNouns = wordset.New(map[string]bool{"partner": true, "member": true, "border": true, "frontline": true, "donor": true, "host": true, "coastal": true, "rural": true, "neighbouring": true, "neighboring": true, "allied": true})

// nationwide reports whether the sentence spreads its figures over a
// whole country ("across the country", "nationwide"); the sentence is
// scanned once, for its first figure that asks.
func (sc *sentence) nationwide() bool {
	if !sc.nationScanned {
		_, n, _ := sc.s.Lex.Nation.Next(sc.words, 0)
		sc.nation, sc.nationScanned = n > 0, true
	}
	return sc.nation
}

// firstPersons are the words of the speaker's own side in English.
var firstPersons = wordset.New(map[string]bool{"we": true, "our": true, "us": true, "ours": true})

// firstPerson reports whether the speaker's own side owns figure k: "we"
// or "our" in the words before the figure in its clause, or "our" between
// it and its noun.
func (sc *sentence) firstPerson(k int, np nounPhrase) bool {
	if sc.s.Lex.Lang != "en" {
		return false
	}
	first := sc.tokIndex(sc.nums[k].Start)
	end := max(first, np.head)
	for j := first - 1; j >= 0 && j >= first-6; j-- {
		if w := sc.word(j); w == "," || w == ";" || w == "that" || w == "and" {
			break
		}
		if firstPersons.Has(sc.word(j)) {
			return true
		}
	}
	for j := first; j < end; j++ {
		if sc.word(j) == "our" {
			return true
		}
	}
	return false
}

// ourNoun reports whether "our" owns the noun of figure k and the noun
// names the publisher's own people: "our 3,400 colleagues", "Two of our
// colleagues remain missing", "We lost three members" (not "Seven of our own customers", whom no
// one owns). English only.
func (sc *sentence) ourNoun(k int, np nounPhrase) bool {
	if np.head < 0 || !ownPeople.Has(sc.word(np.head)) {
		return false
	}
	first := sc.tokIndex(sc.nums[k].Start)
	if sc.word(first-1) == "our" || sc.weHaveOrLost(first) {
		return true
	}
	for j := first + 1; j < np.head; j++ {
		if sc.word(j) == "our" {
			return true
		}
	}
	return false
}

// weHaveOrLost reports whether the figure at token first is what "we"
// have or lost: "We lost three members", "we now have 4,800 members".
func (sc *sentence) weHaveOrLost(first int) bool {
	verb := false
	for j := first - 1; j >= 0 && j >= first-4; j-- {
		switch w := sc.word(j); w {
		case "we":
			return verb
		case "lost", "have", "had":
			verb = true
		case "now", "also", "already", "still":
		default:
			return false
		}
	}
	return false
}

// itsOwn returns the body that speaks of figure k as "its" or "their"
// people or things ("five of its 17 employees", "its 40 ships"): its
// country when it is a state's, else the body itself; "" when the figure
// has no such possessive or a person, a medium or no one in particular
// speaks. English only.
func (sc *sentence) itsOwn(k int, q news.Quantity) string {
	first := sc.tokIndex(sc.nums[k].Start)
	after := sc.tokIndex(sc.nums[k].End)
	w := sc.word(first - 1)
	if !(w == "its" || w == "their") && !(sc.word(after) == "of" && (sc.word(after+1) == "its" || sc.word(after+1) == "their")) {
		return ""
	}
	a := sc.covering(q)
	if a == nil {
		return ""
	}
	switch a.Source.Type {
	case news.SourceAgency, news.SourceGovernment, news.SourceMilitary:
	default:
		return ""
	}
	if side := sc.sourceSide(q); side != "" {
		return side
	}
	return a.Source.Name
}

// ownerInApposition returns the state or force an apposition right after
// the figure's noun names ("One aircraft, an Italian Air Force G.222, was
// shot down"): the one whose thing it is; "" when it names none or more
// than one.
func (sc *sentence) ownerInApposition(np nounPhrase) string {
	c := sc.appositiveEnd(np.end, len(sc.toks))
	if c < 0 {
		return ""
	}
	from, to := sc.toks[np.end].End, sc.toks[c].Start
	owner := ""
	for _, e := range sc.ents {
		if e.Start < from || e.End > to {
			continue
		}
		if e.Type != news.EntityCountry && e.Type != news.EntityMilitary {
			continue
		}
		o := sc.countryOf(e)
		if o == "" || owner != "" && o != owner {
			return ""
		}
		owner = o
	}
	return owner
}

// storyLookback bounds how many sentences back a figure may take up the
// story's earlier figures by what they are, not by nearness (lastFiredBy,
// restated): far enough for a long article, and a huge text costs no more
// per figure.
const storyLookback = 60

// lastFiredBy returns who fired the story's last weapons of kind what
// that had an owner, up to storyLookback sentences back; "" when none did.
func (sc *sentence) lastFiredBy(what string) string {
	qs := sc.d.Quantities
	for i := len(qs) - 1; i >= 0 && qs[i].Sentence >= sc.from && sc.idx-qs[i].Sentence <= storyLookback; i-- {
		if p := &qs[i]; p.What == what && (p.Measure == "launched" || p.Measure == "intercepted") && p.Actor != "" {
			return p.Actor
		}
	}
	return ""
}

// restated returns the earlier quantity a bare "the 147" names again:
// the last one of the story, up to storyLookback sentences back, with the
// same exact value and a noun, when no word follows the figure; nil
// otherwise. English only (the article).
func (sc *sentence) restated(k int, np nounPhrase) *news.Quantity {
	m := sc.nums[k]
	if np.head >= 0 || m.Words || m.Value.Kind != news.KindExact || sc.s.Lex.Lang != "en" {
		return nil
	}
	first := sc.tokIndex(m.Start)
	if sc.word(first-1) != "the" {
		return nil
	}
	if j := sc.tokIndex(m.End); j < len(sc.toks) && sc.toks[j].Kind == token.Word {
		return nil // "the 147 passengers", "the 2,000 who fled": a noun or a clause of its own
	}
	// The same exact value is itself the link: it may be far back.
	qs := sc.d.Quantities
	for i := len(qs) - 1; i >= 0 && qs[i].Sentence >= sc.from && sc.idx-qs[i].Sentence <= storyLookback; i-- {
		if p := &qs[i]; p.Value.Kind == news.KindExact && p.Value.V == m.Value.V && p.Noun != "" {
			return p
		}
	}
	return nil
}

// ownPeople are who work for the one who writes "our", or belong to it:
// its colleagues, staff and crews, a school's students, a parish's
// parishioners (not its customers or patients, whom it serves).
var ownPeople = wordset.New(map[string]bool{
	"colleagues": true, "colleague": true, "employees": true, "employee": true, "staff": true, "workers": true,
	"personnel": true, "crew": true, "crews": true, "volunteers": true, "members": true, "engineers": true,
	"officers": true, "reporters": true, "correspondents": true, "teams": true, "drivers": true, "pilots": true,
	"adjusters": true, "counsellors": true, "counselors": true, "nurses": true, "doctors": true, "surgeons": true,
	"medics": true, "teachers": true, "students": true, "pupils": true, "parishioners": true,
})

// speakersSide is the side of the one who says figure q in the first
// person: the speaker's party when the gazetteer knows it; "" for the
// writer's own "we" and for a speaker of no known side, whose "we" is no
// one the figures before named.
func (sc *sentence) speakersSide(q news.Quantity) string {
	if a := sc.covering(q); a == nil || a.Source.Type == news.SourceOutlet {
		return ""
	}
	return sc.sourceSide(q)
}

// weBefore reports whether "we" stands before figure k in its sentence:
// the writer is the subject of the verbs before it. English only.
func (sc *sentence) weBefore(k int) bool {
	for j := sc.tokIndex(sc.nums[k].Start) - 1; j >= 0; j-- {
		if sc.word(j) == "we" {
			return true
		}
	}
	return false
}

// weDid reports whether "we" did something to figure k's things, the verb
// right after "we" and its auxiliaries: "we have flown 11 relief
// flights", "we opened three clinics". Not people, who are no one's for
// being carried or met ("We will carry up to 150 aid workers"), and not
// what the writer only counts or learns ("We counted 17 impact sites").
// English only.
func (sc *sentence) weDid(k int, what string) bool {
	switch what {
	case "personnel", "people", "casualties", "percent", "":
		return false
	}
	first := sc.tokIndex(sc.nums[k].Start)
	verb := false
	for j := first - 1; j >= 0 && j >= first-4; j-- {
		w := sc.word(j)
		switch {
		case w == "we":
			return verb
		case auxiliaries.Has(w) || modals.Has(w) || w == "so":
		case !verb && sc.toks[j].Kind == token.Word && !sc.s.Lex.Stop.Has(w) && !learnVerbs.Has(w) && !isCapitalizedWord(sc.d.Text, sc.toks[j].Span):
			verb = true
		default:
			return false
		}
	}
	return false
}

// demonymOn reports whether a demonym stands in figure k's noun phrase:
// "60 Algerian technicians" are Algeria's, whoever trained them.
func (sc *sentence) demonymOn(k int, np nounPhrase) bool {
	end := sc.nums[k].End
	if np.head >= 0 {
		end = max(end, np.span.End)
	}
	if j := sc.tokIndex(sc.nums[k].End); j < len(sc.toks) {
		end = max(end, sc.toks[j].End) // a noun the lexicon does not know: "60 Algerian technicians"
	}
	for _, e := range sc.ents {
		if e.Demonym && e.Start >= sc.nums[k].Start && e.End <= end {
			return true
		}
	}
	return false
}

// ownBodyActs reports whether the clause of figure k has the publisher's
// own body act, in a statement it writes itself: "The executive has
// released €60,000", "The board plans to award 18 scholarships", "the
// council's drive had handed out about 2,300 cases of water". The body
// is one whose noun the masthead's name ends in ("Nāpili Bay Community
// Council" ... "the council"), or one that runs any organisation
// ("the board", "the executive"), in a text that says "we" or "our".
// English only.
func (sc *sentence) ownBodyActs(k int) bool {
	if sc.s.Lex.Lang != "en" {
		return false
	}
	first := sc.tokIndex(sc.nums[k].Start)
	from := sc.tokIndex(sc.clauseStart(first))
	for j := from; j+1 < first; j++ {
		if sc.word(j) != "the" || !ownBodies.Has(sc.word(j+1)) || sc.word(j+2) == "of" {
			continue
		}
		name, we := sc.writerOf()
		if name == "" {
			return false
		}
		if strings.EqualFold(lastField(name), sc.word(j+1)) {
			return true
		}
		return governingBodies.Has(sc.word(j+1)) && we
	}
	// "Group revenue fell 6 per cent to £812 million", in a letter to its
	// shareholders: the writer's own accounts, when no one else is named.
	for j := from; j < first; j++ {
		if accountWords.Has(sc.word(j)) {
			for _, e := range sc.ents {
				if e.End <= sc.toks[first].Start && e.Start >= sc.toks[from].Start {
					return false
				}
			}
			name, we := sc.writerOf()
			return name != "" && we
		}
	}
	return false
}

// writerOf returns the document's writer (see writer.of); a sentence
// made without the stage's writer reads it afresh.
func (sc *sentence) writerOf() (string, bool) {
	if sc.writer == nil {
		return (&writer{}).of(sc.d)
	}
	return sc.writer.of(sc.d)
}

// writer is who a document says wrote it: the outlet its metadata or
// masthead names, and whether it speaks of itself as "we". Read once.
type writer struct {
	read bool
	name string
	we   bool
}

// of returns the writer's name ("" when the document names none) and
// whether the text says "we" or "our".
func (w *writer) of(d *news.Doc) (string, bool) {
	if !w.read {
		w.read = true
		w.name = d.Meta.Outlet
		if w.name == "" {
			w.name = token.Masthead(d.Text, d.Headline)
		}
		w.we = writesAsWe(d.Text)
	}
	return w.name, w.we
}

// accountWords name a company's accounts.
var accountWords = wordset.New(map[string]bool{
	"revenue": true, "revenues": true, "turnover": true, "profit": true, "profits": true,
	"earnings": true, "sales": true, "dividend": true, "bookings": true,
})

// ownBodies name an organisation, or the part of it that decides, when
// the organisation writes of itself.
var ownBodies = wordset.New(map[string]bool{
	"board": true, "executive": true, "trustees": true, "management": true, "company": true,
	"council": true, "committee": true, "association": true, "federation": true, "union": true,
	"society": true, "network": true, "charity": true, "foundation": true,
})

// governingBodies run any organisation, whatever its name.
var governingBodies = wordset.New(map[string]bool{"board": true, "executive": true, "trustees": true, "management": true, "company": true})

// writesAsWe reports whether a text speaks of its writer as "we" or
// "our" outside quotation marks: a news story that quotes "We will
// rebuild" is no statement of its own.
func writesAsWe(text string) bool {
	quoted := false
	for i := 0; i < len(text); i++ {
		switch c := text[i]; {
		case c == '"':
			quoted = !quoted
		case c == 0xE2 && i+2 < len(text) && text[i+1] == 0x80 && (text[i+2] == 0x9C || text[i+2] == 0x9D):
			quoted = text[i+2] == 0x9C // “ opens, ” closes
			i += 2
		case c == '\n':
			quoted = false // a quotation left open ends with its paragraph
		case !quoted && (c == 'w' || c == 'W' || c == 'o' || c == 'O') && (i == 0 || !isLetter(text[i-1])):
			for _, w := range []string{"we", "our"} {
				if len(text)-i > len(w) && strings.EqualFold(text[i:i+len(w)], w) && !isLetter(text[i+len(w)]) {
					return true
				}
			}
		}
	}
	return false
}

// learnVerbs say what the writer counted or learned, not did.
var learnVerbs = wordset.New(map[string]bool{
	"count": true, "counted": true, "recorded": true, "record": true, "documented": true, "document": true,
	"verified": true, "verify": true, "estimate": true, "estimated": true, "know": true, "knew": true,
	"saw": true, "see": true, "seen": true, "found": true, "received": true, "receive": true, "identified": true,
	"confirmed": true, "logged": true, "tallied": true, "heard": true, "reported": true,
})

// groupsFoe returns the side a first-person speaker of no known side
// speaks for in a story of one state and one armed group, when the
// speaker names the group as another: a commander who says "The Houthis
// have sent thousands of fresh fighters" and "we lost 14 men" fights for
// the state. "" otherwise.
func (sc *sentence) groupsFoe(q news.Quantity) string {
	if sc.group == "" || sc.state == "" {
		return ""
	}
	a := sc.covering(q)
	if a == nil || a.Source.Type == news.SourceOutlet || a.Source.Name == sc.group {
		return ""
	}
	for _, b := range sc.d.Attributions {
		if b.Source.Name != a.Source.Name {
			continue
		}
		for _, e := range sc.d.Entities {
			if e.Start >= b.Content.End {
				break
			}
			if b.Content.Contains(e.Span) && e.Canonical == sc.group {
				return sc.state
			}
		}
	}
	return ""
}

// sideBefore returns the side an actor name or demonym before token v
// names, the last one in the sentence that is no speaker, or "".
func (sc *sentence) sideBefore(v int) string {
	if v < 0 || v >= len(sc.toks) {
		return ""
	}
	side := ""
	for i, e := range sc.ents {
		if e.End > sc.toks[v].Start {
			break
		}
		if !sc.srcs[i] && (isActorType(e) || e.Demonym) {
			side = sc.countryOf(e)
		}
	}
	return side
}

// lastField returns the last space-separated word of s, lower-cased as
// the lexicon keeps its words ("al-Shabaab gunmen" -> "gunmen").
func lastField(s string) string {
	return strings.ToLower(s[strings.LastIndexByte(s, ' ')+1:])
}
