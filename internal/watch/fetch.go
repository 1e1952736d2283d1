package watch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strings"
	"sync"
	"syscall"
	"time"

	"golang.org/x/time/rate"

	"github.com/sitrep/sitrep/internal/ingest"
)

// fetcher makes the watcher's HTTP requests: conditional GETs, a rate limit
// per host, the size limit and the private-address refusal of ingest.
type fetcher struct {
	client  *http.Client
	perHost rate.Limit
	burst   int

	// now and sleep are the limiter's clock; the watcher gives it its own,
	// so tests see the waits without waiting.
	now   func() time.Time
	sleep func(context.Context, time.Duration) error

	mu    sync.Mutex
	hosts map[string]*rate.Limiter
}

func newFetcher(client *http.Client, perHost rate.Limit, allowPrivate bool) *fetcher {
	if client == nil {
		dial := &net.Dialer{Timeout: 10 * time.Second}
		if !allowPrivate {
			dial.Control = refusePrivate
		}
		client = &http.Client{
			Timeout: 30 * time.Second,
			// No proxy: the address check must see the real destination.
			Transport: &http.Transport{Proxy: nil, DialContext: dial.DialContext, TLSHandshakeTimeout: 10 * time.Second,
				ResponseHeaderTimeout: 15 * time.Second, IdleConnTimeout: 30 * time.Second},
			CheckRedirect: func(req *http.Request, via []*http.Request) error {
				if len(via) > 5 {
					return errors.New("more than 5 redirects")
				}
				if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
					return ingest.ErrScheme
				}
				return nil
			},
		}
	}
	if perHost <= 0 {
		perHost = 1
	}
	return &fetcher{client: client, perHost: perHost, burst: 1, now: time.Now, sleep: sleep, hosts: map[string]*rate.Limiter{}}
}

func refusePrivate(network, address string, _ syscall.RawConn) error {
	host, _, err := net.SplitHostPort(address)
	if err != nil {
		return err
	}
	ip, err := netip.ParseAddr(host)
	if err != nil {
		return fmt.Errorf("dial %s: not an IP address", address)
	}
	if !ingest.PublicAddr(ip) {
		return fmt.Errorf("%s: %w", ip, ingest.ErrPrivate)
	}
	return nil
}

// wait blocks until the host's limiter admits one more request.
func (f *fetcher) wait(ctx context.Context, host string) error {
	f.mu.Lock()
	lim, ok := f.hosts[host]
	if !ok {
		lim = rate.NewLimiter(f.perHost, f.burst)
		f.hosts[host] = lim
	}
	f.mu.Unlock()
	now := f.now()
	r := lim.ReserveN(now, 1)
	if !r.OK() {
		return fmt.Errorf("rate limit of %s admits no request", host)
	}
	d := r.DelayFrom(now)
	if d <= 0 {
		return nil
	}
	if err := f.sleep(ctx, d); err != nil {
		// Give the slot back: the request is not made.
		r.CancelAt(f.now())
		return err
	}
	return nil
}

// sleep waits d or until ctx ends.
func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// response is a fetched page; NotModified means the validators matched.
type response struct {
	URL, ContentType, ETag, LastModified string
	Body                                 []byte
	NotModified                          bool
}

// get fetches rawURL, conditionally when etag or lastModified are set.
func (f *fetcher) get(ctx context.Context, rawURL, etag, lastModified string) (*response, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, fmt.Errorf("parse URL: %w", err)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return nil, ingest.ErrScheme
	}
	if err := f.wait(ctx, strings.ToLower(u.Host)); err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", ingest.UserAgent)
	if etag != "" {
		req.Header.Set("If-None-Match", etag)
	}
	if lastModified != "" {
		req.Header.Set("If-Modified-Since", lastModified)
	}
	resp, err := f.client.Do(req)
	if err != nil {
		var ue *url.Error
		if errors.As(err, &ue) {
			return nil, ue.Err
		}
		return nil, err
	}
	defer resp.Body.Close()
	r := &response{URL: resp.Request.URL.String(), ContentType: resp.Header.Get("Content-Type"),
		ETag: resp.Header.Get("ETag"), LastModified: resp.Header.Get("Last-Modified")}
	switch resp.StatusCode {
	case http.StatusNotModified:
		r.NotModified = true
		r.ETag, r.LastModified = keep(r.ETag, etag), keep(r.LastModified, lastModified)
		return r, nil
	case http.StatusOK:
	default:
		return nil, fmt.Errorf("%w %s", ingest.ErrStatus, resp.Status)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, ingest.MaxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("read body: %w", err)
	}
	if len(body) > ingest.MaxBytes {
		return nil, fmt.Errorf("body larger than %d MB", ingest.MaxBytes>>20)
	}
	r.Body = body
	return r, nil
}

func keep(fresh, old string) string {
	if fresh != "" {
		return fresh
	}
	return old
}
