package alert

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"sync"
	"time"
)

// Sink delivers alerts somewhere. Deliver returns nil only once the alert
// has been handed over; an error leaves it pending for the next attempt.
type Sink interface {
	// Name identifies the sink in the log across restarts ("stdout",
	// "webhook https://...").
	Name() string
	Deliver(ctx context.Context, a Alert) error
}

// Printer writes alerts to a stream: as text for people, or one JSON object
// per line.
type Printer struct {
	W    io.Writer
	JSON bool
	mu   sync.Mutex
}

// Name is "stdout": what is printed goes to the watcher's own output.
func (p *Printer) Name() string { return "stdout" }

// Deliver prints a.
func (p *Printer) Deliver(_ context.Context, a Alert) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.JSON {
		enc := json.NewEncoder(p.W)
		enc.SetEscapeHTML(false)
		return enc.Encode(a)
	}
	_, err := io.WriteString(p.W, a.Text())
	return err
}

// Webhook POSTs each alert as JSON to URL, retrying with exponential backoff
// on network errors, 5xx, 408 and 429 answers. The alert's Key goes in the
// Idempotency-Key header: delivery is at least once, and a receiver that
// remembers keys sees each alert once.
type Webhook struct {
	URL    string
	Client *http.Client // nil: a client with a 10s timeout
	// Attempts is how many times one Deliver call tries (default 5);
	// Backoff the wait after the first failure, doubled after each (default 1s).
	Attempts int
	Backoff  time.Duration
	// Sleep waits between attempts; tests replace it (default: a timer
	// that ctx interrupts).
	Sleep func(ctx context.Context, d time.Duration) error
}

// Name is "webhook URL".
func (w *Webhook) Name() string { return "webhook " + w.URL }

// errPermanent marks answers that retrying will not change (4xx).
var errPermanent = errors.New("refused")

// Deliver posts a, retrying as documented.
func (w *Webhook) Deliver(ctx context.Context, a Alert) error {
	body, err := json.Marshal(a)
	if err != nil {
		return fmt.Errorf("webhook: encode alert: %w", err)
	}
	attempts, backoff, sleep := w.Attempts, w.Backoff, w.Sleep
	if attempts <= 0 {
		attempts = 5
	}
	if backoff <= 0 {
		backoff = time.Second
	}
	if sleep == nil {
		sleep = Sleep
	}
	for i := 1; ; i++ {
		err = w.post(ctx, a.Key, body)
		if err == nil || errors.Is(err, errPermanent) || i == attempts || ctx.Err() != nil {
			break
		}
		if err := sleep(ctx, backoff); err != nil {
			return fmt.Errorf("webhook %s: %w", w.URL, err)
		}
		backoff *= 2
	}
	if err != nil {
		return fmt.Errorf("webhook %s: %w", w.URL, err)
	}
	return nil
}

func (w *Webhook) post(ctx context.Context, key string, body []byte) error {
	client := w.Client
	if client == nil {
		client = &http.Client{Timeout: 10 * time.Second}
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, w.URL, bytes.NewReader(body))
	if err != nil {
		return fmt.Errorf("%w: %v", errPermanent, err)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Idempotency-Key", key)
	resp, err := client.Do(req)
	if err != nil {
		return err
	}
	io.Copy(io.Discard, io.LimitReader(resp.Body, 1<<16))
	resp.Body.Close()
	switch {
	case resp.StatusCode/100 == 2:
		return nil
	case resp.StatusCode/100 == 4 && resp.StatusCode != http.StatusRequestTimeout && resp.StatusCode != http.StatusTooManyRequests:
		return fmt.Errorf("%w: %s", errPermanent, resp.Status)
	}
	return fmt.Errorf("answered %s", resp.Status)
}

// Sleep waits d, or until ctx ends.
func Sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// Deliver hands every sink the alerts the log says it is owed, in order,
// recording each delivery. A sink that fails keeps the rest of its alerts
// pending (so their order holds) and the other sinks go on; the errors are
// joined.
func Deliver(ctx context.Context, log *Log, sinks []Sink, now func() time.Time) (delivered int, err error) {
	var errs []error
	for _, s := range sinks {
		pending, err := log.Pending(ctx, s.Name())
		if err != nil {
			errs = append(errs, err)
			continue
		}
		for _, a := range pending {
			if err := s.Deliver(ctx, a); err != nil {
				errs = append(errs, fmt.Errorf("deliver alert %d: %w", a.ID, err))
				break
			}
			if err := log.Delivered(ctx, a.ID, s.Name(), now()); err != nil {
				errs = append(errs, err)
				break
			}
			delivered++
		}
	}
	return delivered, errors.Join(errs...)
}

// Follow calls fn with every alert recorded after id, oldest first, checking
// the log every interval until ctx ends or fn fails. The web UI streams
// alerts with it: id is the client's Last-Event-ID (or Latest, to show only
// what comes next), and each alert's ID the next event id.
func Follow(ctx context.Context, log *Log, id int64, every time.Duration, fn func(Alert) error) error {
	for {
		as, err := log.Since(ctx, id, 100)
		if err != nil {
			return err
		}
		for _, a := range as {
			if err := fn(a); err != nil {
				return err
			}
			id = a.ID
		}
		if len(as) == 100 {
			continue
		}
		if err := Sleep(ctx, every); err != nil {
			return err
		}
	}
}
