package web

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/sitrep/sitrep/internal/consolidate"
	"github.com/sitrep/sitrep/internal/news"
	"github.com/sitrep/sitrep/internal/store"
)

// views is everything consolidated over the whole store at one moment.
// Working it out reads every claim, so it is shared by requests and kept
// for a while rather than redone per request.
type views struct {
	built     time.Time
	docs      []store.Document // storing order
	docByID   map[string]*store.Document
	claims    []store.DocClaim
	claimByID map[string]*store.DocClaim
	series    []news.Series
	seriesBy  map[string]int // by seriesID
	conflicts []consolidate.Conflict
	sources   []sourceInfo
	index     *claimIndex
	stale     bool // the store has more documents; guarded by viewCache.mu

	// Consolidation (series, conflicts, sources) is worked out on first
	// use: claim listings must not wait for it.
	opt      consolidate.Options
	consOnce sync.Once
	consDone atomic.Bool

	// claimJSON caches each claim's encoding, made on first use.
	claimJSON []atomic.Pointer[[]byte]
	// responses caches whole answers of parameterless consolidated
	// endpoints (by path): they are the same until the views change.
	responses sync.Map
}

// encodedClaim returns claim i as JSON.
func (v *views) encodedClaim(i int) ([]byte, error) {
	if p := v.claimJSON[i].Load(); p != nil {
		return *p, nil
	}
	b, err := json.Marshal(&v.claims[i].Claim)
	if err != nil {
		return nil, fmt.Errorf("encode claim %s: %w", v.claims[i].ID, err)
	}
	v.claimJSON[i].Store(&b)
	return b, nil
}

// cachedBytes returns the bytes stored under key, making them with build
// on first use.
func (v *views) cachedBytes(key string, build func() ([]byte, error)) ([]byte, error) {
	if b, ok := v.responses.Load(key); ok {
		return b.([]byte), nil
	}
	b, err := build()
	if err != nil {
		return nil, err
	}
	v.responses.Store(key, b)
	return b, nil
}

// cachedResponse returns the encoded answer stored under key, making it
// with build on first use.
func (v *views) cachedResponse(key string, build func() (any, error)) (rawJSON, error) {
	if b, ok := v.responses.Load(key); ok {
		return b.(rawJSON), nil
	}
	data, err := build()
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(true)
	if err := enc.Encode(data); err != nil {
		return nil, fmt.Errorf("encode %s: %w", key, err)
	}
	b := rawJSON(bytes.TrimRight(buf.Bytes(), "\n"))
	v.responses.Store(key, b)
	return b, nil
}

// sourceInfo is one primary source with what it claimed and who relayed it.
type sourceInfo struct {
	Name    string         `json:"name"`
	Type    string         `json:"type"`
	Title   *string        `json:"title"`
	Claims  int            `json:"claims"`
	Docs    int            `json:"docs"`
	Relays  []relayCount   `json:"relays"`
	First   *string        `json:"first"` // earliest claim date
	Last    *string        `json:"last"`
	Kinds   map[string]int `json:"hedges"` // claims by hedge
	claimIx []int          // indexes into views.claims
}

type relayCount struct {
	Name   string `json:"name"`
	Claims int    `json:"claims"`
}

// probeEvery is how often the cache asks the store whether documents were
// added by another process (`sitrep ingest` beside a running server).
const probeEvery = time.Second

// viewCache builds views on demand and keeps them until the store gains a
// document or the ttl passes. Stale views are rebuilt in the background
// while requests go on reading the old ones; only the first build, and
// the first after an ingest through this server, makes requests wait.
type viewCache struct {
	st  store.Store
	opt consolidate.Options
	ttl time.Duration
	log func(msg string, args ...any)

	buildMu sync.Mutex // held while building: one build at a time

	mu       sync.Mutex // guards the fields below
	cur      *views
	gen      int // bumped by invalidate: a build begun before it is discarded
	building bool
	probing  bool
	probed   time.Time
}

