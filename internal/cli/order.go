package cli

import (
	"context"
	"sync"
	"sync/atomic"
	"time"
)

// inOrder analyzes inputs with n workers and hands the results to emit in
// input order, keeping at most inFlightPerWorker*n inputs between being
// taken up and being emitted, so memory stays flat however many inputs
// there are. emit is never called by two goroutines at once.
//
// The worker that finishes the input next in line emits it, with any ready
// after it, itself: a result does not wait for another goroutine to be
// woken and scheduled, and the workers do not stop for one while the cores
// are busy. When no result has been emitted for idleAfter (at most twice
// that), idle (if not nil) is called once: extract flushes its buffered
// output there, so what is done is not held back by a slow input. An error
// from idle ends the run as one from emit does.
func inOrder[T any](ctx context.Context, inputs []string, n int, work func(string) (T, error), emit func(string, T, error) error, idle func() error) error {
	o := &orderer[T]{
		ctx:      ctx,
		inputs:   inputs,
		emit:     emit,
		slots:    make([]slot[T], min(inFlightPerWorker*n, max(len(inputs), 1))),
		finished: make(chan struct{}),
	}
	o.tokens = make(chan struct{}, len(o.slots))
	if len(inputs) == 0 {
		close(o.finished)
	}
	var wg sync.WaitGroup
	for range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			o.run(work)
		}()
	}
	o.watch(idle)
	wg.Wait()
	if o.head < len(inputs) && o.err == nil {
		return ctx.Err()
	}
	return o.err
}

// inFlightPerWorker bounds the results waiting for their turn: enough that
// a worker goes on while the input before its own is a long one.
const inFlightPerWorker = 32

// idleAfter is how long inOrder waits on a result before it calls idle.
const idleAfter = 50 * time.Millisecond

// orderer is the state inOrder's workers share.
type orderer[T any] struct {
	ctx    context.Context
	inputs []string
	emit   func(string, T, error) error
	next   atomic.Int64  // the next input to take up
	tokens chan struct{} // one per input taken up and not yet emitted

	mu       sync.Mutex
	slots    []slot[T] // input i's result waits in slots[i%len(slots)]
	head     int       // the next input to emit
	emitting bool      // a goroutine is emitting (or idle is running)
	err      error     // the first error from emit or idle: ends the run
	finished chan struct{}
}

type slot[T any] struct {
	v     T
	err   error
	ready bool
}

// run takes up inputs until none is left or the run ends. The token taken
// first guarantees that input i's slot was emitted and cleared: at most
// len(slots) inputs are between being taken up and being emitted.
func (o *orderer[T]) run(work func(string) (T, error)) {
	for {
		select {
		case o.tokens <- struct{}{}:
		case <-o.finished:
			return
		case <-o.ctx.Done():
			return
		}
		i := int(o.next.Add(1)) - 1
		if i >= len(o.inputs) || o.ended() {
			return
		}
		v, err := work(o.inputs[i])
		o.mu.Lock()
		o.slots[i%len(o.slots)] = slot[T]{v: v, err: err, ready: true}
		if !o.emitting {
			o.emitting = true
			o.drain()
		}
		o.mu.Unlock()
	}
}

// drain emits the ready results at the head of the line, then clears
// o.emitting. The caller holds o.mu and has set o.emitting; o.mu is let go
// while emit runs, so the other workers can leave their results meanwhile.
func (o *orderer[T]) drain() {
	for o.err == nil && o.ctx.Err() == nil && o.head < len(o.inputs) {
		s := &o.slots[o.head%len(o.slots)]
		if !s.ready {
			break
		}
		r := *s
		*s = slot[T]{}
		name := o.inputs[o.head]
		o.mu.Unlock()
		err := o.emit(name, r.v, r.err)
		o.mu.Lock()
		o.head++
		<-o.tokens
		o.fail(err)
		if o.head == len(o.inputs) && o.err == nil {
			close(o.finished)
		}
	}
	o.emitting = false
}

// fail records err, if it is the first, and ends the run. o.mu is held.
func (o *orderer[T]) fail(err error) {
	if err != nil && o.err == nil {
		o.err = err
		close(o.finished)
	}
}

// ended reports whether the run is over: all emitted, failed or canceled.
func (o *orderer[T]) ended() bool {
	select {
	case <-o.finished:
		return true
	default:
		return o.ctx.Err() != nil
	}
}

// watch waits for the run to end, calling idle once whenever the head of
// the line has not moved for a tick.
func (o *orderer[T]) watch(idle func() error) {
	var tick <-chan time.Time
	if idle != nil {
		t := time.NewTicker(idleAfter)
		defer t.Stop()
		tick = t.C
	}
	seen, idled := -1, -1
	for {
		select {
		case <-o.finished:
			return
		case <-o.ctx.Done():
			return
		case <-tick:
		}
		o.mu.Lock()
		h := o.head
		if h == seen && h != idled && h < len(o.inputs) && !o.emitting && o.err == nil {
			idled = h
			o.emitting = true
			o.mu.Unlock()
			err := idle()
			o.mu.Lock()
			o.fail(err)
			o.drain() // the results left while idle ran
		}
		seen = o.head
		o.mu.Unlock()
	}
}
