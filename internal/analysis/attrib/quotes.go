package attrib

import (
	"math/bits"
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
	for i := 0; i < len(text); {
		if i+8 <= len(text) {
			// Most of the text: eight bytes at a time, to the first mark.
			m := markMask(text, i)
			if m == 0 {
				i += 8
				continue
			}
			i += bits.TrailingZeros64(m) / 8
		} else if !markByte[text[i]] {
			i++ // the last few bytes, one at a time
			continue
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
		i += n
	}
	return out
}

// markByte holds the bytes that start a mark quoteRegions reads (and
// markMask tests for): '"',
// '\n', and the first bytes of the UTF-8 encodings of '“', '”', '„' (E2)
// and '«', '»' (C2). Other bytes, continuation bytes among them, are
// skipped one at a time, which finds the same marks as decoding every rune:
// neither E2 nor C2 can continue a rune.
var markByte = [256]bool{'"': true, '\n': true, 0xC2: true, 0xE2: true}

// markMask tests the eight bytes text[i:i+8] at once for the bytes of
// markByte: its lowest set bit is the high bit of the first such byte,
// and it is zero when there is none. A byte equal to b turns zero under
// an XOR with b in every byte, and (y - 0x01…) &^ y & 0x80… marks the
// first zero byte of y exactly (a borrow only runs upwards, so only
// bits above it may be set wrongly).
func markMask(text string, i int) uint64 {
	b := text[i : i+8]
	x := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	zero := func(y uint64) uint64 { return (y - ones) &^ y & highs }
	return zero(x^('"'*ones)) | zero(x^('\n'*ones)) | zero(x^(0xC2*ones)) | zero(x^(0xE2*ones))
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
