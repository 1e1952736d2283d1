package consolidate

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/news"
)

// statementCase is one hand-made statement with the group it belongs to.
// The statements are written for this test; several groups are near misses
// of each other (drone training vs drone instructors vs Lancet training).
type statementCase struct {
	group, doc, source, text string
}

var statementCases = []statementCase{
	{"training", "d1", "South Korea NIS", "North Korean soldiers sent to Russia are getting drone training from Moscow"},
	{"training", "d2", "Andrii Kovalenko", "Russia is training North Korean soldiers to fly strike and reconnaissance drones"},
	{"training", "d3", "Ukraine", "Russian instructors are teaching North Korean troops to operate drones"},
	{"training", "d4", "Andrii Kovalenko", "The Russians are training North Korean soldiers stationed in Russia"},
	{"instructors", "d2", "Andrii Kovalenko", "Russia plans to send its drone instructors to Pyongyang"},
	{"instructors", "d4", "Andrii Kovalenko", "There are also plans to send Russian FPV drone instructors to Pyongyang"},
	{"instructors", "d5", "ISW", "Moscow intends to deploy UAV instructors to North Korea"},
	{"production", "d1", "NHK", "North Korea is set to begin drone production this year with Russian technical support"},
	{"production", "d6", "South Korea NIS", "Pyongyang will start manufacturing drones this year with help from Moscow"},
	{"production", "d7", "South Korea JCS", "North Korea would be planning the manufacture of drones with Russian technology"},
	{"more troops", "d1", "South Korea NIS", "North Korea seems to have deployed additional forces to Russia"},
	{"more troops", "d7", "South Korea JCS", "North Korea is preparing to deploy additional troops to Russia"},
	{"more troops", "d8", "South Korea JCS", "the North is preparing to send more soldiers to Russia"},
	{"under fire", "d4", "Andrii Kovalenko", "the first North Korean troops have already come under fire in Kursk"},
	{"under fire", "d9", "Ukraine", "North Korean units came under Ukrainian fire in the Kursk region for the first time"},
	{"kim test", "d7", "KCNA", "Kim supervised a test of several types of suicide attack drones"},
	{"kim test", "d8", "KCNA", "Kim oversaw the test of new suicide and reconnaissance drones"},
	{"kim test", "d10", "Yonhap", "Kim Jong Un watched a suicide drone test"},
	{"air defence", "d7", "South Korea", "North Korea could have received anti-aircraft missiles from Russia"},
	{"air defence", "d11", "Yonhap", "Russia may have supplied anti-aircraft missiles to Pyongyang"},
	{"ai wars", "d4", "Eric Schmidt", "future wars would be fought using AI drones"},
	{"shells", "d8", "South Korea JCS", "North Korea continues to supply missiles, artillery equipment and ammunition to Russia"},
	{"shells", "d12", "Volodymyr Zelenskyy", "Pyongyang keeps shipping artillery shells and missiles to Moscow"},
	{"reciprocal", "d1", "unnamed", "the drone collaboration is a reciprocal gesture"},
	{"monitoring", "d1", "South Korea NIS", "we are monitoring possible drone cooperation between the two sides"},
	{"losses", "d9", "Ukraine", "North Korean troops have suffered heavy losses in Kursk"},
	{"losses", "d12", "Volodymyr Zelenskyy", "North Korean units took heavy casualties in the Kursk region"},
	{"lancet", "d4", "Andrii Kovalenko", "the troops were also receiving training in using Lancet drones"},
	{"palace", "d13", "Sudan army", "The army retook the presidential palace in Khartoum"},
	{"palace", "d14", "Reuters", "Sudanese troops recaptured the presidential palace in central Khartoum"},
	{"gaza aid", "d15", "UN", "Aid trucks were again blocked from entering northern Gaza"},
	{"gaza aid", "d16", "WFP", "Trucks carrying food aid could not enter northern Gaza again"},
	{"gaza strike", "d15", "Gaza health ministry", "An overnight strike on a school in Gaza killed dozens"},
}

func caseInput(cases []statementCase) (Input, map[string]string) {
	var in Input
	gold := map[string]string{}
	for i, c := range cases {
		id := fmt.Sprintf("c%02d", i)
		in.Claims = append(in.Claims, statement(id, c.doc, c.source, c.text))
		gold[id] = c.group
	}
	return in, gold
}

