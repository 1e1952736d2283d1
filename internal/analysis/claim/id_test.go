package claim

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"strings"
	"testing"
)

// claimIDRef is claimID as first written, the reference for the stack-buffer one.
func claimIDRef(doc, typ string, start, end int) string {
	h := sha256.New()
	h.Write([]byte(doc))
	h.Write([]byte{0})
	h.Write([]byte(typ))
	h.Write([]byte{0})
	h.Write([]byte(strconv.Itoa(start) + ":" + strconv.Itoa(end)))
	return hex.EncodeToString(h.Sum(nil)[:12])
}

func TestClaimIDMatchesReference(t *testing.T) {
	for _, doc := range []string{"", "d0c1d", "/tmp/a b/ü.txt", strings.Repeat("x", 300), "nul\x00in"} {
		for _, typ := range []string{"quantity", "statement", ""} {
			for _, se := range [][2]int{{0, 0}, {12, 40}, {-1, 5}, {1 << 40, 1<<40 + 3}} {
				if got, want := claimID(doc, typ, se[0], se[1]), claimIDRef(doc, typ, se[0], se[1]); got != want {
					t.Errorf("claimID(%q, %q, %v) = %s, want %s", doc, typ, se, got, want)
				}
			}
		}
	}
}

func FuzzClaimID(f *testing.F) {
	f.Add("doc", "quantity", 1, 2)
	f.Fuzz(func(t *testing.T, doc, typ string, start, end int) {
		if got, want := claimID(doc, typ, start, end), claimIDRef(doc, typ, start, end); got != want {
			t.Fatalf("claimID(%q, %q, %d, %d) = %s, want %s", doc, typ, start, end, got, want)
		}
	})
}

func BenchmarkClaimID(b *testing.B) {
	for b.Loop() {
		claimID("2f1c9a0b7d3e4f5a6b7c8d9e", "quantity", 1234, 1261)
	}
}
