package analysis

import (
	"context"

	"github.com/sitrep/sitrep/internal/news"
)

// byLang runs, for each document, the stage built for its language
// (Doc.Meta.Lang, set by langid), or def when none was built for it. It lets
// stages that hold one language's data serve documents in several.
type byLang struct {
	name string
	by   map[string]Stage
	def  Stage
}

// Name implements Stage.
func (s *byLang) Name() string { return s.name }

// Annotate implements Stage.
func (s *byLang) Annotate(ctx context.Context, d *news.Doc) error {
	if st, ok := s.by[d.Meta.Lang]; ok {
		return st.Annotate(ctx, d)
	}
	return s.def.Annotate(ctx, d)
}
