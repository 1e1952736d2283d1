package news

import (
	"math"
	"time"
)

// EntityType classifies a named entity.
type EntityType string

const (
	EntityCountry    EntityType = "country"    // a state; its capital is used for its government
	EntityAgency     EntityType = "agency"     // an intelligence service or other state agency
	EntityMilitary   EntityType = "military"   // a military command, armed force or armed group
	EntityGovernment EntityType = "government" // a government or alliance (NATO, the EU)
	EntityPerson     EntityType = "person"
	EntityPlace      EntityType = "place" // a region, oblast, city that is not a stand-in for a government
	EntityWeapon     EntityType = "weapon"
	EntityOutlet     EntityType = "outlet" // a news agency, newspaper, broadcaster, state media
	EntityGroup      EntityType = "group"  // experts, officials, sources: a kind of speaker, not a name
)

// Entity is a mention of a gazetteer entry.
type Entity struct {
	Span
	Canonical string     `json:"canonical"`         // the canonical English name
	Type      EntityType `json:"type"`              // what kind of entity
	Country   string     `json:"country,omitempty"` // the country it belongs to or lies in
	Title     string     `json:"title,omitempty"`   // for people: their office, when known
	Demonym   bool       `json:"demonym,omitempty"` // "North Korean", "Russian": an adjective form
	// StandsFor is the country a capital or seat of government stands for
	// ("Seoul" said -> South Korea); empty for other entities.
	StandsFor string `json:"stands_for,omitempty"`
}

// Nation returns the country the entity names as a country: the country
// itself, the country of its demonym, or the country a capital stands
// for; "" for any other entity.
func (e Entity) Nation() string {
	switch {
	case e.Type == EntityCountry && e.Demonym:
		return e.Country
	case e.Type == EntityCountry:
		return e.Canonical
	}
	return e.StandsFor
}

// TimeExpr is a time expression found in the text and resolved, where the
// text and the reference date allow, to a calendar date or period.
type TimeExpr struct {
	Span
	// Date is the resolved day (or the first day of a resolved period); zero when
	// the expression could not be resolved.
	Date time.Time `json:"date,omitzero"`
	// End is the last day of a period ("between January and February"); zero for a day.
	End time.Time `json:"end,omitzero"`
	// Granularity is "day", "week", "month", "season" or "year".
	Granularity string `json:"granularity,omitempty"`
	// Relative reports whether resolving needed a reference date ("last week").
	Relative bool `json:"relative,omitempty"`
}

// Value kinds, as CONTRACT.md names them.
const (
	KindExact  = "exact"
	KindApprox = "approx"
	KindMin    = "min"
	KindMax    = "max"
	KindRange  = "range"
)

// Value is a figure with its kind: exact, approx, min and max carry V; a range
// carries Low and High.
type Value struct {
	Kind string  `json:"kind"`
	V    float64 `json:"v"`
	Low  float64 `json:"low"`
	High float64 `json:"high"`
}

// Interval returns the figure as a closed interval, widening approximate
// figures by the relative tolerance tol. Open ends are ±Inf.
func (v Value) Interval(tol float64) (lo, hi float64) {
	inf := math.Inf(1)
	switch v.Kind {
	case KindRange:
		return v.Low, v.High
	case KindApprox:
		return v.V * (1 - tol), v.V * (1 + tol)
	case KindMin:
		return v.V, inf
	case KindMax:
		return 0, v.V
	default:
		return v.V, v.V
	}
}

// Quantity is a figure in the text and what it counts.
type Quantity struct {
	Span               // the number with what it counts, e.g. "approximately 11,000 troops"
	Number   Span      `json:"number"` // the number with its qualifier, e.g. "approximately 11,000"
	Value    Value     `json:"value"`
	Noun     string    `json:"noun"`             // the counted thing as written
	What     string    `json:"what"`             // personnel, casualties, equipment, ...
	Measure  string    `json:"measure"`          // deployed, killed, supplied, ...
	Actor    string    `json:"actor"`            // canonical name of whose people or things
	Location string    `json:"location"`         // canonical name of where
	Sentence int       `json:"sentence"`         // index into Doc.Sentences
	Period   *TimeExpr `json:"period,omitempty"` // the period the figure covers, if stated
	// Per is the unit of time a rate counts per ("1,523 a day": "day"), one
	// of day, week, month, year; "" for a count.
	Per string `json:"per,omitempty"`
}

// Source types, as CONTRACT.md names them.
const (
	SourceAgency     = "agency"
	SourceGovernment = "government"
	SourceMilitary   = "military"
	SourcePerson     = "person"
	SourceMedia      = "media"
	SourceExperts    = "experts"
	SourceUnnamed    = "unnamed"
	SourceOutlet     = "outlet"
)

// OutletName is the source name of what the text says in its own voice
// when the document's outlet is unknown.
const OutletName = "the outlet"

// Source is who asserts a claim.
type Source struct {
	Name  string  `json:"name"`
	Type  string  `json:"type"`
	Title *string `json:"title"`
}

// Hedges, as CONTRACT.md names them.
const (
	HedgeAsserted    = "asserted"
	HedgeEstimated   = "estimated"
	HedgeBelieved    = "believed"
	HedgeReported    = "reported"
	HedgeUnconfirmed = "unconfirmed"
	HedgePlanned     = "planned"
	HedgeDenied      = "denied"
)

// Attribution links a stretch of content to the source that asserts it.
type Attribution struct {
	Content    Span      `json:"content"`     // what is asserted
	SourceSpan Span      `json:"source_span"` // the words naming the source (may be a pronoun)
	CueSpan    Span      `json:"cue_span"`    // the reporting verb or phrase
	Source     Source    `json:"source"`
	Via        []string  `json:"via"` // relays, outermost first
	Cue        string    `json:"cue"`
	Direct     bool      `json:"direct"`
	Hedge      string    `json:"hedge"`
	SaidOn     time.Time `json:"said_on,omitzero"`
	Sentences  []int     `json:"sentences"` // the sentences whose content it covers
}
