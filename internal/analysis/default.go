package analysis

import (
	"fmt"
	"time"

	"github.com/sitrep/sitrep/internal/analysis/attrib"
	"github.com/sitrep/sitrep/internal/analysis/claim"
	"github.com/sitrep/sitrep/internal/analysis/entity"
	"github.com/sitrep/sitrep/internal/analysis/lang"
	"github.com/sitrep/sitrep/internal/analysis/langid"
	"github.com/sitrep/sitrep/internal/analysis/numbers"
	"github.com/sitrep/sitrep/internal/analysis/quantity"
	"github.com/sitrep/sitrep/internal/analysis/segment"
	"github.com/sitrep/sitrep/internal/analysis/timex"
	"github.com/sitrep/sitrep/internal/gazetteer"
)

// Options configure the default pipeline.
type Options struct {
	// Lang is the document language ("en", ...); "" or "auto" detects it per
	// document (langid) into Doc.Meta.Lang, and each document is read with
	// its language's data, English when there is none.
	Lang string
	// GazetteerFiles are user files that extend the embedded gazetteer.
	GazetteerFiles []string
	// Now is the clock used to bound year-less dates; nil means time.Now.
	Now func() time.Time
}

// Default builds the standard pipeline: segmentation, entities, time,
// attributions, quantities, claims. After Run, Doc.Claims holds the claims.
// The pipeline is safe for concurrent use by several goroutines, each with
// its own Doc.
func Default(opts Options) (Pipeline, error) {
	now := opts.Now
	if now == nil {
		now = time.Now
	}
	g, err := gazetteer.Load(opts.GazetteerFiles...)
	if err != nil {
		return nil, fmt.Errorf("load gazetteer: %w", err)
	}
	seg, err := segment.New(opts.Lang)
	if err != nil {
		return nil, fmt.Errorf("segmenter: %w", err)
	}
	code := opts.Lang
	if code != "" && code != "auto" {
		tail, err := langStages(code, g, now)
		if err != nil {
			return nil, err
		}
		return append(Pipeline{&langid.Stage{Fixed: opts.Lang}, seg, &entity.Stage{G: g}}, tail...), nil
	}
	// Detected languages: each document gets the time, attribution, quantity
	// and claim stages of its own language, English when none has data.
	build := func(l string) (Pipeline, error) { return langStages(l, g, now) }
	def, err := build("en")
	if err != nil {
		return nil, err
	}
	table := newLangTable(lang.Languages(), "en", build)
	table.seed("en", def)
	p := Pipeline{&langid.Stage{Fixed: opts.Lang}, seg, &entity.Stage{G: g}}
	for i, st := range def {
		p = append(p, &byLang{name: st.Name(), i: i, table: table})
	}
	return p, nil
}

// langStages builds the stages that hold one language's data: time,
// attributions, quantities, claims.
func langStages(code string, g *gazetteer.Gazetteer, now func() time.Time) (Pipeline, error) {
	lex, err := lang.Get(code)
	if err != nil {
		return nil, err
	}
	tf, err := timex.New(code)
	if err != nil {
		return nil, fmt.Errorf("time finder: %w", err)
	}
	nums, err := numbers.New(code)
	if err != nil {
		return nil, fmt.Errorf("number recognizer: %w", err)
	}
	return Pipeline{
		tf.Stage(now),
		// Attributions come first so that the quantity stage knows which
		// names are speakers rather than actors or places.
		&attrib.Stage{Lex: lex, G: g},
		&quantity.Stage{Numbers: nums, Lex: lex, G: g},
		&claim.Stage{Lex: lex},
	}, nil
}
