package gazetteer

import (
	"fmt"
	"testing"
)

// TestBloom checks that the filter keeps every key it holds and, sized by
// its keys, turns most other words away however many keys it holds.
func TestBloom(t *testing.T) {
	for _, n := range []int{0, 10, 1600, 4700, 20000} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			keys := make([]string, n)
			for i := range keys {
				keys[i] = fmt.Sprintf("name%d", i)
			}
			b := newBloom(keys)
			if len(b.bits)*64 < minBloomBits || len(b.bits)*64 < 16*n {
				t.Errorf("%d bits for %d keys", len(b.bits)*64, n)
			}
			for _, k := range keys {
				if !b.mayHave(keyHash(k)) {
					t.Fatalf("key %q lost", k)
				}
			}
			const tries = 20000
			through := 0
			for i := range tries {
				if b.mayHave(keyHash(fmt.Sprintf("word%d", i))) {
					through++
				}
			}
			if rate := float64(through) / tries; rate > 0.03 {
				t.Errorf("%.3f of other words get through", rate)
			}
		})
	}
}

// TestDefaultBloomRejects checks the filter of the embedded gazetteer
// against words it does not hold.
func TestDefaultBloomRejects(t *testing.T) {
	g := mustDefault(t)
	const tries = 20000
	through := 0
	for i := range tries {
		if g.first.mayHave(keyHash(fmt.Sprintf("zz%d", i))) {
			through++
		}
	}
	if rate := float64(through) / tries; rate > 0.03 {
		t.Errorf("%.3f of other words get through", rate)
	}
}
