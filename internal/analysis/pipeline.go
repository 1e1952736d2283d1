// Package analysis runs the stages that annotate a document: each stage adds
// its own spans to a news.Doc and reads what earlier stages added; none edits
// the text.
package analysis

import (
	"context"
	"fmt"

	"github.com/sitrep/sitrep/internal/analysis/token"
	"github.com/sitrep/sitrep/internal/news"
)

// Stage is one step of the analysis.
type Stage interface {
	// Name is a short lowercase name used in errors and benchmarks.
	Name() string
	// Annotate adds the stage's annotations to d. It must not change d.Text.
	// It returns an error only when the document cannot be analyzed at all.
	Annotate(ctx context.Context, d *news.Doc) error
}

// Pipeline is an ordered list of stages.
type Pipeline []Stage

// Run applies every stage in order, stopping at the first error or when ctx
// is done. The stages share one token.Memo for the document, so each
// sentence is tokenized once.
func (p Pipeline) Run(ctx context.Context, d *news.Doc) error {
	ctx = token.WithMemo(ctx, d.Text)
	for _, s := range p {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := s.Annotate(ctx, d); err != nil {
			return fmt.Errorf("%s: %w", s.Name(), err)
		}
	}
	return nil
}
