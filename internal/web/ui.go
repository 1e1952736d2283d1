package web

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"net/http"
	"slices"
	"strings"

	"github.com/sitrep/sitrep/internal/consolidate"
	"github.com/sitrep/sitrep/internal/news"
	"github.com/sitrep/sitrep/internal/report"
	"github.com/sitrep/sitrep/internal/store"
)

// Sizes of the overview's lists.
const (
	overviewSeries    = 12
	overviewConflicts = 6
	overviewDocs      = 10
	sourceClaims      = 500
	conflictsPage     = 200
)

func (s *Server) uiRoutes() {
	m := s.mux
	static, _ := fs.Sub(staticFS, "static")
	m.Handle("GET /static/", http.StripPrefix("/static/", http.FileServerFS(static)))
	m.HandleFunc("GET /{$}", s.pageOverview)
	m.HandleFunc("GET /series/{id}", s.pageSeries)
	m.HandleFunc("GET /docs/{id}", s.pageDoc)
	m.HandleFunc("GET /claims", s.pageClaims)
	m.HandleFunc("GET /conflicts", s.pageConflicts)
	m.HandleFunc("GET /sources", s.pageSources)
	m.HandleFunc("GET /source", s.pageSource)
	m.HandleFunc("GET /report", s.pageReport)
	m.HandleFunc("GET /add", s.pageAdd)
	m.HandleFunc("POST /add", s.postAdd)
	m.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		s.fail(w, r, &apiError{errorNotFound, fmt.Errorf("no page %s", r.URL.Path)})
	})
}

// seriesRow is a series as the overview lists it.
type seriesRow struct {
	S      *news.Series
	ID     string
	Spark  sparkline
	Range  string
	Latest string
}

func newSeriesRow(s *news.Series) seriesRow {
	lo, hi := 0.0, 0.0
	for i, p := range s.Points {
		a, b := p.Value.V, p.Value.V
		if p.Value.Kind == news.KindRange {
			a, b = p.Value.Low, p.Value.High
		}
		if i == 0 || a < lo {
			lo = a
		}
		if i == 0 || b > hi {
			hi = b
		}
	}
	row := seriesRow{S: s, ID: seriesID(s.Key), Spark: drawSparkline(s)}
	if len(s.Points) > 0 {
		row.Range = news.Group(lo)
		if hi != lo {
			row.Range += " – " + news.Group(hi)
		}
	}
	if s.Latest != nil {
		row.Latest = s.Latest.String()
	}
	return row
}

func (s *Server) pageOverview(w http.ResponseWriter, r *http.Request) {
	v, err := s.views.consolidated(r.Context())
	if err != nil {
		s.fail(w, r, storeError(err))
		return
	}
	var rows []seriesRow
	for i := range v.series[:min(len(v.series), overviewSeries)] {
		rows = append(rows, newSeriesRow(&v.series[i]))
	}
	var docs []store.Document
	for i := len(v.docs) - 1; i >= 0 && len(docs) < overviewDocs; i-- {
		docs = append(docs, v.docs[i])
	}
	s.render(w, r, http.StatusOK, "overview", pageData{Title: "Overview", Nav: "overview", Data: map[string]any{
		"Series": rows, "AllSeries": len(v.series), "Conflicts": v.conflicts[:min(len(v.conflicts), overviewConflicts)],
		"NumConflicts": len(v.conflicts), "Docs": docs, "NumDocs": len(v.docs), "NumClaims": len(v.claims),
	}})
}

// pointRow is one point of a series as its table shows it.
type pointRow struct {
	P      *news.Point
	Href   string
	Quote  string
	Relays []string
	Mark   chartMark
}

