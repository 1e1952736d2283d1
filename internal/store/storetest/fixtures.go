// Package storetest is the suite every store.Store implementation must pass:
// storing, idempotence, every query and filter, not-found errors, full-text
// search, near-duplicate stories and concurrent writers.
package storetest

import (
	"fmt"
	"strings"
	"time"

	"github.com/sitrep/sitrep/internal/news"
	"github.com/sitrep/sitrep/internal/simhash"
	"github.com/sitrep/sitrep/internal/store"
)

// ClaimSpec describes a hand-made claim: its quote must occur in the text.
type ClaimSpec struct {
	Quote, Type, Actor, Measure, What, Source, SourceType, SaidOn string
}

// NewDoc builds a document from text, metadata and hand-made claims whose
// quotes are found in the text. It is exported for other tests that need a
// stored document without running the analysis.
func NewDoc(source, text string, meta news.Meta, specs ...ClaimSpec) *store.Document {
	d := &store.Document{
		ID:          store.DocID(text),
		Source:      source,
		ContentType: "text/plain",
		Meta:        meta,
		Text:        text,
		Raw:         []byte(text),
		Sketch:      simhash.Sketch(text),
	}
	pub := ""
	if !meta.Published.IsZero() {
		pub = meta.Published.Format(time.DateOnly)
	}
	for _, s := range specs {
		i := strings.Index(text, s.Quote)
		if i < 0 {
			panic(fmt.Sprintf("quote %q not in text", s.Quote))
		}
		c := news.Claim{
			Type:      s.Type,
			Start:     i,
			End:       i + len(s.Quote),
			Quote:     s.Quote,
			Sentence:  sentenceAround(text, i),
			Actor:     news.Str(s.Actor),
			Measure:   news.Str(s.Measure),
			What:      news.Str(s.What),
			Source:    news.Source{Name: s.Source, Type: s.SourceType},
			Via:       []string{},
			Hedge:     news.HedgeAsserted,
			SaidOn:    news.Str(s.SaidOn),
			Published: news.Str(pub),
		}
		if s.Type == news.ClaimQuantity {
			c.NumberText = news.Str(strings.Fields(s.Quote)[0])
			c.Value = &news.Value{Kind: news.KindExact, V: 1}
			c.Noun = news.Str(strings.Fields(s.Quote)[len(strings.Fields(s.Quote))-1])
		}
		d.Claims = append(d.Claims, c)
	}
	d.Sentences = []news.Sentence{{Span: news.Span{Start: 0, End: len(text)}}}
	return d
}

func sentenceAround(text string, i int) string {
	start := strings.LastIndex(text[:i], ". ") + 1
	end := strings.Index(text[i:], ".")
	if end < 0 {
		return strings.TrimSpace(text[start:])
	}
	return strings.TrimSpace(text[start : i+end+1])
}

func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

const (
	textKursk = `South Korea's intelligence service said on March 5 that 11000 troops from North Korea ` +
		`were deployed to Kursk. The agency added that 3000 soldiers were wounded in the fighting. ` +
		`Officials in Seoul warned that drone training was under way.`
	textDrones = `Ukraine's air force said 120 drones were launched overnight against Kharkiv. ` +
		`It said 95 drones were intercepted by air defences. The mayor said the attack was the largest this month.`
	textMoney = `The European Commission announced 2 billion euros in aid for Ukraine on April 1. ` +
		`A spokesperson said the money would fund air defence.`
)

// fixtures returns three documents with claims of several kinds and dates.
func fixtures() []*store.Document {
	return []*store.Document{
		NewDoc("kursk.txt", textKursk, news.Meta{Title: "Troops in Kursk", Outlet: "Yonhap", Published: day("2025-03-06")},
			ClaimSpec{"11000 troops", news.ClaimQuantity, "North Korea", "deployed", "personnel", "South Korea NIS", "agency", "2025-03-05"},
			ClaimSpec{"3000 soldiers", news.ClaimQuantity, "North Korea", "wounded", "casualties", "South Korea NIS", "agency", ""},
			ClaimSpec{"drone training was under way", news.ClaimStatement, "", "", "", "officials", "unnamed", ""}),
		NewDoc("drones.html", textDrones, news.Meta{Title: "Overnight attack", Outlet: "Kyiv Independent", Published: day("2025-04-02")},
			ClaimSpec{"120 drones", news.ClaimQuantity, "Russia", "launched", "drones", "Ukrainian Air Force", "military", ""},
			ClaimSpec{"95 drones", news.ClaimQuantity, "Russia", "intercepted", "drones", "Ukrainian Air Force", "military", ""}),
		NewDoc("money.txt", textMoney, news.Meta{Title: "Aid package"},
			ClaimSpec{"2 billion euros", news.ClaimQuantity, "European Union", "supplied", "money", "European Commission", "government", ""}),
	}
}
