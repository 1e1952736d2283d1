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

// TestIDHasherMatchesReference: the IDs an idHasher writes, from the
// state after a document's whole blocks, are claimID's, for documents of
// no, one and several blocks, and a pooled state serves the next document.
func TestIDHasherMatchesReference(t *testing.T) {
	docs := []string{"", "d0c1d", strings.Repeat("a", 63), strings.Repeat("b", 64), strings.Repeat("c", 65),
		"593ae6987e6a308675bb97720000000000000000000000000000000000000000", strings.Repeat("d", 200)}
	for _, doc := range docs {
		x := newIDHasher(doc)
		var b strings.Builder
		var want string
		for _, typ := range []string{"quantity", "statement"} {
			for _, se := range [][2]int{{0, 0}, {12, 40}, {-1, 5}, {1 << 40, 1<<40 + 3}} {
				x.write(&b, typ, se[0], se[1])
				want += claimIDRef(doc, typ, se[0], se[1])
			}
		}
		x.release()
		if b.String() != want {
			t.Errorf("doc %q: IDs %s, want %s", doc, b.String(), want)
		}
	}
}

// BenchmarkIDHasher writes the IDs of 20 claims of a document whose ID is
// 64 hex digits, as extract's are.
func BenchmarkIDHasher(b *testing.B) {
	doc := "593ae6987e6a308675bb97720000000000000000000000000000000000000000"
	b.ReportAllocs()
	for b.Loop() {
		var ids strings.Builder
		ids.Grow(20 * idLen)
		x := newIDHasher(doc)
		for i := range 20 {
			x.write(&ids, "quantity", 100*i, 100*i+17)
		}
		x.release()
	}
}

// BenchmarkWriteClaimID is BenchmarkIDHasher hashing each ID whole.
func BenchmarkWriteClaimID(b *testing.B) {
	doc := "593ae6987e6a308675bb97720000000000000000000000000000000000000000"
	b.ReportAllocs()
	for b.Loop() {
		var ids strings.Builder
		ids.Grow(20 * idLen)
		for i := range 20 {
			writeClaimID(&ids, doc, "quantity", 100*i, 100*i+17)
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
