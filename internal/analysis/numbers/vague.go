package numbers

import "github.com/sitrep/sitrep/internal/news"

// vagueAt reads a vague amount: "dozens", "several hundred", "tens of
// thousands", "hundreds of thousands".
func (lx *scanner) vagueAt(text string, t token) (Mention, bool) {
	mult, start := 1.0, t.start
	cur := t
	if p, end := lx.match(text, t, bit(cSeveral)); p != nil {
		mult = p.val
		cur = lx.next(text, end)
		if cur.brk {
			return Mention{}, false
		}
		w := lx.info(cur)
		if !w.any(cHundred, cScale, cDozen) {
			return Mention{}, false
		}
		switch {
		case w.is(cHundred):
			mult *= w.val[cHundred]
		case w.is(cScale):
			mult *= w.val[cScale]
		default:
			mult *= w.val[cDozen]
		}
	} else if p, end := lx.match(text, t, bit(cVague)); p != nil && end == t.end {
		mult = p.val
	} else {
		return Mention{}, false
	}
	end := cur.end
	for {
		nt := lx.next(text, end)
		w := lx.info(nt)
		if nt.brk || w == nil {
			break
		}
		if w.is(cScale) && nt.kind == tWord {
			mult *= w.val[cScale] // "several hundred thousand"
			end = nt.end
			continue
		}
		if !w.is(cPartitive) {
			break
		}
		vt := lx.next(text, nt.end)
		p, vend := lx.match(text, vt, bit(cVague))
		if p == nil || vt.brk || vend != vt.end || p.val <= 12 {
			break
		}
		mult *= p.val // "tens of thousands"
		end = vend
	}
	return Mention{
		Span:  news.Span{Start: start, End: end},
		Num:   news.Span{Start: start, End: end},
		Value: news.Value{Kind: news.KindMin, V: mult},
		Vague: true,
		Words: true,
	}, true
}
