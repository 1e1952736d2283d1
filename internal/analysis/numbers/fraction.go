package numbers

// fraction divides by the denominator den: the part after the last "and"
// when it is less than den ("one hundred and three quarters" is 100.75),
// else the whole figure ("twenty-three fifths" is 4.6).
func (c *card) fraction(tok token, den float64) {
	part := c.cur - c.snap.cur
	if c.snapAnd && c.total == c.snap.total && c.snap.cur > 0 && part < den {
		c.cur = c.snap.cur + part/den
	} else {
		c.cur = c.value() / den
		c.total = 0
	}
	c.end, c.last, c.isInt, c.words = tok.end, cFraction, false, true
	c.tailScale = 0
	c.atoms++
}

// andFraction reads "and a half", "and three quarters" after a cardinal
// ("one and a half", "3 million and a half") and adds it to c.
func (lx *scanner) andFraction(text string, t token, c *card) bool {
	w := lx.info(t)
	bare := lx.loc.andHalf && w.is(cHalf) // "un million et demi", "dos millones y medio"
	if w == nil || !(w.is(cArticle) || w.is(cUnit) || bare) || c.value() <= 0 {
		return false
	}
	num := 1.0
	if w.is(cUnit) {
		num = w.val[cUnit]
	}
	dt := lx.next(text, t.end)
	if bare {
		dt = t
	}
	d := lx.info(dt)
	var den float64
	switch {
	case d.is(cFraction) && num == 1:
		den = d.val[cFraction]
	case d.is(cFractions):
		den = d.val[cFractions]
	case d.is(cHalf) && num == 1:
		den = 2
	}
	if den == 0 || num >= den {
		return false
	}
	end := dt.end
	switch st := lx.next(text, dt.end); {
	case c.cur == 0 && c.lastBig > 0 && lx.info(st).is(cScale) && lx.info(st).val[cScale] < c.lastBig:
		c.total += lx.info(st).val[cScale] * num / den // "one billion and a half million"
		end = st.end
	case c.cur > 0:
		c.cur += num / den
	case c.lastBig > 0:
		c.total += c.lastBig * num / den
	default:
		return false
	}
	c.end, c.isInt, c.tailScale = end, false, 0
	c.atoms++
	return true
}

// pointDecimals reads "point seven five" after a cardinal in words.
func (lx *scanner) pointDecimals(text string, c *card) {
	pt := lx.next(text, c.end)
	if pt.brk || !lx.info(pt).is(cPoint) {
		return
	}
	var digits [16]byte
	n, end := 0, 0
	for tok := lx.next(text, pt.end); n < len(digits)-2 && !tok.brk; {
		w := lx.info(tok)
		if w == nil || tok.kind != tWord {
			break
		}
		switch {
		case w.is(cUnit):
			digits[n] = '0' + byte(w.val[cUnit])
			n++
		case w.is(cTeen) || w.is(cTens):
			v := int(w.val[cTeen] + w.val[cTens])
			digits[n], digits[n+1] = '0'+byte(v/10), '0'+byte(v%10)
			n += 2
			if w.is(cTens) {
				nx := lx.next(text, tok.end)
				if u := lx.info(lx.next(text, nx.end)); nx.kind == tPunct && text[nx.start] == '-' && u.is(cUnit) {
					tok = lx.next(text, nx.end)
					digits[n-1] = '0' + byte(u.val[cUnit])
				}
			}
		default:
			tok.kind = tEOF
		}
		if tok.kind == tEOF {
			break
		}
		end = tok.end
		tok = lx.next(text, tok.end)
	}
	if n == 0 {
		return
	}
	f, scale := 0.0, 0.1
	for _, d := range digits[:n] {
		f += float64(d-'0') * scale
		scale /= 10
	}
	c.cur += f
	c.end, c.isInt = end, false
}
