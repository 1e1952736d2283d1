package eval

import (
	"math"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/news"
)

const tinyText = "Seoul said 3,000 troops were sent to Kursk. Officials say about 200 more were killed."

func tinyGold() []GoldDoc {
	return []GoldDoc{{
		ID: "t1", File: "dir/t1.txt",
		Claims: []GoldClaim{
			{Quote: "3,000 troops", Value: news.Value{Kind: "exact", V: 3000}, What: "personnel", Measure: "deployed",
				Actor: news.Str("North Korea"), Location: news.Str("Kursk"), Source: "South Korea", Hedge: "asserted"},
			{Quote: "about 200 more", Value: news.Value{Kind: "approx", V: 200}, What: "casualties", Measure: "killed",
				MeasureAlt: []string{"casualties"}, Actor: news.Str("North Korea"), Source: "unnamed officials", Hedge: "reported"},
		},
		Attributions: []GoldAttribution{
			{Quote: "3,000 troops were sent to Kursk", Source: "South Korea", Cue: "said", Hedge: "asserted"},
			{Quote: "about 200 more were killed", Source: "unnamed officials", Cue: "say", Hedge: "reported"},
		},
	}}
}

// claim builds a claim on quote's first occurrence in tinyText.
func claim(doc, quote string, v *news.Value, measure, what, actor, location, source, hedge string) news.Claim {
	i := strings.Index(tinyText, quote)
	c := news.Claim{Doc: doc, Start: i, End: i + len(quote), Quote: quote, Value: v,
		Measure: news.Str(measure), What: news.Str(what), Actor: news.Str(actor), Location: news.Str(location),
		Source: news.Source{Name: source}, Hedge: hedge}
	if v != nil {
		c.Type = news.ClaimQuantity
	} else {
		c.Type = news.ClaimStatement
	}
	return c
}

func val(kind string, v float64) *news.Value { return &news.Value{Kind: kind, V: v} }

