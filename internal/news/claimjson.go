package news

import (
	"bytes"
	"encoding/json"
	"math"
	"strconv"
	"unicode/utf8"
)

// AppendJSONLine appends c to dst as one line of `extract --format jsonl`:
// byte for byte what a json.Encoder with SetEscapeHTML(false) writes for
// *Claim, newline included. It writes the fields directly instead of through
// reflection, because extract spends a noticeable share of its time encoding
// claims. A claim the direct path does not cover (a value that is not a
// finite number, an unexpected value kind) goes through encoding/json, so
// errors stay those of encoding/json too. On error dst is returned as given.
func (c *Claim) AppendJSONLine(dst []byte) ([]byte, error) {
	if !c.plainValue() {
		return appendEncoded(dst, c)
	}
	b := append(dst, `{"id":`...)
	b = appendJSONString(b, c.ID)
	b = append(b, `,"type":`...)
	b = appendJSONString(b, c.Type)
	b = append(b, `,"doc":`...)
	b = appendJSONString(b, c.Doc)
	b = append(b, `,"start":`...)
	b = strconv.AppendInt(b, int64(c.Start), 10)
	b = append(b, `,"end":`...)
	b = strconv.AppendInt(b, int64(c.End), 10)
	b = append(b, `,"quote":`...)
	b = appendJSONString(b, c.Quote)
	b = append(b, `,"sentence":`...)
	b = appendJSONString(b, c.Sentence)
	b = append(b, `,"number_text":`...)
	b = appendJSONStringPtr(b, c.NumberText)
	b = append(b, `,"value":`...)
	b = c.Value.appendJSON(b)
	b = append(b, `,"noun":`...)
	b = appendJSONStringPtr(b, c.Noun)
	b = append(b, `,"what":`...)
	b = appendJSONStringPtr(b, c.What)
	b = append(b, `,"measure":`...)
	b = appendJSONStringPtr(b, c.Measure)
	b = append(b, `,"actor":`...)
	b = appendJSONStringPtr(b, c.Actor)
	b = append(b, `,"location":`...)
	b = appendJSONStringPtr(b, c.Location)
	b = append(b, `,"source":{"name":`...)
	b = appendJSONString(b, c.Source.Name)
	b = append(b, `,"type":`...)
	b = appendJSONString(b, c.Source.Type)
	b = append(b, `,"title":`...)
	b = appendJSONStringPtr(b, c.Source.Title)
	b = append(b, `},"via":`...)
	b = appendJSONStrings(b, c.Via)
	b = append(b, `,"cue":`...)
	b = appendJSONStringPtr(b, c.Cue)
	b = append(b, `,"direct":`...)
	b = strconv.AppendBool(b, c.Direct)
	b = append(b, `,"hedge":`...)
	b = appendJSONString(b, c.Hedge)
	b = append(b, `,"said_on":`...)
	b = appendJSONStringPtr(b, c.SaidOn)
	b = append(b, `,"published":`...)
	b = appendJSONStringPtr(b, c.Published)
	b = append(b, `,"per":`...)
	b = appendJSONStringPtr(b, c.Per)
	b = append(b, `,"period":`...)
	if c.Period == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, `{"start":`...)
		b = appendJSONString(b, c.Period.Start)
		b = append(b, `,"end":`...)
		b = appendJSONString(b, c.Period.End)
		b = append(b, '}')
	}
	return append(b, "}\n"...), nil
}

// plainValue reports whether the claim's value is one the direct encoder
// writes exactly as Value.MarshalJSON and encoding/json would: no value, or
// a kind of plain ASCII (where %q and JSON quote alike) with finite numbers
// (NaN and ±Inf make MarshalJSON's output invalid JSON, an encoding error).
func (c *Claim) plainValue() bool {
	v := c.Value
	if v == nil {
		return true
	}
	for i := 0; i < len(v.Kind); i++ {
		if b := v.Kind[i]; b < 0x20 || b >= 0x7f || b == '"' || b == '\\' {
			return false
		}
	}
	if v.Kind == KindRange {
		return finite(v.Low) && finite(v.High)
	}
	return finite(v.V)
}

func finite(f float64) bool { return !math.IsNaN(f) && !math.IsInf(f, 0) }

// appendJSON appends what MarshalJSON writes for a value that plainValue
// accepts, or null for none.
func (v *Value) appendJSON(b []byte) []byte {
	if v == nil {
		return append(b, "null"...)
	}
	b = append(b, `{"kind":"`...)
	b = append(b, v.Kind...)
	if v.Kind == KindRange {
		b = append(b, `","low":`...)
		b = appendNum(b, v.Low)
		b = append(b, `,"high":`...)
		b = appendNum(b, v.High)
	} else {
		b = append(b, `","v":`...)
		b = appendNum(b, v.V)
	}
	return append(b, '}')
}

// appendNum appends f as strconv.FormatFloat(f, 'f', -1, 64) writes it,
// through the integer formatter for the whole numbers most figures are.
func appendNum(b []byte, f float64) []byte {
	if a := math.Abs(f); a >= 1 && a < 1<<53 && f == math.Trunc(f) {
		return strconv.AppendInt(b, int64(f), 10)
	}
	return strconv.AppendFloat(b, f, 'f', -1, 64)
}

// appendEncoded appends c as encoding/json writes it (no HTML escaping).
func appendEncoded(dst []byte, c *Claim) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(c); err != nil {
		return dst, err
	}
	return append(dst, buf.Bytes()...), nil
}

func appendJSONStringPtr(b []byte, s *string) []byte {
	if s == nil {
		return append(b, "null"...)
	}
	return appendJSONString(b, *s)
}

// appendJSONStrings writes a nil slice as null and an empty one as [], as
// encoding/json does.
func appendJSONStrings(b []byte, ss []string) []byte {
	if ss == nil {
		return append(b, "null"...)
	}
	b = append(b, '[')
	for i, s := range ss {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendJSONString(b, s)
	}
	return append(b, ']')
}

const hexDigits = "0123456789abcdef"

// jsonSafe marks the ASCII bytes that go into a JSON string as they are
// when HTML is not escaped: everything but control bytes, '"' and '\\'.
var jsonSafe = func() (t [utf8.RuneSelf]bool) {
	for b := 0x20; b < utf8.RuneSelf; b++ {
		t[b] = b != '"' && b != '\\'
	}
	return t
}()

// appendJSONString quotes s as encoding/json does without HTML escaping:
// short escapes for \b \f \n \r \t, \u00XX for other control bytes, U+FFFD
// for each invalid UTF-8 byte, and \u2028 and \u2029 escaped.
func appendJSONString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		// Most of a claim's text is plain ASCII: pass it eight bytes a time.
		for i+8 <= len(s) && plain8(load8(s, i)) {
			i += 8
		}
		if i == len(s) {
			break
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if jsonSafe[c] {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// load8 reads s[i:i+8] as a little-endian word (the compiler makes it one
// load).
func load8(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// plain8 reports whether the eight bytes of x all go into a JSON string as
// they are: ASCII, no control byte, no '"' or '\\'. For words of ASCII
// bytes, (v - n*ones) &^ v has a byte's top bit set for some byte exactly
// when some byte of v is below n; a byte equal to c is a zero byte of
// x ^ c*ones.
func plain8(x uint64) bool {
	const ones, tops = 0x0101010101010101, 0x8080808080808080
	q := x ^ ('"' * ones)
	bs := x ^ ('\\' * ones)
	control := (x - 0x20*ones) &^ x
	quote := (q - ones) &^ q
	backslash := (bs - ones) &^ bs
	return (x|control|quote|backslash)&tops == 0
}
