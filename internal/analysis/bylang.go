package analysis

import (
	"context"
	"sync"

	"github.com/sitrep/sitrep/internal/news"
)

// langTable builds each language's stages the first time a document in that
// language arrives, so that a run over English reports pays for no other
// language's word lists and date locales.
type langTable struct {
	build func(lang string) (Pipeline, error)
	def   string // the language of documents in a language without data
	langs map[string]*langEntry
}

type langEntry struct {
	once sync.Once
	p    Pipeline
	err  error
}

func newLangTable(langs []string, def string, build func(string) (Pipeline, error)) *langTable {
	t := &langTable{build: build, def: def, langs: make(map[string]*langEntry, len(langs))}
	for _, l := range langs {
		t.langs[l] = &langEntry{}
	}
	return t
}

// seed records stages already built for lang.
func (t *langTable) seed(lang string, p Pipeline) {
	if e, ok := t.langs[lang]; ok {
		e.once.Do(func() { e.p = p })
	}
}

// stages returns the stages of lang, or of the default language when lang
// has no data.
func (t *langTable) stages(lang string) (Pipeline, error) {
	e, ok := t.langs[lang]
	if !ok {
		lang, e = t.def, t.langs[t.def]
	}
	e.once.Do(func() { e.p, e.err = t.build(lang) })
	return e.p, e.err
}

// byLang runs, for each document, stage i of the stages built for its
// language (Doc.Meta.Lang, set by langid). It lets stages that hold one
// language's data serve documents in several.
type byLang struct {
	name  string
	i     int
	table *langTable
}

// Name implements Stage.
func (s *byLang) Name() string { return s.name }

// Annotate implements Stage.
func (s *byLang) Annotate(ctx context.Context, d *news.Doc) error {
	p, err := s.table.stages(d.Meta.Lang)
	if err != nil {
		return err
	}
	return p[s.i].Annotate(ctx, d)
}
