package ingest

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strings"
	"sync"
	"syscall"
	"time"
)

// UserAgent identifies sitrep to the sites it fetches.
const UserAgent = "sitrep/0.1 (news claim extraction; +https://github.com/sitrep/sitrep)"

// Fetch errors.
var (
	ErrScheme  = errors.New("unsupported URL scheme (want http or https)")
	ErrPrivate = errors.New("refusing a private or loopback address (use --allow-private)")
	ErrStatus  = errors.New("HTTP error status")
)

// FetchOptions configure a Fetcher. Zero values take the defaults.
type FetchOptions struct {
	Timeout      time.Duration // whole request, body included (default 30s)
	MaxBytes     int64         // body size limit (default MaxBytes)
	MaxRedirects int           // (default 5)
	PerHost      int           // concurrent requests per host (default 2)
	AllowPrivate bool          // let URLs reach loopback and private addresses
	UserAgent    string        // (default UserAgent)
}

// Fetcher gets web pages like a careful client: limits on time, size and
// redirects, a few requests per host at once, and no way into the local
// network unless AllowPrivate is set. The address check runs at dial time on
// the resolved IP, so neither DNS tricks nor redirects get around it.
type Fetcher struct {
	opts   FetchOptions
	client *http.Client

	mu    sync.Mutex
	hosts map[string]chan struct{}
}

// Page is a fetched response.
type Page struct {
	URL         string // the final URL, after redirects
	ContentType string
	Body        []byte
}

// NewFetcher returns a Fetcher with opts.
func NewFetcher(opts FetchOptions) *Fetcher {
	if opts.Timeout <= 0 {
		opts.Timeout = 30 * time.Second
	}
	if opts.MaxBytes <= 0 {
		opts.MaxBytes = MaxBytes
	}
	if opts.MaxRedirects <= 0 {
		opts.MaxRedirects = 5
	}
	if opts.PerHost <= 0 {
		opts.PerHost = 2
	}
	if opts.UserAgent == "" {
		opts.UserAgent = UserAgent
	}
	f := &Fetcher{opts: opts, hosts: map[string]chan struct{}{}}
	dialer := &net.Dialer{Timeout: 10 * time.Second, Control: f.checkDial}
	tr := &http.Transport{
		// No proxy: the address check must see the real destination.
		Proxy:                 nil,
		DialContext:           dialer.DialContext,
		TLSHandshakeTimeout:   10 * time.Second,
		ResponseHeaderTimeout: 15 * time.Second,
		MaxIdleConnsPerHost:   opts.PerHost,
		IdleConnTimeout:       30 * time.Second,
	}
	f.client = &http.Client{
		Transport: tr,
		Timeout:   opts.Timeout,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > opts.MaxRedirects {
				return fmt.Errorf("more than %d redirects", opts.MaxRedirects)
			}
			if err := checkScheme(req.URL); err != nil {
				return fmt.Errorf("redirect to %s: %w", req.URL.Redacted(), err)
			}
			return nil
		},
	}
	return f
}

// checkDial refuses connections to private addresses; it runs after name
// resolution, for every connection, redirects included.
func (f *Fetcher) checkDial(network, address string, _ syscall.RawConn) error {
	if f.opts.AllowPrivate {
		return nil
	}
	host, _, err := net.SplitHostPort(address)
	if err != nil {
		return err
	}
	ip, err := netip.ParseAddr(host)
	if err != nil {
		return fmt.Errorf("dial %s: not an IP address", address)
	}
	if !PublicAddr(ip) {
		return fmt.Errorf("%s: %w", ip, ErrPrivate)
	}
	return nil
}

var cgnat = netip.MustParsePrefix("100.64.0.0/10")

// PublicAddr reports whether ip is a public unicast address: not loopback,
// private, link-local, carrier-grade NAT, multicast or unspecified.
func PublicAddr(ip netip.Addr) bool {
	ip = ip.Unmap()
	return ip.IsValid() && ip.IsGlobalUnicast() && !ip.IsPrivate() && !ip.IsLoopback() &&
		!ip.IsLinkLocalUnicast() && !cgnat.Contains(ip)
}

func checkScheme(u *url.URL) error {
	if u.Scheme != "http" && u.Scheme != "https" {
		return ErrScheme
	}
	if u.Host == "" {
		return errors.New("URL has no host")
	}
	return nil
}

// acquire takes a slot for host, waiting while PerHost requests run there.
func (f *Fetcher) acquire(ctx context.Context, host string) (func(), error) {
	f.mu.Lock()
	sem, ok := f.hosts[host]
	if !ok {
		sem = make(chan struct{}, f.opts.PerHost)
		f.hosts[host] = sem
	}
	f.mu.Unlock()
	select {
	case sem <- struct{}{}:
		return func() { <-sem }, nil
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// Fetch gets rawURL. Errors say what went wrong: a bad scheme, a refused
// address, a dead host, a status other than 200, a body over the limit.
func (f *Fetcher) Fetch(ctx context.Context, rawURL string) (*Page, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, fmt.Errorf("parse URL: %w", err)
	}
	if err := checkScheme(u); err != nil {
		return nil, err
	}
	release, err := f.acquire(ctx, strings.ToLower(u.Host))
	if err != nil {
		return nil, err
	}
	defer release()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", f.opts.UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5")
	resp, err := f.client.Do(req)
	if err != nil {
		return nil, simplify(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("%w %s", ErrStatus, resp.Status)
	}
	if resp.ContentLength > f.opts.MaxBytes {
		return nil, fmt.Errorf("%w: %d bytes, limit %d MB", ErrTooLarge, resp.ContentLength, f.opts.MaxBytes>>20)
	}
	body, err := readLimited(resp.Body, f.opts.MaxBytes)
	if err != nil {
		return nil, err
	}
	return &Page{URL: resp.Request.URL.String(), ContentType: resp.Header.Get("Content-Type"), Body: body}, nil
}

// simplify drops the *url.Error wrapper, whose message repeats the method and
// URL that the caller's message already names.
func simplify(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}
