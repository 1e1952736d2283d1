package ingest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/url"
	"strings"
	"time"

	trafilatura "github.com/markusmobius/go-trafilatura"
	"github.com/sitrep/sitrep/internal/news"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
)

// maxTreeSize bounds the elements of a page; larger pages are refused rather
// than allowed to take the extractor's time and memory.
const maxTreeSize = 200_000

// ExtractHTML extracts the article of a web page: its text (the headline on
// the first line, then the body as trafilatura extracts it) and metadata.
// pageURL (may be "") resolves relative canonical links; contentType (may be
// "") names the charset when the page does not.
func ExtractHTML(raw []byte, pageURL, contentType string) (string, news.Meta, error) {
	var meta news.Meta
	r, err := charset.NewReader(bytes.NewReader(raw), contentType)
	if err != nil {
		return "", meta, fmt.Errorf("decode html: %w", err)
	}
	root, err := html.Parse(r)
	if err != nil {
		return "", meta, fmt.Errorf("parse html: %w", err)
	}
	opts := trafilatura.Options{
		ExcludeComments: true,
		MaxTreeSize:     maxTreeSize,
		// The page's own metadata usually carries the date; scanning the whole
		// page for one (htmldate) is slow, so it runs only when it does not.
		HtmlDateMode: trafilatura.Fast,
	}
	published := metaDate(root)
	if !published.IsZero() {
		opts.HtmlDateMode = trafilatura.Disabled
	}
	if u, err := url.Parse(pageURL); err == nil && u.IsAbs() {
		opts.OriginalURL = u
	}
	res, err := trafilatura.ExtractDocument(root, opts)
	if err != nil {
		return "", meta, fmt.Errorf("%w: %v", ErrNoText, err)
	}
	m := res.Metadata
	meta = news.Meta{
		Title:        clean(m.Title),
		Byline:       clean(m.Author),
		Outlet:       clean(m.Sitename),
		URL:          pageURL,
		CanonicalURL: m.URL,
		Lang:         m.Language,
		Published:    published,
	}
	if meta.Published.IsZero() && !m.Date.IsZero() {
		meta.Published = m.Date
	}
	body := ""
	if res.ContentNode != nil {
		body = nodeText(res.ContentNode)
	}
	if body == "" {
		body = strings.TrimSpace(res.ContentText)
	}
	if !strings.Contains(body, "\n") {
		// On short pages trafilatura falls back on its baseline, whose one
		// paragraph runs the page's paragraphs together.
		body = paragraphsOf(body, root)
	}
	// A page whose only text is its title (a page cut off in its head, a
	// stub) has no article to analyze.
	if body == "" || body == meta.Title {
		return "", meta, ErrNoText
	}
	text := body
	if first, _, _ := strings.Cut(body, "\n"); meta.Title != "" && first != meta.Title {
		text = meta.Title + "\n" + body
	}
	return text, meta, nil
}

func clean(s string) string { return strings.Join(strings.Fields(s), " ") }

// dateMetaNames are <meta> names and properties that state the publication
// date, in order of trust.
var dateMetaNames = []string{
	"article:published_time", "og:article:published_time", "datepublished", "date", "pubdate",
	"publishdate", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.created", "citation_publication_date",
	"parsely-pub-date", "sailthru.date", "publish-date", "article.published",
}

// metaDate finds the publication date in the page's metadata: <meta> tags,
// JSON-LD datePublished, or a <time> element marked as the publication date.
func metaDate(root *html.Node) time.Time {
	found := map[string]string{}
	var ld []string
	var timeAttr string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "meta":
				key := strings.ToLower(attr(n, "property") + attr(n, "name") + attr(n, "itemprop"))
				if _, ok := found[key]; !ok {
					found[key] = attr(n, "content")
				}
			case "script":
				if strings.Contains(attr(n, "type"), "ld+json") && n.FirstChild != nil {
					ld = append(ld, n.FirstChild.Data)
				}
			case "time":
				if timeAttr == "" && (hasAttr(n, "pubdate") || strings.Contains(attr(n, "itemprop"), "datePublished")) {
					timeAttr = attr(n, "datetime")
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	for _, k := range dateMetaNames {
		if t := parseDate(found[k]); !t.IsZero() {
			return t
		}
	}
	for _, s := range ld {
		if t := ldDate(s); !t.IsZero() {
			return t
		}
	}
	return parseDate(timeAttr)
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return true
		}
	}
	return false
}

// ldDate finds datePublished anywhere in a JSON-LD block.
func ldDate(s string) time.Time {
	var v any
	if err := json.Unmarshal([]byte(s), &v); err != nil {
		return time.Time{}
	}
	var find func(v any) time.Time
	find = func(v any) time.Time {
		switch x := v.(type) {
		case map[string]any:
			if d, ok := x["datePublished"].(string); ok {
				if t := parseDate(d); !t.IsZero() {
					return t
				}
			}
			for _, c := range x {
				if t := find(c); !t.IsZero() {
					return t
				}
			}
		case []any:
			for _, c := range x {
				if t := find(c); !t.IsZero() {
					return t
				}
			}
		}
		return time.Time{}
	}
	return find(v)
}

var dateLayouts = []string{
	time.RFC3339Nano, "2006-01-02T15:04:05Z0700", "2006-01-02T15:04:05", "2006-01-02T15:04Z07:00",
	"2006-01-02 15:04:05", "2006-01-02", time.RFC1123Z, time.RFC1123, "2006/01/02", "20060102",
}

// parseDate reads the date formats metadata uses; a year outside 1990..2100
// is taken as garbage.
func parseDate(s string) time.Time {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}
	}
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil && t.Year() >= 1990 && t.Year() <= 2100 {
			return t
		}
	}
	return time.Time{}
}
