package web

import (
	"html"
	"regexp"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/news"
	"github.com/sitrep/sitrep/internal/store"
)

func TestHighlight(t *testing.T) {
	sp := func(s, e int) news.Span { return news.Span{Start: s, End: e} }
	tests := []struct {
		name, text string
		marks      []mark
		want       string
	}{
		{"none", "a <b> & c", nil, "a &lt;b&gt; &amp; c"},
		{"one", "say 12 drones now", []mark{{Span: sp(4, 13), tag: "mark", class: "claim", id: "claim-1"}},
			`say <mark class="claim" id="claim-1">12 drones</mark> now`},
		{"nested", "NIS said 12 drones", []mark{
			{Span: sp(9, 18), tag: "mark", class: "q"}, {Span: sp(0, 18), tag: "span", class: "s"}},
			`<span class="s">NIS said <mark class="q">12 drones</mark></span>`},
		{"empty anchor", "abc", []mark{{Span: sp(1, 1), tag: "span", class: "anchor", id: "claim-x"}},
			`a<span class="anchor" id="claim-x"></span>bc`},
		{"title escaped", "x", []mark{{Span: sp(0, 1), tag: "mark", title: `"><script>`}},
			`<mark class="" title="&#34;&gt;&lt;script&gt;">x</mark>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := string(highlight(tt.text, tt.marks)); got != tt.want {
				t.Errorf("highlight =\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

func TestDocMarksPartialOverlap(t *testing.T) {
	text := "The agency said 11,000 troops were deployed there."
	d := &store.Document{Text: text, Claims: []news.Claim{
		{ID: "a", Type: news.ClaimStatement, Start: 16, End: 43, Hedge: news.HedgeAsserted},
		{ID: "b", Type: news.ClaimQuantity, Start: 4, End: 29, Hedge: news.HedgeEstimated}, // crosses a
		{ID: "c", Type: news.ClaimQuantity, Start: 16, End: 29, Hedge: news.HedgeAsserted}, // inside a
	}, Sentences: []news.Sentence{{Span: news.Span{Start: 0, End: len(text)}, Boilerplate: true}}}
	out := string(highlight(text, docMarks(d)))
	for _, want := range []string{`id="claim-c" title=" · asserted">11,000 troops</mark> were deployed</mark>`,
		`<span class="anchor" id="claim-b"></span>`, `<span class="boiler"`} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %s:\n%s", want, out)
		}
	}
}

var tagRE = regexp.MustCompile(`<[^>]*>`)

// FuzzHighlight checks, for any text and spans, that the markup only adds
// tags: stripping them and unescaping gives back the text.
func FuzzHighlight(f *testing.F) {
	f.Add("NIS said 12 <b>drones</b> & more", 4, 15, 9, 20, 0, 3)
	f.Add("ünïcode “quotes” here", 0, 5, 2, 9, 7, 7)
	f.Fuzz(func(t *testing.T, text string, a, b, c, d, e, g int) {
		n := len(text)
		clamp := func(x int) int {
			if n == 0 {
				return 0
			}
			if x < 0 {
				x = -x
			}
			return x % (n + 1)
		}
		sp := func(x, y int) news.Span {
			x, y = clamp(x), clamp(y)
			if x > y {
				x, y = y, x
			}
			return news.Span{Start: x, End: y}
		}
		doc := &store.Document{Text: text,
			Claims:    []news.Claim{{ID: "1", Start: sp(a, b).Start, End: sp(a, b).End}, {ID: "2", Start: sp(c, d).Start, End: sp(c, d).End}},
			Entities:  []news.Entity{{Span: sp(e, g), Type: news.EntityAgency}},
			Sentences: []news.Sentence{{Span: sp(a, g), Boilerplate: true}}}
		out := string(highlight(text, docMarks(doc)))
		// HTML has no NUL: escaping writes U+FFFD for it.
		want := strings.ReplaceAll(text, "\x00", "\uFFFD")
		if got := html.UnescapeString(tagRE.ReplaceAllString(out, "")); got != want {
			t.Fatalf("text changed:\n%q\n%q", got, want)
		}
		if strings.Count(out, "<mark") != strings.Count(out, "</mark>") || strings.Count(out, "<span") != strings.Count(out, "</span>") {
			t.Fatalf("unbalanced tags: %s", out)
		}
	})
}
