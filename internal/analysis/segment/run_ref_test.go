package segment

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/news"
)

// runRef is splitter.run before it skipped plain ASCII stretches whole: the
// reference the skip must agree with.
func (sc *splitter) runRef(out []news.Span) []news.Span {
	text, hi := sc.text[:sc.hi], sc.hi // the reslice spares the hot loop bounds checks
	start, last := -1, -1
	atLineStart := true
	i := sc.lo
	for i < hi {
		if !isSpaceAt(text, i) {
			if start < 0 {
				if atLineStart {
					if n := bulletLen(text, i, hi); n > 0 {
						i += n
						atLineStart = false
						continue
					}
				}
				start = i
			}
			atLineStart = false
			for i++; i < len(text); i++ {
				if c := byteClass[text[i]]; c == 1 || c == 2 && spaceLen(text, i) > 0 {
					break
				}
			}
			last = i
			continue
		}
		ws0, nl, lastNL := i, 0, -1
		for i < hi {
			if c := text[i]; c == ' ' {
				i++
				continue
			} else if c == '\n' {
				i++
				nl, lastNL = nl+1, i
				continue
			}
			n := spaceLen(text, i)
			if n == 0 {
				break
			}
			if k := newlines(text, i, n); k > 0 {
				nl += k
				lastNL = i + n
			}
			i += n
		}
		// Most words end in a letter, mid-line: no boundary, no call.
		if nl == 0 && (start < 0 || text[ws0-1] < utf8.RuneSelf && !endByte[text[ws0-1]]) {
			continue
		}
		if start >= 0 && i < hi && sc.boundary(start, ws0, i, nl) {
			out = append(out, news.Span{Start: start, End: ws0})
			start = -1
		}
		if nl > 0 {
			sc.lineStart, atLineStart = lastNL, true
		}
		if nl >= 2 {
			sc.paraStart = i
		}
	}
	if start >= 0 {
		out = append(out, news.Span{Start: start, End: last})
	}
	return out
}

func checkSplitter(t *testing.T, lx *lexicon, text string) {
	t.Helper()
	for _, sp := range []news.Span{{Start: 0, End: len(text)}, {Start: len(text) / 3, End: len(text) - len(text)/4}} {
		sc := splitter{lx: lx, text: text, lo: sp.Start, hi: sp.End, lineStart: sp.Start, paraStart: sp.Start}
		sc.para.start = -1
		ref := sc
		if got, want := sc.run(nil), ref.runRef(nil); !reflect.DeepEqual(got, want) {
			t.Fatalf("sentences of %.80q in %v:\n got %v\nwant %v", text, sp, got, want)
		}
	}
}

func TestRunMatchesReference(t *testing.T) {
	files, _ := filepath.Glob("../../../testdata/*/*.txt")
	more, _ := filepath.Glob("testdata/*.txt")
	lx, err := loadLexicon("en")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range append(files, more...) {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		checkSplitter(t, lx, string(b))
	}
}

func FuzzRunMatchesReference(f *testing.F) {
	for _, s := range []string{"Mr. Smith went. He said \"no.\" Then\n\nx", "a  b\u00a0c. D", "x\r\ny. Z", "U.S. troops\tleft\v\fnow."} {
		f.Add(s)
	}
	lx, err := loadLexicon("en")
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) { checkSplitter(t, lx, text) })
}
