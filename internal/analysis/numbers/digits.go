package numbers

import (
	"math"
	"strconv"
	"strings"
)

// numLex is a figure written in digits, as lexDigits reads it.
type numLex struct {
	end     int
	numEnd  int // the end of the figure without a glued unit
	v       float64
	isInt   bool
	lead0   bool    // "01": a date or code part, never the high end of a range
	scale   float64 // a glued scale suffix was applied ("10k")
	unit    string  // a glued measurement unit ("170mm"), lower-cased
	ordinal bool    // "21st"
	skip    bool    // a code, clock time or other non-number: skip to end
}

// lexDigits reads the figure that starts at text[start], a digit or a "."
// before digits. money says a currency sign came before, so "$2m" is millions.
func (lx *scanner) lexDigits(text string, start int, money bool) numLex {
	n := numLex{isInt: true}
	p := start
	a := acc{exact: true}
	q := p
	for q < len(text) && isDigit(text[q]) {
		a.add(text[q])
		q++
	}
	n.lead0 = q-p > 1 && text[p] == '0'
	intLen := q - p
	// A dotted run like "192.168.1.2" or "10.2.1" is a series of integers.
	dotted := p >= 2 && text[p-1] == '.' && isDigit(text[p-2])
	if intLen > 0 && q < len(text) && text[q] == ':' && intLen <= 2 && twoDigitsAt(text, q+1) {
		return n.skipTo(clockEnd(text, q+3))
	}
	if lx.loc.clock != "" && intLen > 0 && intLen <= 2 {
		if end := lx.clockWordEnd(text, q); end > 0 {
			return n.skipTo(end)
		}
	}
	if intLen > 0 && intLen <= 3 && !dotted {
		grp := lx.loc.grp
		if grp == 0 && lx.loc.dec2 == '.' && lx.dotGroups(text, q) {
			grp = '.'
		}
		q = groups(text, q, &a, grp)
	}
	frac := 0
	if q+1 < len(text) && lx.isDecimal(text[q]) && isDigit(text[q+1]) && !dotted {
		r := q + 1
		for r < len(text) && isDigit(text[r]) {
			r++
		}
		if !(r+1 < len(text) && text[r] == text[q] && isDigit(text[r+1])) {
			a.addAll(text[q+1 : r])
			frac = r - q - 1
			n.isInt = false
			q = r
		}
	}
	if a.digits == 0 {
		return n.skipTo(q + 1)
	}
	if a.exact {
		n.v = float64(a.mant) / math.Pow10(frac)
	} else {
		n.v = parseSlow(text[p:q])
	}
	q = n.exponent(text, q)
	n.end, n.numEnd = q, q
	if lx.hyphenOrd && n.isInt && q+1 < len(text) && text[q] == '-' && letterAt(text, q+1) > 0 {
		// Russian and Ukrainian ordinals: "1-й", "2-го", "3-ї".
		e := wordEnd(text, q+1)
		if lx.ordSuf["-"+strings.ToLower(text[q+1:e])] && !(e < len(text) && (isDigit(text[e]) || letterAt(text, e) > 0)) {
			n.ordinal, n.end = true, e
			return n
		}
	}
	if q < len(text) && letterAt(text, q) > 0 {
		return lx.suffixAt(n, text, q, money)
	}
	return n
}

// acc accumulates the digits of a figure while they fit a float64 exactly.
type acc struct {
	mant   uint64
	digits int
	exact  bool
}

func (a *acc) add(c byte) {
	if a.mant > (1<<53-10)/10 {
		a.exact = false
	}
	a.mant = a.mant*10 + uint64(c-'0')
	a.digits++
}

func (a *acc) addAll(s string) {
	for i := 0; i < len(s); i++ {
		a.add(s[i])
	}
}

// isDecimal reports whether c is a decimal mark of the language.
func (lx *scanner) isDecimal(c byte) bool {
	return c == lx.loc.dec || c == lx.loc.dec2 && c != 0
}

// groups reads thousands groups after the first one: ",234" (grp is the
// mark, ',' in English, '.' in German) or " 234".
func groups(text string, q int, a *acc, grp byte) int {
	if q < len(text) && text[q] == grp && grp != 0 {
		for q+3 < len(text) && text[q] == grp && threeDigitsAt(text, q+1) {
			a.addAll(text[q+1 : q+4])
			q += 4
		}
		return q
	}
	// "1 234 567" and "40 000" with a space, no-break or thin space.
	for q < len(text) {
		s := spaceAt(text, q)
		if s == 0 || text[q] == '\n' || !threeDigitsAt(text, q+s) {
			break
		}
		after := q + s + 3
		if after < len(text) {
			c := text[after]
			if letterAt(text, after) > 0 || c == '-' || c == ':' || c == '/' || c == grp && grp != 0 && threeDigitsAt(text, after+1) {
				break
			}
		}
		a.addAll(text[q+s : q+s+3])
		q = after
	}
	return q
}

