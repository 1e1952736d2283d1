package attrib

import (
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/news"
)

// TestFindAny: findAny of a "type;type" list finds what find of its split
// finds, for the lists' odd corners too.
func TestFindAny(t *testing.T) {
	mem := &memory{}
	for i, k := range []string{"person", "agency", "", "military", "person"} {
		mem.push(speaker{news.Source{Name: strings.Repeat("x", i+1)}, k})
	}
	for _, types := range []string{"person", "agency;military", "military;agency", "", ";", "country", "country;", ";agency", "media;;country", "agency;"} {
		t.Run(types, func(t *testing.T) {
			got, gok := mem.findAny(types)
			want, wok := mem.find(strings.Split(types, ";"))
			if got != want || gok != wok {
				t.Errorf("findAny(%q) = %v, %v; want %v, %v", types, got, gok, want, wok)
			}
		})
	}
	if _, ok := (&memory{}).findAny("person"); ok {
		t.Error("findAny in an empty memory found a speaker")
	}
}
