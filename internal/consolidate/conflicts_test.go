package consolidate

import (
	"strings"
	"testing"
	"time"

	"github.com/sitrep/sitrep/internal/news"
)

func conflictSummary(c Conflict) string {
	return c.A.Source.Name + ":" + c.A.Value.String() + "@" + news.Deref(c.A.Date) + " vs " +
		c.B.Source.Name + ":" + c.B.Value.String() + "@" + news.Deref(c.B.Date)
}

func TestConflicts(t *testing.T) {
	ds := docs(
		DocInfo{ID: "s1a", Outlet: "Yonhap", Story: "s1", Published: day("2024-11-05")},
		DocInfo{ID: "s1b", Outlet: "Korea Times", Story: "s1", Published: day("2024-11-06")},
		DocInfo{ID: "d2", Outlet: "Reuters", Published: day("2024-11-07")},
		DocInfo{ID: "d3"},
	)
	tests := []struct {
		name   string
		claims []news.Claim
		opt    Options
		want   []string
	}{
		{
			name: "one source updating its figure is no conflict",
			claims: []news.Claim{
				quantity("1", "d3", "NIS", exact(8000), said("2024-10-25")),
				quantity("2", "d3", "NIS", exact(11000), said("2024-11-01")),
			},
		},
		{
			name: "different sources overlapping",
			claims: []news.Claim{
				quantity("1", "d3", "NIS", approx(11000), said("2024-11-01")),
				quantity("2", "d3", "Pentagon", exact(10000), said("2024-11-03")),
				quantity("3", "d3", "Zelenskyy", between(10000, 12000), said("2024-11-04")),
				quantity("4", "d3", "ISW", atLeast(9500), said("2024-11-05")),
			},
		},
		{
			name: "different sources disjoint within the window",
			claims: []news.Claim{
				quantity("1", "d3", "Blinken", atMost(8000), said("2024-10-31")),
				quantity("2", "d3", "Zelenskyy", exact(11000), said("2024-11-04")),
			},
			want: []string{"Blinken:<=8,000@2024-10-31 vs Zelenskyy:11,000@2024-11-04"},
		},
		{
			name: "a rate and a total of the same thing do not conflict",
			claims: []news.Claim{
				quantity("1", "d3", "UK MoD", exact(1523), said("2024-12-03"), measure("casualties", "casualties"), actor("Russia"), rate("day")),
				quantity("2", "d3", "UK MoD", exact(45680), said("2024-12-03"), measure("casualties", "casualties"), actor("Russia")),
				quantity("3", "d3", "General Staff", exact(1740), said("2024-12-03"), measure("casualties", "casualties"), actor("Russia"), rate("day")),
				quantity("4", "d3", "ISW", exact(50000), said("2024-12-04"), measure("casualties", "casualties"), actor("Russia")),
			},
			want: []string{"UK MoD:45,680@2024-12-03 vs ISW:50,000@2024-12-04", "General Staff:1,740@2024-12-03 vs UK MoD:1,523@2024-12-03"},
		},
		{
			name: "figures in different units are not compared",
			claims: []news.Claim{
				quantity("1", "d3", "Syrskyi", approx(1000), said("2024-08-12"), measure("captured", "other"), actor("Ukraine"), at("Kursk"), noun("square kilometres")),
				quantity("2", "d3", "Smirnov", exact(28), said("2024-08-12"), measure("captured", "other"), actor("Ukraine"), at("Kursk"), noun("villages")),
				quantity("3", "d3", "Syrskyi", exact(74), said("2024-08-13"), measure("captured", "other"), actor("Ukraine"), at("Kursk"), noun("settlements")),
			},
			want: []string{"Smirnov:28@2024-08-12 vs Syrskyi:74@2024-08-13"},
		},
		{
			name: "disjoint but far apart in time",
			claims: []news.Claim{
				quantity("1", "d3", "NIS", exact(3000), said("2024-10-18")),
				quantity("2", "d3", "JCS", exact(11000), said("2025-01-10")),
			},
		},
		{
			name: "a wider window catches them",
			claims: []news.Claim{
				quantity("1", "d3", "NIS", exact(3000), said("2024-10-18")),
				quantity("2", "d3", "JCS", exact(11000), said("2025-01-10")),
			},
			opt:  Options{Window: 100 * 24 * time.Hour},
			want: []string{"NIS:3,000@2024-10-18 vs JCS:11,000@2025-01-10"},
		},
		{
			name: "reprints of one story are not counted twice",
			claims: []news.Claim{
				quantity("1", "s1a", "unnamed officials", exact(8000), srcType(news.SourceUnnamed)),
				quantity("2", "s1b", "unnamed officials", exact(8000), srcType(news.SourceUnnamed)),
				quantity("3", "d2", "Pentagon", exact(11000)),
			},
			want: []string{"unnamed officials:8,000@2024-11-05 vs Pentagon:11,000@2024-11-07"},
		},
		{
			name: "approximate figures are widened by the tolerance",
			claims: []news.Claim{
				quantity("1", "d3", "NIS", approx(10000), said("2024-11-01")),
				quantity("2", "d3", "JCS", exact(10900), said("2024-11-02")),
				quantity("3", "d3", "ISW", exact(11500), said("2024-11-03")),
			},
			want: []string{
				"NIS:~10,000@2024-11-01 vs ISW:11,500@2024-11-03",
				"JCS:10,900@2024-11-02 vs ISW:11,500@2024-11-03",
			},
		},
		{
			name: "a part smaller than its whole is no conflict",
			claims: []news.Claim{
				quantity("1", "d3", "NIS", exact(11000), at("Russia"), said("2024-11-01")),
				quantity("2", "d3", "ISW", exact(8000), at("Kursk"), said("2024-11-02")),
			},
		},
		{
			name: "a part bigger than its whole is",
			claims: []news.Claim{
				quantity("1", "d3", "NIS", exact(3000), at("Russia"), said("2024-11-01")),
				quantity("2", "d3", "Zelenskyy", exact(11000), at("Kursk"), said("2024-11-04")),
			},
			want: []string{"NIS:3,000@2024-11-01 vs Zelenskyy:11,000@2024-11-04"},
		},
		{
			name: "sibling places are not compared",
			claims: []news.Claim{
				quantity("0", "d3", "NIS", atLeast(1000), at("Russia"), said("2024-11-01")),
				quantity("1", "d3", "ISW", exact(3000), at("Belgorod"), said("2024-11-01")),
				quantity("2", "d3", "Zelenskyy", exact(11000), at("Kursk"), said("2024-11-04")),
			},
		},
		{
			name: "undated points are not compared",
			claims: []news.Claim{
				quantity("1", "d3", "NIS", exact(3000)),
				quantity("2", "d3", "Zelenskyy", exact(11000)),
				quantity("3", "d3", "JCS", exact(20000), said("2024-11-04")),
			},
		},
		{
			name: "publication date stands in for said_on",
			claims: []news.Claim{
				quantity("1", "s1a", "NIS", exact(3000)),
				quantity("2", "d2", "Zelenskyy", exact(11000)),
			},
			want: []string{"NIS:3,000@2024-11-05 vs Zelenskyy:11,000@2024-11-07"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opt := tt.opt
			opt.Parents = places
			in := Input{Claims: tt.claims, Docs: ds}
			var got []string
			for _, c := range Conflicts(in, opt) {
				got = append(got, conflictSummary(c))
			}
			if g, w := strings.Join(got, "\n"), strings.Join(tt.want, "\n"); g != w {
				t.Errorf("got\n%s\nwant\n%s", g, w)
			}
			total := 0
			for _, s := range Series(in, opt) {
				total += s.Conflicts
			}
			if got, want := total, len(tt.want); got != want {
				t.Errorf("series conflict counts sum to %d, want %d", got, want)
			}
		})
	}
}