// pairScores compares the grouping with the gold groups pair by pair: a pair
// of statements is positive when they share a group.
func pairScores(ps []Proposition, gold map[string]string) (precision, recall float64) {
	got := map[string]string{}
	for _, p := range ps {
		for _, c := range p.Claims {
			got[c] = p.ID
		}
	}
	ids := make([]string, 0, len(gold))
	for id := range gold {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	var tp, fp, fn int
	for i, a := range ids {
		for _, b := range ids[i+1:] {
			g, p := gold[a] == gold[b], got[a] == got[b]
			switch {
			case g && p:
				tp++
			case p:
				fp++
			case g:
				fn++
			}
		}
	}
	return float64(tp) / float64(max(1, tp+fp)), float64(tp) / float64(max(1, tp+fn))
}

// TestPropositionGrouping measures the grouping on the hand-made cases. The
// floors are what the default threshold reaches today; a change to terms,
// weights or linkage that loses either fails here.
func TestPropositionGrouping(t *testing.T) {
	in, gold := caseInput(statementCases)
	ps := Propositions(in, Options{})
	p, r := pairScores(ps, gold)
	t.Logf("pairwise precision %.2f recall %.2f over %d statements in %d groups (got %d propositions)",
		p, r, len(statementCases), countGroups(gold), len(ps))
	if p < minPrecision || r < minRecall {
		for _, pr := range ps {
			var texts []string
			for _, c := range pr.Claims {
				texts = append(texts, gold[c]+": "+in.Claims[idx(c)].Quote)
			}
			t.Logf("%s\n  %s", pr.ID, strings.Join(texts, "\n  "))
		}
		t.Errorf("precision %.2f (floor %.2f), recall %.2f (floor %.2f)", p, minPrecision, r, minRecall)
	}
	for _, th := range []float64{0.3, 0.36, 0.38, 0.4, 0.42, 0.44, 0.46, 0.48, 0.5} {
		p, r := pairScores(Propositions(in, Options{Similarity: th}), gold)
		t.Logf("threshold %.2f: precision %.2f recall %.2f", th, p, r)
	}
}

const minPrecision, minRecall = 0.9, 0.85

func idx(id string) int {
	var i int
	fmt.Sscanf(id, "c%d", &i)
	return i
}

func countGroups(gold map[string]string) int {
	seen := map[string]bool{}
	for _, g := range gold {
		seen[g] = true
	}
	return len(seen)
}

func TestPropositionSupport(t *testing.T) {
	ds := docs(
		DocInfo{ID: "a", Outlet: "Yonhap", Story: "s"},
		DocInfo{ID: "b", Outlet: "Korea Herald", Story: "s"},
		DocInfo{ID: "c", Outlet: "Reuters"},
	)
	claims := []news.Claim{
		statement("1", "a", "Andrii Kovalenko", "Russia plans to send drone instructors to Pyongyang"),
		statement("2", "b", "Andrii Kovalenko", "Russia plans to send drone instructors to Pyongyang", via("Yonhap")),
		statement("3", "c", "ISW", "Moscow intends to send drone instructors to North Korea", hedge(news.HedgeBelieved)),
		statement("4", "a", "officials", "Kim supervised a test of suicide drones", srcType(news.SourceUnnamed)),
		statement("5", "b", "officials", "Kim supervised a test of suicide drones", srcType(news.SourceUnnamed)),
		statement("6", "c", "Reuters", "Pyongyang reported heavy flooding", hedge(news.HedgeAsserted)),
	}
	ps := Propositions(Input{Claims: claims, Docs: ds}, Options{})
	tests := []struct {
		name        string
		claim       string
		sources     int
		single      bool
		unconfirmed bool
	}{
		{"relayed and syndicated copies count once", "1", 2, false, false},
		{"unnamed sources in one story are one source", "4", 1, true, true},
		{"a lone statement", "6", 1, true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			i := slices.IndexFunc(ps, func(p Proposition) bool { return slices.Contains(p.Claims, tt.claim) })
			if i < 0 {
				t.Fatalf("claim %s in no proposition", tt.claim)
			}
			p := ps[i]
			if got, want := len(p.Support), tt.sources; got != want {
				t.Errorf("sources = %d, want %d (%+v)", got, want, p.Support)
			}
			if got, want := p.SingleSource, tt.single; got != want {
				t.Errorf("single source = %v, want %v", got, want)
			}
			if got, want := p.Unconfirmed, tt.unconfirmed; got != want {
				t.Errorf("unconfirmed = %v, want %v", got, want)
			}
		})
	}
	if got, want := ps[0].ID, "p1"; got != want {
		t.Errorf("first id = %s, want %s", got, want)
	}
	if got, want := len(ps[0].Support), 2; got != want {
		t.Errorf("best supported first: got %d sources, want %d", got, want)
	}
}