func TestScore(t *testing.T) {
	good1 := claim("t1.txt", "3,000 troops", val("exact", 3000), "deployed", "personnel", "North Korea", "Kursk", "Seoul", "asserted")
	good2 := claim("t1.txt", "about 200 more", val("approx", 200), "casualties", "casualties", "North Korea", "", "officials", "reported")
	type want struct {
		gold, extracted, found int
		f1                     float64
		field                  map[string]float64
		covered, right         float64
		log                    []string
	}
	tests := []struct {
		name   string
		claims []news.Claim
		want   want
	}{
		{"all right but a capital as the source name; measure_alt accepted",
			[]news.Claim{good1, good2},
			want{2, 2, 2, 1, map[string]float64{"measure": 1, "what": 1, "actor": 1, "location": 1, "source": 0.5, "hedge": 1}, 1, 0.5,
				[]string{"WRONG source t1.txt", "ATTR  t1.txt: \"3,000 troops"}}},
		{"no claims",
			nil,
			want{2, 0, 0, 0, map[string]float64{}, 0, 0, []string{"MISS  t1.txt: \"3,000 troops\"", "MISS  t1.txt: \"about 200 more\""}}},
		{"value kind differs",
			[]news.Claim{claim("t1.txt", "3,000 troops", val("approx", 3000), "deployed", "personnel", "North Korea", "Kursk", "South Korea", "asserted")},
			want{2, 1, 0, 0, map[string]float64{}, 0.5, 0.5, []string{"MISS  t1.txt: \"3,000 troops\"", "EXTRA t1.txt"}}},
		{"span does not overlap",
			[]news.Claim{claim("t1.txt", "Seoul said", val("exact", 3000), "deployed", "personnel", "North Korea", "Kursk", "South Korea", "asserted")},
			want{2, 1, 0, 0, map[string]float64{}, 0, 0, []string{"MISS  t1.txt: \"3,000 troops\"", "EXTRA"}}},
		{"one claim matches one gold only; the duplicate is extra",
			[]news.Claim{
				claim("dir/t1.txt", "3,000 troops", val("exact", 3000), "deployed", "personnel", "North Korea", "Kursk", "South Korea", "asserted"),
				claim("t1.txt", "3,000", val("exact", 3000), "supplied", "personnel", "Russia", "Kursk", "South Korea", "asserted"),
			},
			want{2, 2, 1, 2 * 0.5 * 0.5 / 1, map[string]float64{"measure": 1, "actor": 1, "source": 1}, 0.5, 0.5, []string{"EXTRA t1.txt: \"3,000\""}}},
		{"claims on other documents are ignored; statements cover attributions",
			[]news.Claim{
				claim("other.txt", "3,000 troops", val("exact", 3000), "deployed", "personnel", "North Korea", "Kursk", "South Korea", "asserted"),
				claim("t1.txt", "about 200 more were killed", nil, "", "", "", "", "Officials", "reported"),
			},
			want{2, 0, 0, 0, map[string]float64{}, 0.5, 0.5, nil}},
		{"wrong fields are counted and logged",
			[]news.Claim{claim("t1.txt", "about 200 more", val("approx", 200), "wounded", "personnel", "Russia", "Kursk", "outlet", "asserted")},
			want{2, 1, 1, 2 * 1 * 0.5 / 1.5, map[string]float64{"measure": 0, "what": 0, "actor": 0, "location": 0, "source": 0, "hedge": 0}, 0.5, 0,
				[]string{"WRONG measure", "WRONG what", "WRONG actor", "WRONG location", "WRONG source", "WRONG hedge"}}},
	}
	texts := map[string][]byte{"t1.txt": []byte(tinyText)}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Score(tinyGold(), texts, tt.claims)
			if got, want := [3]int{r.Gold, r.Extracted, r.Found}, [3]int{tt.want.gold, tt.want.extracted, tt.want.found}; got != want {
				t.Errorf("gold, extracted, found = %v, want %v", got, want)
			}
			if got, want := r.F1, tt.want.f1; math.Abs(got-want) > 1e-9 {
				t.Errorf("F1 = %v, want %v", got, want)
			}
			for f, want := range tt.want.field {
				if got := r.Field[f].Rate(); math.Abs(got-want) > 1e-9 {
					t.Errorf("%s accuracy = %v, want %v", f, got, want)
				}
			}
			if got, want := r.Covered.Rate(), tt.want.covered; got != want {
				t.Errorf("covered = %v, want %v", got, want)
			}
			if got, want := r.RightSource.Rate(), tt.want.right; got != want {
				t.Errorf("right source = %v, want %v", got, want)
			}
			log := strings.Join(r.Log, "\n")
			for _, w := range tt.want.log {
				if !strings.Contains(log, w) {
					t.Errorf("log lacks %q:\n%s", w, log)
				}
			}
		})
	}
}

func TestScoreMissingQuote(t *testing.T) {
	g := tinyGold()
	g[0].Claims[0].Quote = "not in the text"
	r := Score(g, map[string][]byte{"t1.txt": []byte(tinyText)}, []news.Claim{
		claim("t1.txt", "3,000 troops", val("exact", 3000), "deployed", "personnel", "North Korea", "Kursk", "South Korea", "asserted"),
	})
	if got, want := r.Found, 0; got != want {
		t.Errorf("found = %d, want %d", got, want)
	}
}

func TestRangeValues(t *testing.T) {
	tests := []struct {
		name string
		v    *news.Value
		g    news.Value
		want bool
	}{
		{"same range", &news.Value{Kind: "range", Low: 10000, High: 12000}, news.Value{Kind: "range", Low: 10000, High: 12000}, true},
		{"other high", &news.Value{Kind: "range", Low: 10000, High: 11000}, news.Value{Kind: "range", Low: 10000, High: 12000}, false},
		{"v ignored for ranges", &news.Value{Kind: "range", V: 5, Low: 1, High: 2}, news.Value{Kind: "range", Low: 1, High: 2}, true},
		{"nil", nil, news.Value{Kind: "exact", V: 1}, false},
		{"min vs max", val("min", 12), news.Value{Kind: "max", V: 12}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, want := sameValue(tt.v, tt.g), tt.want; got != want {
				t.Errorf("sameValue = %v, want %v", got, want)
			}
		})
	}
}

