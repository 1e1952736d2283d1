package web

import (
	"context"
	"errors"
	"fmt"
	"math"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/sitrep/sitrep/internal/alert"
)

// Sizes of alert listings.
const (
	alertsPage         = 100 // alerts the /alerts page shows
	defaultAlertsLimit = 100
	maxAlertsLimit     = 1000
)

// errNoAlerts is why alert endpoints answer 503 on a server configured
// without an alert log (Config.Alerts nil).
var errNoAlerts = errors.New("alerts are unavailable on this server: it was started without an alert log")

// OpenAlerts opens the alert log `sitrep watch` writes into the store at
// dsn (SQLite or PostgreSQL), for Config.Alerts.
func OpenAlerts(ctx context.Context, dsn string) (*alert.Log, error) {
	return alert.OpenLog(ctx, dsn)
}

func (s *Server) alertRoutes() {
	m := s.mux
	m.HandleFunc("GET /api/v1/alerts", s.api(s.apiAlerts))
	m.HandleFunc("GET /api/v1/alerts/stream", s.alertStream)
	m.HandleFunc("GET /alerts", s.pageAlerts)
}

// apiAlerts lists alerts oldest first: those after ?after=ID, else the
// last ?limit= ones.
func (s *Server) apiAlerts(r *http.Request) (any, []string, *apiError) {
	if s.cfg.Alerts == nil {
		return nil, nil, &apiError{errorUnavailable, errNoAlerts}
	}
	aq, warnings, err := parseAlertQuery(r.URL.Query())
	if err != nil {
		return nil, nil, &apiError{errorBadData, err}
	}
	var as []alert.Alert
	if aq.after < 0 {
		as, err = s.latestAlerts(r.Context(), aq.limit)
	} else {
		as, err = s.cfg.Alerts.Since(r.Context(), aq.after, aq.limit)
	}
	if err != nil {
		return nil, nil, &apiError{errorInternal, err}
	}
	if as == nil {
		as = []alert.Alert{}
	}
	return as, warnings, nil
}

// alertQuery is a parsed alert listing request: after is -1 when not
// given (the latest alerts).
type alertQuery struct {
	after int64
	limit int
}

// parseAlertQuery reads ?after= and ?limit=, refusing what is not a
// number in range or given twice, and warning of other parameters.
func parseAlertQuery(q url.Values) (alertQuery, []string, error) {
	aq := alertQuery{after: -1}
	var warnings []string
	for k, vs := range q {
		if k != "after" && k != "limit" {
			warnings = append(warnings, fmt.Sprintf("unknown parameter %q ignored", k))
			continue
		}
		if len(vs) > 1 {
			return aq, nil, fmt.Errorf("parameter %q given %d times", k, len(vs))
		}
	}
	slices.Sort(warnings)
	var err error
	if aq.limit, err = intParam(q, "limit", defaultAlertsLimit, 1, maxAlertsLimit); err != nil {
		return aq, nil, err
	}
	if strings.TrimSpace(q.Get("after")) != "" {
		after, err := intParam(q, "after", 0, 0, math.MaxInt)
		if err != nil {
			return aq, nil, err
		}
		aq.after = int64(after)
	}
	return aq, warnings, nil
}

// latestAlerts returns the last n alerts, oldest first.
func (s *Server) latestAlerts(ctx context.Context, n int) ([]alert.Alert, error) {
	return s.cfg.Alerts.Last(ctx, n)
}

// alertStream serves alerts as server-sent events (see alert.SSE). A
// stream outlives the server's read and write timeouts, which are meant
// for ordinary requests, and ends when the server shuts down, which would
// otherwise wait for it.
func (s *Server) alertStream(w http.ResponseWriter, r *http.Request) {
	if s.cfg.Alerts == nil {
		s.writeAPIError(w, r, &apiError{errorUnavailable, errNoAlerts}, nil)
		return
	}
	rc := http.NewResponseController(w)
	// Errors only say the writer cannot change deadlines (a test
	// recorder): then there are none to lift.
	_ = rc.SetReadDeadline(time.Time{})
	_ = rc.SetWriteDeadline(time.Time{})
	ctx, cancel := context.WithCancel(r.Context())
	defer cancel()
	defer context.AfterFunc(s.streams, cancel)()
	s.alertSSE.ServeHTTP(w, r.WithContext(ctx))
}

// alertNav is what the layout's Alerts link needs: whether there is a log,
// and its last id, from which the badge's script counts what is unseen.
type alertNav struct {
	On     bool
	Latest int64
}

func (s *Server) alertNav(r *http.Request) alertNav {
	if s.cfg.Alerts == nil {
		return alertNav{}
	}
	latest, err := s.cfg.Alerts.Latest(r.Context())
	if err != nil {
		// The page is still worth showing; the badge counts from 0.
		s.cfg.Log.Warn("latest alert", "err", err)
	}
	return alertNav{On: true, Latest: latest}
}

func (s *Server) pageAlerts(w http.ResponseWriter, r *http.Request) {
	pd := pageData{Title: "Alerts", Nav: "alerts"}
	if s.cfg.Alerts == nil {
		pd.Data = map[string]any{"Off": true, "Why": errNoAlerts.Error()}
		s.render(w, r, http.StatusOK, "alerts", pd)
		return
	}
	as, err := s.latestAlerts(r.Context(), alertsPage)
	if err != nil {
		s.fail(w, r, &apiError{errorInternal, err})
		return
	}
	slices.Reverse(as)
	pd.Data = map[string]any{"Alerts": as, "Max": alertsPage}
	s.render(w, r, http.StatusOK, "alerts", pd)
}
