package attrib_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/sitrep/sitrep/internal/analysis"
	"github.com/sitrep/sitrep/internal/analysis/token"
	"github.com/sitrep/sitrep/internal/bench"
	"github.com/sitrep/sitrep/internal/news"
)

// stageDoc is a document annotated up to the attribution stage, with the
// stage of its language.
type stageDoc struct {
	doc   news.Doc
	stage analysis.Stage
}

// prepared runs the default pipeline over each text up to its attribution
// stage (which serves each document in its detected language).
func prepared(b *testing.B, texts []string) []stageDoc {
	p, err := analysis.Default(analysis.Options{})
	if err != nil {
		b.Fatal(err)
	}
	k := 0
	for k < len(p) && p[k].Name() != "attrib" {
		k++
	}
	if k == len(p) {
		b.Fatal("no attrib stage")
	}
	var out []stageDoc
	for _, text := range texts {
		d := news.Doc{ID: "b", Text: text}
		if err := p[:k].Run(context.Background(), &d); err != nil {
			b.Fatal(err)
		}
		out = append(out, stageDoc{d, p[k]})
	}
	return out
}

// benchAnnotate times the attribution stage alone over docs. Each run gets
// a fresh token memo holding the sentences' tokens, as the entity stage
// leaves it in a pipeline.
func benchAnnotate(b *testing.B, docs []stageDoc) {
	size := 0
	for _, d := range docs {
		size += len(d.doc.Text)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	ctxs := make([]context.Context, len(docs))
	for b.Loop() {
		b.StopTimer()
		for i := range docs {
			d := &docs[i].doc
			ctxs[i] = token.WithMemo(context.Background(), d.Text)
			for _, s := range d.Sentences {
				token.Cached(ctxs[i], d.Text, s.Span)
			}
		}
		b.StartTimer()
		for i := range docs {
			if err := docs[i].stage.Annotate(ctxs[i], &docs[i].doc); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkAnnotate times the stage on generated wire stories, the
// documents of sitrep-bench.
func BenchmarkAnnotate(b *testing.B) {
	g := bench.NewGenerator(3)
	texts := make([]string, 32)
	for i := range texts {
		texts[i] = g.Text(8)
	}
	benchAnnotate(b, prepared(b, texts))
}

// BenchmarkAnnotateCorpus times the stage on the test corpora of every
// language.
func BenchmarkAnnotateCorpus(b *testing.B) {
	files, err := filepath.Glob("../../../testdata/corpus*/*.txt")
	if err != nil || len(files) == 0 {
		b.Fatalf("no corpus: %v", err)
	}
	var texts []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(data))
	}
	benchAnnotate(b, prepared(b, texts))
}
