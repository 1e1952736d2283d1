// Package bench generates news-like documents and measures sitrep on them:
// extract throughput and peak memory, ingest rate into SQLite for plain text
// and HTML, and claim queries over a large store. cmd/sitrep-bench runs it.
package bench

import (
	"bufio"
	_ "embed"
	"fmt"
	"html"
	"math/rand/v2"
	"strconv"
	"strings"
)

//go:embed data/news.txt
var newsData string

// lists are the word lists and templates of data/news.txt by name.
var lists = parseLists(newsData)

func parseLists(data string) map[string][]string {
	out := map[string][]string{}
	cur := ""
	sc := bufio.NewScanner(strings.NewReader(data))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]"):
			cur = line[1 : len(line)-1]
		case cur != "":
			out[cur] = append(out[cur], line)
		}
	}
	return out
}

// Generator makes deterministic news-like documents: the same seed gives the
// same documents, and every document of one generator differs from the others
// (its number is in the dateline), so each is stored as a new document.
type Generator struct {
	rng *rand.Rand
	n   int
}

// NewGenerator returns a generator seeded with seed.
func NewGenerator(seed uint64) *Generator {
	return &Generator{rng: rand.New(rand.NewPCG(seed, 0x5eed))}
}

// Text returns the next document as plain text, about paras paragraphs of
// body after the headline, byline and dateline (a wire story of a few KB has
// about 8).
func (g *Generator) Text(paras int) string {
	g.n++
	var b strings.Builder
	b.WriteString(g.fill(g.pick("headline")))
	fmt.Fprintf(&b, "\n\nBy Desk Writer %d\n\n", g.n)
	b.WriteString(g.fill(g.pick("lead")))
	b.WriteString("\n\n")
	for i := range paras {
		for j := range 1 + g.rng.IntN(3) {
			if j > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(g.fill(g.pick("body")))
		}
		if i < paras-1 {
			b.WriteString("\n\n")
		}
	}
	b.WriteString("\n\n")
	b.WriteString(g.fill(g.pick("credit")))
	b.WriteString("\n")
	return b.String()
}

// HTML returns the next document as a web page: the text of Text in an
// article element, with metadata and the navigation, asides and footer of a
// news site around it.
func (g *Generator) HTML(paras int) string {
	text := g.Text(paras)
	title, body, _ := strings.Cut(text, "\n")
	outlet := g.pick("outlet")
	var b strings.Builder
	fmt.Fprintf(&b, `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>%s | %s</title>
<meta property="og:title" content="%[1]s"><meta property="og:site_name" content="%[2]s">
<meta property="article:published_time" content="2025-%02[3]d-%02[4]dT08:00:00Z">
<link rel="canonical" href="https://news.example/%[5]d"></head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a> <a href="/sport">Sport</a></nav></header>
<main><article><h1>%[1]s</h1>
`, html.EscapeString(title), html.EscapeString(outlet), 1+g.rng.IntN(12), 1+g.rng.IntN(28), g.n)
	for _, p := range strings.Split(strings.TrimSpace(body), "\n\n") {
		b.WriteString("<p>" + html.EscapeString(p) + "</p>\n")
	}
	b.WriteString(`</article></main>
<aside><h2>Most read</h2><ul><li><a href="/a">Weather warning for the weekend</a></li><li><a href="/b">Markets close higher</a></li><li><a href="/c">Cup final tickets on sale</a></li></ul></aside>
<footer><p>Copyright ` + html.EscapeString(outlet) + `. All rights reserved.</p><p><a href="/subscribe">Subscribe</a> <a href="/privacy">Privacy</a></p></footer>
</body></html>
`)
	return b.String()
}

func (g *Generator) pick(list string) string {
	l := lists[list]
	if len(l) == 0 {
		return ""
	}
	return l[g.rng.IntN(len(l))]
}

// fill replaces each {name} in a template by a pick of its list; {Name}
// capitalizes the pick, {n} is a figure, {k} a day of the month.
func (g *Generator) fill(tmpl string) string {
	var b strings.Builder
	for {
		i := strings.IndexByte(tmpl, '{')
		if i < 0 {
			b.WriteString(tmpl)
			return b.String()
		}
		j := strings.IndexByte(tmpl[i:], '}')
		if j < 0 {
			b.WriteString(tmpl)
			return b.String()
		}
		b.WriteString(tmpl[:i])
		name := tmpl[i+1 : i+j]
		tmpl = tmpl[i+j+1:]
		switch name {
		case "n":
			b.WriteString(g.figure())
		case "k":
			b.WriteString(strconv.Itoa(1 + g.rng.IntN(28)))
		default:
			lower := strings.ToLower(name[:1]) + name[1:]
			s := g.fill(g.pick(lower))
			if lower != name && s != "" {
				s = strings.ToUpper(s[:1]) + s[1:]
			}
			b.WriteString(s)
		}
	}
}

// figure is a count as news writes it: small numbers plain, large ones with
// thousands separators and round-ish.
func (g *Generator) figure() string {
	switch g.rng.IntN(3) {
	case 0:
		return strconv.Itoa(2 + g.rng.IntN(98))
	case 1:
		return strconv.Itoa(100 * (1 + g.rng.IntN(9)))
	}
	n := 1000 * (1 + g.rng.IntN(30))
	return strconv.Itoa(n/1000) + "," + fmt.Sprintf("%03d", n%1000)
}
