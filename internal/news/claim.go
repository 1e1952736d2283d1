package news

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
)

// Claim types.
const (
	ClaimQuantity  = "quantity"
	ClaimStatement = "statement"
)

// Claim is one line of `extract --format jsonl` and `claims --format jsonl`: the
// outside contract (CONTRACT.md). Fields that do not apply are null, never
// missing, so optional fields are pointers.
type Claim struct {
	ID         string   `json:"id"`   // stable: hash of doc, span and type
	Type       string   `json:"type"` // ClaimQuantity or ClaimStatement
	Doc        string   `json:"doc"`
	Start      int      `json:"start"`
	End        int      `json:"end"`
	Quote      string   `json:"quote"`
	Sentence   string   `json:"sentence"`
	NumberText *string  `json:"number_text"`
	Value      *Value   `json:"value"`
	Noun       *string  `json:"noun"`
	What       *string  `json:"what"`
	Measure    *string  `json:"measure"`
	Actor      *string  `json:"actor"`
	Location   *string  `json:"location"`
	Source     Source   `json:"source"`
	Via        []string `json:"via"`
	Cue        *string  `json:"cue"`
	Direct     bool     `json:"direct"`
	Hedge      string   `json:"hedge"`
	SaidOn     *string  `json:"said_on"`
	Published  *string  `json:"published"`
	// Per extends CONTRACT.md's claim: the unit of time a rate counts per
	// ("1,523 casualties a day": "day"; week, month, year), null for a
	// count and for statements.
	Per *string `json:"per"`
	// Period extends the claim too: the span the figure covers when the
	// text states one ("in November", "since February 2022"), null
	// otherwise.
	Period *Period `json:"period"`
}

// Period is a span of days, both ends included, as YYYY-MM-DD.
type Period struct {
	Start string `json:"start"`
	End   string `json:"end"`
}

// Str returns a pointer to s, or nil when s is empty: the claim's null.
func Str(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// Deref returns *p, or "" when p is nil.
func Deref(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

// MarshalJSON writes a value as CONTRACT.md shows it: "v" for exact, approx,
// min and max; "low" and "high" for a range; numbers without exponents.
func (v Value) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	fmt.Fprintf(&b, `{"kind":%q,`, v.Kind)
	if v.Kind == KindRange {
		fmt.Fprintf(&b, `"low":%s,"high":%s}`, num(v.Low), num(v.High))
	} else {
		fmt.Fprintf(&b, `"v":%s}`, num(v.V))
	}
	return b.Bytes(), nil
}

// UnmarshalJSON reads what MarshalJSON writes.
func (v *Value) UnmarshalJSON(data []byte) error {
	var raw struct {
		Kind string   `json:"kind"`
		V    *float64 `json:"v"`
		Low  *float64 `json:"low"`
		High *float64 `json:"high"`
	}
	if err := json.Unmarshal(data, &raw); err != nil {
		return fmt.Errorf("decode value: %w", err)
	}
	*v = Value{Kind: raw.Kind}
	if raw.V != nil {
		v.V = *raw.V
	}
	if raw.Low != nil {
		v.Low = *raw.Low
	}
	if raw.High != nil {
		v.High = *raw.High
	}
	return nil
}

func num(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

// String renders the value for people: "~11,000", ">2,000,000", "10,000–12,000".
func (v Value) String() string {
	switch v.Kind {
	case KindApprox:
		return "~" + Group(v.V)
	case KindMin:
		return ">=" + Group(v.V)
	case KindMax:
		return "<=" + Group(v.V)
	case KindRange:
		return Group(v.Low) + "-" + Group(v.High)
	default:
		return Group(v.V)
	}
}

// Group formats f with thousands separators and without needless decimals.
func Group(f float64) string {
	s := strconv.FormatFloat(f, 'f', -1, 64)
	neg := s[0] == '-'
	if neg {
		s = s[1:]
	}
	intPart, frac := s, ""
	if i := bytes.IndexByte([]byte(s), '.'); i >= 0 {
		intPart, frac = s[:i], s[i:]
	}
	var b bytes.Buffer
	for i, r := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	out := b.String() + frac
	if neg {
		out = "-" + out
	}
	return out
}
