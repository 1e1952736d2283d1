package timex

import (
	"context"
	"sync"
	"time"

	"github.com/sitrep/sitrep/internal/news"
)

// Stage is the analysis stage for time: it satisfies analysis.Stage (the
// interface is structural, so this package need not import analysis).
type Stage struct {
	f   *Finder
	now func() time.Time
}

// Stage returns the analysis stage that, after sentences exist, sets
// Doc.Meta.Published and Doc.Dateline from the header when Meta.Published is
// zero and Doc.PublishedFixed is false, then fills Doc.Times for every
// sentence that is not boilerplate, resolved against Meta.Published. now
// bounds the year of a year-less header date; nil means time.Now.
func (f *Finder) Stage(now func() time.Time) *Stage {
	if now == nil {
		now = time.Now
	}
	return &Stage{f: f, now: now}
}

// Name implements analysis.Stage.
func (s *Stage) Name() string { return "time" }

// Annotate implements analysis.Stage. It never fails on the text; it returns
// only ctx's error when the context ends mid-document.
func (s *Stage) Annotate(ctx context.Context, d *news.Doc) error {
	if d.Meta.Published.IsZero() && !d.PublishedFixed {
		if t, line, ok := s.f.Published(d.Text, s.now()); ok {
			d.Meta.Published, d.Dateline = t, line
		}
	}
	ref := day(d.Meta.Published)
	d.Times = d.Times[:0]
	if len(d.Sentences) == 0 {
		// No segmentation ran: the whole text, less its boilerplate.
		for _, te := range s.f.Find(d.Text, news.Span{Start: 0, End: len(d.Text)}, ref) {
			if !d.InBoilerplate(te.Span) {
				d.Times = append(d.Times, te)
			}
		}
		return nil
	}
	// The expressions gather in a pooled buffer and are copied into
	// d.Times once: growing d.Times sentence by sentence allocated several
	// times a document.
	buf, _ := timesPool.Get().(*[]news.TimeExpr)
	if buf == nil {
		buf = new([]news.TimeExpr)
	}
	times := (*buf)[:0]
	defer func() {
		clear(times) // the pool keeps no document's strings alive
		*buf = times[:0]
		timesPool.Put(buf)
	}()
	for i, sent := range d.Sentences {
		if i%64 == 0 {
			if err := ctx.Err(); err != nil {
				d.Times = append(d.Times, times...)
				return err
			}
		}
		if sent.Boilerplate || d.InBoilerplate(sent.Span) {
			continue
		}
		times = s.f.appendFindDay(times, d.Text, sent.Span, ref)
	}
	d.Times = append(d.Times, times...)
	return nil
}

// timesPool keeps the buffers Annotate gathers a document's expressions in.
var timesPool sync.Pool // *[]news.TimeExpr
