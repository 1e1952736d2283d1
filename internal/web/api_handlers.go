package web

import (
	"cmp"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"strings"

	"github.com/sitrep/sitrep/internal/news"
	"github.com/sitrep/sitrep/internal/store"
)

// maxSorted bounds how many matches a sorted claim listing reads: sorting
// needs them all in memory, while storing order pages in the database.
const maxSorted = 20000

func (s *Server) routes() {
	m := s.mux
	m.HandleFunc("GET /api/v1/docs", s.api(s.apiDocs))
	m.HandleFunc("GET /api/v1/docs/{id}", s.api(s.apiDoc))
	m.HandleFunc("GET /api/v1/claims", s.api(s.apiClaims))
	m.HandleFunc("GET /api/v1/estimates", s.api(s.apiEstimates))
	m.HandleFunc("GET /api/v1/conflicts", s.api(s.apiConflicts))
	m.HandleFunc("GET /api/v1/sources", s.api(s.apiSources))
	m.HandleFunc("POST /api/v1/ingest", s.api(s.writing(s.apiIngest)))
	s.alertRoutes()
	m.HandleFunc("/api/", s.api(func(r *http.Request) (any, []string, *apiError) {
		return nil, nil, &apiError{errorNotFound, fmt.Errorf("no endpoint %s %s", r.Method, r.URL.Path)}
	}))
	s.uiRoutes()
}

func (s *Server) apiDocs(r *http.Request) (any, []string, *apiError) {
	q := r.URL.Query()
	var f store.DocFilter
	var err error
	if f.Limit, err = intParam(q, "limit", defaultLimit, 1, maxLimit); err != nil {
		return nil, nil, &apiError{errorBadData, err}
	}
	if f.Offset, err = intParam(q, "offset", 0, 0, 1<<31-1); err != nil {
		return nil, nil, &apiError{errorBadData, err}
	}
	f.Text, f.Story = strings.TrimSpace(q.Get("text")), strings.TrimSpace(q.Get("story"))
	docs, err := s.cfg.Store.Documents(r.Context(), f)
	if err != nil {
		return nil, nil, storeError(err)
	}
	return docs, nil, nil
}

// docData is one document as the API gives it: the document, its claims
// and the other copies of its story.
type docData struct {
	Doc    *store.Document  `json:"doc"`
	Claims []news.Claim     `json:"claims"`
	Copies []store.Document `json:"copies"`
}

func (s *Server) loadDoc(r *http.Request, id string) (*docData, *apiError) {
	if len(id) < 4 || len(id) > 64 || strings.Trim(strings.ToLower(id), "0123456789abcdef") != "" {
		return nil, &apiError{errorNotFound, fmt.Errorf("no document %q (ids are hex, at least 4 characters)", id)}
	}
	d, err := s.cfg.Store.Document(r.Context(), id)
	if err != nil {
		return nil, storeError(err)
	}
	dd := &docData{Doc: d, Claims: d.Claims, Copies: []store.Document{}}
	if dd.Claims == nil {
		dd.Claims = []news.Claim{}
	}
	copies, err := s.cfg.Store.Documents(r.Context(), store.DocFilter{Story: d.Story})
	if err != nil {
		return nil, storeError(err)
	}
	for _, c := range copies {
		if c.ID != d.ID {
			dd.Copies = append(dd.Copies, c)
		}
	}
	return dd, nil
}

func (s *Server) apiDoc(r *http.Request) (any, []string, *apiError) {
	dd, e := s.loadDoc(r, r.PathValue("id"))
	if e != nil {
		return nil, nil, e
	}
	return dd, nil, nil
}

func (s *Server) apiClaims(r *http.Request) (any, []string, *apiError) {
	cq, warnings, err := parseClaimQuery(r.URL.Query())
	if err != nil {
		return nil, nil, &apiError{errorBadData, err}
	}
	v, ix, ok, e := s.indexedClaims(r, cq)
	if e != nil {
		return nil, nil, e
	}
	if ok {
		raw, err := encodeList(len(ix), func(i int) ([]byte, error) { return v.encodedClaim(ix[i]) })
		if err != nil {
			return nil, nil, &apiError{errorInternal, err}
		}
		return raw, warnings, nil
	}
	claims, more, e := s.storeClaims(r, cq)
	if e != nil {
		return nil, nil, e
	}
	if more != "" {
		warnings = append(warnings, more)
	}
	return claims, warnings, nil
}

