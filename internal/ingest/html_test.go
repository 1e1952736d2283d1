package ingest

import (
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"
)

// TestExtractHTMLShortPage: a page too short for trafilatura's main
// extractor keeps its paragraphs as lines, so sentences do not run together.
func TestExtractHTMLShortPage(t *testing.T) {
	page := `<!doctype html><html lang="en"><head><title>Drones over Kyiv</title>
<meta property="article:published_time" content="2025-03-01T10:00:00Z"></head>
<body><article><h1>Drones over Kyiv</h1>
<p>Russia launched 120 drones at Kyiv overnight, the air force said.</p>
<p>Air defences shot down 90 of them. The mayor said two people were hurt.</p></article></body></html>`
	text, _, err := ExtractHTML([]byte(page), "", "")
	if err != nil {
		t.Fatal(err)
	}
	want := "Drones over Kyiv\nRussia launched 120 drones at Kyiv overnight, the air force said.\n" +
		"Air defences shot down 90 of them. The mayor said two people were hurt."
	if text != want {
		t.Errorf("text:\n%s\nwant:\n%s", text, want)
	}
}

// TestExtractHTMLMetadata: headline, byline, outlet, language, canonical
// address and date come from the page's metadata.
func TestExtractHTMLMetadata(t *testing.T) {
	body := strings.Repeat("<p>Nach Angaben ukrainischer Behörden wurden die nordkoreanischen Einheiten nach schweren Verlusten im Winter aus der Region Kursk abgezogen, und neue Einheiten werden derzeit im Fernen Osten Russlands ausgebildet.</p>\n", 6)
	page := `<!doctype html><html lang="de"><head>
<title>Nordkoreanische Einheiten rotieren | Nordwest Nachrichten</title>
<meta property="og:title" content="Nordkoreanische Einheiten rotieren">
<meta property="og:site_name" content="Nordwest Nachrichten">
<meta name="author" content="Jana Berger">
<meta property="article:published_time" content="2025-02-27T08:30:00+01:00">
<link rel="canonical" href="/politik/nordkorea-einheiten">
</head><body><article><h1>Nordkoreanische Einheiten rotieren</h1>` + body + `</article></body></html>`
	text, meta, err := ExtractHTML([]byte(page), "https://news.example/p?id=7", "text/html; charset=utf-8")
	if err != nil {
		t.Fatal(err)
	}
	checks := []struct{ field, got, want string }{
		{"title", meta.Title, "Nordkoreanische Einheiten rotieren"},
		{"byline", meta.Byline, "Jana Berger"},
		{"outlet", meta.Outlet, "Nordwest Nachrichten"},
		{"lang", meta.Lang, "de"},
		{"canonical", meta.CanonicalURL, "https://news.example/politik/nordkorea-einheiten"},
		{"url", meta.URL, "https://news.example/p?id=7"},
		{"published", meta.Published.UTC().Format(time.RFC3339), "2025-02-27T07:30:00Z"},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %q, want %q", c.field, c.got, c.want)
		}
	}
	if first, _, _ := strings.Cut(text, "\n"); first != meta.Title {
		t.Errorf("first line %q, want the headline", first)
	}
	if n := strings.Count(text, "\n"); n < 6 {
		t.Errorf("text has %d line breaks, want one per paragraph", n)
	}
}

func TestParagraphsOf(t *testing.T) {
	page := `<html><head><title>T</title></head><body><div class="nav">Home</div><h1>T</h1>
<p>First one.</p><p>Second   one.</p><ul><li>Third</li></ul></body></html>`
	tests := []struct{ name, content, want string }{
		{"glued paragraphs", "TFirst one.Second one.Third", "T\nFirst one.\nSecond one.\nThird"},
		{"content the page does not hold", "Something else entirely", "Something else entirely"},
		{"extra text kept", "First one.Second one. An addition", "First one.\nSecond one.\nAn addition"},
		{"empty", "", ""},
	}
	root, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := paragraphsOf(tt.content, root); got != tt.want {
				t.Errorf("paragraphsOf(%q) = %q, want %q", tt.content, got, tt.want)
			}
		})
	}
}

// FuzzParagraphsOf: restoring paragraphs only adds line breaks and drops
// runs of space; no other character is lost, added or moved.
func FuzzParagraphsOf(f *testing.F) {
	f.Add("<p>a b.</p><p>c</p>", "a b.c")
	f.Add("<p>x</p><p>x</p>", "xx x")
	f.Add("<p></p>", " ")
	f.Fuzz(func(t *testing.T, page, content string) {
		root, err := html.Parse(strings.NewReader(page))
		if err != nil {
			return
		}
		got := paragraphsOf(content, root)
		squeeze := func(s string) string { return strings.Join(strings.Fields(s), "") }
		if squeeze(got) != squeeze(content) {
			t.Fatalf("paragraphsOf(%q) = %q: text changed", content, got)
		}
	})
}
