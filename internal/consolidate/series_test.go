package consolidate

import (
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/news"
)

// summary renders a series compactly: "label | loc:value@date/source ...".
func summary(s news.Series) string {
	var b strings.Builder
	b.WriteString(s.Label)
	b.WriteString(" |")
	for _, p := range s.Points {
		b.WriteString(" " + news.Deref(p.Location) + ":" + p.Value.String() + "@" + news.Deref(p.Date) + "/" + p.Source.Name)
	}
	return b.String()
}

func TestSeriesNesting(t *testing.T) {
	tests := []struct {
		name   string
		claims []news.Claim
		want   []string
	}{
		{
			name: "region points join the country series",
			claims: []news.Claim{
				quantity("a", "d1", "NIS", exact(3000), at("Russia"), said("2024-10-18")),
				quantity("b", "d2", "Zelenskyy", exact(11000), at("Kursk"), said("2024-11-04")),
				quantity("c", "d3", "Blinken", atMost(8000), at("Sudzha"), said("2024-10-31")),
			},
			want: []string{"North Korean personnel deployed in Russia | Russia:3,000@2024-10-18/NIS Sudzha:<=8,000@2024-10-31/Blinken Kursk:11,000@2024-11-04/Zelenskyy"},
		},
		{
			name: "region stays its own series when nobody names the country",
			claims: []news.Claim{
				quantity("a", "d1", "NIS", exact(11000), at("Kursk"), said("2024-11-01")),
				quantity("b", "d2", "ISW", exact(500), at("Sudzha"), said("2024-11-02")),
				quantity("c", "d3", "ISW", exact(700), at("Belgorod"), said("2024-11-03")),
			},
			want: []string{
				"North Korean personnel deployed in Kursk | Kursk:11,000@2024-11-01/NIS Sudzha:500@2024-11-02/ISW",
				"North Korean personnel deployed in Belgorod | Belgorod:700@2024-11-03/ISW",
			},
		},
		{
			name: "different actors and measures stay apart",
			claims: []news.Claim{
				quantity("a", "d1", "NIS", exact(11000), said("2024-11-01")),
				quantity("b", "d1", "NIS", exact(3000), said("2024-11-01"), measure("reinforced", "personnel")),
				quantity("c", "d1", "NIS", exact(50000), said("2024-11-01"), actor("Russia")),
			},
			want: []string{
				"North Korean personnel deployed in Russia | Russia:11,000@2024-11-01/NIS",
				"North Korean personnel reinforced in Russia | Russia:3,000@2024-11-01/NIS",
				"Russian personnel deployed in Russia | Russia:50,000@2024-11-01/NIS",
			},
		},
		{
			name: "no location and no actor",
			claims: []news.Claim{
				quantity("a", "d1", "Ukraine", atLeast(100000), actor(""), at(""), measure("produced", "drones")),
			},
			want: []string{"drones produced | :>=100,000@/Ukraine"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Series(Input{Claims: tt.claims}, testOpt)
			if len(got) != len(tt.want) {
				t.Fatalf("got %d series, want %d:\n%v", len(got), len(tt.want), got)
			}
			for i := range got {
				if got, want := summary(got[i]), tt.want[i]; got != want {
					t.Errorf("series %d:\ngot  %s\nwant %s", i, got, want)
				}
			}
		})
	}
}

func TestSeriesOrderAndMerge(t *testing.T) {
	ds := docs(
		DocInfo{ID: "d1", Published: day("2024-11-06"), Outlet: "Yonhap", Story: "s1"},
		DocInfo{ID: "d1copy", Published: day("2024-11-07"), Outlet: "Yonhap", Story: "s1"},
		DocInfo{ID: "d2", Published: day("2024-11-01")},
		DocInfo{ID: "d3"},
	)
	tests := []struct {
		name   string
		claims []news.Claim
		want   string
	}{
		{
			name: "said_on first, then publication date, undated last",
			claims: []news.Claim{
				quantity("u", "d3", "NIS", exact(12000)),
				quantity("p", "d1", "JCS", exact(11000)),
				quantity("s", "d1", "Blinken", exact(8000), said("2024-10-31")),
				quantity("q", "d2", "ISW", exact(10000), published("2024-10-25")),
			},
			want: "North Korean personnel deployed in Russia | Russia:10,000@2024-10-25/ISW Russia:8,000@2024-10-31/Blinken Russia:11,000@2024-11-06/JCS Russia:12,000@/NIS",
		},
		{
			name: "same figure, source and date is one point",
			claims: []news.Claim{
				quantity("a", "d2", "NIS", exact(11000), said("2024-11-01")),
				quantity("b", "d3", "nis", exact(11000), said("2024-11-01")),
				quantity("c", "d3", "NIS", exact(11000), said("2024-11-02")),
			},
			want: "North Korean personnel deployed in Russia | Russia:11,000@2024-11-01/NIS Russia:11,000@2024-11-02/NIS",
		},
		{
			name: "copies of one story are one point dated by the earliest copy",
			claims: []news.Claim{
				quantity("a", "d1copy", "JCS", exact(11000)),
				quantity("b", "d1", "JCS", exact(11000)),
			},
			want: "North Korean personnel deployed in Russia | Russia:11,000@2024-11-06/JCS",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Series(Input{Claims: tt.claims, Docs: ds}, testOpt)
			if len(got) != 1 {
				t.Fatalf("got %d series, want 1", len(got))
			}
			if got, want := summary(got[0]), tt.want; got != want {
				t.Errorf("\ngot  %s\nwant %s", got, want)
			}
		})
	}
	t.Run("merged point lists every claim and doc", func(t *testing.T) {
		got := Series(Input{Claims: []news.Claim{
			quantity("a", "d1copy", "JCS", exact(11000)),
			quantity("b", "d1", "JCS", exact(11000), hedge(news.HedgeReported)),
		}, Docs: ds}, testOpt)
		p := got[0].Points[0]
		if got, want := strings.Join(p.Claims, ","), "a,b"; got != want {
			t.Errorf("claims = %s, want %s", got, want)
		}
		if got, want := strings.Join(p.Docs, ","), "d1,d1copy"; got != want {
			t.Errorf("docs = %s, want %s", got, want)
		}
		if got, want := p.Hedge, news.HedgeAsserted; got != want {
			t.Errorf("hedge = %s, want the firmest, %s", got, want)
		}
	})
	t.Run("latest is the last dated figure", func(t *testing.T) {
		got := Series(Input{Claims: []news.Claim{
			quantity("u", "d3", "NIS", exact(12000)),
			quantity("s", "d2", "Blinken", exact(8000), said("2024-10-31")),
			quantity("z", "d2", "Zelenskyy", exact(11000), said("2024-11-04")),
		}, Docs: ds}, testOpt)
		if got, want := got[0].Latest.String(), "11,000"; got != want {
			t.Errorf("latest = %s, want %s", got, want)
		}
	})
}

