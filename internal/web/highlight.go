package web

import (
	"cmp"
	"html/template"
	"slices"
	"strings"

	"github.com/sitrep/sitrep/internal/news"
	"github.com/sitrep/sitrep/internal/store"
)

// mark is one highlighted stretch of a document text.
type mark struct {
	news.Span
	tag   string // "mark" or "span"
	class string
	id    string // element id, "" for none
	title string
}

// nested reports whether a and b can both be elements: disjoint, or one
// inside the other.
func nested(a, b news.Span) bool {
	return a.End <= b.Start || b.End <= a.Start || a.Contains(b) || b.Contains(a)
}

// docMarks chooses the highlights of a document: every claim (quantities,
// statements, hedged ones marked as such) first, then the names of sources
// and the boilerplate where they fit around the claims. A claim that
// partly overlaps an earlier one cannot be an element of its own; it gets
// an empty anchor so links to it still land in the right place.
func docMarks(d *store.Document) []mark {
	var out []mark
	add := func(m mark, anchorIfClash bool) {
		if !m.Valid(len(d.Text)) {
			return
		}
		for _, o := range out {
			if !nested(o.Span, m.Span) {
				if anchorIfClash {
					out = append(out, mark{Span: news.Span{Start: m.Start, End: m.Start}, tag: "span", class: "anchor", id: m.id})
				}
				return
			}
		}
		out = append(out, m)
	}
	for _, c := range d.Claims {
		class := "claim " + c.Type
		if c.Hedge != news.HedgeAsserted {
			class += " hedged"
		}
		title := c.Source.Name + " · " + c.Hedge
		if c.Value != nil {
			title = c.Value.String() + " " + news.Deref(c.What) + " " + news.Deref(c.Measure) + " — " + title
		}
		add(mark{Span: news.Span{Start: c.Start, End: c.End}, tag: "mark", class: class, id: "claim-" + c.ID, title: title}, true)
	}
	for _, e := range d.Entities {
		switch e.Type {
		case news.EntityAgency, news.EntityPerson, news.EntityGovernment, news.EntityMilitary, news.EntityOutlet:
			add(mark{Span: e.Span, tag: "span", class: "src", title: e.Canonical + " (" + string(e.Type) + ")"}, false)
		}
	}
	for _, s := range d.Sentences {
		if s.Boilerplate {
			add(mark{Span: s.Span, tag: "span", class: "boiler", title: "boilerplate"}, false)
		}
	}
	return out
}

// highlight renders text as HTML with the marks as elements; every byte of
// the text is escaped, so a document holding markup shows it as text.
func highlight(text string, marks []mark) template.HTML {
	ms := slices.Clone(marks)
	slices.SortStableFunc(ms, func(a, b mark) int {
		return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(b.End, a.End))
	})
	var b strings.Builder
	b.Grow(len(text) + len(ms)*64)
	pos := 0
	var stack []mark
	closeTo := func(off int) {
		for len(stack) > 0 && stack[len(stack)-1].End <= off {
			top := stack[len(stack)-1]
			b.WriteString(template.HTMLEscapeString(text[pos:top.End]))
			pos = top.End
			b.WriteString("</" + top.tag + ">")
			stack = stack[:len(stack)-1]
		}
	}
	for _, m := range ms {
		closeTo(m.Start)
		b.WriteString(template.HTMLEscapeString(text[pos:m.Start]))
		pos = m.Start
		b.WriteString("<" + m.tag + ` class="` + template.HTMLEscapeString(m.class) + `"`)
		if m.id != "" {
			b.WriteString(` id="` + template.HTMLEscapeString(m.id) + `"`)
		}
		if m.title != "" {
			b.WriteString(` title="` + template.HTMLEscapeString(m.title) + `"`)
		}
		b.WriteString(">")
		if m.Empty() {
			b.WriteString("</" + m.tag + ">")
			continue
		}
		stack = append(stack, m)
	}
	closeTo(len(text) + 1)
	b.WriteString(template.HTMLEscapeString(text[pos:]))
	return template.HTML(b.String())
}
