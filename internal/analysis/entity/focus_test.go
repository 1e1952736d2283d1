package entity

import (
	"testing"

	"github.com/sitrep/sitrep/internal/news"
)

// TestFocus checks the country a story is about: the one named most, by
// name or by its places, a demonym counting half, a headline's name three times.
func TestFocus(t *testing.T) {
	country := func(name string) news.Entity { return news.Entity{Type: news.EntityCountry, Canonical: name} }
	demonym := func(name string) news.Entity {
		return news.Entity{Type: news.EntityCountry, Canonical: name, Demonym: true}
	}
	at := func(e news.Entity, start int) news.Entity { e.Span = news.Span{Start: start, End: start + 5}; return e }
	headline := news.Span{Start: 0, End: 40}
	for _, tt := range []struct {
		name string
		ents []news.Entity
		want string
	}{
		{"names outweigh demonyms", []news.Entity{demonym("China"), country("South Sudan"), demonym("China"), country("China"), country("South Sudan"), demonym("China")}, "South Sudan"},
		{"a tie goes to the first to reach the count", []news.Entity{country("Chad"), country("Niger"), country("Niger"), country("Chad")}, "Niger"},
		{"demonyms alone count", []news.Entity{demonym("Russia"), demonym("Russia"), country("Ukraine")}, "Ukraine"},
		{"none", nil, ""},
		{"a headline's name counts three times", []news.Entity{at(country("Lebanon"), 3), at(country("France"), 50), at(country("France"), 70), at(country("Lebanon"), 90), at(country("France"), 110)}, "Lebanon"},
		{"a body name counts once however early", []news.Entity{at(country("Lebanon"), 45), at(country("France"), 50), at(country("France"), 70), at(country("Lebanon"), 90), at(country("France"), 110)}, "France"},
	} {
		if got := Focus(tt.ents, nil, headline); got != tt.want {
			t.Errorf("%s: Focus = %q, want %q", tt.name, got, tt.want)
		}
	}
}