func (s *Server) pageSeries(w http.ResponseWriter, r *http.Request) {
	v, err := s.views.consolidated(r.Context())
	if err != nil {
		s.fail(w, r, storeError(err))
		return
	}
	i, ok := v.seriesBy[r.PathValue("id")]
	if !ok {
		s.fail(w, r, &apiError{errorNotFound, fmt.Errorf("no series %q", r.PathValue("id"))})
		return
	}
	se := &v.series[i]
	link := func(p *news.Point) pointLink {
		for _, id := range p.Claims {
			if c, ok := v.claimByID[id]; ok {
				return pointLink{href: "/docs/" + c.Doc + "#claim-" + c.ID, quote: oneLine(c.Sentence)}
			}
		}
		if len(p.Docs) > 0 {
			return pointLink{href: "/docs/" + p.Docs[0]}
		}
		return pointLink{}
	}
	ch := drawChart(se, link)
	rows := make([]pointRow, len(se.Points))
	for j := range se.Points {
		p := &se.Points[j]
		l := link(p)
		rows[j] = pointRow{P: p, Href: l.href, Quote: l.quote, Mark: ch.Marks[j]}
		for _, id := range p.Claims {
			if c, ok := v.claimByID[id]; ok {
				for _, via := range c.Via {
					if !slices.Contains(rows[j].Relays, via) {
						rows[j].Relays = append(rows[j].Relays, via)
					}
				}
			}
		}
	}
	var conflicts []consolidate.Conflict
	for _, c := range v.conflicts {
		if c.Key == se.Key {
			conflicts = append(conflicts, c)
		}
	}
	s.render(w, r, http.StatusOK, "series", pageData{Title: se.Label, Data: map[string]any{
		"S": se, "Chart": ch, "Rows": rows, "Conflicts": conflicts,
	}})
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

func (s *Server) pageDoc(w http.ResponseWriter, r *http.Request) {
	dd, e := s.loadDoc(r, r.PathValue("id"))
	if e != nil {
		s.fail(w, r, e)
		return
	}
	title := dd.Doc.Meta.Title
	if title == "" {
		title = dd.Doc.Source
	}
	s.render(w, r, http.StatusOK, "doc", pageData{Title: title, Data: map[string]any{
		"D": dd.Doc, "Claims": dd.Claims, "Copies": dd.Copies, "Text": highlight(dd.Doc.Text, docMarks(dd.Doc)),
	}})
}

// sortLink is a column header of the claims table.
type sortLink struct {
	Label, Href string
	Active      string // "", "asc" or "desc"
}

func (s *Server) pageClaims(w http.ResponseWriter, r *http.Request) {
	cq, warnings, err := parseClaimQuery(r.URL.Query())
	if err != nil {
		s.fail(w, r, &apiError{errorBadData, err})
		return
	}
	// One more than a page tells whether there is a next page without
	// counting every match.
	more := cq
	more.Filter.Limit++
	claims, warn, e := s.listClaims(r, more)
	if e != nil {
		s.fail(w, r, e)
		return
	}
	if warn != "" {
		warnings = append(warnings, warn)
	}
	hasNext := len(claims) > cq.Filter.Limit
	claims = claims[:min(len(claims), cq.Filter.Limit)]
	page := func(off int) string {
		q := cq
		q.Filter.Offset = max(off, 0)
		return "/claims?" + q.encode().Encode()
	}
	var prev, next string
	if cq.Filter.Offset > 0 {
		prev = page(cq.Filter.Offset - cq.Filter.Limit)
	}
	if hasNext {
		next = page(cq.Filter.Offset + cq.Filter.Limit)
	}
	var cols []sortLink
	for _, k := range []string{"date", "source", "hedge", "value", "what", "measure", "actor"} {
		q := cq
		q.Filter.Offset = 0
		l := sortLink{Label: k}
		switch cq.Sort {
		case k:
			l.Active, q.Sort = "asc", "-"+k
		case "-" + k:
			l.Active, q.Sort = "desc", ""
		default:
			q.Sort = k
		}
		l.Href = "/claims?" + q.encode().Encode()
		cols = append(cols, l)
	}
	s.render(w, r, http.StatusOK, "claims", pageData{Title: "Claims", Nav: "claims", Query: cq.Filter.Text, Data: map[string]any{
		"Q": cq, "F": cq.Filter, "Claims": claims, "Prev": prev, "Next": next, "Cols": cols, "Warnings": warnings,
		"From": cq.Filter.Offset + 1, "To": cq.Filter.Offset + len(claims),
	}})
}

func (s *Server) pageConflicts(w http.ResponseWriter, r *http.Request) {
	v, err := s.views.consolidated(r.Context())
	if err != nil {
		s.fail(w, r, storeError(err))
		return
	}
	off, err := intParam(r.URL.Query(), "offset", 0, 0, 1<<31-1)
	if err != nil {
		s.fail(w, r, &apiError{errorBadData, err})
		return
	}
	lo := min(off, len(v.conflicts))
	hi := min(lo+conflictsPage, len(v.conflicts))
	var next string
	if hi < len(v.conflicts) {
		next = fmt.Sprintf("/conflicts?offset=%d", hi)
	}
	rows := make([]conflictView, 0, hi-lo)
	for i := lo; i < hi; i++ {
		c := &v.conflicts[i]
		rows = append(rows, conflictView{C: c, AHref: v.claimLink(c.A.Claims), BHref: v.claimLink(c.B.Claims)})
	}
	s.render(w, r, http.StatusOK, "conflicts", pageData{Title: "Conflicts", Nav: "conflicts", Data: map[string]any{
		"Conflicts": rows, "Total": len(v.conflicts), "From": lo + 1, "To": hi, "Next": next}})
}

// conflictView is a conflict with links to the sentences of its sides.
type conflictView struct {
	C            *consolidate.Conflict
	AHref, BHref string
}

// claimLink links to the first of a point's claims in its document.
func (v *views) claimLink(claims []string) string {
	for _, id := range claims {
		if c, ok := v.claimByID[id]; ok {
			return "/docs/" + c.Doc + "#claim-" + c.ID
		}
	}
	return ""
}

func (s *Server) pageSources(w http.ResponseWriter, r *http.Request) {
	v, err := s.views.consolidated(r.Context())
	if err != nil {
		s.fail(w, r, storeError(err))
		return
	}
	s.render(w, r, http.StatusOK, "sources", pageData{Title: "Sources", Nav: "sources", Data: map[string]any{"Sources": v.sources}})
}

func (s *Server) pageSource(w http.ResponseWriter, r *http.Request) {
	v, err := s.views.consolidated(r.Context())
	if err != nil {
		s.fail(w, r, storeError(err))
		return
	}
	name, typ := r.URL.Query().Get("name"), r.URL.Query().Get("type")
	for i := range v.sources {
		src := &v.sources[i]
		if src.Name != name || src.Type != typ {
			continue
		}
		var claims []store.DocClaim
		for _, j := range src.claimIx[:min(len(src.claimIx), sourceClaims)] {
			claims = append(claims, v.claims[j])
		}
		s.render(w, r, http.StatusOK, "source", pageData{Title: src.Name, Nav: "sources", Data: map[string]any{
			"Src": src, "Claims": claims, "Shown": len(claims), "Docs": v.docByID,
		}})
		return
	}
	s.fail(w, r, &apiError{errorNotFound, errors.New("no source " + name + " (" + typ + ")")})
}

// reportCSP lets the briefing use its own inline styles: it is one
// self-contained file, with no scripts.
const reportCSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; frame-ancestors 'none'"

// pageReport serves the briefing `sitrep report --format html` writes,
// made once per views.
func (s *Server) pageReport(w http.ResponseWriter, r *http.Request) {
	v, err := s.views.get(r.Context())
	if err != nil {
		s.fail(w, r, storeError(err))
		return
	}
	html, err := v.cachedBytes("report", func() ([]byte, error) {
		var b bytes.Buffer
		br := report.Build(v.input(), report.Options{Generated: v.built.UTC(), Consolidate: v.opt})
		if err := br.WriteHTML(&b); err != nil {
			return nil, err
		}
		return b.Bytes(), nil
	})
	if err != nil {
		s.fail(w, r, &apiError{errorInternal, err})
		return
	}
	w.Header().Set("Content-Security-Policy", reportCSP)
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Write(html)
}
