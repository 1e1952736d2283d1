// Package analysis runs the stages that annotate a document: each stage adds
// its own spans to a news.Doc and reads what earlier stages added; none edits
// the text.
package analysis

import (
	"context"
	"fmt"
	"runtime/debug"

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
//
// A stage that panics (a bug, found by some input) fails this document with
// a *PanicError instead of the whole process, so a batch goes on with the
// other documents; the error keeps the stack for the bug report.
func (p Pipeline) Run(ctx context.Context, d *news.Doc) error {
	ctx, memo := token.WithPooledMemo(ctx, d.Text)
	defer memo.Release() // the stages keep no tokens past their run
	for _, s := range p {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := annotate(ctx, s, d); err != nil {
			return fmt.Errorf("%s: %w", s.Name(), err)
		}
	}
	return nil
}

// annotate runs one stage, turning a panic into a *PanicError.
func annotate(ctx context.Context, s Stage, d *news.Doc) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = &PanicError{Value: r, Stack: debug.Stack()}
		}
	}()
	return s.Annotate(ctx, d)
}

// PanicError is a stage's panic on one document: a bug in sitrep, not in
// the input.
type PanicError struct {
	Value any
	Stack []byte
}

func (e *PanicError) Error() string {
	return fmt.Sprintf("internal error (a bug in sitrep; please report it with this document): %v", e.Value)
}
