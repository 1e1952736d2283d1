package numbers

import (
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
)

// newsText generates about size bytes of news-like English: reporting
// sentences with figures in digits and words, qualifiers, ranges, dates,
// codes and plain prose. It holds about 7,000 mentions a megabyte, twice
// the density of the wire stories in ../shared/seeds, so the benchmark errs
// on the slow side.
func newsText(size int) string {
	rng := rand.New(rand.NewPCG(1, 2))
	figs := []string{
		"approximately 11,000", "more than two million", "up to 12,000", "some 3,000",
		"between 10,000 and 12,000", "dozens", "tens of thousands", "15%", "1.5 million",
		"$1.2 billion", "nearly 40 percent", "at least 500", "several hundred", "about 220",
		"one hundred and twenty", "7", "2,400", "four", "a dozen", "hundreds of thousands",
	}
	nouns := []string{"troops", "soldiers", "drones", "missiles", "civilians", "shells", "tanks", "people"}
	verbs := []string{"said", "reported", "told reporters", "claimed", "estimated", "confirmed"}
	sources := []string{"South Korea's spy agency", "the Ukrainian military", "officials in Kyiv",
		"the Pentagon", "Yonhap news agency", "a senior defence official", "the ministry"}
	fillers := []string{
		"The claim could not be independently verified.",
		"Moscow has denied sending KN-23 missiles or MiG-29 jets to the region.",
		"The offensive began on 6 August 2024 at 05:30 local time, according to the report.",
		"Analysts said the figures were consistent with satellite imagery of the area.",
		"It is the first such deployment since the war began in February 2022.",
		"Russian forces fired 170mm and 240-millimeter artillery at the border towns.",
		"The statement, published on its website, gave no further details on the matter.",
		"Residents described long queues at the few shops still open, and power cuts that lasted well into the evening across the eastern districts.",
		"The foreign ministry summoned the ambassador and lodged a formal protest, calling the move a grave violation of international law.",
		"Neither side has published a full account of its losses, and journalists have been kept away from the front line for most of the year.",
		"In a televised address, the president thanked the allies for their support and urged parliament to approve the new mobilisation rules.",
		"Satellite pictures taken last week show new trenches, anti-tank ditches and rows of concrete obstacles along the road to the city.",
	}
	var b strings.Builder
	for b.Len() < size {
		switch rng.IntN(8) {
		case 0, 1, 2, 3, 4, 5:
			b.WriteString(fillers[rng.IntN(len(fillers))])
		default:
			b.WriteString(strings.ToUpper(sources[0][:1]))
			src := sources[rng.IntN(len(sources))]
			b.WriteString(src[1:])
			b.WriteString(" " + verbs[rng.IntN(len(verbs))] + " that ")
			b.WriteString(figs[rng.IntN(len(figs))] + " " + nouns[rng.IntN(len(nouns))])
			b.WriteString(" had been deployed in the Kursk region over the past " + strconv.Itoa(2+rng.IntN(10)) + " weeks.")
		}
		if rng.IntN(6) == 0 {
			b.WriteString("\n\n")
		} else {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

func BenchmarkFind(b *testing.B) {
	r := mustNew(b)
	text := newsText(1 << 20)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		n = len(r.Find(text))
	}
	b.ReportMetric(float64(n), "mentions/op")
}

func TestNewsTextMentions(t *testing.T) {
	r := mustNew(t)
	text := newsText(64 << 10)
	ms := r.Find(text)
	checkMentions(t, text, ms)
	if len(ms) == 0 {
		t.Fatal("Find found nothing in generated news text")
	}
}
