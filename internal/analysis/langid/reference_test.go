package langid

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"unicode"
	"unicode/utf8"
)

// detectRef and wordCuesRef are detect and wordCues before their ASCII
// fast path and letter-group index: the reference they must agree with.
func detectRef(text string, settle bool) Guess {
	m, err := get()
	if err != nil {
		return Guess{}
	}
	if len(text) > maxScan {
		cut := maxScan
		for cut > 0 && !utf8.RuneStart(text[cut]) {
			cut--
		}
		text = text[:cut]
	}
	var score [6]float64
	var cyr, lat, words int
	var buf []byte
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) {
			i += n
			continue
		}
		buf = buf[:0]
		for i < len(text) {
			r, n = utf8.DecodeRuneInString(text[i:])
			if !unicode.IsLetter(r) && !(r == '\'' || r == '’' || r == 'ʼ') {
				break
			}
			if unicode.Is(unicode.Cyrillic, r) {
				cyr++
			} else if r < 0x250 {
				lat++
			}
			letterCue(&score, r)
			buf = utf8.AppendRune(buf, unicode.ToLower(r))
			i += n
		}
		if bits := m.words[string(buf)]; bits != 0 {
			add(&score, bits, 1)
		} else {
			m.wordCuesRef(&score, buf)
		}
		if words++; settle && words%settleEvery == 0 {
			if g := guess(&score, cyr, lat); g.Evidence >= settledEvidence && g.Confidence >= settledConfidence {
				return g
			}
		}
	}
	return guess(&score, cyr, lat)
}
func (m *model) wordCuesRef(score *[6]float64, w []byte) {
	for _, n := range m.endLens {
		if n < len(w) {
			if bits := m.ends[string(w[len(w)-n:])]; bits != 0 {
				add(score, bits, cueWeight)
				break
			}
		}
	}
	for _, c := range m.has {
		if bytes.Contains(w, c.b) {
			add(score, c.bits, cueWeight)
		}
	}
}

func TestDetectMatchesReference(t *testing.T) {
	files, _ := filepath.Glob("../../../testdata/corpus*/*.txt")
	texts := []string{"", "'", "O'Brien’s Straße", "ЁЖИК ёжик", "schön", "\xff\xfeabc", "Año ÑANDÚ ¿qué?", "ǅemal"}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	for _, s := range texts {
		for _, settle := range []bool{true, false} {
			if got, want := detect(s, settle), detectRef(s, settle); got != want {
				t.Fatalf("detect(%.60q, %v) = %+v, reference %+v", s, settle, got, want)
			}
		}
	}
}

func FuzzDetectMatchesReference(f *testing.F) {
	for _, s := range []string{"the schön ñ", "ёжик", "qu'il"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, settle := range []bool{true, false} {
			if got, want := detect(s, settle), detectRef(s, settle); got != want {
				t.Fatalf("detect(%q, %v) = %+v, reference %+v", s, settle, got, want)
			}
		}
	})
}