func TestTerms(t *testing.T) {
	tests := []struct{ in, want string }{
		{"The Russians are training North Korean soldiers", "russia train north korea troop"},
		{"drones, drone and UAVs", "dron"},
		{"Moscow's instructors were sent to Pyongyang", "russia instructor send north korea"},
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := strings.Join(terms(tt.in), " "); got != tt.want {
				t.Errorf("terms(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func FuzzTerms(f *testing.F) {
	for _, c := range statementCases {
		f.Add(c.text)
	}
	f.Add("Ünïcode — «quotes» 11,000 don't")
	f.Fuzz(func(t *testing.T, s string) {
		for _, term := range terms(s) {
			if term == "" || stopwords[term] {
				t.Errorf("terms(%q) has %q", s, term)
			}
		}
		in := Input{Claims: []news.Claim{statement("a", "d", "x", s), statement("b", "d", "y", s)}}
		ps := Propositions(in, Options{})
		n := 0
		for _, p := range ps {
			n += len(p.Claims)
		}
		if n != 2 {
			t.Errorf("propositions hold %d claims, want 2", n)
		}
	})
}

// heldOutCases were written after the threshold was chosen and are never
// tuned on: their scores say how the grouping fares on unseen wording.
var heldOutCases = []statementCase{
	{"frontline", "h1", "ISW", "North Korean infantry are now fighting on the front line in Kursk"},
	{"frontline", "h2", "Pentagon", "North Korean soldiers have entered combat against Ukrainian forces in Kursk"},
	{"frontline", "h3", "Ukraine", "troops from North Korea are engaged in fighting in the Kursk region"},
	{"pay", "h1", "South Korea NIS", "Russia is paying North Korea for its troops in hard currency"},
	{"pay", "h4", "Reuters", "Moscow pays Pyongyang in cash for the soldiers it sends"},
	{"satellite", "h2", "South Korea NIS", "Russia may be giving North Korea technology for spy satellites"},
	{"satellite", "h5", "Yonhap", "Pyongyang could be receiving satellite technology from Moscow"},
	{"grain", "h6", "UN", "Ukraine's grain exports through the Black Sea rose sharply in March"},
	{"grain", "h7", "Ukraine", "grain shipments from Ukrainian Black Sea ports grew strongly in March"},
	{"captured", "h3", "Volodymyr Zelenskyy", "Ukraine captured two North Korean soldiers in Kursk"},
	{"captured", "h8", "SBU", "two North Korean soldiers were taken prisoner by Ukrainian forces in Kursk"},
	{"ceasefire", "h9", "Kremlin", "Russia rejected the proposal for a thirty-day ceasefire"},
	{"talks", "h10", "State Department", "US and Ukrainian officials will meet in Jeddah for talks"},
}

func TestPropositionGroupingHeldOut(t *testing.T) {
	in, gold := caseInput(heldOutCases)
	p, r := pairScores(Propositions(in, Options{}), gold)
	t.Logf("held out: pairwise precision %.2f recall %.2f over %d statements in %d groups",
		p, r, len(heldOutCases), countGroups(gold))
	if p < 0.5 {
		t.Errorf("held-out precision %.2f below 0.5", p)
	}
}

func TestFigures(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"about 8,000 troops", []string{"8000"}},
		{"from 8,000 to 11,000, then 8,000 again", []string{"8000", "11000"}},
		{"1.5 million shells, 2024.", []string{"1.5", "2024"}},
		{"a list: 3, 4,5", []string{"3", "45"}},
		{"no figures here", nil},
		{"trailing 7,", []string{"7"}},
	} {
		t.Run(tc.in, func(t *testing.T) {
			if got := figures(tc.in); !slices.Equal(got, tc.want) {
				t.Errorf("figures(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func FuzzFigures(f *testing.F) {
	for _, s := range []string{"about 8,000 troops", "1.5", ",,9..", "", "9,"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, fig := range figures(s) {
			if fig == "" || fig[0] < '0' || fig[0] > '9' || strings.Contains(fig, ",") {
				t.Errorf("figures(%q) gave %q", s, fig)
			}
		}
	})
}