func TestIndependence(t *testing.T) {
	ds := docs(
		DocInfo{ID: "a1", Outlet: "Yonhap", Story: "s1"},
		DocInfo{ID: "a2", Outlet: "Korea Herald", Story: "s1"},
		DocInfo{ID: "b1", Outlet: "Reuters"},
		DocInfo{ID: "c1", Outlet: "Yonhap"},
	)
	tests := []struct {
		name   string
		claims []news.Claim
		want   int
	}{
		{
			name: "relays of one source count once",
			claims: []news.Claim{
				quantity("1", "a1", "South Korea NIS", exact(11000), via("Yonhap")),
				quantity("2", "b1", "South Korea NIS", exact(11000), via("Caliber.Az", "Yonhap")),
				quantity("3", "c1", "South Korea NIS", approx(11000)),
			},
			want: 1,
		},
		{
			name: "syndicated copies stating it themselves count once",
			claims: []news.Claim{
				quantity("1", "a1", "Yonhap", exact(11000), srcType(news.SourceOutlet)),
				quantity("2", "a2", "Korea Herald", exact(11000), srcType(news.SourceOutlet)),
			},
			want: 1,
		},
		{
			name: "unnamed sources in copies of one story count once",
			claims: []news.Claim{
				quantity("1", "a1", "officials", exact(8000), srcType(news.SourceUnnamed)),
				quantity("2", "a2", "officials", exact(8000), srcType(news.SourceUnnamed)),
			},
			want: 1,
		},
		{
			name: "outlets of different stories count apart",
			claims: []news.Claim{
				quantity("1", "a1", "Yonhap", exact(11000), srcType(news.SourceOutlet)),
				quantity("2", "b1", "Reuters", exact(11000), srcType(news.SourceOutlet)),
				quantity("3", "c1", "Yonhap", exact(11000), srcType(news.SourceOutlet)),
			},
			want: 3,
		},
		{
			name: "distinct named sources count apart",
			claims: []news.Claim{
				quantity("1", "a1", "South Korea NIS", exact(11000)),
				quantity("2", "a1", "Volodymyr Zelenskyy", exact(11000)),
				quantity("3", "a2", "Pentagon", exact(10000)),
			},
			want: 3,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Series(Input{Claims: tt.claims, Docs: ds}, testOpt)
			if len(got) != 1 {
				t.Fatalf("got %d series, want 1", len(got))
			}
			if got, want := got[0].Sources, tt.want; got != want {
				t.Errorf("sources = %d, want %d", got, want)
			}
		})
	}
}

func TestRelatedSeriesAdjacent(t *testing.T) {
	claims := []news.Claim{
		quantity("k", "d1", "JCS", exact(300), measure("killed", "casualties")),
		quantity("m", "d1", "JCS", exact(2), measure("supplied", "missiles")),
		quantity("w", "d1", "JCS", exact(2700), measure("wounded", "casualties")),
		quantity("c", "d1", "JCS", exact(4000), measure("casualties", "casualties")),
		quantity("c2", "d2", "NIS", exact(3000), measure("casualties", "casualties")),
	}
	var got []string
	for _, s := range Series(Input{Claims: claims}, testOpt) {
		got = append(got, s.Label+" ["+news.Deref(s.Group)+"]")
	}
	want := []string{
		"North Korean killed in Russia [North Korean losses in Russia]",
		"North Korean wounded in Russia [North Korean losses in Russia]",
		"North Korean casualties in Russia [North Korean losses in Russia]",
		"North Korean missiles supplied in Russia [North Korean supply in Russia]",
	}
	if g, w := strings.Join(got, "\n"), strings.Join(want, "\n"); g != w {
		t.Errorf("got\n%s\nwant\n%s", g, w)
	}
}
