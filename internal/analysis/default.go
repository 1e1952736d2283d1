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
	// The gazetteer, the largest part of start-up, is built beside the
	// segmenter and the first language's data, which do not need it.
	type loaded struct {
		g   *gazetteer.Gazetteer
		err error
	}
	gc := make(chan loaded, 1)
	go func() {
		g, err := gazetteer.Load(opts.GazetteerFiles...)
		gc <- loaded{g, err}
	}()
	seg, segErr := segment.New(opts.Lang)
	code, auto := opts.Lang, opts.Lang == "" || opts.Lang == "auto"
	if auto {
		code = "en"
	}
	var data langData
	var dataErr error
	if segErr == nil {
		data, dataErr = loadLangData(code)
	}
	gl := <-gc
	if gl.err != nil {
		return nil, fmt.Errorf("load gazetteer: %w", gl.err)
	}
	if segErr != nil {
		return nil, fmt.Errorf("segmenter: %w", segErr)
	}
	if dataErr != nil {
		return nil, dataErr
	}
	g := gl.g
	first := data.stages(g, now)
	head := Pipeline{&langid.Stage{Fixed: opts.Lang}, seg, &entity.Stage{G: g}}
	if !auto {
		return append(head, first...), nil
	}
	// Detected languages: each document gets the time, attribution, quantity
	// and claim stages of its own language, English when none has data.
	build := func(l string) (Pipeline, error) {
		d, err := loadLangData(l)
		if err != nil {
			return nil, err
		}
		return d.stages(g, now), nil
	}
	table := newLangTable(lang.Languages(), "en", build)
	table.seed("en", first)
	for i, st := range first {
		head = append(head, &byLang{name: st.Name(), i: i, table: table})
	}
	return head, nil
}

// langData is one language's word lists, date finder and number reader.
type langData struct {
	lex  *lang.Lexicon
	tf   *timex.Finder
	nums *numbers.Recognizer
}

func loadLangData(code string) (langData, error) {
	lex, err := lang.Get(code)
	if err != nil {
		return langData{}, err
	}
	tf, err := timex.New(code)
	if err != nil {
		return langData{}, fmt.Errorf("time finder: %w", err)
	}
	nums, err := numbers.New(code)
	if err != nil {
		return langData{}, fmt.Errorf("number recognizer: %w", err)
	}
	return langData{lex: lex, tf: tf, nums: nums}, nil
}

// stages are the stages that hold one language's data: time, attributions,
// quantities, claims.
func (d langData) stages(g *gazetteer.Gazetteer, now func() time.Time) Pipeline {
	return Pipeline{
		d.tf.Stage(now),
		// Attributions come first so that the quantity stage knows which
		// names are speakers rather than actors or places.
		&attrib.Stage{Lex: d.lex, G: g},
		&quantity.Stage{Numbers: d.nums, Lex: d.lex, G: g},
		&claim.Stage{Lex: d.lex},
	}
}
