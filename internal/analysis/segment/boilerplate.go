package segment

import (
	"strings"

	"github.com/sitrep/sitrep/internal/news"
)

// Limits on the size of lines the shape rules accept. Page furniture is
// short; a long line is prose whatever words it holds.
const (
	maxDateWords   = 12
	maxDateRunes   = 80
	maxAvatarWords = 5
	maxShareWords  = 8
	maxBylineWords = 16
	maxNameWords   = 6
	maxCreditWords = 15
	minSaladWords  = 6
	maxRelatedRest = 3  // words after a related cue in a heading without ":"
	shortLineWords = 6  // a short line needs only one cue of weight 1
	maxHeaderWords = 30 // lines longer than this are never header furniture
)

// cueScore adds up the weights of the cue phrases in the line.
func (lx *lexicon) cueScore(lw *lowerer) int {
	score := 0
	for i := 0; i < len(lw.words); i++ {
		// The first-word filter, ahead of match, spares most words a call.
		if w := &lw.words[i]; w.flags&wASCII != 0 && !lx.cues.mayStart(w.key) {
			continue
		}
		if ph, ok := lw.match(lx.cues, i); ok {
			score += ph.weight
			i += len(ph.words) - 1
		}
	}
	return score
}

func isURL(raw string) bool {
	if strings.ContainsAny(raw, " \t") {
		return false
	}
	for _, p := range []string{"http://", "https://", "www."} {
		if len(raw) >= len(p) && strings.EqualFold(raw[:len(p)], p) {
			return true
		}
	}
	return false
}

// dateLine: a short line of date words and numbers only, with a month or
// weekday, or two numbers with date or time separators ("06.11.2024 14:00").
func (lx *lexicon) dateLine(raw string, ln *line, lw *lowerer) bool {
	if ln.words > maxDateWords || ln.runes > maxDateRunes {
		return false
	}
	strong, nums := 0, 0
	for i, w := range lw.words {
		if w.flags&wNumeric != 0 {
			nums++
			continue
		}
		switch lx.dates.of(lw, i) {
		case 0:
			return false
		case 2:
			strong++
		}
	}
	return strong > 0 || nums >= 2 && strings.ContainsAny(raw, ":/-.")
}

// avatarLine: a short line ending in "avatar" or the like ("EFE avatar").
func (lx *lexicon) avatarLine(lw *lowerer) bool {
	n := len(lw.words)
	if n > maxAvatarWords {
		return false
	}
	for i := range n {
		if ph, ok := lw.match(lx.avatar, i); ok && i+len(ph.words) == n {
			return true
		}
	}
	return false
}

// bylineName: "By NAME", optionally followed by a separator and a date. It
// sets name to the name's span.
func (lx *lexicon) bylineName(text string, lw *lowerer, name *news.Span) bool {
	n := len(lw.words)
	if n < 2 || n > maxBylineWords || lw.words[0].flags&wUpper == 0 {
		return false
	}
	ph, ok := lw.match(lx.byline, 0)
	if !ok || ph.colon {
		return false
	}
	k := len(ph.words)
	if k >= n || lw.words[k].flags&wUpper == 0 {
		return false
	}
	end := k
	for end < n && end-k < maxNameWords {
		w := lw.words[end]
		if end > k && !nameGap(text[lw.words[end-1].End:w.Start]) {
			break
		}
		if w.flags&wUpper == 0 && !lx.connectors.has(lw, end) {
			break
		}
		end++
	}
	for end > k && lx.connectors.has(lw, end-1) && lw.words[end-1].flags&wUpper == 0 {
		end--
	}
	// Whatever follows the name must be a date ("| Nov 6, 2024 02:00 EST").
	for i := end; i < n; i++ {
		if lw.words[i].flags&wNumeric == 0 && lx.dates.of(lw, i) == 0 {
			return false
		}
	}
	*name = news.Span{Start: lw.words[k].Start, End: lw.words[end-1].End}
	return true
}

// nameGap reports whether the text between two words can sit inside a name
// ("J. Smith", "Smith, Jones & Co").
func nameGap(gap string) bool {
	for i := 0; i < len(gap); i++ {
		switch gap[i] {
		case ' ', '\t', '.', ',', '&', 0xC2, 0xA0: // 0xC2 0xA0 is a no-break space
		default:
			return false
		}
	}
	return true
}

// creditLine: an image caption or credit: a short line with a credit cue
// ("Soldiers in Sumy. Photo: NAME", "Getty Images"), a line opening with
// one, or a longer line whose last parenthesis holds one ("... in Kursk.
// (Photo by X/AFP)").
func (lx *lexicon) creditLine(text string, lo, hi int, lw *lowerer) bool {
	n := len(lw.words)
	paren := -1
	if text[hi-1] == ')' {
		paren = strings.LastIndexByte(text[lo:hi], '(') + lo
	}
	for i := range n {
		if i > 0 && n > maxCreditWords && (paren < lo || lw.words[i].Start < paren) {
			continue // a long line: only its opening and last parenthesis count
		}
		ph, ok := lw.match(lx.credits, i)
		if !ok {
			continue
		}
		last := lw.words[i+len(ph.words)-1]
		if ph.colon {
			// "Photo: NAME" opens the line or follows the caption in a short one.
			if (i == 0 || n <= maxCreditWords) && strings.HasPrefix(strings.TrimLeft(text[last.End:hi], " \t"), ":") {
				return true
			}
			continue
		}
		if i == 0 || n <= maxCreditWords || paren >= lo && lw.words[i].Start > paren {
			return true
		}
	}
	return false
}

