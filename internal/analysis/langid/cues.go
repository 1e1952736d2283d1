package langid

import (
	"bufio"
	"bytes"
	"fmt"
	"io/fs"
	"slices"
	"strings"
)

// cueWeight is what a word ending or letter group counts, against one for a
// function word.
const cueWeight = 0.5

// loadCues reads data/cues.txt.
func (m *model) loadCues() error {
	const name = "data/cues.txt"
	b, err := fs.ReadFile(dataFS, name)
	if err != nil {
		return fmt.Errorf("langid: read %s: %w", name, err)
	}
	sc := bufio.NewScanner(strings.NewReader(string(b)))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Fields(line)
		i := slices.Index(Langs, f[0])
		if len(f) != 3 || i < 0 || f[1] != "end" && f[1] != "has" {
			return fmt.Errorf("langid: %s:%d: want LANG end|has TEXT", name, n)
		}
		text := strings.ToLower(f[2])
		if f[1] == "end" {
			if len(text) < 2 {
				return fmt.Errorf("langid: %s:%d: an ending of fewer than two bytes", name, n)
			}
			m.ends[text] |= 1 << i
			if !slices.Contains(m.endLens, len(text)) {
				m.endLens = append(m.endLens, len(text))
			}
			continue
		}
		if len(text) < 2 {
			return fmt.Errorf("langid: %s:%d: a letter group of fewer than two bytes", name, n)
		}
		if j := slices.IndexFunc(m.has, func(c cue) bool { return c.text == text }); j >= 0 {
			m.has[j].bits |= 1 << i
		} else {
			m.has = append(m.has, cue{text: text, b: []byte(text), bits: 1 << i})
		}
	}
	slices.Sort(m.endLens)
	slices.Reverse(m.endLens)
	if len(m.has) > maxHas {
		return fmt.Errorf("langid: %s: more than %d letter groups", name, maxHas)
	}
	for j, c := range m.has {
		m.hasAt[c.b[0]] = append(m.hasAt[c.b[0]], uint8(j))
	}
	if len(m.endLens) > 8 {
		return fmt.Errorf("langid: %s: endings of more than 8 lengths", name)
	}
	for e := range m.ends {
		k := slices.Index(m.endLens, len(e))
		m.endsBy[tailKey(e[len(e)-2], e[len(e)-1])] |= 1 << k
	}
	return nil
}

// tailKey hashes the last two bytes of a word: every listed ending is at
// least that long, so a word whose tail no ending shares is looked up in
// ends at no length.
func tailKey(b0, b1 byte) uint16 {
	return (uint16(b1)*31 ^ uint16(b0)<<3) & (endsBySize - 1)
}

// maxHas is how many letter groups one word's bit set of found groups holds.
const maxHas = 64

// wordCues adds the evidence of the lower-cased word w's ending (the
// longest listed one) and letter groups.
func (m *model) wordCues(score *[6]float64, w []byte) {
	lens := uint8(0) // bit k: an ending of endLens[k] bytes may end w
	if len(w) >= 2 {
		lens = m.endsBy[tailKey(w[len(w)-2], w[len(w)-1])]
	}
	for k, n := range m.endLens {
		if lens&(1<<k) != 0 && n < len(w) {
			if bits := m.ends[string(w[len(w)-n:])]; bits != 0 {
				add(score, bits, cueWeight)
				break
			}
		}
	}
	var found uint64 // bit j: w contains has[j]
	for i, b := range w {
		for _, j := range m.hasAt[b] {
			// Every group is at least two bytes long (a letter other
			// than ASCII is two): their second bytes, compared first,
			// turn most candidates away without a call.
			if c := m.has[j].b; found&(1<<j) == 0 && i+1 < len(w) && w[i+1] == c[1] && bytes.HasPrefix(w[i:], c) {
				found |= 1 << j
			}
		}
	}
	for j := 0; found != 0; j++ {
		if found&(1<<j) != 0 {
			add(score, m.has[j].bits, cueWeight)
			found &^= 1 << j
		}
	}
}
