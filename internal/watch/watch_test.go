package watch

import (
	"context"
	"maps"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/sitrep/sitrep/internal/alert"
	"github.com/sitrep/sitrep/internal/news"
	"github.com/sitrep/sitrep/internal/store/storetest"
)

func step(t *testing.T, w *Watcher) Stats {
	t.Helper()
	st, err := w.Step(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return st
}

func TestFeedChangesBetweenPolls(t *testing.T) { eachStore(t, testFeedChangesBetweenPolls) }

func testFeedChangesBetweenPolls(t *testing.T, dsn string) {
	ctx := context.Background()
	site := newSite(t)
	site.add("/a/1", article("South Korea NIS", "2025-01-10", 11000))
	site.add("/a/2", article("HUR", "2025-01-12", 11000))
	e := newEnvAt(t, dsn)
	sink := &memSink{name: "mem"}
	w := e.watcher(&stubAnalyzer{}, []alert.Sink{sink}, site.srv.URL+"/feed.xml")
	if _, err := w.Start(ctx); err != nil {
		t.Fatal(err)
	}

	st := step(t, w)
	if got, want := st.Added, 2; got != want {
		t.Fatalf("poll 1 stored %d documents, want %d", got, want)
	}
	if got, want := sink.kinds(), map[alert.Kind]int{alert.NewPoint: 2}; !maps.Equal(got, want) {
		t.Errorf("poll 1 alerts %v, want %v", got, want)
	}
	for _, a := range sink.got {
		if a.Quote != "11000 North Korean troops" || a.Link == "" || a.Source.Name == "" || a.ID == 0 {
			t.Errorf("alert lacks quote, link, source or id: %+v", a)
		}
	}

	// Unchanged feed: a 304, no page fetched, no alert.
	st = step(t, w)
	if st.Unchanged != 1 || st.Added != 0 || st.Raised != 0 {
		t.Errorf("poll 2: %+v, want one unchanged source and nothing new", st)
	}

	// A new item with a figure far above the others, which both contradict.
	site.add("/a/3", article("Pentagon", "2025-01-14", 30000))
	st = step(t, w)
	if got, want := st.Added, 1; got != want {
		t.Errorf("poll 3 stored %d, want %d", got, want)
	}
	want := map[alert.Kind]int{alert.NewPoint: 3, alert.OutOfRange: 1, alert.NewConflict: 2}
	if got := sink.kinds(); !maps.Equal(got, want) {
		t.Errorf("alerts after poll 3 %v, want %v", got, want)
	}
	for _, p := range []string{"/a/1", "/a/2", "/a/3"} {
		if got := site.count(p); got != 1 {
			t.Errorf("%s fetched %d times, want once", p, got)
		}
	}
	if got, want := site.count("/feed.xml"), 3; got != want {
		t.Errorf("feed fetched %d times, want %d", got, want)
	}

	// Nothing new: nothing raised.
	if st := step(t, w); st.Raised != 0 || st.Delivered != 0 {
		t.Errorf("poll 4 raised %d, delivered %d", st.Raised, st.Delivered)
	}

	// A restarted watcher on the same database raises nothing again.
	e2 := openEnv(t, e.dsn, e.clock)
	w2 := e2.watcher(&stubAnalyzer{}, []alert.Sink{sink}, site.srv.URL+"/feed.xml")
	if n, err := w2.Start(ctx); err != nil || n != 0 {
		t.Fatalf("restart delivered %d (%v), want 0", n, err)
	}
	if st := step(t, w2); st.Raised != 0 || st.Added != 0 || st.Unchanged != 1 {
		t.Errorf("after restart: %+v, want nothing new and a 304", st)
	}
	if got := len(sink.got); got != 6 {
		t.Errorf("sink got %d alerts in all, want 6", got)
	}
	keys := map[string]bool{}
	for _, a := range sink.got {
		if keys[a.Key] {
			t.Errorf("alert %s delivered twice", a.Key)
		}
		keys[a.Key] = true
	}
}

func TestBackoff(t *testing.T) { eachStore(t, testBackoff) }

func testBackoff(t *testing.T, dsn string) {
	site := newSite(t)
	site.add("/a/1", article("HUR", "2025-01-12", 11000))
	site.failFeed = 2
	e := newEnvAt(t, dsn)
	w := e.watcher(&stubAnalyzer{}, nil, site.srv.URL+"/feed.xml")
	for i, tc := range []struct {
		advance                 time.Duration
		polled, waiting, failed int
	}{
		{0, 1, 0, 1},                         // fails: next try after Every (1m)
		{30 * time.Second, 0, 1, 0},          // too early
		{31 * time.Second, 1, 0, 1},          // fails again: next after 2m
		{time.Minute, 0, 1, 0},               // too early
		{time.Minute + time.Second, 1, 0, 0}, // succeeds
		{0, 1, 0, 0},                         // back to every poll
	} {
		e.clock.t = e.clock.t.Add(tc.advance)
		st := step(t, w)
		if st.Polled != tc.polled || st.Waiting != tc.waiting || st.Failed != tc.failed {
			t.Errorf("step %d: %+v, want polled %d waiting %d failed %d", i, st, tc.polled, tc.waiting, tc.failed)
		}
	}
}

// A stop request while a document is being analysed: the document is still
// stored and its alerts recorded; they are delivered on the next start.
func TestStopFinishesDocumentInHand(t *testing.T) { eachStore(t, testStopFinishesDocumentInHand) }

func testStopFinishesDocumentInHand(t *testing.T, dsn string) {
	site := newSite(t)
	site.add("/a/1", article("South Korea NIS", "2025-01-10", 11000))
	site.add("/a/2", article("HUR", "2025-01-12", 11000))
	e := newEnvAt(t, dsn)
	sink := &memSink{name: "mem"}
	ctx, stop := context.WithCancel(context.Background())
	an := &stubAnalyzer{hook: func(*news.Doc) { stop() }}
	w := e.watcher(an, []alert.Sink{sink}, site.srv.URL+"/feed.xml")
	if _, err := w.Start(ctx); err != nil {
		t.Fatal(err)
	}
	st, err := w.Step(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Added != 1 || st.Raised != 1 || len(sink.got) != 0 {
		t.Fatalf("stopped step: %+v, sink got %d; want 1 stored, 1 raised, none delivered", st, len(sink.got))
	}
	if got := site.count("/a/2"); got != 0 {
		t.Errorf("the second page was fetched %d times after the stop", got)
	}
	// The next start delivers what was due, and the feed, read again since
	// it was not finished, gives the rest.
	e2 := openEnv(t, e.dsn, e.clock)
	w2 := e2.watcher(&stubAnalyzer{}, []alert.Sink{sink}, site.srv.URL+"/feed.xml")
	if n, err := w2.Start(context.Background()); err != nil || n != 1 {
		t.Fatalf("start delivered %d (%v), want 1", n, err)
	}
	if st := step(t, w2); st.Added != 1 || st.Raised != 1 || st.Delivered != 1 {
		t.Errorf("after restart: %+v, want the second document and its alert", st)
	}
}

// Documents stored but not yet evaluated when a watcher died (or stored by
// `sitrep ingest` meanwhile) raise their alerts on the next step.
func TestCrashBeforeEvaluation(t *testing.T) { eachStore(t, testCrashBeforeEvaluation) }

func testCrashBeforeEvaluation(t *testing.T, dsn string) {
	ctx := context.Background()
	e := newEnvAt(t, dsn)
	sink := &memSink{name: "mem"}
	w := e.watcher(&stubAnalyzer{}, []alert.Sink{sink})
	if _, err := w.Start(ctx); err != nil {
		t.Fatal(err)
	}
	text := article("HUR", "2025-01-12", 11000)
	d := storetest.NewDoc("late.txt", text, news.Meta{}, storetest.ClaimSpec{Quote: "11000 North Korean troops",
		Type: news.ClaimQuantity, Actor: "North Korea", Measure: "deployed", What: "personnel", Source: "HUR",
		SourceType: "agency", SaidOn: "2025-01-12"})
	if _, err := e.st.Put(ctx, d); err != nil {
		t.Fatal(err)
	}
	if st := step(t, w); st.Raised != 1 || st.Delivered != 1 {
		t.Errorf("step: %+v, want the stored document's alert raised and delivered", st)
	}
}

// A sink that fails keeps its alerts pending; a later step delivers them once.
func TestFailingSinkRetriedNextStep(t *testing.T) { eachStore(t, testFailingSinkRetriedNextStep) }

func testFailingSinkRetriedNextStep(t *testing.T, dsn string) {
	site := newSite(t)
	site.add("/a/1", article("HUR", "2025-01-12", 11000))
	e := newEnvAt(t, dsn)
	sink := &memSink{name: "mem", fail: true}
	w := e.watcher(&stubAnalyzer{}, []alert.Sink{sink}, site.srv.URL+"/feed.xml")
	if _, err := w.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	if st := step(t, w); st.Raised != 1 || st.Delivered != 0 {
		t.Fatalf("step 1: %+v", st)
	}
	sink.fail = false
	if st := step(t, w); st.Delivered != 1 {
		t.Errorf("step 2: %+v, want the pending alert delivered", st)
	}
	if st := step(t, w); st.Delivered != 0 || len(sink.got) != 1 {
		t.Errorf("step 3: %+v, sink got %d", st, len(sink.got))
	}
}

func TestFolderSource(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a.txt", article("HUR", "2025-01-12", 11000))
	write(".hidden.txt", article("Nobody", "2025-01-12", 5))
	e := newEnv(t)
	sink := &memSink{name: "mem"}
	w := e.watcher(&stubAnalyzer{}, []alert.Sink{sink}, dir)
	if _, err := w.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	if st := step(t, w); st.Added != 1 || st.Raised != 1 {
		t.Errorf("step 1: %+v, want one document and one alert", st)
	}
	if st := step(t, w); st.Added != 0 || st.Raised != 0 {
		t.Errorf("step 2: %+v, want nothing new", st)
	}
	write("b.txt", article("South Korea NIS", "2025-01-13", 40000))
	if st := step(t, w); st.Added != 1 || st.Raised != 3 { // new point, out of range, conflict
		t.Errorf("step 3: %+v, want one document and three alerts", st)
	}
}

func TestBackoffDurations(t *testing.T) {
	w := &Watcher{Every: time.Minute, MaxBackoff: 10 * time.Minute}
	for _, tc := range []struct {
		n    int
		want time.Duration
	}{{1, time.Minute}, {2, 2 * time.Minute}, {3, 4 * time.Minute}, {4, 8 * time.Minute}, {5, 10 * time.Minute}, {50, 10 * time.Minute}} {
		if got := w.backoff(tc.n); got != tc.want {
			t.Errorf("backoff(%d) = %v, want %v", tc.n, got, tc.want)
		}
	}
}

// A feed that carries an article in full: it is stored from the feed,
// without fetching the page, and raises its alert.
func TestFullTextItem(t *testing.T) { eachStore(t, testFullTextItem) }

func testFullTextItem(t *testing.T, dsn string) {
	site := newSite(t)
	site.add("/a/1", article("HUR", "2025-01-12", 11000))
	site.full["/a/1"] = true
	e := newEnvAt(t, dsn)
	sink := &memSink{name: "mem"}
	w := e.watcher(&stubAnalyzer{}, []alert.Sink{sink}, site.srv.URL+"/feed.xml")
	if _, err := w.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	if st := step(t, w); st.Added != 1 || st.Raised != 1 {
		t.Errorf("step: %+v, want one document and its alert", st)
	}
	if got := site.count("/a/1"); got != 0 {
		t.Errorf("page fetched %d times, want 0", got)
	}
	if len(sink.got) == 1 && sink.got[0].Link != site.srv.URL+"/a/1" {
		t.Errorf("link = %q, want the item's page", sink.got[0].Link)
	}
}
