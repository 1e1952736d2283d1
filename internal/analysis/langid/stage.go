package langid

import (
	"context"

	"github.com/sitrep/sitrep/internal/news"
)

// Stage sets Doc.Meta.Lang to the document's language (see Decide). Fixed,
// when set, is the language the user chose (--lang): it wins over the
// page and the text.
type Stage struct {
	Fixed    string
	Fallback string // when nothing tells; "" means "en"
}

// Name implements analysis.Stage.
func (s *Stage) Name() string { return "langid" }

// Annotate implements analysis.Stage.
func (s *Stage) Annotate(_ context.Context, d *news.Doc) error {
	if l := Normalize(s.Fixed); l != "" {
		d.Meta.Lang = l
		return nil
	}
	fb := s.Fallback
	if fb == "" {
		fb = "en"
	}
	d.Meta.Lang = Decide(d.Meta.Lang, d.Text, fb)
	return nil
}
