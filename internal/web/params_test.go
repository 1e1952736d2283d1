package web

import (
	"net/url"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/store"
)

func TestParseClaimQuery(t *testing.T) {
	tests := []struct {
		name, query string
		want        claimQuery
		wantErr     string
		wantWarn    int
	}{
		{"empty", "", claimQuery{Filter: store.ClaimFilter{Limit: defaultLimit}}, "", 0},
		{"all filters", "source=NIS&actor=North+Korea&measure=deployed&what=personnel&since=2025-01-01&until=2025-02-01&text=drone+training&doc=abcd&type=quantity&limit=5&offset=10&sort=-date",
			claimQuery{Filter: store.ClaimFilter{Source: "NIS", Actor: "North Korea", Measure: "deployed", What: "personnel",
				Since: "2025-01-01", Until: "2025-02-01", Text: "drone training", Doc: "abcd", Type: "quantity", Limit: 5, Offset: 10}, Sort: "-date"}, "", 0},
		{"spaces trimmed", "actor=+Russia+&limit=+7", claimQuery{Filter: store.ClaimFilter{Actor: "Russia", Limit: 7}}, "", 0},
		{"unknown warns", "colour=red&page=2", claimQuery{Filter: store.ClaimFilter{Limit: defaultLimit}}, "", 2},
		{"limit zero", "limit=0", claimQuery{}, "limit 0 is outside", 0},
		{"limit huge", "limit=99999999999999999999", claimQuery{}, "not a whole number", 0},
		{"bad date", "since=2025-02-30", claimQuery{}, "not a date", 0},
		{"long date form", "since=2025-02-01T00:00:00Z", claimQuery{}, "not a date", 0},
		{"bad type", "type=Quantity", claimQuery{}, "quantity or statement", 0},
		{"bad sort", "sort=--date", claimQuery{}, "sort", 0},
		{"too long", "text=" + strings.Repeat("a", maxParamLen+1), claimQuery{}, "longer than", 0},
		{"bad utf8", "actor=%ff", claimQuery{}, "UTF-8", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q, err := url.ParseQuery(tt.query)
			if err != nil {
				t.Fatal(err)
			}
			got, warns, err := parseClaimQuery(q)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("query = %+v, want %+v", got, tt.want)
			}
			if got, want := len(warns), tt.wantWarn; got != want {
				t.Errorf("warnings = %q, want %d", warns, want)
			}
		})
	}
}

// TestClaimQueryRoundTrip checks that a page's links keep its filters.
func TestClaimQueryRoundTrip(t *testing.T) {
	for _, raw := range []string{"", "source=NIS&since=2025-01-01&sort=value", "limit=20&offset=40&text=a+b", "type=statement&doc=abcd"} {
		t.Run(raw, func(t *testing.T) {
			q, _ := url.ParseQuery(raw)
			cq, _, err := parseClaimQuery(q)
			if err != nil {
				t.Fatal(err)
			}
			again, _, err := parseClaimQuery(cq.encode())
			if err != nil {
				t.Fatal(err)
			}
			if again != cq {
				t.Errorf("round trip = %+v, want %+v", again, cq)
			}
		})
	}
}

func FuzzParseClaimQuery(f *testing.F) {
	for _, s := range []string{"", "limit=5&offset=1", "since=2025-01-01&until=2024-01-01", "sort=-value&type=quantity",
		"text=%22drone%22+OR+x", "actor=%ff", "limit=-1", "a=1&a=2"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		q, err := url.ParseQuery(raw)
		if err != nil {
			return
		}
		cq, _, err := parseClaimQuery(q)
		if err != nil {
			return
		}
		if err := cq.Filter.Validate(); err != nil {
			t.Fatalf("accepted a filter the store refuses: %v", err)
		}
		if cq.Filter.Limit < 1 || cq.Filter.Limit > maxLimit {
			t.Fatalf("limit %d outside 1..%d", cq.Filter.Limit, maxLimit)
		}
		again, _, err := parseClaimQuery(cq.encode())
		if err != nil || again != cq {
			t.Fatalf("encode does not round-trip: %+v -> %+v (%v)", cq, again, err)
		}
	})
}