func TestSummary(t *testing.T) {
	r := Score(tinyGold(), map[string][]byte{"t1.txt": []byte(tinyText)}, nil)
	want := "field accuracy over found quantities: measure -, what -, actor -, location -, source -, hedge -\n" +
		"attributions 2: covered 0.00, right source 0.00\n" +
		"quantities: gold 2, extracted 0, found 0: precision 0.00 recall 0.00 F1 0.00\n"
	if got := r.Summary(); got != want {
		t.Errorf("Summary() =\n%s\nwant\n%s", got, want)
	}
}

func TestReadGold(t *testing.T) {
	in := `{"id":"a","file":"a.txt","lang":"en","published":"2024-11-06","outlet":null,"sha256":"x","claims":[{"quote":"some 11,000 soldiers","number_text":"some 11,000","value":{"kind":"approx","v":11000},"what":"personnel","noun":"soldiers","measure":"deployed","actor":"North Korea","location":null,"source":"outlet","hedge":"asserted","said_on":null,"measure_alt":["trained"]}],"attributions":[{"quote":"q","source":"KCNA","cue":"reported","hedge":"asserted","direct":false,"via":["AFP"]}]}

{"id":"b","claims":[{"quote":"10,000-12,000 troops","value":{"kind":"range","low":10000,"high":12000}}]}
`
	docs, err := ReadGold(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := len(docs), 2; got != want {
		t.Fatalf("docs = %d, want %d", got, want)
	}
	c := docs[0].Claims[0]
	if got, want := c.Value, (news.Value{Kind: "approx", V: 11000}); got != want {
		t.Errorf("value = %+v, want %+v", got, want)
	}
	if c.Location != nil || news.Deref(c.Actor) != "North Korea" || c.MeasureAlt[0] != "trained" {
		t.Errorf("claim = %+v", c)
	}
	if got, want := docs[0].Attributions[0].Via[0], "AFP"; got != want {
		t.Errorf("via = %q, want %q", got, want)
	}
	if got, want := docs[1].Name(), "b.txt"; got != want {
		t.Errorf("Name() = %q, want %q", got, want)
	}
	if got, want := docs[1].Claims[0].Value, (news.Value{Kind: "range", Low: 10000, High: 12000}); got != want {
		t.Errorf("range = %+v, want %+v", got, want)
	}
	if _, err := ReadGold(strings.NewReader("{\"id\":\n")); err == nil || !strings.Contains(err.Error(), "line 1") {
		t.Errorf("bad line: err = %v, want one naming line 1", err)
	}
}

func BenchmarkScore(b *testing.B) {
	texts := map[string][]byte{"t1.txt": []byte(tinyText)}
	claims := []news.Claim{
		claim("t1.txt", "3,000 troops", val("exact", 3000), "deployed", "personnel", "North Korea", "Kursk", "Seoul", "asserted"),
	}
	for b.Loop() {
		Score(tinyGold(), texts, claims)
	}
}

func FuzzReadGold(f *testing.F) {
	f.Add(`{"id":"a","claims":[{"quote":"3,000 troops","value":{"kind":"range","low":1,"high":2}}]}`)
	f.Add("{\"id\":\n\n{}")
	f.Fuzz(func(t *testing.T, in string) {
		docs, err := ReadGold(strings.NewReader(in))
		if err != nil {
			return
		}
		texts := map[string][]byte{}
		for _, d := range docs {
			texts[d.Name()] = []byte(in)
		}
		r := Score(docs, texts, nil)
		if r.Found != 0 || r.F1 != 0 {
			t.Errorf("no claims but found %d, F1 %v", r.Found, r.F1)
		}
	})
}