// listClaims answers a claim query, from the in-memory index when it can.
func (s *Server) listClaims(r *http.Request, cq claimQuery) ([]news.Claim, string, *apiError) {
	v, ix, ok, e := s.indexedClaims(r, cq)
	if e != nil {
		return nil, "", e
	}
	if !ok {
		return s.storeClaims(r, cq)
	}
	claims := make([]news.Claim, len(ix))
	for i, j := range ix {
		claims[i] = v.claims[j].Claim
	}
	return claims, "", nil
}

// indexedClaims answers a claim query from the in-memory index, giving the
// indexes of the claims in v.claims; ok is false for what only the store
// answers (full-text search).
func (s *Server) indexedClaims(r *http.Request, cq claimQuery) (v *views, ix []int, ok bool, e *apiError) {
	if strings.TrimSpace(cq.Filter.Text) != "" {
		return nil, nil, false, nil
	}
	v, err := s.views.get(r.Context())
	if err != nil {
		return nil, nil, false, storeError(err)
	}
	if !v.index.canAnswer(cq.Filter) {
		return nil, nil, false, nil
	}
	if cq.Sort == "" {
		return v, v.index.match(cq.Filter), true, nil
	}
	f := cq.Filter
	f.Limit, f.Offset = 0, 0
	ix = v.index.match(f)
	cmpc := compareClaims(cq.Sort)
	slices.SortFunc(ix, func(a, b int) int {
		// Ties keep the storing order, as a stable sort would.
		return cmp.Or(cmpc(&v.claims[a].Claim, &v.claims[b].Claim), cmp.Compare(a, b))
	})
	return v, page(ix, cq.Filter), true, nil
}

// storeClaims answers a claim query from the store. Storing order pages
// in the database; any other order reads at most maxSorted matches, sorts
// and pages them, and warns when there were more.
func (s *Server) storeClaims(r *http.Request, cq claimQuery) ([]news.Claim, string, *apiError) {
	if cq.Sort == "" {
		claims, err := s.cfg.Store.Claims(r.Context(), cq.Filter)
		if err != nil {
			return nil, "", storeError(err)
		}
		return claims, "", nil
	}
	f := cq.Filter
	f.Limit, f.Offset = maxSorted+1, 0
	claims, err := s.cfg.Store.Claims(r.Context(), f)
	if err != nil {
		return nil, "", storeError(err)
	}
	warn := ""
	if len(claims) > maxSorted {
		claims = claims[:maxSorted]
		warn = fmt.Sprintf("more than %d matches: only the first %d were sorted; narrow the filters", maxSorted, maxSorted)
	}
	cmpc := compareClaims(cq.Sort)
	slices.SortStableFunc(claims, func(a, b news.Claim) int { return cmpc(&a, &b) })
	return page(claims, cq.Filter), warn, nil
}

// page cuts one page out of a sorted listing.
func page[T any](all []T, f store.ClaimFilter) []T {
	lo := min(f.Offset, len(all))
	hi := len(all)
	if f.Limit > 0 {
		hi = min(lo+f.Limit, len(all))
	}
	return all[lo:hi]
}

// compareClaims orders claims by key ("date", "-value", ...).
func compareClaims(key string) func(a, b *news.Claim) int {
	desc := strings.HasPrefix(key, "-")
	key = strings.TrimPrefix(key, "-")
	by := func(a, b *news.Claim) int {
		switch key {
		case "date":
			return cmp.Compare(claimDate(a), claimDate(b))
		case "source":
			return cmp.Compare(strings.ToLower(a.Source.Name), strings.ToLower(b.Source.Name))
		case "value":
			return cmp.Compare(valueOf(a.Value), valueOf(b.Value))
		case "what":
			return cmp.Compare(news.Deref(a.What), news.Deref(b.What))
		case "measure":
			return cmp.Compare(news.Deref(a.Measure), news.Deref(b.Measure))
		case "actor":
			return cmp.Compare(news.Deref(a.Actor), news.Deref(b.Actor))
		case "hedge":
			return cmp.Compare(a.Hedge, b.Hedge)
		}
		return 0
	}
	if desc {
		return func(a, b *news.Claim) int { return by(b, a) }
	}
	return by
}

