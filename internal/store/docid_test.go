package store

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"testing"
)

func TestDocID(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
		{"abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
	} {
		t.Run(tt.text, func(t *testing.T) {
			if got := DocID(tt.text); got != tt.want {
				t.Errorf("DocID(%q) = %s, want %s", tt.text, got, tt.want)
			}
		})
	}
	long := strings.Repeat("Kyiv, 3 March (Reuters) - ", 1000)
	h := sha256.Sum256([]byte(long))
	if got, want := DocID(long), hex.EncodeToString(h[:]); got != want {
		t.Errorf("DocID(long) = %s, want %s", got, want)
	}
}

func BenchmarkDocID(b *testing.B) {
	text := strings.Repeat("Some 5,000 civilians had been trained near the border. ", 40)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		DocID(text)
	}
}
