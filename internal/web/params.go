package web

import (
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/news"
	"github.com/sitrep/sitrep/internal/store"
)

// Paging limits of claim listings: a listing without a limit gets
// defaultLimit, so a bare GET over a large store stays cheap.
const (
	defaultLimit = 100
	maxLimit     = 1000
	maxParamLen  = 500
)

// claimParams are the query parameters of a claim listing, as `sitrep
// claims` names its flags.
var claimParams = []string{"source", "actor", "measure", "what", "since", "until", "text", "doc", "type", "limit", "offset"}

// sortKeys are the orders a claim listing may ask for; a leading "-"
// reverses one.
var sortKeys = []string{"date", "source", "value", "what", "measure", "actor", "hedge"}

// claimQuery is a parsed claim listing request.
type claimQuery struct {
	Filter store.ClaimFilter
	Sort   string // "" (storing order) or a sortKeys entry, maybe with "-"
}

// parseClaimQuery reads the filters of a claim listing. It refuses what
// the store would misread (bad dates, numbers, types) with the reason, and
// warns about parameters it does not know rather than silently ignoring a
// misspelt filter. extra names parameters the caller handles itself.
func parseClaimQuery(q url.Values, extra ...string) (claimQuery, []string, error) {
	var cq claimQuery
	var warnings []string
	for k, vs := range q {
		if !slices.Contains(claimParams, k) && k != "sort" && !slices.Contains(extra, k) {
			warnings = append(warnings, fmt.Sprintf("unknown parameter %q ignored", k))
			continue
		}
		if len(vs) > 1 {
			return cq, nil, fmt.Errorf("parameter %q given %d times", k, len(vs))
		}
		if len(vs[0]) > maxParamLen {
			return cq, nil, fmt.Errorf("parameter %q longer than %d bytes", k, maxParamLen)
		}
		if !utf8.ValidString(vs[0]) {
			return cq, nil, fmt.Errorf("parameter %q is not valid UTF-8", k)
		}
	}
	slices.Sort(warnings)
	get := func(k string) string { return strings.TrimSpace(q.Get(k)) }
	f := &cq.Filter
	f.Source, f.Actor, f.Measure, f.What = get("source"), get("actor"), get("measure"), get("what")
	f.Since, f.Until, f.Text, f.Doc = get("since"), get("until"), get("text"), get("doc")
	f.Type = get("type")
	if f.Type != "" && f.Type != news.ClaimQuantity && f.Type != news.ClaimStatement {
		return cq, nil, fmt.Errorf("type %q is not quantity or statement", f.Type)
	}
	for _, d := range []struct{ name, v string }{{"since", f.Since}, {"until", f.Until}} {
		if d.v != "" && !isDate(d.v) {
			return cq, nil, fmt.Errorf("%s %q is not a date YYYY-MM-DD", d.name, d.v)
		}
	}
	if f.Since != "" && f.Until != "" && f.Until < f.Since {
		return cq, nil, fmt.Errorf("until %s is before since %s", f.Until, f.Since)
	}
	var err error
	if f.Limit, err = intParam(q, "limit", defaultLimit, 1, maxLimit); err != nil {
		return cq, nil, err
	}
	if f.Offset, err = intParam(q, "offset", 0, 0, 1<<31-1); err != nil {
		return cq, nil, err
	}
	if s := get("sort"); s != "" {
		if !slices.Contains(sortKeys, strings.TrimPrefix(s, "-")) {
			return cq, nil, fmt.Errorf("sort %q is not one of %s (a leading - reverses)", s, strings.Join(sortKeys, ", "))
		}
		cq.Sort = s
	}
	return cq, warnings, nil
}

// intParam reads an integer parameter within [lo, hi], def when absent.
func intParam(q url.Values, name string, def, lo, hi int) (int, error) {
	s := strings.TrimSpace(q.Get(name))
	if s == "" {
		return def, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, fmt.Errorf("%s %q is not a whole number", name, s)
	}
	if n < lo || n > hi {
		return 0, fmt.Errorf("%s %d is outside %d..%d", name, n, lo, hi)
	}
	return n, nil
}

// isDate reports whether s is a real calendar day written YYYY-MM-DD; the
// store compares dates as strings, so the form must be exact.
func isDate(s string) bool {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return false
	}
	return (store.ClaimFilter{Since: s}).Validate() == nil
}

// encode writes the query back as URL parameters, leaving out empty
// fields and defaults, so that a page's links keep its filters.
func (cq claimQuery) encode() url.Values {
	v := url.Values{}
	f := cq.Filter
	for _, p := range []struct{ k, v string }{
		{"source", f.Source}, {"actor", f.Actor}, {"measure", f.Measure}, {"what", f.What},
		{"since", f.Since}, {"until", f.Until}, {"text", f.Text}, {"doc", f.Doc}, {"type", f.Type}, {"sort", cq.Sort},
	} {
		if p.v != "" {
			v.Set(p.k, p.v)
		}
	}
	if f.Limit != defaultLimit && f.Limit > 0 {
		v.Set("limit", strconv.Itoa(f.Limit))
	}
	if f.Offset > 0 {
		v.Set("offset", strconv.Itoa(f.Offset))
	}
	return v
}
