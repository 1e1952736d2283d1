package token

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/news"
)

// maxSpeakerLabel bounds a transcript's speaker label in bytes
// ("SECRETARY LORENZANA", "LT. GEN. JOHN SMITH").
const maxSpeakerLabel = 48

// maxLabelRole bounds the parenthesis after a speaker label's name that
// says who the speaker is ("(Minister of Internal Affairs)").
const maxLabelRole = 64

// SpeakerLabel reports the speaker label that opens the line holding off,
// as transcripts write them: capitalized words in upper case, one to five
// of them, then a colon ("SECRETARY LORENZANA: ...", "Q: ..."), perhaps
// with who the speaker is in brackets before the colon ("BESA HALIMI
// (Kosovo Police spokesperson): ...") and honorifics in mixed case before
// the name ("Hon STUART NASH: ..."). It returns the label's start and
// end (the colon excluded); ok false when the line opens otherwise. A
// label needs a letter-only word of two or more letters or the single
// letters Q and A, so "UPDATE 2:" and "14:05" are none. LabelParts
// splits the name from the bracket.
func SpeakerLabel(text string, off int) (start, end int, ok bool) {
	off = min(max(off, 0), len(text))
	start = strings.LastIndexByte(text[:off], '\n') + 1
	// Only the label's few bytes are read: a long line costs nothing more.
	line := text[start:min(len(text), start+maxSpeakerLabel+maxLabelRole+4)]
	if i := strings.IndexByte(line, '\n'); i >= 0 {
		line = line[:i]
	}
	if line == "" || line[0] >= 'a' && line[0] <= 'z' || line[0] >= '0' && line[0] <= '9' {
		return 0, 0, false // labels open with a capital
	}
	colon := strings.IndexByte(line, ':')
	if colon <= 0 || colon+1 < len(line) && line[colon+1] != ' ' {
		return 0, 0, false
	}
	label, _ := LabelParts(line[:colon])
	if len(label) > maxSpeakerLabel || colon-len(label) > maxLabelRole+3 {
		return 0, 0, false
	}
	if strings.TrimSpace(label) != label {
		return 0, 0, false
	}
	// The words go into an array on the stack: asked at every line that
	// opens a sentence, strings.Fields cost an allocation each time.
	var wordBuf [maxSpeakerWords]string
	words := wordBuf[:0]
	for w := range strings.FieldsSeq(label) {
		if len(words) == maxSpeakerWords {
			return 0, 0, false
		}
		words = append(words, w)
	}
	if len(words) == 0 {
		return 0, 0, false
	}
	if len(words) == 1 && (words[0] == "Q" || words[0] == "A") {
		return start, start + colon, true
	}
	named := false
	for len(words) > 1 && honorifics[words[0]] {
		words = words[1:] // "Hon STUART NASH (Minister of Police):", as Hansard writes
	}
	for _, w := range words {
		letters := 0
		for _, r := range w {
			switch {
			case unicode.IsLetter(r):
				if !unicode.IsUpper(r) {
					return 0, 0, false
				}
				letters++
			case r == '.' || r == '-' || r == '\'' || r == '’':
			default:
				return 0, 0, false
			}
		}
		if letters >= 2 && letters == utf8.RuneCountInString(strings.Trim(w, ".-'’")) {
			named = true
		}
	}
	if !named {
		return 0, 0, false
	}
	return start, start + colon, true
}

// maxSpeakerWords is the most words of a speaker label's name.
const maxSpeakerWords = 5

// honorifics may open a speaker label in mixed case before the name in
// capitals: "Hon STUART NASH", "Mr SPEAKER", "Rt Hon JOHN SMITH".
var honorifics = map[string]bool{"Hon": true, "Hon.": true, "Rt": true, "Rt.": true, "Mr": true, "Mr.": true, "Mrs": true, "Mrs.": true, "Ms": true, "Ms.": true, "Dr": true, "Dr.": true, "Sir": true, "Dame": true}

// LabelParts splits a speaker label into the name and what its brackets
// say of the speaker: "BESA HALIMI (Kosovo Police spokesperson)" gives
// "BESA HALIMI" and "Kosovo Police spokesperson". A label without a
// closing bracket at its end is all name; a name with no words before
// the bracket is none.
func LabelParts(label string) (name, role string) {
	if !strings.HasSuffix(label, ")") {
		return label, ""
	}
	i := strings.LastIndex(label, " (")
	if i <= 0 || strings.ContainsAny(label[i+2:len(label)-1], "()") {
		return label, ""
	}
	return label[:i], label[i+2 : len(label)-1]
}

// Question reports whether a speaker label is an interviewer's: "Q",
// "QUESTION", "REPORTER", "INTERVIEWER", "MODERATOR".
func Question(label string) bool {
	label, _ = LabelParts(label)
	switch strings.ToUpper(strings.TrimSpace(label)) {
	case "Q", "QUESTION", "REPORTER", "INTERVIEWER", "MODERATOR", "JOURNALIST":
		return true
	}
	return false
}

// QuestionParagraph reports whether sentence i of d is a question that is
// a paragraph of its own, with no speaker label, as interviews set their
// questions.
func QuestionParagraph(d *news.Doc, i int) bool {
	s := d.Sentences[i]
	if s.Boilerplate || !strings.Contains(s.Span.Of(d.Text), "?") {
		return false
	}
	if !strings.HasSuffix(strings.TrimRight(s.Span.Of(d.Text), " \t\n\"”’"), "?") {
		return false
	}
	if _, _, ok := SpeakerLabel(d.Text, s.Start); ok {
		return false
	}
	before := d.Text[:s.Start]
	if i > 0 {
		before = d.Text[d.Sentences[i-1].End:s.Start]
	}
	after := d.Text[s.End:]
	if i+1 < len(d.Sentences) {
		after = d.Text[s.End:d.Sentences[i+1].Start]
	}
	return (i == 0 || HasBlankLine(before)) && (i+1 == len(d.Sentences) || HasBlankLine(after))
}
