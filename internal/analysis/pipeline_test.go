package analysis

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/news"
)

type panicky struct{}

func (panicky) Name() string { return "panicky" }
func (panicky) Annotate(context.Context, *news.Doc) error {
	var s []int
	_ = s[3] // index out of range
	return nil
}

type marker struct{ ran *bool }

func (marker) Name() string { return "marker" }
func (m marker) Annotate(context.Context, *news.Doc) error {
	*m.ran = true
	return nil
}

// A stage's panic fails the document with a *PanicError that names the
// stage and keeps the stack, and the stages after it do not run.
func TestRunRecoversAStagePanic(t *testing.T) {
	ran := false
	err := Pipeline{panicky{}, marker{&ran}}.Run(context.Background(), &news.Doc{Text: "x"})
	var pe *PanicError
	if !errors.As(err, &pe) {
		t.Fatalf("err = %v, want a *PanicError", err)
	}
	if !strings.HasPrefix(err.Error(), "panicky: internal error") || !strings.Contains(err.Error(), "index out of range") {
		t.Errorf("error %q should name the stage and the panic", err)
	}
	if !strings.Contains(string(pe.Stack), "panicky") {
		t.Errorf("stack does not show the panicking stage:\n%s", pe.Stack)
	}
	if ran {
		t.Error("a stage after the panic ran")
	}
	// The same pipeline goes on with the next document.
	if err := (Pipeline{marker{&ran}}).Run(context.Background(), &news.Doc{Text: "y"}); err != nil || !ran {
		t.Errorf("next document: err %v, ran %v", err, ran)
	}
}
