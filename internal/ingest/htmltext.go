package ingest

import (
	"strings"

	"golang.org/x/net/html"
)

// blockTags end a line of text: trafilatura's own ContentText runs all
// paragraphs together, and the sentence splitter and headline finder need
// paragraph breaks.
var blockTags = map[string]bool{
	"p": true, "div": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"li": true, "ul": true, "ol": true, "blockquote": true, "pre": true, "tr": true, "table": true,
	"section": true, "article": true, "header": true, "footer": true, "figcaption": true, "figure": true,
	"dd": true, "dt": true, "dl": true, "br": true, "hr": true, "main": true, "body": true, "head": true,
	"title": true, "caption": true, "address": true, "details": true, "summary": true,
}

// nodeText renders the extracted content as text: one paragraph per line,
// space inside a paragraph collapsed to single spaces.
func nodeText(n *html.Node) string {
	var lines []string
	var cur strings.Builder
	flush := func() {
		if s := strings.Join(strings.Fields(cur.String()), " "); s != "" {
			lines = append(lines, s)
		}
		cur.Reset()
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			cur.WriteString(n.Data)
			return
		case html.ElementNode:
			if n.Data == "script" || n.Data == "style" || n.Data == "noscript" {
				return
			}
		}
		block := n.Type == html.ElementNode && blockTags[n.Data]
		if block {
			flush()
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			flush()
		} else if n.Type == html.ElementNode && (n.Data == "td" || n.Data == "th") {
			// Cells side by side must not glue their words.
			cur.WriteByte(' ')
		}
	}
	walk(n)
	flush()
	return strings.Join(lines, "\n")
}

// paragraphsOf restores the paragraph breaks of content, trafilatura's
// ContentText (which runs paragraphs together: "…the air force said.Air
// defences…"), from the page they were taken from: the page's block lines
// that content is made of, in order, each become a line. Text of content
// that no page line accounts for stays as it is; when the page's lines do
// not account for content at all, content is returned unchanged.
func paragraphsOf(content string, page *html.Node) string {
	const minInnerLine = 24
	rest := strings.Join(strings.Fields(content), " ")
	var out []string
	for _, line := range strings.Split(nodeText(page), "\n") {
		if line == "" {
			continue
		}
		// A line must open what is left, or be long enough not to turn up
		// by chance inside another paragraph ("T" inside "Third").
		i := 0
		if !strings.HasPrefix(rest, line) {
			if len(line) < minInnerLine {
				continue
			}
			if i = strings.Index(rest, line); i < 0 {
				continue
			}
		}
		if pre := strings.TrimSpace(rest[:i]); pre != "" {
			out = append(out, pre)
		}
		out = append(out, line)
		rest = strings.TrimSpace(rest[i+len(line):])
	}
	if len(out) == 0 {
		return content
	}
	if rest != "" {
		out = append(out, rest)
	}
	return strings.Join(out, "\n")
}
