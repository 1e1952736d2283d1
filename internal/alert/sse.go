package alert

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"time"
)

// SSE serves the alert log as server-sent events, for the web UI's badge
// and list: each alert is an event "alert" whose id is the alert's ID and
// whose data is the alert JSON. A client that reconnects with
// Last-Event-ID (or ?after=ID) receives what it missed; a new client
// receives the alerts recorded from now on, after the last ?backlog=N
// ones (default 0). Every is how often the log is checked (default 2s);
// the stream ends when the client goes away.
func SSE(log *Log, every time.Duration) http.Handler {
	if every <= 0 {
		every = 2 * time.Second
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fl, ok := w.(http.Flusher)
		if !ok {
			http.Error(w, "streaming unsupported", http.StatusInternalServerError)
			return
		}
		ctx := r.Context()
		after, err := startID(r, log)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		h := w.Header()
		h.Set("Content-Type", "text/event-stream")
		h.Set("Cache-Control", "no-cache")
		h.Set("X-Accel-Buffering", "no")
		w.WriteHeader(http.StatusOK)
		fmt.Fprint(w, "retry: 5000\n\n")
		fl.Flush()
		Follow(ctx, log, after, every, func(a Alert) error {
			b, err := json.Marshal(a)
			if err != nil {
				return err
			}
			if _, err := fmt.Fprintf(w, "id: %d\nevent: alert\ndata: %s\n\n", a.ID, b); err != nil {
				return err
			}
			fl.Flush()
			return nil
		})
	})
}

// startID is the id after which a stream starts.
func startID(r *http.Request, log *Log) (int64, error) {
	for _, v := range []string{r.Header.Get("Last-Event-ID"), r.URL.Query().Get("after")} {
		if v != "" {
			id, err := strconv.ParseInt(v, 10, 64)
			if err != nil || id < 0 {
				return 0, fmt.Errorf("bad event id %q", v)
			}
			return id, nil
		}
	}
	b := r.URL.Query().Get("backlog")
	if b == "" {
		return log.Latest(r.Context())
	}
	n, err := strconv.Atoi(b)
	if err != nil || n < 0 {
		return 0, fmt.Errorf("bad backlog %q", b)
	}
	if n == 0 {
		return log.Latest(r.Context())
	}
	last, err := log.Last(r.Context(), n)
	if err != nil || len(last) == 0 {
		return 0, err
	}
	return last[0].ID - 1, nil
}
