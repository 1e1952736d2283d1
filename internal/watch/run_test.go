package watch

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/sitrep/sitrep/internal/alert"
)

// cancelSink stops the run once it has been handed an alert.
type cancelSink struct {
	once   sync.Once
	cancel context.CancelFunc
	got    int
}

func (c *cancelSink) Name() string { return "cancel" }

func (c *cancelSink) Deliver(context.Context, alert.Alert) error {
	c.got++
	c.once.Do(c.cancel)
	return nil
}

func TestRunStopsCleanly(t *testing.T) {
	site := newSite(t)
	site.add("/a/1", article("HUR", "2025-01-12", 11000))
	e := newEnv(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	sink := &cancelSink{cancel: cancel}
	w := e.watcher(&stubAnalyzer{}, []alert.Sink{sink}, site.srv.URL+"/feed.xml")
	w.Every = time.Hour // the stop must not wait for the next poll
	done := make(chan error, 1)
	go func() { done <- w.Run(ctx) }()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Run returned %v, want nil on a stop", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Run did not return after the stop")
	}
	if sink.got != 1 {
		t.Errorf("sink got %d alerts, want 1", sink.got)
	}
}
