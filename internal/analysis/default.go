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
	// document (langid) into Doc.Meta.Lang. Stages without that language's
	// data still read English.
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
	code := opts.Lang
	if code == "" || code == "auto" {
		code = "en"
	}
	now := opts.Now
	if now == nil {
		now = time.Now
	}
	g, err := gazetteer.Load(opts.GazetteerFiles...)
	if err != nil {
		return nil, fmt.Errorf("load gazetteer: %w", err)
	}
	lex, err := lang.Get(code)
	if err != nil {
		return nil, err
	}
	seg, err := segment.New(opts.Lang)
	if err != nil {
		return nil, fmt.Errorf("segmenter: %w", err)
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
		&langid.Stage{Fixed: opts.Lang},
		seg,
		&entity.Stage{G: g},
		tf.Stage(now),
		// Attributions come first so that the quantity stage knows which
		// names are speakers rather than actors or places.
		&attrib.Stage{Lex: lex, G: g},
		&quantity.Stage{Numbers: nums, Lex: lex, G: g},
		&claim.Stage{Lex: lex},
	}, nil
}
