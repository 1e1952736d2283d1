package consolidate

import (
	"testing"

	"github.com/sitrep/sitrep/internal/news"
)

func TestCurrent(t *testing.T) {
	pt := func(date string, src string, v news.Value) news.Point {
		return news.Point{Date: news.Str(date), Value: v, Source: news.Source{Name: src, Type: news.SourceAgency}}
	}
	for _, tc := range []struct {
		name    string
		points  []news.Point
		ok      bool
		want    string
		sources int
		from    string
	}{
		{"empty", nil, false, "", 0, ""},
		{"undated only", []news.Point{{Value: exact(5)}}, false, "", 0, ""},
		{"one figure", []news.Point{pt("2024-11-04", "A", exact(11000))}, true, "11,000", 1, "2024-11-04"},
		{"a source's latest figure wins", []news.Point{
			pt("2024-11-01", "NIS", approx(8000)), pt("2024-11-07", "NIS", exact(11000)),
		}, true, "11,000", 1, "2024-11-07"},
		{"sources in the window span the range", []news.Point{
			pt("2024-11-01", "NIS", approx(8000)), pt("2024-11-07", "Pentagon", exact(10000)),
			pt("2024-11-10", "Zelenskyy", between(11000, 12000)),
		}, true, "8,000–12,000", 3, "2024-11-01"},
		{"older than the window is left out", []news.Point{
			pt("2024-10-01", "NIS", approx(3000)), pt("2024-11-07", "Pentagon", exact(10000)),
		}, true, "10,000", 1, "2024-11-07"},
		{"undated points are left out", []news.Point{
			pt("2024-11-07", "Pentagon", exact(10000)), {Value: exact(1), Source: news.Source{Name: "X"}},
		}, true, "10,000", 1, "2024-11-07"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, ok := Current(news.Series{Points: tc.points}, 0)
			if ok != tc.ok {
				t.Fatalf("ok = %v, want %v", ok, tc.ok)
			}
			if !ok {
				return
			}
			if got, want := r.String(), tc.want; got != want {
				t.Errorf("range %q, want %q", got, want)
			}
			if got, want := r.Sources, tc.sources; got != want {
				t.Errorf("sources %d, want %d", got, want)
			}
			if got, want := r.From, tc.from; got != want {
				t.Errorf("from %q, want %q", got, want)
			}
		})
	}
}

func TestLabel(t *testing.T) {
	for _, tc := range []struct {
		actor, measure, what, per, unit, loc, want string
	}{
		{"North Korea", "deployed", "personnel", "", "", "Russia", "North Korean personnel deployed in Russia"},
		{"North Korea", "killed", "casualties", "", "", "Kursk", "North Korean killed in Kursk"},
		{"", "other", "drones", "", "", "Ukraine", "drones in Ukraine"},
		{"Russia", "launched", "other", "", "", "", "Russian launched figures"},
		{"Russia", "casualties", "casualties", "", "", "", "Russian casualties"},
		{"Russia", "casualties", "casualties", "day", "", "Ukraine", "Russian casualties in Ukraine per day"},
		{"Ukraine", "captured", "other", "", "km²", "Kursk", "Ukrainian km² captured in Kursk"},
	} {
		t.Run(tc.want, func(t *testing.T) {
			if got := label(seriesBase{tc.actor, tc.measure, tc.what, tc.per, tc.unit}, tc.loc, demonym); got != tc.want {
				t.Errorf("label = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestUnitOf(t *testing.T) {
	for noun, want := range map[string]string{
		"square kilometres":              "km²",
		"square kilometres of territory": "km²",
		"квадратних кілометрів":          "km²",
		"kilometres":                     "km",
		"villages":                       "",
		"Shahed drones":                  "",
		"hectares of farmland":           "hectares",
		"":                               "",
		"tons of ammunition":             "tonnes",
		"Tonnen Munition":                "tonnes",
	} {
		if got := unitOf(noun); got != want {
			t.Errorf("unitOf(%q) = %q, want %q", noun, got, want)
		}
	}
}
