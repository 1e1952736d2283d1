package cli

import (
	"context"
	"sync"
)

// inOrder analyzes inputs with n workers and hands the results to emit in
// input order, keeping at most 2n results in flight so memory stays flat
// however many inputs there are.
func inOrder[T any](ctx context.Context, inputs []string, n int, work func(string) (T, error), emit func(string, T, error) error) error {
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
	for i := range inputs {
		var r result
		select {
		case r = <-slots[i]:
		case <-ctx.Done():
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
