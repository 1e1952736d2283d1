package report

import (
	"embed"
	"fmt"
	"html/template"
	"io"
	"strings"
)

//go:embed templates/briefing.html
var templateFS embed.FS

var htmlTemplate = template.Must(template.New("briefing.html").Funcs(template.FuncMap{
	"mark":   mark,
	"plural": plural,
	"dates":  dates,
	"legend": func() string { return hedgeLegend },
	"flags":  flags,
	"short":  short,
	"or":     or,
	"add":    func(a, b int) int { return a + b },
}).ParseFS(templateFS, "templates/briefing.html"))

// WriteHTML renders the briefing as one self-contained HTML file: styles
// inline, timelines as inline SVG, no scripts, fonts or images fetched.
// Every text from documents goes through html/template's escaping.
func (b *Briefing) WriteHTML(w io.Writer) error {
	if err := htmlTemplate.Execute(w, b); err != nil {
		return fmt.Errorf("render html briefing: %w", err)
	}
	return nil
}

// Parts splits the citation's sentence around its quote, so the quote can
// be marked in context; ok is false when the sentence does not hold it.
func (c Citation) Parts() (p struct {
	Before, Quote, After string
	OK                   bool
}) {
	p.Quote = c.Quote
	if i := strings.Index(c.Context, c.Quote); c.Quote != "" && c.Quote != c.Context && i >= 0 {
		p.Before, p.After, p.OK = c.Context[:i], c.Context[i+len(c.Quote):], true
	}
	return p
}
