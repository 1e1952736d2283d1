package segment

import (
	"strings"
	"sync"

	"github.com/sitrep/sitrep/internal/news"
)

// kind is what a line was taken for. Every kind but kindContent is
// boilerplate.
type kind uint8

const (
	kindContent kind = iota
	kindAppeal       // cue phrases: appeals, subscriptions, ads, cookie notices, wire credits
	kindRelated      // "Keep reading:", "Related:", "Read more: ..."
	kindLink         // an item of the link list after a related heading
	kindShare        // share buttons and page furniture
	kindCredit       // an image caption or credit
	kindAvatar       // an author picture's alt text
	kindDate         // a date or time header line
	kindByline       // "By NAME"
	kindBio          // an author bio at the end
	kindSalad        // keywords strung together, no sentence
	kindURL          // a bare link
	kindRepeat       // the headline again
	kindNav          // navigation: "Home | World | Business"
	kindRule         // no words: "---", "###", "* * *"
	kindHeader       // masthead, section label or reading time around the headline
)

var kindNames = [...]string{"content", "appeal", "related", "link", "share", "credit", "avatar",
	"date", "byline", "bio", "salad", "url", "repeat", "nav", "rule", "header"}

func (k kind) String() string { return kindNames[k] }

// maxCountedBytes bounds the lines whose runes are counted: every rule
// that reads a length draws its line below it.
const maxCountedBytes = 1200

// line is one line of the text and what its shape says.
type line struct {
	news.Span // the line trimmed of space; empty for a blank line
	kind      kind
	words     int
	runes     int
	score     int       // the weights of the cue phrases it holds
	bullet    bool      // opens with a list marker
	end       ending    // the punctuation it ends with, past closing quotes
	first     rune      // the first rune after any list marker
	last      rune      // the last rune
	endsWeak  bool      // its last word is a function word ("of", "the")
	bio       bool      // reads like the opening of an author bio
	seps      int       // separators between items: "Home | World", "May 5 · 4 min read"
	allCaps   bool      // every word in capitals (header lines only)
	dateLike  bool      // three words in four are numbers or date words (header lines only)
	byline    news.Span // for a byline: the name
}

func (l *line) blank() bool { return l.Empty() }

// classify splits text into lines ('\n'; a '\r' before it is space) and
// classifies each line on its own. Rules that need neighbours are in layout.
func (lx *lexicon) classify(text string) []line {
	return lx.appendLines(make([]line, 0, strings.Count(text, "\n")+1), text)
}

// lineBufs keeps the line slices of Annotate from document to document:
// a line holds no pointers, and a document's lines are dropped once its
// layout is read.
var lineBufs sync.Pool // *[]line

// maxPooledLines keeps the lines of a rare huge document out of the pool.
const maxPooledLines = 1 << 14

// appendLines is classify appending to ls.
func (lx *lexicon) appendLines(ls []line, text string) []line {
	lw := lowerers.Get().(*lowerer)
	defer putLowerer(lw)
	nonBlank := 0
	for i := 0; ; {
		j := strings.IndexByte(text[i:], '\n')
		if j < 0 {
			j = len(text)
		} else {
			j += i
		}
		lo, hi := trimSpace(text, i, j)
		ln := line{Span: news.Span{Start: lo, End: hi}}
		if lo < hi {
			// Only the header lines, where the headline is sought, need
			// their shape (allCaps, dateWords).
			lx.analyze(text, &ln, lw, nonBlank < headlineWithin)
			nonBlank++
		}
		ls = append(ls, ln)
		if j == len(text) {
			return ls
		}
		i = j + 1
	}
}

// lowerers keeps the word buffers of classify from document to document.
var lowerers = sync.Pool{New: func() any { return new(lowerer) }}

// maxPooledWords keeps the buffers of a rare huge line out of the pool.
const maxPooledWords = 1 << 12

func putLowerer(lw *lowerer) {
	if cap(lw.words) > maxPooledWords || cap(lw.buf) > 16*maxPooledWords {
		return
	}
	lw.text, lw.buf, lw.words = "", lw.buf[:0], lw.words[:0] // hold no document
	lowerers.Put(lw)
}

// analyze measures a non-blank line and applies the single-line rules, the
// most specific first.
func (lx *lexicon) analyze(text string, ln *line, lw *lowerer, header bool) {
	lo, hi := ln.Start, ln.End
	if n := bulletLen(text, lo, hi); n > 0 {
		ln.bullet = true
		lo, _ = trimSpace(text, lo+n, hi)
	}
	// Rules ask only whether a line is short; a long line's byte length will do.
	if ln.runes = hi - lo; ln.runes <= maxCountedBytes {
		ln.runes = runeCount(text, lo, hi)
	}
	ln.first, _ = runeAt(text, lo, hi)
	ln.last, _ = lastRune(text, lo, hi)
	sc := splitter{text: text}
	ln.end, _ = sc.terminal(lo, hi)

	lw.split(text, lo, hi)
	ln.words = len(lw.words)
	if ln.words > 0 {
		ln.endsWeak = lx.function.has(lw, ln.words-1)
	}
	ln.score = lx.cueScore(lw)
	ln.bio = lx.bioOpening(lw)
	raw := text[lo:hi]
	if ln.words <= maxHeaderWords {
		ln.seps = separators(raw)
		if header {
			ln.allCaps, ln.dateLike = lx.shape(lw)
		}
	}
	switch {
	case ln.words == 0:
		ln.kind = kindRule
	case isURL(raw):
		ln.kind = kindURL
	case lx.dateLine(raw, ln, lw):
		ln.kind = kindDate
	case lx.avatarLine(lw):
		ln.kind = kindAvatar
	case lx.bylineName(text, lw, &ln.byline):
		ln.kind = kindByline
	case lx.creditLine(text, lo, hi, lw):
		ln.kind = kindCredit
	case lx.shareLine(lw):
		ln.kind = kindShare
	case lx.relatedHeading(text, ln, lw):
		ln.kind = kindRelated
	case lx.saladLine(text, lw):
		ln.kind = kindSalad
	case ln.seps >= 2 && ln.words <= 4*(ln.seps+1) && ln.end != endPeriod:
		ln.kind = kindNav
	case ln.score >= 2 || ln.score >= 1 && ln.words <= shortLineWords:
		ln.kind = kindAppeal
	}
}

// titleLike reports whether a line reads like a title: not a list item,
// not lowercase, not cut off at a comma, and with no final period unless it
// is short.
func (lx *lexicon) titleLike(l *line) bool {
	if l.blank() || l.bullet || l.words < 2 || l.runes > 300 || isLower(l.first) {
		return false
	}
	switch l.last {
	case ',', ';', ':', '-', '–', '—':
		return false
	}
	return l.end != endPeriod || l.words <= 10
}
