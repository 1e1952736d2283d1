// Package claim is the last analysis stage: it joins each quantity to the
// attribution that covers it and writes the claims of CONTRACT.md, and adds
// statement claims for attributed content that carries no figure.
package claim

import (
	"context"
	"crypto/sha256"
	"encoding"
	"encoding/hex"
	"hash"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/sitrep/sitrep/internal/analysis/lang"
	"github.com/sitrep/sitrep/internal/news"
)

// Stage fills Doc.Claims from Quantities and Attributions.
type Stage struct{ Lex *lang.Lexicon }

// Name implements the analysis stage contract.
func (s *Stage) Name() string { return "claim" }

// OutletName is the source name of unattributed claims when the document's
// outlet is unknown.
const OutletName = news.OutletName

// Annotate writes Doc.Claims.
func (s *Stage) Annotate(ctx context.Context, d *news.Doc) error {
	if n := len(d.Quantities) + len(d.Attributions); cap(d.Claims) < n {
		d.Claims = make([]news.Claim, 0, n)
	}
	d.Claims = d.Claims[:0]
	var published *string
	if !d.Meta.Published.IsZero() {
		published = news.Str(d.Meta.Published.Format(time.DateOnly))
	}
	var days dayStrings
	outlet := news.Source{Name: OutletName, Type: news.SourceOutlet}
	if d.Meta.Outlet != "" {
		outlet.Name = d.Meta.Outlet
	}
	var nBuf [64]int32
	var endBuf [8]int
	hs := newSentHedges(d, nBuf[:], endBuf[:0])
	// The IDs are written into one string: a builder hands its memory
	// over without a copy.
	var ids strings.Builder
	ids.Grow(idLen * (len(d.Quantities) + len(d.Attributions)))
	idh := newIDHasher(d.ID)
	defer idh.release()
	// A quantity claim's value and optional strings point into the
	// quantity, as a claim's Via shares its attribution's: the claims
	// read the document's annotations instead of copying them. Only the
	// figures' text, which no annotation holds, has a block of its own.
	numTexts := make([]string, len(d.Quantities))
	var covers news.ContentIndex
	covers.Reset(d.Attributions)
	for i := range d.Quantities {
		q := &d.Quantities[i]
		numTexts[i] = q.Number.Of(d.Text)
		c := news.Claim{
			Type:       news.ClaimQuantity,
			Doc:        d.ID,
			Start:      q.Start,
			End:        q.End,
			Quote:      q.Of(d.Text),
			Sentence:   sentenceText(d, q.Sentence, q.Sentence),
			NumberText: str(&numTexts[i]),
			Value:      &q.Value,
			Noun:       str(&q.Noun),
			What:       str(&q.What),
			Measure:    str(&q.Measure),
			Actor:      str(&q.Actor),
			Location:   str(&q.Location),
			Per:        str(&q.Per),
			Period:     days.period(q.Period),
			Source:     outlet,
			Via:        []string{},
			Hedge:      news.HedgeAsserted,
			Published:  published,
		}
		ai := covers.Covering(q.Number)
		if ai >= 0 {
			a := &d.Attributions[ai]
			c.Source, c.Via, c.Cue, c.Direct = a.Source, a.Via, str(&a.Cue), a.Direct
			if h, ok := s.Lex.Cues.Get(a.Cue); ok {
				c.Hedge = h
				if h == news.HedgeAsserted && q.What == "money" && valuationCues[a.Cue] {
					c.Hedge = news.HedgeEstimated // "put the damage at $3 billion to $5 billion": a sum put on a loss is an estimate
				}
			} else if a.Hedge != "" {
				c.Hedge = a.Hedge // a label ("СМИ:") or a cue read with its pronoun
			}
			if a.Hedge == news.HedgeUnconfirmed {
				c.Hedge = news.HedgeUnconfirmed
			}
			if c.Hedge == news.HedgeAsserted && relayedByBody(d, a.Via) {
				// "the UN's humanitarian office, citing the WHO, said":
				// a body passes on another's figure, which it reports
				// (a medium that carries one's words does not).
				c.Hedge = news.HedgeReported
			}
			if !a.SaidOn.IsZero() {
				c.SaidOn = days.saidOn(a.SaidOn)
			}
		}
		if h := s.localHedge(ctx, d, q, &hs); h != "" && c.Hedge != news.HedgeUnconfirmed {
			c.Hedge = h
		}
		if q.Measure == "planned" && c.Hedge != news.HedgeUnconfirmed && c.Hedge != news.HedgeDenied {
			c.Hedge = news.HedgePlanned // a plan or a target is not yet a fact
		}
		idh.write(&ids, c.Type, c.Start, c.End)
		d.Claims = append(d.Claims, c)
	}
	headlineDoubt(d)
	for i := range d.Attributions {
		a := &d.Attributions[i]
		if a.Content.Empty() {
			continue
		}
		first, last := d.SentenceAt(a.Content.Start), d.SentenceAt(a.Content.End-1)
		c := news.Claim{
			Type:      news.ClaimStatement,
			Doc:       d.ID,
			Start:     a.Content.Start,
			End:       a.Content.End,
			Quote:     a.Content.Of(d.Text),
			Sentence:  sentenceText(d, first, last),
			Source:    a.Source,
			Via:       a.Via,
			Cue:       str(&a.Cue),
			Direct:    a.Direct,
			Hedge:     a.Hedge,
			Published: published,
		}
		if !a.SaidOn.IsZero() {
			c.SaidOn = days.saidOn(a.SaidOn)
		}
		idh.write(&ids, c.Type, c.Start, c.End)
		d.Claims = append(d.Claims, c)
	}
	all := ids.String()
	for i := range d.Claims {
		d.Claims[i].ID = all[i*idLen : (i+1)*idLen]
	}
	return nil
}

