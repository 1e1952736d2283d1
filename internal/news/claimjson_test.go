package news

import (
	"bytes"
	"encoding/json"
	"math"
	"math/rand/v2"
	"reflect"
	"strconv"
	"strings"
	"testing"
)

// encodeStd is what extract wrote before AppendJSONLine: encoding/json
// without HTML escaping, one claim per line.
func encodeStd(c *Claim) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	err := enc.Encode(c)
	return buf.Bytes(), err
}

// checkSame fails when AppendJSONLine and encoding/json disagree on c.
func checkSame(t *testing.T, c *Claim) {
	t.Helper()
	want, wantErr := encodeStd(c)
	prefix := []byte("prefix ")
	got, err := c.AppendJSONLine(append([]byte(nil), prefix...))
	if (err != nil) != (wantErr != nil) {
		t.Fatalf("error %v, encoding/json %v, claim %+v", err, wantErr, c)
	}
	if err != nil {
		if !bytes.Equal(got, prefix) {
			t.Fatalf("on error dst changed to %q", got)
		}
		return
	}
	if !bytes.HasPrefix(got, prefix) {
		t.Fatalf("dst prefix lost: %q", got)
	}
	if got = got[len(prefix):]; !bytes.Equal(got, want) {
		t.Fatalf("AppendJSONLine\n got %s\nwant %s", got, want)
	}
}

// oddStrings are strings whose JSON encoding takes care: escapes, control
// bytes, invalid UTF-8, HTML characters, line and paragraph separators.
var oddStrings = []string{
	"", "plain", `say "hi"`, `back\slash`, "<b>&amp;</b>", "tab\there", "nl\nand\rcr",
	"\b\f\x00\x01\x1f\x7f", "bad \xff utf8", "\xc3", "cut \xe2\x80", "\u2028line\u2029para",
	"ünïcödé – “quotes” — 11 000 ₴", "Київ, Україна", "😀 emoji", "\xed\xa0\x80 surrogate",
	"mixed <>&\"\\\u2028\xfe\t", strings.Repeat("long ", 200),
}

func TestAppendJSONLineMatchesEncodingJSON(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	pick := func() string { return oddStrings[r.IntN(len(oddStrings))] }
	ptr := func() *string {
		if r.IntN(3) == 0 {
			return nil
		}
		s := pick()
		return &s
	}
	floats := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, 11000, 1e21, 1e-7, 123456789.123, math.MaxFloat64, math.SmallestNonzeroFloat64}
	kinds := []string{KindExact, KindApprox, KindMin, KindMax, KindRange, ""}
	for i := range 5000 {
		c := &Claim{
			ID: pick(), Type: pick(), Doc: pick(), Start: r.IntN(1 << 20), End: r.IntN(1<<20) - 5,
			Quote: pick(), Sentence: pick(), NumberText: ptr(), Noun: ptr(), What: ptr(),
			Measure: ptr(), Actor: ptr(), Location: ptr(),
			Source: Source{Name: pick(), Type: pick(), Title: ptr()},
			Cue:    ptr(), Direct: r.IntN(2) == 0, Hedge: pick(), SaidOn: ptr(), Published: ptr(),
			Per: ptr(),
		}
		if r.IntN(3) == 0 {
			c.Period = &Period{Start: pick(), End: pick()}
		}
		if r.IntN(4) > 0 {
			c.Value = &Value{Kind: kinds[r.IntN(len(kinds))], V: floats[r.IntN(len(floats))] * float64(1-2*r.IntN(2)),
				Low: floats[r.IntN(len(floats))], High: floats[r.IntN(len(floats))]}
		}
		switch i % 3 {
		case 1:
			c.Via = []string{}
		case 2:
			for range r.IntN(4) + 1 {
				c.Via = append(c.Via, pick())
			}
		}
		checkSame(t, c)
	}
}

// Values the direct path leaves to encoding/json must give its errors and
// output exactly.
func TestAppendJSONLineFallback(t *testing.T) {
	for _, v := range []Value{
		{Kind: KindExact, V: math.NaN()},
		{Kind: KindApprox, V: math.Inf(1)},
		{Kind: KindRange, Low: 1, High: math.Inf(-1)},
		{Kind: KindRange, Low: math.NaN(), High: 2},
		{Kind: "odd\"kind", V: 1},
		{Kind: "ü", V: 1},
		{Kind: "tab\t", V: 1},
		{Kind: "<&>", V: 2},
	} {
		checkSame(t, &Claim{Type: ClaimQuantity, Value: &v})
	}
}

func FuzzAppendJSONLine(f *testing.F) {
	for _, s := range oddStrings {
		f.Add(s, s, 1.5, KindExact, true)
	}
	f.Add("a", "b", math.Inf(1), KindRange, false)
	f.Fuzz(func(t *testing.T, s, u string, v float64, kind string, via bool) {
		c := &Claim{ID: s, Type: u, Doc: s + u, Quote: u, Sentence: s, NumberText: &s, Noun: &u,
			Value: &Value{Kind: kind, V: v, Low: -v, High: v}, Source: Source{Name: u, Type: s, Title: &s},
			Hedge: s, Published: &u, Per: &s, Period: &Period{Start: u, End: s}}
		if via {
			c.Via = []string{s, u}
		}
		checkSame(t, c)
	})
}

