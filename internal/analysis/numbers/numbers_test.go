package numbers

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/news"
)

func mustNew(tb testing.TB) *Recognizer {
	tb.Helper()
	r, err := New("en")
	if err != nil {
		tb.Fatal(err)
	}
	return r
}

// describe renders a mention compactly: span text, value, then flags.
func describe(text string, m Mention) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s=%s", text[m.Start:m.End], m.Value)
	if m.Num != m.Span {
		fmt.Fprintf(&b, " num=%s", text[m.Num.Start:m.Num.End])
	}
	if m.Qualifier != "" {
		fmt.Fprintf(&b, " q=%s", m.Qualifier)
	}
	for _, f := range []struct {
		on   bool
		name string
	}{{m.Percent, "pct"}, {m.Vague, "vague"}, {m.Ordinal, "ord"}, {m.OpenLow, "openlow"}, {m.OpenHigh, "openhigh"}} {
		if f.on {
			b.WriteString(" " + f.name)
		}
	}
	if m.Unit != "" && m.Unit != "%" {
		fmt.Fprintf(&b, " unit=%s", m.Unit)
	}
	if m.Currency != "" {
		fmt.Fprintf(&b, " cur=%s", m.Currency)
	}
	return b.String()
}

// findTests is the recognizer's table: each case lists every mention Find
// must return, described by describe. Regressions go here too.
var findTests = []struct {
	name string
	in   string
	want []string
}{
	{"digits with separators", "some 11,000 troops", []string{"some 11,000=~11,000 num=11,000 q=some"}},
	{"decimal", "a 2.5 rise", []string{"2.5=2.5"}},
	{"decimal scale", "1.5 million people", []string{"1.5 million=1,500,000"}},
	{"money", "$1.2 billion in aid", []string{"$1.2 billion=1,200,000,000 num=1.2 billion cur=$"}},
	{"local currency", "KSh 1.5 million and ₦200", []string{"KSh 1.5 million=1,500,000 num=1.5 million cur=KSh", "₦200=200 num=200 cur=₦"}},
	{"money suffix", "a $2m deal and a 2m wall", []string{"$2m=2,000,000 num=2m cur=$", "2m=2 num=2 unit=m"}},
	{"words scale", "two million refugees", []string{"two million=2,000,000"}},
	{"words thousand", "eleven thousand men", []string{"eleven thousand=11,000"}},
	{"hyphenated mix", "four-thousand-100 and 15-thousand", []string{"four-thousand-100=4,100", "15-thousand=15,000"}},
	{"a dozen", "a dozen drones", []string{"a dozen=12"}},
	{"half a dozen", "half a dozen tanks", []string{"half a dozen=6"}},
	{"a half million", "a half million refugees", []string{"a half million=500,000"}},
	{"a quarter million", "a quarter million shells", []string{"a quarter million=250,000"}},
	{"a hundred", "a hundred shells", []string{"a hundred=100"}},
	{"hundred and", "one hundred and twenty soldiers", []string{"one hundred and twenty=120"}},
	{"twenty-five", "twenty-five wounded", []string{"twenty-five=25"}},
	{"digits scale", "3 million", []string{"3 million=3,000,000"}},
	{"and a half", "one and a half million", []string{"one and a half million=1,500,000"}},
	{"half of", "half of the troops", []string{"half=0.5"}},
	{"lone half", "in the first half", []string{"first=1 ord"}},
	{"more than half", "more than half", []string{"more than half=>=0.5 num=half q=more than openlow"}},
	{"a third", "a third of the force", []string{"a third=0.3333333333333333"}},
	{"two-thirds", "two-thirds of them", []string{"two-thirds=0.6666666666666666"}},
	{"percent sign", "rose 15%", []string{"15%=15 num=15 pct"}},
	{"percent word", "15 percent and fifteen per cent", []string{"15 percent=15 num=15 pct", "fifteen per cent=15 num=fifteen pct"}},
	{"percent points", "up 2 percentage points", []string{"2 percentage points=2 num=2 pct unit=percentage points"}},
	{"percent range", "10-15%", []string{"10-15%=10-15 num=10-15 pct"}},
	{"between", "between 11,000 and 12,000", []string{"between 11,000 and 12,000=11,000-12,000 num=11,000 and 12,000 q=between"}},
	{"between words", "between one thousand and two thousand", []string{"between one thousand and two thousand=1,000-2,000 num=one thousand and two thousand q=between"}},
	{"dash range", "10,000-12,000 troops", []string{"10,000-12,000=10,000-12,000"}},
	{"a change and a new total are no range", "the toll rose by 30 to 1,200", []string{"30=30", "1,200=1,200"}},
	{"a percent change and a sum are no range", "revenue fell 6 per cent to £812 million", []string{"6 per cent=6 num=6 pct", "£812 million=812,000,000 num=812 million cur=£"}},
	{"a glued dash range after a word of change is a range", "to cut revenue by NOK 15-20 million", []string{"NOK 15-20 million=15,000,000-20,000,000 num=15-20 million cur=NOK"}},
	{"near before a figure is about it", "excess deaths near 655,000", []string{"near 655,000=~655,000 num=655,000 q=near"}},
	{"a currency code before the amount", "approximately SEK 85 million", []string{"approximately SEK 85 million=~85,000,000 num=85 million q=approximately cur=SEK"}},
	{"to after a figure is still a range", "between 300 to 1,200 troops", []string{"300 to 1,200=300-1,200"}},
	{"en dash range", "10,000–12,000", []string{"10,000–12,000=10,000-12,000"}},
	{"to range", "11,000 to 12,000", []string{"11,000 to 12,000=11,000-12,000"}},
	{"from range", "from 10,000 to 12,000", []string{"from 10,000 to 12,000=10,000-12,000 num=10,000 to 12,000 q=from"}},
	{"scale shared", "10 to 12 thousand", []string{"10 to 12 thousand=10,000-12,000"}},
	{"a year before a scaled figure is no range", "fell in 2023 to 8.8 trillion", []string{"2023=2,023", "8.8 trillion=8,800,000,000,000"}},
	{"or range", "one or two", []string{"one or two=1-2"}},
	{"score is no range", "won 3-1", []string{"3=3", "1=1"}},
	{"approx", "approximately 11,000", []string{"approximately 11,000=~11,000 num=11,000 q=approximately"}},
	{"around", "around 500", []string{"around 500=~500 num=500 q=around"}},
	{"an estimated", "an estimated 5,000", []string{"an estimated 5,000=~5,000 num=5,000 q=an estimated"}},
	{"more than", "more than two million", []string{"more than two million=>=2,000,000 num=two million q=more than openlow"}},
	{"at least", "at least 500", []string{"at least 500=>=500 num=500 q=at least"}},
	{"no fewer than", "no fewer than 20", []string{"no fewer than 20=>=20 num=20 q=no fewer than"}},
	{"in excess of", "in excess of 1,000", []string{"in excess of 1,000=>=1,000 num=1,000 q=in excess of openlow"}},
	{"upwards of", "upwards of 300", []string{"upwards of 300=>=300 num=300 q=upwards of openlow"}},
	{"a verb of passing", "the toll passes 43,700", []string{"passes 43,700=>=43,700 num=43,700 q=passes openlow"}},
	{"a verb of topping", "losses topped 3,000 in May", []string{"topped 3,000=>=3,000 num=3,000 q=topped openlow"}},
	{"a headline's plain verb of topping", "Casualties in Russia top 3,000", []string{"top 3,000=>=3,000 num=3,000 q=top openlow"}},
	{"a headline's plain verb of passing", "Sinaloa deaths pass 800", []string{"pass 800=>=800 num=800 q=pass openlow"}},
	{"top after an article ranks", "the top 10 cities", []string{"10=10"}},
	{"top opening a line ranks", "Top 5 risks", []string{"5=5"}},
	{"up to", "up to 12,000", []string{"up to 12,000=<=12,000 num=12,000 q=up to"}},
	{"as many as", "as many as 100", []string{"as many as 100=<=100 num=100 q=as many as"}},
	{"nearly", "nearly 3,000", []string{"nearly 3,000=<=3,000 num=3,000 q=nearly openhigh"}},
	{"as high as", "estimates run as high as 600", []string{"as high as 600=<=600 num=600 q=as high as"}},
	{"a headline's verb of nearing", "official toll nears 2,400", []string{"nears 2,400=<=2,400 num=2,400 q=nears openhigh"}},
	{"closer to", "possibly closer to 100", []string{"closer to 100=~100 num=100 q=closer to"}},
	{"almost", "almost 40%", []string{"almost 40%=<=40 num=40 q=almost pct openhigh"}},
	{"fewer than", "fewer than a thousand", []string{"fewer than a thousand=<=1,000 num=a thousand q=fewer than openhigh"}},
	{"or more", "5 or more", []string{"5 or more=>=5 num=5 q=or more"}},
	{"plus sign", "11,000+ troops", []string{"11,000+=>=11,000 num=11,000 q=+"}},
	{"odd", "40-odd vessels", []string{"40-odd=~40 num=40 q=odd"}},
	{"dozens", "dozens of drones", []string{"dozens=>=12 vague"}},
	{"several dozen", "several dozen", []string{"several dozen=>=36 vague"}},
	{"hundreds", "hundreds were hurt", []string{"hundreds=>=100 vague"}},
	{"several hundred", "several hundred", []string{"several hundred=>=300 vague"}},
	{"thousands", "thousands fled", []string{"thousands=>=1,000 vague"}},
	{"tens of thousands", "tens of thousands of people", []string{"tens of thousands=>=10,000 vague"}},
	{"hundreds of thousands", "in their hundreds of thousands", []string{"hundreds of thousands=>=100,000 vague"}},
	{"millions", "millions of dollars", []string{"millions=>=1,000,000 vague"}},
	{"codes", "KN-23 Su-27 F-16 Kh-101 S-400 MiG-29 COVID-19 G7 5G T-72B3", nil},
	{"calibers", "170mm, 240-millimeter and 155 mm guns", []string{"170mm=170 num=170 unit=mm", "240-millimeter=240 num=240 unit=millimeter", "155 mm=155 num=155 unit=mm"}},
	{"speed", "at 900 km/h", []string{"900 km/h=900 num=900 unit=km/h"}},
	{"clock times", "at 02:00 and 00:20 and 9:30 pm", nil},
	{"ordinals", "the 3rd brigade, the twenty-first century", []string{"3rd=3 ord", "twenty-first=21 ord"}},
	{"year", "in 2024", []string{"2024=2,024"}},
	{"pronoun one", "the one who left; one of the soldiers", []string{"one=1"}},
	{"negative", "fell to -5 and minus three", []string{"-5=-5", "minus three=-3"}},
	{"leading dot", "a .08 limit", []string{".08=0.08"}},
	{"ip address", "10.0.0.1", []string{"10=10", "0=0", "0=0", "1=1"}},
	{"iso date", "2024-01-15", []string{"2024=2,024", "01=1", "15=15"}},
	{"url", "see https://example.com/a?q=30%25 now", nil},
	{"space groups", "1 234 567 people", []string{"1 234 567=1,234,567"}},
	{"no-break space group", "40\u00a0000 men", []string{"40\u00a0000=40,000"}},
	{"compound range", "more than 10 and less than 20", []string{"more than 10 and less than 20=10-20 num=10 and less than 20 q=more than openlow openhigh"}},
	{"million then words", "$5 million one year later", []string{"$5 million=5,000,000 num=5 million cur=$", "one=1"}},
	{"and after digit scale", "3 million and four-thousand-100 dollars", []string{"3 million=3,000,000", "four-thousand-100=4,100"}},
	{"and small after digit scale", "6 crore and two hundred", []string{"6 crore and two hundred=60,000,200"}},
	{"up to a range", "up to 5,000 or 6,000 soldiers", []string{"up to 5,000 or 6,000=<=6,000 num=5,000 or 6,000 q=up to"}},
	{"list", "1, 2, 3", []string{"1=1", "2=2", "3=3"}},
	{"two figures", "3 hundred and 2 hundred", []string{"3 hundred=300", "2 hundred=200"}},
	{"point", "two point five", []string{"two point five=2.5"}},
	{"blank line stops", "two\n\nthousand", []string{"two=2"}},
	{"curly quotes", "“about 300” troops", []string{"about 300=~300 num=300 q=about"}},
	{"invalid utf8", "\xff12\xfe", []string{"12=12"}},
	{"empty", "", nil},
}

