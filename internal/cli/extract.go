package cli

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/sitrep/sitrep/internal/analysis"
	"github.com/sitrep/sitrep/internal/ingest"
	"github.com/sitrep/sitrep/internal/news"
	"github.com/sitrep/sitrep/internal/store"
)

const extractExamples = `  sitrep extract report.txt
  sitrep extract --format table ../shared/seeds/*.txt
  sitrep extract --published 2024-11-06 --format json story.html
  curl -s https://example.org/story | sitrep extract -
  sitrep extract --format text page.html      # the article body, boilerplate left out`

func runExtract(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "extract", "[flags] FILE...|-", extractExamples)
	format := fs.String("format", "", "output: jsonl, json, table or text (default table on a terminal, else jsonl)")
	langFlag := fs.String("lang", "auto", "document language: auto, en, de, es, fr, ru, uk")
	published := fs.String("published", "", "publication date YYYY-MM-DD for every input (overrides what the text says)")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "files analyzed in parallel")
	var gaz stringList
	fs.Var(&gaz, "gazetteer", "a gazetteer file extending the built-in one (repeatable)")
	paths, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(paths) == 0 {
		return usagef("no input: give files, folders or - for stdin")
	}
	f, err := outputFormat(env, *format, "jsonl", "json", "table", "text")
	if err != nil {
		return err
	}
	var pub time.Time
	if *published != "" {
		if pub, err = time.Parse(time.DateOnly, *published); err != nil {
			return usagef("--published %q: want a date as YYYY-MM-DD", *published)
		}
	}
	if *workers < 1 {
		return usagef("--workers must be at least 1")
	}
	pipe, err := analysis.Default(analysis.Options{Lang: *langFlag, GazetteerFiles: gaz})
	if err != nil {
		return err
	}
	inputs, failed := expandInputs(env, paths)
	total := len(inputs) + failed
	// Every result in flight holds an output buffer, and each worker one
	// it is filling.
	out := newClaimWriter(env.Stdout, f, (inFlightPerWorker+1)*(*workers))
	analyze := func(name string) (*extracted, error) {
		d, err := readInput(env, name)
		if err != nil {
			return nil, err
		}
		// The stages fill the slices of a document already written out
		// instead of allocating their own.
		spare := spareSlices.Get().(*docSlices)
		spare.lend(&d)
		defer spareSlices.Put(spare)
		defer spare.take(&d)
		if !pub.IsZero() {
			d.Meta.Published, d.PublishedFixed = pub, true
		}
		// Analyze under the id the store gives the text, so a claim's id is
		// the same here and in `claims` after `ingest`; doc stays the path.
		d.ID = store.DocID(d.Text)
		if err := pipe.Run(ctx, &d); err != nil {
			return nil, fmt.Errorf("%s: analyze: %w", name, err)
		}
		for i := range d.Claims {
			d.Claims[i].Doc = name
		}
		x, err := out.prepare(&d)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		return x, nil
	}
	emit := func(name string, x *extracted, err error) error {
		if err == nil {
			if err = out.write(x); err != nil {
				return err // stdout itself failed: nothing more can be written
			}
			return nil
		}
		// Keep what stdout and stderr say in the order it happened.
		if err := out.flush(); err != nil {
			return err
		}
		fmt.Fprintf(env.Stderr, "sitrep extract: %v\n", err)
		failed++
		return nil
	}
	if err := inOrder(ctx, inputs, *workers, analyze, emit, out.flush); err != nil {
		return err
	}
	if err := out.flush(); err != nil {
		return err
	}
	if err := out.close(); err != nil {
		return fmt.Errorf("write output: %w", err)
	}
	if failed > 0 {
		return &partialError{failed: failed, total: total}
	}
	return nil
}

// docSlices are the annotation slices of a document whose output is
// written, emptied, for the stages of the next document to append to:
// the stages set each slice's length to zero and allocate only when it is
// too short, and the claims, attributions and quantities of each document
// were most of the bytes a run allocated.
type docSlices struct {
	sentences    []news.Sentence
	entities     []news.Entity
	times        []news.TimeExpr
	quantities   []news.Quantity
	attributions []news.Attribution
	claims       []news.Claim
}