func newViewCache(st store.Store, opt consolidate.Options, ttl time.Duration, log func(string, ...any)) *viewCache {
	return &viewCache{st: st, opt: opt, ttl: ttl, log: log}
}

// get returns the current views, building them first if there are none.
func (c *viewCache) get(ctx context.Context) (*views, error) {
	c.mu.Lock()
	v := c.cur
	if v != nil {
		if !c.building && (v.stale || time.Since(v.built) >= c.ttl) {
			c.building = true
			go c.rebuild(c.gen)
		} else if !c.probing && !c.building && time.Since(c.probed) >= probeEvery {
			c.probing, c.probed = true, time.Now()
			go c.probe(v)
		}
	}
	c.mu.Unlock()
	if v != nil {
		return v, nil
	}
	return c.buildNow(ctx)
}

func (c *viewCache) buildNow(ctx context.Context) (*views, error) {
	c.buildMu.Lock()
	defer c.buildMu.Unlock()
	c.mu.Lock()
	v, gen := c.cur, c.gen
	c.mu.Unlock()
	if v != nil {
		return v, nil // built while this request waited
	}
	v, err := buildViews(ctx, c.st, c.opt)
	if err != nil {
		return nil, err
	}
	c.install(v, gen)
	return v, nil
}

func (c *viewCache) rebuild(gen int) {
	c.buildMu.Lock()
	defer c.buildMu.Unlock()
	c.mu.Lock()
	old := c.cur
	c.mu.Unlock()
	v, err := buildViews(context.Background(), c.st, c.opt)
	if err == nil && old != nil && old.consDone.Load() {
		// Pages that show series used the old views: have the new ones
		// ready too, rather than make a request wait for them.
		v.consolidate()
	}
	if err != nil {
		c.log("rebuild views", "err", err)
		c.mu.Lock()
		c.building = false
		c.mu.Unlock()
		return
	}
	c.install(v, gen)
}

// install makes v current unless an invalidation came after its build
// began; a build that lost that race leaves the next request to build.
func (c *viewCache) install(v *views, gen int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.building = false
	if gen == c.gen {
		c.cur = v
	}
}

// probe marks v stale when the store holds documents v does not: stored
// documents never change or go away, so a new one is the only change.
func (c *viewCache) probe(v *views) {
	more, err := c.st.Documents(context.Background(), store.DocFilter{Limit: 1, Offset: len(v.docs)})
	c.mu.Lock()
	defer c.mu.Unlock()
	c.probing = false
	if err != nil {
		c.log("probe store", "err", err)
		return
	}
	if len(more) > 0 && c.cur == v {
		v.stale = true
	}
}

// consolidated returns the current views with series, conflicts and
// sources worked out.
func (c *viewCache) consolidated(ctx context.Context) (*views, error) {
	v, err := c.get(ctx)
	if err != nil {
		return nil, err
	}
	v.consolidate()
	return v, nil
}

// invalidate drops the views after an ingest through this server, so the
// next request sees what was just stored.
func (c *viewCache) invalidate() {
	c.mu.Lock()
	c.cur = nil
	c.gen++
	c.mu.Unlock()
}

func buildViews(ctx context.Context, st store.Store, opt consolidate.Options) (*views, error) {
	// Views outlive the request that built them: a client going away
	// must not leave the cache half made.
	ctx = context.WithoutCancel(ctx)
	docs, err := st.Documents(ctx, store.DocFilter{})
	if err != nil {
		return nil, err
	}
	claims, err := st.DocClaims(ctx, store.ClaimFilter{})
	if err != nil {
		return nil, err
	}
	v := &views{built: time.Now(), docs: docs, claims: claims, opt: opt,
		docByID: make(map[string]*store.Document, len(docs)), claimByID: make(map[string]*store.DocClaim, len(claims))}
	for i := range docs {
		v.docByID[docs[i].ID] = &docs[i]
	}
	for i := range claims {
		v.claimByID[claims[i].ID] = &claims[i]
	}
	v.index = newClaimIndex(claims)
	v.claimJSON = make([]atomic.Pointer[[]byte], len(claims))
	return v, nil
}

