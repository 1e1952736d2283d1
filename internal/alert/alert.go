// Package alert decides what in a changed store deserves a reader's
// attention, records each alert once, and delivers it.
//
// Rules (YAML, see ParseRules) name the events an analyst cares about: a new
// point in a series, a figure outside a series' range so far, a new conflict
// between sources, a new source for a proposition. Evaluate turns the claims
// of a store, and which of them are new, into alerts. Each alert has a Key
// that names the change itself, so the same change always gives the same key.
//
// Delivery is at least once with a dedupe key: an alert is first written to
// the alerts table (Log.Commit, in the same transaction that advances the
// watcher's cursor over new documents), and only then handed to each sink;
// a sink's delivery is recorded after it succeeds. A crash before delivery
// leaves the alert pending, and it is delivered on the next start; a crash
// between delivery and its record delivers it again, with the same Key
// (sent as the Idempotency-Key header of webhooks) for the receiver to drop.
//
// Readers in other processes, such as the web UI of `sitrep serve`, open
// the same log with OpenLog and read it: Latest for a badge, Since for a
// list, SSE (an http.Handler) to stream new alerts as server-sent events.
package alert

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"time"

	"github.com/sitrep/sitrep/internal/news"
)

// Kind is the event an alert reports.
type Kind string

// Kinds of alert, as rules name them in "when".
const (
	NewPoint    Kind = "new_point"    // a new figure in a series
	OutOfRange  Kind = "out_of_range" // a new figure outside the series' range so far
	NewConflict Kind = "new_conflict" // a new figure disagrees with another source's
	NewSource   Kind = "new_source"   // another source now makes a statement already made
)

// Kinds lists every kind, in the order alerts of one change are raised.
var Kinds = []Kind{NewPoint, OutOfRange, NewConflict, NewSource}

// Alert is one change worth telling. Its JSON is what stdout (--alerts json),
// webhooks and the web UI receive.
type Alert struct {
	ID     int64     `json:"id"`     // position in the alert log, set when recorded (0 before)
	Key    string    `json:"key"`    // dedupe key: the same change always has the same key
	Rule   string    `json:"rule"`   // the rule that raised it
	Kind   Kind      `json:"kind"`   // the event
	Raised time.Time `json:"raised"` // when it was first recorded (UTC)
	// Title says what changed in one line, for people.
	Title string `json:"title"`
	// Detail adds the context: the previous range, the other side of a conflict.
	Detail string          `json:"detail"`
	Series *news.SeriesKey `json:"series"` // the series, for figure alerts
	Value  *news.Value     `json:"value"`  // the new figure, for figure alerts
	Quote  string          `json:"quote"`  // the new claim's quote
	Source news.Source     `json:"source"` // who makes the new claim
	Link   string          `json:"link"`   // the document's URL, else where it was read from
	Doc    string          `json:"doc"`    // the document id
	Claim  string          `json:"claim"`  // the new claim's id
	// Other is the claim the new one is compared with: the other side of a
	// conflict, or a claim of the proposition already known.
	Other *Ref `json:"other"`
}

// Ref points at another claim with what a reader needs to weigh it.
type Ref struct {
	Claim  string      `json:"claim"`
	Doc    string      `json:"doc"`
	Quote  string      `json:"quote"`
	Source news.Source `json:"source"`
	Value  *news.Value `json:"value"`
	Date   *string     `json:"date"`
}

// key derives an alert's dedupe key from the rule, the kind and the parts
// that identify the change (claim ids, series key), never from time.
func key(rule string, kind Kind, parts ...string) string {
	h := sha256.Sum256([]byte(rule + "\x00" + string(kind) + "\x00" + strings.Join(parts, "\x00")))
	return hex.EncodeToString(h[:16])
}

// Text renders the alert for a terminal: the title, the detail, the quote,
// the source and the link, one per line.
func (a *Alert) Text() string {
	var b strings.Builder
	fmt.Fprintf(&b, "[%s] %s: %s\n", a.Rule, a.Kind, a.Title)
	if a.Detail != "" {
		fmt.Fprintf(&b, "  %s\n", a.Detail)
	}
	if a.Quote != "" {
		fmt.Fprintf(&b, "  %q — %s\n", oneLine(a.Quote), sourceLabel(a.Source))
	}
	if a.Link != "" {
		fmt.Fprintf(&b, "  %s\n", a.Link)
	}
	return b.String()
}

func sourceLabel(s news.Source) string {
	if t := news.Deref(s.Title); t != "" {
		return s.Name + " (" + t + ")"
	}
	return s.Name
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