// spareSlices holds the docSlices of documents already written.
var spareSlices = sync.Pool{New: func() any { return new(docSlices) }}

// maxSpare keeps the slices of a rare huge document out of the pool.
const maxSpare = 4096

// lend gives d the spare slices, emptied, where d has none of its own.
func (s *docSlices) lend(d *news.Doc) {
	lend(&d.Sentences, &s.sentences)
	lend(&d.Entities, &s.entities)
	lend(&d.Times, &s.times)
	lend(&d.Quantities, &s.quantities)
	lend(&d.Attributions, &s.attributions)
	lend(&d.Claims, &s.claims)
}

// take keeps d's slices once its output is made; d must not be read
// after.
func (s *docSlices) take(d *news.Doc) {
	take(&s.sentences, d.Sentences)
	take(&s.entities, d.Entities)
	take(&s.times, d.Times)
	take(&s.quantities, d.Quantities)
	take(&s.attributions, d.Attributions)
	take(&s.claims, d.Claims)
}

func lend[T any](dst, spare *[]T) {
	if *dst == nil {
		*dst = (*spare)[:0]
	}
	*spare = nil
}

// take keeps s, emptied, in *spare. The elements are cleared so that a
// pooled slice keeps no document alive.
func take[T any](spare *[]T, s []T) {
	if cap(s) > maxSpare {
		return
	}
	clear(s)
	*spare = s[:0]
}

// readInput reads one input: "-" is stdin.
func readInput(env *Env, name string) (news.Doc, error) {
	if name == "-" {
		d, _, err := ingest.Read("-", env.Stdin)
		return d, err
	}
	return ingest.ReadDoc(name)
}

// expandInputs turns folders into the files below them (sorted, hidden
// files skipped). Missing paths are reported and counted as failures.
func expandInputs(env *Env, paths []string) ([]string, int) {
	var out []string
	failed := 0
	for _, p := range paths {
		if p == "-" {
			out = append(out, p)
			continue
		}
		fi, err := os.Stat(p)
		if err != nil {
			fmt.Fprintf(env.Stderr, "sitrep extract: %s: %v\n", p, unwrapPathErr(err))
			failed++
			continue
		}
		if !fi.IsDir() {
			out = append(out, p)
			continue
		}
		filepath.WalkDir(p, func(path string, de fs.DirEntry, err error) error {
			if err != nil {
				fmt.Fprintf(env.Stderr, "sitrep extract: %s: %v\n", path, unwrapPathErr(err))
				failed++
				return nil
			}
			if strings.HasPrefix(de.Name(), ".") && path != p {
				if de.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if !de.IsDir() {
				out = append(out, path)
			}
			return nil
		})
	}
	return out, failed
}

func unwrapPathErr(err error) error {
	if pe, ok := err.(*fs.PathError); ok {
		return pe.Err
	}
	return err
}

// stringList is a repeatable string flag.
type stringList []string

func (s *stringList) String() string     { return strings.Join(*s, ",") }
func (s *stringList) Set(v string) error { *s = append(*s, v); return nil }

// writeMainText prints the document text without its boilerplate regions.
func writeMainText(w io.Writer, d *news.Doc) error {
	var b strings.Builder
	pos := 0
	for _, bp := range d.Boilerplate {
		if bp.Start > pos {
			b.WriteString(d.Text[pos:bp.Start])
		}
		pos = max(pos, bp.End)
	}
	if pos < len(d.Text) {
		b.WriteString(d.Text[pos:])
	}
	s := strings.TrimSpace(collapseBlankLines(b.String()))
	_, err := fmt.Fprintf(w, "%s\n", s)
	return err
}

func collapseBlankLines(s string) string {
	for strings.Contains(s, "\n\n\n") {
		s = strings.ReplaceAll(s, "\n\n\n", "\n\n")
	}
	return s
}
