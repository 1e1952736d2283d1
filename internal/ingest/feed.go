package ingest

import (
	"bytes"
	"fmt"
	"net/url"
	"strings"

	"github.com/mmcdole/gofeed"
	"github.com/sitrep/sitrep/internal/news"
)

// minFullText is how long (in bytes of extracted text) an item's own content
// must be to stand for the article, so that the page need not be fetched.
// Shorter content is a teaser.
const minFullText = 1500

// FeedItem is one entry of a feed: a link to fetch, or, when the feed carries
// the full article, its text.
type FeedItem struct {
	Link string    // absolute URL of the item's page ("" if none)
	Text string    // the article text when the item carries it in full, else ""
	Meta news.Meta // what the feed says about the item
}

// ParseFeed reads an RSS, Atom or RDF feed fetched from feedURL. Items
// without a usable link or full text are skipped; a feed without any items
// is an error.
func ParseFeed(raw []byte, feedURL string) ([]FeedItem, error) {
	feed, err := gofeed.NewParser().Parse(bytes.NewReader(raw))
	if err != nil {
		return nil, fmt.Errorf("malformed feed: %w", err)
	}
	base, _ := url.Parse(feedURL)
	var items []FeedItem
	for _, it := range feed.Items {
		if it == nil {
			continue
		}
		fi := FeedItem{Meta: news.Meta{Title: clean(it.Title), Outlet: clean(feed.Title), Lang: feed.Language}}
		if len(it.Authors) > 0 && it.Authors[0] != nil {
			fi.Meta.Byline = clean(it.Authors[0].Name)
		}
		if it.PublishedParsed != nil {
			fi.Meta.Published = it.PublishedParsed.UTC()
		} else if it.UpdatedParsed != nil {
			fi.Meta.Published = it.UpdatedParsed.UTC()
		}
		if link := resolve(base, strings.TrimSpace(it.Link)); link != "" {
			fi.Link, fi.Meta.URL = link, link
		}
		if len(it.Content) >= minFullText {
			if text, ok := fullText(it.Content, fi.Meta.Title); ok {
				fi.Text = text
			}
		}
		if fi.Link == "" && fi.Text == "" {
			continue
		}
		items = append(items, fi)
	}
	if len(items) == 0 {
		return nil, fmt.Errorf("feed has no items with links or text")
	}
	return items, nil
}

// fullText renders an item's HTML content as text, with the title on the
// first line, when it is long enough to be the article.
func fullText(content, title string) (string, bool) {
	page := "<html><head><title>" + escape(title) + "</title></head><body><article>" + content + "</article></body></html>"
	text, _, err := ExtractHTML([]byte(page), "", "text/html; charset=utf-8")
	if err != nil || len(text) < minFullText {
		return "", false
	}
	return text, true
}

func escape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s)
}

func resolve(base *url.URL, link string) string {
	if link == "" {
		return ""
	}
	u, err := url.Parse(link)
	if err != nil {
		return ""
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	// Only web links can be fetched; others (mailto:, javascript:) are noise.
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	return u.String()
}
