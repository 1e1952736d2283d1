package web

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/ingest"
)

func TestIsLoopbackAndCheckAddr(t *testing.T) {
	tests := []struct {
		addr     string
		loopback bool
	}{
		{"127.0.0.1:8080", true},
		{"localhost:8080", true},
		{"[::1]:8080", true},
		{"127.8.9.1:1", true},
		{"0.0.0.0:8080", false},
		{":8080", false},
		{"[::]:8080", false},
		{"192.168.1.5:8080", false},
		{"example.com:80", false},
		{"nonsense", false},
	}
	for _, tt := range tests {
		t.Run(tt.addr, func(t *testing.T) {
			if got, want := IsLoopback(tt.addr), tt.loopback; got != want {
				t.Errorf("IsLoopback = %v, want %v", got, want)
			}
			if got, want := CheckAddr(tt.addr, "") == nil, tt.loopback; got != want {
				t.Errorf("CheckAddr without token ok = %v, want %v", got, want)
			}
			if err := CheckAddr(tt.addr, "t0ken"); err != nil {
				t.Errorf("CheckAddr with token: %v", err)
			}
		})
	}
}

func TestIngestAuthorization(t *testing.T) {
	st := openTestStore(t)
	tests := []struct {
		name, token string
		header      map[string]string
		wantCode    int
		wantType    string
	}{
		{"no token configured", "", nil, 200, ""},
		{"token missing", "s3cret", nil, 401, "unauthorized"},
		{"token wrong", "s3cret", map[string]string{"Authorization": "Bearer nope"}, 401, "unauthorized"},
		{"not bearer", "s3cret", map[string]string{"Authorization": "Basic czNjcmV0"}, 401, "unauthorized"},
		{"token right", "s3cret", map[string]string{"Authorization": "Bearer s3cret"}, 200, ""},
		{"bearer any case", "s3cret", map[string]string{"Authorization": "bearer s3cret"}, 200, ""},
		{"cross-site origin", "", map[string]string{"Origin": "https://evil.example"}, 403, "forbidden"},
		{"cross-site fetch", "", map[string]string{"Sec-Fetch-Site": "cross-site"}, 403, "forbidden"},
		{"cross-site with token", "s3cret", map[string]string{"Origin": "https://evil.example", "Authorization": "Bearer s3cret"}, 403, "forbidden"},
		{"same origin", "", map[string]string{"Origin": "http://example.com", "Sec-Fetch-Site": "same-origin"}, 200, ""},
		{"same origin, null origin", "", map[string]string{"Origin": "null", "Sec-Fetch-Site": "same-origin"}, 200, ""},
		{"null origin alone", "", map[string]string{"Origin": "null"}, 403, "forbidden"},
		{"same site other port", "", map[string]string{"Sec-Fetch-Site": "same-site", "Origin": "http://example.com:9999"}, 403, "forbidden"},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newTestServer(t, st, func(c *Config) { c.Token = tt.token })
			h := map[string]string{"Content-Type": "text/plain"}
			for k, v := range tt.header {
				h[k] = v
			}
			body := strings.NewReader("A report numbered " + strings.Repeat("i", i+1) + ".\nMore text.")
			w := do(t, s, "POST", "/api/v1/ingest", body, h)
			if got, want := w.Code, tt.wantCode; got != want {
				t.Fatalf("status = %d, want %d: %s", got, want, w.Body)
			}
			if got, want := decode(t, w).ErrorType, tt.wantType; got != want {
				t.Errorf("errorType = %q, want %q", got, want)
			}
		})
	}
}

func TestIngestBodies(t *testing.T) {
	st := openTestStore(t)
	s := newTestServer(t, st, func(c *Config) { c.MaxBody = 2000 })
	tests := []struct {
		name, contentType, target, body string
		wantCode                        int
		wantMsg                         string
	}{
		{"plain text", "text/plain; charset=utf-8", "/api/v1/ingest?name=note.txt", "First line of a note.\nSecond.", 200, ""},
		{"json text", "application/json", "/api/v1/ingest", `{"text": "Posted as JSON.\nMore.", "name": "j"}`, 200, ""},
		{"html", "text/html", "/api/v1/ingest", "<html><body><article><p>An article body that is long enough to be the main text of this page, with a figure of 12 drones.</p></article></body></html>", 200, ""},
		{"too large", "text/plain", "/api/v1/ingest", strings.Repeat("x", 2001), 413, "larger"},
		{"empty", "text/plain", "/api/v1/ingest", "   ", 400, "empty"},
		{"bad json", "application/json", "/api/v1/ingest", `{"url": `, 400, "not"},
		{"unknown json field", "application/json", "/api/v1/ingest", `{"path": "/etc/passwd"}`, 400, "unknown field"},
		{"both url and text", "application/json", "/api/v1/ingest", `{"url": "https://example.com/", "text": "x"}`, 400, "exactly one"},
		{"local path as url", "application/json", "/api/v1/ingest", `{"url": "/etc/passwd"}`, 400, "not an http"},
		{"file url", "application/json", "/api/v1/ingest", `{"url": "file:///etc/passwd"}`, 400, "not an http"},
		{"glob as url", "application/json", "/api/v1/ingest", `{"url": "*.txt"}`, 400, "not an http"},
		{"loopback url refused", "application/json", "/api/v1/ingest", `{"url": "http://127.0.0.1:1/x"}`, 400, "127.0.0.1"},
		{"other type", "image/png", "/api/v1/ingest", "x", 400, "content type"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := do(t, s, "POST", tt.target, strings.NewReader(tt.body), map[string]string{"Content-Type": tt.contentType})
			if got, want := w.Code, tt.wantCode; got != want {
				t.Fatalf("status = %d, want %d: %s", got, want, w.Body)
			}
			e := decode(t, w)
			if tt.wantCode != 200 {
				if !strings.Contains(e.Error, tt.wantMsg) {
					t.Errorf("error = %q, want it to mention %q", e.Error, tt.wantMsg)
				}
				return
			}
			var rs []ingestResult
			if err := json.Unmarshal(e.Data, &rs); err != nil {
				t.Fatal(err)
			}
			if len(rs) != 1 || rs[0].Doc == "" || len(rs[0].Claims) == 0 {
				t.Fatalf("results = %+v, want one document with claims", rs)
			}
			if w := do(t, s, "GET", "/api/v1/docs/"+rs[0].Doc, nil, nil); w.Code != http.StatusOK {
				t.Errorf("stored document: status %d", w.Code)
			}
		})
	}
}

