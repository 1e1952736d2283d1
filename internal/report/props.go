package report

import (
	"cmp"
	"slices"
	"strings"

	"github.com/sitrep/sitrep/internal/consolidate"
	"github.com/sitrep/sitrep/internal/news"
)

// matrix lays the corroborated propositions (two or more independent
// sources) out against the sources that back most of them, each cell the
// hedge of that source's firmest claim. Single-source propositions are
// listed with the other weak items instead; only when nothing is
// corroborated does the matrix show them, so it is never empty for want of
// agreement. Columns are source names without titles: one person described
// two ways is one column.
func matrix(props []consolidate.Proposition, opt Options, cites *citer) Matrix {
	var m Matrix
	var rows []consolidate.Proposition
	for _, p := range props {
		if len(p.Support) >= 2 {
			rows = append(rows, p)
		}
	}
	if len(rows) == 0 {
		rows = props
	}
	shown := rows[:min(len(rows), opt.MaxPropositions)]
	m.More = len(rows) - len(shown)
	count := map[string]int{}
	var names []string
	for _, p := range shown {
		for _, s := range p.Support {
			n := columnName(s.Source)
			if count[n] == 0 {
				names = append(names, n)
			}
			count[n]++
		}
	}
	slices.SortStableFunc(names, func(a, b string) int { return cmp.Compare(count[b], count[a]) })
	m.Sources = names[:min(len(names), opt.MaxSources)]
	col := map[string]int{}
	for i, n := range m.Sources {
		col[n] = i
	}
	for _, p := range shown {
		r := Row{ID: p.ID, Text: oneLine(p.Text), Cells: make([]string, len(m.Sources)), Support: len(p.Support),
			SingleSource: p.SingleSource, Unconfirmed: p.Unconfirmed}
		for _, s := range p.Support {
			if i, ok := col[columnName(s.Source)]; ok {
				r.Cells[i] = s.Hedge
			} else {
				r.Others++
			}
			r.Cites = append(r.Cites, cites.ids(s.Claims[:1])...)
		}
		m.Rows = append(m.Rows, r)
	}
	return m
}

// weak lists what rests on one source or on hearsay: statements that are
// single-source or unconfirmed, and series every figure of which comes from
// one source or is hedged as reported or unconfirmed. The second result
// counts what the cap left out.
func weak(series []news.Series, props []consolidate.Proposition, opt Options, cites *citer) ([]Weak, int) {
	var out []Weak
	total := 0
	add := func(w Weak) {
		total++
		if len(out) < opt.MaxWeak {
			out = append(out, w)
		}
	}
	for _, s := range series {
		single := s.Sources == 1
		unconfirmed := true
		for _, p := range s.Points {
			if p.Hedge != news.HedgeReported && p.Hedge != news.HedgeUnconfirmed && p.Source.Type != news.SourceUnnamed {
				unconfirmed = false
			}
		}
		if !single && !unconfirmed {
			continue
		}
		p := s.Points[len(s.Points)-1]
		if r, ok := consolidate.Current(s, opt.Consolidate.Window); ok {
			p = s.Points[r.Points[len(r.Points)-1]]
		}
		add(Weak{Kind: "figure", Text: s.Label + ": " + p.Value.String(), Source: sourceName(p.Source),
			Hedge: p.Hedge, Reason: reason(single, unconfirmed), Cites: cites.point(p)})
	}
	for _, p := range props {
		if !p.SingleSource && !p.Unconfirmed {
			continue
		}
		s := p.Support[0]
		add(Weak{Kind: "statement", Text: oneLine(p.Text), Source: sourceName(s.Source), Hedge: s.Hedge,
			Reason: reason(p.SingleSource, p.Unconfirmed), Cites: cites.ids(s.Claims[:1])})
	}
	return out, total - len(out)
}

func reason(single, unconfirmed bool) string {
	var rs []string
	if single {
		rs = append(rs, "single source")
	}
	if unconfirmed {
		rs = append(rs, "unconfirmed")
	}
	return strings.Join(rs, ", ")
}

func columnName(s news.Source) string {
	if s.Name == "" {
		return "unnamed"
	}
	return s.Name
}
