package quantity

import (
	"testing"

	"github.com/sitrep/sitrep/internal/news"
)

func TestStrictlyOrdered(t *testing.T) {
	ent := func(starts ...int) []news.Entity {
		var out []news.Entity
		for _, s := range starts {
			out = append(out, news.Entity{Span: news.Span{Start: s, End: s + 3}})
		}
		return out
	}
	tests := []struct {
		name string
		ents []news.Entity
		want bool
	}{
		{"none", nil, true},
		{"one", ent(4), true},
		{"increasing", ent(1, 5, 9), true},
		{"equal starts", ent(1, 5, 5), false},
		{"unordered", ent(5, 1), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := strictlyOrdered(tt.ents); got != tt.want {
				t.Errorf("strictlyOrdered = %v, want %v", got, tt.want)
			}
		})
	}
}
