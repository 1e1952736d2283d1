package news

import "testing"

func TestEntityNation(t *testing.T) {
	for _, tt := range []struct {
		e    Entity
		want string
	}{
		{Entity{Canonical: "Pakistan", Type: EntityCountry}, "Pakistan"},
		{Entity{Canonical: "Thailand", Type: EntityCountry, Country: "Thailand", Demonym: true}, "Thailand"},
		{Entity{Canonical: "Seoul", Type: EntityPlace, StandsFor: "South Korea"}, "South Korea"},
		{Entity{Canonical: "Kursk", Type: EntityPlace, Country: "Russia"}, ""},
		{Entity{Canonical: "Russia Defense Ministry", Type: EntityGovernment, Country: "Russia"}, ""},
	} {
		if got := tt.e.Nation(); got != tt.want {
			t.Errorf("%s.Nation() = %q, want %q", tt.e.Canonical, got, tt.want)
		}
	}
}