// str is news.Str of *p without a copy: nil when *p is empty, else p.
// headlineDoubt makes a heading's figure unconfirmed when the text under
// it gives the same figure of the same measure and could not confirm it:
// "Doctors' group puts toll at 1,500" over "The Sudan Doctors Network said
// ... at least 1,500 people ... We have not been able to verify the
// figure." The heading names its source in fewer words, but the doubt is
// the same. The document's headline is over the whole text; a heading
// inside it (a live blog's entry) is over the text up to the next heading.
// d.Claims holds the quantity claims, in the order of d.Quantities.
func headlineDoubt(d *news.Doc) {
	for i := range d.Claims {
		c := &d.Claims[i]
		q := &d.Quantities[i]
		if q.Sentence >= len(d.Sentences) || !d.Sentences[q.Sentence].Headline || c.Hedge == news.HedgeUnconfirmed || c.Hedge == news.HedgeDenied {
			continue
		}
		whole := !d.Headline.Empty() && d.Headline.Contains(q.Span)
		under := true
		for j := i + 1; j < len(d.Claims) && under; j++ {
			b, bq := &d.Claims[j], &d.Quantities[j]
			if d.Sentences[bq.Sentence].Headline {
				under = whole || bq.Sentence == q.Sentence
				continue
			}
			if b.Hedge == news.HedgeUnconfirmed && bq.Measure == q.Measure && sameFigure(bq.Value, q.Value) {
				c.Hedge = news.HedgeUnconfirmed
				break
			}
		}
	}
}

// sameFigure reports whether two values give the same number, whatever
// qualifier each carries ("1,500" and "at least 1,500").
func sameFigure(a, b news.Value) bool {
	if a.Kind == news.KindRange || b.Kind == news.KindRange {
		return a.Kind == b.Kind && a.Low == b.Low && a.High == b.High
	}
	return a.V == b.V
}

// valuationCues put a value on something ("put the damage at"): a sum
// so put is an estimate, whatever a count so put is.
var valuationCues = map[string]bool{"put": true, "puts": true, "putting": true}

func str(p *string) *string {
	if *p == "" {
		return nil
	}
	return p
}

// sentenceText returns the text from sentence first to sentence last; the
// empty string when the indexes are out of range.
func sentenceText(d *news.Doc, first, last int) string {
	if first < 0 || last < first || last >= len(d.Sentences) {
		return ""
	}
	return d.Text[d.Sentences[first].Start:d.Sentences[last].End]
}

