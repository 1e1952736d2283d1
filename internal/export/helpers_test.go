package export

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sitrep/sitrep/internal/news"
	"github.com/sitrep/sitrep/internal/store"
)

// moduleRoot walks up from the working directory to the folder with go.mod.
func moduleRoot(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("no go.mod above the test's directory")
		}
		dir = parent
	}
}

// sharedDir returns ../shared next to the module, skipping the test when absent.
func sharedDir(t testing.TB, sub string) string {
	t.Helper()
	dir := filepath.Join(filepath.Dir(moduleRoot(t)), "shared", sub)
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("%s absent: %v", dir, err)
	}
	return dir
}

// fixture is two hand-written documents with a quantity and a statement
// each; the texts include non-ASCII characters, so character and byte
// offsets differ.
func fixture(t testing.TB) Input {
	t.Helper()
	docs := []struct {
		text, url, outlet, title string
		pub                      time.Time
		claims                   []news.Claim
	}{
		{
			text: "Kyiv — Ukraine’s intelligence service said on Monday that about 12,000 North Korean soldiers " +
				"were deployed in the Kursk region. Officials in Seoul said the troops had taken “heavy losses”.",
			url: "https://news.example.org/a/1", outlet: "Example News", title: "North Korean troops in Kursk",
			pub: time.Date(2025, 1, 14, 9, 30, 0, 0, time.UTC),
			claims: []news.Claim{
				{Type: news.ClaimQuantity, Quote: "about 12,000 North Korean soldiers", NumberText: news.Str("about 12,000"),
					Value: &news.Value{Kind: news.KindApprox, V: 12000}, Noun: news.Str("soldiers"), What: news.Str("personnel"),
					Measure: news.Str("deployed"), Actor: news.Str("North Korea"), Location: news.Str("Kursk"),
					Source: news.Source{Name: "HUR", Type: news.SourceAgency}, Via: []string{}, Cue: news.Str("said"),
					Hedge: news.HedgeEstimated, SaidOn: news.Str("2025-01-13"), Published: news.Str("2025-01-14")},
				{Type: news.ClaimStatement, Quote: "the troops had taken “heavy losses”",
					Source: news.Source{Name: "officials", Type: news.SourceUnnamed}, Via: []string{"Example News"},
					Cue: news.Str("said"), Hedge: news.HedgeReported, Published: news.Str("2025-01-14")},
			},
		},
		{
			text: "Seoul, 3 February. The spy agency reported that at least 300 of the soldiers had been killed " +
				"and 2,700 wounded, according to a lawmaker; the figures could not be verified.",
			url: "", outlet: "", title: "",
			claims: []news.Claim{
				{Type: news.ClaimQuantity, Quote: "at least 300 of the soldiers", NumberText: news.Str("at least 300"),
					Value: &news.Value{Kind: news.KindMin, V: 300}, Noun: news.Str("soldiers"), What: news.Str("casualties"),
					Measure: news.Str("killed"), Actor: news.Str("North Korea"), Location: news.Str("Atlantis"),
					Source: news.Source{Name: "South Korea NIS", Type: news.SourceAgency, Title: news.Str("spy agency")},
					Via:    []string{"lawmaker"}, Cue: news.Str("reported"), Hedge: news.HedgeUnconfirmed},
			},
		},
	}
	in := Input{Docs: map[string]*store.Document{}, CountryOf: func(p string) string {
		return map[string]string{"Kursk": "Russia", "Russia": "Russia"}[p]
	}}
	for i, fx := range docs {
		d := &store.Document{ID: store.DocID(fx.text), Source: "fixture" + string(rune('a'+i)) + ".txt",
			ContentType: "text/plain", Text: fx.text,
			Meta:     news.Meta{URL: fx.url, Outlet: fx.outlet, Title: fx.title, Published: fx.pub, Lang: "en"},
			Ingested: time.Date(2025, 2, 1, 12, 0, i, 0, time.UTC)}
		for _, c := range fx.claims {
			c.Start = strings.Index(fx.text, c.Quote)
			if c.Start < 0 {
				t.Fatalf("quote %q not in fixture %d", c.Quote, i)
			}
			c.End = c.Start + len(c.Quote)
			c.Sentence = fx.text
			d.Claims = append(d.Claims, c)
		}
		if err := d.Prepare(); err != nil {
			t.Fatal(err)
		}
		in.Docs[d.ID] = d
		in.Claims = append(in.Claims, d.Claims...)
	}
	return in
}