func TestIngestRefusedWithoutIngester(t *testing.T) {
	st := openTestStore(t)
	s := newTestServer(t, st, func(c *Config) { c.Ingester = nil })
	w := do(t, s, "POST", "/api/v1/ingest", strings.NewReader("text"), map[string]string{"Content-Type": "text/plain"})
	if got, want := w.Code, http.StatusServiceUnavailable; got != want {
		t.Errorf("status = %d, want %d", got, want)
	}
}

// FuzzIngestText posts arbitrary bodies as text and HTML: the answer is
// always an envelope, never an internal error, and a stored document is
// readable afterwards.
func FuzzIngestText(f *testing.F) {
	st := openTestStore(f)
	s := newTestServer(f, st, nil)
	f.Add("text/plain", "A line.\nAnother.")
	f.Add("text/html", "<html><body><p>x</p><script>1</script></body></html>")
	f.Add("text/plain", "\x00\x01binary")
	f.Add("text/html", "<?xml version=\"1.0\"?><rss><channel></channel></rss>")
	f.Fuzz(func(t *testing.T, contentType, body string) {
		if contentType != "text/plain" && contentType != "text/html" {
			contentType = "text/plain"
		}
		w := do(t, s, "POST", "/api/v1/ingest?name=f", strings.NewReader(body), map[string]string{"Content-Type": contentType})
		e := decode(t, w)
		if w.Code >= 500 || e.ErrorType == "internal" {
			t.Fatalf("status %d: %s", w.Code, w.Body)
		}
		if (w.Code == 200) != (e.Status == "success") {
			t.Fatalf("status %d with envelope status %q", w.Code, e.Status)
		}
		if w.Code != 200 {
			return
		}
		var rs []ingestResult
		if err := json.Unmarshal(e.Data, &rs); err != nil || len(rs) != 1 {
			t.Fatalf("results %s: %v", e.Data, err)
		}
		if w := do(t, s, "GET", "/docs/"+rs[0].Doc, nil, nil); w.Code != 200 || strings.Contains(w.Body.String(), "<script>1") {
			t.Fatalf("document page: status %d", w.Code)
		}
	})
}

func TestIngestURL(t *testing.T) {
	site := http.NewServeMux()
	site.HandleFunc("/a.txt", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		io.WriteString(w, "Fetched report line.\nMore.")
	})
	site.HandleFunc("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>f</title>
<item><title>One</title><link>http://%[1]s/one.txt</link></item>
<item><title>Two</title><link>http://%[1]s/missing.txt</link></item></channel></rss>`, r.Host)
	})
	site.HandleFunc("/one.txt", func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "Feed item one line.\nMore.")
	})
	srv := httptest.NewServer(site)
	defer srv.Close()
	st := openTestStore(t)
	s := newTestServer(t, st, func(c *Config) {
		c.Ingester = &ingest.Ingester{Store: st, Analyzer: stubAnalyzer{},
			Fetcher: ingest.NewFetcher(ingest.FetchOptions{AllowPrivate: true})}
	})
	post := func(u string) (int, []ingestResult) {
		w := do(t, s, "POST", "/api/v1/ingest", jsonBody(map[string]string{"url": u}), map[string]string{"Content-Type": "application/json"})
		var rs []ingestResult
		json.Unmarshal(decode(t, w).Data, &rs)
		return w.Code, rs
	}
	code, rs := post(srv.URL + "/a.txt")
	if code != 200 || len(rs) != 1 || rs[0].Doc == "" || len(rs[0].Claims) != 1 {
		t.Fatalf("page: status %d, results %+v", code, rs)
	}
	if got, want := rs[0].Claims[0].Quote, "Fetched report line."; got != want {
		t.Errorf("claim = %q, want %q", got, want)
	}
	code, rs = post(srv.URL + "/feed.xml")
	if code != 200 || len(rs) != 2 {
		t.Fatalf("feed: status %d, results %+v", code, rs)
	}
	var stored, failed int
	for _, r := range rs {
		if r.Error != "" {
			failed++
		} else if r.Doc != "" {
			stored++
		}
	}
	if stored != 1 || failed != 1 {
		t.Errorf("feed items: %d stored, %d failed, want 1 and 1: %+v", stored, failed, rs)
	}
	if code, _ := post(srv.URL + "/missing.txt"); code != 400 {
		t.Errorf("missing page: status %d, want 400", code)
	}
}
