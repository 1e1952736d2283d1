package report

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// WriteMarkdown renders the briefing as Markdown (GitHub tables). Text from
// documents is escaped so a quote cannot open a link, a table cell or markup.
func (b *Briefing) WriteMarkdown(w io.Writer) error {
	bw := bufio.NewWriter(w)
	p := func(format string, args ...any) { fmt.Fprintf(bw, format, args...) }
	p("# %s\n\n", md(b.Title))
	p("%s\n", b.summary())

	p("\n## Key figures\n\n")
	if len(b.Figures) == 0 {
		p("No figures.\n")
	} else {
		p("| Figure | Now | Latest | Sources | Dates | Conflicts | Cited |\n|---|---|---|---:|---|---:|---|\n")
		for _, f := range b.Figures {
			p("| %s | %s | %s | %d | %s | %d | %s |\n", md(f.Label), dash(md(f.Current)), dash(md(f.Latest)),
				f.Sources, dash(dates(f.From, f.To)), f.Conflicts, refs(f.Cites))
		}
		p("\n_Now_ spans the latest figure of each source within the window before the series' latest date; " +
			"_Sources_ counts independent primary sources (copies and relays count once).\n")
	}

	p("\n## Timelines\n")
	if len(b.Timelines) == 0 {
		p("\nNo series with more than one figure.\n")
	}
	for _, t := range b.Timelines {
		p("\n### %s\n\n%s.\n\n", md(t.Label), plural(t.Sources, "independent source"))
		p("| Date | Figure | Source | Hedge | Where | Cited |\n|---|---:|---|---|---|---|\n")
		for _, pt := range t.Points {
			p("| %s | %s | %s | %s | %s | %s |\n", or(pt.Date, "undated"), md(pt.Value), md(pt.Source),
				md(pt.Hedge), dash(md(pt.Location)), refs(pt.Cites))
		}
	}

	p("\n## Conflicts\n\n")
	if len(b.Conflicts) == 0 {
		p("No two independent sources disagree within the window.\n")
	}
	for i, c := range b.Conflicts {
		p("%d. **%s**, %s apart\n", i+1, md(c.Label), plural(c.DaysApart, "day"))
		for _, s := range []Side{c.A, c.B} {
			p("   - %s: %s — %s (%s)%s: “%s” %s\n", or(s.Date, "undated"), md(s.Value), md(s.Source), md(s.Hedge),
				where(s.Location), md(oneLine(s.Quote)), refs(s.Cites))
		}
	}
	if b.MoreConflicts > 0 {
		p("\n…and %d more.\n", b.MoreConflicts)
	}

	b.writeMatrixMD(p)

	p("\n## Resting on a single or unconfirmed source\n\n")
	if len(b.Weak) == 0 {
		p("Nothing.\n")
	}
	for _, w := range b.Weak {
		p("- %s: %s — %s (%s; %s) %s\n", w.Kind, md(w.Text), md(w.Source), md(w.Hedge), w.Reason, refs(w.Cites))
	}
	if b.MoreWeak > 0 {
		p("\n…and %d more.\n", b.MoreWeak)
	}

	p("\n## Citations\n\n")
	for _, c := range b.Citations {
		p("[%d] %s", c.N, md(c.Outlet))
		if c.Date != "" {
			p(", %s", c.Date)
		}
		p(". %s", md(c.Source))
		if c.Via != "" {
			p(", via %s", md(c.Via))
		}
		p(" (%s): %s", md(c.Hedge), quoteIn(c.Quote, c.Context, md, "**"))
		if c.URL != "" {
			p(" <%s>", strings.ReplaceAll(c.URL, ">", "%3E"))
		}
		p(" `%s`\n\n", short(c.Doc))
	}
	return bw.Flush()
}

func (b *Briefing) writeMatrixMD(p func(string, ...any)) {
	m := b.Matrix
	p("\n## Propositions\n\n")
	if len(m.Rows) > 0 && m.Rows[0].Support >= 2 {
		p("Statements that two or more independent sources make. ")
	}
	if len(m.Rows) == 0 {
		p("No attributed statements.\n")
		return
	}
	p("Who supports what: %s.\n\n", hedgeLegend)
	p("| | Proposition |")
	for _, s := range m.Sources {
		p(" %s |", md(s))
	}
	p(" Others | Cited |\n|---|---|")
	for range m.Sources {
		p(":-:|")
	}
	p("--:|---|\n")
	for _, r := range m.Rows {
		p("| %s%s | %s |", r.ID, flags(r), md(r.Text))
		for _, c := range r.Cells {
			p(" %s |", mark(c))
		}
		p(" %s | %s |\n", zeroDash(r.Others), refs(r.Cites))
	}
	p("\n† rests on a single source; ‡ unconfirmed (only reported, unconfirmed or unnamed).\n")
	if m.More > 0 {
		p("\n…and %d more propositions.\n", m.More)
	}
}

func (b *Briefing) summary() string {
	s := fmt.Sprintf("From %s and %s.", plural(b.Docs, "document"), plural(b.Claims, "claim"))
	if b.Generated != "" {
		s = "Generated " + b.Generated + ". " + s
	}
	return s
}

// mdEscaper backslash-escapes what Markdown would read as markup.
var mdEscaper = strings.NewReplacer(`\`, `\\`, "`", "\\`", "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`,
	"<", `\<`, ">", `\>`, "|", `\|`, "#", `\#`, "\n", " ", "\r", " ")

func md(s string) string { return mdEscaper.Replace(s) }

func refs(ns []int) string {
	var sb strings.Builder
	for _, n := range ns {
		sb.WriteString("[" + strconv.Itoa(n) + "]")
	}
	return sb.String()
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return strconv.Itoa(n) + " " + word + "s"
}

func dates(from, to string) string {
	if from == to {
		return from
	}
	return from + " – " + to
}

func dash(s string) string { return or(s, "–") }

func zeroDash(n int) string {
	if n == 0 {
		return "–"
	}
	return strconv.Itoa(n)
}

func or(s, alt string) string {
	if s == "" {
		return alt
	}
	return s
}

func where(loc string) string {
	if loc == "" {
		return ""
	}
	return " in " + md(loc)
}

func flags(r Row) string {
	s := ""
	if r.SingleSource {
		s += "†"
	}
	if r.Unconfirmed {
		s += "‡"
	}
	return s
}

// quoteIn renders the sentence with the quote marked inside it (by open on
// both sides), escaping both with esc; the quote alone when the sentence
// does not hold it.
func quoteIn(quote, sentence string, esc func(string) string, open string) string {
	i := strings.Index(sentence, quote)
	if quote == "" || i < 0 || quote == sentence {
		return "“" + esc(quote) + "”"
	}
	return "“" + esc(sentence[:i]) + open + esc(quote) + open + esc(sentence[i+len(quote):]) + "”"
}
