package news

import (
	"slices"
	"testing"
)

func TestSentenceTimes(t *testing.T) {
	d := Doc{
		Text:      "On Monday it rained. Nothing on Tuesday. Then, on 3 May, it stopped.",
		Sentences: []Sentence{{Span: Span{0, 20}}, {Span: Span{21, 40}}, {Span: Span{41, 68}}},
		Times: []TimeExpr{
			{Span: Span{3, 9}}, {Span: Span{32, 39}}, {Span: Span{50, 55}}, {Span: Span{44, 48}},
		},
	}
	for i, want := range [][]Span{{{3, 9}}, {{32, 39}}, {{50, 55}, {44, 48}}} {
		var got []Span
		for _, te := range d.SentenceTimes(i) {
			got = append(got, te.Span)
		}
		if !slices.Equal(got, want) {
			t.Errorf("SentenceTimes(%d) = %v, want %v", i, got, want)
		}
	}
	if got := d.SentenceTimes(3); got != nil {
		t.Errorf("SentenceTimes(3) = %v, want none", got)
	}
}
