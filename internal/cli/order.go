package cli

import (
	"context"
	"sync"
	"time"
)

// inOrder analyzes inputs with n workers and hands the results to emit in
// input order, keeping at most 2n results in flight so memory stays flat
// however many inputs there are. When the next result keeps emit waiting
// for longer than idleAfter, idle (if not nil) is called once: extract
// flushes its buffered output there, so what is done is not held back by
// a slow input. An error from idle ends the run as one from emit does.
func inOrder[T any](ctx context.Context, inputs []string, n int, work func(string) (T, error), emit func(string, T, error) error, idle func() error) error {
	type result struct {
		v   T
		err error
	}
	slots := make([]chan result, len(inputs))
	for i := range slots {
		slots[i] = make(chan result, 1)
	}
	sem := make(chan struct{}, 2*n)
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				v, err := work(inputs[i])
				slots[i] <- result{v, err}
			}
		}()
	}
	go func() {
		defer close(jobs)
		for i := range inputs {
			select {
			case sem <- struct{}{}:
			case <-ctx.Done():
				return
			}
			select {
			case jobs <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	var firstErr error
	wait := newWaiter(ctx, idle)
	defer wait.stop()
	for i := range inputs {
		r, ok := next(wait, slots[i], &firstErr)
		if !ok {
			wg.Wait()
			return ctx.Err()
		}
		<-sem
		if firstErr == nil {
			firstErr = emit(inputs[i], r.v, r.err)
		}
	}
	wg.Wait()
	return firstErr
}

// idleAfter is how long inOrder waits on a result before it calls idle.
const idleAfter = 50 * time.Millisecond

// waiter receives results for inOrder, calling idle when one is slow to come.
type waiter struct {
	ctx   context.Context
	idle  func() error
	timer *time.Timer
}

func newWaiter(ctx context.Context, idle func() error) *waiter {
	w := &waiter{ctx: ctx, idle: idle}
	if idle != nil {
		w.timer = time.NewTimer(time.Hour)
		w.timer.Stop()
	}
	return w
}

func (w *waiter) stop() {
	if w.timer != nil {
		w.timer.Stop()
	}
}

// next receives from c; ok is false when the context ended first. An error
// from idle goes to *errp if that holds none yet.
func next[R any](w *waiter, c <-chan R, errp *error) (r R, ok bool) {
	select {
	case r = <-c:
		return r, true
	default:
	}
	var tick <-chan time.Time
	if w.timer != nil && *errp == nil {
		w.timer.Reset(idleAfter)
		tick = w.timer.C
	}
	for {
		select {
		case r = <-c:
			if tick != nil {
				w.timer.Stop()
			}
			return r, true
		case <-tick:
			tick = nil
			if err := w.idle(); err != nil && *errp == nil {
				*errp = err
			}
		case <-w.ctx.Done():
			return r, false
		}
	}
}
