package news

import (
	"encoding/json"
	"fmt"
)

// SeriesKey identifies one quantity tracked over time. Empty fields mean the
// claims did not say (no actor, no location) and are written as null.
type SeriesKey struct {
	Actor    string
	Measure  string
	What     string
	Location string
	// Per is the unit of time of a series of rates ("day" for casualties
	// a day), "" for counts: an extension of CONTRACT.md's key, since a
	// rate and a total of the same thing are different quantities.
	Per string
	// Unit is the unit of measure the figures count in ("km²" for
	// territory), "" when they count things: an extension of the key.
	Unit string
}

type seriesKeyJSON struct {
	Actor    *string `json:"actor"`
	Measure  *string `json:"measure"`
	What     *string `json:"what"`
	Location *string `json:"location"`
	Per      *string `json:"per"`
	Unit     *string `json:"unit"`
}

// MarshalJSON writes the key as CONTRACT.md shows it, empty fields as null.
// The key stays a plain comparable struct so it can index maps.
func (k SeriesKey) MarshalJSON() ([]byte, error) {
	return json.Marshal(seriesKeyJSON{Str(k.Actor), Str(k.Measure), Str(k.What), Str(k.Location), Str(k.Per), Str(k.Unit)})
}

// UnmarshalJSON reads what MarshalJSON writes.
func (k *SeriesKey) UnmarshalJSON(data []byte) error {
	var raw seriesKeyJSON
	if err := json.Unmarshal(data, &raw); err != nil {
		return fmt.Errorf("decode series key: %w", err)
	}
	*k = SeriesKey{Deref(raw.Actor), Deref(raw.Measure), Deref(raw.What), Deref(raw.Location), Deref(raw.Per), Deref(raw.Unit)}
	return nil
}

// Point is one figure of a series: one primary source's value on one date,
// with every claim and document that carries it.
type Point struct {
	Date   *string  `json:"date"` // said_on, else published, else null
	Value  Value    `json:"value"`
	Source Source   `json:"source"`
	Hedge  string   `json:"hedge"`
	Claims []string `json:"claims"`
	Docs   []string `json:"docs"`
	// Location is the point's own location, which may lie inside the
	// series' location (a Kursk point of a Russia series). An extension of
	// CONTRACT.md's point.
	Location *string `json:"location"`
}

// Series is one quantity tracked over time across sources: one line of
// `estimates --format jsonl`.
type Series struct {
	Key     SeriesKey `json:"key"`
	Label   string    `json:"label"`
	Points  []Point   `json:"points"`  // oldest first, undated last
	Sources int       `json:"sources"` // independent primary sources
	Latest  *Value    `json:"latest"`  // the most recent figure
	// Conflicts counts the pairs of points in this series that disagree.
	Conflicts int `json:"conflicts"`
	// Group names the family of related series shown together (killed,
	// wounded and casualties of one actor in one place). An extension of
	// CONTRACT.md's series; null when the measure belongs to no family.
	Group *string `json:"group"`
}
