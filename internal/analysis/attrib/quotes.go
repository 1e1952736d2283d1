package attrib

import (
	"strings"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/news"
)

// quoteRegions returns the spans of quoted speech in text, each covering the
// words between an opening and a closing mark (marks excluded). Curly
// quotes pair by direction; straight double quotes pair in order. A region
// may run over several sentences. Single quotes are left out: they mark
// terms ('suicide drones') far more often than speech in news copy.
func quoteRegions(text string) []news.Span {
	var out []news.Span
	open, straight := -1, -1
	// next[k] is where markBytes[k] is next found: the loop goes from
	// mark to mark, each found by strings.IndexByte, which scans many
	// bytes an instruction; bytes between marks are never looked at.
	var next [len(markBytes)]int
	for k, b := range markBytes {
		next[k] = indexFrom(text, 0, b)
	}
	for {
		i := min(next[0], next[1], next[2], next[3])
		if i == len(text) {
			return out
		}
		r, n := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[i:])
		}
		switch r {
		case '“', '«', '„':
			open = i + n
		case '”', '»':
			if open >= 0 {
				out = append(out, news.Span{Start: open, End: i})
				open = -1
			}
		case '"':
			if straight < 0 {
				straight = i + n
			} else {
				out = append(out, news.Span{Start: straight, End: i})
				straight = -1
			}
		case '\n':
			// A paragraph break closes nothing in wire copy (a quote may
			// continue in the next paragraph with a fresh opening mark), but
			// an opening mark without a close in two paragraphs is a stray.
			if i+1 < len(text) && text[i+1] == '\n' && open >= 0 && strings.Count(text[open:i], "\n") > 2 {
				open = -1
			}
		}
		// The rune read covers [i, i+n): no mark starts inside it.
		for k, b := range markBytes {
			if next[k] < i+n {
				next[k] = indexFrom(text, i+n, b)
			}
		}
	}
}

// markBytes are the bytes that start a mark quoteRegions reads: '"',
// '\n', and the first bytes of the UTF-8 encodings of '“', '”', '„' (E2)
// and '«', '»' (C2). Reading from one to the next finds the same marks
// as decoding every rune: neither E2 nor C2 can continue a rune, and a
// valid rune's other bytes are none of these.
var markBytes = [4]byte{'"', '\n', 0xC2, 0xE2}

// indexFrom returns the first index of b in text at or after from, or
// len(text).
func indexFrom(text string, from int, b byte) int {
	if k := strings.IndexByte(text[from:], b); k >= 0 {
		return from + k
	}
	return len(text)
}

// regionAt returns the quote region containing off, or false.
func regionAt(regions []news.Span, off int) (news.Span, bool) {
	for _, r := range regions {
		if r.Start <= off && off <= r.End {
			return r, true
		}
		if r.Start > off {
			break
		}
	}
	return news.Span{}, false
}
