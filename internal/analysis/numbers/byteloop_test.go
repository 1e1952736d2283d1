package numbers

import "testing"

// BenchmarkByteLoop is a floor to read BenchmarkFind against on a loaded
// machine: the ratio of the two is steadier than either figure.

var sink int

func BenchmarkByteLoop(b *testing.B) {
	text := newsText(1 << 20)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		n := 0
		for i := 0; i < len(text); i++ {
			if isDigit(text[i]) || text[i] == ' ' {
				n++
			}
		}
		sink = n
	}
}
