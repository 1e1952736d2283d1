package simhash

import (
	"strings"
	"testing"
)

const story = `North Korean soldiers sent to Russia are receiving drone training, South Korea's
intelligence service said on Wednesday, adding that Pyongyang may be learning lessons from the war
in Ukraine that it could apply at home. Lawmakers briefed by the agency said about 11,000 troops had
been deployed to the Kursk region and that several thousand had been killed or wounded since January.
The agency said the troops were being rotated and that a second deployment was likely.`

func TestSketchNear(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		near bool
	}{
		{"identical", story, story, true},
		{"different boilerplate", "Home | World | Subscribe now\n" + story + "\nShare this article. Related: weather.", story, true},
		{"whitespace and case", strings.ToUpper(strings.ReplaceAll(story, "\n", " ")), story, true},
		{"unrelated", story, `The city council approved a new budget for parks and libraries on Tuesday evening,
after a long debate about the cost of repairing the old swimming pool and the bridge over the river. The mayor
said the vote showed that residents wanted more green space and better public transport in the coming years.`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Distance(Sketch(tt.a), Sketch(tt.b))
			if got, want := d <= MaxDistance, tt.near; got != want {
				t.Errorf("distance %d: near = %v, want %v", d, got, want)
			}
		})
	}
}

func TestBandsPigeonhole(t *testing.T) {
	a := Sketch(story)
	for flip := 0; flip <= MaxDistance; flip++ {
		b := a
		for i := range flip {
			b ^= 1 << (i * 9 % 64)
		}
		ba, bb := BandValues(a), BandValues(b)
		shared := false
		for i := range Bands {
			if ba[i] == bb[i] {
				shared = true
			}
		}
		if !shared {
			t.Errorf("%d flipped bits: no shared band", flip)
		}
	}
}

func TestWords(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{"", ""},
		{"Hello, World!", "hello world"},
		{"Kyiv’s 11,000 troops", "kyiv s 11 000 troops"},
		{"Київ і Москва", "київ і москва"},
		{"bad\xffbyte", "bad byte"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := strings.Join(Words(tt.in), " "); got != tt.want {
				t.Errorf("Words(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func FuzzSketch(f *testing.F) {
	f.Add(story)
	f.Add("")
	f.Add("a b")
	f.Fuzz(func(t *testing.T, s string) {
		if Sketch(s) != Sketch(s) {
			t.Fatal("sketch not deterministic")
		}
		if Distance(Sketch(s), Sketch(strings.ToUpper(s))) != 0 && strings.ToLower(strings.ToUpper(s)) == strings.ToLower(s) {
			t.Fatal("case changed the sketch")
		}
	})
}

func BenchmarkSketch(b *testing.B) {
	text := strings.Repeat(story+" ", 10)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Sketch(text)
	}
}