// shareLine: a short line of share-button words only, one of them decisive
// ("Share on Facebook", "Tweet", "Email this article").
func (lx *lexicon) shareLine(lw *lowerer) bool {
	if len(lw.words) > maxShareWords {
		return false
	}
	strong := false
	for i, w := range lw.words {
		if w.flags&wNumeric != 0 {
			continue
		}
		switch lx.chrome.of(lw, i) {
		case 0:
			return false
		case 2:
			strong = true
		}
	}
	return strong
}

// relatedHeading: a line opening with a related-links cue, followed by ":"
// ("Read more: TITLE") or by a few words at most.
func (lx *lexicon) relatedHeading(text string, ln *line, lw *lowerer) bool {
	ph, ok := lw.match(lx.related, 0)
	if !ok {
		return false
	}
	k := len(ph.words)
	after := strings.TrimLeft(text[lw.words[k-1].End:ln.End], " \t")
	if strings.HasPrefix(after, ":") {
		return true
	}
	return len(lw.words)-k <= maxRelatedRest && ln.end != endPeriod
}

// saladLine: six or more lowercase words with nothing but space between
// them and hardly a function word: search keywords or a URL slug turned
// into text, not a sentence.
func (lx *lexicon) saladLine(text string, lw *lowerer) bool {
	n := len(lw.words)
	if n < minSaladWords {
		return false
	}
	function := 0
	for i, w := range lw.words {
		if w.flags&(wUpper|wAllCaps) != 0 && w.flags&wNumeric == 0 {
			return false
		}
		if i > 0 && strings.TrimLeft(text[lw.words[i-1].End:w.Start], " \t") != "" {
			return false
		}
		if lx.function.has(lw, i) {
			function++
		}
	}
	if lx.function.len() == 0 {
		return n >= 2*minSaladWords // no list to judge by: ask for more words
	}
	return 8*function < n
}

// bioOpening: "NAME is a ... writer", "NAME covers ... as a correspondent":
// one to four capitalised words, a bio verb, and a profession later on.
func (lx *lexicon) bioOpening(lw *lowerer) bool {
	n := len(lw.words)
	i := 0
	for i < n && i < 4 && lw.words[i].flags&wUpper != 0 {
		i++
	}
	if i == 0 || i >= n || !lx.bioVerbs.has(lw, i) {
		return false
	}
	for j := i + 1; j < n; j++ {
		if lx.bio.has(lw, j) {
			return true
		}
	}
	return false
}

// separators counts the item separators of a navigation or metadata line:
// every "|", and "·", "•", "»", "›" after a space.
func separators(raw string) int {
	n := 0
	for i := 0; i < len(raw); i++ {
		if sepLen(raw, i) > 0 {
			n++
		}
	}
	return n
}

// separatorAt returns where the first separator of raw is and its length
// in bytes, or -1 and 0.
func separatorAt(raw string) (int, int) {
	for i := 0; i < len(raw); i++ {
		if n := sepLen(raw, i); n > 0 {
			return i, n
		}
	}
	return -1, 0
}

// sepLen returns the length of the separator at raw[i] ("|", or a space
// before "·", "•", "»" or "›"), or 0.
func sepLen(raw string, i int) int {
	switch raw[i] {
	case '|':
		return 1
	case ' ':
		if i+1 >= len(raw) || raw[i+1] < 0xC2 {
			return 0 // all four separators are two or three bytes from 0xC2
		}
		for _, sep := range [...]string{"·", "•", "»", "›"} {
			if strings.HasPrefix(raw[i+1:], sep) {
				return 1 + len(sep)
			}
		}
	}
	return 0
}

// shape reports whether every word with letters is in capitals, and
// whether at least three words in four are numbers or date words (a
// dateline, "May 5 · 4 min read"). It stops looking words up once too many
// are neither: most header lines are prose.
func (lx *lexicon) shape(lw *lowerer) (allCaps, dateLike bool) {
	letters, caps := 0, 0
	for _, w := range lw.words {
		if w.flags&wNumeric == 0 {
			letters++
			if w.flags&wAllCaps != 0 {
				caps++
			}
		}
	}
	n, other := len(lw.words), 0
	for i, w := range lw.words {
		if w.flags&wNumeric != 0 || lx.dates.of(lw, i) > 0 {
			continue
		}
		if other++; 4*(n-other) < 3*n {
			break
		}
	}
	return letters > 0 && caps == letters, 4*(n-other) >= 3*n
}