func BenchmarkClaimJSON(b *testing.B) {
	c := benchClaim()
	b.Run("encoding/json", func(b *testing.B) {
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		for b.Loop() {
			buf.Reset()
			if err := enc.Encode(c); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("AppendJSONLine", func(b *testing.B) {
		var buf []byte
		for b.Loop() {
			var err error
			if buf, err = c.AppendJSONLine(buf[:0]); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func benchClaim() *Claim {
	s := func(v string) *string { return &v }
	return &Claim{
		ID: "c-8f14e45fceea167a", Type: ClaimQuantity, Doc: "/tmp/bench/000/doc000123.txt", Start: 1234, End: 1261,
		Quote:      "approximately 11,000 troops",
		Sentence:   "In addition to supplying artillery, North Korea has sent approximately 11,000 troops to Russia since October, South Korea’s spy agency said.",
		NumberText: s("approximately 11,000"), Value: &Value{Kind: KindApprox, V: 11000},
		Noun: s("troops"), What: s("personnel"), Measure: s("deployed"), Actor: s("North Korea"), Location: s("Kursk"),
		Source: Source{Name: "South Korea NIS", Type: "agency"}, Via: []string{"Caliber.Az", "Yonhap"},
		Cue: s("revealed"), Hedge: HedgeEstimated, SaidOn: s("2025-03-05"), Published: s("2025-03-06"),
	}
}

// Every field of Claim must reach the direct encoder's output: a field
// added to the struct but not to AppendJSONLine would otherwise be dropped
// from extract's JSON Lines.
func TestAppendJSONLineWritesEveryField(t *testing.T) {
	b, err := benchClaim().AppendJSONLine(nil)
	if err != nil {
		t.Fatal(err)
	}
	var got map[string]json.RawMessage
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	ct := reflect.TypeFor[Claim]()
	for i := range ct.NumField() {
		name, _, _ := strings.Cut(ct.Field(i).Tag.Get("json"), ",")
		if _, ok := got[name]; !ok {
			t.Errorf("field %s (%q) is missing from AppendJSONLine's output", ct.Field(i).Name, name)
		}
	}
	if len(got) != ct.NumField() {
		t.Errorf("output has %d fields, Claim %d", len(got), ct.NumField())
	}
}

// plain8 against the byte table: every byte value at every place of a
// word, and random words.
func TestPlain8(t *testing.T) {
	ref := func(x uint64) bool {
		for range 8 {
			c := byte(x)
			if c >= 0x80 || !jsonSafe[c] {
				return false
			}
			x >>= 8
		}
		return true
	}
	for pos := range 8 {
		for c := range 256 {
			for _, fill := range []uint64{0x6161616161616161, 0x2020202020202020, 0x7e7e7e7e7e7e7e7e} {
				x := fill&^(0xff<<(8*pos)) | uint64(c)<<(8*pos)
				if got, want := plain8(x), ref(x); got != want {
					t.Fatalf("plain8(%#x) = %v, want %v", x, got, want)
				}
			}
		}
	}
	r := rand.New(rand.NewPCG(3, 4))
	for range 100000 {
		x := r.Uint64() & 0x7f7f7f7f7f7f7f7f
		if got, want := plain8(x), ref(x); got != want {
			t.Fatalf("plain8(%#x) = %v, want %v", x, got, want)
		}
	}
}

// appendJSONString against encoding/json with each odd character at every
// place around the eight-byte steps.
func TestAppendJSONStringAtEveryOffset(t *testing.T) {
	for _, odd := range []string{"\"", "\\", "\n", "\x01", "\x7f", "é", "\xff", "\u2028", "’", "<"} {
		for n := range 20 {
			s := strings.Repeat("a", n) + odd + strings.Repeat("b", 19-n)
			t.Run(strconv.Quote(s), func(t *testing.T) {
				want, _ := json.Marshal(s)
				want = bytes.ReplaceAll(want, []byte(`\u003c`), []byte("<"))
				if got := appendJSONString(nil, s); !bytes.Equal(got, want) {
					t.Errorf("got %s, want %s", got, want)
				}
			})
		}
	}
}

func TestAppendNum(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	vals := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, -0.5, 1.5, 11000, -11000, 1e15, 1<<53 - 1, 1 << 53, 1<<53 + 2, 1e21, 1e22, -1e300,
		math.SmallestNonzeroFloat64, math.MaxFloat64, 2.675, 12345.678}
	for range 10000 {
		vals = append(vals, float64(r.Int64N(1<<54)-1<<53), r.NormFloat64()*1e6, math.Float64frombits(r.Uint64()))
	}
	for _, f := range vals {
		if math.IsNaN(f) || math.IsInf(f, 0) {
			continue
		}
		if got, want := string(appendNum(nil, f)), strconv.FormatFloat(f, 'f', -1, 64); got != want {
			t.Fatalf("appendNum(%v) = %s, want %s", f, got, want)
		}
	}
}
