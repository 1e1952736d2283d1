package cli

import (
	"context"
	"errors"
	"strconv"
	"testing"
	"time"
)

func TestInOrderKeepsInputOrder(t *testing.T) {
	var inputs []string
	for i := range 50 {
		inputs = append(inputs, strconv.Itoa(i))
	}
	work := func(s string) (int, error) {
		n, _ := strconv.Atoi(s)
		time.Sleep(time.Duration(n%7) * 100 * time.Microsecond)
		return n, nil
	}
	var got []int
	emit := func(s string, n int, err error) error {
		got = append(got, n)
		return err
	}
	if err := inOrder(context.Background(), inputs, 3, work, emit, nil); err != nil {
		t.Fatal(err)
	}
	for i, n := range got {
		if n != i {
			t.Fatalf("result %d is %d: %v", i, n, got)
		}
	}
	if len(got) != len(inputs) {
		t.Fatalf("%d results for %d inputs", len(got), len(inputs))
	}
}

// A slow input makes inOrder call idle (extract flushes there) while it
// waits; a failing idle ends the run with its error.
func TestInOrderIdle(t *testing.T) {
	inputs := []string{"fast", "slow", "fast"}
	work := func(s string) (string, error) {
		if s == "slow" {
			time.Sleep(4 * idleAfter)
		}
		return s, nil
	}
	var emitted []string
	emit := func(s, v string, err error) error { emitted = append(emitted, v); return nil }
	idles := 0
	idle := func() error { idles++; return nil }
	if err := inOrder(context.Background(), inputs, 2, work, emit, idle); err != nil {
		t.Fatal(err)
	}
	if idles == 0 {
		t.Error("idle not called while waiting on a slow input")
	}
	if len(emitted) != 3 {
		t.Errorf("emitted %v", emitted)
	}

	boom := errors.New("stdout closed")
	emitted = nil
	err := inOrder(context.Background(), inputs, 1, work, emit, func() error { return boom })
	if !errors.Is(err, boom) {
		t.Errorf("error %v, want %v", err, boom)
	}
	if len(emitted) > 1 {
		t.Errorf("emitted %v after idle failed", emitted)
	}
}