// input is what consolidation reads: every claim and document of v.
func (v *views) input() consolidate.Input {
	in := consolidate.Input{Claims: make([]news.Claim, len(v.claims)), Docs: make(map[string]consolidate.DocInfo, len(v.docs))}
	for i := range v.docs {
		d := &v.docs[i]
		in.Docs[d.ID] = consolidate.DocInfo{ID: d.ID, Path: d.Source, Outlet: d.Meta.Outlet, Title: d.Meta.Title,
			URL: d.Meta.URL, Published: d.Meta.Published, Story: d.Story}
	}
	for i := range v.claims {
		in.Claims[i] = v.claims[i].Claim
	}
	return in
}

// consolidate works out the series, conflicts and sources of v, once.
func (v *views) consolidate() {
	v.consOnce.Do(func() {
		in := v.input()
		v.series = consolidate.Series(in, v.opt)
		v.seriesBy = make(map[string]int, len(v.series))
		for i := range v.series {
			v.seriesBy[seriesID(v.series[i].Key)] = i
		}
		v.conflicts = consolidate.Conflicts(in, v.opt)
		consolidate.SortConflicts(v.conflicts)
		v.sources = buildSources(v.claims)
		v.consDone.Store(true)
	})
}

// seriesID is a series' key as one URL-safe path segment.
func seriesID(k news.SeriesKey) string {
	esc := func(s string) string { return strings.NewReplacer("~", "~~", "|", "~p").Replace(s) }
	return esc(k.Actor) + "|" + esc(k.Measure) + "|" + esc(k.What) + "|" + esc(k.Location)
}

// buildSources gathers claims by source, most claims first.
func buildSources(claims []store.DocClaim) []sourceInfo {
	type key struct{ name, typ string }
	idx := map[key]int{}
	var out []sourceInfo
	docs := map[key]map[string]bool{}
	relays := map[key]map[string]int{}
	for i := range claims {
		c := &claims[i]
		name := c.Source.Name
		if c.Source.Type == news.SourceOutlet && c.Outlet != "" {
			name = c.Outlet
		}
		k := key{name, c.Source.Type}
		j, ok := idx[k]
		if !ok {
			j = len(out)
			idx[k] = j
			out = append(out, sourceInfo{Name: name, Type: c.Source.Type, Title: c.Source.Title, Kinds: map[string]int{}})
			docs[k] = map[string]bool{}
			relays[k] = map[string]int{}
		}
		s := &out[j]
		s.Claims++
		s.Kinds[c.Hedge]++
		s.claimIx = append(s.claimIx, i)
		docs[k][c.Doc] = true
		for _, r := range c.Via {
			relays[k][r]++
		}
		if d := claimDate(&c.Claim); d != "" {
			if s.First == nil || d < *s.First {
				s.First = &d
			}
			if s.Last == nil || d > *s.Last {
				s.Last = &d
			}
		}
	}
	for k, j := range idx {
		s := &out[j]
		s.Docs = len(docs[k])
		s.Relays = []relayCount{}
		for name, n := range relays[k] {
			s.Relays = append(s.Relays, relayCount{name, n})
		}
		slices.SortFunc(s.Relays, func(a, b relayCount) int {
			return cmp.Or(cmp.Compare(b.Claims, a.Claims), cmp.Compare(a.Name, b.Name))
		})
	}
	slices.SortStableFunc(out, func(a, b sourceInfo) int {
		return cmp.Or(cmp.Compare(b.Claims, a.Claims), cmp.Compare(a.Name, b.Name))
	})
	return out
}

// claimDate is the date a claim speaks for: said_on, else published.
func claimDate(c *news.Claim) string {
	if c.SaidOn != nil {
		return *c.SaidOn
	}
	if c.Published != nil {
		return *c.Published
	}
	return ""
}
