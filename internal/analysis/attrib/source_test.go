package attrib

import (
	"fmt"
	"testing"

	"github.com/sitrep/sitrep/internal/news"
)

// TestSpeaks: speaks agrees with speakerOf for every type of entity.
func TestSpeaks(t *testing.T) {
	st := &Stage{}
	types := []news.EntityType{news.EntityPerson, news.EntityAgency, news.EntityMilitary, news.EntityGovernment,
		news.EntityOutlet, news.EntityCountry, news.EntityPlace, news.EntityWeapon, news.EntityGroup}
	for _, typ := range types {
		for _, demonym := range []bool{false, true} {
			for _, standsFor := range []string{"", "Ukraine"} {
				e := news.Entity{Type: typ, Demonym: demonym, StandsFor: standsFor, Canonical: "X", Title: "t"}
				t.Run(fmt.Sprint(typ, demonym, standsFor), func(t *testing.T) {
					if _, ok := st.speakerOf(e); speaks(e) != ok {
						t.Errorf("speaks = %v, speakerOf ok = %v", speaks(e), ok)
					}
				})
			}
		}
	}
}
