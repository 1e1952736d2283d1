package attrib

import (
	"testing"

	"github.com/sitrep/sitrep/internal/news"
)

// TestOrdered: finish reads the sentences an attribution covers as a run
// only when ordered vouches for it.
func TestOrdered(t *testing.T) {
	sent := func(a, b int) news.Sentence { return news.Sentence{Span: news.Span{Start: a, End: b}} }
	tests := []struct {
		name  string
		sents []news.Sentence
		want  bool
	}{
		{"none", nil, true},
		{"one", []news.Sentence{sent(0, 5)}, true},
		{"touching", []news.Sentence{sent(0, 5), sent(5, 9), sent(10, 12)}, true},
		{"empty one", []news.Sentence{sent(0, 5), sent(5, 5), sent(5, 8)}, true},
		{"overlapping", []news.Sentence{sent(0, 5), sent(4, 9)}, false},
		{"out of order", []news.Sentence{sent(6, 9), sent(0, 5)}, false},
		{"backwards span", []news.Sentence{sent(5, 2)}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ordered(tt.sents); got != tt.want {
				t.Errorf("ordered = %v, want %v", got, tt.want)
			}
		})
	}
}