func TestFind(t *testing.T) {
	r := mustNew(t)
	for _, tt := range findTests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, m := range r.Find(tt.in) {
				got = append(got, describe(tt.in, m))
			}
			if g, w := strings.Join(got, " | "), strings.Join(tt.want, " | "); g != w {
				t.Errorf("Find(%q)\n got: %s\nwant: %s", tt.in, g, w)
			}
		})
	}
}

func TestNewUnknownLanguage(t *testing.T) {
	if _, err := New("xx"); err == nil {
		t.Error("New(\"xx\") = nil error, want an error")
	}
	if r := mustNew(t); r.Lang() != "en" {
		t.Errorf("Lang() = %q, want en", r.Lang())
	}
}

func TestMeasurement(t *testing.T) {
	r := mustNew(t)
	for _, tt := range []struct {
		in   string
		want bool
	}{{"155 mm", true}, {"15%", false}, {"15", false}} {
		ms := r.Find(tt.in)
		if len(ms) != 1 {
			t.Fatalf("Find(%q) = %d mentions, want 1", tt.in, len(ms))
		}
		if got := ms[0].Measurement(); got != tt.want {
			t.Errorf("Find(%q)[0].Measurement() = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// checkMentions verifies the invariants of Find's result on text.
func checkMentions(t *testing.T, text string, ms []Mention) {
	t.Helper()
	// Rune boundaries as range decodes them: an invalid byte is a rune of its own.
	starts := make(map[int]bool, len(text)+1)
	for i := range text {
		starts[i] = true
	}
	starts[len(text)] = true
	prevEnd := 0
	for i, m := range ms {
		for _, s := range []news.Span{m.Span, m.Num} {
			if !s.Valid(len(text)) || s.Empty() {
				t.Fatalf("mention %d: span [%d,%d) invalid in %d bytes", i, s.Start, s.End, len(text))
			}
			if !starts[s.Start] || !starts[s.End] {
				t.Fatalf("mention %d: span [%d,%d) not on rune boundaries", i, s.Start, s.End)
			}
		}
		if !m.Span.Contains(m.Num) {
			t.Fatalf("mention %d: num [%d,%d) outside span [%d,%d)", i, m.Num.Start, m.Num.End, m.Start, m.End)
		}
		if m.Start < prevEnd {
			t.Fatalf("mention %d starts at %d before the previous end %d", i, m.Start, prevEnd)
		}
		prevEnd = m.End
	}
}

// TestAppendFind checks that AppendFind keeps what dst held and appends
// what Find returns.
func TestAppendFind(t *testing.T) {
	r := mustNew(t)
	for _, tt := range findTests {
		t.Run(tt.in, func(t *testing.T) {
			head := []Mention{{Unit: "kept"}}
			got := r.AppendFind(head, tt.in)
			want := append([]Mention{{Unit: "kept"}}, r.Find(tt.in)...)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("AppendFind(%q) = %+v, want %+v", tt.in, got, want)
			}
		})
	}
}

func FuzzFind(f *testing.F) {
	for _, tt := range findTests {
		f.Add(tt.in)
	}
	f.Add("between\u00a0one hundred and\u202ftwo – 3 %")
	r := mustNew(f)
	f.Fuzz(func(t *testing.T, text string) {
		checkMentions(t, text, r.Find(text))
		sameBothWays(t, r.lx, text)
		sameUnmarked(t, r.lx, "en", text)
	})
}

// TestDecimalTimesScaleIsExact checks that a decimal figure times a scale is
// the number written, not its float64 product: 34.2 * 1e9 is
// 34200000000.000004, which JSON would print.
func TestDecimalTimesScaleIsExact(t *testing.T) {
	r := mustNew(t)
	for text, want := range map[string]float64{
		"damage of $34.2 billion":      34_200_000_000,
		"some 1.1 million people":      1_100_000,
		"an estimated 2.3 million":     2_300_000,
		"0.7 million doses":            700_000,
		"a bill of 4.35 billion euros": 4_350_000_000,
		"$1.2bn in loans":              1_200_000_000,
		"2.9 thousand troops":          2_900,
	} {
		ms := r.Find(text)
		if len(ms) != 1 {
			t.Errorf("%q: %d mentions, want 1", text, len(ms))
			continue
		}
		if got := ms[0].Value.V; got != want {
			t.Errorf("%q: value %v, want exactly %v", text, got, want)
		}
	}
}
