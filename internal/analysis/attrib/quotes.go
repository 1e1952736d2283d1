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
	for i := 0; i < len(text); {
		if !markByte[text[i]] {
			i++ // most of the text: no mark starts here
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

// markByte holds the bytes that start a mark quoteRegions reads: '"',
// '\n', and the first bytes of the UTF-8 encodings of '“', '”', '„' (E2)
// and '«', '»' (C2). Other bytes, continuation bytes among them, are
// skipped one at a time, which finds the same marks as decoding every rune:
// neither E2 nor C2 can continue a rune.
var markByte = [256]bool{'"': true, '\n': true, 0xC2: true, 0xE2: true}

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