// localHedge reads the hedge of a figure from its own clause: the nearest
// hedge phrase since the previous figure ("it is estimated that an
// additional 3,000"), else the first after it up to the clause end
// ("4,000 are believed to", "troops reportedly deployed").
func (s *Stage) localHedge(ctx context.Context, d *news.Doc, q *news.Quantity, hs *sentHedges) string {
	if q.Sentence < 0 || q.Sentence >= len(d.Sentences) {
		return ""
	}
	hs.load(ctx, s.Lex.Hedges, d, q.Sentence)
	sent, toks := hs.span, hs.toks
	lo := 0
	hedge := ""
	for j, t := range toks {
		if t.Start >= q.Number.Start && t.End <= q.Number.End {
			// The figure's own qualifier: "an estimated 1.5 million".
			if n, h := hs.match(j); n > 0 && toks[j+n-1].End <= q.Number.End {
				return h
			}
		}
		if t.End > q.Number.Start {
			continue
		}
		if t.Start >= sent.Start && t.End != q.Number.End && hs.figureEnd(t.End) {
			lo, hedge = j+1, ""
		}
		if j >= lo && hs.cueAt(t.Start) {
			hedge = "" // a hedge before another cue is its clause's: "dismissed the figure and said ..."
		}
		if j < lo {
			continue
		}
		if n, h := hs.match(j); n > 0 && toks[j+n-1].End <= q.Number.Start {
			hedge = h
			if n == 1 && h == news.HedgePlanned && t.Text(d.Text) == "will" && alreadyAfter(d.Text, toks, q.Number.End) {
				// "will join roughly 11,000 personnel already stationed
				// in the state": the figure is there now.
				hedge = ""
			}
		}
	}
	if hedge != "" {
		return hedge
	}
	for j, t := range toks {
		if t.Start < q.Number.End {
			continue
		}
		w := t.Text(d.Text)
		if w == "," || w == ";" || w == ":" || w == "—" || w == "and" || w == "but" {
			break // "produced about 2.2 million drones last year and plans to make ...": the next verb's
		}
		if t.Start > q.Number.End && hs.figureEnd(t.End) {
			break // past the next figure: what follows is its hedge ("2 700 ... et veut atteindre 6 000 d'ici la fin de l'année")
		}
		if n, h := hs.match(j); n > 0 {
			return h
		}
	}
	return ""
}

// relayedByBody reports whether a relay chain holds a state body or an
// agency the document names (the UN's humanitarian office citing the WHO)
// or one whose name ends in a public body's noun, not a medium or any other
// name no list knows.
func relayedByBody(d *news.Doc, via []string) bool {
	for _, v := range via {
		known := false
		for i := range d.Entities {
			if e := &d.Entities[i]; e.Canonical == v {
				known = true
				switch e.Type {
				case news.EntityAgency, news.EntityGovernment, news.EntityMilitary:
					return true
				}
			}
		}
		if i := strings.LastIndexByte(v, ' '); !known && i > 0 && stateBodyHeads[strings.ToLower(v[i+1:])] {
			return true // a body no list knows, by its head: "the National Disaster Operations Centre, citing ..."
		}
	}
	return false
}

// stateBodyHeads end the names of public bodies, not of media.
var stateBodyHeads = map[string]bool{
	"centre": true, "center": true, "ministry": true, "office": true, "agency": true, "department": true,
	"authority": true, "commission": true, "directorate": true, "police": true, "command": true,
}

// figureEnds maps the end offset of every figure to its sentence index
// plus one, so that the hedge of a figure is looked for only since the
// figure before it, without scanning every figure for every word.
func figureEnds(d *news.Doc) map[int]int {
	m := make(map[int]int, len(d.Quantities))
	for _, q := range d.Quantities {
		m[q.Number.End] = q.Sentence + 1
	}
	return m
}

// claimID is stable across runs: the document, the kind and the span. It
// hashes doc, NUL, typ, NUL, "start:end" (SHA-256, the first 12 bytes in
// hex), built in a stack buffer.
func claimID(doc, typ string, start, end int) string {
	var id [idLen]byte
	return string(appendClaimID(id[:0], doc, typ, start, end))
}

// idLen is the length of a claim ID.
const idLen = 24

// writeClaimID writes claimID(doc, typ, start, end) to b.
func writeClaimID(b *strings.Builder, doc, typ string, start, end int) {
	var id [idLen]byte
	b.Write(appendClaimID(id[:0], doc, typ, start, end))
}

// idHasher writes the claim IDs of one document. The hash state after the
// document's whole 64-byte blocks is made once, and each ID hashes only
// the rest from it: the 64 hex digits of the ID extract gives a document
// are one block, and a claim's ID costs one block instead of two.
type idHasher struct {
	doc string
	n   int // the bytes of doc in state: a multiple of 64, 0 for none
	*idState
}

