package numbers

import "testing"

func BenchmarkScan(b *testing.B) {
	r := mustNew(b)
	text := newsText(1 << 20)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		n := 0
		for pos := 0; pos < len(text); {
			t := r.lx.next(text, pos)
			if t.kind == tEOF {
				break
			}
			if r.lx.trigger(text, t) {
				n++
			}
			pos = t.end
		}
	}
}
