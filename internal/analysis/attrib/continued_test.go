package attrib

import (
	"strings"
	"testing"
)

func TestPastPerfect(t *testing.T) {
	for s, want := range map[string]bool{
		"Roughly 36,000 residents had fled their homes":       true,
		"The mission had not been able to verify that count":  true,
		"We lost 14 men and had 40 wounded":                   false,
		"Roughly 36,000 residents fled their homes on Monday": false,
	} {
		if got := pastPerfect(strings.Fields(s)); got != want {
			t.Errorf("pastPerfect(%q) = %v, want %v", s, got, want)
		}
	}
}
