package ingest

import (
	"strings"
	"testing"
)

func TestParseFeed(t *testing.T) {
	long := strings.Repeat("<p>Officials said air defences shot down drones over the region overnight.</p>", 30)
	tests := []struct {
		name      string
		feed      string
		wantLinks string // links joined by space; "full" marks an item used as is
		errText   string
	}{
		{"rss relative links", `<rss version="2.0"><channel><title>W</title>
			<item><title>A</title><link>/a</link></item><item><title>B</title><link>https://other.org/b</link></item></channel></rss>`,
			"https://wire.example/a https://other.org/b", ""},
		{"atom", `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>W</title>
			<entry><title>A</title><link href="https://wire.example/x"/><updated>2025-01-02T00:00:00Z</updated></entry></feed>`,
			"https://wire.example/x", ""},
		{"full content", `<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
			<item><title>Long</title><content:encoded><![CDATA[` + long + `]]></content:encoded></item></channel></rss>`, "full", ""},
		{"items without links skipped", `<rss version="2.0"><channel><item><title>no link</title></item></channel></rss>`, "", "no items"},
		{"malformed", `<rss version="2.0"><channel><item><title>x</ti`, "", "malformed feed"},
		{"not a feed", `hello`, "", "malformed feed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			items, err := ParseFeed([]byte(tt.feed), "https://wire.example/feed.xml")
			if tt.errText != "" {
				if err == nil || !strings.Contains(err.Error(), tt.errText) {
					t.Fatalf("ParseFeed error = %v, want %q", err, tt.errText)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			var links []string
			for _, it := range items {
				if it.Text != "" {
					links = append(links, "full")
					if !strings.HasPrefix(it.Text, it.Meta.Title+"\n") {
						t.Errorf("full text does not start with the title: %.60q", it.Text)
					}
					continue
				}
				links = append(links, it.Link)
			}
			if got := strings.Join(links, " "); got != tt.wantLinks {
				t.Errorf("links = %q, want %q", got, tt.wantLinks)
			}
		})
	}
}

func FuzzParseFeed(f *testing.F) {
	f.Add(`<rss version="2.0"><channel><item><title>A</title><link>/a</link></item></channel></rss>`)
	f.Add(`<feed xmlns="http://www.w3.org/2005/Atom"><entry><link href="x"/></entry></feed>`)
	f.Add(`<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><item><link>http://x/</link></item></rdf:RDF>`)
	f.Fuzz(func(t *testing.T, s string) {
		items, err := ParseFeed([]byte(s), "https://wire.example/feed.xml")
		if err != nil {
			return
		}
		for _, it := range items {
			if it.Link == "" && it.Text == "" {
				t.Fatalf("item with neither link nor text")
			}
			if it.Link != "" && !strings.HasPrefix(it.Link, "http") {
				t.Fatalf("relative link %q", it.Link)
			}
		}
	})
}