// idState is the memory of an idHasher, pooled: the digest's methods,
// called through hash.Hash, take their arguments on the heap.
type idState struct {
	h     hash.Hash
	state []byte // h's state after doc[:n]
	buf   []byte // what is hashed after it, then the sum
}

var idStates = sync.Pool{New: func() any {
	return &idState{h: sha256.New(), buf: make([]byte, 0, 256)}
}}

// newIDHasher returns a hasher for the IDs of doc's claims.
func newIDHasher(doc string) idHasher {
	x := idHasher{doc: doc, n: len(doc) / 64 * 64}
	if x.n == 0 {
		return x // the plain way hashes as many blocks
	}
	x.idState = idStates.Get().(*idState)
	x.h.Reset()
	x.buf = append(x.buf[:0], doc[:x.n]...)
	x.h.Write(x.buf)
	var err error
	if x.state, err = x.h.(encoding.BinaryAppender).AppendBinary(x.state[:0]); err != nil {
		panic("claim: sha256 state: " + err.Error()) // it never fails
	}
	return x
}

// write writes claimID(doc, typ, start, end) to b.
func (x *idHasher) write(b *strings.Builder, typ string, start, end int) {
	if x.n == 0 {
		writeClaimID(b, x.doc, typ, start, end)
		return
	}
	if err := x.h.(encoding.BinaryUnmarshaler).UnmarshalBinary(x.state); err != nil {
		panic("claim: sha256 state: " + err.Error()) // the state is the digest's own
	}
	x.buf = appendIDInput(x.buf[:0], x.doc[x.n:], typ, start, end)
	x.h.Write(x.buf)
	x.buf = x.h.Sum(x.buf[:0])
	var id [idLen]byte
	b.Write(hex.AppendEncode(id[:0], x.buf[:idLen/2]))
}

// release gives x's memory back.
func (x *idHasher) release() {
	if x.idState != nil {
		idStates.Put(x.idState)
		x.idState = nil
	}
}

// appendIDInput appends what a claim's ID hashes: doc, NUL, typ, NUL,
// "start:end".
func appendIDInput(b []byte, doc, typ string, start, end int) []byte {
	b = append(b, doc...)
	b = append(b, 0)
	b = append(b, typ...)
	b = append(b, 0)
	b = strconv.AppendInt(b, int64(start), 10)
	b = append(b, ':')
	return strconv.AppendInt(b, int64(end), 10)
}

// appendClaimID appends claimID(doc, typ, start, end) to dst.
func appendClaimID(dst []byte, doc, typ string, start, end int) []byte {
	var buf [256]byte
	sum := sha256.Sum256(appendIDInput(buf[:0], doc, typ, start, end))
	return hex.AppendEncode(dst, sum[:idLen/2])
}

// period writes the span a quantity covers as a claim's period: its first
// and last day; a span still open ("since February 2022" in a document of
// no known date) has none.
func (ds *dayStrings) period(t *news.TimeExpr) *news.Period {
	if t == nil || t.Date.IsZero() || t.End.IsZero() {
		return nil
	}
	return &news.Period{Start: ds.start.of(t.Date), End: ds.end.of(t.End)}
}

// dayStrings writes the days of one document's claims (time.DateOnly),
// each kind of day keeping the last it wrote: the claims of a document
// mostly share a few days, and formatting one cost an allocation.
type dayStrings struct {
	start, end, said lastDay
	saidPtr          *string // news.Str of said.s: claims share it as they share Published
}

// lastDay is the last day a dayStrings wrote for one kind of day.
type lastDay struct {
	t time.Time
	s string // "" before the first
}

// of returns t formatted as time.DateOnly. Equal time.Time values (the
// same instant, clock reading and location) format alike.
func (d *lastDay) of(t time.Time) string {
	if d.s == "" || t != d.t {
		d.t, d.s = t, t.Format(time.DateOnly)
	}
	return d.s
}

// saidOn is news.Str of the claim's SaidOn day.
func (ds *dayStrings) saidOn(t time.Time) *string {
	if s := ds.said.s; s == "" || t != ds.said.t {
		ds.saidPtr = news.Str(ds.said.of(t))
	}
	return ds.saidPtr
}