// exponent applies "e10", "e-3" or "^23" after the digits.
func (n *numLex) exponent(text string, q int) int {
	if q >= len(text) {
		return q
	}
	c := text[q]
	if c != 'e' && c != 'E' && c != '^' {
		return q
	}
	r, neg := q+1, false
	for r < len(text) && (text[r] == '-' || text[r] == '+') && (c == '^' || r == q+1) {
		if text[r] == '-' {
			neg = !neg
		}
		r++
	}
	s := r
	for r < len(text) && isDigit(text[r]) && r-s < 4 {
		r++
	}
	if r == s || r < len(text) && (letterAt(text, r) > 0 || isDigit(text[r])) {
		return q
	}
	e, _ := strconv.Atoi(text[s:r])
	if neg {
		e = -e
	}
	if c == '^' {
		n.v = math.Pow(n.v, float64(e))
	} else {
		n.v = tidy(n.v * math.Pow10(e))
	}
	n.isInt = n.v == math.Trunc(n.v)
	return r
}

// suffixAt reads the letters glued to a figure: an ordinal ending, a scale,
// a unit, or else the figure is part of a code ("5G", "2S19").
func (lx *scanner) suffixAt(n numLex, text string, q int, money bool) numLex {
	e := wordEnd(text, q)
	word := text[q:e]
	alnumAfter := func(i int) bool {
		return i < len(text) && (isDigit(text[i]) || letterAt(text, i) > 0)
	}
	if lw := strings.ToLower(word); !alnumAfter(e) {
		switch {
		case lx.ordSuf[lw] && n.isInt:
			n.ordinal, n.end = true, e
			return n
		case lx.suffix[word] > 0:
			n.v = tidy(n.v * lx.suffix[word])
			n.scale, n.end = lx.suffix[word], e
			return n
		case money && lx.money[word] > 0:
			n.v = tidy(n.v * lx.money[word])
			n.scale, n.end = lx.money[word], e
			return n
		}
		if e+1 < len(text) && text[e] == '/' && letterAt(text, e+1) > 0 {
			e2 := wordEnd(text, e+1)
			if u := strings.ToLower(text[q:e2]); lx.measure[u] != "" && !alnumAfter(e2) {
				n.unit, n.end, n.numEnd = u, e2, q
				return n
			}
		}
		if lx.measure[lw] != "" {
			n.unit, n.end, n.numEnd = lw, e, q
			return n
		}
	}
	return n.skipTo(codeEnd(text, q))
}

func (n numLex) skipTo(end int) numLex {
	n.skip, n.end = true, end
	return n
}

// codeEnd returns the end of the run of letters, digits and inner hyphens
// that makes a code like "T-72B3".
func codeEnd(text string, i int) int {
	for i < len(text) {
		if isDigit(text[i]) {
			i++
			continue
		}
		if l := letterAt(text, i); l > 0 {
			i += l
			continue
		}
		if text[i] == '-' && i+1 < len(text) && (isDigit(text[i+1]) || letterAt(text, i+1) > 0) {
			i++
			continue
		}
		break
	}
	return i
}

// clockEnd returns the end of a clock time whose minutes end at i: seconds
// and an "am"/"pm" may follow.
func clockEnd(text string, i int) int {
	if i < len(text) && text[i] == ':' && twoDigitsAt(text, i+1) {
		i += 3
	}
	j := i
	if j < len(text) && text[j] == ' ' {
		j++
	}
	if j+1 < len(text) {
		a, m := text[j]|0x20, text[j+1]|0x20
		if (a == 'a' || a == 'p') && m == 'm' && !(j+2 < len(text) && letterAt(text, j+2) > 0) {
			return j + 2
		}
	}
	return i
}

func twoDigitsAt(text string, i int) bool {
	return i+1 < len(text) && isDigit(text[i]) && isDigit(text[i+1]) &&
		!(i+2 < len(text) && isDigit(text[i+2]))
}

func threeDigitsAt(text string, i int) bool {
	return i+2 < len(text) && isDigit(text[i]) && isDigit(text[i+1]) && isDigit(text[i+2]) &&
		!(i+3 < len(text) && isDigit(text[i+3]))
}

// dotGroups reports whether the dots after the digits ending at q group
// thousands in a language whose second decimal mark is the dot: Russian
// sites write "1.500 человек" for 1,500 but "1.5 млн" for 1.5 million.
func (lx *scanner) dotGroups(text string, q int) bool {
	r := q
	for r < len(text) && text[r] == '.' && threeDigitsAt(text, r+1) {
		r += 4
	}
	switch {
	case r == q:
		return false
	case r > q+4 || r+1 < len(text) && text[r] == lx.loc.dec && isDigit(text[r+1]):
		return true // "1.500.000", "1.500,5"
	}
	w := lx.info(lx.next(text, r))
	return !w.any(cScale, cAbbr)
}

// clockWordEnd returns the end of a clock time written with the language's
// clock word after the hour at q: "14.30 Uhr", "9 Uhr", "14.30 horas";
// else 0.
func (lx *scanner) clockWordEnd(text string, q int) int {
	dotted := q < len(text) && text[q] == '.' && twoDigitsAt(text, q+1)
	if dotted {
		q += 3
	} else if !lx.loc.clockBare {
		return 0
	}
	s := q
	for s < len(text) && text[s] == ' ' {
		s++
	}
	if s == q && !dotted || s-q > 1 {
		return 0
	}
	e := wordEnd(text, s)
	if e == s || !strings.EqualFold(text[s:e], lx.loc.clock) {
		return 0
	}
	return e
}

// parseSlow parses a figure too long for exact integer arithmetic.
func parseSlow(s string) float64 {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) || s[i] == '.' {
			b.WriteByte(s[i])
		}
	}
	v, _ := strconv.ParseFloat(b.String(), 64)
	return v
}
