package quantity

import "github.com/sitrep/sitrep/internal/analysis/token"

// referent is a noun phrase that names whose people or things are meant
// ("North Korean soldiers", "Russia's forces", "the North Koreans"), so a
// later figure that names no owner ("At least 30 of them", "Three more
// soldiers") can take it up.
type referent struct {
	what, actor string
	sentence    int
}

// maxReferents bounds the memory; only the latest few matter.
const maxReferents = 8

// addReferents appends the sentence's owned noun phrases to refs.
func (sc *sentence) addReferents(refs []referent) []referent {
	for i, e := range sc.ents {
		if sc.srcs[i] || !isActorType(e) {
			continue
		}
		j := sc.tokIndex(e.Start)
		if !e.Demonym {
			// "Russia's forces": a possessive name owns the noun after it.
			next := sc.tokIndex(e.End)
			if next >= len(sc.toks) || sc.toks[next].Kind != token.Possessive {
				continue
			}
			j = next + 1
		}
		np := sc.scanNoun(j, len(sc.toks))
		if np.head < 0 || np.what == "" || np.what == "other" || np.what == "people" {
			continue
		}
		if c := sc.countryOf(e); c != "" {
			refs = append(refs, referent{np.what, c, sc.idx})
		}
	}
	if len(refs) > maxReferents {
		refs = refs[len(refs)-maxReferents:]
	}
	return refs
}

// referent returns the owner of the latest noun phrase of the last few
// sentences that counts what (personnel when the figure has no noun).
func (sc *sentence) referent(what string) string {
	if what == "" || what == "casualties" {
		what = "personnel"
	}
	for i := len(sc.refs) - 1; i >= 0; i-- {
		r := sc.refs[i]
		if sc.idx-r.sentence > lookback || r.sentence < sc.from {
			break
		}
		if r.what == what {
			return r.actor
		}
	}
	return ""
}
