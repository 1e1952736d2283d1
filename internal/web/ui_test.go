package web

import (
	"bytes"
	"mime/multipart"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/news"
)

func TestPages(t *testing.T) {
	st := openTestStore(t)
	docs := fixtureDocs(t, st)
	s := newTestServer(t, st, nil)
	series := "/series/" + url.PathEscape(seriesID(news.SeriesKey{Actor: "North Korea", Measure: "deployed", What: "personnel", Location: "Russia"}))
	tests := []struct {
		name, target string
		wantCode     int
		want         []string
	}{
		{"overview", "/", 200, []string{"personnel deployed in Russia", "Newest documents", "Kyiv puts the force at 12,000"}},
		{"series", series, 200, []string{`<svg id="chart"`, `href="/docs/` + docs[1].ID + `#claim-`, "Ukraine HUR", "stroke-dasharray"}},
		{"document", "/docs/" + docs[1].ID, 200, []string{`<mark class="claim quantity hedged" id="claim-`, ">12,000 troops</mark>"}},
		{"claims", "/claims?source=nis", 200, []string{"about 11,000 troops"}},
		{"claims sorted", "/claims?sort=-value&limit=1", 200, []string{"12,000 troops", `rel="next"`}},
		{"claims bad", "/claims?since=yesterday", 400, []string{"since"}},
		{"conflicts page 2", "/conflicts?offset=1", 200, []string{"2–2 of 2"}},
		{"conflicts bad offset", "/conflicts?offset=-3", 400, []string{"offset"}},
		{"conflicts", "/conflicts", 200, []string{"Pentagon", `<a href="/docs/` + docs[2].ID + `#claim-`}},
		{"sources", "/sources", 200, []string{"South Korea NIS", "Yonhap (1)"}},
		{"source", "/source?name=a+diplomat&type=unnamed", 200, []string{"talks would go on", "Yonhap"}},
		{"unknown source", "/source?name=nobody&type=person", 404, []string{"no source"}},
		{"briefing", "/report", 200, []string{"<style", "Pentagon"}},
		{"add", "/add", 200, []string{`enctype="multipart/form-data"`}},
		{"unknown doc", "/docs/abcdef12", 404, []string{"not found"}},
		{"unknown series", "/series/nothing", 404, []string{"no series"}},
		{"unknown page", "/nowhere", 404, []string{"no page"}},
		{"style", "/static/style.css", 200, []string{"mark.claim"}},
		{"script", "/static/app.js", 200, []string{"data-tip"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := do(t, s, "GET", tt.target, nil, nil)
			if got, want := w.Code, tt.wantCode; got != want {
				t.Fatalf("status = %d, want %d: %.300s", got, want, w.Body)
			}
			for _, s := range tt.want {
				if !strings.Contains(w.Body.String(), s) {
					t.Errorf("page lacks %q", s)
				}
			}
			if csp := w.Header().Get("Content-Security-Policy"); !strings.Contains(csp, "script-src 'self'") && tt.name != "briefing" {
				t.Errorf("CSP = %q", csp)
			}
		})
	}
}

// TestPagesEscapeDocumentText checks that markup in a document, its title
// and its claims shows as text on every page that shows them.
func TestPagesEscapeDocumentText(t *testing.T) {
	st := openTestStore(t)
	docs := fixtureDocs(t, st)
	s := newTestServer(t, st, nil)
	for _, target := range []string{"/", "/docs/" + docs[0].ID, "/claims", "/claims?text=alert", "/sources", "/report"} {
		t.Run(target, func(t *testing.T) {
			body := do(t, s, "GET", target, nil, nil).Body.String()
			if strings.Contains(body, "<script>alert") {
				t.Errorf("page holds the document's <script> unescaped")
			}
		})
	}
	body := do(t, s, "GET", "/docs/"+docs[0].ID, nil, nil).Body.String()
	if !strings.Contains(body, "&lt;script&gt;alert(1)&lt;/script&gt;") {
		t.Errorf("document page does not show the markup as text")
	}
}

func TestAddForm(t *testing.T) {
	st := openTestStore(t)
	form := func(fields map[string]string, file string) (*bytes.Buffer, string) {
		var b bytes.Buffer
		mw := multipart.NewWriter(&b)
		for k, v := range fields {
			mw.WriteField(k, v)
		}
		if file != "" {
			fw, _ := mw.CreateFormFile("file", "upload.txt")
			fw.Write([]byte(file))
		}
		mw.Close()
		return &b, mw.FormDataContentType()
	}
	tests := []struct {
		name, token string
		fields      map[string]string
		file        string
		wantCode    int
		want        string
	}{
		{"text", "", map[string]string{"text": "Pasted report line.\nMore."}, "", 303, "/docs/"},
		{"file", "", nil, "Uploaded report line.\nMore.", 303, "/docs/"},
		{"nothing", "", map[string]string{"text": "  "}, "", 400, "give a URL"},
		{"bad url", "", map[string]string{"url": "/etc/passwd"}, "", 400, "not an http"},
		{"token missing", "tok", map[string]string{"text": "Another line.\n"}, "", 401, "Bearer"},
		{"token in form", "tok", map[string]string{"text": "Token line.\n", "token": "tok"}, "", 303, "/docs/"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newTestServer(t, st, func(c *Config) { c.Token = tt.token })
			body, ct := form(tt.fields, tt.file)
			w := do(t, s, "POST", "/add", body, map[string]string{"Content-Type": ct})
			if got, want := w.Code, tt.wantCode; got != want {
				t.Fatalf("status = %d, want %d: %.300s", got, want, w.Body)
			}
			got := w.Body.String()
			if w.Code == http.StatusSeeOther {
				got = w.Header().Get("Location")
			}
			if !strings.Contains(got, tt.want) {
				t.Errorf("answer %.200q lacks %q", got, tt.want)
			}
		})
	}
}
