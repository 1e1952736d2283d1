package cli

import (
	"context"
	"errors"
	"runtime"
	"runtime/metrics"
	"strconv"
	"sync/atomic"
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

// Many inputs of uneven cost, over several worker counts: every result is
// emitted once, in order, never by two goroutines at once, and no more
// than inFlightPerWorker per worker are taken up and not yet emitted.
func TestInOrderBoundsResultsInFlight(t *testing.T) {
	for _, n := range []int{1, 2, 5} {
		t.Run(strconv.Itoa(n), func(t *testing.T) {
			var inputs []string
			for i := range 300 {
				inputs = append(inputs, strconv.Itoa(i))
			}
			var inFlight, most, emitting atomic.Int64
			work := func(s string) (int, error) {
				for m, now := most.Load(), inFlight.Add(1); now > m && !most.CompareAndSwap(m, now); m = most.Load() {
				}
				i, _ := strconv.Atoi(s)
				if i%17 == 0 {
					time.Sleep(2 * time.Millisecond)
				}
				return i, nil
			}
			want := 0
			emit := func(s string, i int, err error) error {
				if emitting.Add(1) != 1 {
					t.Error("emit called by two goroutines at once")
				}
				defer emitting.Add(-1)
				inFlight.Add(-1)
				if i != want {
					t.Fatalf("emitted %d, want %d", i, want)
				}
				want++
				return nil
			}
			if err := inOrder(context.Background(), inputs, n, work, emit, func() error { return nil }); err != nil {
				t.Fatal(err)
			}
			if want != len(inputs) {
				t.Fatalf("emitted %d of %d", want, len(inputs))
			}
			if m := most.Load(); m > int64(inFlightPerWorker*n) {
				t.Errorf("%d results in flight, want at most %d", m, inFlightPerWorker*n)
			}
		})
	}
}

// The first error from emit ends the run: nothing is emitted after it, and
// inOrder returns it. A canceled context ends the run with its error.
func TestInOrderStops(t *testing.T) {
	inputs := make([]string, 200)
	work := func(string) (int, error) { return 0, nil }
	boom := errors.New("stdout closed")
	emitted := 0
	emit := func(string, int, error) error {
		emitted++
		if emitted == 10 {
			return boom
		}
		return nil
	}
	if err := inOrder(context.Background(), inputs, 3, work, emit, nil); !errors.Is(err, boom) {
		t.Errorf("error %v, want %v", err, boom)
	}
	if emitted != 10 {
		t.Errorf("emitted %d after the error, want 10", emitted)
	}

	ctx, cancel := context.WithCancel(context.Background())
	emitted = 0
	emit = func(string, int, error) error {
		if emitted++; emitted == 5 {
			cancel()
		}
		return nil
	}
	if err := inOrder(ctx, inputs, 2, work, emit, nil); !errors.Is(err, context.Canceled) {
		t.Errorf("error %v, want %v", err, context.Canceled)
	}
	if emitted >= len(inputs) {
		t.Errorf("emitted all %d inputs after cancel", emitted)
	}
	if err := inOrder(context.Background(), nil, 2, work, emit, nil); err != nil {
		t.Errorf("no inputs: %v", err)
	}
}

// BenchmarkInOrder measures inOrder's own cost per input: two workers on
// short inputs of uneven cost (one in 16 ten times the others), emitted in
// order. With -cpu 2 it shows whether the workers keep both cores busy.
func BenchmarkInOrder(b *testing.B) {
	inputs := make([]string, 4096)
	for i := range inputs {
		inputs[i] = strconv.Itoa(i)
	}
	work := func(s string) (int, error) {
		i, _ := strconv.Atoi(s)
		n := 2000
		if i%16 == 0 {
			n *= 10
		}
		h := uint32(i)
		for range n {
			h = h*16777619 ^ 0x9e3779b9
		}
		return int(h), nil
	}
	sum := 0
	emit := func(_ string, v int, _ error) error { sum += v; return nil }
	// The cores' idle share is the runtime's own account, which the other
	// processes on a shared machine do not blur as they do the time.
	// (It is brought up to date by a collection.)
	cpu := []metrics.Sample{{Name: "/cpu/classes/idle:cpu-seconds"}, {Name: "/cpu/classes/total:cpu-seconds"}}
	runtime.GC()
	metrics.Read(cpu)
	idle0, total0 := cpu[0].Value.Float64(), cpu[1].Value.Float64()
	for b.Loop() {
		if err := inOrder(context.Background(), inputs, 2, work, emit, func() error { return nil }); err != nil {
			b.Fatal(err)
		}
	}
	runtime.GC()
	metrics.Read(cpu)
	b.ReportMetric(100*(cpu[0].Value.Float64()-idle0)/(cpu[1].Value.Float64()-total0), "%idle")
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(inputs)), "ns/input")
}