// valueOf is a figure as one number for sorting: a range's midpoint;
// claims without a figure sort first.
func valueOf(v *news.Value) float64 {
	switch {
	case v == nil:
		return -1
	case v.Kind == news.KindRange:
		return (v.Low + v.High) / 2
	}
	return v.V
}

func (s *Server) apiEstimates(r *http.Request) (any, []string, *apiError) {
	v, err := s.views.consolidated(r.Context())
	if err != nil {
		return nil, nil, storeError(err)
	}
	if r.URL.RawQuery == "" && len(v.series) <= defaultListLimit {
		return cached(v, "estimates", func() (any, error) { return orEmpty(v.series), nil })
	}
	q := r.URL.Query().Get("q")
	if len(q) > maxParamLen {
		return nil, nil, badData("q longer than %d bytes", maxParamLen)
	}
	return pageOf(filterSeries(v.series, q), r)
}

// Paging of the consolidated listings: whole by default, cut only where a
// store is large enough for the answer to be unwieldy.
const (
	defaultListLimit = 1000
	maxListLimit     = 10000
)

// pageOf returns the page of a listing that limit and offset select, with
// a warning when more remain.
func pageOf[T any](all []T, r *http.Request) (any, []string, *apiError) {
	q := r.URL.Query()
	limit, err := intParam(q, "limit", defaultListLimit, 1, maxListLimit)
	if err != nil {
		return nil, nil, &apiError{errorBadData, err}
	}
	offset, err := intParam(q, "offset", 0, 0, 1<<31-1)
	if err != nil {
		return nil, nil, &apiError{errorBadData, err}
	}
	lo := min(offset, len(all))
	hi := min(lo+limit, len(all))
	out := all[lo:hi]
	if out == nil {
		out = []T{}
	}
	var warnings []string
	if hi < len(all) {
		warnings = append(warnings, fmt.Sprintf("%d of %d shown: ask for offset=%d for more", hi-lo, len(all), hi))
	}
	return out, warnings, nil
}

// filterSeries keeps the series whose label or key holds every word of q.
func filterSeries(all []news.Series, q string) []news.Series {
	words := strings.Fields(strings.ToLower(q))
	out := []news.Series{}
	for _, s := range all {
		hay := strings.ToLower(strings.Join([]string{s.Label, s.Key.Actor, s.Key.Measure, s.Key.What, s.Key.Location}, " "))
		ok := true
		for _, w := range words {
			if !strings.Contains(hay, w) {
				ok = false
				break
			}
		}
		if ok {
			out = append(out, s)
		}
	}
	return out
}

func (s *Server) apiConflicts(r *http.Request) (any, []string, *apiError) {
	v, err := s.views.consolidated(r.Context())
	if err != nil {
		return nil, nil, storeError(err)
	}
	if r.URL.RawQuery == "" && len(v.conflicts) <= defaultListLimit {
		return cached(v, "conflicts", func() (any, error) { return orEmpty(v.conflicts), nil })
	}
	return pageOf(v.conflicts, r)
}

func (s *Server) apiSources(r *http.Request) (any, []string, *apiError) {
	v, err := s.views.consolidated(r.Context())
	if err != nil {
		return nil, nil, storeError(err)
	}
	if r.URL.RawQuery == "" && len(v.sources) <= defaultListLimit {
		return cached(v, "sources", func() (any, error) { return orEmpty(v.sources), nil })
	}
	return pageOf(v.sources, r)
}

// isTooLarge reports a body over the server's limit.
func isTooLarge(err error) bool {
	var mbe *http.MaxBytesError
	return errors.As(err, &mbe)
}

// cached answers a parameterless listing from the views' response cache.
func cached(v *views, key string, build func() (any, error)) (any, []string, *apiError) {
	raw, err := v.cachedResponse(key, build)
	if err != nil {
		return nil, nil, &apiError{errorInternal, err}
	}
	return raw, nil, nil
}

// orEmpty makes a nil listing an empty one: JSON [] rather than null.
func orEmpty[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
