package entity

import (
	"testing"

	"github.com/sitrep/sitrep/internal/news"
)

// TestFocus checks the country a story is about: the one named most, by
// name or by its places, a demonym counting half.
func TestFocus(t *testing.T) {
	country := func(name string) news.Entity { return news.Entity{Type: news.EntityCountry, Canonical: name} }
	demonym := func(name string) news.Entity {
		return news.Entity{Type: news.EntityCountry, Canonical: name, Demonym: true}
	}
	for _, tt := range []struct {
		name string
		ents []news.Entity
		want string
	}{
		{"names outweigh demonyms", []news.Entity{demonym("China"), country("South Sudan"), demonym("China"), country("China"), country("South Sudan"), demonym("China")}, "South Sudan"},
		{"a tie goes to the first to reach the count", []news.Entity{country("Chad"), country("Niger"), country("Niger"), country("Chad")}, "Niger"},
		{"demonyms alone count", []news.Entity{demonym("Russia"), demonym("Russia"), country("Ukraine")}, "Ukraine"},
		{"none", nil, ""},
	} {
		if got := Focus(tt.ents, nil); got != tt.want {
			t.Errorf("%s: Focus = %q, want %q", tt.name, got, tt.want)
		}
	}
}