func TestConflictSides(t *testing.T) {
	ds := docs(DocInfo{ID: "d1", Outlet: "Reuters"})
	cs := Conflicts(Input{Claims: []news.Claim{
		quantity("1", "d1", "Blinken", atMost(8000), said("2024-10-31")),
		quantity("2", "d1", "Zelenskyy", exact(11000), said("2024-11-04")),
	}, Docs: ds}, Options{})
	if len(cs) != 1 {
		t.Fatalf("got %d conflicts, want 1", len(cs))
	}
	c := cs[0]
	tests := []struct{ name, got, want string }{
		{"quote", c.A.Quote, "8,000 troops"},
		{"outlet", c.B.Outlet, "Reuters"},
		{"low of a max", news.Group(*c.A.Low), "0"},
		{"high of exact", news.Group(*c.B.High), "11,000"},
		{"days apart", itoa(c.DaysApart), "4"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.got != tt.want {
				t.Errorf("got %q, want %q", tt.got, tt.want)
			}
		})
	}
	t.Run("open end is null", func(t *testing.T) {
		cs := Conflicts(Input{Claims: []news.Claim{
			quantity("1", "d1", "A", atLeast(20000), said("2024-10-31")),
			quantity("2", "d1", "B", exact(11000), said("2024-11-04")),
		}, Docs: ds}, Options{})
		if len(cs) != 1 || cs[0].A.High != nil {
			t.Errorf("want one conflict with a null high, got %+v", cs)
		}
	})
}
