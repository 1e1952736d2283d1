package web

import (
	"context"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"strings"
	"sync"

	"github.com/sitrep/sitrep/internal/ingest"
	"github.com/sitrep/sitrep/internal/news"
	"github.com/sitrep/sitrep/internal/store"
)

// writing guards an endpoint that changes the store: the request must come
// from this server's own pages or from a non-browser client, and carry the
// token when one is set.
func (s *Server) writing(f apiFunc) apiFunc {
	return func(r *http.Request) (any, []string, *apiError) {
		if e := s.authorize(r, ""); e != nil {
			return nil, nil, e
		}
		return f(r)
	}
}

// authorize checks a writing request. formToken is the token a UI form
// posted, since a plain HTML form cannot set the Authorization header.
func (s *Server) authorize(r *http.Request, formToken string) *apiError {
	if crossSite(r) {
		return &apiError{errorForbidden, errors.New("cross-site request refused")}
	}
	if s.cfg.Token == "" {
		return nil
	}
	tok := formToken
	if h := r.Header.Get("Authorization"); h != "" {
		scheme, t, ok := strings.Cut(h, " ")
		if !ok || !strings.EqualFold(scheme, "Bearer") {
			return &apiError{errorUnauthorized, errors.New("authorization must be \"Bearer TOKEN\"")}
		}
		tok = strings.TrimSpace(t)
	}
	if tok == "" {
		return &apiError{errorUnauthorized, errors.New("this endpoint needs \"Authorization: Bearer TOKEN\"")}
	}
	if subtle.ConstantTimeCompare([]byte(tok), []byte(s.cfg.Token)) != 1 {
		return &apiError{errorUnauthorized, errors.New("wrong token")}
	}
	return nil
}

// crossSite reports a browser request sent by another site's page: a
// server on loopback is still reachable from any page the user opens, and
// must not let those pages fill its store. Sec-Fetch-Site, which browsers
// set and pages cannot, decides when present; else a foreign Origin does.
// Clients that are not browsers send neither.
func crossSite(r *http.Request) bool {
	switch r.Header.Get("Sec-Fetch-Site") {
	case "same-origin", "none":
		return false
	case "":
	default:
		return true
	}
	origin := r.Header.Get("Origin")
	if origin == "" {
		return false
	}
	u, err := url.Parse(origin)
	return err != nil || u.Host != r.Host
}

// ingestRequest is the JSON form of an ingest: a URL, or a text.
type ingestRequest struct {
	URL  string `json:"url"`
	Text string `json:"text"`
	Name string `json:"name"`
}

// ingestResult is one document stored (or found stored) by an ingest.
type ingestResult struct {
	Input  string       `json:"input"`
	Doc    string       `json:"doc"`
	Story  string       `json:"story"`
	Added  bool         `json:"added"`
	Error  string       `json:"error,omitempty"`
	Claims []news.Claim `json:"claims"`
}

func (s *Server) apiIngest(r *http.Request) (any, []string, *apiError) {
	if s.cfg.Ingester == nil {
		return nil, nil, &apiError{errorUnavailable, errors.New("this server does not ingest")}
	}
	body, err := io.ReadAll(r.Body)
	if err != nil {
		if isTooLarge(err) {
			return nil, nil, &apiError{errorTooLarge, fmt.Errorf("body larger than %d bytes", s.cfg.MaxBody)}
		}
		return nil, nil, badData("read body: %v", err)
	}
	mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	name := strings.TrimSpace(r.URL.Query().Get("name"))
	var req ingestRequest
	switch mt {
	case "application/json":
		dec := json.NewDecoder(strings.NewReader(string(body)))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&req); err != nil {
			return nil, nil, badData("body is not {\"url\": ...} or {\"text\": ..., \"name\": ...}: %v", err)
		}
		if (req.URL == "") == (req.Text == "") {
			return nil, nil, badData("give exactly one of \"url\" and \"text\"")
		}
		if req.Name != "" {
			name = req.Name
		}
	case "text/plain", "text/html", "application/xhtml+xml":
		req.Text = string(body)
	default:
		return nil, nil, badData("content type %q: send application/json, text/plain or text/html", mt)
	}
	var results []ingestResult
	var e *apiError
	if req.URL != "" {
		results, e = s.ingestURL(r.Context(), req.URL)
	} else {
		results, e = s.ingestText(r.Context(), name, mt, []byte(req.Text))
	}
	if e != nil {
		return nil, nil, e
	}
	return results, nil, nil
}

// ingestURL fetches a page or feed the way `sitrep ingest URL` does.
func (s *Server) ingestURL(ctx context.Context, raw string) ([]ingestResult, *apiError) {
	u, err := url.Parse(strings.TrimSpace(raw))
	// Anything but an absolute http(s) URL would be read by Ingest as a
	// local path or glob: the API must never read the server's files.
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, badData("url %q is not an http or https URL", raw)
	}
	in := *s.cfg.Ingester
	var mu sync.Mutex
	var rs []ingest.Result
	in.Report = func(r ingest.Result) {
		mu.Lock()
		rs = append(rs, r)
		mu.Unlock()
	}
	if _, err := in.Ingest(ctx, []string{u.String()}); err != nil {
		return nil, &apiError{errorInternal, err}
	}
	return s.ingestResults(ctx, rs)
}

// ingestText stores a posted document, named name ("posted" when empty).
func (s *Server) ingestText(ctx context.Context, name, contentType string, raw []byte) ([]ingestResult, *apiError) {
	if name == "" {
		name = "posted"
		if contentType == "text/html" {
			name = "posted.html"
		}
	}
	if len(name) > maxParamLen {
		return nil, badData("name longer than %d bytes", maxParamLen)
	}
	return s.ingestResults(ctx, []ingest.Result{s.cfg.Ingester.Add(ctx, name, contentType, raw)})
}

// ingestResults turns ingest results into the answer, each stored document
// with its claims. When nothing was stored the failure is the answer.
func (s *Server) ingestResults(ctx context.Context, rs []ingest.Result) ([]ingestResult, *apiError) {
	out := []ingestResult{}
	var failures []string
	for _, r := range rs {
		if r.Items > 0 {
			continue // a feed: its items follow as results of their own
		}
		ir := ingestResult{Input: r.Input, Doc: r.Doc, Story: r.Story, Added: r.Added, Claims: []news.Claim{}}
		if r.Err != nil {
			ir.Error = r.Err.Error()
			failures = append(failures, r.Input+": "+ir.Error)
		} else {
			cs, err := s.cfg.Store.Claims(ctx, store.ClaimFilter{Doc: r.Doc})
			if err != nil {
				return nil, storeError(err)
			}
			ir.Claims = cs
		}
		out = append(out, ir)
	}
	if len(out) > 0 && len(failures) == len(out) {
		return nil, badData("%s", strings.Join(failures, "; "))
	}
	s.views.invalidate()
	return out, nil
}
