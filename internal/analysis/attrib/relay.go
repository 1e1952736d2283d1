package attrib

import (
	"strings"

	"github.com/sitrep/sitrep/internal/news"
)

// relay handles "Caliber.Az reports via South Korean news agency" and
// "Yonhap reported, citing the NIS": the outlet relays; the originator is
// the agency the content starts with, or the one cited.
func (sc *sentence) relay(a *news.Attribution, sp *speaker, c cue) {
	j := c.tok + c.n
	if sc.word(j) == "," {
		j++
	}
	oa, ob := sc.objectAfter(j + 1)
	chain := []string{a.Source.Name}
	if cited, ok := sc.resolve(oa, ob); ok && sc.word(j) == "citing" {
		*sp = cited
		a.Source = cited.src
		a.Via = append(chain, a.Via...)
		return
	}
	if oa < ob {
		name := strings.TrimPrefix(sc.spanOf(oa, ob).Of(sc.d.Text), "the ")
		for _, e := range sc.ents {
			if e.Start == sc.toks[oa].Start && e.Type == news.EntityOutlet {
				name = e.Canonical
			}
		}
		chain = append(chain, name)
	}
	sc.doc.relay = chain
	for _, e := range sc.ents {
		if e.Start >= a.Content.Start && e.End <= a.Content.End && e.Start < a.Content.Start+80 {
			if s, ok := sc.st.speakerOf(e); ok && s.kind != "media" && s.kind != "country" {
				*sp = s
				a.Source = s.src
				break
			}
		}
	}
	a.Via = chain
}
