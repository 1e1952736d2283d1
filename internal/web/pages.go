package web

import (
	"bytes"
	"embed"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/sitrep/sitrep/internal/news"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// pages holds one parsed template set per page, each with the layout.
type pages struct {
	byName map[string]*template.Template
}

var funcs = template.FuncMap{
	"value": func(v *news.Value) string {
		if v == nil {
			return ""
		}
		return v.String()
	},
	"val":   func(v news.Value) string { return v.String() },
	"deref": news.Deref,
	"short": func(id string) string {
		if len(id) > 10 {
			return id[:10]
		}
		return id
	},
	"day": func(t time.Time) string {
		if t.IsZero() {
			return ""
		}
		return t.Format(time.DateOnly)
	},
	"join":      strings.Join,
	"query":     func(v url.Values) string { return v.Encode() },
	"claimDate": func(c news.Claim) string { return claimDate(&c) },
	"seriesID":  seriesID,
	"pathEsc":   url.PathEscape,
	"add":       func(a, b int) int { return a + b },
	"hedged":    func(h string) bool { return h != news.HedgeAsserted },
	"group":     func(n int) string { return news.Group(float64(n)) },
	"f1":        func(f float64) string { return fmt.Sprintf("%.1f", f) },
	// webLink tells an alert's link to a web page from the file it was read
	// from, which a browser could not open.
	"webLink": func(s string) bool {
		l := strings.ToLower(s)
		return strings.HasPrefix(l, "https://") || strings.HasPrefix(l, "http://")
	},
	"stamp": func(t time.Time) string { return t.UTC().Format("2006-01-02 15:04") + " UTC" },
	// undatedEdge is where the undated band of a chart begins.
	"undatedEdge": func(x float64) float64 { return x - 38 },
}

func loadPages() (*pages, error) {
	names, err := fs.Glob(templateFS, "templates/*.html")
	if err != nil {
		return nil, fmt.Errorf("list templates: %w", err)
	}
	p := &pages{byName: map[string]*template.Template{}}
	for _, n := range names {
		base := strings.TrimSuffix(strings.TrimPrefix(n, "templates/"), ".html")
		if base == "layout" || strings.HasPrefix(base, "_") {
			continue
		}
		t, err := template.New(base).Funcs(funcs).ParseFS(templateFS, "templates/layout.html", "templates/_*.html", n)
		if err != nil {
			return nil, fmt.Errorf("parse template %s: %w", n, err)
		}
		p.byName[base] = t
	}
	return p, nil
}

// pageData is what every page template gets: the page's own data in Data.
type pageData struct {
	Title  string
	Nav    string   // the navigation entry to mark current
	Query  string   // the search box's text
	Alerts alertNav // set by render
	Data   any
}

// render writes a page, or a plain error when the template fails: a
// half-written page would hide the failure.
func (s *Server) render(w http.ResponseWriter, r *http.Request, code int, name string, pd pageData) {
	t, ok := s.pages.byName[name]
	if !ok {
		http.Error(w, "no page "+name, http.StatusInternalServerError)
		return
	}
	pd.Alerts = s.alertNav(r)
	var b bytes.Buffer
	if err := t.ExecuteTemplate(&b, "layout", pd); err != nil {
		s.cfg.Log.Error("render", "page", name, "path", r.URL.Path, "err", err)
		http.Error(w, "render page: internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(code)
	w.Write(b.Bytes())
}

// fail shows an error page with the status of the error's type.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, e *apiError) {
	code := statusOf[e.typ]
	if code == 0 {
		code = http.StatusInternalServerError
	}
	msg := e.err.Error()
	if e.typ == errorInternal {
		s.cfg.Log.Error("page", "path", r.URL.Path, "err", e.err)
		msg = "internal error (see the server log)"
	}
	s.render(w, r, code, "error", pageData{Title: http.StatusText(code), Data: map[string]any{"Code": code, "Message": msg}})
}
