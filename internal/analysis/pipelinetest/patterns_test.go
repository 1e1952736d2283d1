package pipelinetest

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/sitrep/sitrep/internal/news"
)

// attribution is what an analyst reads off one claim: who, through whom,
// with which word, quoted or not, how firmly and when.
type attribution struct {
	source, typ, title string
	via                []string
	cue                string
	direct             bool
	hedge              string
	saidOn             string
}

// TestAttributionPatterns runs issue 3's patterns, each in a short report
// of our own, through the default pipeline, and checks the claim whose
// quote contains the given text. The publication date is Tuesday
// 2025-03-11, so relative dates resolve against it.
func TestAttributionPatterns(t *testing.T) {
	tests := []struct {
		name, text, quote string
		want              attribution
	}{
		{
			name:  "said after the content",
			text:  "Seoul\n\nAbout 3,000 more troops have been sent to the front, the Joint Chiefs of Staff said on Monday.",
			quote: "3,000", want: attribution{source: "South Korea JCS", typ: "military", cue: "said", hedge: "asserted", saidOn: "2025-03-10"},
		},
		{
			name:  "says before the content, present tense",
			text:  "Kyiv\n\nUkraine's military intelligence says 1,200 North Korean soldiers have been wounded since January.",
			quote: "1,200", want: attribution{source: "Ukraine HUR", typ: "agency", cue: "says", hedge: "asserted"},
		},
		{
			name:  "told a relay",
			text:  "Report\n\nA senior NATO official told AFP that 600 drones were launched overnight.",
			quote: "600", want: attribution{source: "NATO", via: []string{"AFP"}, cue: "told", hedge: "asserted"},
		},
		{
			name:  "according to several sources at once",
			text:  "Report\n\nAccording to NATO, the United States and South Korea, some 11,000 North Korean troops are in the Kursk region.",
			quote: "11,000", want: attribution{source: "NATO, United States and South Korea", cue: "according to"},
		},
		{
			name:  "per a source",
			text:  "Report\n\nPer the Pentagon, 40 Patriot interceptors were shipped in February.",
			quote: "40", want: attribution{source: "US Department of Defense (Pentagon)", typ: "military", cue: "per"},
		},
		{
			name:  "a report said",
			text:  "Report\n\nThe Institute for the Study of War's report said 150 artillery systems had been moved north.",
			quote: "150", want: attribution{source: "ISW", cue: "said", hedge: "asserted"},
		},
		{
			name:  "in a post on a platform",
			text:  "Report\n\nIn a post on Telegram, Zelenskyy wrote that 90 Shahed drones were shot down.",
			quote: "90", want: attribution{source: "Volodymyr Zelenskyy", typ: "person", title: "President of Ukraine", cue: "wrote", hedge: "asserted"},
		},
		{
			name:  "direct quote with the attribution at the end",
			text:  "Report\n\n\"We count at least 2,000 of them near Sudzha,\" the NIS stated.",
			quote: "2,000", want: attribution{source: "South Korea NIS", typ: "agency", cue: "stated", direct: true, hedge: "asserted"},
		},
		{
			name:  "pronoun pointing back across sentences",
			text:  "Report\n\nAndrii Kovalenko, head of Ukraine's Center for Countering Disinformation, spoke on Tuesday. He said 500 North Korean troops were training with drones.",
			quote: "500", want: attribution{source: "Andrii Kovalenko", typ: "person", cue: "said", hedge: "asserted"},
		},
		{
			name:  "she said",
			text:  "Report\n\nNATO spokeswoman Allison Hart briefed reporters in Brussels. She said 12 allies had sent 3,500 air-defence missiles.",
			quote: "3,500", want: attribution{source: "Allison Hart", typ: "person", cue: "said", hedge: "asserted"},
		},
		{
			name:  "relay chain: reports via a news agency",
			text:  "Report\n\nCaliber.Az reports via Yonhap that North Korea has sent 1,000 more soldiers to Russia, citing the National Intelligence Service.",
			quote: "1,000", want: attribution{source: "South Korea NIS", typ: "agency", via: []string{"Caliber.Az", "Yonhap"}},
		},
		{
			name:  "reported, citing",
			text:  "Report\n\nYonhap reported, citing the NIS, that 4,000 North Korean soldiers had been killed or wounded.",
			quote: "4,000", want: attribution{source: "South Korea NIS", typ: "agency", via: []string{"Yonhap"}},
		},
		{
			name:  "unattributed sentence is the outlet's",
			text:  "Report\n\nRussia fired 70 missiles at the power grid overnight.",
			quote: "70", want: attribution{source: "the outlet", typ: "outlet", hedge: "asserted"},
		},
		{
			name:  "estimated",
			text:  "Report\n\nIt is estimated that an additional 3,000 troops arrived in January, the agency said.",
			quote: "3,000", want: attribution{hedge: "estimated"},
		},
		{
			name:  "believed",
			text:  "Report\n\nSouth Korea's spy agency said 300 North Korean soldiers are believed to have died.",
			quote: "300", want: attribution{source: "South Korea NIS", hedge: "believed"},
		},
		{
			name:  "seems to",
			text:  "Report\n\nNorth Korea seems to have sent 150 more artillery pieces, the Joint Chiefs of Staff said.",
			quote: "150", want: attribution{source: "South Korea JCS", hedge: "believed"},
		},
		{
			name:  "reportedly",
			text:  "Report\n\nRussia reportedly moved 5,000 marines to the Kursk region.",
			quote: "5,000", want: attribution{hedge: "reported"},
		},
		{
			name:  "sources suggest",
			text:  "Report\n\nSources suggest that 2,500 North Korean troops are being retrained as drone operators.",
			quote: "2,500", want: attribution{typ: "unnamed", hedge: "reported"},
		},
		{
			name:  "could not independently confirm covers every claim of the source",
			text:  "Report\n\nThe Russian Defense Ministry said 40 Ukrainian drones were destroyed. It added that 12 missiles were intercepted. The Harbour Courier could not independently confirm the ministry's claims.",
			quote: "12 missiles", want: attribution{source: "Russia Defense Ministry", hedge: "unconfirmed"},
		},
		{
			name:  "plans to",
			text:  "Report\n\nRussia plans to send 2,000 drone instructors to North Korea, Kovalenko said.",
			quote: "2,000", want: attribution{hedge: "planned"},
		},
		{
			name:  "intends to",
			text:  "Report\n\nThe ministry intends to train 10,000 more drone pilots, Ukraine's Defense Ministry said.",
			quote: "10,000", want: attribution{hedge: "planned"},
		},
		{
			name:  "denied",
			text:  "Report\n\nMoscow denied that 11,000 North Korean soldiers were fighting in Kursk.",
			quote: "11,000", want: attribution{source: "Russia", hedge: "denied"},
		},
		{
			name:  "capital for its government",
			text:  "Report\n\nSeoul said 3,000 additional troops were sent in January.",
			quote: "3,000", want: attribution{source: "South Korea", typ: "government", hedge: "asserted"},
		},
		{
			name:  "the regime's media is its state news agency",
			text:  "Report\n\nThe secretive regime's media said Kim Jong Un watched a test of 20 suicide drones.",
			quote: "20", want: attribution{source: "KCNA", hedge: "asserted"},
		},
		{
			name:  "last week",
			text:  "Report\n\nZelenskyy said last week that 3,800 North Korean troops had been killed or wounded.",
			quote: "3,800", want: attribution{source: "Volodymyr Zelenskyy", saidOn: "2025-03-03"},
		},
		{
			name:  "on a named date",
			text:  "Report\n\nOn March 5, the NIS said 14,000 soldiers had been sent in all.",
			quote: "14,000", want: attribution{source: "South Korea NIS", saidOn: "2025-03-05"},
		},
	}
	published := time.Date(2025, 3, 11, 0, 0, 0, 0, time.UTC)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &news.Doc{ID: "p", Path: "p", Text: tt.text, Meta: news.Meta{Published: published}, PublishedFixed: true}
			if err := pipeline(t).Run(context.Background(), d); err != nil {
				t.Fatal(err)
			}
			checkDoc(t, d)
			i := slices.IndexFunc(d.Claims, func(c news.Claim) bool { return strings.Contains(c.Quote, tt.quote) })
			if i < 0 {
				t.Fatalf("no claim quotes %q; claims: %v", tt.quote, quotes(d.Claims))
			}
			c, w := d.Claims[i], tt.want
			check := func(field, got, want string) {
				if want != "" && got != want {
					t.Errorf("%s = %q, want %q (claim %q)", field, got, want, c.Quote)
				}
			}
			check("source", c.Source.Name, w.source)
			check("source type", c.Source.Type, w.typ)
			check("title", news.Deref(c.Source.Title), w.title)
			check("cue", news.Deref(c.Cue), w.cue)
			check("hedge", c.Hedge, w.hedge)
			check("said_on", news.Deref(c.SaidOn), w.saidOn)
			if w.via != nil && !slices.Equal(c.Via, w.via) {
				t.Errorf("via = %q, want %q", c.Via, w.via)
			}
			if w.direct && !c.Direct {
				t.Errorf("direct = false, want true")
			}
		})
	}
}

func quotes(cs []news.Claim) []string {
	var out []string
	for _, c := range cs {
		out = append(out, c.Quote)
	}
	return out
}
